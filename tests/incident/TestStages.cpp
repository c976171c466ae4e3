// The kit's three stages worked in a reversal (issue 12, "The three moments"): pre-release gates
// and the go / no-go, the live rollback window and its steps, the recovery's steps, harm record
// and relaunch decision. Refusals on record (ActRefused), the fold from the rows alone, NEXT's
// items with their states, the close that names the unfinished recovery, and the timers the
// after-action report reads, to the second. A real SQLite audit log, a simulated clock.

#include "Countdown.h"
#include "IncidentFixtures.h"
#include "OwedItems.h"
#include "ReversalSession.h"
#include "StageTimers.h"
#include "TimelineText.h"

#include <QTest>

using namespace turnback;
using namespace turnback::test;
using Outcome = turnback::events::StageItemRecorded::Outcome;

namespace {
const QString kGates = QStringLiteral("pre-release");
const QString kWindow = QStringLiteral("live-rollback");
const QString kRecovery = QStringLiteral("post-reversal");

QList<OwedItem> stageItemsOwed(const ReversalSession& session, const QDateTime& now) {
    QList<OwedItem> owed;
    for (const OwedItem& item : owedItems(session.incident(), now, &session.kit()))
        if (item.kind == OwedKind::StageItem)
            owed.append(item);
    return owed;
}

const StageTimer* timerOf(const QList<StageTimer>& timers, const QString& item) {
    for (const StageTimer& t : timers)
        if (t.item == item)
            return &t;
    return nullptr;
}

QString lastRefusal(const AuditLog& log, const QString& id) {
    const QList<AuditRecord> rows = rowsOf(log, id, EventKind::ActRefused);
    return rows.isEmpty() ? QString() : payloadOf(rows.last()).value(QStringLiteral("refusal")).toString();
}
} // namespace

class TestStages : public QObject {
    Q_OBJECT
private slots:
    void theBaselineKitCarriesTheStageFormat();
    void gatesAreSignedOffOrNotMetWithAReason();
    void aGoWithUnmetGatesNeedsAReasonAndListsThem();
    void windowStepsNeedTheWindowOpen();
    void theWindowRunsOutAndIsOwedOverdue();
    void closingTheWindowEarlyNeedsAReason();
    void harmIsCorrectedNeverOverwritten();
    void relaunchIsDecidedAgainstEveryCriterion();
    void nextOwesStageItemsWithTheirStates();
    void gatesAreOwedUntilTheGoNoGo();
    void closeNamesTheUnfinishedRecovery();
    void timersAreExactToTheSecond();
    void theFoldReadsTheRowsAlone();
};

void TestStages::theBaselineKitCarriesTheStageFormat() {
    const Kit kit = baselineKit();
    const StageChecklist* window = kit.stageChecklist(kWindow);
    QVERIFY(window);
    QCOMPARE(window->window, std::optional<Milliseconds>(Milliseconds(2 * kHour)));
    QCOMPARE(window->item(QStringLiteral("pause-traffic"))->within,
             std::optional<Milliseconds>(Milliseconds(15 * kMinute)));
    QCOMPARE(window->item(QStringLiteral("preserve-evidence"))->procedure, QStringLiteral("snapshot"));
    QCOMPARE(window->item(QStringLiteral("notify-stakeholders"))->comms, QStringList{QStringLiteral("internal-alert")});
    QCOMPARE(kit.stageChecklist(kRecovery)->relaunchCriteria.size(), 3);
    QVERIFY(!kit.stageChecklist(kGates)->window);
    // The gates have deadlines from their stage's start: the roll call first, the rest in half an hour.
    const StageChecklist* gates = kit.stageChecklist(kGates);
    QCOMPARE(gates->item(QStringLiteral("owners-named"))->within,
             std::optional<Milliseconds>(Milliseconds(15 * kMinute)));
    for (const char* gate : {"rollback-tested", "dashboards-ready", "comms-drafted", "data-mapped"})
        QCOMPARE(gates->item(QLatin1String(gate))->within, std::optional<Milliseconds>(Milliseconds(30 * kMinute)));
}

