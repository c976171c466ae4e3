#include "Clock.h"
#include "RealTimeSource.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using namespace turnback;

namespace {

const QDateTime start = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

} // namespace

class TestClock : public QObject {
    Q_OBJECT

private slots:
    void simulatedClockStartsPausedAndStandsStill();
    void setNowAndAdvanceJumpAsBefore();
    void runsWithRealTimeOnceResumed();
    void pauseFreezesTheTimeReached();
    void speedScalesRealTime_data();
    void speedScalesRealTime();
    void speedChangeDoesNotMoveTheTime();
    void speedChangeWhilePausedTakesEffectOnResume();
    void rejectsSpeedsThatAreNotPositive();
    void jumpsKeepTheClockRunningOrPaused();
    void rateIsZeroWhilePaused();
    void everyChangeOfCourseIsSignalled();
    void defaultRealTimeSourceIsMonotonic();
    void systemClockFollowsTheWallClock();
};

void TestClock::simulatedClockStartsPausedAndStandsStill() {
    ManualRealTimeSource real;
    SimulatedClock clock(start, real);
    QVERIFY(clock.isPaused());
    QCOMPARE(clock.speed(), 1.0);
    QCOMPARE(clock.sourceName(), QStringLiteral("simulated"));
    real.advance(1h);
    QCOMPARE(clock.utcNow(), start);

    // Constructed as before this clock could run (no real-time source given), it stands still too.
    const SimulatedClock legacy;
    QVERIFY(legacy.isPaused());
    QCOMPARE(legacy.utcNow(), SimulatedClock::defaultStart());
    QCOMPARE(legacy.utcNow().timeSpec(), Qt::UTC);
}

void TestClock::setNowAndAdvanceJumpAsBefore() {
    SimulatedClock clock(start.toOffsetFromUtc(3600)); // any time spec, kept as UTC
    QCOMPARE(clock.utcNow().timeSpec(), Qt::UTC);
    QCOMPARE(clock.utcNow(), start);
    clock.advance(90s);
    QCOMPARE(clock.utcNow(), start.addSecs(90));
    clock.advance(-30s);
    QCOMPARE(clock.utcNow(), start.addSecs(60));
    const QDateTime later = start.addDays(2);
    clock.setNow(later);
    QCOMPARE(clock.utcNow(), later);
    QVERIFY(clock.isPaused());
}

void TestClock::runsWithRealTimeOnceResumed() {
    ManualRealTimeSource real;
    real.advance(5min); // the real-time origin is arbitrary: only what passes after resume counts
    SimulatedClock clock(start, real);
    clock.resume();
    QVERIFY(!clock.isPaused());
    QCOMPARE(clock.utcNow(), start);
    real.advance(1500ms);
    QCOMPARE(clock.utcNow(), start.addMSecs(1500));
    real.advance(-1s); // real time does not run backwards
    QCOMPARE(clock.utcNow(), start.addMSecs(1500));
    real.advance(999us); // below a millisecond: not shown yet, never rounded up
    QCOMPARE(clock.utcNow(), start.addMSecs(1500));
    real.advance(1us);
    QCOMPARE(clock.utcNow(), start.addMSecs(1501));
}

void TestClock::pauseFreezesTheTimeReached() {
    ManualRealTimeSource real;
    SimulatedClock clock(start, real);
    clock.resume();
    real.advance(10s);
    clock.pause();
    QCOMPARE(clock.utcNow(), start.addSecs(10));
    real.advance(1h);
    QCOMPARE(clock.utcNow(), start.addSecs(10));
    clock.resume(); // goes on from where it stood, not from where real time is
    real.advance(5s);
    QCOMPARE(clock.utcNow(), start.addSecs(15));
}

void TestClock::speedScalesRealTime_data() {
    QTest::addColumn<double>("speed");
    QTest::addColumn<qint64>("realMs");
    QTest::addColumn<qint64>("clockMs");
    QTest::newRow("1x") << 1.0 << qint64(60'000) << qint64(60'000);
    QTest::newRow("2x") << 2.0 << qint64(60'000) << qint64(120'000);
    QTest::newRow("5x") << 5.0 << qint64(60'000) << qint64(300'000);
    QTest::newRow("10x") << 10.0 << qint64(60'000) << qint64(600'000);
    QTest::newRow("half speed") << 0.5 << qint64(60'000) << qint64(30'000);
    QTest::newRow("1.5x") << 1.5 << qint64(999) << qint64(1498); // 1498.5 rounded down
}

void TestClock::speedScalesRealTime() {
    QFETCH(double, speed);
    QFETCH(qint64, realMs);
    QFETCH(qint64, clockMs);
    ManualRealTimeSource real;
    SimulatedClock clock(start, real);
    QVERIFY(clock.setSpeed(speed));
    QCOMPARE(clock.speed(), speed);
    clock.resume();
    QCOMPARE(clock.rate(), speed);
    real.advance(std::chrono::milliseconds(realMs));
    QCOMPARE(clock.utcNow(), start.addMSecs(clockMs));
}

