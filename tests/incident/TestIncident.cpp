// Incident is a pure fold of audit rows (docs/architecture.md, "The event log"): these tests feed hand-made rows and
// assert the state, with no session, no database and no clock.

#include "AuditLog.h"
#include "Incident.h"
#include "IncidentFixtures.h"
#include "OwedItems.h"
#include "TimelineText.h"

#include <QTest>

using namespace turnback;
using namespace turnback::test;

namespace {

/// The item whose decision is owed first at `nowMs` (OwedItems' order), or nullptr.
const Obligation* nextDecision(const Incident& incident, qint64 nowMs = 0) {
    for (const OwedItem& owed : owedItems(incident, at(nowMs)))
        if (owed.kind == OwedKind::Decision)
            return incident.obligation(owed.obligation);
    return nullptr;
}

const QString kId = QStringLiteral("rev-20260314-090000-00aa");
const QString kOther = QStringLiteral("rev-20260314-091500-00bb");

/// Builds rows the way the audit log stores them: seq in order, compact sorted JSON payload.
class Rows {
public:
    AuditRecord add(qint64 atMs, const QString& actor, const QString& kind, const QJsonObject& payload,
                    const QString& incident = kId) {
        AuditRecord r;
        r.seq = ++m_seq;
        r.atUtc = utcText(atMs);
        r.actor = actor;
        r.kind = kind;
        r.target = payload.value(QStringLiteral("signal")).toString();
        r.incident = incident;
        r.payload = AuditLog::canonicalPayload(payload);
        m_rows.append(r);
        return r;
    }
    AuditRecord started(qint64 atMs = 0, const QString& mode = QStringLiteral("live"), const QString& incident = kId) {
        return add(atMs, QStringLiteral("Ana"), EventKind::ReversalStarted,
                   {{QStringLiteral("role"), QStringLiteral("incident-commander")},
                    {QStringLiteral("title"), QStringLiteral("Checkout v2.3 rollout")},
                    {QStringLiteral("service"), QStringLiteral("checkout")},
                    {QStringLiteral("mode"), mode},
                    {QStringLiteral("kit_id"), QStringLiteral("baseline")}},
                   incident);
    }
    AuditRecord observed(qint64 atMs, const QString& signal, std::optional<double> value = std::nullopt,
                         std::optional<qint64> observedAtMs = std::nullopt) {
        QJsonObject p{{QStringLiteral("signal"), signal},
                      {QStringLiteral("observed_at"), utcText(observedAtMs.value_or(atMs))}};
        if (value)
            p.insert(QStringLiteral("value"), *value);
        return add(atMs, QStringLiteral("Ana"), EventKind::ObservationRecorded, p);
    }
    /// A trigger written at `rowMs` for the instant `firedMs` with the given timer.
    AuditRecord triggered(qint64 rowMs, qint64 firedMs, const QString& signal, const QString& level,
                          const QString& owner, qint64 timerMs, const QStringList& notify,
                          const QString& incident = kId) {
        return add(rowMs, QStringLiteral("Ana"), EventKind::SignalTriggered,
                   {{QStringLiteral("signal"), signal},
                    {QStringLiteral("level"), level},
                    {QStringLiteral("at"), utcText(firedMs)},
                    {QStringLiteral("owner"), owner},
                    {QStringLiteral("timer_ms"), timerMs},
                    {QStringLiteral("deadline"), utcText(firedMs + timerMs)},
                    {QStringLiteral("notify"), QJsonArray::fromStringList(notify)}},
                   incident);
    }
    AuditRecord errorRateTriggered(qint64 rowMs, qint64 firedMs) {
        return triggered(rowMs, firedMs, QStringLiteral("error-rate"), QStringLiteral("slow"),
                         QStringLiteral("engineering-lead"), 5 * kMinute,
                         {QStringLiteral("incident-commander"), QStringLiteral("service-owner")});
    }
    AuditRecord dataLossTriggered(qint64 atMs) {
        return triggered(atMs, atMs, QStringLiteral("data-loss"), QStringLiteral("reverse"),
                         QStringLiteral("service-owner"), 0,
                         {QStringLiteral("incident-commander"), QStringLiteral("policy-lead"),
                          QStringLiteral("communications-lead")});
    }
    AuditRecord p1Triggered(qint64 atMs) {
        return triggered(atMs, atMs, QStringLiteral("p1-count"), QStringLiteral("stop"),
                         QStringLiteral("incident-commander"), 2 * kMinute,
                         {QStringLiteral("engineering-lead"), QStringLiteral("service-owner"),
                          QStringLiteral("communications-lead")});
    }
    AuditRecord levelEntered(qint64 rowMs, qint64 enteredMs, const QString& level, const QString& from) {
        return add(rowMs, QStringLiteral("Ana"), EventKind::LevelEntered,
                   {{QStringLiteral("level"), level},
                    {QStringLiteral("from"), from},
                    {QStringLiteral("at"), utcText(enteredMs)}});
    }
    AuditRecord cleared(qint64 rowMs, qint64 clearedMs, const QString& signal) {
        return add(rowMs, QStringLiteral("Ana"), EventKind::SignalCleared,
                   {{QStringLiteral("signal"), signal}, {QStringLiteral("at"), utcText(clearedMs)}});
    }
    AuditRecord decided(qint64 atMs, const QString& actor, qint64 obligation, const QString& decision,
                        const QString& role, const QString& reason, const QString& level,
                        const QString& onBehalfOf = {}) {
        QJsonObject p{{QStringLiteral("obligation"), obligation},
                      {QStringLiteral("decision"), decision},
                      {QStringLiteral("role"), role},
                      {QStringLiteral("reason"), reason},
                      {QStringLiteral("level"), level},
                      {QStringLiteral("signal"), QString()}};
        if (!onBehalfOf.isEmpty())
            p.insert(QStringLiteral("on_behalf_of"), onBehalfOf);
        return add(atMs, actor, EventKind::DecisionRecorded, p);
    }
    AuditRecord acknowledged(qint64 atMs, const QString& actor, qint64 obligation) {
        return add(atMs, actor, EventKind::OwnerAcknowledged,
                   {{QStringLiteral("obligation"), obligation}, {QStringLiteral("role"), QStringLiteral("x")}});
    }
    AuditRecord told(qint64 atMs, const QString& actor, qint64 obligation, const QString& role) {
        return add(atMs, actor, EventKind::NotificationConfirmed,
                   {{QStringLiteral("obligation"), obligation}, {QStringLiteral("told"), role}});
    }
    AuditRecord closed(qint64 atMs, const QString& summary) {
        return add(atMs, QStringLiteral("Ana"), EventKind::ReversalClosed, {{QStringLiteral("summary"), summary}});
    }
    const QList<AuditRecord>& all() const { return m_rows; }

private:
    qint64 m_seq = 0;
    QList<AuditRecord> m_rows;
};

/// Applies every row and requires each to be accepted.
bool applyAll(Incident& incident, const QList<AuditRecord>& rows) {
    for (const AuditRecord& r : rows)
        if (!incident.apply(r)) {
            qWarning("refused row seq %lld kind %s", r.seq, qPrintable(r.kind));
            return false;
        }
    return true;
}

} // namespace

