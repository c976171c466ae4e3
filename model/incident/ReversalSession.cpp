#include "ReversalSession.h"

#include "AuditLog.h"
#include "AuditTrail.h"
#include "Clock.h"
#include "IncidentReplay.h"
#include "OwedItems.h"
#include "RegulatorClocks.h"
#include "RubricRebuild.h"
#include "TimelineText.h"
#include "UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cmath>

namespace turnback {

namespace {

/// What makes an operator's act the same act done again (AuditTrail::append): who did what to
/// what, without when. Rubric transitions are the engine's, never done again by hand: each counts.
QString actKey(events::IncidentEvent event, const AuditEvent& row) {
    if (std::holds_alternative<events::SignalTriggered>(event) ||
        std::holds_alternative<events::SignalCleared>(event) || std::holds_alternative<events::LevelEntered>(event))
        return {};
    if (auto* seen = std::get_if<events::ObservationRecorded>(&event)) {
        seen->observedAt = {};
        seen->rubricMs.reset();
    }
    return QStringList{row.actor, row.kind, row.target, row.incident, AuditLog::canonicalPayload(events::toJson(event))}
        .join(QLatin1Char('\n'));
}

} // namespace

ReversalSession::ReversalSession(AuditTrail& trail, const Clock& clock, const Kit& kit, QObject* parent)
    : IncidentView(parent)
    , m_trail(trail)
    , m_log(trail.log())
    , m_clock(clock)
    , m_kit(kit)
    , m_engine(kit) {
    connect(&m_trail, &AuditTrail::recorded, this, &ReversalSession::onRecorded);
}

ReversalSession::ReversalSession(AuditLog& log, const Clock& clock, const Kit& kit, QObject* parent)
    : IncidentView(parent)
    , m_ownTrail(std::make_unique<AuditTrail>(log))
    , m_trail(*m_ownTrail)
    , m_log(log)
    , m_clock(clock)
    , m_kit(kit)
    , m_engine(kit) {
    connect(&m_trail, &AuditTrail::recorded, this, &ReversalSession::onRecorded);
}

ReversalSession::~ReversalSession() {
    // The shared trail outlives us: stop listening before members go.
    disconnect(&m_trail, nullptr, this, nullptr);
}

bool ReversalSession::hasUnrecordedEvents() const {
    return m_trail.pendingCount() > 0;
}

bool ReversalSession::fail(const QString& message) {
    m_error = message;
    return false;
}

bool ReversalSession::requireOpen() {
    if (!m_incident.isStarted())
        return fail(tr("No reversal is running."));
    if (m_incident.isClosed())
        return fail(tr("This reversal is closed; nothing more can be recorded in it."));
    if (isImporting())
        return fail(tr("An observation import is being recorded; act again once it is in (or cancel it)."));
    return true;
}

bool ReversalSession::append(const events::IncidentEvent& event) {
    return appendEvent(event) == Appended::Recorded;
}

QString ReversalSession::unrecordedMessage(bool pending, const QString& error) const {
    return pending ? tr("NOT YET RECORDED: held in memory and written, with its time, as soon as the audit log can "
                        "be written. %1")
                         .arg(m_trail.faultMessage())
                   : tr("Not recorded: %1").arg(error);
}

AuditEvent ReversalSession::auditEventFor(const events::IncidentEvent& event, const QString& incidentId,
                                          const QString& actor) const {
    const bool starting = std::holds_alternative<events::ReversalStarted>(event);
    const bool exercise = starting ? std::get<events::ReversalStarted>(event).exercise : m_incident.isExercise();
    QJsonObject payload = events::toJson(event);
    if (exercise)
        payload.insert(QStringLiteral("exercise"), true);
    if (m_scripted)
        payload.insert(QStringLiteral("scripted"), true);
    const QString id = incidentId.isEmpty() ? m_incident.id() : incidentId;
    QString target = events::targetOf(event);
    if (std::holds_alternative<events::ReversalClosed>(event))
        target = id;
    return {actor.isEmpty() ? m_incident.currentOperator().name : actor, events::kindOf(event), target, id, payload};
}

ReversalSession::Appended ReversalSession::appendEvent(const events::IncidentEvent& event, const QString& incidentId,
                                                       const QString& actor) {
    const AuditEvent audited = auditEventFor(event, incidentId, actor);
    if (std::holds_alternative<events::ReversalStarted>(event))
        m_startingId = audited.incident;
    // Applied in onRecorded(), when (and only when) the trail has written it.
    const AuditEvent& row = audited;
    const AuditTrail::AppendResult result = m_trail.append(row, actKey(event, row));
    if (result.isRecorded())
        return Appended::Recorded;
    QString message;
    if (result.isAlreadyHeld())
        message = tr("ALREADY HELD: the same %1 (%2), done at %3, is held in memory and will be written with "
                     "its time as soon as the audit log can be written. It was not recorded a second time; if this "
                     "is a separate one, do it again once the held one is written.")
                      .arg(row.kind, row.target, result.held->atUtc.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    else if (result.isPending())
        message = tr("NOT YET RECORDED: %1 (%2) is held in memory and will be written with its time as soon as the "
                     "audit log can be written; do not do it again. %3")
                      .arg(row.kind, row.target, m_trail.faultMessage());
    else
        message = tr("Not recorded: %1").arg(result.error);
    emit recordingFailed(message);
    fail(message);
    return result.isPending() || result.isAlreadyHeld() ? Appended::Pending : Appended::Refused;
}

void ReversalSession::onRecorded(const AuditRecord& record) {
    const bool mine = (!m_startingId.isEmpty() && record.incident == m_startingId) ||
                      (m_incident.isStarted() && record.incident == m_incident.id());
    if (!mine)
        return;
    const std::optional<events::IncidentEvent> event = events::fromRecord(record);
    if (!event) {
        if (m_incident.applyAside(record))
            emit changed(); // the timeline shows it
        return;
    }
    if (!m_incident.apply(record, *event))
        return;
    if (record.kind == EventKind::ReversalStarted)
        m_startingId.clear();
    if (const auto* seen = std::get_if<events::ObservationRecorded>(&*event)) {
        const QList<RubricTransition> transitions = observe(*seen);
        emit changed();
        for (const RubricTransition& transition : transitions)
            recordTransition(transition);
        return;
    }
    if (const auto* retraction = std::get_if<events::EntryRetracted>(&*event);
        retraction && retraction->retractedKind == EventKind::ObservationRecorded) {
        rebuildRubric(*retraction);
        return;
    }
    emit changed();
}

QList<RubricTransition> ReversalSession::observe(const events::ObservationRecorded& seen) {
    // The rubric sees an observation once it is on record, at the rubric time it was given.
    const Milliseconds at(seen.rubricMs.value_or(0));
    return m_engine.observe({std::max(at, m_engine.now()), seen.signal, seen.value});
}

void ReversalSession::rebuildRubric(const events::EntryRetracted& retraction) {
    const Milliseconds at(retraction.rubricMs.value_or(m_engine.now().count()));
    // Whatever fell due up to the retraction first (tick() recorded it before asking; this only
    // keeps the order if the trail held the retraction), then what differs without the observation.
    QList<RubricTransition> owed = m_engine.advanceTo(at);
    RubricRebuild rebuilt = RubricRebuild::fromStanding(RubricEngine(m_kit), m_engine, m_incident, at);
    m_engine = std::move(rebuilt.engine);
    owed += rebuilt.transitions;
    emit changed();
    for (const RubricTransition& transition : owed)
        recordTransition(transition);
}

Milliseconds ReversalSession::engineTime(const QDateTime& at) const {
    // Never earlier than the rubric's own time, nor than an observation still waiting to be
    // written: a wall clock set back must not rewind the rubric.
    return std::max({Milliseconds(m_incident.startedAt().msecsTo(at)), m_engine.now(), m_lastObservation});
}

QDateTime ReversalSession::instant(Milliseconds engineTime) const {
    return m_incident.startedAt().addMSecs(engineTime.count());
}

bool ReversalSession::start(const ReversalSetup& setup) {
    if (m_incident.isStarted())
        return fail(tr("A reversal is already running in this session."));
    if (setup.title.trimmed().isEmpty())
        return fail(tr("Give the reversal a title."));
    if (setup.service.trimmed().isEmpty())
        return fail(tr("Name the service being reversed."));
    if (setup.op.name.trimmed().isEmpty())
        return fail(tr("Say who is at the keyboard."));
    if (!m_kit.role(setup.op.role))
        return fail(tr("Choose your role from the kit's roles."));
    const QDateTime now = m_clock.utcNow();
    const QString id = QStringLiteral("rev-%1-%2")
                           .arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss")))
                           .arg(QRandomGenerator::global()->generate() & 0xffff, 4, 16, QLatin1Char('0'));
    events::ReversalStarted started{
        setup.title.trimmed(), setup.service.trimmed(), setup.op.role, setup.exercise,      m_kit.id,
        m_kit.sourceFile,      m_kit.overlayFiles,      m_kit.version, m_kit.formatVersion, m_kit.sourceSha256,
        m_kit.overlaySha256};
    return appendEvent(started, id, setup.op.name.trimmed()) == Appended::Recorded;
}

QStringList ReversalSession::openIncidentIds(const AuditLog& log) {
    QStringList open;
    for (const IncidentSummary& reversal : log.incidentSummaries())
        if (!reversal.isClosed())
            open << reversal.incident;
    return open;
}

bool ReversalSession::resume(const QString& incidentId) {
    if (m_incident.isStarted())
        return fail(tr("A reversal is already running in this session."));
    m_trail.retry(); // whatever waits belongs before what resuming may add
    IncidentReplay replay(m_kit);
    if (!replay.load(m_log, incidentId))
        return fail(replay.errorString());
    if (replay.incident().kitId() != m_kit.id)
        return fail(tr("Reversal %1 was started with the kit '%2'; open that kit to resume it.")
                        .arg(incidentId, replay.incident().kitId()));
    m_incident = replay.incident();
    m_engine = replay.engine();
    m_lastObservation = m_engine.now();
    // A crash between a trigger or a decision and its LevelChanged row: write the missing change now.
    if (const Level rule = m_incident.levelCalledFor();
        !m_incident.isClosed() && (rule != m_incident.recordedLevel() || rule != m_incident.level()) &&
        !append(events::LevelChanged{m_incident.recordedLevel(), rule, events::LevelCause::Resume, 0,
                                     m_incident.levelSignal(), m_clock.utcNow()}))
        return false;
    emit changed();
    if (m_incident.isClosed())
        return true;
    for (const RubricTransition& transition : replay.missingTransitions())
        if (!recordTransition(transition))
            return false;
    return tick();
}

bool ReversalSession::recordTransition(const RubricTransition& transition) {
    const QDateTime at = instant(transition.at);
    if (transition.event == RubricTransition::Event::Cleared)
        return append(events::SignalCleared{transition.signalId, at});

    const Signal* signal = m_kit.signal(transition.signalId);
    const Milliseconds timer = signal ? signal->timer : Milliseconds(0);
    // The level once everything already asked for is written (a trigger may still be waiting).
    const Level before = hasUnrecordedEvents() ? std::max(m_incident.level(), m_queuedLevel) : m_incident.level();
    m_queuedLevel = std::max(before, transition.level);
    const Appended trigger = appendEvent(events::SignalTriggered{
        transition.signalId, transition.level, at, signal ? signal->owner : QString(), qint64(timer.count()),
        at.addMSecs(timer.count()), signal ? signal->notify : QStringList()});
    // A trigger held by the trail still gets its LevelChanged behind it, in order (its obligation id,
    // the trigger's seq, is known only once it is written).
    if (trigger == Appended::Refused || transition.level <= before)
        return trigger == Appended::Recorded;
    const Obligation* triggered =
        trigger == Appended::Recorded ? m_incident.latestObligation(transition.signalId) : nullptr;
    const Appended level = appendEvent(events::LevelChanged{before, transition.level, events::LevelCause::Trigger,
                                                            triggered ? triggered->id : 0, transition.signalId, at});
    return trigger == Appended::Recorded && level == Appended::Recorded;
}

std::optional<events::ObservationRecorded> ReversalSession::observationFor(const QString& signalId,
                                                                           std::optional<double> value,
                                                                           std::optional<QDateTime> observedAt) {
    const Signal* signal = m_kit.signal(signalId);
    if (!signal) {
        fail(tr("The kit has no signal '%1'.").arg(signalId));
        return std::nullopt;
    }
    // Only a measured signal carries a value; an occurrence of a counted or "any" signal ignores one.
    const bool measured = signal->threshold.kind == Threshold::Kind::Measured;
    if (measured && (!value || !std::isfinite(*value))) {
        fail(tr("%1 needs a number.").arg(signal->name));
        return std::nullopt;
    }

    const QDateTime now = m_clock.utcNow();
    if (observedAt) {
        if (*observedAt > now) {
            fail(tr("An observation cannot be in the future (%1).").arg(utc::format(*observedAt)));
            return std::nullopt;
        }
        if (Milliseconds(m_incident.startedAt().msecsTo(*observedAt)) < std::max(m_engine.now(), m_lastObservation)) {
            fail(tr("Observations must be in time order: %1 is before the last one.").arg(utc::format(*observedAt)));
            return std::nullopt;
        }
    }
    const QDateTime at = observedAt.value_or(now);
    // Everything the engine would refuse (an unknown signal, a measured sample without a number,
    // time going backwards) is refused above or made impossible by engineTime(); the engine itself
    // sees the observation only once it is recorded (onRecorded).
    const Milliseconds rubricTime = engineTime(at);

    // rubric_ms is where the rubric placed the observation: equal to observed_at - start unless the
    // wall clock was set back. Resume replays it, so the rubric comes back exactly as it was.
    m_lastObservation = rubricTime;
    return events::ObservationRecorded{signalId, at, qint64(rubricTime.count()), measured ? value : std::nullopt};
}

bool ReversalSession::recordObservation(const QString& signalId, std::optional<double> value,
                                        std::optional<QDateTime> observedAt) {
    if (!requireOpen())
        return false;
    const std::optional<events::ObservationRecorded> observation = observationFor(signalId, value, observedAt);
    return observation && append(*observation);
}

bool ReversalSession::tick() {
    // While an import goes in the rubric stays where it is: its observations come before now, and
    // what falls due meanwhile is recorded once they are in, at its exact instant.
    if (!m_incident.isStarted() || m_incident.isClosed() || isImporting())
        return true;
    if (!m_trail.retry())
        return fail(m_trail.faultMessage());
    const QDateTime now = m_clock.utcNow();
    if (const std::optional<Milliseconds> due = m_engine.nextScheduledChange(); !due || *due > engineTime(now))
        return true;
    // The engine has moved: what it derived is now owed to the record, and the trail keeps it
    // (in order, with its instant) even if the log cannot take it yet.
    bool allRecorded = true;
    for (const RubricTransition& transition : m_engine.advanceTo(engineTime(now)))
        allRecorded = recordTransition(transition) && allRecorded;
    return allRecorded;
}

std::optional<QDateTime> ReversalSession::nextScheduledTransition() const {
    if (!m_incident.isStarted() || m_incident.isClosed())
        return std::nullopt;
    const std::optional<Milliseconds> next = m_engine.nextScheduledTransition();
    return next ? std::optional<QDateTime>(instant(*next)) : std::nullopt;
}

QList<RubricTransition> ReversalSession::levelRaisedBy(const QString& signalId, std::optional<double> value) const {
    if (!m_incident.isStarted() || m_incident.isClosed() || !m_kit.signal(signalId))
        return {};
    RubricEngine dryRun = m_engine;
    const Milliseconds now = engineTime(m_clock.utcNow());
    // What falls due by now is the rubric's own doing, not this observation's: only what it adds counts.
    Level level = hasUnrecordedEvents() ? std::max(m_incident.level(), m_queuedLevel) : m_incident.level();
    for (const RubricTransition& due : dryRun.advanceTo(now))
        if (due.event == RubricTransition::Event::Triggered)
            level = std::max(level, due.level);
    QList<RubricTransition> raising;
    for (const RubricTransition& t : dryRun.observe({now, signalId, value}))
        if (t.event == RubricTransition::Event::Triggered && t.level > level)
            raising.append(t);
    std::sort(raising.begin(), raising.end(),
              [](const RubricTransition& a, const RubricTransition& b) { return a.level > b.level; });
    return raising;
}

bool ReversalSession::retract(qint64 seq, const QString& reason) {
    if (!requireOpen())
        return false;
    const TimelineEntry* line = m_incident.entry(seq);
    const QString why = reason.trimmed();
    events::ActRefused attempt;
    attempt.act = events::RefusedAct::Retract;
    attempt.retracts = seq;
    attempt.subject = line ? events::targetOf(line->event) : QString();
    attempt.reason = why;
    attempt.role = m_incident.currentOperator().role;
    if (!line || !Incident::isRetractableKind(line->kind()))
        return refuse(attempt, events::ActRefusal::NotRetractable);
    if (line->isRetracted()) {
        attempt.earlierBy = line->retractedBy->actor;
        attempt.earlierAt = line->retractedBy->at;
        return refuse(attempt, events::ActRefusal::AlreadyDone);
    }
    if (why.isEmpty())
        return refuse(attempt, events::ActRefusal::NoReason);
    events::EntryRetracted retraction{
        seq, line->kind(), events::targetOf(line->event), why, m_incident.currentOperator().role, std::nullopt};
    if (line->kind() == EventKind::ObservationRecorded) {
        // The rubric first catches up to now, so the rebuild compares like with like at one instant.
        if (!tick())
            return false;
        retraction.rubricMs = qint64(engineTime(m_clock.utcNow()).count());
    }
    return append(retraction);
}

bool ReversalSession::acknowledge(qint64 obligationId) {
    if (!requireOpen())
        return false;
    const Obligation* o = m_incident.obligation(obligationId);
    events::ActRefused attempt;
    attempt.act = events::RefusedAct::Acknowledge;
    attempt.obligation = obligationId;
    attempt.signal = o ? o->signalId : QString();
    attempt.role = m_incident.currentOperator().role;
    if (!o || !o->isOpen())
        return refuse(attempt, events::ActRefusal::NotOpen);
    if (o->acknowledgedAt) {
        attempt.earlierBy = o->acknowledgedBy;
        attempt.earlierAt = *o->acknowledgedAt;
        return refuse(attempt, events::ActRefusal::AlreadyDone);
    }
    return append(events::OwnerAcknowledged{obligationId, o->signalId, m_incident.currentOperator().role});
}

bool ReversalSession::confirmNotification(qint64 obligationId, const QString& roleTold) {
    if (!requireOpen())
        return false;
    const Obligation* o = m_incident.obligation(obligationId);
    events::ActRefused attempt;
    attempt.act = events::RefusedAct::ConfirmNotification;
    attempt.obligation = obligationId;
    attempt.signal = o ? o->signalId : QString();
    attempt.told = roleTold;
    attempt.role = m_incident.currentOperator().role;
    if (!o)
        return refuse(attempt, events::ActRefusal::NotOpen);
    for (const NotificationItem& item : o->notifications) {
        if (item.role != roleTold)
            continue;
        if (item.confirmedAt) {
            attempt.earlierBy = item.confirmedBy;
            attempt.earlierAt = *item.confirmedAt;
            return refuse(attempt, events::ActRefusal::AlreadyDone);
        }
        return append(
            events::NotificationConfirmed{obligationId, o->signalId, roleTold, m_incident.currentOperator().role});
    }
    return refuse(attempt, events::ActRefusal::NotOnList);
}

bool ReversalSession::refuse(events::DecisionRefused attempt, events::Refusal why, const Obligation* blocking) {
    attempt.refusal = why;
    if (blocking) {
        attempt.blockingObligation = blocking->id;
        attempt.blockingSignal = blocking->signalId;
        attempt.blockingLevel = blocking->callsFor;
    }
    const QString message = TimelineText::refusal(attempt, &m_kit);
    // On record with its reason, not only as a click; what the operator is told is the refusal,
    // whether or not the log could take the record of it right now.
    appendEvent(attempt);
    return fail(message);
}

bool ReversalSession::refuse(events::ActRefused attempt, events::ActRefusal why) {
    attempt.refusal = why;
    const QString message = TimelineText::refusal(attempt, &m_kit);
    appendEvent(attempt); // on record with why, as a refused decision is
    return fail(message);
}

bool ReversalSession::decide(qint64 obligationId, Decision decision, const QString& reason,
                             std::optional<Level> deEscalateTo) {
    if (!requireOpen())
        return false;
    const Operator op = m_incident.currentOperator();
    const events::DecisionRefused attempt{obligationId, {}, decision, deEscalateTo, op.role, reason.trimmed()};
    if (obligationId == 0)
        return standDown(attempt);
    const Obligation* o = m_incident.obligation(obligationId);
    if (!o || !o->isOpen())
        return refuse(attempt, events::Refusal::NotOpen);
    events::DecisionRefused asked = attempt;
    asked.signal = o->signalId;
    if (op.role != o->ownerRole)
        asked.onBehalfOf = o->ownerRole;
    if (asked.reason.isEmpty() && (decision != Decision::CarryOut || !asked.onBehalfOf.isEmpty()))
        return refuse(asked, events::Refusal::NoReason);
    events::DecisionRecorded decided{obligationId, o->signalId, decision,        op.role,
                                     asked.reason, o->level,    asked.onBehalfOf};
    decided.appliesTo = events::DecisionRecorded::Scope::Item;
    if (decision == Decision::DeEscalate) {
        // Lowering one item is lowering what it calls for, never more: refused when another item
        // still calls for more than the level asked for (docs/incident-events.md, "The level rule").
        if (!deEscalateTo || *deEscalateTo >= o->callsFor)
            return refuse(asked, events::Refusal::NotBelow, o); // the item itself is what it must go below
        if (const Obligation* blocking = m_incident.blockingAbove(*deEscalateTo, o->id))
            return refuse(asked, events::Refusal::BelowAnotherItem, blocking);
        decided.level = *deEscalateTo;
    }
    const Level before = m_incident.level();
    const Level after =
        m_incident.levelCalledForIf(o->id, decision == Decision::DeEscalate ? decided.level : o->callsFor);
    return recordDecision(decided, before, after, events::LevelCause::Decision);
}

bool ReversalSession::standDown(events::DecisionRefused attempt) {
    // Obligation 0 stands the whole incident down once every decision is in: de-escalation only,
    // with a reason, to a level below the current one. Every item then calls for at most that level.
    if (attempt.decision != Decision::DeEscalate)
        return refuse(attempt, events::Refusal::NotOpen);
    if (attempt.reason.isEmpty())
        return refuse(attempt, events::Refusal::NoReason);
    if (!attempt.level || *attempt.level >= m_incident.level())
        return refuse(attempt, events::Refusal::NotBelow);
    for (const Obligation& o : m_incident.obligations())
        if (o.isOpen())
            return refuse(attempt, events::Refusal::DecisionsOpen, &o);
    events::DecisionRecorded decided{0, {}, Decision::DeEscalate, attempt.role, attempt.reason, *attempt.level, {}};
    decided.appliesTo = events::DecisionRecorded::Scope::All;
    return recordDecision(decided, m_incident.level(), std::min(m_incident.levelCalledFor(), *attempt.level),
                          events::LevelCause::StandDown);
}

bool ReversalSession::recordDecision(const events::DecisionRecorded& decided, Level before, Level after,
                                     events::LevelCause cause) {
    const Appended recorded = appendEvent(decided);
    // The change of level is its own row, right behind the decision (held behind it too).
    if (recorded == Appended::Refused || after == before)
        return recorded == Appended::Recorded;
    const Appended level =
        appendEvent(events::LevelChanged{before, after, cause, decided.obligation, decided.signal, m_clock.utcNow()});
    return recorded == Appended::Recorded && level == Appended::Recorded;
}

bool ReversalSession::changeOperator(const Operator& op) {
    if (!requireOpen())
        return false;
    if (op.name.trimmed().isEmpty() || !m_kit.role(op.role))
        return fail(tr("Give a name and one of the kit's roles."));
    const Operator previous = m_incident.currentOperator();
    return append(events::OperatorChanged{op.name.trimmed(), op.role, previous.name, previous.role});
}

bool ReversalSession::recordRegulatorTrigger(const QString& trigger) {
    if (!requireOpen())
        return false;
    if (!regulatorTriggerFromId(trigger))
        return fail(tr("'%1' is not a regulator trigger.").arg(trigger));
    if (m_incident.regulatorTriggers().contains(trigger))
        return fail(
            tr("This trigger is already recorded, at %1 UTC; its clocks run from then.")
                .arg(m_incident.regulatorTriggers().value(trigger).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    return append(events::RegulatorTriggerRecorded{trigger});
}

bool ReversalSession::close(const QString& summary, const QString& stagesReason) {
    if (!requireOpen() || !tick())
        return false;
    if (summary.trimmed().isEmpty())
        return fail(tr("Write a one-line summary before closing."));
    if (const QList<const ImpactPrompt*> open = unansweredRequiredPrompts(m_incident, m_kit); !open.isEmpty()) {
        QStringList ids;
        for (const ImpactPrompt* prompt : open)
            ids << prompt->id;
        return fail(tr("The reversal cannot be closed while %n required human-impact prompt(s) are unanswered "
                       "(%1). Answer them, or record them as unknown with a reason.",
                       nullptr, int(open.size()))
                        .arg(ids.join(QStringLiteral(", "))));
    }
    if (!recordRecoveryLeftOpen(stagesReason))
        return false;
    // The same list NEXT and the close dialog show (OwedItems), so the record says what the screen said.
    const OwedCount owed = countOwed(owedItems(m_incident, m_clock.utcNow(), &m_kit));
    events::ReversalClosed closed{summary.trimmed(),
                                  levelId(m_incident.level()),
                                  owed.total,
                                  owed.decisions,
                                  owed.acknowledgements,
                                  owed.notifications,
                                  owed.comms ? std::optional<qint64>(owed.comms) : std::nullopt};
    if (!m_kit.impactPrompts.isEmpty()) {
        qint64 answered = 0, unknown = 0;
        for (const ImpactPrompt& prompt : m_kit.impactPrompts)
            if (const ImpactAnswer* a = m_incident.impactAnswer(prompt.id))
                ++(a->unknown ? unknown : answered);
        closed.impactAnswered = answered;
        closed.impactUnknown = unknown;
        closed.impactUnanswered = m_kit.impactPrompts.size() - answered - unknown;
    }
    return append(closed);
}

} // namespace turnback
