#include "AuditLog.h"
#include "AuditTestSupport.h"
#include "Clock.h"
#include "TestSupport.h"
#include "UtcTime.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <unistd.h>

using namespace turnback;
using namespace std::chrono_literals;

namespace {

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

AuditEvent makeEvent(const QString& kind, const QJsonObject& payload = {}, const QString& incident = {}) {
    return {QStringLiteral("Zoë Okafor"), kind, QStringLiteral("checkout-service"), incident, payload};
}

using test::ImmutableFlag;
using test::sqlOn;

} // namespace

/// AuditLog: appending, reading back, the chain, durability settings, and every way open() can
/// refuse a file, each with a plain message and the file left as it was.
class TestAuditLog : public QObject {
    Q_OBJECT

private slots:
    void appendAndReadBack();
    void seqIsContiguousAndChained();
    void atUtcComesFromTheClock();
    void payloadIsCompactJsonWithSortedKeys();
    void canonicalBytesWorkedExample();
    void durabilitySettingsAreInForce();
    void metaRecordsTheDatabase();
    void triggersRefuseUpdateAndDelete();
    void triggerRefusesRowsOffTheHead();
    void reopenContinuesTheChain();
    void connectionsAreUniqueAndRemoved();
    void recordsPageAndFilterByKind();
    void emptyActorOrKindIsRefused();
    void appendWhenClosedFails();
    void failedAppendDoesNotAdvanceTheHead();
    void newerSchemaIsRefusedAndLeftUntouched();
    void notADatabaseIsRefused();
    void someoneElsesDatabaseIsRefused();
    void folderPathIsRefused();
    void unwritableLocationIsRefused();
    void immutableFileIsRefused_data() { test::addWriteProtectionRows(QDir::tempPath()); }
    void immutableFileIsRefused();
    void readOnlyAccessReviewsWithoutWriting();
};

void TestAuditLog::appendAndReadBack() {
    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log(clock);
    const QString path = dir.file(QStringLiteral("nested/folder/audit.db"));
    QVERIFY2(log.open(path), qPrintable(log.errorString()));
    QVERIFY(log.isOpen());
    QCOMPARE(log.path(), path);
    QCOMPARE(log.count(), 0);
    QCOMPARE(log.headSeq(), 0);
    QCOMPARE(log.headHash(), AuditLog::genesisHash());

    const auto first =
        log.append(makeEvent(QStringLiteral("ReversalStarted"), {{QStringLiteral("level"), QStringLiteral("stop")}},
                             QStringLiteral("rev-1")));
    QVERIFY2(first, qPrintable(log.errorString()));
    clock.advance(250ms);
    const auto second = log.append(
        {QStringLiteral("turnback"), QStringLiteral("ui.click"), QStringLiteral("MainWindow/rubricView"), {}, {}});
    QVERIFY2(second, qPrintable(log.errorString()));

    const QList<AuditRecord> stored = log.records();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0), *first);
    QCOMPARE(stored.at(1), *second);
    QCOMPARE(stored.at(0).actor, QStringLiteral("Zoë Okafor"));
    QCOMPARE(stored.at(0).incident, QStringLiteral("rev-1"));
    QCOMPARE(stored.at(0).payload, QStringLiteral(R"({"level":"stop"})"));
    QCOMPARE(stored.at(1).incident, QString());
    QCOMPARE(stored.at(1).payload, QStringLiteral("{}"));
    QCOMPARE(log.count(), 2);
    QCOMPARE(log.headSeq(), 2);
    QCOMPARE(log.headHash(), second->hash);
}

void TestAuditLog::seqIsContiguousAndChained() {
    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    for (int i = 0; i < 50; ++i) {
        QVERIFY(log.append(makeEvent(QStringLiteral("ObservationRecorded"), {{QStringLiteral("i"), i}})));
        clock.advance(1ms);
    }
    const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    QString previous = AuditLog::genesisHash();
    QCOMPARE(previous, QString(64, QLatin1Char('0')));
    const QList<AuditRecord> all = log.records();
    QCOMPARE(all.size(), 50);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const AuditRecord& r = all.at(i);
        QCOMPARE(r.seq, i + 1);
        QCOMPARE(r.prevHash, previous);
        QVERIFY(hex.match(r.hash).hasMatch());
        QCOMPARE(AuditLog::computeHash(r.prevHash, r), r.hash);
        // The definition, spelled out independently of computeHash.
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(QByteArray(r.prevHash.toLatin1() + AuditLog::canonicalBytes(r)),
                                              QCryptographicHash::Sha256)
                         .toHex()),
                 r.hash);
        previous = r.hash;
    }
}