void TestStages::gatesAreSignedOffOrNotMetWithAReason() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup())); // Ana, incident commander
    const QString id = session.incident().id();

    // owners-named is the incident commander's own gate: met needs no reason.
    QVERIFY2(session.recordStageItem(kGates, QStringLiteral("owners-named"), Outcome::Met),
             qPrintable(session.errorString()));
    // Not met without a reason: refused, on record, nothing else changes.
    QVERIFY(!session.recordStageItem(kGates, QStringLiteral("owners-named"), Outcome::NotMet, QStringLiteral("  ")));
    QCOMPARE(lastRefusal(bench.log, id), QStringLiteral("no-reason"));
    QVERIFY(session.incident().stages().isSettled(kGates, QStringLiteral("owners-named")));
    // Someone else's gate: recorded for its owner, which needs a reason and names the owner.
    QVERIFY(!session.recordStageItem(kGates, QStringLiteral("rollback-tested"), Outcome::Met));
    QVERIFY(session.errorString().contains(QStringLiteral("reason")));
    QVERIFY(session.recordStageItem(kGates, QStringLiteral("rollback-tested"), Outcome::Met,
                                    QStringLiteral("Lee signed off by phone")));
    const auto* row = session.incident().stages().latest(kGates, QStringLiteral("rollback-tested"));
    QCOMPARE(row->event.onBehalfOf, QStringLiteral("engineering-lead"));
    // A gate of no such name: refused as not open.
    QVERIFY(!session.recordStageItem(kGates, QStringLiteral("no-such-gate"), Outcome::Met));
    QCOMPARE(lastRefusal(bench.log, id), QStringLiteral("not-open"));
    // A later record supersedes on screen; both rows stay.
    QVERIFY(session.recordStageItem(kGates, QStringLiteral("owners-named"), Outcome::NotMet,
                                    QStringLiteral("the comms lead is on leave")));
    QVERIFY(!session.incident().stages().isSettled(kGates, QStringLiteral("owners-named")));
    QCOMPARE(session.incident().stages().recordCount(kGates, QStringLiteral("owners-named")), 2);
    QCOMPARE(rowsOf(bench.log, id, QStringLiteral("stage.item.recorded")).size(), 3);
    QCOMPARE(rowsOf(bench.log, id, EventKind::ActRefused).size(), 3);
}

void TestStages::aGoWithUnmetGatesNeedsAReasonAndListsThem() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QVERIFY(session.recordStageItem(kGates, QStringLiteral("owners-named"), Outcome::Met));

    QVERIFY(!session.decideGate(kGates, true));
    QCOMPARE(lastRefusal(bench.log, id), QStringLiteral("no-reason"));
    const QJsonObject refused = payloadOf(rowsOf(bench.log, id, EventKind::ActRefused).last());
    QCOMPARE(refused.value(QStringLiteral("act")).toString(), QStringLiteral("gate"));
    QCOMPARE(refused.value(QStringLiteral("unmet")).toArray().size(), 4); // four gates not recorded
    QVERIFY(session.errorString().contains(QStringLiteral("rollback-tested")));
    QVERIFY(!session.incident().stages().gateDecision(kGates));

    // A no-go needs no reason; it stands until a later decision.
    QVERIFY(session.decideGate(kGates, false));
    QVERIFY(!session.incident().stages().gateDecision(kGates)->event.go);
    QVERIFY(session.decideGate(kGates, true, QStringLiteral("the board accepted the risk")));
    const auto* decided = session.incident().stages().gateDecision(kGates);
    QVERIFY(decided->event.go);
    QCOMPARE(decided->event.unmet, (QStringList{QStringLiteral("rollback-tested"), QStringLiteral("dashboards-ready"),
                                                QStringLiteral("comms-drafted"), QStringLiteral("data-mapped")}));
    const QJsonObject row = payloadOf(rowsOf(bench.log, id, QStringLiteral("stage.gate.decided")).last());
    QCOMPARE(row.value(QStringLiteral("decision")).toString(), QStringLiteral("go"));
    QCOMPARE(row.value(QStringLiteral("role")).toString(), QStringLiteral("incident-commander"));
}

