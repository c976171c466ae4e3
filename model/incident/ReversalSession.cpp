#include "ReversalSession.h"

#include "AuditLog.h"
#include "AuditTrail.h"
#include "Clock.h"
#include "IncidentReplay.h"
#include "RubricRebuild.h"
#include "UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cmath>

namespace turnback {

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
    return true;
}

bool ReversalSession::append(const events::IncidentEvent& event) {
    return appendEvent(event) == Appended::Recorded;
}

ReversalSession::Appended ReversalSession::appendEvent(const events::IncidentEvent& event, const QString& incidentId,
                                                       const QString& actor) {
    const bool starting = std::holds_alternative<events::ReversalStarted>(event);
    const bool exercise = starting ? std::get<events::ReversalStarted>(event).exercise : m_incident.isExercise();
    QJsonObject payload = events::toJson(event);
    if (exercise)
        payload.insert(QStringLiteral("exercise"), true);
    const QString id = incidentId.isEmpty() ? m_incident.id() : incidentId;
    QString target = events::targetOf(event);
    if (std::holds_alternative<events::ReversalClosed>(event))
        target = id;
    if (starting)
        m_startingId = id;
    // Applied in onRecorded(), when (and only when) the trail has written it.
    const AuditTrail::AppendResult result = m_trail.append(
        {actor.isEmpty() ? m_incident.currentOperator().name : actor, events::kindOf(event), target, id, payload});
    if (result.isRecorded())
        return Appended::Recorded;
    const QString message = result.isPending()
                                ? tr("NOT YET RECORDED: held in memory and written, with its time, as soon as the "
                                     "audit log can be written. %1")
                                      .arg(m_trail.faultMessage())
                                : tr("Not recorded: %1").arg(result.error);
    emit recordingFailed(message);
    fail(message);
    return result.isPending() ? Appended::Pending : Appended::Refused;
}

void ReversalSession::onRecorded(const AuditRecord& record) {
    const bool mine = (!m_startingId.isEmpty() && record.incident == m_startingId) ||
                      (m_incident.isStarted() && record.incident == m_incident.id());
    if (!mine)
        return;
    const std::optional<events::IncidentEvent> event = events::fromRecord(record);
    if (!event || !m_incident.apply(record, *event))
        return;
    if (record.kind == EventKind::ReversalStarted)
        m_startingId.clear();
    if (const auto* seen = std::get_if<events::ObservationRecorded>(&*event)) {
        // The rubric sees an observation once it is on record, at the rubric time it was given.
        const Milliseconds at(seen->rubricMs.value_or(0));
        const QList<RubricTransition> transitions =
            m_engine.observe({std::max(at, m_engine.now()), seen->signal, seen->value});
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
        setup.title.trimmed(), setup.service.trimmed(), setup.op.role, setup.exercise, m_kit.id,
        m_kit.sourceFile,      m_kit.overlayFiles};
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
    // A crash between a trigger and its LevelEntered row: write the missing row now.
    if (!m_incident.isClosed() && m_incident.level() > m_incident.recordedLevel() &&
        !append(events::LevelEntered{m_incident.level(), m_incident.recordedLevel(), m_incident.levelSignal(),
                                     m_incident.levelSince(), true}))
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
    // A trigger held by the trail still gets its LevelEntered behind it, in order.
    if (trigger == Appended::Refused || transition.level <= before)
        return trigger == Appended::Recorded;
    const Appended level = appendEvent(events::LevelEntered{transition.level, before, transition.signalId, at, false});
    return trigger == Appended::Recorded && level == Appended::Recorded;
}

bool ReversalSession::recordObservation(const QString& signalId, std::optional<double> value,
                                        std::optional<QDateTime> observedAt) {
    if (!requireOpen())
        return false;
    const Signal* signal = m_kit.signal(signalId);
    if (!signal)
        return fail(tr("The kit has no signal '%1'.").arg(signalId));
    // Only a measured signal carries a value; an occurrence of a counted or "any" signal ignores one.
    const bool measured = signal->threshold.kind == Threshold::Kind::Measured;
    if (measured && (!value || !std::isfinite(*value)))
        return fail(tr("%1 needs a number.").arg(signal->name));

    const QDateTime now = m_clock.utcNow();
    if (observedAt) {
        if (*observedAt > now)
            return fail(tr("An observation cannot be in the future (%1).").arg(utc::format(*observedAt)));
        if (Milliseconds(m_incident.startedAt().msecsTo(*observedAt)) < std::max(m_engine.now(), m_lastObservation))
            return fail(
                tr("Observations must be in time order: %1 is before the last one.").arg(utc::format(*observedAt)));
    }
    const QDateTime at = observedAt.value_or(now);
    // Everything the engine would refuse (an unknown signal, a measured sample without a number,
    // time going backwards) is refused above or made impossible by engineTime(); the engine itself
    // sees the observation only once it is recorded (onRecorded).
    const Milliseconds rubricTime = engineTime(at);

    // rubric_ms is where the rubric placed the observation: equal to observed_at - start unless the
    // wall clock was set back. Resume replays it, so the rubric comes back exactly as it was.
    m_lastObservation = rubricTime;
    return append(
        events::ObservationRecorded{signalId, at, qint64(rubricTime.count()), measured ? value : std::nullopt});
}

