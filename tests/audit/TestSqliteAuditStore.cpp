#include "AuditLog.h"
#include "AuditVerifier.h"
#include "Clock.h"
#include "SqliteAuditStore.h"
#include "SqliteFaults.h"
#include "SqlitePragmas.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTest>

#include <sqlite3.h>

using namespace turnback;

namespace {

AuditEvent makeEvent(const QString& kind, const QString& incident, int n) {
    return {QStringLiteral("Zoë Okafor"), kind, QStringLiteral("error-rate"), incident,
            QJsonObject{{QStringLiteral("n"), n}}};
}

/// One append through the store's two steps, chained as AuditLog chains it: what a store must
/// accept from AuditLog.
bool appendThrough(AuditStore& store, const AuditEvent& event, const QString& atUtc) {
    const auto head = store.beginAppend();
    if (!head)
        return false;
    AuditRecord r;
    r.seq = head->seq + 1;
    r.atUtc = atUtc;
    r.actor = event.actor;
    r.kind = event.kind;
    r.target = event.target;
    r.incident = event.incident;
    r.payload = AuditLog::canonicalPayload(event.payload);
    r.prevHash = head->seq == 0 ? AuditLog::genesisHash() : head->hash;
    r.hash = AuditLog::computeHash(r.prevHash, r);
    if (!r.incident.isEmpty()) {
        const auto incidentHead = store.incidentHead(r.incident);
        if (!incidentHead) {
            store.rollback();
            return false;
        }
        r.incidentSeq = incidentHead->incidentSeq + 1;
        r.incidentPrevHash = incidentHead->incidentSeq == 0 ? AuditLog::genesisHash() : incidentHead->incidentHash;
        r.incidentHash = AuditLog::computeHash(r.incidentPrevHash, r);
    }
    return store.commitAppend(r);
}

/// 30 rows: incident "rev-a" on every third row from seq 1 (10 rows), "rev-b" on the others but
/// every fifth, which is console-level.
bool writeMixedLog(const QString& path, Clock& clock) {
    AuditLog log(clock);
    if (!log.open(path))
        return false;
    for (int i = 0; i < 30; ++i) {
        const QString incident = i % 3 == 0   ? QStringLiteral("rev-a")
                                 : i % 5 == 4 ? QString()
                                              : QStringLiteral("rev-b");
        if (!log.append(makeEvent(QStringLiteral("ObservationRecorded"), incident, i)))
            return false;
    }
    return true;
}

/// writeMixedLog's file, opened by a store of its own.
struct MixedLog {
    test::ScratchDir dir;
    QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    SqliteAuditStore store;
    bool open(AuditStore::Access access) { return writeMixedLog(path, clock) && store.open(path, access, clock); }
};

QList<AuditRecord> visitAll(AuditStore& store, const QString& incident, qint64 pageSize) {
    QList<AuditRecord> seen;
    const bool read = store.forEachIncidentRecord(
        incident,
        [&](const AuditRecord& r) {
            seen.append(r);
            return true;
        },
        pageSize);
    return read ? seen : QList<AuditRecord>{AuditRecord{}}; // a failed read can never equal real rows
}

} // namespace

/// SqliteAuditStore on its own, on real files: opening and creating, the two-step append, paged
/// and keyset reads, the reversal listing, and SQLite's result codes mapped to faults.
class TestSqliteAuditStore : public QObject {
    Q_OBJECT

private slots:
    void createsOpensAndReopensReadOnly();
    void appendIsTwoStepsAndRollsBack();
    void refusedRowRollsBackWithAFault();
    void incidentRowsArePagedAcrossPageBoundaries_data();
    void incidentRowsArePagedAcrossPageBoundaries();
    void visitorCanStopAndReadTheStore();
    void recordsPageByKeysetOnSeq();
    void incidentSummariesListEveryReversal();
    void resultCodesMapToFaults();
    void openFaultsAreMapped();
    void fullFileIsTheDiskFullFault();
};

