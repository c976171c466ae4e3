// ReversalSession records first and applies second (docs/architecture.md, "The event log"), derives triggers, clears
// and level changes from the rubric at their exact instants (section 4), and holds what the log
// cannot take yet. The owners' decisions are in TestSessionDecisions.cpp, a log that cannot be written in
// TestSessionFaults.cpp. A real SQLite audit log in
// a scratch folder, a simulated clock.

#include "Countdown.h"
#include "IncidentFixtures.h"
#include "OwedItems.h"
#include "ReversalSession.h"
#include "TimelineText.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace turnback;
using namespace turnback::test;

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
    void exerciseModeMarksEveryPayload();
    void clockGoingBackwardsDoesNotRewindTheRubric();
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
    // Exactly which rubric: the kit's format and the SHA-256 of the file it was read from.
    QCOMPARE(p.value(QStringLiteral("kit_format")).toInt(), 1);
    QFile kitFile(bench.kit.sourceFile);
    QVERIFY(kitFile.open(QIODevice::ReadOnly));
    QCOMPARE(p.value(QStringLiteral("kit_sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(kitFile.readAll(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(p.value(QStringLiteral("overlay_sha256")).toArray(), QJsonArray());
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
        QCOMPARE(bench.log.records().last().kind, session.incident().timeline().last().kind());
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

    const QList<AuditRecord> levels = rowsOf(bench.log, id, EventKind::LevelChanged);
    QCOMPARE(levels.size(), 1);
    QCOMPARE(levels.first().seq, row.seq + 1);
    QCOMPARE(payloadOf(levels.first()).value(QStringLiteral("to")).toString(), QStringLiteral("slow"));
    QCOMPARE(payloadOf(levels.first()).value(QStringLiteral("cause")).toString(), QStringLiteral("trigger"));
    QCOMPARE(payloadOf(levels.first()).value(QStringLiteral("obligation")).toInteger(), row.seq);
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
                          EventKind::SignalTriggered, EventKind::LevelChanged, EventKind::SignalCleared}));
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
    QCOMPARE(rowsOf(bench.log, id, EventKind::LevelChanged).size(), 1);

    // Slow and stop fire later; the incident is already at reverse, so neither enters a level.
    bench.setTime(3 * kMinute);
    QVERIFY(session.tick());
    for (int i = 0; i < 4; ++i) {
        bench.setTime(4 * kMinute + i * kSecond);
        QVERIFY(session.recordObservation(kP1));
    }
    QCOMPARE(rowsOf(bench.log, id, EventKind::SignalTriggered).size(), 3);
    const QList<AuditRecord> levels = rowsOf(bench.log, id, EventKind::LevelChanged);
    QCOMPARE(levels.size(), 1);
    QCOMPARE(payloadOf(levels.first()).value(QStringLiteral("to")).toString(), QStringLiteral("reverse"));
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
    const QList<AuditRecord> levels = rowsOf(bench.log, id, EventKind::LevelChanged);
    QCOMPARE(levels.size(), 2);
    QCOMPARE(payloadOf(levels.at(1)).value(QStringLiteral("to")).toString(), QStringLiteral("stop"));
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
    const QList<OwedItem> owed = owedItems(session.incident(), bench.clock.utcNow());
    const Obligation* o = owed.isEmpty() ? nullptr : session.incident().obligation(owed.first().obligation);
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

QTEST_GUILESS_MAIN(TestReversalSession)
#include "TestReversalSession.moc"
