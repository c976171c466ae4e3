#include "Clock.h"
#include "ClockScheduler.h"
#include "RealTimeSource.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;
using namespace turnback;

// So that a failed comparison of intervals shows them.
namespace QTest {
template <> char* toString(const std::chrono::milliseconds& interval) {
    const QByteArray text = QByteArray::number(qlonglong(interval.count())) + "ms";
    return qstrdup(text.constData());
}
template <> char* toString(const std::optional<std::chrono::milliseconds>& interval) {
    return interval ? toString(*interval) : qstrdup("not armed");
}
} // namespace QTest

namespace {

const QDateTime start = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

/// Delivers what is already due, a zero-interval timer included; never waits for time to pass.
void deliverDueEvents() {
    QCoreApplication::processEvents();
}

/// The scheduler's real timer runs out now, as it would once its armed interval has passed in real
/// time: lets a test move real time by hand and then have the timer fire, without sleeping.
void runOutRealTimer(ClockScheduler& scheduler) {
    auto* timer = scheduler.findChild<QTimer*>();
    QVERIFY(timer);
    QVERIFY(timer->isActive());
    timer->stop();
    QVERIFY(QMetaObject::invokeMethod(timer, "timeout"));
}

/// A scheduler on a simulated clock at `start` whose real time moves only by hand. Paused, as a
/// simulated clock starts, until runAt().
struct Fixture {
    ManualRealTimeSource real;
    SimulatedClock clock{start, real};
    ClockScheduler scheduler{clock};
    QSignalSpy due{&scheduler, &ClockScheduler::due};

    void runAt(double speed) {
        QVERIFY(clock.setSpeed(speed));
        clock.resume();
    }
};

} // namespace

class TestClockScheduler : public QObject {
    Q_OBJECT

private slots:
    void armsForTheRealIntervalAtEachSpeed_data();
    void armsForTheRealIntervalAtEachSpeed();
    void roundsTheRealIntervalUp();
    void pausedClockArmsNoTimer();
    void resumeArmsAndPauseDisarms();
    void speedChangeMidWaitKeepsTheInstantExact();
    void jumpPastTheInstantFiresAtOnce();
    void jumpShortOfTheInstantReArmsForWhatIsLeft();
    void jumpBackAfterReachingTheInstantCancelsTheFiring();
    void timerRunningOutEarlyReArmsForWhatIsLeft();
    void instantAlreadyReachedFiresOnTheNextEventLoopPass();
    void wakesOncePerRequest();
    void newRequestReplacesTheLastAndCancelForgetsIt();
    void longWaitsAreArmedInDayLongSteps();
    void systemClockArmsForTheTimeLeft();
};

