// ReversalSession records first and applies second (DESIGN.md section 3), derives triggers, clears
// and level changes from the rubric at their exact instants (section 4), and refuses what the kit
// or the state does not allow. A real SQLite audit log in a scratch folder, a simulated clock.

#include "AuditTrail.h"
#include "AuditVerifier.h"
#include "Countdown.h"
#include "IncidentFixtures.h"
#include "ReversalSession.h"
#include "SmallDisk.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace turnback;
using namespace turnback::test;

namespace {

/// The only signal a test cares about, by name.
const QString kErrorRate = QStringLiteral("error-rate");
const QString kP1 = QStringLiteral("p1-count");
const QString kDataLoss = QStringLiteral("data-loss");

} // namespace

class TestReversalSession : public QObject {
    Q_OBJECT
private slots:
    void startRefusesAnIncompleteSetup_data();
    void startRefusesAnIncompleteSetup();
    void startRecordsWhoWhatAndWhichKit();
    void nothingIsRecordedBeforeTheStart();
    void observationIsInTheLogBeforeTheStateChanges();
    void refusedObservationsRecordNothing();
    void forTwoMinutesFiresAtItsExactInstant_data();
    void forTwoMinutesFiresAtItsExactInstant();
    void aLaterSampleRecordsTheTimedTriggerAtItsInstant();
    void aBrokenConditionCancelsTheWait();
    void levelEnteredOnlyWhenTheLevelRises();
    void levelRisesStepByStep();
    void fourthP1WithinAnHourCallsForStop();
    void p1sSpreadOverMoreThanAnHourDoNotTrigger();
    void dataLossCallsForReverseWithAnImmediateDeadline();
    void decisionsNeedReasonsWhereTheKitSaysSo();
    void actingForAnotherOwnerIsRecorded();
    void deEscalateMustGoLower();
    void standingDownAfterEveryDecisionIsIn();
    void acknowledgeOnce();
    void confirmNotificationOncePerRole();
    void changeOperatorChangesTheActor();
    void closeNeedsASummaryAndRecordsWhatIsStillOpen();
    void nothingCanBeRecordedAfterClose();
    void exerciseModeMarksEveryPayload();
    void clockGoingBackwardsDoesNotRewindTheRubric();
    void failingLogRecordsNothingAndChangesNothing();
    void derivedEventsTheLogRefusedAreRetriedAtTheirInstants();
};

void TestReversalSession::startRefusesAnIncompleteSetup_data() {
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("error");
    QTest::newRow("no title") << ""
                              << "checkout"
                              << "Ana"
                              << "incident-commander"
                              << "Give the reversal a title.";
    QTest::newRow("blank title") << "  \t"
                                 << "checkout"
                                 << "Ana"
                                 << "incident-commander"
                                 << "Give the reversal a title.";
    QTest::newRow("no service") << "v2.3"
                                << " "
                                << "Ana"
                                << "incident-commander"
                                << "Name the service being reversed.";
    QTest::newRow("nobody") << "v2.3"
                            << "checkout"
                            << " "
                            << "incident-commander"
                            << "Say who is at the keyboard.";
    QTest::newRow("unknown role") << "v2.3"
                                  << "checkout"
                                  << "Ana"
                                  << "ceo"
                                  << "Choose your role from the kit's roles.";
    QTest::newRow("no role") << "v2.3"
                             << "checkout"
                             << "Ana"
                             << ""
                             << "Choose your role from the kit's roles.";
}

void TestReversalSession::startRefusesAnIncompleteSetup() {
    QFETCH(QString, title);
    QFETCH(QString, service);
    QFETCH(QString, name);
    QFETCH(QString, role);
    QFETCH(QString, error);
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QSignalSpy changed(&session, &ReversalSession::changed);
    QVERIFY(!session.start({title, service, {name, role}, false}));
    QCOMPARE(session.errorString(), error);
    QVERIFY(!session.incident().isStarted());
    QCOMPARE(bench.log.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestReversalSession::startRecordsWhoWhatAndWhichKit() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QSignalSpy changed(&session, &ReversalSession::changed);
    QVERIFY2(session.start({QStringLiteral("  Checkout v2.3 rollout "),
                            QStringLiteral(" checkout "),
                            {QStringLiteral(" Ana "), QStringLiteral("incident-commander")},
                            false}),
             qPrintable(session.errorString()));
    QCOMPARE(changed.count(), 1);
    const Incident& incident = session.incident();
    QVERIFY(QRegularExpression(QStringLiteral("^rev-20260314-090000-[0-9a-f]{4}$")).match(incident.id()).hasMatch());
    QCOMPARE(incident.title(), QStringLiteral("Checkout v2.3 rollout"));
    QCOMPARE(incident.service(), QStringLiteral("checkout"));
    QCOMPARE(incident.startedAt(), startInstant());
    QCOMPARE(incident.kitId(), QStringLiteral("baseline"));

    QCOMPARE(bench.log.count(), 1);
    const AuditRecord row = bench.log.records().first();
    QCOMPARE(row.kind, EventKind::ReversalStarted);
    QCOMPARE(row.actor, QStringLiteral("Ana"));
    QCOMPARE(row.target, QStringLiteral("checkout"));
    QCOMPARE(row.incident, incident.id());
    QCOMPARE(row.atUtc, utcText(0));
    const QJsonObject p = payloadOf(row);
    QCOMPARE(p.value(QStringLiteral("mode")).toString(), QStringLiteral("live"));
    QCOMPARE(p.value(QStringLiteral("kit_id")).toString(), QStringLiteral("baseline"));
    QCOMPARE(p.value(QStringLiteral("kit_file")).toString(), bench.kit.sourceFile);
    QCOMPARE(p.value(QStringLiteral("role")).toString(), QStringLiteral("incident-commander"));
    QCOMPARE(p.value(QStringLiteral("title")).toString(), QStringLiteral("Checkout v2.3 rollout"));
    // The id and the operator live in their own columns, not twice.
    QVERIFY(!p.contains(QStringLiteral("id")));
    QVERIFY(!p.contains(QStringLiteral("operator")));
    QVERIFY(!p.contains(QStringLiteral("exercise")));

    QVERIFY(!session.start(liveSetup()));
    QCOMPARE(session.errorString(), QStringLiteral("A reversal is already running in this session."));
    QCOMPARE(bench.log.count(), 1);
}

void TestReversalSession::nothingIsRecordedBeforeTheStart() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(!session.recordObservation(kDataLoss));
    QCOMPARE(session.errorString(), QStringLiteral("No reversal is running."));
    QVERIFY(!session.acknowledge(1));
    QVERIFY(!session.decide(1, Decision::CarryOut, {}));
    QVERIFY(!session.confirmNotification(1, QStringLiteral("policy-lead")));
    QVERIFY(!session.close(QStringLiteral("done")));
    QVERIFY(session.tick());
    QVERIFY(!session.nextScheduledTransition());
    QCOMPARE(bench.log.count(), 0);
}