void TestAuditLog::atUtcComesFromTheClock() {
    test::ScratchDir dir;
    SimulatedClock clock(QDateTime(QDate(2026, 11, 26), QTime(18, 6, 11, 123), Qt::UTC));
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    QCOMPARE(log.append(makeEvent(QStringLiteral("A")))->atUtc, QStringLiteral("2026-11-26T18:06:11.123Z"));
    clock.advance(1500ms);
    QCOMPARE(log.append(makeEvent(QStringLiteral("B")))->atUtc, QStringLiteral("2026-11-26T18:06:12.623Z"));
    clock.setNow(QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(log.append(makeEvent(QStringLiteral("C")))->atUtc, QStringLiteral("2027-01-02T03:04:05.000Z"));
    // A local time is written in UTC.
    QCOMPARE(utc::format(QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone(7200))),
             QStringLiteral("2026-06-01T10:00:00.000Z"));
    QCOMPARE(log.records(3).constFirst().atUtc, QStringLiteral("2027-01-02T03:04:05.000Z"));
}

void TestAuditLog::payloadIsCompactJsonWithSortedKeys() {
    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    const QJsonObject payload{
        {QStringLiteral("zeta"), 1},
        {QStringLiteral("alpha"), QStringLiteral("x y")},
        {QStringLiteral("mid"), QJsonObject{{QStringLiteral("b"), true}, {QStringLiteral("a"), 2.5}}}};
    QCOMPARE(log.append(makeEvent(QStringLiteral("DecisionRecorded"), payload))->payload,
             QStringLiteral(R"({"alpha":"x y","mid":{"a":2.5,"b":true},"zeta":1})"));
}

void TestAuditLog::canonicalBytesWorkedExample() {
    // The worked example of docs/audit-log.md, byte for byte.
    AuditRecord r;
    r.seq = 1;
    r.atUtc = QStringLiteral("2026-11-26T18:06:11.123Z");
    r.actor = QStringLiteral("Zoë Okafor");
    r.kind = QStringLiteral("ReversalStarted");
    r.target = QStringLiteral("checkout-service");
    r.incident = QStringLiteral("rev-2026-11-26-01");
    r.payload = QStringLiteral(R"({"level":"stop","signal":"error-rate"})");
    const QByteArray expected =
        "1:1,24:2026-11-26T18:06:11.123Z,11:Zo\xc3\xab Okafor,15:ReversalStarted,"
        "16:checkout-service,17:rev-2026-11-26-01,38:{\"level\":\"stop\",\"signal\":\"error-rate\"},";
    QCOMPARE(AuditLog::canonicalBytes(r), expected);
    QCOMPARE(AuditLog::computeHash(AuditLog::genesisHash(), r),
             QStringLiteral("24cffcc131b3e56aac3a0c17130ac87fa9539961d04d7808ed625d138d653e53"));
}