class TestIncident : public QObject {
    Q_OBJECT
private slots:
    void startSetsTheIdentity();
    void exerciseStartSaysSo();
    void eventsBeforeTheStartAreRefused();
    void observationsKeepTheLatestPerSignal();
    void triggerCreatesAnObligationDueAtTriggerPlusTimer();
    void levelEnteredRaisesTheLevel();
    void clearingNeverLowersTheLevel();
    void deEscalateDecisionLowersTheLevel();
    void deEscalateToNormal();
    void holdKeepsTheLevelAndClosesTheObligation();
    void decisionOnBehalfIsWrittenDown();
    void secondDecisionOnOneObligationIsRefused();
    void acknowledgementsAndTicksCarryTimeAndActor();
    void ticksForUnknownRolesOrObligationsAreRefused();
    void operatorChangeIsFolded();
    void eventsOfOtherIncidentsAreIgnored();
    void eventsAfterCloseAreIgnored();
    void unknownKindsAreIgnored();
    void owedIsOverdueFirstThenHigherLevelThenEarlierDeadline();
    void levelMovesOnlyByRecordedChangesUnderTheRule();
    void latestObligationIsTheNewestOfItsSignal();
    void foldEqualsApplyingInOrder();
};

void TestIncident::startSetsTheIdentity() {
    Rows rows;
    Incident incident;
    QVERIFY(!incident.isStarted());
    QVERIFY(incident.apply(rows.started(0)));
    QVERIFY(incident.isStarted());
    QCOMPARE(incident.id(), kId);
    QCOMPARE(incident.title(), QStringLiteral("Checkout v2.3 rollout"));
    QCOMPARE(incident.service(), QStringLiteral("checkout"));
    QCOMPARE(incident.kitId(), QStringLiteral("baseline"));
    QVERIFY(!incident.isExercise());
    QCOMPARE(incident.currentOperator().name, QStringLiteral("Ana"));
    QCOMPARE(incident.currentOperator().role, QStringLiteral("incident-commander"));
    QCOMPARE(incident.startedAt(), startInstant());
    QCOMPARE(incident.startedAt().timeSpec(), Qt::UTC);
    QCOMPARE(incident.level(), Level::Normal);
    QCOMPARE(incident.levelSince(), startInstant());
    QVERIFY(!incident.isClosed());
    QVERIFY(incident.obligations().isEmpty());
    QCOMPARE(nextDecision(incident), nullptr);

    QCOMPARE(incident.timeline().size(), 1);
    const TimelineEntry& line = incident.timeline().first();
    QCOMPARE(line.seq, 1);
    QCOMPARE(line.at, startInstant());
    QCOMPARE(line.actor, QStringLiteral("Ana"));
    QCOMPARE(line.kind(), EventKind::ReversalStarted);
    QCOMPARE(TimelineText::render(line),
             QStringLiteral("Ana started the reversal \"Checkout v2.3 rollout\" of checkout (live)"));

    // One reversal per incident: a second start is refused and changes nothing.
    QVERIFY(!incident.apply(rows.started(5 * kSecond)));
    QCOMPARE(incident.startedAt(), startInstant());
    QCOMPARE(incident.timeline().size(), 1);
}

void TestIncident::exerciseStartSaysSo() {
    Rows rows;
    Incident incident;
    QVERIFY(incident.apply(rows.started(0, QStringLiteral("exercise"))));
    QVERIFY(incident.isExercise());
    QVERIFY(TimelineText::render(incident.timeline().first()).endsWith(QStringLiteral("(EXERCISE)")));
}

void TestIncident::eventsBeforeTheStartAreRefused() {
    Rows rows;
    Incident incident;
    QVERIFY(!incident.apply(rows.observed(0, QStringLiteral("error-rate"), 6)));
    QVERIFY(!incident.apply(rows.dataLossTriggered(0)));
    QVERIFY(!incident.isStarted());
    QVERIFY(incident.observations().isEmpty());
    QVERIFY(incident.obligations().isEmpty());
    QVERIFY(incident.timeline().isEmpty());
}

