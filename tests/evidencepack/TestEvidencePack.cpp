// The evidence pack end to end: exported from a real log, then checked by the tools an outsider
// has (unzip, sha256sum, openssl, python3 with docs/verify_evidence_pack.py, pdftotext), and
// tampered with, file by file, to see each tool catch it.
#include "EvidenceFixtures.h"
#include "EvidencePack.h"
#include "SmallDisk.h"
#include "TestPaths.h"
#include "ZipWriter.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace turnback;
using namespace turnback::test;

namespace {

EvidencePackRequest requestFor(const EvidenceBench& bench, const QString& out, std::shared_ptr<const SigningKey> key,
                               bool allowUnsigned = false) {
    EvidencePackRequest request;
    request.databasePath = bench.dbPath();
    request.incident = bench.incident;
    request.outputPath = out;
    request.key = std::move(key);
    request.allowUnsigned = allowUnsigned;
    request.exportedBy = QStringLiteral("Dana Policy");
    return request;
}

} // namespace

class TestEvidencePack : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void zipWriterIsReadByUnzipAndPython();
    void liveReversalVerifiesWithStockTools();
    void reportStatesCoverDecisionsAndRecordedKinds();
    void changedEventsAreCaught();
    void droppedProofRowIsCaught();
    void droppedLastRowIsCaught();
    void changedManifestFailsTheSignature();
    void exercisePackSaysSoOnEveryPage();
    void cancelLeavesNothingUnderTheName();
    void failingWriteLeavesNothingUnderTheName();
    void withoutKeyRefusedUnlessUnsignedOnPurpose();
    void keyTheLogDoesNotRegisterIsRefused();
    void unknownReversalIsRefused();
    void unsignedLogIsNotCalledVerified();

private:
    /// Records the story and exports the live reversal into `folder`/pack.zip, unpacked in
    /// `folder`/pack.
    void exportAndUnpack(EvidenceBench& bench, const QString& folder, bool exercise = false);
    static QString verifier() { return QStringLiteral(TURNBACK_SOURCE_DIR "/docs/verify_evidence_pack.py"); }
};

void TestEvidencePack::exportAndUnpack(EvidenceBench& bench, const QString& folder, bool exercise) {
    QString why;
    QVERIFY2(bench.record(exercise, &why), qPrintable(why));
    const EvidencePackResult result =
        EvidencePackExporter::run(requestFor(bench, folder + QStringLiteral("/pack.zip"), bench.key));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.isSigned);
    QCOMPARE(result.artifacts, 1);
    QDir(folder).mkdir(QStringLiteral("pack"));
    const Run unzip = tool(QStringLiteral("unzip"), {QStringLiteral("-q"), QStringLiteral("../pack.zip")},
                           folder + QStringLiteral("/pack"));
    QVERIFY2(unzip.exitCode == 0, qPrintable(unzip.err));
}