void TestStages::windowStepsNeedTheWindowOpen() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QVERIFY(!session.recordStageItem(kWindow, QStringLiteral("record-decision"), Outcome::Done));
    QCOMPARE(lastRefusal(bench.log, id), QStringLiteral("window-not-open"));
    // A gate outcome on a window step is not an act anyone can mean: refused without a row.
    QVERIFY(!session.recordStageItem(kWindow, QStringLiteral("record-decision"), Outcome::Met));

    bench.setTime(10 * kMinute);
    QVERIFY(session.openWindow());
    QVERIFY(!session.openWindow());
    QCOMPARE(lastRefusal(bench.log, id), QStringLiteral("already-done"));
    QCOMPARE(session.incident().stages().windowOpenedAt(), at(10 * kMinute));
    QCOMPARE(session.incident().stages().windowOpened->event.closesAt, at(10 * kMinute + 2 * kHour));
    QVERIFY(session.recordStageItem(kWindow, QStringLiteral("record-decision"), Outcome::Done));
    QVERIFY(!session.recordStageItem(kWindow, QStringLiteral("pause-traffic"), Outcome::Blocked));
    QCOMPARE(lastRefusal(bench.log, id), QStringLiteral("no-reason"));
    QVERIFY(session.recordStageItem(kWindow, QStringLiteral("pause-traffic"), Outcome::Blocked,
                                    QStringLiteral("flag service down")));

    bench.setTime(20 * kMinute);
    QVERIFY(session.closeWindow(QStringLiteral("rolled back in 10 minutes")));
    QVERIFY(session.incident().stages().windowClosed->event.early);
    QVERIFY(!session.recordStageItem(kWindow, QStringLiteral("record-decision"), Outcome::Done));
    QCOMPARE(lastRefusal(bench.log, id), QStringLiteral("window-closed"));
    QVERIFY(!session.closeWindow(QStringLiteral("again")));
    QCOMPARE(lastRefusal(bench.log, id), QStringLiteral("already-done"));
}

void TestStages::theWindowRunsOutAndIsOwedOverdue() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    QVERIFY(session.openWindow());
    const StageProgress& stages = session.incident().stages();
    QCOMPARE(stages.windowState(at(2 * kHour - kSecond)), WindowState::Open);
    QCOMPARE(stages.windowState(at(2 * kHour)), WindowState::RanOut);
    // Ran out: never silently closed. Still owed, OVERDUE, until closed on record; a late step counts.
    bench.setTime(2 * kHour + 5 * kMinute);
    QVERIFY(session.recordStageItem(kWindow, QStringLiteral("record-decision"), Outcome::Done));
    bool windowOwed = false;
    for (const OwedItem& item : stageItemsOwed(session, at(2 * kHour + 5 * kMinute)))
        if (item.stageOwes == QStringLiteral("window")) {
            windowOwed = true;
            QVERIFY(item.overdue);
            QCOMPARE(item.deadline, at(2 * kHour));
        }
    QVERIFY(windowOwed);
    // Closing after it ran out is not early and needs no reason.
    QVERIFY(session.closeWindow());
    QVERIFY(!stages.windowClosed->event.early);
    QCOMPARE(stages.windowState(at(3 * kHour)), WindowState::Closed);
    QCOMPARE(stages.windowEnd(), at(2 * kHour)); // the recovery began when the time ran out
}

void TestStages::closingTheWindowEarlyNeedsAReason() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QVERIFY(!session.closeWindow(QStringLiteral("nothing to close")));
    QCOMPARE(lastRefusal(bench.log, id), QStringLiteral("window-not-open"));
    QVERIFY(session.openWindow());
    bench.setTime(kHour);
    QVERIFY(!session.closeWindow());
    QCOMPARE(lastRefusal(bench.log, id), QStringLiteral("no-reason"));
    QVERIFY(!session.incident().stages().windowClosed);
}