void TestIncident::observationsKeepTheLatestPerSignal() {
    Rows rows;
    rows.started();
    // Imported samples: the time observed is the payload's, not the row's.
    rows.observed(30 * kSecond, QStringLiteral("error-rate"), 6.5, 10 * kSecond);
    rows.observed(40 * kSecond, QStringLiteral("p1-count"));
    rows.observed(50 * kSecond, QStringLiteral("error-rate"), 7.25);
    rows.observed(60 * kSecond, QStringLiteral("p1-count"));
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));

    const auto observations = incident.observations();
    QCOMPARE(observations.size(), 2);
    const Incident::LastObservation errorRate = observations.value(QStringLiteral("error-rate"));
    QCOMPARE(errorRate.at, at(50 * kSecond));
    QVERIFY(errorRate.value.has_value());
    QCOMPARE(*errorRate.value, 7.25);
    QCOMPARE(errorRate.occurrences, 2);
    const Incident::LastObservation p1 = observations.value(QStringLiteral("p1-count"));
    QCOMPARE(p1.at, at(60 * kSecond));
    QVERIFY(!p1.value.has_value());
    QCOMPARE(p1.occurrences, 2);

    QCOMPARE(incident.timeline().size(), 5);
    QCOMPARE(TimelineText::render(incident.timeline().at(1)), QStringLiteral("Observed error-rate = 6.5"));
    QCOMPARE(incident.timeline().at(1).at, at(30 * kSecond)); // the timeline shows when it was written
    QCOMPARE(TimelineText::render(incident.timeline().at(2)), QStringLiteral("Observed one occurrence of p1-count"));
    QCOMPARE(incident.level(), Level::Normal); // an observation alone changes no level
}

void TestIncident::triggerCreatesAnObligationDueAtTriggerPlusTimer() {
    Rows rows;
    rows.started();
    rows.observed(0, QStringLiteral("error-rate"), 6);
    // Written at +2:07 (the next tick) for the instant it fired, +2:00.
    const AuditRecord trigger = rows.errorRateTriggered(127 * kSecond, 120 * kSecond);
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));

    QCOMPARE(incident.obligations().size(), 1);
    const Obligation& o = incident.obligations().first();
    QCOMPARE(o.id, trigger.seq);
    QCOMPARE(o.signalId, QStringLiteral("error-rate"));
    QCOMPARE(o.level, Level::Slow);
    QCOMPARE(o.ownerRole, QStringLiteral("engineering-lead"));
    QCOMPARE(o.triggeredAt, at(2 * kMinute));
    QCOMPARE(o.deadline, at(7 * kMinute));
    QCOMPARE(o.timerMs, 5 * kMinute);
    QVERIFY(o.isOpen());
    QVERIFY(!o.signalCleared);
    QVERIFY(!o.acknowledgedAt);
    QCOMPARE(o.notifications.size(), 2);
    QCOMPARE(o.notifications.at(0).role, QStringLiteral("incident-commander"));
    QCOMPARE(o.notifications.at(1).role, QStringLiteral("service-owner"));
    QVERIFY(!o.notifications.at(0).confirmedAt);
    QCOMPARE(o.unconfirmedNotifications(), 2);
    QCOMPARE(incident.obligation(trigger.seq), &o);
    QCOMPARE(incident.obligation(trigger.seq + 100), nullptr);
    QCOMPARE(incident.triggerEventCount(), 1);

    const TimelineEntry& line = incident.timeline().last();
    QCOMPARE(line.seq, trigger.seq);
    QCOMPARE(line.at, at(127 * kSecond));
    QCOMPARE(TimelineText::render(line),
             QStringLiteral("error-rate triggered: Slow called for; engineering-lead owes a decision by "
                            "09:07:00 UTC"));
}

void TestIncident::levelEnteredRaisesTheLevel() {
    Rows rows;
    rows.started();
    rows.errorRateTriggered(2 * kMinute, 2 * kMinute);
    const AuditRecord slow =
        rows.levelEntered(2 * kMinute, 2 * kMinute, QStringLiteral("slow"), QStringLiteral("normal"));
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));
    QCOMPARE(incident.level(), Level::Slow);
    QCOMPARE(incident.levelSince(), at(2 * kMinute));
    QCOMPARE(incident.timeline().last().seq, slow.seq);
    QCOMPARE(TimelineText::render(incident.timeline().last()), QStringLiteral("Level Slow entered"));

    rows.p1Triggered(30 * kMinute);
    // The level's time is the instant in the payload, not when the row was written.
    QVERIFY(incident.apply(rows.all().last()));
    QVERIFY(
        incident.apply(rows.levelEntered(31 * kMinute, 30 * kMinute, QStringLiteral("stop"), QStringLiteral("slow"))));
    QCOMPARE(incident.level(), Level::Stop);
    QCOMPARE(incident.levelSince(), at(30 * kMinute));
    QCOMPARE(TimelineText::render(incident.timeline().last()), QStringLiteral("Level Stop entered"));

    // A level the fold does not know is refused and changes nothing.
    const int lines = int(incident.timeline().size());
    QVERIFY(!incident.apply(
        rows.levelEntered(32 * kMinute, 32 * kMinute, QStringLiteral("panic"), QStringLiteral("stop"))));
    QVERIFY(!incident.apply(
        rows.levelEntered(32 * kMinute, 32 * kMinute, QStringLiteral("normal"), QStringLiteral("stop"))));
    QCOMPARE(incident.level(), Level::Stop);
    QCOMPARE(incident.timeline().size(), lines);
}

