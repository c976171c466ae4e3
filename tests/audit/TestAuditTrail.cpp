#include "AuditLog.h"
#include "AuditTrail.h"
#include "AuditVerifier.h"
#include "Clock.h"
#include "FullDisk.h"
#include "TestSupport.h"
#include "UtcTime.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace turnback;
using namespace std::chrono_literals;

namespace {

AuditEvent makeEvent(int n) {
    return {QStringLiteral("Zoë Okafor"), QStringLiteral("ObservationRecorded"), QStringLiteral("error-rate"),
            QStringLiteral("rev-1"), QJsonObject{{QStringLiteral("n"), n}}};
}

int numberOf(const AuditRecord& record) {
    return record.payload.mid(5, record.payload.indexOf(u'}') - 5).toInt(); // {"n":N}
}

/// A writable log in a scratch folder.
struct WritableLog {
    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log{clock};
    bool open() { return log.open(dir.file(QStringLiteral("audit.db"))); }
};

} // namespace

/// AuditTrail, the one thing the app appends through: while the log cannot be written it holds
/// events in memory, in order, with the times they happened, and writes them on retry; nothing is
/// reported as recorded that is not committed. Real files; the full disk is FullDisk's "sqlite full".
class TestAuditTrail : public QObject {
    Q_OBJECT

private slots:
    void recordsAtOnceWhenWritable();
    void refusesAnEventThatCanNeverBeWritten();
    void holdsEventsInOrderWithTheirTimesAndRetries();
    void newEventQueuesBehindHeldOnes();
    void holdsWhileAnotherWriterRecordsThenTakesOver();
    void closedLogHoldsEventsAndStaysClosed();
};

void TestAuditTrail::recordsAtOnceWhenWritable() {
    WritableLog writable;
    QVERIFY(writable.open());
    AuditLog& log = writable.log;
    AuditTrail trail(log);
    QSignalSpy recorded(&trail, &AuditTrail::recorded);
    QSignalSpy pendingChanged(&trail, &AuditTrail::pendingChanged);
    QSignalSpy faultChanged(&trail, &AuditTrail::faultChanged);

    const auto result = trail.append(makeEvent(1));
    QVERIFY(result.isRecorded());
    QVERIFY(result.record);
    QCOMPARE(result.record->seq, 1);
    QCOMPARE(result.record->atUtc, utc::format(writable.clock.utcNow()));
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.at(0).at(0).value<AuditRecord>(), *result.record);
    QCOMPARE(pendingChanged.size(), 0);
    QCOMPARE(faultChanged.size(), 0);
    QCOMPARE(trail.fault(), AuditFault::None);
    QVERIFY(trail.pending().isEmpty());
    QVERIFY(trail.retry()); // nothing pending: returns at once, signals nothing
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(pendingChanged.size(), 0);
    QCOMPARE(log.count(), 1);
}

void TestAuditTrail::refusesAnEventThatCanNeverBeWritten() {
    WritableLog writable;
    QVERIFY(writable.open());
    AuditLog& log = writable.log;
    AuditTrail trail(log);
    const auto result = trail.append({QString(), QStringLiteral("ui.click"), {}, {}, {}});
    QCOMPARE(result.status, AuditTrail::AppendResult::Status::Refused);
    QCOMPARE(result.error, QStringLiteral("An audit event needs an actor and a kind; the event was not recorded."));
    QCOMPARE(trail.pendingCount(), 0); // never queued: it would block every event behind it
    QVERIFY(trail.append(makeEvent(1)).isRecorded());
}