void TestReversalSession::observationIsInTheLogBeforeTheStateChanges() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    // Whenever the state announces a change, the row that caused it is already the log's head:
    // the in-memory incident never runs ahead of the record.
    int checks = 0;
    connect(&session, &ReversalSession::changed, this, [&] {
        ++checks;
        QCOMPARE(session.incident().timeline().last().seq, bench.log.headSeq());
        QCOMPARE(bench.log.records().last().kind, session.incident().timeline().last().kind);
    });
    QVERIFY(session.start(liveSetup()));
    const qint64 before = bench.log.count();

    bench.setTime(10 * kSecond);
    QVERIFY(session.recordObservation(kErrorRate, 3.5));
    QCOMPARE(bench.log.count(), before + 1);
    const AuditRecord row = bench.log.records().last();
    QCOMPARE(row.kind, EventKind::ObservationRecorded);
    QCOMPARE(row.target, kErrorRate);
    QCOMPARE(row.actor, QStringLiteral("Ana"));
    QCOMPARE(row.atUtc, utcText(10 * kSecond));
    QCOMPARE(payloadOf(row).value(QStringLiteral("value")).toDouble(), 3.5);
    QCOMPARE(payloadOf(row).value(QStringLiteral("observed_at")).toString(), utcText(10 * kSecond));
    QCOMPARE(session.incident().observations().value(kErrorRate).value, std::optional<double>(3.5));
    QCOMPARE(session.engine().status(kErrorRate).latestValue, std::optional<double>(3.5));

    // An import at an earlier instant keeps its own time in the payload.
    bench.setTime(40 * kSecond);
    QVERIFY(session.recordObservation(kP1, 7.0, at(30 * kSecond)));
    const AuditRecord imported = bench.log.records().last();
    QCOMPARE(imported.atUtc, utcText(40 * kSecond));
    QCOMPARE(payloadOf(imported).value(QStringLiteral("observed_at")).toString(), utcText(30 * kSecond));
    QVERIFY(!payloadOf(imported).contains(QStringLiteral("value"))); // a count has no value
    QCOMPARE(session.engine().status(kP1).windowCount, 1);
    QCOMPARE(checks, 3);
}

void TestReversalSession::refusedObservationsRecordNothing() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    bench.setTime(kMinute);
    QVERIFY(session.recordObservation(kErrorRate, 2.0));
    const qint64 rows = bench.log.count();
    QSignalSpy changed(&session, &ReversalSession::changed);

    QVERIFY(!session.recordObservation(QStringLiteral("cpu")));
    QCOMPARE(session.errorString(), QStringLiteral("The kit has no signal 'cpu'."));
    QVERIFY(!session.recordObservation(kErrorRate));
    QCOMPARE(session.errorString(), QStringLiteral("Error rate spike needs a number."));
    QVERIFY(!session.recordObservation(kErrorRate, std::numeric_limits<double>::quiet_NaN()));
    QCOMPARE(session.errorString(), QStringLiteral("Error rate spike needs a number."));
    QVERIFY(!session.recordObservation(kErrorRate, std::numeric_limits<double>::infinity()));
    QVERIFY(!session.recordObservation(kErrorRate, 9.0, at(kMinute + 1)));
    QCOMPARE(session.errorString(),
             QStringLiteral("An observation cannot be in the future (2026-03-14T09:01:00.001Z)."));
    QVERIFY(!session.recordObservation(kErrorRate, 9.0, at(kMinute - 1)));
    QCOMPARE(session.errorString(),
             QStringLiteral("Observations must be in time order: 2026-03-14T09:00:59.999Z is before the last one."));
    QVERIFY(!session.recordObservation(kErrorRate, 9.0, at(-kMinute)));

    QCOMPARE(bench.log.count(), rows);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(session.engine().status(kErrorRate).latestValue, std::optional<double>(2.0));
    QCOMPARE(session.incident().observations().value(kErrorRate).occurrences, 1);
}

void TestReversalSession::forTwoMinutesFiresAtItsExactInstant_data() {
    QTest::addColumn<qint64>("tickMs");
    QTest::newRow("tick at +2:00.000") << 2 * kMinute;
    QTest::newRow("tick at +2:07.000") << 2 * kMinute + 7 * kSecond;
    QTest::newRow("tick at +45:00 (laptop asleep)") << 45 * kMinute;
}