void TestIncident::clearingNeverLowersTheLevel() {
    Rows rows;
    rows.started();
    const AuditRecord p1 = rows.p1Triggered(30 * kMinute);
    rows.levelEntered(30 * kMinute, 30 * kMinute, QStringLiteral("stop"), QStringLiteral("normal"));
    const AuditRecord cleared = rows.cleared(65 * kMinute, 60 * kMinute, QStringLiteral("p1-count"));
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));

    QCOMPARE(incident.level(), Level::Stop);
    QCOMPARE(incident.levelSince(), at(30 * kMinute));
    const Obligation* o = incident.obligation(p1.seq);
    QVERIFY(o);
    QVERIFY(o->signalCleared);
    QVERIFY(o->isOpen()); // a clear is not a decision: the owner still owes one
    QCOMPARE(nextDecision(incident), o);
    QCOMPARE(incident.triggerEventCount(), 2);
    QCOMPARE(incident.timeline().last().seq, cleared.seq);
    QCOMPARE(TimelineText::render(incident.timeline().last()),
             QStringLiteral("p1-count cleared (the level stays until a decision lowers it)"));
}

void TestIncident::deEscalateDecisionLowersTheLevel() {
    Rows rows;
    rows.started();
    const AuditRecord loss = rows.dataLossTriggered(kMinute);
    rows.levelEntered(kMinute, kMinute, QStringLiteral("reverse"), QStringLiteral("normal"));
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));
    QCOMPARE(incident.level(), Level::Reverse);

    const AuditRecord down = rows.decided(4 * kMinute, QStringLiteral("Sam"), loss.seq, QStringLiteral("de-escalate"),
                                          QStringLiteral("service-owner"), QStringLiteral("The loss was a display bug"),
                                          QStringLiteral("slow"));
    QVERIFY(incident.apply(down));
    QCOMPARE(incident.level(), Level::Slow);
    QCOMPARE(incident.levelSince(), at(4 * kMinute));
    const Obligation* o = incident.obligation(loss.seq);
    QVERIFY(o);
    QVERIFY(!o->isOpen());
    QCOMPARE(o->decision, std::optional<Decision>(Decision::DeEscalate));
    QCOMPARE(o->decidedAt, at(4 * kMinute));
    QCOMPARE(o->decidedBy, QStringLiteral("Sam"));
    QCOMPARE(o->decidedByRole, QStringLiteral("service-owner"));
    QCOMPARE(o->decisionReason, QStringLiteral("The loss was a display bug"));
    QCOMPARE(TimelineText::render(incident.timeline().last()),
             QStringLiteral("Sam (service-owner) decided to de-escalate on data-loss: level lowered to Slow — "
                            "\"The loss was a display bug\""));
}

void TestIncident::deEscalateToNormal() {
    Rows rows;
    rows.started();
    const AuditRecord e = rows.errorRateTriggered(2 * kMinute, 2 * kMinute);
    rows.levelEntered(2 * kMinute, 2 * kMinute, QStringLiteral("slow"), QStringLiteral("normal"));
    rows.decided(3 * kMinute, QStringLiteral("Lee"), e.seq, QStringLiteral("de-escalate"),
                 QStringLiteral("engineering-lead"), QStringLiteral("Back under 1%"), QStringLiteral("normal"));
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));
    QCOMPARE(incident.level(), Level::Normal);
    QCOMPARE(incident.levelSince(), at(3 * kMinute));
}

void TestIncident::holdKeepsTheLevelAndClosesTheObligation() {
    Rows rows;
    rows.started();
    const AuditRecord e = rows.errorRateTriggered(2 * kMinute, 2 * kMinute);
    rows.levelEntered(2 * kMinute, 2 * kMinute, QStringLiteral("slow"), QStringLiteral("normal"));
    const AuditRecord hold =
        rows.decided(3 * kMinute, QStringLiteral("Lee"), e.seq, QStringLiteral("hold"),
                     QStringLiteral("engineering-lead"), QStringLiteral("Watching the canary"), QStringLiteral("slow"));
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));
    QCOMPARE(incident.level(), Level::Slow);
    QCOMPARE(incident.levelSince(), at(2 * kMinute));
    const Obligation* o = incident.obligation(e.seq);
    QCOMPARE(o->decision, std::optional<Decision>(Decision::Hold));
    QVERIFY(!o->isOpen());
    QCOMPARE(nextDecision(incident), nullptr);
    QCOMPARE(incident.timeline().last().seq, hold.seq);
    QCOMPARE(TimelineText::render(incident.timeline().last()),
             QStringLiteral("Lee (engineering-lead) decided to hold on error-rate — \"Watching the canary\""));

    // A "de-escalation" to a level that is not lower does not raise or keep-lower anything.
    Rows more;
    more.started();
    const AuditRecord p1 = more.p1Triggered(30 * kMinute);
    more.levelEntered(30 * kMinute, 30 * kMinute, QStringLiteral("stop"), QStringLiteral("normal"));
    more.decided(31 * kMinute, QStringLiteral("Ana"), p1.seq, QStringLiteral("de-escalate"),
                 QStringLiteral("incident-commander"), QStringLiteral("typo"), QStringLiteral("reverse"));
    Incident other;
    QVERIFY(applyAll(other, more.all()));
    QCOMPARE(other.level(), Level::Stop);
    QCOMPARE(other.levelSince(), at(30 * kMinute));
}

void TestIncident::decisionOnBehalfIsWrittenDown() {
    Rows rows;
    rows.started();
    const AuditRecord loss = rows.dataLossTriggered(kMinute);
    rows.decided(2 * kMinute, QStringLiteral("Ana"), loss.seq, QStringLiteral("carry-out"),
                 QStringLiteral("incident-commander"), QStringLiteral("Service owner unreachable"),
                 QStringLiteral("reverse"), QStringLiteral("service-owner"));
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));
    const Obligation* o = incident.obligation(loss.seq);
    QCOMPARE(o->decision, std::optional<Decision>(Decision::CarryOut));
    QCOMPARE(o->decidedByRole, QStringLiteral("incident-commander"));
    QCOMPARE(TimelineText::render(incident.timeline().last()),
             QStringLiteral("Ana (incident-commander) decided to carry out on data-loss, acting for service-owner — "
                            "\"Service owner unreachable\""));
}

