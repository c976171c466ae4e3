// Restart and resume: the app is closed (or dies) in the middle of a reversal, time passes, and a
// new session on the same audit log must rebuild exactly the same incident, record what fell due
// meanwhile at its exact instant, and never record anything twice (docs/architecture.md, "The event log" and "Time").

#include "Countdown.h"
#include "IncidentFixtures.h"
#include "OwedItems.h"
#include "ReversalSession.h"
#include "TimelineText.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace turnback;
using namespace turnback::test;

namespace {

/// Everything a reader of the incident can see, field by field, so a difference names itself.
void compareIncidents(const Incident& actual, const Incident& expected) {
    QCOMPARE(actual.id(), expected.id());
    QCOMPARE(actual.startedAt(), expected.startedAt());
    QCOMPARE(actual.level(), expected.level());
    QCOMPARE(actual.levelSince(), expected.levelSince());
    QCOMPARE(actual.isClosed(), expected.isClosed());
    QCOMPARE(actual.currentOperator().name, expected.currentOperator().name);
    QCOMPARE(actual.obligations().size(), expected.obligations().size());
    for (int i = 0; i < expected.obligations().size(); ++i) {
        const Obligation& a = actual.obligations().at(i);
        const Obligation& e = expected.obligations().at(i);
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.signalId, e.signalId);
        QCOMPARE(a.level, e.level);
        QCOMPARE(a.ownerRole, e.ownerRole);
        QCOMPARE(a.triggeredAt, e.triggeredAt);
        QCOMPARE(a.deadline, e.deadline);
        QCOMPARE(a.timerMs, e.timerMs);
        QCOMPARE(a.signalCleared, e.signalCleared);
        QCOMPARE(a.acknowledgedAt, e.acknowledgedAt);
        QCOMPARE(a.decision, e.decision);
        QCOMPARE(a.notifications.size(), e.notifications.size());
        for (int n = 0; n < e.notifications.size(); ++n) {
            QCOMPARE(a.notifications.at(n).role, e.notifications.at(n).role);
            QCOMPARE(a.notifications.at(n).confirmedAt, e.notifications.at(n).confirmedAt);
        }
    }
    QCOMPARE(actual.timeline().size(), expected.timeline().size());
    for (int i = 0; i < expected.timeline().size(); ++i)
        QCOMPARE(TimelineText::render(actual.timeline().at(i)), TimelineText::render(expected.timeline().at(i)));
}

} // namespace

class TestResume : public QObject {
    Q_OBJECT
private slots:
    void resumeRebuildsTheSameIncident();
    void resumeDoesNotRecordATickedTriggerAgain();
    void resumeDoesNotRecordATickedClearAgain();
    void forTriggerThatFellDueWhileClosedIsRecordedAtItsInstant();
    void windowClearThatFellDueWhileClosedIsRecordedAtItsInstant();
    void resumedSessionCarriesOnWithTheSameRubric();
    void crashBetweenObservationAndItsTriggerIsRepairedOnce();
    void crashBetweenTriggerAndItsLevelIsRepaired();
    void clockSetBackBeforeARestartReplaysTheSameRubric();
    void openIncidentIdsListsOpenReversalsOnly();
    void resumeAClosedReversalRecordsNothing();
    void resumeWithAnotherKitFailsPlainly();
    void resumeOfAnUnknownIdFails();
};