void TestReversalSession::forTwoMinutesFiresAtItsExactInstant() {
    QFETCH(qint64, tickMs);
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QVERIFY(session.recordObservation(kErrorRate, 6.0));
    QCOMPARE(session.nextScheduledTransition(), std::optional<QDateTime>(at(2 * kMinute)));

    bench.setTime(2 * kMinute - 1);
    QVERIFY(session.tick());
    QVERIFY(rowsOf(bench.log, id, EventKind::SignalTriggered).isEmpty());
    QCOMPARE(session.incident().level(), Level::Normal);
    QCOMPARE(session.engine().status(kErrorRate).phase, SignalPhase::Pending);

    bench.setTime(tickMs);
    QVERIFY(session.tick());
    const QList<AuditRecord> triggers = rowsOf(bench.log, id, EventKind::SignalTriggered);
    QCOMPARE(triggers.size(), 1);
    const AuditRecord& row = triggers.first();
    QCOMPARE(row.atUtc, utcText(tickMs)); // written when it was noticed...
    const QJsonObject p = payloadOf(row);
    QCOMPARE(p.value(QStringLiteral("at")).toString(),
             QStringLiteral("2026-03-14T09:02:00.000Z")); // ...for when it happened
    QCOMPARE(p.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-03-14T09:07:00.000Z"));
    QCOMPARE(p.value(QStringLiteral("timer_ms")).toInteger(), 5 * kMinute);
    QCOMPARE(p.value(QStringLiteral("level")).toString(), QStringLiteral("slow"));
    QCOMPARE(p.value(QStringLiteral("owner")).toString(), QStringLiteral("engineering-lead"));
    QCOMPARE(p.value(QStringLiteral("signal")).toString(), kErrorRate);
    QCOMPARE(p.value(QStringLiteral("notify")).toArray(),
             QJsonArray({QStringLiteral("incident-commander"), QStringLiteral("service-owner")}));

    const QList<AuditRecord> levels = rowsOf(bench.log, id, EventKind::LevelEntered);
    QCOMPARE(levels.size(), 1);
    QCOMPARE(levels.first().seq, row.seq + 1);
    QCOMPARE(payloadOf(levels.first()).value(QStringLiteral("level")).toString(), QStringLiteral("slow"));
    QCOMPARE(payloadOf(levels.first()).value(QStringLiteral("from")).toString(), QStringLiteral("normal"));
    QCOMPARE(payloadOf(levels.first()).value(QStringLiteral("at")).toString(), utcText(2 * kMinute));

    const Incident& incident = session.incident();
    QCOMPARE(incident.level(), Level::Slow);
    QCOMPARE(incident.levelSince(), at(2 * kMinute));
    QCOMPARE(incident.obligations().size(), 1);
    const Obligation& o = incident.obligations().first();
    QCOMPARE(o.id, row.seq);
    QCOMPARE(o.triggeredAt, at(2 * kMinute));
    QCOMPARE(o.deadline, at(7 * kMinute));
    QCOMPARE(countdownFor(&o, bench.clock.utcNow()).remaining.count(), 7 * kMinute - tickMs);
    QCOMPARE(session.engine().status(kErrorRate).phase, SignalPhase::Triggered);
    QVERIFY(!session.nextScheduledTransition());

    // Ticking again records nothing more.
    const qint64 rows = bench.log.count();
    bench.clock.advance(std::chrono::minutes(3));
    QVERIFY(session.tick());
    QCOMPARE(bench.log.count(), rows);
}

void TestReversalSession::aLaterSampleRecordsTheTimedTriggerAtItsInstant() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QVERIFY(session.recordObservation(kErrorRate, 6.0));
    // No tick ran; the next sample, at +3:00, still breaks the condition. The trigger is recorded
    // for +2:00 and the clear for +3:00, after the sample that revealed both.
    bench.setTime(3 * kMinute);
    QVERIFY(session.recordObservation(kErrorRate, 1.0));
    const QList<AuditRecord> rows = rowsOf(bench.log, id);
    QStringList kinds;
    for (const AuditRecord& r : rows)
        kinds << r.kind;
    QCOMPARE(kinds,
             QStringList({EventKind::ReversalStarted, EventKind::ObservationRecorded, EventKind::ObservationRecorded,
                          EventKind::SignalTriggered, EventKind::LevelEntered, EventKind::SignalCleared}));
    QCOMPARE(payloadOf(rows.at(3)).value(QStringLiteral("at")).toString(), utcText(2 * kMinute));
    QCOMPARE(payloadOf(rows.at(3)).value(QStringLiteral("deadline")).toString(), utcText(7 * kMinute));
    QCOMPARE(payloadOf(rows.at(5)).value(QStringLiteral("at")).toString(), utcText(3 * kMinute));
    QCOMPARE(session.incident().level(), Level::Slow); // the clear does not lower it
    QVERIFY(session.incident().obligations().first().signalCleared);
    QVERIFY(session.incident().obligations().first().isOpen());
}

void TestReversalSession::aBrokenConditionCancelsTheWait() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QVERIFY(session.recordObservation(kErrorRate, 6.0));
    bench.setTime(90 * kSecond);
    QVERIFY(session.recordObservation(kErrorRate, 5.0)); // not > 5%
    QVERIFY(!session.nextScheduledTransition());
    bench.setTime(10 * kMinute);
    QVERIFY(session.tick());
    QVERIFY(rowsOf(bench.log, id, EventKind::SignalTriggered).isEmpty());
    // A new wait starts from the next bad sample.
    QVERIFY(session.recordObservation(kErrorRate, 8.0));
    QCOMPARE(session.nextScheduledTransition(), std::optional<QDateTime>(at(12 * kMinute)));
}

void TestReversalSession::levelEnteredOnlyWhenTheLevelRises() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();

    QVERIFY(session.recordObservation(kErrorRate, 7.0));
    bench.setTime(kMinute);
    QVERIFY(session.recordObservation(kDataLoss));
    QCOMPARE(session.incident().level(), Level::Reverse);
    QCOMPARE(rowsOf(bench.log, id, EventKind::LevelEntered).size(), 1);

    // Slow and stop fire later; the incident is already at reverse, so neither enters a level.
    bench.setTime(3 * kMinute);
    QVERIFY(session.tick());
    for (int i = 0; i < 4; ++i) {
        bench.setTime(4 * kMinute + i * kSecond);
        QVERIFY(session.recordObservation(kP1));
    }
    QCOMPARE(rowsOf(bench.log, id, EventKind::SignalTriggered).size(), 3);
    const QList<AuditRecord> levels = rowsOf(bench.log, id, EventKind::LevelEntered);
    QCOMPARE(levels.size(), 1);
    QCOMPARE(payloadOf(levels.first()).value(QStringLiteral("level")).toString(), QStringLiteral("reverse"));
    QCOMPARE(payloadOf(levels.first()).value(QStringLiteral("signal")).toString(), kDataLoss);
    QCOMPARE(session.incident().level(), Level::Reverse);
    QCOMPARE(session.incident().levelSince(), at(kMinute));
}