void TestEvidencePack::zipWriterIsReadByUnzipAndPython() {
    ScratchDir dir;
    QFile file(dir.file(QStringLiteral("t.zip")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray binary;
    for (int i = 0; i < 70'000; ++i)
        binary.append(char(i * 7919 % 256));
    ZipWriter zip(file);
    QVERIFY(zip.add(QStringLiteral("empty.txt"), {}));
    QVERIFY(zip.add(QStringLiteral("a/b/ünïcode.txt"), QByteArray("Zoë\n").repeated(1000)));
    QVERIFY(zip.add(QStringLiteral("binary.bin"), binary));
    QVERIFY(zip.finish());
    file.close();
    const Run test = tool(QStringLiteral("unzip"), {QStringLiteral("-t"), QStringLiteral("t.zip")}, dir.path());
    QVERIFY2(test.exitCode == 0 && test.out.contains(QStringLiteral("No errors detected")), qPrintable(test.out));
    const QString python =
        QStringLiteral("import zipfile, hashlib\n"
                       "z = zipfile.ZipFile('t.zip')\n"
                       "assert z.testzip() is None\n"
                       "print(z.read('empty.txt') == b'', z.read('a/b/ünïcode.txt') == 'Zoë\\n'.encode() * 1000,"
                       " hashlib.sha256(z.read('binary.bin')).hexdigest())\n");
    const Run read = tool(QStringLiteral("python3"), {QStringLiteral("-c"), python}, dir.path());
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    const QString binarySha = QString::fromLatin1(QCryptographicHash::hash(binary, QCryptographicHash::Sha256).toHex());
    QCOMPARE(read.out.trimmed(), QStringLiteral("True True ") + binarySha);
}

void TestEvidencePack::liveReversalVerifiesWithStockTools() {
    ScratchDir dir;
    EvidenceBench bench;
    exportAndUnpack(bench, dir.path());
    const QString pack = dir.file(QStringLiteral("pack"));

    const Run test = tool(QStringLiteral("unzip"), {QStringLiteral("-t"), QStringLiteral("pack.zip")}, dir.path());
    QVERIFY2(test.exitCode == 0, qPrintable(test.out));
    const Run sums = tool(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("manifest.sha256")}, pack);
    QVERIFY2(sums.exitCode == 0, qPrintable(sums.out + sums.err));
    QVERIFY(sums.out.contains(QStringLiteral("report.pdf: OK")));
    QVERIFY(sums.out.contains(QStringLiteral("artifacts/rev/rollback-plan.txt: OK")));
    const Run signature =
        tool(QStringLiteral("openssl"),
             {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"), QStringLiteral("-inkey"),
              QStringLiteral("public-key.pem"), QStringLiteral("-rawin"), QStringLiteral("-in"),
              QStringLiteral("manifest.sha256"), QStringLiteral("-sigfile"), QStringLiteral("manifest.sig")},
             pack);
    QVERIFY2(signature.exitCode == 0, qPrintable(signature.out + signature.err));
    QVERIFY(signature.out.contains(QStringLiteral("Signature Verified Successfully")));
    // The copy in the pack and the one in docs/ are the same script, and both pass it.
    QCOMPARE(fileBytes(pack + QStringLiteral("/verify_evidence_pack.py")), fileBytes(verifier()));
    const Run python = tool(QStringLiteral("python3"), {verifier(), QStringLiteral(".")}, pack);
    QVERIFY2(python.exitCode == 0, qPrintable(python.out + python.err));
    QVERIFY2(python.out.contains(QStringLiteral("complete: a signed checkpoint covers the closing event")),
             qPrintable(python.out));
    // Python's zipfile reads the zip itself too.
    const Run fromZip = tool(QStringLiteral("python3"), {verifier(), QStringLiteral("pack.zip")}, dir.path());
    QVERIFY2(fromZip.exitCode == 0, qPrintable(fromZip.out + fromZip.err));

    // Exactly the reversal's rows, in the log's order, every column; none of the other reversal's.
    const QList<AuditRecord> expected = bench.log.incidentRecords(bench.incident);
    const QStringList lines =
        QString::fromUtf8(fileBytes(pack + QStringLiteral("/events.jsonl"))).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject line = QJsonDocument::fromJson(lines.at(i).toUtf8()).object();
        QCOMPARE(line.value(QStringLiteral("seq")).toInteger(), expected.at(i).seq);
        QCOMPARE(line.value(QStringLiteral("hash")).toString(), expected.at(i).hash);
        QCOMPARE(line.value(QStringLiteral("incident")).toString(), bench.incident);
        QCOMPARE(line.value(QStringLiteral("mode")).toString(), QStringLiteral("live"));
        QCOMPARE(line.value(QStringLiteral("payload")).toObject(), payloadOf(expected.at(i)));
    }
    QVERIFY(expected.last().seq - expected.first().seq + 1 > expected.size()); // really interleaved
    const QString csv = QString::fromUtf8(fileBytes(pack + QStringLiteral("/events.csv")));
    QVERIFY(csv.startsWith(QStringLiteral("seq,at_utc,actor,kind,target,incident,payload,prev_hash,hash,"
                                          "incident_seq,incident_prev_hash,incident_hash\r\n")));
    QVERIFY(csv.contains(QStringLiteral("\"We are rolling back.\\nNext update 10:30.\""))); // quoted, as stored
    QCOMPARE(fileBytes(pack + QStringLiteral("/artifacts/rev/rollback-plan.txt")), bench.artifact);
}

void TestEvidencePack::reportStatesCoverDecisionsAndRecordedKinds() {
    ScratchDir dir;
    EvidenceBench bench;
    exportAndUnpack(bench, dir.path());
    const QString pack = dir.file(QStringLiteral("pack"));
    const Run text = tool(QStringLiteral("pdftotext"), {QStringLiteral("report.pdf"), QStringLiteral("-")}, pack);
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    // Table cells wrap, and the PDF keeps ligatures (ﬁ): compare words, in compatibility form.
    const QString pdf = text.out.normalized(QString::NormalizationForm_KC).simplified();
    const QJsonObject started = payloadOf(bench.log.incidentRecords(bench.incident).first());
    for (const QString& expected :
         {QStringLiteral("Checkout v2.3 rollout"), bench.incident, QStringLiteral("checkout"),
          QStringLiteral("baseline"), started.value(QStringLiteral("kit_version")).toString(),
          started.value(QStringLiteral("kit_sha256")).toString(), utcText(0), utcText(3 * kMinute),
          QStringLiteral("Ana Lima (incident-commander)"), QStringLiteral("Dana Policy"), bench.key->keyId(),
          // the decision log: level, owner, triggered, acted, allowance, met by how much
          QStringLiteral("Decision log"), QStringLiteral("error-rate"), QStringLiteral("carry-out by Ana Lima"),
          QStringLiteral("met,"), QStringLiteral("to spare"),
          // corrections and the kinds other parts record, listed generically
          QStringLiteral("typed 99 for 9.9"), QStringLiteral("Checkout degraded"),
          QStringLiteral("We are rolling back."), QStringLiteral("Next update 10:30."),
          QStringLiteral("rev/rollback-plan.txt"), QStringLiteral("verified")})
        QVERIFY2(pdf.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + pdf));
    QVERIFY(pdf.contains(QStringLiteral("Data steps None recorded.")));
    QVERIFY(pdf.contains(QStringLiteral("Human impact answers None recorded.")));
    QVERIFY(!pdf.contains(QStringLiteral("EXERCISE")));
    QVERIFY(!pdf.contains(QStringLiteral("Search latency"))); // the other reversal is not in it
}