void TestAuditTrail::holdsEventsInOrderWithTheirTimesAndRetries() {
    test::ScratchDir dir;
    test::FullDisk disk(dir.file(QStringLiteral("disk")), false);
    QVERIFY(disk.prepare());
    SimulatedClock clock(QDateTime(QDate(2026, 11, 26), QTime(18, 0), Qt::UTC));
    AuditLog log(clock);
    QVERIFY(log.open(disk.folder() + QStringLiteral("/audit.db")));
    AuditTrail trail(log);
    QVERIFY(trail.append(makeEvent(0)).isRecorded());
    QSignalSpy recorded(&trail, &AuditTrail::recorded);
    QSignalSpy pendingChanged(&trail, &AuditTrail::pendingChanged);
    QSignalSpy faultChanged(&trail, &AuditTrail::faultChanged);

    QVERIFY(disk.fill());
    QStringList heldAt;
    for (int n = 1; n <= 3; ++n) {
        clock.advance(90s);
        heldAt << utc::format(clock.utcNow());
        const auto result = trail.append(makeEvent(n));
        QVERIFY(result.isPending());
        QCOMPARE(result.position, n);
    }
    QCOMPARE(recorded.size(), 0);
    QCOMPARE(pendingChanged.size(), 3);
    QCOMPARE(faultChanged.size(), 1);
    QCOMPARE(trail.fault(), AuditFault::DiskFull);
    QCOMPARE(log.headSeq(), 1); // nothing shown as recorded that is not
    QVERIFY(!trail.retry());    // still full: still held, in order
    QCOMPARE(trail.pendingCount(), 3);
    QCOMPARE(trail.pending().first().event.payload.value(QStringLiteral("n")).toInt(), 1);

    QVERIFY(disk.makeRoom());
    clock.advance(1h);
    QVERIFY2(trail.retry(), qPrintable(log.errorString()));
    QCOMPARE(trail.fault(), AuditFault::None);
    QCOMPARE(faultChanged.last().at(0).value<AuditFault>(), AuditFault::None);
    QCOMPARE(pendingChanged.last().at(0).toInt(), 0);
    QCOMPARE(recorded.size(), 3);
    const QList<AuditRecord> rows = log.records(2);
    QCOMPARE(rows.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(numberOf(rows.at(i)), i + 1);
        QCOMPARE(rows.at(i).atUtc, heldAt.at(i)); // the time it happened, not the hour later
        QCOMPARE(recorded.at(i).at(0).value<AuditRecord>(), rows.at(i));
    }
    QVERIFY(AuditVerifier::verify(log.path()).ok);
}

void TestAuditTrail::newEventQueuesBehindHeldOnes() {
    test::ScratchDir dir;
    test::FullDisk disk(dir.file(QStringLiteral("disk")), false);
    QVERIFY(disk.prepare());
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(disk.folder() + QStringLiteral("/audit.db")));
    AuditTrail trail(log);
    QVERIFY(disk.fill());
    QVERIFY(trail.append(makeEvent(1)).isPending());
    QVERIFY(trail.append(makeEvent(2)).isPending());
    QVERIFY(disk.makeRoom());
    QSignalSpy recorded(&trail, &AuditTrail::recorded);

    // Room again: the next append writes what waited first, then itself, and says it was recorded.
    clock.advance(5s);
    const auto result = trail.append(makeEvent(3));
    QVERIFY(result.isRecorded());
    QCOMPARE(result.record->seq, 3);
    QCOMPARE(numberOf(*result.record), 3);
    QCOMPARE(recorded.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(numberOf(recorded.at(i).at(0).value<AuditRecord>()), i + 1);
    QCOMPARE(trail.pendingCount(), 0);
}

void TestAuditTrail::holdsWhileAnotherWriterRecordsThenTakesOver() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    auto other = std::make_unique<AuditLog>(clock);
    QVERIFY(other->open(path));
    QVERIFY(other->append(makeEvent(0)));

    AuditLog log(clock);
    QVERIFY(log.openForConsole(path));
    QVERIFY(log.isReadOnly());
    AuditTrail trail(log);
    const QString heldAt = utc::format(clock.utcNow());
    QVERIFY(trail.append(makeEvent(1)).isPending());
    QCOMPARE(trail.fault(), AuditFault::LockedByAnotherWriter);
    QCOMPARE(trail.faultMessage(), log.faultMessage());
    QVERIFY(!trail.retry()); // the other still records
    QVERIFY(log.isReadOnly());

    other.reset(); // the other console quits
    clock.advance(1min);
    QVERIFY2(trail.retry(), qPrintable(log.errorString()));
    QVERIFY(!log.isReadOnly());
    const QList<AuditRecord> rows = log.records();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(numberOf(rows.last()), 1);
    QCOMPARE(rows.last().atUtc, heldAt);
}

void TestAuditTrail::closedLogHoldsEventsAndStaysClosed() {
    // close() is on purpose (quitting, switching files): the trail holds what comes after it and
    // does not reopen the file behind the caller's back.
    WritableLog writable;
    QVERIFY(writable.open());
    AuditLog& log = writable.log;
    AuditTrail trail(log);
    QVERIFY(trail.append(makeEvent(0)).isRecorded());
    log.close();
    QVERIFY(trail.append(makeEvent(1)).isPending());
    QVERIFY(!trail.retry());
    QVERIFY(!log.isOpen());
    QCOMPARE(trail.fault(), AuditFault::Unopenable);
    QVERIFY(log.open(log.path()));
    QVERIFY(trail.retry());
    QCOMPARE(log.count(), 2);
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