void TestReversalSession::levelRisesStepByStep() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QVERIFY(session.recordObservation(kErrorRate, 7.0));
    bench.setTime(2 * kMinute);
    QVERIFY(session.tick());
    for (int i = 1; i <= 4; ++i) {
        bench.setTime(2 * kMinute + i * kSecond);
        QVERIFY(session.recordObservation(kP1));
    }
    const QList<AuditRecord> levels = rowsOf(bench.log, id, EventKind::LevelEntered);
    QCOMPARE(levels.size(), 2);
    QCOMPARE(payloadOf(levels.at(1)).value(QStringLiteral("level")).toString(), QStringLiteral("stop"));
    QCOMPARE(payloadOf(levels.at(1)).value(QStringLiteral("from")).toString(), QStringLiteral("slow"));
    QCOMPARE(session.incident().level(), Level::Stop);
    QCOMPARE(session.incident().levelSince(), at(2 * kMinute + 4 * kSecond));
}

void TestReversalSession::fourthP1WithinAnHourCallsForStop() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    for (qint64 t : {qint64(0), 20 * kMinute, 40 * kMinute}) {
        bench.setTime(t);
        QVERIFY(session.recordObservation(kP1));
    }
    QVERIFY(rowsOf(bench.log, id, EventKind::SignalTriggered).isEmpty());
    QCOMPARE(session.engine().status(kP1).windowCount, 3);

    const qint64 fourth = kHour - 1; // the first is still inside (fourth - 1 h, fourth]
    bench.setTime(fourth);
    QVERIFY(session.recordObservation(kP1));
    const QList<AuditRecord> triggers = rowsOf(bench.log, id, EventKind::SignalTriggered);
    QCOMPARE(triggers.size(), 1);
    const QJsonObject p = payloadOf(triggers.first());
    QCOMPARE(p.value(QStringLiteral("level")).toString(), QStringLiteral("stop"));
    QCOMPARE(p.value(QStringLiteral("owner")).toString(), QStringLiteral("incident-commander"));
    QCOMPARE(p.value(QStringLiteral("at")).toString(), utcText(fourth));
    QCOMPARE(p.value(QStringLiteral("deadline")).toString(), utcText(fourth + 2 * kMinute));
    QCOMPARE(p.value(QStringLiteral("timer_ms")).toInteger(), 2 * kMinute);
    QCOMPARE(session.incident().level(), Level::Stop);

    // One millisecond later the first P1 leaves the window: the signal clears at exactly +1:00:00,
    // recorded by a tick five minutes late; the level stays at stop.
    QCOMPARE(session.nextScheduledTransition(), std::optional<QDateTime>(at(kHour)));
    bench.setTime(kHour + 5 * kMinute);
    QVERIFY(session.tick());
    const QList<AuditRecord> clears = rowsOf(bench.log, id, EventKind::SignalCleared);
    QCOMPARE(clears.size(), 1);
    QCOMPARE(payloadOf(clears.first()).value(QStringLiteral("at")).toString(),
             QStringLiteral("2026-03-14T10:00:00.000Z"));
    QCOMPARE(clears.first().atUtc, utcText(kHour + 5 * kMinute));
    QCOMPARE(session.incident().level(), Level::Stop);
    const Obligation* o = session.incident().latestObligation(kP1);
    QVERIFY(o && o->signalCleared && o->isOpen());
}

void TestReversalSession::p1sSpreadOverMoreThanAnHourDoNotTrigger() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    for (qint64 t : {qint64(0), 20 * kMinute, 40 * kMinute, kHour}) {
        bench.setTime(t);
        QVERIFY(session.recordObservation(kP1));
    }
    QVERIFY(rowsOf(bench.log, session.incident().id(), EventKind::SignalTriggered).isEmpty());
    QCOMPARE(session.incident().level(), Level::Normal);
}

void TestReversalSession::dataLossCallsForReverseWithAnImmediateDeadline() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    bench.setTime(kMinute + 250);
    QVERIFY(session.recordObservation(kDataLoss, 42.0)); // a value on an "any" signal is dropped
    const QList<AuditRecord> observed = rowsOf(bench.log, id, EventKind::ObservationRecorded);
    QVERIFY(!payloadOf(observed.first()).contains(QStringLiteral("value")));

    const QList<AuditRecord> triggers = rowsOf(bench.log, id, EventKind::SignalTriggered);
    QCOMPARE(triggers.size(), 1);
    const QJsonObject p = payloadOf(triggers.first());
    QCOMPARE(p.value(QStringLiteral("level")).toString(), QStringLiteral("reverse"));
    QCOMPARE(p.value(QStringLiteral("owner")).toString(), QStringLiteral("service-owner"));
    QCOMPARE(p.value(QStringLiteral("timer_ms")).toInteger(), 0);
    QCOMPARE(p.value(QStringLiteral("at")).toString(), utcText(kMinute + 250));
    QCOMPARE(p.value(QStringLiteral("deadline")).toString(), utcText(kMinute + 250));
    QCOMPARE(p.value(QStringLiteral("notify")).toArray(),
             QJsonArray({QStringLiteral("incident-commander"), QStringLiteral("policy-lead"),
                         QStringLiteral("communications-lead")}));
    QCOMPARE(session.incident().level(), Level::Reverse);
    const Obligation* o = session.incident().nextOwed();
    QVERIFY(o);
    QCOMPARE(o->signalId, kDataLoss);
    const Countdown c = countdownFor(o, bench.clock.utcNow());
    QCOMPARE(c.phase, CountdownPhase::Overdue);
    QCOMPARE(c.text, QStringLiteral("OVERDUE +0:00"));
    // An "any" signal fires once: a second loss is recorded but owes nothing new.
    bench.setTime(2 * kMinute);
    QVERIFY(session.recordObservation(kDataLoss));
    QCOMPARE(rowsOf(bench.log, id, EventKind::SignalTriggered).size(), 1);
    QCOMPARE(session.incident().observations().value(kDataLoss).occurrences, 2);
}

