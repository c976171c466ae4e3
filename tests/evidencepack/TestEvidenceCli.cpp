// `turnback-cli incident list` and `turnback-cli evidence export` end to end: a shipped scenario
// run into a database, signed with a key file, listed, exported and verified by separate processes.
#include "EvidenceFixtures.h"
#include "TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace turnback;
using namespace turnback::test;

namespace {

Run turnbackCli(const QStringList& args) {
    return runProgram(QStringLiteral(TURNBACK_CLI), args);
}

/// Each file of `folder`: its name, size and SHA-256 (and modification time unless `bytesOnly`).
QStringList folderState(const QString& folder, bool withTimes = true) {
    QStringList state;
    for (const QFileInfo& info : QDir(folder).entryInfoList(
             QDir::Files | QDir::Hidden | QDir::System | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile file(info.absoluteFilePath());
        const QByteArray digest = info.isFile() && file.open(QIODevice::ReadOnly)
                                      ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()
                                      : QByteArray();
        state << QStringLiteral("%1 %2 %3 %4")
                     .arg(info.fileName())
                     .arg(info.size())
                     .arg(QString::fromLatin1(digest))
                     .arg(withTimes ? info.lastModified().toMSecsSinceEpoch() : 0);
    }
    return state;
}

/// `audit verify`, `incident list` and `evidence export` (into `out`) of `db`, each a separate process.
void runReadingCommands(const QString& db, const QString& incident, const QString& out) {
    const Run verified = turnbackCli({QStringLiteral("audit"), QStringLiteral("verify"), db});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err + verified.out));
    const Run list = turnbackCli({QStringLiteral("incident"), QStringLiteral("list"), db});
    QVERIFY2(list.exitCode == 0 && list.out.contains(incident), qPrintable(list.err));
    const Run exported =
        turnbackCli({QStringLiteral("evidence"), QStringLiteral("export"), db, QStringLiteral("--incident"), incident,
                     QStringLiteral("--out"), out, QStringLiteral("--unsigned")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(QFile::exists(out));
}

QList<QJsonObject> jsonLines(const QString& text) {
    QList<QJsonObject> lines;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts))
        lines << QJsonDocument::fromJson(line.toUtf8()).object();
    return lines;
}

} // namespace

class TestEvidenceCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scenarioListedExportedAndVerified();
    void openLiveReversalListsWithNullEnd();
    void exportWithoutKeyIsRefusedUnlessUnsigned();
    void usageErrors();
    void readingCommandsLeaveAClosedLogsFolderUnchanged();
    void readingCommandsCreateNothingBesideALogBeingRecorded();
};

void TestEvidenceCli::scenarioListedExportedAndVerified() {
    ScratchDir dir;
    const QString db = dir.file(QStringLiteral("log.db"));
    const Run ran =
        turnbackCli({QStringLiteral("exercise"), QStringLiteral("run"),
                     QStringLiteral(TURNBACK_SCENARIO_DIR "/error-spike-canary.yaml"), QStringLiteral("--kit"),
                     QStringLiteral(TURNBACK_BASELINE_KIT), QStringLiteral("--db"), db});
    QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
    QFile pass(dir.file(QStringLiteral("pass")));
    QVERIFY(pass.open(QIODevice::WriteOnly) && pass.write("a long passphrase\n") > 0);
    pass.close();
    const QStringList keyArgs{QStringLiteral("--key-file"), dir.file(QStringLiteral("key.pem")),
                              QStringLiteral("--passphrase-file"), dir.file(QStringLiteral("pass"))};
    const Run signedLog = turnbackCli(QStringList{QStringLiteral("audit"), QStringLiteral("checkpoint"), db}
                                      << keyArgs << QStringLiteral("--create-key-file"));
    QVERIFY2(signedLog.exitCode == 0, qPrintable(signedLog.err));

    const QByteArray before = fileBytes(db);
    const Run list = turnbackCli({QStringLiteral("incident"), QStringLiteral("list"), db});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(fileBytes(db), before); // read-only
    const QList<QJsonObject> reversals = jsonLines(list.out);
    QCOMPARE(reversals.size(), 1);
    const QJsonObject r = reversals.first();
    QCOMPARE(QStringList(r.keys()),
             (QStringList{QStringLiteral("closed_utc"), QStringLiteral("id"), QStringLiteral("mode"),
                          QStringLiteral("service"), QStringLiteral("started_utc"), QStringLiteral("title")}));
    QCOMPARE(r.value(QStringLiteral("title")).toString(), QStringLiteral("Error spike on the canary"));
    QCOMPARE(r.value(QStringLiteral("service")).toString(), QStringLiteral("Checkout"));
    QCOMPARE(r.value(QStringLiteral("mode")).toString(), QStringLiteral("exercise"));
    QVERIFY(r.value(QStringLiteral("closed_utc")).isString());
    QVERIFY(r.value(QStringLiteral("started_utc")).toString() < r.value(QStringLiteral("closed_utc")).toString());

    const QString zip = dir.file(QStringLiteral("exercise-pack.zip"));
    const Run exported =
        turnbackCli(QStringList{QStringLiteral("evidence"), QStringLiteral("export"), db, QStringLiteral("--incident"),
                                r.value(QStringLiteral("id")).toString(), QStringLiteral("--out"), zip}
                    << keyArgs);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY2(exported.out.contains(QStringLiteral("EXERCISE evidence pack of")), qPrintable(exported.out));
    QCOMPARE(fileBytes(db), before); // exporting writes nothing into the log either
    const Run test = tool(QStringLiteral("unzip"), {QStringLiteral("-t"), zip}, dir.path());
    QVERIFY2(test.exitCode == 0, qPrintable(test.out));
    const Run verified = tool(QStringLiteral("python3"),
                              {QStringLiteral(TURNBACK_SOURCE_DIR "/docs/verify_evidence_pack.py"), zip}, dir.path());
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out));
    QVERIFY(verified.out.contains(QStringLiteral("complete")));
}