void TestEvidencePack::changedEventsAreCaught() {
    ScratchDir dir;
    EvidenceBench bench;
    exportAndUnpack(bench, dir.path());
    const QString pack = dir.file(QStringLiteral("pack"));
    QFile events(pack + QStringLiteral("/events.jsonl"));
    QVERIFY(events.open(QIODevice::ReadWrite));
    QByteArray bytes = events.readAll();
    bytes.replace("Ana Lima", "Ann Lima");
    QVERIFY(events.resize(0) && events.write(bytes) == bytes.size());
    events.close();

    const Run sums = tool(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("manifest.sha256")}, pack);
    QCOMPARE(sums.exitCode, 1);
    QVERIFY2(sums.out.contains(QStringLiteral("events.jsonl: FAILED")), qPrintable(sums.out));
    const Run python = tool(QStringLiteral("python3"), {verifier(), QStringLiteral(".")}, pack);
    QCOMPARE(python.exitCode, 1);
    QVERIFY2(python.out.contains(QStringLiteral("FAIL events.jsonl: its SHA-256 is not the one in manifest.sha256")),
             qPrintable(python.out));
    QVERIFY2(python.out.contains(QStringLiteral("FAIL events.jsonl line 1: is not the row seq")),
             qPrintable(python.out));
}

void TestEvidencePack::droppedProofRowIsCaught() {
    ScratchDir dir;
    EvidenceBench bench;
    exportAndUnpack(bench, dir.path());
    const QString pack = dir.file(QStringLiteral("pack"));
    QFile rows(pack + QStringLiteral("/proof/rows.jsonl"));
    QVERIFY(rows.open(QIODevice::ReadWrite));
    QList<QByteArray> lines = rows.readAll().split('\n');
    lines.removeAt(3); // incident_seq 4
    const QByteArray bytes = lines.join('\n');
    QVERIFY(rows.resize(0) && rows.write(bytes) == bytes.size());
    rows.close();

    const Run python = tool(QStringLiteral("python3"), {verifier(), QStringLiteral(".")}, pack);
    QCOMPARE(python.exitCode, 1);
    QVERIFY2(python.out.contains(QStringLiteral("FAIL proof/rows.jsonl line 4")) &&
                 python.out.contains(QStringLiteral("incident_seq 5 where 4 was expected")),
             qPrintable(python.out));
}