void TestReversalSession::decisionsNeedReasonsWhereTheKitSaysSo() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start({QStringLiteral("v2.3"),
                           QStringLiteral("checkout"),
                           {QStringLiteral("Lee"), QStringLiteral("engineering-lead")},
                           false}));
    const QString id = session.incident().id();
    QVERIFY(session.recordObservation(kErrorRate, 7.0));
    bench.setTime(2 * kMinute);
    QVERIFY(session.tick());
    const qint64 ob = session.incident().latestObligation(kErrorRate)->id;
    const qint64 rows = bench.log.count();

    QVERIFY(!session.decide(ob, Decision::Hold, QStringLiteral("   ")));
    QCOMPARE(session.errorString(), QStringLiteral("Say why you are holding."));
    QVERIFY(!session.decide(ob, Decision::DeEscalate, {}, Level::Normal));
    QCOMPARE(session.errorString(), QStringLiteral("Say why you are de-escalating."));
    QVERIFY(!session.decide(999, Decision::CarryOut, {}));
    QCOMPARE(session.errorString(), QStringLiteral("There is no open decision there."));
    QCOMPARE(bench.log.count(), rows);

    // The owner holds, with a reason: recorded with role and reason; the level stays.
    bench.setTime(3 * kMinute);
    QVERIFY2(session.decide(ob, Decision::Hold, QStringLiteral("  Watching the canary  ")),
             qPrintable(session.errorString()));
    const AuditRecord row = rowsOf(bench.log, id, EventKind::DecisionRecorded).first();
    QCOMPARE(row.actor, QStringLiteral("Lee"));
    QCOMPARE(row.atUtc, utcText(3 * kMinute));
    const QJsonObject p = payloadOf(row);
    QCOMPARE(p.value(QStringLiteral("decision")).toString(), QStringLiteral("hold"));
    QCOMPARE(p.value(QStringLiteral("reason")).toString(), QStringLiteral("Watching the canary"));
    QCOMPARE(p.value(QStringLiteral("role")).toString(), QStringLiteral("engineering-lead"));
    QCOMPARE(p.value(QStringLiteral("obligation")).toInteger(), ob);
    QVERIFY(!p.contains(QStringLiteral("on_behalf_of")));
    QCOMPARE(session.incident().level(), Level::Slow);
    QVERIFY(!session.incident().obligation(ob)->isOpen());

    // Decided once is decided.
    QVERIFY(!session.decide(ob, Decision::CarryOut, {}));
    QCOMPARE(session.errorString(), QStringLiteral("There is no open decision there."));
}

void TestReversalSession::actingForAnotherOwnerIsRecorded() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup())); // Ana, incident commander
    const QString id = session.incident().id();
    bench.setTime(kMinute);
    QVERIFY(session.recordObservation(kDataLoss));
    const qint64 ob = session.incident().latestObligation(kDataLoss)->id;

    // The service owner owns data loss; the commander must say why she decides for them.
    QVERIFY(!session.decide(ob, Decision::CarryOut, QStringLiteral(" ")));
    QCOMPARE(session.errorString(), QStringLiteral("You are acting for the Service owner: say why."));
    QVERIFY(rowsOf(bench.log, id, EventKind::DecisionRecorded).isEmpty());

    QVERIFY(session.decide(ob, Decision::CarryOut, QStringLiteral("Service owner unreachable for 10 min")));
    const QJsonObject p = payloadOf(rowsOf(bench.log, id, EventKind::DecisionRecorded).first());
    QCOMPARE(p.value(QStringLiteral("on_behalf_of")).toString(), QStringLiteral("service-owner"));
    QCOMPARE(p.value(QStringLiteral("role")).toString(), QStringLiteral("incident-commander"));
    QCOMPARE(p.value(QStringLiteral("decision")).toString(), QStringLiteral("carry-out"));
    const Obligation* o = session.incident().obligation(ob);
    QCOMPARE(o->decidedBy, QStringLiteral("Ana"));
    QCOMPARE(o->decidedByRole, QStringLiteral("incident-commander"));
    QVERIFY(session.incident().timeline().last().text.contains(QStringLiteral("acting for service-owner")));

    // The owner themself carries out with no reason needed.
    bench.setTime(2 * kMinute);
    QVERIFY(session.recordObservation(QStringLiteral("regulator-inquiry")));
    QVERIFY(session.changeOperator({QStringLiteral("Pat"), QStringLiteral("policy-lead")}));
    const qint64 inquiry = session.incident().latestObligation(QStringLiteral("regulator-inquiry"))->id;
    QVERIFY2(session.decide(inquiry, Decision::CarryOut, {}), qPrintable(session.errorString()));
    const QJsonObject own = payloadOf(rowsOf(bench.log, id, EventKind::DecisionRecorded).last());
    QVERIFY(!own.contains(QStringLiteral("on_behalf_of")));
    QCOMPARE(own.value(QStringLiteral("role")).toString(), QStringLiteral("policy-lead"));
}

void TestReversalSession::deEscalateMustGoLower() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start({QStringLiteral("v2.3"),
                           QStringLiteral("checkout"),
                           {QStringLiteral("Sam"), QStringLiteral("service-owner")},
                           false}));
    const QString id = session.incident().id();
    bench.setTime(kMinute);
    QVERIFY(session.recordObservation(kDataLoss));
    const qint64 ob = session.incident().latestObligation(kDataLoss)->id;
    const QString why = QStringLiteral("Display bug, no data lost");

    QVERIFY(!session.decide(ob, Decision::DeEscalate, why));
    QCOMPARE(session.errorString(), QStringLiteral("Choose a level below the current one to de-escalate to."));
    QVERIFY(!session.decide(ob, Decision::DeEscalate, why, Level::Reverse));
    QCOMPARE(session.errorString(), QStringLiteral("Choose a level below the current one to de-escalate to."));
    QVERIFY(rowsOf(bench.log, id, EventKind::DecisionRecorded).isEmpty());

    bench.setTime(2 * kMinute);
    QVERIFY(session.decide(ob, Decision::DeEscalate, why, Level::Slow));
    const QJsonObject p = payloadOf(rowsOf(bench.log, id, EventKind::DecisionRecorded).first());
    QCOMPARE(p.value(QStringLiteral("decision")).toString(), QStringLiteral("de-escalate"));
    QCOMPARE(p.value(QStringLiteral("level")).toString(), QStringLiteral("slow"));
    QCOMPARE(session.incident().level(), Level::Slow);
    QCOMPARE(session.incident().levelSince(), at(2 * kMinute));
    // No LevelEntered for going down: the decision is the record of it.
    QCOMPARE(rowsOf(bench.log, id, EventKind::LevelEntered).size(), 1);

    // A later stop signal raises it again, from slow.
    for (int i = 0; i < 4; ++i) {
        bench.setTime(3 * kMinute + i * kSecond);
        QVERIFY(session.recordObservation(kP1));
    }
    QCOMPARE(session.incident().level(), Level::Stop);
    const QJsonObject entered = payloadOf(rowsOf(bench.log, id, EventKind::LevelEntered).last());
    QCOMPARE(entered.value(QStringLiteral("from")).toString(), QStringLiteral("slow"));
    QCOMPARE(entered.value(QStringLiteral("level")).toString(), QStringLiteral("stop"));
}

