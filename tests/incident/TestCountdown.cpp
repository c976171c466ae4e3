// Owner countdowns are derived from a deadline and now (docs/architecture.md, "Time"): pending (running),
// due soon (a minute or less), OVERDUE counting up, done. Table-driven over the boundaries.

#include "Countdown.h"
#include "IncidentFixtures.h"

#include <QTest>

using namespace turnback;
using namespace turnback::test;

Q_DECLARE_METATYPE(turnback::CountdownPhase)
Q_DECLARE_METATYPE(turnback::Decision)

namespace {

/// The error-rate obligation of the baseline kit: fired at +2:00, five minutes to decide.
Obligation errorRateObligation() {
    Obligation o;
    o.id = 3;
    o.signalId = QStringLiteral("error-rate");
    o.level = Level::Slow;
    o.ownerRole = QStringLiteral("engineering-lead");
    o.triggeredAt = at(2 * kMinute);
    o.timerMs = 5 * kMinute;
    o.deadline = at(7 * kMinute);
    return o;
}

} // namespace

class TestCountdown : public QObject {
    Q_OBJECT
private slots:
    void phaseAndTextAtTheBoundaries_data();
    void phaseAndTextAtTheBoundaries();
    void overdueCountsUpInWholeElapsedSeconds_data();
    void overdueCountsUpInWholeElapsedSeconds();
    void nothingOwedIsNone();
    void aDecisionIsDoneEvenPastTheDeadline_data();
    void aDecisionIsDoneEvenPastTheDeadline();
    void immediateTimerIsOverdueTheMomentItFires();
    void derivedFromTheDeadlineNotFromElapsedTicks();
    void phaseIds();
};

void TestCountdown::phaseAndTextAtTheBoundaries_data() {
    QTest::addColumn<qint64>("remainingMs");
    QTest::addColumn<CountdownPhase>("phase");
    QTest::addColumn<QString>("text");

    // Counting down rounds towards the deadline: 0:00 only once time is really up.
    QTest::newRow("the whole 5 min") << 300'000LL << CountdownPhase::Running << "5:00";
    QTest::newRow("299.5 s still reads 5:00") << 299'500LL << CountdownPhase::Running << "5:00";
    QTest::newRow("299.001 s") << 299'001LL << CountdownPhase::Running << "5:00";
    QTest::newRow("299.000 s") << 299'000LL << CountdownPhase::Running << "4:59";
    QTest::newRow("60.001 s is still running") << 60'001LL << CountdownPhase::Running << "1:01";
    QTest::newRow("60.000 s is due soon") << 60'000LL << CountdownPhase::DueSoon << "DUE SOON 1:00";
    QTest::newRow("59.999 s") << 59'999LL << CountdownPhase::DueSoon << "DUE SOON 1:00";
    QTest::newRow("59.000 s") << 59'000LL << CountdownPhase::DueSoon << "DUE SOON 0:59";
    QTest::newRow("1 ms") << 1LL << CountdownPhase::DueSoon << "DUE SOON 0:01";
    QTest::newRow("0 ms is overdue") << 0LL << CountdownPhase::Overdue << "OVERDUE +0:00";
    QTest::newRow("an hour and more") << 3'723'000LL << CountdownPhase::Running << "1:02:03";
}

void TestCountdown::phaseAndTextAtTheBoundaries() {
    QFETCH(qint64, remainingMs);
    QFETCH(CountdownPhase, phase);
    QFETCH(QString, text);

    Obligation o = errorRateObligation();
    o.deadline = at(7 * kMinute);
    const QDateTime now = o.deadline.addMSecs(-remainingMs);
    const Countdown c = countdownFor(&o, now);
    QCOMPARE(c.phase, phase);
    QCOMPARE(c.remaining.count(), remainingMs);
    QCOMPARE(c.text, text);
}

void TestCountdown::overdueCountsUpInWholeElapsedSeconds_data() {
    QTest::addColumn<qint64>("overdueMs");
    QTest::addColumn<QString>("text");

    // Past the deadline the timer counts up from +0:00 like a stopwatch, in whole seconds that have
    // really elapsed (Duration::clockText's "round towards the deadline", on the other side of it):
    // it must not claim a second overdue that has not passed yet.
    QTest::newRow("at the deadline") << 0LL << "OVERDUE +0:00";
    QTest::newRow("1 ms past") << 1LL << "OVERDUE +0:00";
    QTest::newRow("999 ms past") << 999LL << "OVERDUE +0:00";
    QTest::newRow("1 s past") << 1'000LL << "OVERDUE +0:01";
    QTest::newRow("12.5 s past") << 12'500LL << "OVERDUE +0:12";
    QTest::newRow("4 min past") << 240'000LL << "OVERDUE +4:00";
    QTest::newRow("4 min 0.4 s past") << 240'400LL << "OVERDUE +4:00";
    QTest::newRow("1 hr 2 min 3 s past") << 3'723'000LL << "OVERDUE +1:02:03";
}