void TestEvidenceCli::openLiveReversalListsWithNullEnd() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    bench.log.close();
    const Run list = turnbackCli({QStringLiteral("incident"), QStringLiteral("list"), bench.dbPath()});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QList<QJsonObject> reversals = jsonLines(list.out);
    QCOMPARE(reversals.size(), 1);
    QCOMPARE(reversals.first().value(QStringLiteral("mode")).toString(), QStringLiteral("live"));
    QVERIFY(reversals.first().value(QStringLiteral("closed_utc")).isNull());
    QCOMPARE(reversals.first().value(QStringLiteral("started_utc")).toString(), utcText(0));
}

void TestEvidenceCli::exportWithoutKeyIsRefusedUnlessUnsigned() {
    EvidenceBench bench;
    QString why;
    QVERIFY2(bench.record(false, &why), qPrintable(why));
    bench.log.close();
    ScratchDir dir;
    const QString zip = dir.file(QStringLiteral("pack.zip"));
    const QStringList args{QStringLiteral("evidence"),
                           QStringLiteral("export"),
                           bench.dbPath(),
                           QStringLiteral("--incident"),
                           bench.incident,
                           QStringLiteral("--out"),
                           zip};
    // No keychain in this test's session (no D-Bus): refused, with the way out named.
    const Run refused = turnbackCli(args);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("no signing key")) &&
                 refused.err.contains(QStringLiteral("--unsigned")),
             qPrintable(refused.err));
    QVERIFY(!QFile::exists(zip));
    const Run unsignedPack = turnbackCli(QStringList(args) << QStringLiteral("--unsigned"));
    QVERIFY2(unsignedPack.exitCode == 0, qPrintable(unsignedPack.err));
    QVERIFY(unsignedPack.out.contains(QStringLiteral("UNSIGNED")));
    QVERIFY(QFile::exists(zip));
}

void TestEvidenceCli::usageErrors() {
    QCOMPARE(turnbackCli({QStringLiteral("incident"), QStringLiteral("list")}).exitCode, 2);
    QCOMPARE(turnbackCli({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("x.db")}).exitCode, 2);
    const Run noIncident = turnbackCli({QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("x.db"),
                                        QStringLiteral("--out"), QStringLiteral("p.zip")});
    QCOMPARE(noIncident.exitCode, 2);
    QVERIFY(noIncident.err.contains(QStringLiteral("--incident and --out are required")));
    const Run both = turnbackCli({QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("x.db"),
                                  QStringLiteral("--incident"), QStringLiteral("r"), QStringLiteral("--out"),
                                  QStringLiteral("p.zip"), QStringLiteral("--unsigned"), QStringLiteral("--key-file"),
                                  QStringLiteral("k")});
    QCOMPARE(both.exitCode, 2);
    const Run missing =
        turnbackCli({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("/nonexistent.db")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("no such file")));
}

// A read-only open creates nothing (docs/audit-log.md, "Reading without writing"): no -wal, no -shm,
// no lock file beside a log whose console has closed; every file keeps its bytes and its time.
void TestEvidenceCli::readingCommandsLeaveAClosedLogsFolderUnchanged() {
    EvidenceBench bench;
    QString why;
    QVERIFY2(bench.record(false, &why), qPrintable(why));
    bench.log.close();
    const QStringList before = folderState(bench.dir.path());
    ScratchDir out;
    runReadingCommands(bench.dbPath(), bench.incident, out.file(QStringLiteral("pack.zip")));
    QCOMPARE(folderState(bench.dir.path()), before);
}

// A console still recording (its -wal and -shm beside the log): the readers see its rows, create no
// other file, and leave the database file and the -wal as they were (the -shm is the writer's shared
// memory, in which every reader marks what it reads: only its name is compared).
void TestEvidenceCli::readingCommandsCreateNothingBesideALogBeingRecorded() {
    EvidenceBench bench;
    QString why;
    QVERIFY2(bench.record(false, &why), qPrintable(why));
    QVERIFY(QFileInfo::exists(bench.dbPath() + QStringLiteral("-wal")));
    auto withoutShm = [](QStringList state) {
        for (QString& line : state)
            if (line.startsWith(QLatin1String("audit.db-shm ")))
                line = QStringLiteral("audit.db-shm");
        return state;
    };
    const QStringList before = withoutShm(folderState(bench.dir.path(), false));
    ScratchDir out;
    runReadingCommands(bench.dbPath(), bench.incident, out.file(QStringLiteral("pack.zip")));
    QCOMPARE(withoutShm(folderState(bench.dir.path(), false)), before);
}

QTEST_MAIN(TestEvidenceCli)
#include "TestEvidenceCli.moc"