void TestReversalSession::acknowledgeOnce() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    bench.setTime(kMinute);
    QVERIFY(session.recordObservation(kDataLoss));
    const qint64 ob = session.incident().latestObligation(kDataLoss)->id;
    bench.setTime(kMinute + 20 * kSecond);
    QVERIFY(session.acknowledge(ob));
    const AuditRecord row = rowsOf(bench.log, id, EventKind::OwnerAcknowledged).first();
    QCOMPARE(row.actor, QStringLiteral("Ana"));
    QCOMPARE(payloadOf(row).value(QStringLiteral("obligation")).toInteger(), ob);
    QCOMPARE(session.incident().obligation(ob)->acknowledgedAt, std::optional<QDateTime>(at(kMinute + 20 * kSecond)));

    QVERIFY(!session.acknowledge(ob));
    QCOMPARE(session.errorString(), QStringLiteral("data-loss was already acknowledged by Ana."));
    QVERIFY(!session.acknowledge(ob + 1000));
    QCOMPARE(session.errorString(), QStringLiteral("There is nothing open to acknowledge there."));
    QCOMPARE(rowsOf(bench.log, id, EventKind::OwnerAcknowledged).size(), 1);
}

void TestReversalSession::confirmNotificationOncePerRole() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    bench.setTime(kMinute);
    QVERIFY(session.recordObservation(kDataLoss));
    const qint64 ob = session.incident().latestObligation(kDataLoss)->id;

    bench.setTime(90 * kSecond);
    QVERIFY(session.confirmNotification(ob, QStringLiteral("policy-lead")));
    const AuditRecord row = rowsOf(bench.log, id, EventKind::NotificationConfirmed).first();
    QCOMPARE(row.actor, QStringLiteral("Ana"));
    QCOMPARE(row.target, QStringLiteral("policy-lead"));
    QCOMPARE(row.atUtc, utcText(90 * kSecond));
    const QJsonObject p = payloadOf(row);
    QCOMPARE(p.value(QStringLiteral("told")).toString(), QStringLiteral("policy-lead"));
    QCOMPARE(p.value(QStringLiteral("obligation")).toInteger(), ob);
    QCOMPARE(p.value(QStringLiteral("signal")).toString(), kDataLoss);
    QCOMPARE(p.value(QStringLiteral("role")).toString(), QStringLiteral("incident-commander"));
    const NotificationItem& item = session.incident().obligation(ob)->notifications.at(1);
    QCOMPARE(item.confirmedAt, std::optional<QDateTime>(at(90 * kSecond)));
    QCOMPARE(item.confirmedBy, QStringLiteral("Ana"));

    bench.setTime(2 * kMinute);
    QVERIFY(!session.confirmNotification(ob, QStringLiteral("policy-lead")));
    QVERIFY2(session.errorString().startsWith(QStringLiteral("Policy lead was already told, at ")),
             qPrintable(session.errorString()));
    QVERIFY(!session.confirmNotification(ob, QStringLiteral("engineering-lead")));
    QCOMPARE(session.errorString(), QStringLiteral("Engineering lead is not on this notification list."));
    QVERIFY(!session.confirmNotification(ob, QStringLiteral("nobody")));
    QCOMPARE(session.errorString(), QStringLiteral("nobody is not on this notification list."));
    QVERIFY(!session.confirmNotification(ob + 1000, QStringLiteral("policy-lead")));
    QCOMPARE(session.errorString(), QStringLiteral("There is no such notification list."));
    QCOMPARE(rowsOf(bench.log, id, EventKind::NotificationConfirmed).size(), 1);
    QCOMPARE(session.incident().obligation(ob)->unconfirmedNotifications(), 2);
}

void TestReversalSession::changeOperatorChangesTheActor() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QVERIFY(!session.changeOperator({QStringLiteral("Sam"), QStringLiteral("janitor")}));
    QCOMPARE(session.errorString(), QStringLiteral("Give a name and one of the kit's roles."));
    QVERIFY(!session.changeOperator({QStringLiteral(" "), QStringLiteral("service-owner")}));
    QVERIFY(session.changeOperator({QStringLiteral(" Sam "), QStringLiteral("service-owner")}));
    const AuditRecord row = rowsOf(bench.log, id, EventKind::OperatorChanged).first();
    QCOMPARE(row.actor, QStringLiteral("Ana")); // the hand-over is recorded by who hands over
    QCOMPARE(payloadOf(row).value(QStringLiteral("name")).toString(), QStringLiteral("Sam"));
    QCOMPARE(payloadOf(row).value(QStringLiteral("previous")).toString(), QStringLiteral("Ana"));
    QCOMPARE(payloadOf(row).value(QStringLiteral("previous_role")).toString(), QStringLiteral("incident-commander"));
    QVERIFY(session.recordObservation(kDataLoss));
    for (const AuditRecord& r : rowsOf(bench.log, id).mid(2))
        QCOMPARE(r.actor, QStringLiteral("Sam"));
}