void TestSqliteAuditStore::createsOpensAndReopensReadOnly() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("nested/folder/audit.db"));
    SimulatedClock clock;
    SqliteAuditStore store;
    QVERIFY(!store.isOpen());
    QVERIFY(!store.connectionName().isEmpty());
    QVERIFY(store.connectionName() != SqliteAuditStore().connectionName());
    QVERIFY2(store.open(path, AuditStore::Access::ReadWrite, clock), qPrintable(store.errorString()));
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(path + QStringLiteral(".lock"))); // the writer's lock, while open
    QCOMPARE(store.head()->seq, 0);
    QCOMPARE(*store.count(), 0);
    QCOMPARE(*store.metaValue(QStringLiteral("format")), QStringLiteral("turnback-audit-log"));
    const QString databaseId = *store.metaValue(QStringLiteral("database_id"));
    QCOMPARE(databaseId.size(), 36);
    QCOMPARE(*store.metaValue(QStringLiteral("no-such-key")), QString());
    QVERIFY(
        appendThrough(store, makeEvent(QStringLiteral("ui.click"), {}, 1), QStringLiteral("2026-01-01T00:00:00.000Z")));
    store.close();
    QVERIFY(!store.isOpen());
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));

    QVERIFY2(store.open(path, AuditStore::Access::ReadOnly, clock), qPrintable(store.errorString()));
    QCOMPARE(store.head()->seq, 1);
    QCOMPARE(*store.metaValue(QStringLiteral("database_id")), databaseId);
    QVERIFY(!store.beginAppend()); // read-only: no write transaction, and so no half-made append
    QCOMPARE(store.fault(), AuditFault::ReadOnly);
}

void TestSqliteAuditStore::appendIsTwoStepsAndRollsBack() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    SqliteAuditStore store;
    QVERIFY(store.open(path, AuditStore::Access::ReadWrite, clock));
    QVERIFY(appendThrough(store, makeEvent(QStringLiteral("ReversalStarted"), QStringLiteral("rev-a"), 0),
                          QStringLiteral("2026-01-01T00:00:00.000Z")));
    QVERIFY(
        appendThrough(store, makeEvent(QStringLiteral("ui.click"), {}, 1), QStringLiteral("2026-01-01T00:00:01.000Z")));
    QVERIFY(appendThrough(store, makeEvent(QStringLiteral("ObservationRecorded"), QStringLiteral("rev-a"), 2),
                          QStringLiteral("2026-01-01T00:00:02.000Z")));
    const QList<AuditRecord> rows = *store.records(1, -1);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(store.head()->hash, rows.last().hash);
    QCOMPARE(rows.at(1).incidentSeq, 0); // console-level: no incident chain
    QCOMPARE(rows.at(2).incidentSeq, 2);
    QCOMPARE(rows.at(2).incidentPrevHash, rows.at(0).incidentHash);
    QCOMPARE(store.incidentHead(QStringLiteral("rev-a"))->incidentHash, rows.at(2).incidentHash);
    QCOMPARE(store.incidentHead(QStringLiteral("rev-new"))->incidentSeq, 0);

    // Between the steps the head is held: nothing is written until commitAppend, and a rollback
    // leaves the log as it was.
    const auto head = store.beginAppend();
    QVERIFY(head);
    QCOMPARE(head->seq, 3);
    store.rollback();
    QCOMPARE(*store.count(), 3);
    QCOMPARE(store.head()->seq, 3);
    QVERIFY(store.beginWrite()); // and the write lock was let go
    QVERIFY(store.commitWrite());
    QVERIFY(AuditVerifier::verify(path).ok);
}