void TestEvidencePack::droppedLastRowIsCaught() {
    // Without a gap: only the signed checkpoint knows the reversal went on.
    ScratchDir dir;
    EvidenceBench bench;
    exportAndUnpack(bench, dir.path());
    const QString pack = dir.file(QStringLiteral("pack"));
    QFile rows(pack + QStringLiteral("/proof/rows.jsonl"));
    QVERIFY(rows.open(QIODevice::ReadWrite));
    QList<QByteArray> lines = rows.readAll().split('\n');
    QVERIFY(lines.last().isEmpty());
    lines.removeAt(lines.size() - 2);
    const QByteArray bytes = lines.join('\n');
    QVERIFY(rows.resize(0) && rows.write(bytes) == bytes.size());
    rows.close();
    const Run python = tool(QStringLiteral("python3"), {verifier(), QStringLiteral(".")}, pack);
    QCOMPARE(python.exitCode, 1);
    QVERIFY2(python.out.contains(QStringLiteral("rows were removed from the end")), qPrintable(python.out));
}

void TestEvidencePack::changedManifestFailsTheSignature() {
    ScratchDir dir;
    EvidenceBench bench;
    exportAndUnpack(bench, dir.path());
    const QString pack = dir.file(QStringLiteral("pack"));
    QFile manifest(pack + QStringLiteral("/manifest.sha256"));
    QVERIFY(manifest.open(QIODevice::Append));
    manifest.write("0000000000000000000000000000000000000000000000000000000000000000  extra.txt\n");
    manifest.close();
    const Run signature =
        tool(QStringLiteral("openssl"),
             {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"), QStringLiteral("-inkey"),
              QStringLiteral("public-key.pem"), QStringLiteral("-rawin"), QStringLiteral("-in"),
              QStringLiteral("manifest.sha256"), QStringLiteral("-sigfile"), QStringLiteral("manifest.sig")},
             pack);
    QCOMPARE(signature.exitCode, 1);
    QVERIFY2(signature.out.contains(QStringLiteral("Signature Verification Failure")), qPrintable(signature.out));
    const Run python = tool(QStringLiteral("python3"), {verifier(), QStringLiteral(".")}, pack);
    QCOMPARE(python.exitCode, 1);
    QVERIFY2(
        python.out.contains(QStringLiteral("FAIL manifest.sig: the signature over manifest.sha256 does not verify")),
        qPrintable(python.out));
}

void TestEvidencePack::exercisePackSaysSoOnEveryPage() {
    ScratchDir dir;
    EvidenceBench bench;
    exportAndUnpack(bench, dir.path(), true);
    const QString pack = dir.file(QStringLiteral("pack"));
    QVERIFY(!QFile::exists(pack + QStringLiteral("/report.pdf")));
    QVERIFY(QFile::exists(pack + QStringLiteral("/EXERCISE-report.pdf")));
    const QJsonObject meta = QJsonDocument::fromJson(fileBytes(pack + QStringLiteral("/pack.json"))).object();
    QCOMPARE(meta.value(QStringLiteral("mode")).toString(), QStringLiteral("exercise"));
    QVERIFY(fileBytes(pack + QStringLiteral("/README.txt")).startsWith("EXERCISE"));
    const Run info = tool(QStringLiteral("pdfinfo"), {QStringLiteral("EXERCISE-report.pdf")}, pack);
    const qsizetype at = info.out.indexOf(QStringLiteral("Pages:"));
    QVERIFY2(at >= 0, qPrintable(info.out + info.err));
    const int pages = info.out.mid(at + 6).section(u'\n', 0, 0).trimmed().toInt();
    QVERIFY(pages >= 1);
    for (int page = 1; page <= pages; ++page) {
        const QString n = QString::number(page);
        const Run text = tool(QStringLiteral("pdftotext"),
                              {QStringLiteral("-f"), n, QStringLiteral("-l"), n, QStringLiteral("EXERCISE-report.pdf"),
                               QStringLiteral("-")},
                              pack);
        QVERIFY2(text.out.contains(QStringLiteral("EXERCISE")), qPrintable(QStringLiteral("page ") + n));
    }
    const Run python = tool(QStringLiteral("python3"), {verifier(), QStringLiteral(".")}, pack);
    QVERIFY2(python.exitCode == 0 && python.out.startsWith(QStringLiteral("EXERCISE pack")), qPrintable(python.out));
}

