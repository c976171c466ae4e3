#include "AuditLog.h"
#include "AuditVerifier.h"
#include "Clock.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace turnback;
using namespace std::chrono_literals;
using Problem = AuditVerification::Problem;

namespace {

constexpr int kRows = 10;

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A deterministic log of `rows` events; returns its head hash.
QString writeLog(const QString& path, int rows = kRows) {
    SimulatedClock clock(QDateTime(QDate(2026, 11, 26), QTime(18, 0), Qt::UTC));
    AuditLog log(clock);
    if (!log.open(path))
        return {};
    for (int i = 1; i <= rows; ++i) {
        const QJsonObject payload{{QStringLiteral("n"), i},
                                  {QStringLiteral("note"), QStringLiteral("événement %1").arg(i)}};
        if (!log.append({QStringLiteral("Zoë Okafor"), QStringLiteral("ObservationRecorded"),
                         QStringLiteral("error-rate"), i % 2 ? QStringLiteral("rev-1") : QString(), payload}))
            return {};
        clock.advance(1250ms);
    }
    return log.headHash();
}

/// Tampers with the file as an attacker with the sqlite3 shell would: drop the triggers, then
/// change rows at will.
void attack(const QString& path, const std::function<void(QSqlQuery&)>& tamper) {
    const QString name = QStringLiteral("attacker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const char* trigger : {"audit_log_no_update", "audit_log_no_delete", "audit_log_append_at_head"})
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(trigger)));
        tamper(query);
    }
    QSqlDatabase::removeDatabase(name);
}

void run(QSqlQuery& query, const QString& statement) {
    QVERIFY2(query.exec(statement), qPrintable(statement + QStringLiteral(": ") + query.lastError().text()));
}

AuditRecord row(QSqlQuery& query, qint64 seq) {
    query.prepare(QStringLiteral("SELECT seq, at_utc, actor, kind, target, incident, payload, prev_hash, hash FROM "
                                 "audit_log WHERE seq = ?"));
    query.addBindValue(seq);
    AuditRecord r;
    if (query.exec() && query.next()) {
        r.seq = query.value(0).toLongLong();
        r.atUtc = query.value(1).toString();
        r.actor = query.value(2).toString();
        r.kind = query.value(3).toString();
        r.target = query.value(4).toString();
        r.incident = query.value(5).toString();
        r.payload = query.value(6).toString();
        r.prevHash = query.value(7).toString();
        r.hash = query.value(8).toString();
    }
    query.finish();
    return r;
}

void insert(QSqlQuery& query, const AuditRecord& r) {
    query.prepare(QStringLiteral("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(r.seq);
    for (const QString& value : {r.atUtc, r.actor, r.kind, r.target, r.incident, r.payload, r.prevHash, r.hash})
        query.addBindValue(value.isNull() ? QString::fromLatin1("", 0) : value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

/// Shifts seq of rows from..end by `by`, without tripping over the primary key midway.
void renumber(QSqlQuery& query, qint64 from, qint64 by) {
    run(query, QStringLiteral("UPDATE audit_log SET seq = -seq WHERE seq >= %1").arg(from));
    run(query, QStringLiteral("UPDATE audit_log SET seq = -seq + %1 WHERE seq < 0").arg(by));
}

AuditRecord forgery(qint64 seq, const QString& prevHash) {
    AuditRecord r;
    r.seq = seq;
    r.atUtc = QStringLiteral("2026-11-26T18:00:03.000Z");
    r.actor = QStringLiteral("mallory");
    r.kind = QStringLiteral("OwnerAcknowledged");
    r.target = QStringLiteral("error-rate");
    r.payload = QStringLiteral(R"({"in_time":true})");
    r.prevHash = prevHash;
    r.hash = AuditLog::computeHash(prevHash, r);
    return r;
}

QString python() {
    // /usr/bin first: a user-level shim (pyenv) may depend on the HOME the test harness replaced.
    if (QFile::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

} // namespace

/// AuditVerifier: a clean log verifies; every kind of tampering is caught at the right seq and
/// named; the file is never modified; the documented Python re-verifier agrees.
class TestAuditVerifier : public QObject {
    Q_OBJECT

private slots:
    void cleanLogVerifies();
    void emptyLogVerifies();
    void verifyNeverModifiesOrCreates();
    void tampering_data();
    void tampering();
    void forgedHeadNeedsACheckpoint();
    void unreadableFiles();
    void pythonVerifierAgrees();
};

void TestAuditVerifier::cleanLogVerifies() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    const QString head = writeLog(path);
    QVERIFY(!head.isEmpty());
    const AuditVerification v = AuditVerifier::verify(path);
    QVERIFY2(v.ok, qPrintable(v.message));
    QCOMPARE(v.count, kRows);
    QCOMPARE(v.headHash, head);
    QCOMPARE(v.problem, Problem::None);
    QCOMPARE(v.firstBadSeq, 0);
    QCOMPARE(v.message, QStringLiteral("10 rows verified; head hash %1.").arg(head));
}

void TestAuditVerifier::emptyLogVerifies() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    QVERIFY(writeLog(path, 0) == AuditLog::genesisHash());
    const AuditVerification v = AuditVerifier::verify(path);
    QVERIFY2(v.ok, qPrintable(v.message));
    QCOMPARE(v.count, 0);
    QCOMPARE(v.headHash, AuditLog::genesisHash());
}

void TestAuditVerifier::verifyNeverModifiesOrCreates() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    QVERIFY(!writeLog(path).isEmpty());
    const QByteArray before = fileBytes(path);
    QVERIFY(AuditVerifier::verify(path).ok);
    QCOMPARE(fileBytes(path), before);

    // While a writer has the log open (its WAL holds rows not yet in the main file), the
    // verifier sees every committed row.
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(path));
    QVERIFY(log.append({QStringLiteral("x"), QStringLiteral("Live"), {}, {}, {}}));
    const AuditVerification live = AuditVerifier::verify(path);
    QVERIFY2(live.ok, qPrintable(live.message));
    QCOMPARE(live.count, kRows + 1);
    QCOMPARE(live.headHash, log.headHash());

    const QString missing = dir.file(QStringLiteral("no/such/audit.db"));
    QVERIFY(!AuditVerifier::verify(missing).ok);
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QDir(dir.file(QStringLiteral("no"))).exists());
}