void TestSqliteAuditStore::refusedRowRollsBackWithAFault() {
    test::ScratchDir dir;
    SimulatedClock clock;
    SqliteAuditStore store;
    QVERIFY(store.open(dir.file(QStringLiteral("audit.db")), AuditStore::Access::ReadWrite, clock));
    const auto head = store.beginAppend();
    QVERIFY(head);
    AuditRecord offTheHead; // a seq past the head: the schema's trigger refuses it
    offTheHead.seq = head->seq + 2;
    offTheHead.atUtc = QStringLiteral("2026-01-01T00:00:00.000Z");
    offTheHead.actor = QStringLiteral("a");
    offTheHead.kind = QStringLiteral("k");
    offTheHead.payload = QStringLiteral("{}");
    offTheHead.prevHash = AuditLog::genesisHash();
    offTheHead.hash = QString(64, QLatin1Char('0'));
    QVERIFY(!store.commitAppend(offTheHead));
    QCOMPARE(store.fault(), AuditFault::Other);
    QVERIFY2(store.errorString().endsWith(QStringLiteral("The event was not recorded.")),
             qPrintable(store.errorString()));
    QVERIFY2(store.faultDetail().contains(QStringLiteral("head of the chain")), qPrintable(store.faultDetail()));
    QCOMPARE(*store.count(), 0);
    QVERIFY(
        appendThrough(store, makeEvent(QStringLiteral("ui.click"), {}, 1), QStringLiteral("2026-01-01T00:00:00.000Z")));
}

void TestSqliteAuditStore::incidentRowsArePagedAcrossPageBoundaries_data() {
    QTest::addColumn<qint64>("pageSize");
    QTest::newRow("one row a page") << qint64(1);
    QTest::newRow("3: a short last page") << qint64(3);
    QTest::newRow("5: the rows end on a page boundary") << qint64(5);
    QTest::newRow("10: exactly one full page") << qint64(10);
    QTest::newRow("11: one short page") << qint64(11);
    QTest::newRow("0: the default") << qint64(0);
}

void TestSqliteAuditStore::incidentRowsArePagedAcrossPageBoundaries() {
    QFETCH(qint64, pageSize);
    MixedLog mixed;
    QVERIFY(mixed.open(AuditStore::Access::ReadOnly));
    SqliteAuditStore& store = mixed.store;

    QList<AuditRecord> expected;
    const QList<AuditRecord> all = *store.records(1, -1);
    for (const AuditRecord& r : all) {
        if (r.incident == u"rev-a")
            expected.append(r);
    }
    QCOMPARE(expected.size(), 10);
    const QList<AuditRecord> seen = visitAll(store, QStringLiteral("rev-a"), pageSize);
    QCOMPARE(seen, expected);
    for (int i = 0; i < seen.size(); ++i)
        QCOMPARE(seen.at(i).incidentSeq, i + 1);
    QCOMPARE(visitAll(store, QStringLiteral("rev-b"), pageSize).size(), 16);
    QCOMPARE(visitAll(store, QStringLiteral("rev-none"), pageSize).size(), 0);
}

void TestSqliteAuditStore::visitorCanStopAndReadTheStore() {
    MixedLog mixed;
    QVERIFY(mixed.open(AuditStore::Access::ReadWrite));
    SqliteAuditStore& store = mixed.store;
    QList<qint64> seqs;
    const bool read = store.forEachIncidentRecord(
        QStringLiteral("rev-a"),
        [&](const AuditRecord& r) {
            seqs.append(r.seq);
            // The page's statement is finished: the store may be used from inside the visitor.
            return store.count() == qint64(30) && seqs.size() < 4;
        },
        2);
    QVERIFY(read); // stopped by the visitor is not a failure
    QCOMPARE(seqs, (QList<qint64>{1, 4, 7, 10}));

    store.close();
    QVERIFY(!store.forEachIncidentRecord(QStringLiteral("rev-a"), [](const AuditRecord&) { return true; }));
    QCOMPARE(store.fault(), AuditFault::Unopenable);
}