void TestEvidencePack::cancelLeavesNothingUnderTheName() {
    ScratchDir dir;
    EvidenceBench bench;
    QString why;
    QVERIFY2(bench.record(false, &why), qPrintable(why));
    const QString out = dir.file(QStringLiteral("pack.zip"));
    QFile previous(out);
    QVERIFY(previous.open(QIODevice::WriteOnly) && previous.write("an older pack") == 13);
    previous.close();
    // Cancelled at each stage in turn: the older file stays as it was, and no temporary is left.
    QStringList stages;
    EvidencePackExporter::run(requestFor(bench, dir.file(QStringLiteral("probe.zip")), bench.key),
                              [&](int, const QString& stage) {
                                  if (!stages.contains(stage))
                                      stages << stage;
                              });
    QVERIFY2(stages.size() >= 4, qPrintable(stages.join(u',')));
    QVERIFY(QFile::remove(dir.file(QStringLiteral("probe.zip"))));
    for (const QString& cancelAt : std::as_const(stages)) {
        if (cancelAt == stages.last())
            continue; // "Done": nothing left to cancel
        std::atomic_bool cancel{false};
        const EvidencePackResult result = EvidencePackExporter::run(
            requestFor(bench, out, bench.key),
            [&](int, const QString& stage) {
                if (stage == cancelAt)
                    cancel = true;
            },
            &cancel);
        QVERIFY2(!result.ok && result.cancelled, qPrintable(cancelAt));
        QCOMPARE(fileBytes(out), QByteArray("an older pack"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("pack.zip")});
    }
}

void TestEvidencePack::failingWriteLeavesNothingUnderTheName() {
    ScratchDir dir;
    EvidenceBench bench;
    QString why;
    QVERIFY2(bench.record(false, &why), qPrintable(why));
    // A folder that cannot be written (as root too: the folder is a file).
    QFile blocker(dir.file(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString out = dir.file(QStringLiteral("not-a-folder/pack.zip"));
    const EvidencePackResult result = EvidencePackExporter::run(requestFor(bench, out, bench.key));
    QVERIFY(!result.ok && !result.cancelled);
    QVERIFY2(result.error.startsWith(QStringLiteral("Cannot write ")), qPrintable(result.error));
    QVERIFY(!QFile::exists(out));
    // A write that fails half-way: a real 16 KiB tmpfs, where root may mount one (the case above
    // runs for anyone). The older pack under the name stays as it was, and no temporary is left.
    SmallDisk disk{dir.file(QStringLiteral("small"))};
    QVERIFY(QDir().mkpath(disk.folder));
    if (disk.mount(16 * 1024)) {
        const QString small = disk.folder + QStringLiteral("/pack.zip");
        QFile older(small);
        QVERIFY(older.open(QIODevice::WriteOnly) && older.write("an older pack") == 13);
        older.close();
        const EvidencePackResult full = EvidencePackExporter::run(requestFor(bench, small, bench.key));
        QVERIFY(!full.ok && !full.cancelled);
        QVERIFY2(full.error.startsWith(QStringLiteral("Cannot write ")), qPrintable(full.error));
        QCOMPARE(fileBytes(small), QByteArray("an older pack"));
        QCOMPARE(QDir(disk.folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("pack.zip")});
    }
}

void TestEvidencePack::withoutKeyRefusedUnlessUnsignedOnPurpose() {
    ScratchDir dir;
    EvidenceBench bench;
    QString why;
    QVERIFY2(bench.record(false, &why), qPrintable(why));
    const QString out = dir.file(QStringLiteral("pack.zip"));
    const EvidencePackResult refused = EvidencePackExporter::run(requestFor(bench, out, nullptr));
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.startsWith(QStringLiteral("No signing key")), qPrintable(refused.error));
    QVERIFY(!QFile::exists(out));

    const EvidencePackResult result = EvidencePackExporter::run(requestFor(bench, out, nullptr, true));
    QVERIFY2(result.ok && !result.isSigned, qPrintable(result.error));
    QDir(dir.path()).mkdir(QStringLiteral("pack"));
    const QString pack = dir.file(QStringLiteral("pack"));
    QCOMPARE(tool(QStringLiteral("unzip"), {QStringLiteral("-q"), out}, pack).exitCode, 0);
    QVERIFY(!QFile::exists(pack + QStringLiteral("/manifest.sig")));
    QVERIFY(!QFile::exists(pack + QStringLiteral("/public-key.pem")));
    QVERIFY(fileBytes(pack + QStringLiteral("/README.txt")).contains("UNSIGNED PACK"));
    const Run text = tool(QStringLiteral("pdftotext"), {QStringLiteral("report.pdf"), QStringLiteral("-")}, pack);
    QVERIFY(text.out.contains(QStringLiteral("UNSIGNED: this pack was exported without a signing key")));
    const Run sums = tool(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("manifest.sha256")}, pack);
    QCOMPARE(sums.exitCode, 0);
    const Run python = tool(QStringLiteral("python3"), {verifier(), QStringLiteral(".")}, pack);
    QVERIFY2(python.exitCode == 0 && python.out.contains(QStringLiteral("UNSIGNED pack")), qPrintable(python.out));
}