void TestStages::harmIsCorrectedNeverOverwritten() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    events::StageHarmRecorded harm;
    harm.count = QStringLiteral("about 1,200");
    QVERIFY(!session.recordHarm(harm));
    QCOMPARE(lastRefusal(bench.log, id), QStringLiteral("incomplete"));
    harm.affected = QStringLiteral("EU checkout customers");
    harm.duration = QStringLiteral("41 min");
    harm.data = QStringLiteral("order totals shown wrongly");
    QVERIFY(session.recordHarm(harm));
    const qint64 first = session.incident().stages().harmRecord(kRecovery)->seq;
    QCOMPARE(session.incident().stages().harmRecord(kRecovery)->event.corrects, 0);
    harm.count = QStringLiteral("1,342");
    QVERIFY(session.recordHarm(harm));
    const auto* standing = session.incident().stages().harmRecord(kRecovery);
    QCOMPARE(standing->event.count, QStringLiteral("1,342"));
    QCOMPARE(standing->event.corrects, first);
    QCOMPARE(session.incident().stages().harmRecordCount(kRecovery), 2);
    QCOMPARE(rowsOf(bench.log, id, QStringLiteral("stage.harm.recorded")).size(), 2);
}

void TestStages::relaunchIsDecidedAgainstEveryCriterion() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    const QList<events::CriterionJudged> judged{{QStringLiteral("cause-understood"), true, QStringLiteral("fix #412")}};
    QVERIFY(!session.decideRelaunch(true, judged));
    QCOMPARE(lastRefusal(bench.log, id), QStringLiteral("no-reason"));
    QVERIFY(!session.decideRelaunch(true, {{QStringLiteral("made-up"), true, {}}}, QStringLiteral("x")));
    QCOMPARE(lastRefusal(bench.log, id), QStringLiteral("not-open"));
    QVERIFY(session.decideRelaunch(false, judged));
    const auto* decided = session.incident().stages().relaunchDecision(kRecovery);
    QVERIFY(!decided->event.relaunch);
    QCOMPARE(decided->event.criteria.size(), 3); // the two not judged are recorded as not met
    QCOMPARE(decided->event.unmet(),
             (QStringList{QStringLiteral("harm-addressed"), QStringLiteral("rollback-rehearsed")}));
    QCOMPARE(decided->event.criteria.first().note, QStringLiteral("fix #412"));
}

void TestStages::nextOwesStageItemsWithTheirStates() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    // Nothing of the stages is owed before the window opens (no gate was worked here).
    QVERIFY(stageItemsOwed(session, at(kMinute)).isEmpty());
    bench.setTime(kMinute);
    QVERIFY(session.openWindow());
    // pause-traffic is due 15 min after the opening: pending, then due soon, then OVERDUE.
    const auto pause = [&](qint64 ms) {
        for (const OwedItem& item : stageItemsOwed(session, at(ms)))
            if (item.stageItem == QStringLiteral("pause-traffic"))
                return countdownTo(item.deadline, at(ms)).phase;
        return CountdownPhase::None;
    };
    QCOMPARE(pause(5 * kMinute), CountdownPhase::Running);
    QCOMPARE(pause(15 * kMinute + 30 * kSecond), CountdownPhase::DueSoon);
    QCOMPARE(pause(16 * kMinute), CountdownPhase::Overdue);
    // The go / no-go missing once the window opened is owed, overdue since the opening.
    const QList<OwedItem> owed = stageItemsOwed(session, at(2 * kMinute));
    const auto gate = std::find_if(owed.cbegin(), owed.cend(),
                                   [](const OwedItem& o) { return o.stageOwes == QStringLiteral("go-no-go"); });
    QVERIFY(gate != owed.cend());
    QVERIFY(gate->overdue);
    // The rubric's items come first: an open decision is named before any stage item at equal standing.
    QVERIFY(session.recordObservation(kDataLoss));
    const QList<OwedItem> all = owedItems(session.incident(), at(2 * kMinute), &session.kit());
    QCOMPARE(all.first().kind, OwedKind::Acknowledgement);
    QVERIFY(countOwed(all).stageItems >= 4); // three steps with deadlines, the window, the go / no-go
    // Done: no longer owed.
    QVERIFY(session.recordStageItem(kWindow, QStringLiteral("pause-traffic"), Outcome::Done,
                                    QStringLiteral("Lee is busy; done by the commander")));
    QCOMPARE(pause(16 * kMinute), CountdownPhase::None);
}

