// The owners' side of a reversal (ReversalSession): acknowledgements, decisions and their reasons,
// acting for another owner, de-escalation and standing down, notifications, hand-over and close.
// A real SQLite audit log in a scratch folder, a simulated clock.

#include "Countdown.h"
#include "IncidentFixtures.h"
#include "OwedItems.h"
#include "ReversalSession.h"
#include "TimelineText.h"

#include <QSignalSpy>
#include <QTest>

using namespace turnback;
using namespace turnback::test;

class TestSessionDecisions : public QObject {
    Q_OBJECT
private slots:
    void decisionsNeedReasonsWhereTheKitSaysSo();
    void actingForAnotherOwnerIsRecorded();
    void deEscalateMustGoLower();
    void standingDownAfterEveryDecisionIsIn();
    void acknowledgeOnce();
    void confirmNotificationOncePerRole();
    void changeOperatorChangesTheActor();
    void closeNeedsASummaryAndRecordsWhatIsStillOpen();
    void nothingCanBeRecordedAfterClose();
};

void TestSessionDecisions::decisionsNeedReasonsWhereTheKitSaysSo() {
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
    // Each refusal is on record with why; nothing else was.
    const QList<AuditRecord> refused = rowsOf(bench.log, id, EventKind::DecisionRefused);
    QCOMPARE(refused.size(), 3);
    QCOMPARE(bench.log.count(), rows + 3);
    QCOMPARE(payloadOf(refused.at(0)).value(QStringLiteral("refusal")).toString(), QStringLiteral("no-reason"));
    QCOMPARE(payloadOf(refused.at(0)).value(QStringLiteral("decision")).toString(), QStringLiteral("hold"));
    QCOMPARE(payloadOf(refused.at(2)).value(QStringLiteral("refusal")).toString(), QStringLiteral("not-open"));
    QVERIFY(rowsOf(bench.log, id, EventKind::DecisionRecorded).isEmpty());

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

void TestSessionDecisions::actingForAnotherOwnerIsRecorded() {
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
    QVERIFY(TimelineText::render(session.incident().timeline().last())
                .contains(QStringLiteral("acting for service-owner")));

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

void TestSessionDecisions::deEscalateMustGoLower() {
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

    const QString notBelow = QStringLiteral(
        "Choose a level below Reverse (roll back), which User-facing data loss calls for, to de-escalate to.");
    QVERIFY(!session.decide(ob, Decision::DeEscalate, why));
    QCOMPARE(session.errorString(), notBelow);
    QVERIFY(!session.decide(ob, Decision::DeEscalate, why, Level::Reverse));
    QCOMPARE(session.errorString(), notBelow);
    QVERIFY(rowsOf(bench.log, id, EventKind::DecisionRecorded).isEmpty());

    bench.setTime(2 * kMinute);
    QVERIFY(session.decide(ob, Decision::DeEscalate, why, Level::Slow));
    const QJsonObject p = payloadOf(rowsOf(bench.log, id, EventKind::DecisionRecorded).first());
    QCOMPARE(p.value(QStringLiteral("decision")).toString(), QStringLiteral("de-escalate"));
    QCOMPARE(p.value(QStringLiteral("level")).toString(), QStringLiteral("slow"));
    QCOMPARE(session.incident().level(), Level::Slow);
    QCOMPARE(session.incident().levelSince(), at(2 * kMinute));
    // Going down is its own row, right behind the decision, with its cause.
    const QList<AuditRecord> changes = rowsOf(bench.log, id, EventKind::LevelChanged);
    QCOMPARE(changes.size(), 2);
    const QJsonObject lowered = payloadOf(changes.last());
    QCOMPARE(lowered.value(QStringLiteral("cause")).toString(), QStringLiteral("decision"));
    QCOMPARE(lowered.value(QStringLiteral("from")).toString(), QStringLiteral("reverse"));
    QCOMPARE(lowered.value(QStringLiteral("to")).toString(), QStringLiteral("slow"));
    QCOMPARE(lowered.value(QStringLiteral("obligation")).toInteger(), ob);
    QCOMPARE(Incident::fold(bench.log.records(), id).level(), Level::Slow);

    // A later stop signal raises it again, from slow.
    for (int i = 0; i < 4; ++i) {
        bench.setTime(3 * kMinute + i * kSecond);
        QVERIFY(session.recordObservation(kP1));
    }
    QCOMPARE(session.incident().level(), Level::Stop);
    const QJsonObject entered = payloadOf(rowsOf(bench.log, id, EventKind::LevelChanged).last());
    QCOMPARE(entered.value(QStringLiteral("from")).toString(), QStringLiteral("slow"));
    QCOMPARE(entered.value(QStringLiteral("to")).toString(), QStringLiteral("stop"));
    QCOMPARE(entered.value(QStringLiteral("cause")).toString(), QStringLiteral("trigger"));
}

void TestSessionDecisions::standingDownAfterEveryDecisionIsIn() {
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
    QCOMPARE(countOwed(owedItems(session.incident(), bench.clock.utcNow())).decisions, 0);

    const qint64 rows = bench.log.count();
    // Obligation 0 is the whole incident: only a de-escalation, only with a reason, only downwards.
    QVERIFY(!session.decide(0, Decision::CarryOut, QStringLiteral("x")));
    QCOMPARE(session.errorString(), QStringLiteral("There is no open decision there."));
    QVERIFY(!session.decide(0, Decision::DeEscalate, QStringLiteral(" "), Level::Normal));
    QCOMPARE(session.errorString(), QStringLiteral("Say why you are de-escalating."));
    QVERIFY(!session.decide(0, Decision::DeEscalate, QStringLiteral("fine now"), Level::Stop));
    QCOMPARE(bench.log.count(), rows + 3); // the three refusals, each with why
    QCOMPARE(rowsOf(bench.log, id, EventKind::DecisionRefused).size(), 3);

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

void TestSessionDecisions::acknowledgeOnce() {
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

    const qint64 rows = bench.log.count();
    QVERIFY(!session.acknowledge(ob));
    QCOMPARE(session.errorString(),
             QStringLiteral("User-facing data loss was already acknowledged by Ana at 09:01:20 UTC."));
    QVERIFY(!session.acknowledge(ob + 1000));
    QCOMPARE(session.errorString(), QStringLiteral("There is nothing open to acknowledge there."));
    QCOMPARE(rowsOf(bench.log, id, EventKind::OwnerAcknowledged).size(), 1);
    // Each refusal is on record with why (not only as a click); nothing else was.
    const QList<AuditRecord> refused = rowsOf(bench.log, id, EventKind::ActRefused);
    QCOMPARE(refused.size(), 2);
    QCOMPARE(bench.log.count(), rows + 2);
    QCOMPARE(payloadOf(refused.at(0)).value(QStringLiteral("act")).toString(), QStringLiteral("acknowledge"));
    QCOMPARE(payloadOf(refused.at(0)).value(QStringLiteral("refusal")).toString(), QStringLiteral("already-done"));
    QCOMPARE(payloadOf(refused.at(0)).value(QStringLiteral("earlier_by")).toString(), QStringLiteral("Ana"));
    QCOMPARE(refused.at(0).target, kDataLoss);
    QCOMPARE(payloadOf(refused.at(1)).value(QStringLiteral("refusal")).toString(), QStringLiteral("not-open"));
    QCOMPARE(payloadOf(refused.at(1)).value(QStringLiteral("obligation")).toInteger(), ob + 1000);
    // The timeline says it in the same words the operator was told.
    const TimelineEntry& last = session.incident().timeline().constLast();
    QCOMPARE(TimelineText::render(last, &bench.kit),
             QStringLiteral("Ana (Incident commander) tried to acknowledge item %1: refused. There is nothing open "
                            "to acknowledge there.")
                 .arg(ob + 1000));
}

void TestSessionDecisions::confirmNotificationOncePerRole() {
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
    QCOMPARE(session.errorString(), QStringLiteral("Policy lead was already told, at 09:01:30 UTC, ticked by Ana."));
    QVERIFY(!session.confirmNotification(ob, QStringLiteral("engineering-lead")));
    QCOMPARE(session.errorString(), QStringLiteral("Engineering lead is not on this notification list."));
    QVERIFY(!session.confirmNotification(ob, QStringLiteral("nobody")));
    QCOMPARE(session.errorString(), QStringLiteral("nobody is not on this notification list."));
    QVERIFY(!session.confirmNotification(ob + 1000, QStringLiteral("policy-lead")));
    QCOMPARE(session.errorString(), QStringLiteral("There is no such notification list."));
    QCOMPARE(rowsOf(bench.log, id, EventKind::NotificationConfirmed).size(), 1);
    QCOMPARE(session.incident().obligation(ob)->unconfirmedNotifications(), 2);
    QStringList refusals;
    for (const AuditRecord& r : rowsOf(bench.log, id, EventKind::ActRefused))
        refusals << payloadOf(r).value(QStringLiteral("refusal")).toString() + QLatin1Char(' ') + r.target +
                        QLatin1Char(' ') + payloadOf(r).value(QStringLiteral("told")).toString();
    QCOMPARE(refusals,
             QStringList({QStringLiteral("already-done data-loss policy-lead"),
                          QStringLiteral("not-on-list data-loss engineering-lead"),
                          QStringLiteral("not-on-list data-loss nobody"), QStringLiteral("not-open  policy-lead")}));
}

void TestSessionDecisions::changeOperatorChangesTheActor() {
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

void TestSessionDecisions::closeNeedsASummaryAndRecordsWhatIsStillOpen() {
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
    // counts it as still owed: its acknowledgement, decision and two people to tell, and the three
    // people still to be told about the data loss, the kit's three comms updates not yet sent, and
    // its five pre-release gates, owed from the start (the list NEXT shows).
    bench.setTime(5 * kMinute);
    QVERIFY(session.close(QStringLiteral(" Rolled back to v2.2 ")));
    const QList<AuditRecord> rows = rowsOf(bench.log, id);
    QCOMPARE(rows.last().kind, EventKind::ReversalClosed);
    const QJsonObject p = payloadOf(rows.last());
    QCOMPARE(p.value(QStringLiteral("summary")).toString(), QStringLiteral("Rolled back to v2.2"));
    QCOMPARE(p.value(QStringLiteral("level")).toString(), QStringLiteral("reverse"));
    QCOMPARE(p.value(QStringLiteral("open_obligations")).toInt(), 10 + 5);
    QCOMPARE(p.value(QStringLiteral("open_comms")).toInt(), 3);
    QCOMPARE(p.value(QStringLiteral("open_decisions")).toInt(), 1);
    QCOMPARE(p.value(QStringLiteral("open_acknowledgements")).toInt(), 1);
    QCOMPARE(p.value(QStringLiteral("open_notifications")).toInt(), 5);
    const QList<AuditRecord> triggers = rowsOf(bench.log, id, EventKind::SignalTriggered);
    QCOMPARE(triggers.size(), 2);
    QCOMPARE(payloadOf(triggers.last()).value(QStringLiteral("at")).toString(), utcText(3 * kMinute));
    QVERIFY(session.incident().isClosed());
    QCOMPARE(session.incident().closedAt(), std::optional<QDateTime>(at(5 * kMinute)));
    QCOMPARE(session.incident().closingSummary(), QStringLiteral("Rolled back to v2.2"));
    QVERIFY(ReversalSession::openIncidentIds(bench.log).isEmpty());
}

void TestSessionDecisions::nothingCanBeRecordedAfterClose() {
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

QTEST_GUILESS_MAIN(TestSessionDecisions)
#include "TestSessionDecisions.moc"