void TestClock::speedChangeDoesNotMoveTheTime() {
    ManualRealTimeSource real;
    SimulatedClock clock(start, real);
    clock.resume();
    real.advance(30s);
    QCOMPARE(clock.utcNow(), start.addSecs(30));
    QVERIFY(clock.setSpeed(10));
    QCOMPARE(clock.utcNow(), start.addSecs(30)); // re-anchored: 30 s at 1x stay 30 s
    real.advance(6s);
    QCOMPARE(clock.utcNow(), start.addSecs(30 + 60));
    QVERIFY(clock.setSpeed(2));
    QCOMPARE(clock.utcNow(), start.addSecs(90));
    real.advance(15s);
    QCOMPARE(clock.utcNow(), start.addSecs(90 + 30));
}

void TestClock::speedChangeWhilePausedTakesEffectOnResume() {
    ManualRealTimeSource real;
    SimulatedClock clock(start, real);
    QVERIFY(clock.setSpeed(5));
    QCOMPARE(clock.rate(), 0.0);
    real.advance(1min);
    QCOMPARE(clock.utcNow(), start);
    clock.resume();
    real.advance(2s);
    QCOMPARE(clock.utcNow(), start.addSecs(10));
}

void TestClock::rejectsSpeedsThatAreNotPositive() {
    ManualRealTimeSource real;
    SimulatedClock clock(start, real);
    QVERIFY(clock.setSpeed(2));
    QSignalSpy changes(&clock, &Clock::courseChanged);
    for (const double bad : {0.0, -1.0, std::numeric_limits<double>::infinity(),
                             std::numeric_limits<double>::quiet_NaN(), SimulatedClock::kMaxSpeed * 2, 1e300})
        QVERIFY2(!clock.setSpeed(bad), qPrintable(QString::number(bad)));
    QCOMPARE(clock.speed(), 2.0);
    QCOMPARE(changes.count(), 0);
}

void TestClock::jumpsKeepTheClockRunningOrPaused() {
    ManualRealTimeSource real;
    SimulatedClock clock(start, real);
    QVERIFY(clock.setSpeed(2));
    clock.resume();
    real.advance(10s);
    clock.advance(1h); // by a duration, from where it stands: start + 20 s + 1 h
    QVERIFY(!clock.isPaused());
    QCOMPARE(clock.utcNow(), start.addSecs(20 + 3600));
    real.advance(1s);
    QCOMPARE(clock.utcNow(), start.addSecs(22 + 3600));

    const QDateTime target = start.addDays(1);
    clock.setNow(target); // to an instant; runs on from there at the same speed
    QCOMPARE(clock.utcNow(), target);
    real.advance(3s);
    QCOMPARE(clock.utcNow(), target.addSecs(6));

    clock.pause();
    clock.setNow(start);
    real.advance(1min);
    QVERIFY(clock.isPaused());
    QCOMPARE(clock.utcNow(), start);
}

void TestClock::rateIsZeroWhilePaused() {
    ManualRealTimeSource real;
    SimulatedClock clock(start, real);
    QCOMPARE(clock.rate(), 0.0);
    clock.resume();
    QCOMPARE(clock.rate(), 1.0);
    QVERIFY(clock.setSpeed(10));
    QCOMPARE(clock.rate(), 10.0);
    clock.pause();
    QCOMPARE(clock.rate(), 0.0);
    QCOMPARE(clock.speed(), 10.0);
}

void TestClock::everyChangeOfCourseIsSignalled() {
    ManualRealTimeSource real;
    SimulatedClock clock(start, real);
    QSignalSpy changes(&clock, &Clock::courseChanged);
    clock.pause(); // already paused: nothing changes
    QCOMPARE(changes.count(), 0);
    clock.resume();
    QCOMPARE(changes.count(), 1);
    clock.resume();
    QCOMPARE(changes.count(), 1);
    QVERIFY(clock.setSpeed(5));
    QCOMPARE(changes.count(), 2);
    QVERIFY(clock.setSpeed(5)); // the same speed: nothing changes
    QCOMPARE(changes.count(), 2);
    clock.setNow(start);
    QCOMPARE(changes.count(), 3);
    clock.advance(1s);
    QCOMPARE(changes.count(), 4);
    clock.pause();
    QCOMPARE(changes.count(), 5);
    real.advance(1h); // time passing steadily is not a change of course
    QCOMPARE(changes.count(), 5);
}

void TestClock::defaultRealTimeSourceIsMonotonic() {
    const ElapsedTimerSource real;
    const std::chrono::nanoseconds first = real.elapsed();
    QVERIFY(first >= 0ns);
    QVERIFY(real.elapsed() >= first);
}

void TestClock::systemClockFollowsTheWallClock() {
    const SystemClock clock;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = clock.utcNow();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(now.timeSpec(), Qt::UTC);
    QVERIFY(before <= now && now <= after);
    QCOMPARE(clock.rate(), 1.0);
    QCOMPARE(clock.sourceName(), QStringLiteral("system"));
}

QTEST_GUILESS_MAIN(TestClock)
#include "TestClock.moc"