// A reversal that never works the pre-release gates (an incident in production) owes none and times
// none. Once the team records its first gate, the stage has begun: each gate is owed by then plus its
// `within`, until the go / no-go is on record; from then on the decision (which lists the gates not
// met) stands for them, and NEXT names none of them. Their timers stay for the after-action report.
void TestStages::gatesAreOwedUntilTheGoNoGo() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    QVERIFY(stageItemsOwed(session, at(40 * kMinute)).isEmpty());
    QVERIFY(stageTimers(session.incident(), session.kit()).isEmpty());
    bench.setTime(2 * kMinute);
    QVERIFY(session.recordStageItem(kGates, QStringLiteral("owners-named"), Outcome::Met));
    QList<OwedItem> owed = stageItemsOwed(session, at(3 * kMinute));
    QCOMPARE(owed.size(), 4); // signed off: no longer owed, and nothing is overdue yet
    const auto dueOf = [&owed](const QString& gate) {
        for (const OwedItem& item : owed)
            if (item.stageItem == gate)
                return item.deadline;
        return QDateTime();
    };
    QCOMPARE(dueOf(QStringLiteral("comms-drafted")), at(32 * kMinute));
    for (const OwedItem& item : owed)
        QVERIFY(!item.overdue);
    // Not met is not settled: still owed, and OVERDUE once its time is up.
    QVERIFY(session.recordStageItem(kGates, QStringLiteral("comms-drafted"), Outcome::NotMet,
                                    QStringLiteral("the regulator draft is not started")));
    owed = stageItemsOwed(session, at(33 * kMinute));
    QCOMPARE(owed.size(), 4);
    QVERIFY(owed.first().overdue);
    // The go over the unmet gates: none is owed any more.
    bench.setTime(33 * kMinute);
    QVERIFY(session.decideGate(kGates, true, QStringLiteral("the board accepted the risk")));
    QVERIFY(stageItemsOwed(session, at(34 * kMinute)).isEmpty());
    // The report still times all five from when the stage began: one met in time, four missed.
    const QList<StageTimer> timers = stageTimers(session.incident(), session.kit());
    QCOMPARE(timers.size(), 5);
    QCOMPARE(timerOf(timers, QStringLiteral("owners-named"))->startedUtc, at(2 * kMinute));
    QVERIFY(timerOf(timers, QStringLiteral("owners-named"))->met);
    QCOMPARE(*timerOf(timers, QStringLiteral("owners-named"))->actedUtc, at(2 * kMinute));
    QVERIFY(!timerOf(timers, QStringLiteral("comms-drafted"))->met);
    QVERIFY(!timerOf(timers, QStringLiteral("comms-drafted"))->actedUtc);
}