void TestIncident::secondDecisionOnOneObligationIsRefused() {
    Rows rows;
    rows.started();
    const AuditRecord e = rows.errorRateTriggered(2 * kMinute, 2 * kMinute);
    rows.levelEntered(2 * kMinute, 2 * kMinute, QStringLiteral("slow"), QStringLiteral("normal"));
    rows.decided(3 * kMinute, QStringLiteral("Lee"), e.seq, QStringLiteral("hold"), QStringLiteral("engineering-lead"),
                 QStringLiteral("Watching"), QStringLiteral("slow"));
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));
    QVERIFY(!incident.apply(rows.decided(4 * kMinute, QStringLiteral("Lee"), e.seq, QStringLiteral("de-escalate"),
                                         QStringLiteral("engineering-lead"), QStringLiteral("x"),
                                         QStringLiteral("normal"))));
    QCOMPARE(incident.level(), Level::Slow);
    QCOMPARE(incident.obligation(e.seq)->decision, std::optional<Decision>(Decision::Hold));
    // Unknown decisions and unknown obligations are refused too.
    const AuditRecord p1 = rows.p1Triggered(30 * kMinute);
    QVERIFY(incident.apply(p1));
    QVERIFY(!incident.apply(rows.decided(31 * kMinute, QStringLiteral("Ana"), p1.seq, QStringLiteral("shrug"),
                                         QStringLiteral("incident-commander"), {}, QStringLiteral("stop"))));
    QVERIFY(!incident.apply(rows.decided(31 * kMinute, QStringLiteral("Ana"), 999, QStringLiteral("carry-out"),
                                         QStringLiteral("incident-commander"), {}, QStringLiteral("stop"))));
    QVERIFY(incident.obligation(p1.seq)->isOpen());
}

void TestIncident::acknowledgementsAndTicksCarryTimeAndActor() {
    Rows rows;
    rows.started();
    const AuditRecord loss = rows.dataLossTriggered(kMinute);
    rows.acknowledged(90 * kSecond, QStringLiteral("Sam"), loss.seq);
    rows.told(100 * kSecond, QStringLiteral("Sam"), loss.seq, QStringLiteral("policy-lead"));
    const AuditRecord tick =
        rows.told(110 * kSecond, QStringLiteral("Ana"), loss.seq, QStringLiteral("incident-commander"));
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));

    const Obligation* o = incident.obligation(loss.seq);
    QVERIFY(o->acknowledgedAt);
    QCOMPARE(*o->acknowledgedAt, at(90 * kSecond));
    QCOMPARE(o->acknowledgedBy, QStringLiteral("Sam"));
    QVERIFY(o->isOpen()); // acknowledging is not deciding

    QCOMPARE(o->notifications.size(), 3);
    const NotificationItem& commander = o->notifications.at(0);
    const NotificationItem& policy = o->notifications.at(1);
    const NotificationItem& comms = o->notifications.at(2);
    QCOMPARE(commander.role, QStringLiteral("incident-commander"));
    QCOMPARE(commander.confirmedAt, std::optional<QDateTime>(at(110 * kSecond)));
    QCOMPARE(commander.confirmedBy, QStringLiteral("Ana"));
    QCOMPARE(policy.confirmedAt, std::optional<QDateTime>(at(100 * kSecond)));
    QCOMPARE(policy.confirmedBy, QStringLiteral("Sam"));
    QVERIFY(!comms.confirmedAt);
    QCOMPARE(o->unconfirmedNotifications(), 1);

    QCOMPARE(TimelineText::render(incident.timeline().at(incident.timeline().size() - 3)),
             QStringLiteral("Sam acknowledged data-loss"));
    QCOMPARE(incident.timeline().last().seq, tick.seq);
    QCOMPARE(TimelineText::render(incident.timeline().last()),
             QStringLiteral("Ana confirmed incident-commander was told about data-loss"));
}

void TestIncident::ticksForUnknownRolesOrObligationsAreRefused() {
    Rows rows;
    rows.started();
    const AuditRecord loss = rows.dataLossTriggered(kMinute);
    rows.told(100 * kSecond, QStringLiteral("Sam"), loss.seq, QStringLiteral("policy-lead"));
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));
    const int lines = int(incident.timeline().size());

    // The same role twice: the first tick stands, with its time and actor.
    QVERIFY(!incident.apply(rows.told(200 * kSecond, QStringLiteral("Ana"), loss.seq, QStringLiteral("policy-lead"))));
    QCOMPARE(incident.obligation(loss.seq)->notifications.at(1).confirmedAt,
             std::optional<QDateTime>(at(100 * kSecond)));
    QCOMPARE(incident.obligation(loss.seq)->notifications.at(1).confirmedBy, QStringLiteral("Sam"));
    QVERIFY(
        !incident.apply(rows.told(200 * kSecond, QStringLiteral("Ana"), loss.seq, QStringLiteral("engineering-lead"))));
    QVERIFY(!incident.apply(rows.told(200 * kSecond, QStringLiteral("Ana"), 999, QStringLiteral("policy-lead"))));
    QVERIFY(!incident.apply(rows.acknowledged(200 * kSecond, QStringLiteral("Ana"), 999)));
    QCOMPARE(incident.obligation(loss.seq)->unconfirmedNotifications(), 2);
    QCOMPARE(incident.timeline().size(), lines);
}