void TestSqliteAuditStore::recordsPageByKeysetOnSeq() {
    MixedLog mixed;
    QVERIFY(mixed.open(AuditStore::Access::ReadOnly));
    SqliteAuditStore& store = mixed.store;
    QList<qint64> seqs;
    for (qint64 next = 1;;) {
        const QList<AuditRecord> page = *store.records(next, 7);
        for (const AuditRecord& r : page)
            seqs.append(r.seq);
        if (page.size() < 7)
            break;
        next = page.last().seq + 1;
    }
    QCOMPARE(seqs.size(), 30);
    for (int i = 0; i < seqs.size(); ++i)
        QCOMPARE(seqs.at(i), i + 1);
    // A page starts at a seq: from 28, the last three.
    const QList<AuditRecord> tail = *store.records(28, 100);
    QCOMPARE(tail.size(), 3);
    QCOMPARE(tail.first().seq, 28);
    QCOMPARE(store.records(31, 10)->size(), 0);
    QCOMPARE(store.recordsOfKind(QStringLiteral("ObservationRecorded"), 4)->size(), 4);

    // AuditLog's visitor over the whole log pages the same way.
    AuditLog log(mixed.clock);
    QVERIFY(log.open(mixed.path, AuditLog::Access::ReadOnly));
    QList<qint64> visited;
    QVERIFY(log.forEachRecord(
        5,
        [&](const AuditRecord& r) {
            visited.append(r.seq);
            return true;
        },
        4));
    QCOMPARE(visited.size(), 26);
    QCOMPARE(visited.first(), 5);
    QCOMPARE(visited.last(), 30);
}

void TestSqliteAuditStore::incidentSummariesListEveryReversal() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(path));
    QVERIFY(log.append(makeEvent(QStringLiteral("ReversalStarted"), QStringLiteral("rev-a"), 1)));
    clock.advance(std::chrono::seconds(1));
    QVERIFY(log.append(makeEvent(QStringLiteral("ObservationRecorded"), QStringLiteral("rev-orphan"), 2)));
    QVERIFY(log.append(makeEvent(QStringLiteral("ReversalStarted"), QStringLiteral("rev-b"), 3)));
    clock.advance(std::chrono::seconds(1));
    const auto closedA = log.append(makeEvent(QStringLiteral("ReversalClosed"), QStringLiteral("rev-a"), 4));
    QVERIFY(closedA);
    QVERIFY(log.append(makeEvent(QStringLiteral("ReversalStarted"), QStringLiteral("rev-c"), 5)));
    log.close();

    SqliteAuditStore store;
    QVERIFY(store.open(path, AuditStore::Access::ReadOnly, clock));
    const QList<IncidentSummary> listed =
        *store.incidentSummaries(QStringLiteral("ReversalStarted"), QStringLiteral("ReversalClosed"));
    QCOMPARE(listed.size(), 3); // rev-orphan has rows but was never started
    QCOMPARE(listed.at(0).incident, QStringLiteral("rev-a"));
    QCOMPARE(listed.at(0).startedSeq, 1);
    QCOMPARE(listed.at(0).startedPayload, QStringLiteral("{\"n\":1}"));
    QVERIFY(listed.at(0).isClosed());
    QCOMPARE(listed.at(0).closedSeq, closedA->seq);
    QCOMPARE(listed.at(0).closedAtUtc, closedA->atUtc);
    QCOMPARE(listed.at(1).incident, QStringLiteral("rev-b"));
    QVERIFY(!listed.at(1).isClosed());
    QCOMPARE(listed.at(1).closedAtUtc, QString());
    QCOMPARE(listed.at(2).incident, QStringLiteral("rev-c"));
    QVERIFY(listed.at(0).startedAtUtc < listed.at(1).startedAtUtc);

    QVERIFY(log.open(path, AuditLog::Access::ReadOnly));
    QCOMPARE(log.incidentSummaries(), listed); // the same through AuditLog's kinds
}