void TestReversalSession::closeNeedsASummaryAndRecordsWhatIsStillOpen() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    bench.setTime(kMinute);
    QVERIFY(session.recordObservation(kDataLoss));
    QVERIFY(session.decide(session.incident().latestObligation(kDataLoss)->id, Decision::CarryOut,
                           QStringLiteral("Owner unreachable")));
    QVERIFY(session.recordObservation(kErrorRate, 9.0));

    bench.setTime(150 * kSecond);
    QVERIFY(!session.close(QStringLiteral("  ")));
    QCOMPARE(session.errorString(), QStringLiteral("Write a one-line summary before closing."));
    QVERIFY(rowsOf(bench.log, id, EventKind::ReversalClosed).isEmpty());
    QVERIFY(!session.incident().isClosed());

    // Closing first records what fell due (the error-rate wait ended at +3:00), so the summary
    // counts it as still owed.
    bench.setTime(5 * kMinute);
    QVERIFY(session.close(QStringLiteral(" Rolled back to v2.2 ")));
    const QList<AuditRecord> rows = rowsOf(bench.log, id);
    QCOMPARE(rows.last().kind, EventKind::ReversalClosed);
    const QJsonObject p = payloadOf(rows.last());
    QCOMPARE(p.value(QStringLiteral("summary")).toString(), QStringLiteral("Rolled back to v2.2"));
    QCOMPARE(p.value(QStringLiteral("level")).toString(), QStringLiteral("reverse"));
    QCOMPARE(p.value(QStringLiteral("open_obligations")).toInt(), 1);
    const QList<AuditRecord> triggers = rowsOf(bench.log, id, EventKind::SignalTriggered);
    QCOMPARE(triggers.size(), 2);
    QCOMPARE(payloadOf(triggers.last()).value(QStringLiteral("at")).toString(), utcText(3 * kMinute));
    QVERIFY(session.incident().isClosed());
    QCOMPARE(session.incident().closedAt(), std::optional<QDateTime>(at(5 * kMinute)));
    QCOMPARE(session.incident().closingSummary(), QStringLiteral("Rolled back to v2.2"));
    QVERIFY(ReversalSession::openIncidentIds(bench.log).isEmpty());
}

void TestReversalSession::nothingCanBeRecordedAfterClose() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    QVERIFY(session.recordObservation(kErrorRate, 9.0)); // a wait that would end at +2:00
    bench.setTime(kMinute);
    QVERIFY(session.recordObservation(kDataLoss));
    const qint64 ob = session.incident().latestObligation(kDataLoss)->id;
    QVERIFY(session.close(QStringLiteral("Rolled back")));
    const qint64 rows = bench.log.count();
    QVERIFY(!session.nextScheduledTransition());

    const QString closed = QStringLiteral("This reversal is closed; nothing more can be recorded in it.");
    bench.setTime(10 * kMinute);
    QVERIFY(!session.recordObservation(kP1));
    QCOMPARE(session.errorString(), closed);
    QVERIFY(!session.acknowledge(ob));
    QCOMPARE(session.errorString(), closed);
    QVERIFY(!session.confirmNotification(ob, QStringLiteral("policy-lead")));
    QCOMPARE(session.errorString(), closed);
    QVERIFY(!session.decide(ob, Decision::CarryOut, QStringLiteral("late")));
    QCOMPARE(session.errorString(), closed);
    QVERIFY(!session.changeOperator({QStringLiteral("Sam"), QStringLiteral("service-owner")}));
    QCOMPARE(session.errorString(), closed);
    QVERIFY(!session.close(QStringLiteral("again")));
    QCOMPARE(session.errorString(), closed);
    QVERIFY(session.tick()); // nothing to do, and nothing written: the pending wait died with the reversal
    QCOMPARE(bench.log.count(), rows);
    QVERIFY(session.incident().obligation(ob)->isOpen());
}

void TestReversalSession::exerciseModeMarksEveryPayload() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    ReversalSetup setup = liveSetup();
    setup.exercise = true;
    QVERIFY(session.start(setup));
    QVERIFY(session.incident().isExercise());
    const QString id = session.incident().id();
    QVERIFY(session.recordObservation(kErrorRate, 9.0));
    bench.setTime(2 * kMinute);
    QVERIFY(session.tick());
    for (int i = 0; i < 4; ++i)
        QVERIFY(session.recordObservation(kP1));
    const qint64 ob = session.incident().latestObligation(kErrorRate)->id;
    QVERIFY(session.acknowledge(ob));
    QVERIFY(session.confirmNotification(ob, QStringLiteral("service-owner")));
    QVERIFY(session.decide(ob, Decision::Hold, QStringLiteral("drill")));
    QVERIFY(session.changeOperator({QStringLiteral("Sam"), QStringLiteral("service-owner")}));
    bench.setTime(kHour + 3 * kMinute);
    QVERIFY(session.tick()); // the P1 window clear (the first P1 leaves at +1:02:00)
    QVERIFY(session.close(QStringLiteral("Drill over")));

    const QList<AuditRecord> rows = rowsOf(bench.log, id);
    QSet<QString> kinds;
    for (const AuditRecord& r : rows) {
        kinds.insert(r.kind);
        QVERIFY2(payloadOf(r).value(QStringLiteral("exercise")) == QJsonValue(true), qPrintable(r.payload));
    }
    QCOMPARE(kinds.size(), 10); // every kind of event the session writes
    QCOMPARE(payloadOf(rows.first()).value(QStringLiteral("mode")).toString(), QStringLiteral("exercise"));
}