void TestIncident::operatorChangeIsFolded() {
    Rows rows;
    rows.started();
    rows.add(kMinute, QStringLiteral("Ana"), EventKind::OperatorChanged,
             {{QStringLiteral("name"), QStringLiteral("Sam")},
              {QStringLiteral("role"), QStringLiteral("service-owner")},
              {QStringLiteral("previous"), QStringLiteral("Ana")},
              {QStringLiteral("previous_role"), QStringLiteral("incident-commander")}});
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));
    QCOMPARE(incident.currentOperator().name, QStringLiteral("Sam"));
    QCOMPARE(incident.currentOperator().role, QStringLiteral("service-owner"));
    QCOMPARE(TimelineText::render(incident.timeline().last()), QStringLiteral("Sam (service-owner) took the keyboard"));
}

void TestIncident::eventsOfOtherIncidentsAreIgnored() {
    Rows rows;
    rows.started(0);
    rows.started(10 * kSecond, QStringLiteral("live"), kOther);
    rows.observed(20 * kSecond, QStringLiteral("error-rate"), 4);
    const AuditRecord foreign = rows.triggered(kMinute, kMinute, QStringLiteral("data-loss"), QStringLiteral("reverse"),
                                               QStringLiteral("service-owner"), 0, {}, kOther);
    AuditRecord foreignLevel = rows.levelEntered(kMinute, kMinute, QStringLiteral("reverse"), QStringLiteral("normal"));
    foreignLevel.incident = kOther;
    const AuditRecord consoleRow = rows.add(kMinute, QStringLiteral("Ana"), QStringLiteral("ui.click"), {}, QString());

    QList<AuditRecord> all = rows.all();
    all[foreignLevel.seq - 1] = foreignLevel;
    const Incident folded = Incident::fold(all, kId);
    QCOMPARE(folded.id(), kId);
    QCOMPARE(folded.startedAt(), startInstant());
    QVERIFY(folded.obligations().isEmpty());
    QCOMPARE(folded.level(), Level::Normal);
    QCOMPARE(folded.timeline().size(), 2);

    // Applied one by one, the foreign rows are refused.
    Incident incident;
    QVERIFY(incident.apply(all.first()));
    QVERIFY(!incident.apply(all.at(1)));
    QVERIFY(!incident.apply(foreign));
    QVERIFY(!incident.apply(foreignLevel));
    QVERIFY(!incident.apply(consoleRow));
    QCOMPARE(incident.id(), kId);
    QVERIFY(incident.obligations().isEmpty());
    QCOMPARE(incident.level(), Level::Normal);

    // The other incident folds on its own.
    const Incident other = Incident::fold(all, kOther);
    QCOMPARE(other.id(), kOther);
    QCOMPARE(other.obligations().size(), 1);
    QCOMPARE(other.level(), Level::Reverse);
}

void TestIncident::eventsAfterCloseAreIgnored() {
    Rows rows;
    rows.started();
    const AuditRecord e = rows.errorRateTriggered(2 * kMinute, 2 * kMinute);
    rows.levelEntered(2 * kMinute, 2 * kMinute, QStringLiteral("slow"), QStringLiteral("normal"));
    const AuditRecord close = rows.closed(10 * kMinute, QStringLiteral("Rolled back; error rate normal"));
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));
    QVERIFY(incident.isClosed());
    QCOMPARE(incident.closedAt(), std::optional<QDateTime>(at(10 * kMinute)));
    QCOMPARE(incident.closingSummary(), QStringLiteral("Rolled back; error rate normal"));
    QCOMPARE(incident.timeline().last().seq, close.seq);
    QCOMPARE(TimelineText::render(incident.timeline().last()),
             QStringLiteral("Ana closed the reversal: Rolled back; error rate normal"));
    const int lines = int(incident.timeline().size());

    QVERIFY(!incident.apply(rows.observed(11 * kMinute, QStringLiteral("error-rate"), 9)));
    QVERIFY(!incident.apply(rows.dataLossTriggered(11 * kMinute)));
    QVERIFY(!incident.apply(
        rows.levelEntered(11 * kMinute, 11 * kMinute, QStringLiteral("reverse"), QStringLiteral("slow"))));
    QVERIFY(!incident.apply(rows.decided(11 * kMinute, QStringLiteral("Lee"), e.seq, QStringLiteral("carry-out"),
                                         QStringLiteral("engineering-lead"), {}, QStringLiteral("slow"))));
    QVERIFY(!incident.apply(rows.acknowledged(11 * kMinute, QStringLiteral("Lee"), e.seq)));
    QVERIFY(!incident.apply(rows.closed(12 * kMinute, QStringLiteral("again"))));

    QCOMPARE(incident.level(), Level::Slow);
    QCOMPARE(incident.obligations().size(), 1);
    QVERIFY(incident.obligation(e.seq)->isOpen());
    QVERIFY(!incident.obligation(e.seq)->acknowledgedAt);
    QVERIFY(incident.observations().isEmpty());
    QCOMPARE(incident.closedAt(), std::optional<QDateTime>(at(10 * kMinute)));
    QCOMPARE(incident.closingSummary(), QStringLiteral("Rolled back; error rate normal"));
    QCOMPARE(incident.timeline().size(), lines);
    QCOMPARE(Incident::fold(rows.all(), kId).timeline().size(), lines);
}

void TestIncident::unknownKindsAreIgnored() {
    Rows rows;
    rows.started();
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));
    QVERIFY(!incident.apply(rows.add(kMinute, QStringLiteral("Ana"), QStringLiteral("CommsSent"), {})));
    // A click is kept beside the timeline (the timeline model shows the acts), never as an event.
    QVERIFY(incident.apply(rows.add(kMinute, QStringLiteral("Ana"), QStringLiteral("ui.click"), {})));
    QCOMPARE(incident.timeline().size(), 1);
    QCOMPARE(incident.clicks().size(), 1);
    QCOMPARE(incident.clicks().first().actor, QStringLiteral("Ana"));
}