void TestCountdown::overdueCountsUpInWholeElapsedSeconds() {
    QFETCH(qint64, overdueMs);
    QFETCH(QString, text);

    const Obligation o = errorRateObligation();
    const Countdown c = countdownFor(&o, o.deadline.addMSecs(overdueMs));
    QCOMPARE(c.phase, CountdownPhase::Overdue);
    QCOMPARE(c.remaining.count(), -overdueMs);
    QCOMPARE(c.text, text);
}

void TestCountdown::nothingOwedIsNone() {
    const Countdown c = countdownFor(nullptr, at(0));
    QCOMPARE(c.phase, CountdownPhase::None);
    QCOMPARE(c.remaining.count(), 0);
    QVERIFY(c.text.isEmpty());
}

void TestCountdown::aDecisionIsDoneEvenPastTheDeadline_data() {
    QTest::addColumn<Decision>("decision");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<QString>("text");
    QTest::newRow("carried out in time") << Decision::CarryOut << 3 * kMinute << "DONE: carried out";
    QTest::newRow("held, looked at late") << Decision::Hold << 30 * kMinute << "HELD: not carried out";
    QTest::newRow("de-escalated at the deadline") << Decision::DeEscalate << 7 * kMinute << "DONE: de-escalated";
}

void TestCountdown::aDecisionIsDoneEvenPastTheDeadline() {
    QFETCH(Decision, decision);
    QFETCH(qint64, nowMs);
    QFETCH(QString, text);
    Obligation o = errorRateObligation();
    o.decision = decision;
    o.decidedAt = at(3 * kMinute);
    const Countdown c = countdownFor(&o, at(nowMs));
    QCOMPARE(c.phase, CountdownPhase::Done);
    QCOMPARE(c.text, text);
    QVERIFY(!c.text.contains(QStringLiteral("OVERDUE")));
}

void TestCountdown::immediateTimerIsOverdueTheMomentItFires() {
    Obligation o;
    o.id = 4;
    o.signalId = QStringLiteral("data-loss");
    o.level = Level::Reverse;
    o.ownerRole = QStringLiteral("service-owner");
    o.triggeredAt = at(kMinute);
    o.timerMs = 0;
    o.deadline = o.triggeredAt;

    const Countdown now = countdownFor(&o, o.triggeredAt);
    QCOMPARE(now.phase, CountdownPhase::Overdue);
    QCOMPARE(now.text, QStringLiteral("OVERDUE +0:00"));
    const Countdown later = countdownFor(&o, o.triggeredAt.addSecs(75));
    QCOMPARE(later.phase, CountdownPhase::Overdue);
    QCOMPARE(later.remaining.count(), -75'000);
    QCOMPARE(later.text, QStringLiteral("OVERDUE +1:15"));
}

void TestCountdown::derivedFromTheDeadlineNotFromElapsedTicks() {
    // A laptop asleep for 20 minutes: nothing counted down meanwhile, yet the countdown is right
    // the moment it is asked again, and asking twice changes nothing.
    const Obligation o = errorRateObligation();
    const Countdown before = countdownFor(&o, at(3 * kMinute));
    QCOMPARE(before.phase, CountdownPhase::Running);
    QCOMPARE(before.text, QStringLiteral("4:00"));
    const Countdown after = countdownFor(&o, at(23 * kMinute));
    QCOMPARE(after.phase, CountdownPhase::Overdue);
    QCOMPARE(after.text, QStringLiteral("OVERDUE +16:00"));
    QCOMPARE(countdownFor(&o, at(23 * kMinute)).text, after.text);
    // A clock set back shows time left again: it is a function of now, not a latch.
    QCOMPARE(countdownFor(&o, at(6 * kMinute + 30 * kSecond)).text, QStringLiteral("DUE SOON 0:30"));
}

void TestCountdown::phaseIds() {
    QCOMPARE(countdownPhaseId(CountdownPhase::None), QStringLiteral("none"));
    QCOMPARE(countdownPhaseId(CountdownPhase::Running), QStringLiteral("running"));
    QCOMPARE(countdownPhaseId(CountdownPhase::DueSoon), QStringLiteral("due-soon"));
    QCOMPARE(countdownPhaseId(CountdownPhase::Overdue), QStringLiteral("overdue"));
    QCOMPARE(countdownPhaseId(CountdownPhase::Done), QStringLiteral("done"));
    QCOMPARE(Countdown::dueSoonWithin.count(), 60'000);
}

QTEST_GUILESS_MAIN(TestCountdown)
#include "TestCountdown.moc"