void TestStages::closeNamesTheUnfinishedRecovery() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QVERIFY(openRecovery(session.incident(), session.kit()).isEmpty()); // not under way: closes as before
    QVERIFY(session.openWindow());
    const OpenRecovery open = openRecovery(session.incident(), session.kit());
    QCOMPARE(open.steps.size(), 4);
    QVERIFY(open.relaunchMissing);
    QVERIFY(!session.close(QStringLiteral("rolled back")));
    QCOMPARE(lastRefusal(bench.log, id), QStringLiteral("no-reason"));
    QCOMPARE(payloadOf(rowsOf(bench.log, id, EventKind::ActRefused).last()).value(QStringLiteral("act")).toString(),
             QStringLiteral("close"));
    QVERIFY(!session.incident().isClosed());
    QVERIFY2(session.close(QStringLiteral("rolled back"), QStringLiteral("recovery continues in ticket OPS-7")),
             qPrintable(session.errorString()));
    QVERIFY(session.incident().isClosed());
    const QList<AuditRecord> left = rowsOf(bench.log, id, QStringLiteral("stage.left-open"));
    QCOMPARE(left.size(), 1);
    QCOMPARE(payloadOf(left.first()).value(QStringLiteral("open")).toArray().size(), 4);
    QCOMPARE(payloadOf(left.first()).value(QStringLiteral("relaunch_missing")).toBool(), true);
    // Written right before the close, so a reader sees why it closed unfinished.
    QCOMPARE(rowsOf(bench.log, id).last().kind, EventKind::ReversalClosed);
    QCOMPARE(rowsOf(bench.log, id).at(rowsOf(bench.log, id).size() - 2).kind, QStringLiteral("stage.left-open"));
}

void TestStages::timersAreExactToTheSecond() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    QVERIFY(session.changeOperator({QStringLiteral("Lee"), QStringLiteral("engineering-lead")}));
    bench.setTime(10 * kMinute);
    QVERIFY(session.openWindow()); // steps' deadlines run from 09:10:00
    // pause-traffic (15 min): exactly on time, at 09:25:00.000.
    bench.setTime(25 * kMinute);
    QVERIFY(session.recordStageItem(kWindow, QStringLiteral("pause-traffic"), Outcome::Done));
    // preserve-evidence (30 min): early, at 09:20:00; a later re-record does not move when it was done.
    bench.setTime(20 * kMinute);
    QVERIFY(session.recordStageItem(kWindow, QStringLiteral("preserve-evidence"), Outcome::Done,
                                    QStringLiteral("Sam asked me to")));
    // notify-stakeholders (30 min): blocked in time, done late at 09:40:01.
    bench.setTime(39 * kMinute);
    QVERIFY(session.recordStageItem(kWindow, QStringLiteral("notify-stakeholders"), Outcome::Blocked,
                                    QStringLiteral("mail relay down")));
    bench.setTime(40 * kMinute + kSecond);
    QVERIFY(session.recordStageItem(kWindow, QStringLiteral("notify-stakeholders"), Outcome::Done,
                                    QStringLiteral("for the comms lead")));
    bench.setTime(45 * kMinute);
    QVERIFY(session.recordStageItem(kWindow, QStringLiteral("preserve-evidence"), Outcome::Done,
                                    QStringLiteral("again, with the snapshot id")));
    // The window (2 hr): closed exactly when it runs out, at 11:10:00 (not early).
    bench.setTime(10 * kMinute + 2 * kHour);
    QVERIFY(session.closeWindow());

    const QList<StageTimer> timers = stageTimers(session.incident(), session.kit());
    // No gate was worked, so none is timed: three steps with a deadline, then the window.
    QCOMPARE(timers.size(), 4);
    for (const StageTimer& timer : timers)
        QVERIFY(timer.kind != QStringLiteral("gate"));
    const StageTimer* pause = timerOf(timers, QStringLiteral("pause-traffic"));
    QCOMPARE(pause->kind, QStringLiteral("window-step"));
    QCOMPARE(pause->owner, QStringLiteral("engineering-lead"));
    QCOMPARE(pause->startedUtc, at(10 * kMinute));
    QCOMPARE(*pause->dueUtc, at(25 * kMinute));
    QCOMPARE(*pause->actedUtc, at(25 * kMinute));
    QVERIFY(pause->met);
    const StageTimer* preserve = timerOf(timers, QStringLiteral("preserve-evidence"));
    QCOMPARE(*preserve->actedUtc, at(20 * kMinute));
    QVERIFY(preserve->met);
    const StageTimer* notify = timerOf(timers, QStringLiteral("notify-stakeholders"));
    QCOMPARE(*notify->dueUtc, at(40 * kMinute));
    QCOMPARE(*notify->actedUtc, at(40 * kMinute + kSecond));
    QVERIFY(!notify->met);
    const StageTimer& window = timers.last();
    QCOMPARE(window.kind, QStringLiteral("window"));
    QCOMPARE(window.owner, QStringLiteral("engineering-lead"));
    QCOMPARE(window.startedUtc, at(10 * kMinute));
    QCOMPARE(*window.dueUtc, at(10 * kMinute + 2 * kHour));
    QCOMPARE(*window.actedUtc, at(10 * kMinute + 2 * kHour));
    QVERIFY(window.met);

    // Never: a kit whose recovery step has a deadline, in a reversal where nobody did it.
    Kit kit = bench.kit;
    kit.stages[2].items[0].within = Milliseconds(kHour);
    const QList<StageTimer> withRecovery = stageTimers(session.incident(), kit);
    const StageTimer* harm = timerOf(withRecovery, QStringLiteral("document-harm"));
    QVERIFY(harm);
    QCOMPARE(harm->kind, QStringLiteral("recovery-step"));
    QCOMPARE(harm->startedUtc, at(10 * kMinute + 2 * kHour)); // the recovery begins when the window ends
    QCOMPARE(*harm->dueUtc, at(10 * kMinute + 3 * kHour));
    QVERIFY(!harm->actedUtc);
    QVERIFY(!harm->met);
}