void TestClockScheduler::armsForTheRealIntervalAtEachSpeed_data() {
    QTest::addColumn<double>("speed");
    QTest::addColumn<qint64>("realMs");
    QTest::newRow("1x") << 1.0 << qint64(60'000);
    QTest::newRow("2x") << 2.0 << qint64(30'000);
    QTest::newRow("5x") << 5.0 << qint64(12'000);
    QTest::newRow("10x") << 10.0 << qint64(6'000);
    QTest::newRow("half speed") << 0.5 << qint64(120'000);
}

void TestClockScheduler::armsForTheRealIntervalAtEachSpeed() {
    QFETCH(double, speed);
    QFETCH(qint64, realMs);
    Fixture f;
    f.runAt(speed);
    f.scheduler.wakeAt(start.addSecs(60));
    QVERIFY(f.scheduler.isArmed());
    QCOMPARE(f.scheduler.armedInterval(), std::chrono::milliseconds(realMs));
    QCOMPARE(f.scheduler.wakeInstant(), start.addSecs(60));

    f.real.advance(std::chrono::milliseconds(realMs));
    QCOMPARE(f.clock.utcNow(), start.addSecs(60)); // the armed interval brings the clock to the instant
    runOutRealTimer(f.scheduler);
    QCOMPARE(f.due.count(), 1);
}

void TestClockScheduler::roundsTheRealIntervalUp() {
    Fixture f;
    f.runAt(3);
    f.scheduler.wakeAt(start.addMSecs(1000));
    QCOMPARE(f.scheduler.armedInterval(), 334ms); // 333.3 real ms; 333 would wake a millisecond early
}

void TestClockScheduler::pausedClockArmsNoTimer() {
    Fixture f;
    f.scheduler.wakeAt(start.addSecs(60));
    QVERIFY(!f.scheduler.isArmed());
    QCOMPARE(f.scheduler.armedInterval(), std::nullopt);
    QCOMPARE(f.scheduler.wakeInstant(), start.addSecs(60)); // still asked for, waiting for the clock to move
    f.real.advance(1h);
    deliverDueEvents();
    QCOMPARE(f.due.count(), 0);
}

void TestClockScheduler::resumeArmsAndPauseDisarms() {
    Fixture f;
    f.scheduler.wakeAt(start.addSecs(60));
    f.clock.resume();
    QCOMPARE(f.scheduler.armedInterval(), 60s);
    f.real.advance(45s);
    f.clock.pause();
    QVERIFY(!f.scheduler.isArmed());
    f.real.advance(10min);
    f.clock.resume(); // what is left in clock time, not what real time has done meanwhile
    QCOMPARE(f.scheduler.armedInterval(), 15s);
}

void TestClockScheduler::speedChangeMidWaitKeepsTheInstantExact() {
    Fixture f;
    f.runAt(1);
    const QDateTime instant = start.addSecs(120);
    f.scheduler.wakeAt(instant);
    QCOMPARE(f.scheduler.armedInterval(), 120s);

    f.real.advance(20s); // 100 s of clock time left
    QVERIFY(f.clock.setSpeed(10));
    QCOMPARE(f.scheduler.armedInterval(), 10s);
    f.real.advance(5s); // 50 s left
    QVERIFY(f.clock.setSpeed(2));
    QCOMPARE(f.scheduler.armedInterval(), 25s);
    f.real.advance(25s);
    QCOMPARE(f.clock.utcNow(), instant);
    runOutRealTimer(f.scheduler);
    QCOMPARE(f.due.count(), 1);
}

void TestClockScheduler::jumpPastTheInstantFiresAtOnce() {
    for (const bool paused : {true, false}) {
        Fixture f;
        if (!paused)
            f.runAt(1);
        f.scheduler.wakeAt(start.addSecs(60));
        f.clock.advance(5min);
        QCOMPARE(f.scheduler.armedInterval(), 0ms);
        QCOMPARE(f.due.count(), 0); // through the real timer, not from inside the jump
        deliverDueEvents();
        QCOMPARE(f.due.count(), 1);
        QCOMPARE(f.scheduler.wakeInstant(), std::nullopt);
        QVERIFY(!f.scheduler.isArmed());
    }
}

void TestClockScheduler::jumpShortOfTheInstantReArmsForWhatIsLeft() {
    Fixture f;
    f.runAt(2);
    f.scheduler.wakeAt(start.addSecs(600));
    QCOMPARE(f.scheduler.armedInterval(), 300s);
    f.clock.setNow(start.addSecs(580));
    QCOMPARE(f.scheduler.armedInterval(), 10s);
    f.clock.advance(-80s);
    QCOMPARE(f.scheduler.armedInterval(), 50s);
}

void TestClockScheduler::jumpBackAfterReachingTheInstantCancelsTheFiring() {
    Fixture f;
    f.scheduler.wakeAt(start.addSecs(60));
    f.clock.advance(61s);
    QCOMPARE(f.scheduler.armedInterval(), 0ms);
    f.clock.setNow(start); // the trainer steps back before the event loop ran
    QVERIFY(!f.scheduler.isArmed());
    deliverDueEvents();
    QCOMPARE(f.due.count(), 0);
    QCOMPARE(f.scheduler.wakeInstant(), start.addSecs(60));
}

void TestClockScheduler::timerRunningOutEarlyReArmsForWhatIsLeft() {
    Fixture f;
    f.runAt(1);
    f.scheduler.wakeAt(start.addSecs(60));
    f.real.advance(59'900ms); // the real timer is a little early against the clock's real time
    runOutRealTimer(f.scheduler);
    QCOMPARE(f.due.count(), 0);
    QCOMPARE(f.scheduler.armedInterval(), 100ms);
    f.real.advance(100ms);
    runOutRealTimer(f.scheduler);
    QCOMPARE(f.due.count(), 1);
}

void TestClockScheduler::instantAlreadyReachedFiresOnTheNextEventLoopPass() {
    Fixture f;
    f.scheduler.wakeAt(start); // reached, and the paused clock will not move: still wakes
    QCOMPARE(f.scheduler.armedInterval(), 0ms);
    QCOMPARE(f.due.count(), 0);
    deliverDueEvents();
    QCOMPARE(f.due.count(), 1);
}

void TestClockScheduler::wakesOncePerRequest() {
    Fixture f;
    f.scheduler.wakeAt(start.addSecs(10));
    f.clock.advance(10s);
    deliverDueEvents();
    QCOMPARE(f.due.count(), 1);
    f.clock.advance(10s);
    f.clock.resume();
    deliverDueEvents();
    QCOMPARE(f.due.count(), 1);
    QVERIFY(!f.scheduler.isArmed());
}

void TestClockScheduler::newRequestReplacesTheLastAndCancelForgetsIt() {
    Fixture f;
    f.runAt(1);
    f.scheduler.wakeAt(start.addSecs(60));
    f.scheduler.wakeAt(start.addSecs(30));
    QCOMPARE(f.scheduler.wakeInstant(), start.addSecs(30));
    QCOMPARE(f.scheduler.armedInterval(), 30s);
    f.scheduler.cancel();
    QCOMPARE(f.scheduler.wakeInstant(), std::nullopt);
    QVERIFY(!f.scheduler.isArmed());
    f.clock.advance(1h); // a change of course does not bring a forgotten wake back
    deliverDueEvents();
    QVERIFY(!f.scheduler.isArmed());
    QCOMPARE(f.due.count(), 0);
}

void TestClockScheduler::longWaitsAreArmedInDayLongSteps() {
    Fixture f;
    f.runAt(1);
    f.scheduler.wakeAt(start.addDays(3));
    QCOMPARE(f.scheduler.armedInterval(), ClockScheduler::longestRealInterval);
    f.real.advance(ClockScheduler::longestRealInterval);
    runOutRealTimer(f.scheduler);
    QCOMPARE(f.due.count(), 0);
    QCOMPARE(f.scheduler.armedInterval(), ClockScheduler::longestRealInterval);
    QVERIFY(f.clock.setSpeed(10)); // two days left: 4.8 hours of real time
    QCOMPARE(f.scheduler.armedInterval(), std::chrono::milliseconds(2 * 24 * 3600 * 1000 / 10));
}

void TestClockScheduler::systemClockArmsForTheTimeLeft() {
    const SystemClock clock;
    ClockScheduler scheduler(clock);
    QSignalSpy due(&scheduler, &ClockScheduler::due);
    scheduler.wakeAt(clock.utcNow().addSecs(300));
    QVERIFY(scheduler.isArmed());
    // Real time passes between reading the clock and arming; five seconds is far more than it takes.
    QVERIFY(*scheduler.armedInterval() <= 300s);
    QVERIFY(*scheduler.armedInterval() > 295s);
    scheduler.wakeAt(clock.utcNow().addSecs(-1));
    QCOMPARE(scheduler.armedInterval(), 0ms);
    deliverDueEvents();
    QCOMPARE(due.count(), 1);
}

QTEST_GUILESS_MAIN(TestClockScheduler)
#include "TestClockScheduler.moc"