void TestEvidencePack::keyTheLogDoesNotRegisterIsRefused() {
    ScratchDir dir;
    EvidenceBench bench;
    QString why;
    QVERIFY2(bench.record(false, &why), qPrintable(why));
    auto stranger = std::make_shared<const SigningKey>(std::move(*SigningKey::generate()));
    const QString out = dir.file(QStringLiteral("pack.zip"));
    const EvidencePackResult result = EvidencePackExporter::run(requestFor(bench, out, stranger));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("is not one this log registers")), qPrintable(result.error));
    QVERIFY(!QFile::exists(out));
}

void TestEvidencePack::unknownReversalIsRefused() {
    ScratchDir dir;
    EvidenceBench bench;
    QString why;
    QVERIFY2(bench.record(false, &why), qPrintable(why));
    const QByteArray before = fileBytes(bench.dbPath());
    bench.incident = QStringLiteral("rev-nope");
    const EvidencePackResult result =
        EvidencePackExporter::run(requestFor(bench, dir.file(QStringLiteral("p.zip")), bench.key));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("holds no reversal rev-nope")), qPrintable(result.error));
    QCOMPARE(fileBytes(bench.dbPath()), before);
}

void TestEvidencePack::unsignedLogIsNotCalledVerified() {
    // The log's checkpoints were never signed: the cover must not say "verified" while the pack's
    // own verifier fails, so both say NOT SIGNED / no signed checkpoint.
    ScratchDir dir;
    EvidenceBench bench;
    QString why;
    QVERIFY2(bench.record(false, &why, false), qPrintable(why));
    const QString out = dir.file(QStringLiteral("pack.zip"));
    const EvidencePackResult result = EvidencePackExporter::run(requestFor(bench, out, nullptr, true));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(result.verification.startsWith(QStringLiteral("NOT SIGNED")), qPrintable(result.verification));
    QDir(dir.path()).mkdir(QStringLiteral("pack"));
    const QString pack = dir.file(QStringLiteral("pack"));
    QCOMPARE(tool(QStringLiteral("unzip"), {QStringLiteral("-q"), out}, pack).exitCode, 0);
    const Run text = tool(QStringLiteral("pdftotext"), {QStringLiteral("report.pdf"), QStringLiteral("-")}, pack);
    const QString pdf = text.out.normalized(QString::NormalizationForm_KC).simplified();
    QVERIFY2(pdf.contains(QStringLiteral("Verification NOT VERIFIED")), qPrintable(pdf));
    const Run python = tool(QStringLiteral("python3"), {verifier(), QStringLiteral(".")}, pack);
    QCOMPARE(python.exitCode, 1);
    QVERIFY2(python.out.contains(QStringLiteral("no signed checkpoint of this reversal verifies")),
             qPrintable(python.out));
}

QTEST_MAIN(TestEvidencePack)
#include "TestEvidencePack.moc"
