// The evidence store (model/evidence): real files copied next to a real audit log, hashed and
// recorded; AuditVerifier then reports a file changed or removed afterwards, and says nothing
// different about the chain.

#include "AuditVerifier.h"
#include "EvidenceStore.h"
#include "IncidentFixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace turnback;
using namespace turnback::test;
using namespace Qt::StringLiterals;

namespace {
QString writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}
QString sha256(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestEvidenceStore : public QObject {
    Q_OBJECT
private slots:
    void attachCopiesHashesAndRecords() {
        Bench b;
        QVERIFY(b.open());
        ReversalSession session(b.log, b.clock, b.kit);
        QVERIFY(session.start(liveSetup()));
        const QByteArray bytes = "snapshot snap-1 of orders, 42 rows\n"_ba;
        const QString source = writeFile(b.dir.file(u"manifest (final).txt"_s), bytes);

        const EvidenceStore::Result result = EvidenceStore::attach(session, source, u"data:snapshot/take-snapshot"_s);
        QVERIFY2(result.attached && result.seq, qPrintable(result.error));
        const QString hash = sha256(bytes);
        QCOMPARE(result.attached->sha256, hash);
        QCOMPARE(result.attached->size, bytes.size());
        QCOMPARE(result.attached->originalName, u"manifest (final).txt"_s);
        QCOMPARE(result.attached->path, session.incident().id() + u'/' + hash.left(12) + u"-manifest__final_.txt"_s);
        // The copy sits next to the database, byte for byte, and nothing was left aside.
        const QString copy = QDir(b.dbPath() + u".evidence"_s).filePath(result.attached->path);
        QFile stored(copy);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), bytes);
        QCOMPARE(QDir(QFileInfo(copy).path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        // The row says what the file is.
        const QList<AuditRecord> rows = rowsOf(b.log, session.incident().id(), EvidenceAttached::kind);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(EvidenceAttached::fromJson(payloadOf(rows.first())), *result.attached);
        // The source can go: the store keeps its own copy.
        QVERIFY(QFile::remove(source));
        const AuditVerification v = AuditVerifier::verify(b.dbPath());
        QVERIFY(v.ok);
        QCOMPARE(v.attachments.checked, 1);
        QVERIFY(v.attachments.ok());
    }

    void verifyReportsAChangedByteAndARemovedFile() {
        Bench b;
        QVERIFY(b.open());
        ReversalSession session(b.log, b.clock, b.kit);
        QVERIFY(session.start(liveSetup()));
        const EvidenceStore::Result first =
            EvidenceStore::attach(session, writeFile(b.dir.file(u"a.log"_s), "line one\nline two\n"_ba), u"x"_s);
        const EvidenceStore::Result second =
            EvidenceStore::attach(session, writeFile(b.dir.file(u"b.png"_s), QByteArray(5000, 'p')), u"y"_s);
        QVERIFY(first.seq && second.seq);
        const AuditVerification before = AuditVerifier::verify(b.dbPath());

        const QString store = b.dbPath() + u".evidence"_s;
        QFile changed(QDir(store).filePath(first.attached->path));
        QVERIFY(changed.open(QIODevice::ReadWrite));
        QVERIFY(changed.seek(5));
        QVERIFY(changed.write("O", 1) == 1); // one byte, same size
        changed.close();
        QVERIFY(QFile::remove(QDir(store).filePath(second.attached->path)));

        const AuditVerification after = AuditVerifier::verify(b.dbPath());
        // The chain is untouched, and verify says exactly what it said before about it.
        QVERIFY(after.ok);
        QCOMPARE(after.count, before.count);
        QCOMPARE(after.headHash, before.headHash);
        QCOMPARE(after.message, before.message);
        QCOMPARE(after.attachments.checked, 2);
        QCOMPARE(after.attachments.problems.size(), 2);
        const AttachmentProblem& edited = after.attachments.problems[0];
        QCOMPARE(edited.kind, AttachmentProblem::Kind::Changed);
        QCOMPARE(edited.seq, *first.seq);
        QVERIFY2(edited.message.contains(u"\"a.log\""_s) && edited.message.contains(u"changed"_s),
                 qPrintable(edited.message));
        const AttachmentProblem& gone = after.attachments.problems[1];
        QCOMPARE(gone.kind, AttachmentProblem::Kind::Removed);
        QVERIFY2(gone.message.contains(u"\"b.png\""_s) && gone.message.contains(u"removed"_s),
                 qPrintable(gone.message));
        // verifyChain() is the chain alone.
        QCOMPARE(AuditVerifier::verifyChain(b.dbPath()).attachments.checked, 0);
    }

    void refusesWhatItCannotTake() {
        Bench b;
        QVERIFY(b.open());
        ReversalSession session(b.log, b.clock, b.kit);
        QVERIFY(session.start(liveSetup()));
        // Over the limit (a sparse file: no disk spent): refused before a byte is copied.
        QFile big(b.dir.file(u"dump.bin"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(EvidenceStore::MaxBytes + 1));
        big.close();
        EvidenceStore::Result result = EvidenceStore::attach(session, big.fileName(), u"x"_s);
        QVERIFY(!result.attached && !result.seq);
        QVERIFY2(result.error.contains(u"256 MiB"_s), qPrintable(result.error));
        // Not a file.
        result = EvidenceStore::attach(session, b.dir.file(u"missing.txt"_s), u"x"_s);
        QVERIFY(!result.attached);
        QVERIFY(result.error.contains(u"not a file"_s));
        QVERIFY(rowsOf(b.log, session.incident().id(), EvidenceAttached::kind).isEmpty());
    }

    void safeNamesStayInTheirFolder() {
        QCOMPARE(EvidenceStore::safeName(u"../../etc/passwd"_s), u"_.._.._etc_passwd"_s);
        QCOMPARE(EvidenceStore::safeName(u"..."_s), u"_..."_s);
        QCOMPARE(EvidenceStore::safeName(u"Bericht Ü.pdf"_s), u"Bericht__.pdf"_s);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceStore)
#include "TestEvidenceStore.moc"