bool ReversalSession::tick() {
    if (!m_incident.isStarted() || m_incident.isClosed())
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
    if (!line || !Incident::isRetractableKind(line->kind()))
        return fail(tr("Only an observation or a notification tick can be retracted."));
    if (line->isRetracted())
        return fail(tr("That entry was already retracted by %1: \"%2\".")
                        .arg(line->retractedBy->actor, line->retractedBy->reason));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(tr("Say why you are retracting it."));
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
    if (!o || !o->isOpen())
        return fail(tr("There is nothing open to acknowledge there."));
    if (o->acknowledgedAt)
        return fail(tr("%1 was already acknowledged by %2.").arg(o->signalId, o->acknowledgedBy));
    return append(events::OwnerAcknowledged{obligationId, o->signalId, m_incident.currentOperator().role});
}

bool ReversalSession::confirmNotification(qint64 obligationId, const QString& roleTold) {
    if (!requireOpen())
        return false;
    const Obligation* o = m_incident.obligation(obligationId);
    if (!o)
        return fail(tr("There is no such notification list."));
    for (const NotificationItem& item : o->notifications) {
        if (item.role != roleTold)
            continue;
        if (item.confirmedAt)
            return fail(tr("%1 was already told, at %2.").arg(m_kit.roleTitle(roleTold), item.confirmedAt->toString()));
        return append(
            events::NotificationConfirmed{obligationId, o->signalId, roleTold, m_incident.currentOperator().role});
    }
    return fail(tr("%1 is not on this notification list.").arg(m_kit.roleTitle(roleTold)));
}

bool ReversalSession::decide(qint64 obligationId, Decision decision, const QString& reason,
                             std::optional<Level> deEscalateTo) {
    if (!requireOpen())
        return false;
    const QString why = reason.trimmed();
    const Operator op = m_incident.currentOperator();
    if (obligationId == 0) {
        // Standing the incident down after every decision is in: de-escalation only, with a reason.
        if (decision != Decision::DeEscalate)
            return fail(tr("There is no open decision there."));
        if (why.isEmpty())
            return fail(tr("Say why you are de-escalating."));
        if (!deEscalateTo || *deEscalateTo >= m_incident.level())
            return fail(tr("Choose a level below the current one to de-escalate to."));
        return append(events::DecisionRecorded{0, {}, decision, op.role, why, *deEscalateTo, {}});
    }
    const Obligation* o = m_incident.obligation(obligationId);
    if (!o || !o->isOpen())
        return fail(tr("There is no open decision there."));
    if (decision != Decision::CarryOut && why.isEmpty())
        return fail(decision == Decision::Hold ? tr("Say why you are holding.") : tr("Say why you are de-escalating."));
    if (op.role != o->ownerRole && why.isEmpty())
        return fail(tr("You are acting for the %1: say why.").arg(m_kit.roleTitle(o->ownerRole)));
    events::DecisionRecorded decided{obligationId, o->signalId, decision, op.role, why, o->level, {}};
    if (decision == Decision::DeEscalate) {
        if (!deEscalateTo || *deEscalateTo >= m_incident.level())
            return fail(tr("Choose a level below the current one to de-escalate to."));
        decided.level = *deEscalateTo;
    }
    if (op.role != o->ownerRole)
        decided.onBehalfOf = o->ownerRole;
    return append(decided);
}

bool ReversalSession::changeOperator(const Operator& op) {
    if (!requireOpen())
        return false;
    if (op.name.trimmed().isEmpty() || !m_kit.role(op.role))
        return fail(tr("Give a name and one of the kit's roles."));
    const Operator previous = m_incident.currentOperator();
    return append(events::OperatorChanged{op.name.trimmed(), op.role, previous.name, previous.role});
}

bool ReversalSession::close(const QString& summary) {
    if (!requireOpen() || !tick())
        return false;
    if (summary.trimmed().isEmpty())
        return fail(tr("Write a one-line summary before closing."));
    int open = 0;
    for (const Obligation& o : m_incident.obligations())
        open += o.isOpen() ? 1 : 0;
    return append(events::ReversalClosed{summary.trimmed(), levelId(m_incident.level()), open});
}

} // namespace turnback