void TestIncident::owedIsOverdueFirstThenHigherLevelThenEarlierDeadline() {
    Rows rows;
    rows.started();
    // Recorded in this order; due in another: p1 (Stop, +32:00) is written first, then error-rate
    // (Slow, +7:00) and data-loss (Reverse, +3:00, immediate).
    const AuditRecord p1 = rows.triggered(kMinute, 30 * kMinute, QStringLiteral("p1-count"), QStringLiteral("stop"),
                                          QStringLiteral("incident-commander"), 2 * kMinute, {});
    const AuditRecord errorRate = rows.errorRateTriggered(2 * kMinute, 2 * kMinute);
    const AuditRecord loss = rows.dataLossTriggered(3 * kMinute);
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));

    // At 3:00 the data loss is overdue: its acknowledgement, then its decision, then its list come first.
    const QList<OwedItem> owed = owedItems(incident, at(3 * kMinute));
    QCOMPARE(owed.size(), 2 + 3 + 2 + 2 + 2); // loss: ack, decision, 3 to tell; p1: ack, decision; error: 2 + 2
    QCOMPARE(owed.at(0).kind, OwedKind::Acknowledgement);
    QCOMPARE(owed.at(0).obligation, loss.seq);
    QVERIFY(owed.at(0).overdue);
    QCOMPARE(owed.at(1).kind, OwedKind::Decision);
    QCOMPARE(owed.at(2).kind, OwedKind::Notification);
    QCOMPARE(owed.at(2).told, QStringLiteral("incident-commander"));
    // Nothing else overdue: the higher level (p1, Stop) before the earlier deadline (error rate, Slow).
    QCOMPARE(owed.at(5).obligation, p1.seq);
    QCOMPARE(owed.at(7).obligation, errorRate.seq);
    const OwedCount count = countOwed(owed);
    QCOMPARE(count.acknowledgements, 3);
    QCOMPARE(count.decisions, 3);
    QCOMPARE(count.notifications, 5);
    QCOMPARE(count.total, 11);

    QVERIFY(incident.apply(rows.decided(4 * kMinute, QStringLiteral("Sam"), loss.seq, QStringLiteral("carry-out"),
                                        QStringLiteral("service-owner"), {}, QStringLiteral("reverse"))));
    QCOMPARE(nextDecision(incident, 4 * kMinute)->id, p1.seq);
    // Past its deadline the error rate is overdue and comes before the higher, not yet due p1.
    QCOMPARE(nextDecision(incident, 8 * kMinute)->id, errorRate.seq);
    // Acknowledging or clearing does not pay what is owed.
    QVERIFY(incident.apply(rows.acknowledged(5 * kMinute, QStringLiteral("Lee"), errorRate.seq)));
    QVERIFY(incident.apply(rows.cleared(5 * kMinute, 5 * kMinute, QStringLiteral("error-rate"))));
    QCOMPARE(nextDecision(incident, 8 * kMinute)->id, errorRate.seq);
    QVERIFY(
        incident.apply(rows.decided(6 * kMinute, QStringLiteral("Lee"), errorRate.seq, QStringLiteral("hold"),
                                    QStringLiteral("engineering-lead"), QStringLiteral("r"), QStringLiteral("slow"))));
    QCOMPARE(nextDecision(incident, 8 * kMinute)->id, p1.seq);
    QVERIFY(incident.apply(rows.decided(40 * kMinute, QStringLiteral("Ana"), p1.seq, QStringLiteral("carry-out"),
                                        QStringLiteral("incident-commander"), {}, QStringLiteral("stop"))));
    QCOMPARE(nextDecision(incident, 40 * kMinute), nullptr);
    // Every decision is in; what is still owed is the people to tell.
    const OwedCount left = countOwed(owedItems(incident, at(40 * kMinute)));
    QCOMPARE(left.total, 5);
    QCOMPARE(left.notifications, 5);
}