void TestAuditVerifier::tampering_data() {
    QTest::addColumn<std::function<void(QSqlQuery&)>>("tamper");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<qint64>("firstBadSeq");
    QTest::addColumn<QString>("message");

    using Tamper = std::function<void(QSqlQuery&)>;
    QTest::newRow("change a field")
        << Tamper([](QSqlQuery& q) { run(q, QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 5")); })
        << Problem::Changed << qint64(5)
        << QStringLiteral("seq 5: row was changed after it was written (its hash does not match its contents).");
    QTest::newRow("change the payload by one byte")
        << Tamper([](QSqlQuery& q) {
               run(q, QStringLiteral(
                          "UPDATE audit_log SET payload = replace(payload, '\"n\":7', '\"n\":8') WHERE seq = 7"));
           })
        << Problem::Changed << qint64(7)
        << QStringLiteral("seq 7: row was changed after it was written (its hash does not match its contents).");
    QTest::newRow("change the stored hash")
        << Tamper([](QSqlQuery& q) { run(q, QStringLiteral("UPDATE audit_log SET hash = upper(hash) WHERE seq = 3")); })
        << Problem::Changed << qint64(3)
        << QStringLiteral("seq 3: row was changed after it was written (its hash does not match its contents).");
    QTest::newRow("replace a row with a rehashed forgery") << Tamper([](QSqlQuery& q) {
        const AuditRecord before = row(q, 4);
        run(q, QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
        insert(q, forgery(5, before.hash));
    }) << Problem::Changed << qint64(5) << QString();
    QTest::newRow("delete a row") << Tamper([](QSqlQuery& q) {
        run(q, QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
    }) << Problem::Deleted << qint64(5)
                                  << QStringLiteral(
                                         "seq 5: missing; the log jumps from seq 4 to seq 6, so rows were deleted.");
    QTest::newRow("delete three rows")
        << Tamper([](QSqlQuery& q) { run(q, QStringLiteral("DELETE FROM audit_log WHERE seq BETWEEN 4 AND 6")); })
        << Problem::Deleted << qint64(4)
        << QStringLiteral("seq 4 to 6: missing; the log jumps from seq 3 to seq 7, so rows were deleted.");
    QTest::newRow("delete the first row")
        << Tamper([](QSqlQuery& q) { run(q, QStringLiteral("DELETE FROM audit_log WHERE seq = 1")); })
        << Problem::Deleted << qint64(1)
        << QStringLiteral("seq 1: missing; the log starts at seq 2 instead of 1, so its first rows were deleted.");
    QTest::newRow("delete a row and renumber the rest")
        << Tamper([](QSqlQuery& q) {
               run(q, QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
               renumber(q, 6, -1);
           })
        << Problem::Deleted << qint64(5)
        << QStringLiteral("seq 5: deleted: the row now at seq 5 was written as seq 6, so 1 row(s) before it were "
                          "deleted and the rest renumbered.");
    QTest::newRow("insert a forged row, renumbering the rest")
        << Tamper([](QSqlQuery& q) {
               const AuditRecord before = row(q, 4);
               renumber(q, 5, 1);
               insert(q, forgery(5, before.hash));
           })
        << Problem::Inserted << qint64(5)
        << QStringLiteral("seq 5: inserted: the row now at seq 6 was written as seq 5, right after seq 4, so the rows "
                          "in between were added later.");
    QTest::newRow("insert a forged row, renumbering and rehashing the rest")
        << Tamper([](QSqlQuery& q) {
               const AuditRecord before = row(q, 4);
               renumber(q, 5, 1);
               insert(q, forgery(5, before.hash));
               for (qint64 seq = 6; seq <= kRows + 1; ++seq) {
                   AuditRecord r = row(q, seq);
                   r.hash = AuditLog::computeHash(r.prevHash, r);
                   q.prepare(QStringLiteral("UPDATE audit_log SET hash = ? WHERE seq = ?"));
                   q.addBindValue(r.hash);
                   q.addBindValue(seq);
                   QVERIFY(q.exec());
               }
           })
        << Problem::Inserted << qint64(5)
        << QStringLiteral("seq 5: inserted: seq 6 was written right after seq 4, so the rows in between were added "
                          "later.");
    QTest::newRow("append a forged row that does not chain")
        << Tamper([](QSqlQuery& q) { insert(q, forgery(kRows + 1, QString(64, QLatin1Char('a')))); })
        << Problem::Inserted << qint64(kRows + 1) << QString();
    QTest::newRow("insert a row before seq 1")
        << Tamper([](QSqlQuery& q) { insert(q, forgery(0, AuditLog::genesisHash())); }) << Problem::Inserted
        << qint64(0) << QString();
    QTest::newRow("swap two rows")
        << Tamper([](QSqlQuery& q) {
               run(q, QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 3"));
               run(q, QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 7"));
               run(q, QStringLiteral("UPDATE audit_log SET seq = 7 WHERE seq = -1"));
           })
        << Problem::Reordered << qint64(3)
        << QStringLiteral("seq 3: rows are out of order: this row was written as seq 7, after the row now at seq 6, "
                          "and was moved here.");
    QTest::newRow("swap two neighbours")
        << Tamper([](QSqlQuery& q) {
               run(q, QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 3"));
               run(q, QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4"));
               run(q, QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = -1"));
           })
        << Problem::Reordered << qint64(3)
        << QStringLiteral("seq 3: rows are out of order: this row was written as seq 4, after the row now at seq 4, "
                          "and was moved here.");
    QTest::newRow("swap two rows' contents, keeping seq and rehashing")
        << Tamper([](QSqlQuery& q) {
               AuditRecord a = row(q, 3), b = row(q, 7);
               std::swap(a.seq, b.seq);
               a.hash = AuditLog::computeHash(a.prevHash, a);
               b.hash = AuditLog::computeHash(b.prevHash, b);
               run(q, QStringLiteral("DELETE FROM audit_log WHERE seq IN (3, 7)"));
               insert(q, a);
               insert(q, b);
           })
        << Problem::Reordered << qint64(3)
        << QStringLiteral("seq 3: rows are out of order: this row was written after seq 6, which now comes after it.");
}

void TestAuditVerifier::tampering() {
    QFETCH(std::function<void(QSqlQuery&)>, tamper);
    QFETCH(Problem, problem);
    QFETCH(qint64, firstBadSeq);
    QFETCH(QString, message);

    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    QVERIFY(!writeLog(path).isEmpty());
    QVERIFY(AuditVerifier::verify(path).ok);
    attack(path, tamper);
    if (QTest::currentTestFailed())
        return;

    const QByteArray before = fileBytes(path);
    const AuditVerification v = AuditVerifier::verify(path);
    qInfo().noquote() << v.message;
    QVERIFY(!v.ok);
    QCOMPARE(AuditVerifier::problemName(v.problem), AuditVerifier::problemName(problem));
    QCOMPARE(v.firstBadSeq, firstBadSeq);
    QVERIFY2(v.message.startsWith(QStringLiteral("seq %1").arg(firstBadSeq)), qPrintable(v.message));
    if (!message.isEmpty())
        QCOMPARE(v.message, message);
    QCOMPARE(fileBytes(path), before);
}

void TestAuditVerifier::forgedHeadNeedsACheckpoint() {
    // A forged row appended at the head with the right prev_hash is a valid chain: only a
    // signed checkpoint of the head (docs/audit-log.md) can tell. This test pins that down.
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    const QString head = writeLog(path);
    attack(path, [&head](QSqlQuery& q) { insert(q, forgery(kRows + 1, head)); });
    const AuditVerification v = AuditVerifier::verify(path);
    QVERIFY(v.ok);
    QCOMPARE(v.count, kRows + 1);
    QVERIFY(v.headHash != head);
}

void TestAuditVerifier::unreadableFiles() {
    test::ScratchDir dir;
    AuditVerification v = AuditVerifier::verify(dir.file(QStringLiteral("missing.db")));
    QCOMPARE(v.problem, Problem::Unreadable);
    QCOMPARE(v.message, QStringLiteral("There is no audit log at %1.")
                            .arg(QDir::toNativeSeparators(dir.file(QStringLiteral("missing.db")))));

    const QString text = dir.file(QStringLiteral("notes.txt"));
    QVERIFY(test::writeText(text, QByteArray("not a database\n").repeated(100)));
    v = AuditVerifier::verify(text);
    QCOMPARE(v.problem, Problem::Unreadable);
    QVERIFY2(v.message.endsWith(QStringLiteral("SQLite cannot read it as a database (file is not a database).")),
             qPrintable(v.message));

    const QString newer = dir.file(QStringLiteral("newer.db"));
    QVERIFY(!writeLog(newer).isEmpty());
    attack(newer, [](QSqlQuery& q) { run(q, QStringLiteral("PRAGMA user_version = 3")); });
    v = AuditVerifier::verify(newer);
    QCOMPARE(v.problem, Problem::Unreadable);
    QVERIFY2(
        v.message.endsWith(QStringLiteral(" was written by a newer Turnback (schema 3); this version reads up to 2.")),
        qPrintable(v.message));

    const QString other = dir.file(QStringLiteral("other.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    v = AuditVerifier::verify(other);
    QCOMPARE(v.problem, Problem::Unreadable);
    QVERIFY2(v.message.contains(QStringLiteral("is not a Turnback audit log (no such table: audit_log)")),
             qPrintable(v.message));
}

void TestAuditVerifier::pythonVerifierAgrees() {
    const QString interpreter = python();
    // The documented verifier is part of the contract: without python3 it is untested, a failure.
    if (interpreter.isEmpty())
        QFAIL("python3 is not installed: docs/verify_audit_log.py cannot be checked (apt-get install python3)");
    const QString script = QStringLiteral(TURNBACK_SOURCE_DIR "/docs/verify_audit_log.py");
    QVERIFY(QFile::exists(script));

    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    const QString head = writeLog(path, 200);
    auto runPython = [&](int* exitCode) {
        QProcess process;
        process.start(interpreter, {script, path});
        if (!process.waitForFinished(60000))
            return QString();
        *exitCode = process.exitCode();
        return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
    };
    int exitCode = -1;
    QString output = runPython(&exitCode);
    QCOMPARE(output.section(u'\n', 0, 0), QStringLiteral("ok: 200 rows, head hash %1").arg(head));
    const AuditVerification turnback = AuditVerifier::verify(path); // the same count of checkpoints
    QCOMPARE(output.section(u'\n', 1),
             QStringLiteral("checkpoints: %1 signed (openssl verified each), %2 pending; last signed at seq 0")
                 .arg(turnback.signedCheckpoints)
                 .arg(turnback.pendingCheckpoints));
    QCOMPARE(turnback.pendingCheckpoints, 4); // seq 100 and 200, each for the log and for its incident
    QCOMPARE(exitCode, 0);
    QCOMPARE(AuditVerifier::verify(path).headHash, head);

    attack(path,
           [](QSqlQuery& q) { run(q, QStringLiteral("UPDATE audit_log SET target = 'p1-count' WHERE seq = 42")); });
    output = runPython(&exitCode);
    QCOMPARE(exitCode, 1);
    QCOMPARE(output,
             QStringLiteral("seq 42: row was changed after it was written (its hash does not match its contents)"));

    attack(path, [](QSqlQuery& q) { run(q, QStringLiteral("DELETE FROM audit_log WHERE seq = 10")); });
    output = runPython(&exitCode);
    QCOMPARE(exitCode, 1);
    QCOMPARE(output, QStringLiteral("seq 10: missing (the log jumps from seq 9 to seq 11)"));
}

QTEST_GUILESS_MAIN(TestAuditVerifier)
#include "TestAuditVerifier.moc"