void TestResume::resumeRebuildsTheSameIncident() {
    Bench bench;
    QVERIFY(bench.open());
    QString id;
    Incident before;
    {
        ReversalSession a(bench.log, bench.clock, bench.kit);
        QVERIFY(a.start(liveSetup()));
        id = a.incident().id();
        QVERIFY(a.recordObservation(kErrorRate, 6.0));
        bench.setTime(2 * kMinute);
        QVERIFY(a.tick());
        bench.setTime(3 * kMinute);
        QVERIFY(a.recordObservation(kDataLoss));
        const qint64 loss = a.incident().latestObligation(kDataLoss)->id;
        QVERIFY(a.acknowledge(loss));
        QVERIFY(a.confirmNotification(loss, QStringLiteral("policy-lead")));
        bench.setTime(3 * kMinute + 30 * kSecond);
        QVERIFY(a.recordObservation(kErrorRate, 6.2)); // the last thing done before closing the app
        before = a.incident();
    }
    const qint64 rows = bench.log.count();

    // Ten minutes with the app closed.
    bench.setTime(13 * kMinute + 30 * kSecond);
    ReversalSession b(bench.log, bench.clock, bench.kit);
    QSignalSpy changed(&b, &ReversalSession::changed);
    QVERIFY2(b.resume(id), qPrintable(b.errorString()));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(bench.log.count(), rows); // nothing fell due: nothing new is written
    compareIncidents(b.incident(), before);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(b.incident().level(), Level::Reverse);
    QCOMPARE(b.incident().obligations().size(), 2);

    // Countdowns come from the same deadlines, so they are overdue by the time really spent.
    const Obligation* loss = b.incident().latestObligation(kDataLoss);
    const Obligation* errorRate = b.incident().latestObligation(kErrorRate);
    QCOMPARE(loss->deadline, at(3 * kMinute));
    QCOMPARE(errorRate->deadline, at(7 * kMinute));
    const Countdown lossNow = countdownFor(loss, bench.clock.utcNow());
    QCOMPARE(lossNow.phase, CountdownPhase::Overdue);
    QCOMPARE(lossNow.remaining.count(), -(10 * kMinute + 30 * kSecond));
    QCOMPARE(lossNow.text, QStringLiteral("OVERDUE +10:30"));
    const Countdown errorNow = countdownFor(errorRate, bench.clock.utcNow());
    QCOMPARE(errorNow.remaining.count(), -(6 * kMinute + 30 * kSecond));
    QCOMPARE(errorNow.text, QStringLiteral("OVERDUE +6:30"));
    const QList<OwedItem> owed = owedItems(b.incident(), bench.clock.utcNow());
    QVERIFY(!owed.isEmpty());
    QCOMPARE(b.incident().obligation(owed.first().obligation), loss);

    // The engine is where it was: error-rate triggered with its latest value, one data loss.
    QCOMPARE(b.engine().status(kErrorRate).phase, SignalPhase::Triggered);
    QCOMPARE(b.engine().status(kErrorRate).latestValue, std::optional<double>(6.2));
    QCOMPARE(b.engine().status(kDataLoss).windowCount, 1);
    QVERIFY(!b.hasUnrecordedEvents());
}

void TestResume::resumeDoesNotRecordATickedTriggerAgain() {
    // The most ordinary restart: a sample at +0:00, the 1 Hz tick records the error-rate trigger
    // at +2:00, the operator closes the laptop at +2:30 and opens it ten minutes later.
    Bench bench;
    QVERIFY(bench.open());
    QString id;
    Incident before;
    {
        ReversalSession a(bench.log, bench.clock, bench.kit);
        QVERIFY(a.start(liveSetup()));
        id = a.incident().id();
        QVERIFY(a.recordObservation(kErrorRate, 6.0));
        bench.setTime(2 * kMinute);
        QVERIFY(a.tick());
        QCOMPARE(rowsOf(bench.log, id, EventKind::SignalTriggered).size(), 1);
        before = a.incident();
    }
    bench.setTime(12 * kMinute + 30 * kSecond);
    const qint64 rows = bench.log.count();
    for (int restart = 1; restart <= 2; ++restart) {
        ReversalSession b(bench.log, bench.clock, bench.kit);
        QVERIFY2(b.resume(id), qPrintable(b.errorString()));
        QCOMPARE(rowsOf(bench.log, id, EventKind::SignalTriggered).size(), 1);
        QCOMPARE(bench.log.count(), rows);
        compareIncidents(b.incident(), before);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(b.incident().obligations().size(), 1);
    }
}

void TestResume::resumeDoesNotRecordATickedClearAgain() {
    Bench bench;
    QVERIFY(bench.open());
    QString id;
    {
        ReversalSession a(bench.log, bench.clock, bench.kit);
        QVERIFY(a.start(liveSetup()));
        id = a.incident().id();
        for (int i = 0; i < 4; ++i) {
            bench.setTime(i * kMinute);
            QVERIFY(a.recordObservation(kP1));
        }
        bench.setTime(kHour);
        QVERIFY(a.tick()); // the first P1 leaves the window: cleared at +1:00:00
        QCOMPARE(rowsOf(bench.log, id, EventKind::SignalCleared).size(), 1);
    }
    bench.setTime(kHour + 10 * kMinute);
    const qint64 rows = bench.log.count();
    ReversalSession b(bench.log, bench.clock, bench.kit);
    QVERIFY2(b.resume(id), qPrintable(b.errorString()));
    QCOMPARE(rowsOf(bench.log, id, EventKind::SignalCleared).size(), 1);
    QCOMPARE(bench.log.count(), rows);
    QCOMPARE(b.engine().status(kP1).phase, SignalPhase::Quiet);
}