void TestStages::theFoldReadsTheRowsAlone() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QVERIFY(session.recordStageItem(kGates, QStringLiteral("owners-named"), Outcome::Met));
    QVERIFY(session.decideGate(kGates, true, QStringLiteral("accepted")));
    QVERIFY(session.openWindow());
    QVERIFY(session.recordStageItem(kWindow, QStringLiteral("record-decision"), Outcome::Done));
    bench.setTime(kHour);
    QVERIFY(session.closeWindow(QStringLiteral("done early")));
    events::StageHarmRecorded harm;
    harm.affected = QStringLiteral("checkout users");
    QVERIFY(session.recordHarm(harm));
    QVERIFY(session.decideRelaunch(false, {}));
    QVERIFY(!session.recordStageItem(kGates, QStringLiteral("owners-named"), Outcome::NotMet)); // refused, on record

    const Incident folded = Incident::fold(rowsOf(bench.log, id), id);
    const StageProgress& a = session.incident().stages();
    const StageProgress& b = folded.stages();
    QCOMPARE(b.items.size(), a.items.size());
    QCOMPARE(b.gateDecisions.size(), 1);
    QCOMPARE(b.windowOpenedAt(), a.windowOpenedAt());
    QCOMPARE(b.windowClosed->event, a.windowClosed->event);
    QCOMPARE(b.harmRecord(kRecovery)->event, a.harmRecord(kRecovery)->event);
    QCOMPARE(b.relaunchDecision(kRecovery)->event, a.relaunchDecision(kRecovery)->event);
    QCOMPARE(folded.timeline().size(), session.incident().timeline().size());
    // Every stage row reads as a sentence naming the kit's titles.
    QStringList lines;
    for (const TimelineEntry& entry : folded.timeline())
        lines << TimelineText::render(entry, &bench.kit);
    QVERIFY(lines.join(u'\n').contains(QStringLiteral("decided GO for Pre-release gates")));
    QVERIFY(lines.join(u'\n').contains(QStringLiteral("opened the Live rollback window for 2 hr")));
    QVERIFY(lines.join(u'\n').contains(QStringLiteral("recorded the harm: checkout users")));
    QVERIFY(lines.last().contains(QStringLiteral("refused")));
    QVERIFY(lines.last().contains(QStringLiteral("needs a reason")));
}

QTEST_GUILESS_MAIN(TestStages)
#include "TestStages.moc"