void TestAuditLog::durabilitySettingsAreInForce() {
    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    QSqlDatabase db = QSqlDatabase::database(log.connectionName(), false);
    QVERIFY(db.isOpen());
    QSqlQuery query(db);
    auto pragma = [&query](const QString& name) {
        return query.exec(QStringLiteral("PRAGMA ") + name) && query.next() ? query.value(0) : QVariant();
    };
    QCOMPARE(pragma(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(QStringLiteral("synchronous")).toInt(), 2); // FULL
    QCOMPARE(pragma(QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(QStringLiteral("busy_timeout")).toInt(), 5000);
    QCOMPARE(pragma(QStringLiteral("user_version")).toInt(), 2);
    query.finish();
    // WAL is stored in the file, so any other program opening it writes through the WAL too.
    QCOMPARE(sqlOn(log.path(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestAuditLog::metaRecordsTheDatabase() {
    test::ScratchDir dir;
    SimulatedClock clock(QDateTime(QDate(2026, 11, 26), QTime(18, 0), Qt::UTC));
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    const QString id = sqlOn(log.path(), QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'")).toString();
    QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
    QCOMPARE(sqlOn(log.path(), QStringLiteral("SELECT value FROM meta WHERE key = 'created_at_utc'")).toString(),
             QStringLiteral("2026-11-26T18:00:00.000Z"));
    QCOMPARE(sqlOn(log.path(), QStringLiteral("SELECT value FROM meta WHERE key = 'format'")).toString(),
             QStringLiteral("turnback-audit-log"));
}

void TestAuditLog::triggersRefuseUpdateAndDelete() {
    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    QVERIFY(log.append(makeEvent(QStringLiteral("A"))));
    QVERIFY(log.append(makeEvent(QStringLiteral("B"))));
    const QByteArray before = log.headHash().toLatin1();

    // Through the log's own connection and through another program's: the database refuses.
    {
        QSqlQuery query(QSqlDatabase::database(log.connectionName(), false));
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")));
        QCOMPARE(query.lastError().databaseText(), QStringLiteral("audit_log is append-only"));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
        QCOMPARE(query.lastError().databaseText(), QStringLiteral("audit_log is append-only"));
    }
    QString error;
    sqlOn(log.path(), QStringLiteral("DELETE FROM audit_log"), &error);
    QCOMPARE(error, QStringLiteral("audit_log is append-only"));
    sqlOn(log.path(), QStringLiteral("UPDATE audit_log SET payload = '{}'"), &error);
    QCOMPARE(error, QStringLiteral("audit_log is append-only"));

    QCOMPARE(log.count(), 2);
    QCOMPARE(log.records().constFirst().actor, QStringLiteral("Zoë Okafor"));
    QVERIFY(log.append(makeEvent(QStringLiteral("C"))));
    QCOMPARE(log.records().constLast().prevHash.toLatin1(), before);
}

void TestAuditLog::triggerRefusesRowsOffTheHead() {
    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    const auto first = log.append(makeEvent(QStringLiteral("A")));
    QVERIFY(first);
    QString error;
    const QString zeros(64, QLatin1Char('0'));
    // A gap in seq, and a row that does not chain to the head: both refused by the schema itself.
    sqlOn(log.path(),
          QStringLiteral(
              "INSERT INTO audit_log VALUES (3, '2026-01-01T00:00:00.000Z', 'x', 'k', '', '', '{}', '%1', '%2')")
              .arg(first->hash, zeros),
          &error);
    QCOMPARE(error, QStringLiteral("audit_log rows are appended at the head of the chain only"));
    sqlOn(log.path(),
          QStringLiteral(
              "INSERT INTO audit_log VALUES (2, '2026-01-01T00:00:00.000Z', 'x', 'k', '', '', '{}', '%1', '%1')")
              .arg(zeros),
          &error);
    QCOMPARE(error, QStringLiteral("audit_log rows are appended at the head of the chain only"));
    QCOMPARE(log.count(), 1);
}

void TestAuditLog::reopenContinuesTheChain() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    QString head;
    {
        AuditLog log(clock);
        QVERIFY(log.open(path));
        QVERIFY(log.append(makeEvent(QStringLiteral("A"))));
        QVERIFY(log.append(makeEvent(QStringLiteral("B"))));
        head = log.headHash();
    }
    AuditLog log(clock);
    QVERIFY2(log.open(path), qPrintable(log.errorString()));
    QCOMPARE(log.headSeq(), 2);
    QCOMPARE(log.headHash(), head);
    const auto third = log.append(makeEvent(QStringLiteral("C")));
    QVERIFY(third);
    QCOMPARE(third->seq, 3);
    QCOMPARE(third->prevHash, head);
    // Opening again while open is a clean reopen, not a second connection.
    QVERIFY(log.open(path));
    QCOMPARE(log.headSeq(), 3);
}

void TestAuditLog::connectionsAreUniqueAndRemoved() {
    test::ScratchDir dir;
    SimulatedClock clock;
    QString firstName, secondName;
    {
        AuditLog first(clock), second(clock);
        QVERIFY(first.open(dir.file(QStringLiteral("one.db"))));
        QVERIFY(second.open(dir.file(QStringLiteral("two.db"))));
        firstName = first.connectionName();
        secondName = second.connectionName();
        QVERIFY(firstName != secondName);
        QVERIFY(QSqlDatabase::connectionNames().contains(firstName));
        QVERIFY(QSqlDatabase::connectionNames().contains(secondName));
        QVERIFY(first.append(makeEvent(QStringLiteral("A"))));
        QCOMPARE(second.count(), 0);
        first.close();
        QVERIFY(!first.isOpen());
        QVERIFY(!QSqlDatabase::connectionNames().contains(firstName));
    }
    QVERIFY(!QSqlDatabase::connectionNames().contains(secondName));
    // Closed cleanly: SQLite folded the WAL back into the file and removed it.
    QVERIFY(!QFile::exists(dir.file(QStringLiteral("one.db-wal"))));
}

void TestAuditLog::recordsPageAndFilterByKind() {
    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    for (int i = 1; i <= 10; ++i)
        QVERIFY(log.append(makeEvent(i % 3 == 0 ? QStringLiteral("ui.click") : QStringLiteral("ObservationRecorded"))));
    const auto page = log.records(4, 3);
    QCOMPARE(page.size(), 3);
    QCOMPARE(page.at(0).seq, 4);
    QCOMPARE(page.at(2).seq, 6);
    QCOMPARE(log.records(9).size(), 2);
    QCOMPARE(log.records(11).size(), 0);
    const auto clicks = log.recordsOfKind(QStringLiteral("ui.click"));
    QCOMPARE(clicks.size(), 3);
    QCOMPARE(clicks.at(0).seq, 3);
    QCOMPARE(clicks.at(2).seq, 9);
    QCOMPARE(log.recordsOfKind(QStringLiteral("ui.click"), 1).size(), 1);
    QCOMPARE(log.recordsOfKind(QStringLiteral("nothing")).size(), 0);
}

void TestAuditLog::emptyActorOrKindIsRefused() {
    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    QVERIFY(!log.append({QString(), QStringLiteral("A"), {}, {}, {}}));
    QVERIFY(log.errorString().contains(QStringLiteral("needs an actor and a kind")));
    QVERIFY(!log.append({QStringLiteral("x"), QString(), {}, {}, {}}));
    QCOMPARE(log.count(), 0);
    QCOMPARE(log.headSeq(), 0);
}

void TestAuditLog::appendWhenClosedFails() {
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(!log.isOpen());
    QVERIFY(!log.append(makeEvent(QStringLiteral("A"))));
    QCOMPARE(log.errorString(), QStringLiteral("The audit log is not open; the event was not recorded."));
    QCOMPARE(log.count(), -1);
    QVERIFY(log.records().isEmpty());
}

void TestAuditLog::failedAppendDoesNotAdvanceTheHead() {
    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    QVERIFY(log.append(makeEvent(QStringLiteral("A"))));
    const QString head = log.headHash();

    // A full disk, as SQLite sees one: no page may be added to the file.
    QSqlQuery query(QSqlDatabase::database(log.connectionName(), false));
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1")));
    query.finish();
    const QJsonObject big{{QStringLiteral("text"), QString(20000, QLatin1Char('x'))}};
    QVERIFY(!log.append(makeEvent(QStringLiteral("B"), big)));
    QVERIFY2(log.errorString().contains(QStringLiteral("full")), qPrintable(log.errorString()));
    QVERIFY(log.errorString().contains(QStringLiteral("The event was not recorded.")));
    QCOMPARE(log.headSeq(), 1);
    QCOMPARE(log.headHash(), head);
    QCOMPARE(log.count(), 1);

    // Space again: the next event continues the chain where it was.
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
    query.finish();
    const auto next = log.append(makeEvent(QStringLiteral("B"), big));
    QVERIFY2(next, qPrintable(log.errorString()));
    QCOMPARE(next->seq, 2);
    QCOMPARE(next->prevHash, head);
}

void TestAuditLog::newerSchemaIsRefusedAndLeftUntouched() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    {
        AuditLog log(clock);
        QVERIFY(log.open(path));
        QVERIFY(log.append(makeEvent(QStringLiteral("A"))));
    }
    sqlOn(path, QStringLiteral("PRAGMA user_version = 7"));
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());

    AuditLog log(clock);
    QVERIFY(!log.open(path));
    QVERIFY(!log.isOpen());
    QCOMPARE(log.errorString(), QDir::toNativeSeparators(path) +
                                    QStringLiteral(" was written by a newer Turnback (schema 7); this version reads up "
                                                   "to 2. It was left unchanged: open it with a newer Turnback."));
    QVERIFY(!log.open(path, AuditLog::Access::ReadOnly));
    QCOMPARE(fileBytes(path), before);
}

void TestAuditLog::notADatabaseIsRefused() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("notes.txt"));
    const QByteArray text = QByteArray("These are my notes, not a database.\n").repeated(40);
    QVERIFY(test::writeText(path, text));
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(!log.open(path));
    QCOMPARE(log.errorString(), QDir::toNativeSeparators(path) +
                                    QStringLiteral(" is not a Turnback audit log: SQLite cannot read it as a database "
                                                   "(file is not a database)."));
    QCOMPARE(fileBytes(path), text);
}

void TestAuditLog::someoneElsesDatabaseIsRefused() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("other.db"));
    sqlOn(path, QStringLiteral("CREATE TABLE recipes (name TEXT)"));
    const QByteArray before = fileBytes(path);
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(!log.open(path));
    QVERIFY2(log.errorString().endsWith(
                 QStringLiteral(" is an SQLite database but not a Turnback audit log. It was left unchanged.")),
             qPrintable(log.errorString()));
    QCOMPARE(fileBytes(path), before);
}