void TestSqliteAuditStore::resultCodesMapToFaults() {
    using sqlite::faultOf;
    QCOMPARE(faultOf(SQLITE_OK), AuditFault::None);
    QCOMPARE(faultOf(SQLITE_FULL), AuditFault::DiskFull);
    QCOMPARE(faultOf(SQLITE_READONLY), AuditFault::ReadOnly);
    QCOMPARE(faultOf(SQLITE_READONLY_DBMOVED), AuditFault::ReadOnly); // extended codes map by their primary
    QCOMPARE(faultOf(SQLITE_PERM), AuditFault::ReadOnly);
    QCOMPARE(faultOf(SQLITE_BUSY), AuditFault::Busy);
    QCOMPARE(faultOf(SQLITE_BUSY_SNAPSHOT), AuditFault::Busy);
    QCOMPARE(faultOf(SQLITE_LOCKED), AuditFault::Busy);
    QCOMPARE(faultOf(SQLITE_CORRUPT), AuditFault::Corrupt);
    QCOMPARE(faultOf(SQLITE_NOTADB), AuditFault::NotAnAuditLog);
    QCOMPARE(faultOf(SQLITE_CANTOPEN), AuditFault::Unopenable);
    QCOMPARE(faultOf(SQLITE_IOERR_WRITE), AuditFault::Other);
    // SQLite's own words for a code, where a helper passed on only the words.
    QCOMPARE(faultOf(QStringLiteral("database or disk is full")), AuditFault::DiskFull);
    QCOMPARE(faultOf(QStringLiteral("attempt to write a readonly database")), AuditFault::ReadOnly);
    QCOMPARE(faultOf(QStringLiteral("file is not a database")), AuditFault::NotAnAuditLog);
    QCOMPARE(faultOf(QStringLiteral("something else")), AuditFault::Other);
    QCOMPARE(faultOf(QString()), AuditFault::None);
    QCOMPARE(faultOf(QSqlError(QStringLiteral("driver"), QStringLiteral("database is locked"),
                               QSqlError::StatementError, QStringLiteral("5"))),
             AuditFault::Busy);
}

void TestSqliteAuditStore::openFaultsAreMapped() {
    test::ScratchDir dir;
    SimulatedClock clock;
    SqliteAuditStore store;
    QVERIFY(!store.open(dir.path(), AuditStore::Access::ReadWrite, clock));
    QCOMPARE(store.fault(), AuditFault::Unopenable);
    QVERIFY(!store.isOpen());

    const QString text = dir.file(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'n'));
    file.close();
    QVERIFY(!store.open(text, AuditStore::Access::ReadOnly, clock));
    QCOMPARE(store.fault(), AuditFault::NotAnAuditLog);

    const QString path = dir.file(QStringLiteral("audit.db"));
    SqliteAuditStore writer;
    QVERIFY(writer.open(path, AuditStore::Access::ReadWrite, clock));
    QString holder;
    QVERIFY(store.isLockedByAnotherWriter(path, &holder));
    QCOMPARE(holder.left(4), QStringLiteral("pid "));
    QVERIFY(!store.open(path, AuditStore::Access::ReadWrite, clock));
    QCOMPARE(store.fault(), AuditFault::LockedByAnotherWriter);
    QCOMPARE(store.faultDetail(), holder);
    QVERIFY(store.open(path, AuditStore::Access::ReadOnly, clock)); // reviewing needs no lock
    writer.close();
    QVERIFY(!store.isLockedByAnotherWriter(path));
}

void TestSqliteAuditStore::fullFileIsTheDiskFullFault() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    SqliteAuditStore store(QStringLiteral("full-file-store"));
    QCOMPARE(store.connectionName(), QStringLiteral("full-file-store"));
    QVERIFY(store.open(path, AuditStore::Access::ReadWrite, clock));
    QSqlDatabase connection = QSqlDatabase::database(store.connectionName(), false);
    QString error;
    QVERIFY2(SqlitePragmas::setMaxPageCount(connection, 1, &error), qPrintable(error));
    AuditEvent big = makeEvent(QStringLiteral("ui.click"), {}, 1);
    big.payload.insert(QStringLiteral("note"), QString(20000, QLatin1Char('x')));
    QVERIFY(!appendThrough(store, big, QStringLiteral("2026-01-01T00:00:00.000Z")));
    QCOMPARE(store.fault(), AuditFault::DiskFull);
    QCOMPARE(*store.count(), 0);
}

QTEST_GUILESS_MAIN(TestSqliteAuditStore)
#include "TestSqliteAuditStore.moc"