void TestIncident::levelMovesOnlyByRecordedChangesUnderTheRule() {
    Rows rows;
    rows.started();
    const AuditRecord p1 = rows.p1Triggered(kMinute);
    const auto changed = [&](qint64 atMs, const QString& from, const QString& to, const QString& cause,
                             qint64 obligation, const QString& signal) {
        return rows.add(atMs, QStringLiteral("Ana"), EventKind::LevelChanged,
                        {{QStringLiteral("from"), from},
                         {QStringLiteral("to"), to},
                         {QStringLiteral("cause"), cause},
                         {QStringLiteral("obligation"), obligation},
                         {QStringLiteral("signal"), signal},
                         {QStringLiteral("at"), utcText(atMs)}});
    };
    changed(kMinute, QStringLiteral("normal"), QStringLiteral("stop"), QStringLiteral("trigger"), p1.seq, kP1);
    const AuditRecord loss = rows.dataLossTriggered(2 * kMinute);
    changed(2 * kMinute, QStringLiteral("stop"), QStringLiteral("reverse"), QStringLiteral("trigger"), loss.seq,
            kDataLoss);
    // A de-escalation on p1 written since the rule: it lowers what p1 calls for, not the incident.
    rows.add(3 * kMinute, QStringLiteral("Ana"), EventKind::DecisionRecorded,
             {{QStringLiteral("obligation"), p1.seq},
              {QStringLiteral("signal"), kP1},
              {QStringLiteral("decision"), QStringLiteral("de-escalate")},
              {QStringLiteral("level"), QStringLiteral("normal")},
              {QStringLiteral("role"), QStringLiteral("incident-commander")},
              {QStringLiteral("reason"), QStringLiteral("dupes")},
              {QStringLiteral("applies_to"), QStringLiteral("item")}});
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));
    QCOMPARE(incident.level(), Level::Reverse);
    QCOMPARE(incident.levelCalledFor(), Level::Reverse);
    QCOMPARE(incident.obligation(p1.seq)->callsFor, Level::Normal);
    QCOMPARE(incident.blockingAbove(Level::Normal, p1.seq)->id, loss.seq);
    QVERIFY(!incident.timeline().last().levelLoweredTo);

    // The same row from an older version (no applies_to) lowered the whole incident, and still folds so.
    Rows old;
    old.started();
    const AuditRecord oldP1 = old.p1Triggered(kMinute);
    old.dataLossTriggered(2 * kMinute);
    old.decided(3 * kMinute, QStringLiteral("Ana"), oldP1.seq, QStringLiteral("de-escalate"),
                QStringLiteral("incident-commander"), QStringLiteral("dupes"), QStringLiteral("normal"));
    Incident legacy;
    QVERIFY(applyAll(legacy, old.all()));
    QCOMPARE(legacy.level(), Level::Normal);
    QCOMPARE(legacy.levelCalledFor(), Level::Reverse); // what the rule would have said

    // Standing down (obligation 0, "all") caps every item; the level follows its LevelChanged row.
    QVERIFY(incident.apply(rows.decided(4 * kMinute, QStringLiteral("Sam"), loss.seq, QStringLiteral("carry-out"),
                                        QStringLiteral("service-owner"), {}, QStringLiteral("reverse"))));
    QVERIFY(incident.apply(rows.add(5 * kMinute, QStringLiteral("Ana"), EventKind::DecisionRecorded,
                                    {{QStringLiteral("obligation"), 0},
                                     {QStringLiteral("decision"), QStringLiteral("de-escalate")},
                                     {QStringLiteral("level"), QStringLiteral("slow")},
                                     {QStringLiteral("role"), QStringLiteral("incident-commander")},
                                     {QStringLiteral("reason"), QStringLiteral("rolled back")},
                                     {QStringLiteral("applies_to"), QStringLiteral("all")}})));
    QCOMPARE(incident.level(), Level::Reverse);
    QCOMPARE(incident.levelCalledFor(), Level::Slow);
    QVERIFY(incident.apply(
        changed(5 * kMinute, QStringLiteral("reverse"), QStringLiteral("slow"), QStringLiteral("stand-down"), 0, {})));
    QCOMPARE(incident.level(), Level::Slow);
    QCOMPARE(incident.recordedLevel(), Level::Slow);
    QCOMPARE(incident.levelSince(), at(5 * kMinute));
    QCOMPARE(TimelineText::render(incident.timeline().last()),
             QStringLiteral("Level lowered to Slow (from Reverse): the incident was stood down"));
}

void TestIncident::latestObligationIsTheNewestOfItsSignal() {
    Rows rows;
    rows.started();
    const AuditRecord first = rows.errorRateTriggered(2 * kMinute, 2 * kMinute);
    rows.cleared(3 * kMinute, 3 * kMinute, QStringLiteral("error-rate"));
    const AuditRecord second = rows.errorRateTriggered(6 * kMinute, 6 * kMinute);
    Incident incident;
    QVERIFY(applyAll(incident, rows.all()));
    QCOMPARE(incident.obligations().size(), 2);
    QCOMPARE(incident.latestObligation(QStringLiteral("error-rate"))->id, second.seq);
    QVERIFY(incident.obligation(first.seq)->signalCleared);
    QVERIFY(!incident.obligation(second.seq)->signalCleared);
    QCOMPARE(incident.latestObligation(QStringLiteral("data-loss")), nullptr);
    // Both stay owed; the older is due first.
    QCOMPARE(nextDecision(incident)->id, first.seq);
}

void TestIncident::foldEqualsApplyingInOrder() {
    Rows rows;
    rows.started();
    rows.observed(0, QStringLiteral("error-rate"), 6);
    const AuditRecord e = rows.errorRateTriggered(2 * kMinute, 2 * kMinute);
    rows.levelEntered(2 * kMinute, 2 * kMinute, QStringLiteral("slow"), QStringLiteral("normal"));
    rows.told(3 * kMinute, QStringLiteral("Ana"), e.seq, QStringLiteral("service-owner"));
    rows.decided(4 * kMinute, QStringLiteral("Lee"), e.seq, QStringLiteral("carry-out"),
                 QStringLiteral("engineering-lead"), {}, QStringLiteral("slow"));
    Incident applied;
    QVERIFY(applyAll(applied, rows.all()));
    const Incident folded = Incident::fold(rows.all(), kId);
    QCOMPARE(folded.level(), applied.level());
    QCOMPARE(folded.obligations().size(), 1);
    QCOMPARE(folded.obligations().first().decision, applied.obligations().first().decision);
    QCOMPARE(folded.obligations().first().notifications.at(1).confirmedAt,
             applied.obligations().first().notifications.at(1).confirmedAt);
    QCOMPARE(folded.timeline().size(), applied.timeline().size());
    for (int i = 0; i < folded.timeline().size(); ++i)
        QCOMPARE(TimelineText::render(folded.timeline().at(i)), TimelineText::render(applied.timeline().at(i)));
    // A fold of an id that is not in the rows is an empty incident.
    QVERIFY(!Incident::fold(rows.all(), QStringLiteral("rev-missing")).isStarted());
}

QTEST_GUILESS_MAIN(TestIncident)
#include "TestIncident.moc"
