// A reversal while the audit log cannot be written (a full disk): nothing is applied that is not
// recorded, nothing is lost, and held events land in order with their original times and instants.

#include "AuditTrail.h"
#include "AuditVerifier.h"
#include "FullDisk.h"
#include "IncidentFixtures.h"
#include "ReversalSession.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace turnback;
using namespace turnback::test;

class TestSessionFaults : public QObject {
    Q_OBJECT
private slots:
    void failingLogRecordsNothingAndChangesNothing_data() { FullDisk::addRows(); }
    void failingLogRecordsNothingAndChangesNothing();
    void derivedEventsTheLogRefusedAreRetriedAtTheirInstants_data() { FullDisk::addRows(); }
    void derivedEventsTheLogRefusedAreRetriedAtTheirInstants();
};

namespace {
/// A session whose audit log's disk fills up on demand (FullDisk: SQLite's writes fail as on a full
/// disk, for anyone, and a real tmpfs where root may mount one): the honest way to make the log refuse writes while the
/// session runs (a write-protected file cannot be made while SQLite has it open: its shared memory
/// would fault).
struct FullDiskBench {
    explicit FullDiskBench(bool realDisk)
        : disk(dir.file(QStringLiteral("small-disk")), realDisk) {}
    ScratchDir dir;
    FullDisk disk;
    SimulatedClock clock{startInstant()};
    AuditLog log{clock};
    Kit kit = baselineKit();
    QString dbPath() const { return disk.folder() + QStringLiteral("/audit.db"); }
    bool open() { return disk.prepare() && log.open(dbPath()); }
    bool fill() { return disk.fill(); }
    bool makeRoom() { return disk.makeRoom(); }
    void setTime(qint64 msAfterStart) { clock.setNow(at(msAfterStart)); }
};
} // namespace

void TestSessionFaults::failingLogRecordsNothingAndChangesNothing() {
    QFETCH(bool, realDisk);
    FullDiskBench bench(realDisk);
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QSignalSpy failed(&session, &ReversalSession::recordingFailed);
    QSignalSpy changed(&session, &ReversalSession::changed);

    // The disk fills up: nothing may be applied that is not written, and nothing may be lost.
    QVERIFY(bench.fill());
    bench.setTime(kMinute);
    QVERIFY(!session.recordObservation(kDataLoss));
    QVERIFY2(session.errorString().startsWith(QStringLiteral("NOT YET RECORDED")), qPrintable(session.errorString()));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY(session.incident().observations().isEmpty());
    QVERIFY(session.incident().obligations().isEmpty());
    QCOMPARE(session.incident().level(), Level::Normal);
    QCOMPARE(session.engine().status(kDataLoss).phase, SignalPhase::Quiet);
    QVERIFY(session.hasUnrecordedEvents());
    QCOMPARE(session.trail().pendingCount(), 1);
    QCOMPARE(session.incident().timeline().size(), 1);
    QVERIFY(!session.close(QStringLiteral("give up")));
    QVERIFY(!session.incident().isClosed());

    // Space again: the held observation lands with the time it happened, then its consequences.
    QVERIFY(bench.makeRoom());
    bench.setTime(2 * kMinute);
    QVERIFY2(session.tick(), qPrintable(session.errorString()));
    QVERIFY(!session.hasUnrecordedEvents());
    const QList<AuditRecord> observed = rowsOf(bench.log, id, EventKind::ObservationRecorded);
    QCOMPARE(observed.size(), 1);
    QCOMPARE(observed.first().atUtc, utcText(kMinute));
    const QList<AuditRecord> triggered = rowsOf(bench.log, id, EventKind::SignalTriggered);
    QCOMPARE(triggered.size(), 1);
    QCOMPARE(payloadOf(triggered.first()).value(QStringLiteral("at")).toString(), utcText(kMinute));
    QCOMPARE(session.incident().level(), Level::Reverse);
    QVERIFY(AuditVerifier::verify(bench.dbPath()).ok);
}

void TestSessionFaults::derivedEventsTheLogRefusedAreRetriedAtTheirInstants() {
    QFETCH(bool, realDisk);
    FullDiskBench bench(realDisk);
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QVERIFY(session.recordObservation(kErrorRate, 6.0));
    QSignalSpy failed(&session, &ReversalSession::recordingFailed);

    QVERIFY(bench.fill());
    bench.setTime(2 * kMinute + 30 * kSecond);
    QVERIFY(!session.tick());
    QVERIFY(failed.count() >= 1);
    QVERIFY(session.hasUnrecordedEvents());
    QCOMPARE(session.incident().level(), Level::Normal); // not applied: not written

    QVERIFY(bench.makeRoom());
    bench.setTime(3 * kMinute);
    QVERIFY2(session.tick(), qPrintable(session.errorString()));
    QVERIFY(!session.hasUnrecordedEvents());
    QVERIFY(session.tick());
    const QList<AuditRecord> triggers = rowsOf(bench.log, id, EventKind::SignalTriggered);
    QCOMPARE(triggers.size(), 1);
    // Written with the time the console knew of it, and the exact instant the rubric fired.
    QCOMPARE(triggers.first().atUtc, utcText(2 * kMinute + 30 * kSecond));
    QCOMPARE(payloadOf(triggers.first()).value(QStringLiteral("at")).toString(), utcText(2 * kMinute));
    QCOMPARE(payloadOf(triggers.first()).value(QStringLiteral("deadline")).toString(), utcText(7 * kMinute));
    QCOMPARE(rowsOf(bench.log, id, EventKind::LevelChanged).size(), 1);
    QCOMPARE(session.incident().level(), Level::Slow);
    QVERIFY(AuditVerifier::verify(bench.dbPath()).ok);
}

QTEST_GUILESS_MAIN(TestSessionFaults)
#include "TestSessionFaults.moc"