void TestReversalSession::clockGoingBackwardsDoesNotRewindTheRubric() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QVERIFY(session.recordObservation(kErrorRate, 6.0));
    bench.setTime(90 * kSecond);
    QVERIFY(session.recordObservation(kErrorRate, 6.5)); // the wait still ends at +2:00
    const Milliseconds engineBefore = session.engine().now();

    // The wall clock is set back ten minutes (NTP, a user): the rubric keeps its own time.
    bench.setTime(-10 * kMinute);
    QVERIFY(session.tick());
    QVERIFY(session.recordObservation(kErrorRate, 7.0));
    QVERIFY(session.engine().now() >= engineBefore);
    QCOMPARE(session.nextScheduledTransition(), std::optional<QDateTime>(at(2 * kMinute)));
    QVERIFY(rowsOf(bench.log, id, EventKind::SignalTriggered).isEmpty());

    // P1s seen while the clock is behind count at the rubric's time, not before the start.
    for (int i = 0; i < 4; ++i)
        QVERIFY(session.recordObservation(kP1));
    const QList<AuditRecord> p1 = rowsOf(bench.log, id, EventKind::SignalTriggered);
    QCOMPARE(p1.size(), 1);
    QCOMPARE(payloadOf(p1.first()).value(QStringLiteral("at")).toString(), utcText(90 * kSecond));

    bench.setTime(2 * kMinute);
    QVERIFY(session.tick());
    const QList<AuditRecord> triggers = rowsOf(bench.log, id, EventKind::SignalTriggered);
    QCOMPARE(triggers.size(), 2);
    QCOMPARE(payloadOf(triggers.last()).value(QStringLiteral("signal")).toString(), kErrorRate);
    QCOMPARE(payloadOf(triggers.last()).value(QStringLiteral("at")).toString(), utcText(2 * kMinute));
}

namespace {
/// A session whose audit log sits on a real 1 MiB tmpfs that can be filled to the last byte: the
/// honest way to make the log refuse writes while the session runs (a write-protected file
/// cannot be made while SQLite has it open: its shared memory would fault).
struct FullDiskBench {
    ScratchDir dir;
    SmallDisk disk{dir.file(QStringLiteral("small-disk"))};
    SimulatedClock clock{startInstant()};
    AuditLog log{clock};
    Kit kit = baselineKit();
    QString dbPath() const { return disk.folder + QStringLiteral("/audit.db"); }
    QString filler() const { return disk.folder + QStringLiteral("/filler"); }
    bool mount() { return QDir().mkpath(disk.folder) && disk.mount(1024 * 1024); }
    bool open() { return log.open(dbPath()); }
    void setTime(qint64 msAfterStart) { clock.setNow(at(msAfterStart)); }
};
} // namespace

void TestReversalSession::failingLogRecordsNothingAndChangesNothing() {
    FullDiskBench bench;
    if (!bench.mount())
        QSKIP("mounting a small tmpfs needs root (CAP_SYS_ADMIN); the audit faults are also covered by "
              "test_audit_faults");
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QSignalSpy failed(&session, &ReversalSession::recordingFailed);
    QSignalSpy changed(&session, &ReversalSession::changed);

    // The disk fills up: nothing may be applied that is not written, and nothing may be lost.
    QVERIFY(fillDisk(bench.filler()));
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
    QVERIFY(QFile::remove(bench.filler()));
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

void TestReversalSession::derivedEventsTheLogRefusedAreRetriedAtTheirInstants() {
    FullDiskBench bench;
    if (!bench.mount())
        QSKIP("mounting a small tmpfs needs root (CAP_SYS_ADMIN); the audit faults are also covered by "
              "test_audit_faults");
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QVERIFY(session.recordObservation(kErrorRate, 6.0));
    QSignalSpy failed(&session, &ReversalSession::recordingFailed);

    QVERIFY(fillDisk(bench.filler()));
    bench.setTime(2 * kMinute + 30 * kSecond);
    QVERIFY(!session.tick());
    QVERIFY(failed.count() >= 1);
    QVERIFY(session.hasUnrecordedEvents());
    QCOMPARE(session.incident().level(), Level::Normal); // not applied: not written

    QVERIFY(QFile::remove(bench.filler()));
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
    QCOMPARE(rowsOf(bench.log, id, EventKind::LevelEntered).size(), 1);
    QCOMPARE(session.incident().level(), Level::Slow);
    QVERIFY(AuditVerifier::verify(bench.dbPath()).ok);
}

void TestReversalSession::standingDownAfterEveryDecisionIsIn() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QVERIFY(session.recordObservation(kErrorRate, 7.0));
    bench.setTime(2 * kMinute);
    QVERIFY(session.tick());
    const qint64 ob = session.incident().latestObligation(kErrorRate)->id;
    QVERIFY(session.decide(ob, Decision::CarryOut, QStringLiteral("canary halved"), std::nullopt));
    bench.setTime(4 * kMinute);
    QVERIFY(session.recordObservation(kErrorRate, 0.4));
    QCOMPARE(session.incident().level(), Level::Slow); // clearing alone never lowers the level
    QVERIFY(!session.incident().nextOwed());

    const qint64 rows = bench.log.count();
    // Obligation 0 is the whole incident: only a de-escalation, only with a reason, only downwards.
    QVERIFY(!session.decide(0, Decision::CarryOut, QStringLiteral("x")));
    QCOMPARE(session.errorString(), QStringLiteral("There is no open decision there."));
    QVERIFY(!session.decide(0, Decision::DeEscalate, QStringLiteral(" "), Level::Normal));
    QCOMPARE(session.errorString(), QStringLiteral("Say why you are de-escalating."));
    QVERIFY(!session.decide(0, Decision::DeEscalate, QStringLiteral("fine now"), Level::Stop));
    QCOMPARE(bench.log.count(), rows);

    bench.setTime(5 * kMinute);
    QVERIFY2(
        session.decide(0, Decision::DeEscalate, QStringLiteral("error rate back under 1% for 1 min"), Level::Normal),
        qPrintable(session.errorString()));
    QCOMPARE(session.incident().level(), Level::Normal);
    QCOMPARE(session.incident().levelSince(), at(5 * kMinute));
    const QJsonObject p = payloadOf(rowsOf(bench.log, id, EventKind::DecisionRecorded).last());
    QCOMPARE(p.value(QStringLiteral("obligation")).toInteger(), 0);
    QCOMPARE(p.value(QStringLiteral("level")).toString(), QStringLiteral("normal"));
    // The fold of the log agrees.
    QCOMPARE(Incident::fold(bench.log.records(), id).level(), Level::Normal);
}

QTEST_GUILESS_MAIN(TestReversalSession)
#include "TestReversalSession.moc"