void TestResume::forTriggerThatFellDueWhileClosedIsRecordedAtItsInstant() {
    Bench bench;
    QVERIFY(bench.open());
    QString id;
    {
        ReversalSession a(bench.log, bench.clock, bench.kit);
        QVERIFY(a.start(liveSetup()));
        id = a.incident().id();
        QVERIFY(a.recordObservation(kErrorRate, 6.0));
        bench.setTime(kMinute);
        QVERIFY(a.tick());
        QVERIFY(rowsOf(bench.log, id, EventKind::SignalTriggered).isEmpty());
    } // closed at +1:00, one minute before the wait ends

    bench.setTime(11 * kMinute);
    ReversalSession b(bench.log, bench.clock, bench.kit);
    QVERIFY2(b.resume(id), qPrintable(b.errorString()));
    const QList<AuditRecord> triggers = rowsOf(bench.log, id, EventKind::SignalTriggered);
    QCOMPARE(triggers.size(), 1);
    QCOMPARE(triggers.first().atUtc, utcText(11 * kMinute));
    const QJsonObject p = payloadOf(triggers.first());
    QCOMPARE(p.value(QStringLiteral("at")).toString(), QStringLiteral("2026-03-14T09:02:00.000Z"));
    QCOMPARE(p.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-03-14T09:07:00.000Z"));
    const QList<AuditRecord> levels = rowsOf(bench.log, id, EventKind::LevelChanged);
    QCOMPARE(levels.size(), 1);
    QCOMPARE(payloadOf(levels.first()).value(QStringLiteral("at")).toString(), utcText(2 * kMinute));
    QCOMPARE(b.incident().level(), Level::Slow);
    QCOMPARE(b.incident().levelSince(), at(2 * kMinute));

    const Countdown c = countdownFor(b.incident().latestObligation(kErrorRate), bench.clock.utcNow());
    QCOMPARE(c.phase, CountdownPhase::Overdue);
    QCOMPARE(c.remaining.count(), -4 * kMinute);
    QCOMPARE(c.text, QStringLiteral("OVERDUE +4:00"));

    // Resuming once more (another restart) finds it recorded and writes nothing.
    const qint64 rows = bench.log.count();
    ReversalSession c2(bench.log, bench.clock, bench.kit);
    QVERIFY(c2.resume(id));
    QCOMPARE(bench.log.count(), rows);
}

void TestResume::windowClearThatFellDueWhileClosedIsRecordedAtItsInstant() {
    Bench bench;
    QVERIFY(bench.open());
    QString id;
    {
        ReversalSession a(bench.log, bench.clock, bench.kit);
        QVERIFY(a.start(liveSetup()));
        id = a.incident().id();
        for (qint64 t : {qint64(0), 10 * kMinute, 20 * kMinute, 30 * kMinute}) {
            bench.setTime(t);
            QVERIFY(a.recordObservation(kP1));
        }
        QCOMPARE(a.incident().level(), Level::Stop);
    } // closed at +0:30

    bench.setTime(kHour + 25 * kMinute);
    ReversalSession b(bench.log, bench.clock, bench.kit);
    QVERIFY2(b.resume(id), qPrintable(b.errorString()));
    const QList<AuditRecord> clears = rowsOf(bench.log, id, EventKind::SignalCleared);
    QCOMPARE(clears.size(), 1);
    QCOMPARE(payloadOf(clears.first()).value(QStringLiteral("at")).toString(),
             QStringLiteral("2026-03-14T10:00:00.000Z"));
    QCOMPARE(b.incident().level(), Level::Stop);
    QVERIFY(b.incident().latestObligation(kP1)->signalCleared);
    QCOMPARE(b.engine().status(kP1).windowCount, 1); // only the P1 of +0:30 is left at +1:25
}

void TestResume::resumedSessionCarriesOnWithTheSameRubric() {
    Bench bench;
    QVERIFY(bench.open());
    QString id;
    {
        ReversalSession a(bench.log, bench.clock, bench.kit);
        QVERIFY(a.start(liveSetup()));
        id = a.incident().id();
        for (int i = 0; i < 3; ++i) {
            bench.setTime(i * kMinute);
            QVERIFY(a.recordObservation(kP1));
        }
        bench.setTime(5 * kMinute);
        QVERIFY(a.recordObservation(kErrorRate, 9.0));
    }
    bench.setTime(6 * kMinute);
    ReversalSession b(bench.log, bench.clock, bench.kit);
    QVERIFY(b.resume(id));
    QCOMPARE(b.engine().status(kP1).windowCount, 3);
    QCOMPARE(b.nextScheduledTransition(), std::optional<QDateTime>(at(7 * kMinute)));

    // The fourth P1, after the restart, is the fourth within the hour.
    QVERIFY(b.recordObservation(kP1));
    QCOMPARE(rowsOf(bench.log, id, EventKind::SignalTriggered).size(), 1);
    QCOMPARE(b.incident().level(), Level::Stop);
    // The error-rate wait that began before the restart still ends at +7:00.
    bench.setTime(7 * kMinute);
    QVERIFY(b.tick());
    const QList<AuditRecord> triggers = rowsOf(bench.log, id, EventKind::SignalTriggered);
    QCOMPARE(triggers.size(), 2);
    QCOMPARE(payloadOf(triggers.last()).value(QStringLiteral("at")).toString(), utcText(7 * kMinute));
    // Observations must still come in order after a restart.
    QVERIFY(!b.recordObservation(kErrorRate, 1.0, at(4 * kMinute)));
}

void TestResume::crashBetweenObservationAndItsTriggerIsRepairedOnce() {
    Bench bench;
    QVERIFY(bench.open());
    QString id;
    {
        ReversalSession a(bench.log, bench.clock, bench.kit);
        QVERIFY(a.start(liveSetup()));
        id = a.incident().id();
    }
    // The app wrote the observation and died before it could write what the rubric derived.
    bench.setTime(kMinute);
    QVERIFY(bench.log.append(
        {QStringLiteral("Ana"), EventKind::ObservationRecorded, kDataLoss, id,
         QJsonObject{{QStringLiteral("signal"), kDataLoss}, {QStringLiteral("observed_at"), utcText(kMinute)}}}));

    bench.setTime(5 * kMinute);
    {
        ReversalSession b(bench.log, bench.clock, bench.kit);
        QVERIFY2(b.resume(id), qPrintable(b.errorString()));
        QCOMPARE(b.incident().level(), Level::Reverse);
        QCOMPARE(b.incident().obligations().size(), 1);
        const Obligation& o = b.incident().obligations().first();
        QCOMPARE(o.triggeredAt, at(kMinute));
        QCOMPARE(o.deadline, at(kMinute));
        QCOMPARE(countdownFor(&o, bench.clock.utcNow()).text, QStringLiteral("OVERDUE +4:00"));
    }
    const QList<AuditRecord> triggers = rowsOf(bench.log, id, EventKind::SignalTriggered);
    QCOMPARE(triggers.size(), 1);
    QCOMPARE(triggers.first().atUtc, utcText(5 * kMinute));
    QCOMPARE(payloadOf(triggers.first()).value(QStringLiteral("at")).toString(), utcText(kMinute));
    QCOMPARE(rowsOf(bench.log, id, EventKind::LevelChanged).size(), 1);

    // A second restart finds nothing missing.
    bench.setTime(6 * kMinute);
    const qint64 rows = bench.log.count();
    ReversalSession c(bench.log, bench.clock, bench.kit);
    QVERIFY(c.resume(id));
    QCOMPARE(bench.log.count(), rows);
    QCOMPARE(rowsOf(bench.log, id, EventKind::SignalTriggered).size(), 1);
    QCOMPARE(c.incident().obligations().size(), 1);
}

void TestResume::crashBetweenTriggerAndItsLevelIsRepaired() {
    Bench bench;
    QVERIFY(bench.open());
    QString id;
    {
        ReversalSession a(bench.log, bench.clock, bench.kit);
        QVERIFY(a.start(liveSetup()));
        id = a.incident().id();
    }
    // Written: the observation and its trigger, exactly as the session writes them. Lost: the
    // LevelChanged that was to follow.
    bench.setTime(kMinute);
    QVERIFY(bench.log.append(
        {QStringLiteral("Ana"), EventKind::ObservationRecorded, kDataLoss, id,
         QJsonObject{{QStringLiteral("signal"), kDataLoss}, {QStringLiteral("observed_at"), utcText(kMinute)}}}));
    QVERIFY(
        bench.log.append({QStringLiteral("Ana"), EventKind::SignalTriggered, kDataLoss, id,
                          QJsonObject{{QStringLiteral("signal"), kDataLoss},
                                      {QStringLiteral("level"), QStringLiteral("reverse")},
                                      {QStringLiteral("at"), utcText(kMinute)},
                                      {QStringLiteral("owner"), QStringLiteral("service-owner")},
                                      {QStringLiteral("timer_ms"), 0},
                                      {QStringLiteral("deadline"), utcText(kMinute)},
                                      {QStringLiteral("notify"),
                                       QJsonArray({QStringLiteral("incident-commander"), QStringLiteral("policy-lead"),
                                                   QStringLiteral("communications-lead")})}}}));

    bench.setTime(5 * kMinute);
    ReversalSession b(bench.log, bench.clock, bench.kit);
    QVERIFY2(b.resume(id), qPrintable(b.errorString()));
    QCOMPARE(rowsOf(bench.log, id, EventKind::SignalTriggered).size(), 1);
    // A reverse signal has triggered and nobody decided otherwise: the incident is at reverse.
    QCOMPARE(b.incident().level(), Level::Reverse);
    const QList<AuditRecord> levels = rowsOf(bench.log, id, EventKind::LevelChanged);
    QCOMPARE(levels.size(), 1);
    QCOMPARE(payloadOf(levels.first()).value(QStringLiteral("cause")).toString(), QStringLiteral("resume"));
    QCOMPARE(payloadOf(levels.first()).value(QStringLiteral("from")).toString(), QStringLiteral("normal"));
    QCOMPARE(payloadOf(levels.first()).value(QStringLiteral("to")).toString(), QStringLiteral("reverse"));
}

void TestResume::clockSetBackBeforeARestartReplaysTheSameRubric() {
    Bench bench;
    QVERIFY(bench.open());
    QString id;
    std::optional<QDateTime> nextBefore;
    {
        ReversalSession a(bench.log, bench.clock, bench.kit);
        QVERIFY(a.start(liveSetup()));
        id = a.incident().id();
        QVERIFY(a.recordObservation(kErrorRate, 6.0));
        bench.setTime(2 * kMinute);
        QVERIFY(a.tick()); // the rubric is now at +2:00
        // The wall clock is set back a minute; four P1s arrive. The rubric counts them at its own
        // time, +2:00, so the trigger is at +2:00 and they leave the window at +1:02:00.
        bench.setTime(kMinute);
        for (int i = 0; i < 4; ++i)
            QVERIFY(a.recordObservation(kP1));
        const QList<AuditRecord> triggers = rowsOf(bench.log, id, EventKind::SignalTriggered);
        QCOMPARE(triggers.size(), 2);
        QCOMPARE(payloadOf(triggers.last()).value(QStringLiteral("at")).toString(), utcText(2 * kMinute));
        nextBefore = a.nextScheduledTransition();
        QCOMPARE(nextBefore, std::optional<QDateTime>(at(kHour + 2 * kMinute)));
    }
    // Restarted a few seconds later, the clock still a minute behind.
    bench.setTime(kMinute + 30 * kSecond);
    const qint64 rows = bench.log.count();
    ReversalSession b(bench.log, bench.clock, bench.kit);
    QVERIFY2(b.resume(id), qPrintable(b.errorString()));
    QCOMPARE(bench.log.count(), rows);
    QCOMPARE(b.engine().status(kErrorRate).phase, SignalPhase::Triggered);
    QCOMPARE(b.nextScheduledTransition(), nextBefore);
    bench.setTime(3 * kMinute);
    QVERIFY(b.tick());
    QCOMPARE(rowsOf(bench.log, id, EventKind::SignalTriggered).size(), 2);
}

void TestResume::openIncidentIdsListsOpenReversalsOnly() {
    Bench bench;
    QVERIFY(bench.open());
    QVERIFY(ReversalSession::openIncidentIds(bench.log).isEmpty());

    ReversalSession first(bench.log, bench.clock, bench.kit);
    QVERIFY(first.start(liveSetup()));
    bench.setTime(kMinute);
    ReversalSession second(bench.log, bench.clock, bench.kit);
    QVERIFY(second.start({QStringLiteral("Search v9"),
                          QStringLiteral("search"),
                          {QStringLiteral("Sam"), QStringLiteral("service-owner")},
                          true}));
    bench.setTime(2 * kMinute);
    ReversalSession third(bench.log, bench.clock, bench.kit);
    QVERIFY(third.start({QStringLiteral("Billing v4"),
                         QStringLiteral("billing"),
                         {QStringLiteral("Lee"), QStringLiteral("engineering-lead")},
                         false}));
    QVERIFY(first.incident().id() != second.incident().id());
    QVERIFY(second.incident().id() != third.incident().id());
    QCOMPARE(ReversalSession::openIncidentIds(bench.log),
             QStringList({first.incident().id(), second.incident().id(), third.incident().id()}));

    bench.setTime(3 * kMinute);
    QVERIFY(second.close(QStringLiteral("Drill over")));
    QCOMPARE(ReversalSession::openIncidentIds(bench.log), QStringList({first.incident().id(), third.incident().id()}));
    QVERIFY(first.close(QStringLiteral("Done")));
    QCOMPARE(ReversalSession::openIncidentIds(bench.log), QStringList({third.incident().id()}));
}

void TestResume::resumeAClosedReversalRecordsNothing() {
    Bench bench;
    QVERIFY(bench.open());
    QString id;
    {
        ReversalSession a(bench.log, bench.clock, bench.kit);
        QVERIFY(a.start(liveSetup()));
        id = a.incident().id();
        QVERIFY(a.recordObservation(kErrorRate, 9.0)); // would fire at +2:00, but the reversal ends first
        bench.setTime(kMinute);
        QVERIFY(a.close(QStringLiteral("False alarm")));
    }
    bench.setTime(30 * kMinute);
    const qint64 rows = bench.log.count();
    ReversalSession b(bench.log, bench.clock, bench.kit);
    QVERIFY2(b.resume(id), qPrintable(b.errorString()));
    QVERIFY(b.incident().isClosed());
    QCOMPARE(b.incident().closingSummary(), QStringLiteral("False alarm"));
    QVERIFY(b.tick());
    QCOMPARE(bench.log.count(), rows);
    QVERIFY(!b.recordObservation(kDataLoss));
    QCOMPARE(b.errorString(), QStringLiteral("This reversal is closed; nothing more can be recorded in it."));
    QVERIFY(!ReversalSession::openIncidentIds(bench.log).contains(id));
}

void TestResume::resumeWithAnotherKitFailsPlainly() {
    Bench bench;
    QVERIFY(bench.open());
    QString id;
    {
        ReversalSession a(bench.log, bench.clock, bench.kit);
        QVERIFY(a.start(liveSetup()));
        id = a.incident().id();
        QVERIFY(a.recordObservation(kErrorRate, 9.0));
    }
    QByteArray yaml = readText(QStringLiteral(TURNBACK_BASELINE_KIT)).toUtf8();
    QVERIFY(yaml.contains("\nid: baseline\n"));
    yaml.replace("\nid: baseline\n", "\nid: payments\n");
    const KitLoadResult other = KitLoader::loadFromBytes(yaml, QStringLiteral("payments.yaml"));
    QVERIFY(other.ok());

    bench.setTime(10 * kMinute);
    const qint64 rows = bench.log.count();
    ReversalSession b(bench.log, bench.clock, *other.kit);
    QVERIFY(!b.resume(id));
    QCOMPARE(b.errorString(), QStringLiteral("Reversal %1 was started with the kit 'baseline'; open that kit to resume "
                                             "it.")
                                  .arg(id));
    QVERIFY(!b.incident().isStarted());
    QCOMPARE(bench.log.count(), rows); // the due trigger is left for the right kit to record
    QVERIFY(b.tick());
    QCOMPARE(bench.log.count(), rows);
}

void TestResume::resumeOfAnUnknownIdFails() {
    Bench bench;
    QVERIFY(bench.open());
    QString id;
    {
        ReversalSession a(bench.log, bench.clock, bench.kit);
        QVERIFY(a.start(liveSetup()));
        id = a.incident().id();
    }
    ReversalSession b(bench.log, bench.clock, bench.kit);
    QVERIFY(!b.resume(QStringLiteral("rev-19990101-000000-dead")));
    QCOMPARE(b.errorString(), QStringLiteral("There is no reversal rev-19990101-000000-dead in this audit log."));
    QVERIFY(!b.incident().isStarted());

    QVERIFY(b.resume(id));
    QVERIFY(!b.resume(id));
    QCOMPARE(b.errorString(), QStringLiteral("A reversal is already running in this session."));
    ReversalSession c(bench.log, bench.clock, bench.kit);
    QVERIFY(c.start(liveSetup()));
    QVERIFY(!c.resume(id));
    QCOMPARE(c.errorString(), QStringLiteral("A reversal is already running in this session."));
}

QTEST_GUILESS_MAIN(TestResume)
#include "TestResume.moc"