void TestAuditLog::folderPathIsRefused() {
    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(!log.open(dir.path()));
    QCOMPARE(log.errorString(),
             QDir::toNativeSeparators(dir.path()) + QStringLiteral(" is a folder, not an audit log file."));
    QVERIFY(!log.open(QString()));
    QCOMPARE(log.errorString(), QStringLiteral("No audit log file was given."));
}

void TestAuditLog::unwritableLocationIsRefused() {
    // Works as root too: no permission bit lets anyone make a folder inside a regular file.
    test::ScratchDir dir;
    const QString blocker = dir.file(QStringLiteral("a-file"));
    QVERIFY(test::writeText(blocker, "x"));
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(!log.open(blocker + QStringLiteral("/logs/audit.db")));
    QCOMPARE(log.errorString(), QStringLiteral("Cannot create the folder %1 for the audit log. Check that the location "
                                               "exists, is a folder, and that you may write there.")
                                    .arg(QDir::toNativeSeparators(blocker + QStringLiteral("/logs"))));
    QVERIFY(!log.open(blocker + QStringLiteral("/audit.db")));
    QVERIFY(log.errorString().startsWith(QStringLiteral("Cannot create the folder")));
}

void TestAuditLog::immutableFileIsRefused() {
    // A write-protected file for anyone, root too (WriteProtectedFile), and where it can be set,
    // chattr +i as well.
    QFETCH(bool, immutable);
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    {
        AuditLog log(clock);
        QVERIFY(log.open(path));
        QVERIFY(log.append(makeEvent(QStringLiteral("A"))));
    }
    const QByteArray before = fileBytes(path);
    test::ImmutableFlag immutableFlag{path};
    test::WriteProtectedFile protectedFile{path};
    QVERIFY(immutable ? immutableFlag.set() : protectedFile.set());
    AuditLog log(clock);
    QVERIFY(!log.open(path));
    QCOMPARE(
        log.errorString(),
        QStringLiteral("The audit log %1 is read-only (a write-protected file, folder or disk), so Turnback cannot "
                       "record events in it. Make it writable, or open it read-only to review it.")
            .arg(QDir::toNativeSeparators(path)));
    QCOMPARE(fileBytes(path), before);
}

void TestAuditLog::readOnlyAccessReviewsWithoutWriting() {
    // Access::ReadOnly opens with SQLITE_OPEN_READONLY, the flag a "file:...?mode=ro" URI sets;
    // SQLite enforces it for root as for anyone.
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    QString head;
    {
        AuditLog log(clock);
        QVERIFY(log.open(path));
        for (int i = 0; i < 3; ++i)
            QVERIFY(log.append(makeEvent(QStringLiteral("A"))));
        head = log.headHash();
    }
    const QByteArray before = fileBytes(path);
    {
        AuditLog log(clock);
        QVERIFY2(log.open(path, AuditLog::Access::ReadOnly), qPrintable(log.errorString()));
        QVERIFY(log.isReadOnly());
        QCOMPARE(log.count(), 3);
        QCOMPARE(log.headHash(), head);
        QCOMPARE(log.records().size(), 3);
        QVERIFY(!log.append(makeEvent(QStringLiteral("B"))));
        QCOMPARE(log.errorString(),
                 QStringLiteral("The audit log %1 is open read-only; the event was not recorded.").arg(path));
        // Even SQL that slips past AuditLog is refused by SQLite on this connection.
        QSqlQuery query(QSqlDatabase::database(log.connectionName(), false));
        QVERIFY(!query.exec(QStringLiteral("CREATE TABLE sneaky (x)")));
        QCOMPARE(query.lastError().databaseText(), QStringLiteral("attempt to write a readonly database"));
    }
    QCOMPARE(fileBytes(path), before);

    AuditLog log(clock);
    QVERIFY(!log.open(dir.file(QStringLiteral("missing.db")), AuditLog::Access::ReadOnly));
    QCOMPARE(log.errorString(), QStringLiteral("There is no audit log at %1.")
                                    .arg(QDir::toNativeSeparators(dir.file(QStringLiteral("missing.db")))));
    QVERIFY(!QFile::exists(dir.file(QStringLiteral("missing.db"))));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
