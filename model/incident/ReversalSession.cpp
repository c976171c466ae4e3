#include "ReversalSession.h"

#include "AuditLog.h"
#include "AuditTrail.h"
#include "Clock.h"
#include "UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cmath>

namespace turnback {

ReversalSession::ReversalSession(AuditTrail& trail, const Clock& clock, const Kit& kit, QObject* parent)
    : QObject(parent)
    , m_trail(trail)
    , m_log(trail.log())
    , m_clock(clock)
    , m_kit(kit)
    , m_engine(kit) {
    connect(&m_trail, &AuditTrail::recorded, this, &ReversalSession::onRecorded);
}

ReversalSession::ReversalSession(AuditLog& log, const Clock& clock, const Kit& kit, QObject* parent)
    : QObject(parent)
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

bool ReversalSession::append(const QString& kind, const QString& target, QJsonObject payload) {
    return appendEvent(kind, target, std::move(payload)) == Appended::Recorded;
}

ReversalSession::Appended ReversalSession::appendEvent(const QString& kind, const QString& target,
                                                       QJsonObject payload) {
    if (m_incident.isExercise() || payload.value(QStringLiteral("mode")).toString() == QLatin1String("exercise"))
        payload.insert(QStringLiteral("exercise"), true);
    const QString incidentId =
        kind == EventKind::ReversalStarted ? payload.value(QStringLiteral("id")).toString() : m_incident.id();
    payload.remove(QStringLiteral("id"));
    const QString actor = kind == EventKind::ReversalStarted ? payload.value(QStringLiteral("operator")).toString()
                                                             : m_incident.currentOperator().name;
    payload.remove(QStringLiteral("operator"));
    if (kind == EventKind::ReversalStarted)
        m_startingId = incidentId;
    // Applied in onRecorded(), when (and only when) the trail has written it.
    const AuditTrail::AppendResult result = m_trail.append({actor, kind, target, incidentId, payload});
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
    if (!m_incident.apply(record))
        return;
    if (record.kind == EventKind::ReversalStarted)
        m_startingId.clear();
    if (record.kind == EventKind::ObservationRecorded) {
        // The rubric sees an observation once it is on record, at the rubric time it was given.
        const QJsonObject p = QJsonDocument::fromJson(record.payload.toUtf8()).object();
        const QJsonValue value = p.value(QStringLiteral("value"));
        const Milliseconds at(p.value(QStringLiteral("rubric_ms")).toInteger());
        const QList<RubricTransition> transitions =
            m_engine.observe({std::max(at, m_engine.now()), p.value(QStringLiteral("signal")).toString(),
                              value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt});
        emit changed();
        for (const RubricTransition& transition : transitions)
            recordTransition(transition);
        return;
    }
    emit changed();
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
    return append(EventKind::ReversalStarted, setup.service.trimmed(),
                  {{QStringLiteral("id"), id},
                   {QStringLiteral("operator"), setup.op.name.trimmed()},
                   {QStringLiteral("role"), setup.op.role},
                   {QStringLiteral("title"), setup.title.trimmed()},
                   {QStringLiteral("service"), setup.service.trimmed()},
                   {QStringLiteral("mode"), setup.exercise ? QStringLiteral("exercise") : QStringLiteral("live")},
                   {QStringLiteral("kit_id"), m_kit.id},
                   {QStringLiteral("kit_file"), m_kit.sourceFile},
                   {QStringLiteral("overlays"), QJsonArray::fromStringList(m_kit.overlayFiles)}});
}

QStringList ReversalSession::openIncidentIds(const AuditLog& log) {
    QStringList open;
    for (const AuditRecord& r : log.recordsOfKind(EventKind::ReversalStarted))
        open << r.incident;
    for (const AuditRecord& r : log.recordsOfKind(EventKind::ReversalClosed))
        open.removeAll(r.incident);
    return open;
}

bool ReversalSession::resume(const QString& incidentId) {
    if (m_incident.isStarted())
        return fail(tr("A reversal is already running in this session."));
    m_trail.retry(); // whatever waits belongs before what resuming may add
    // This reversal's rows only (indexed), read once for both the fold and the replay below.
    const QList<AuditRecord> records = m_log.incidentRecords(incidentId);
    Incident incident = Incident::fold(records, incidentId);
    if (!incident.isStarted())
        return fail(tr("There is no reversal %1 in this audit log.").arg(incidentId));
    if (incident.kitId() != m_kit.id)
        return fail(tr("Reversal %1 was started with the kit '%2'; open that kit to resume it.")
                        .arg(incidentId, incident.kitId()));
    m_incident = incident;

    // Replay the observations through a fresh engine, at the rubric times they were given then
    // (which differ from their wall-clock times if the clock was set back). The engine is
    // deterministic, so the transitions it yields begin with the ones already recorded; any beyond
    // them were lost to a crash between an observation and its consequences, and are recorded now.
    RubricEngine engine(m_kit);
    QList<RubricTransition> derived;
    Milliseconds lastRecordedTransition{0};
    for (const AuditRecord& r : records) {
        const QJsonObject p = QJsonDocument::fromJson(r.payload.toUtf8()).object();
        if (r.kind == EventKind::SignalTriggered || r.kind == EventKind::SignalCleared) {
            lastRecordedTransition = std::max(
                lastRecordedTransition,
                Milliseconds(m_incident.startedAt().msecsTo(utc::parse(p.value(QStringLiteral("at")).toString()))));
            continue;
        }
        if (r.kind != EventKind::ObservationRecorded)
            continue;
        const QJsonValue value = p.value(QStringLiteral("value"));
        const QJsonValue rubricMs = p.value(QStringLiteral("rubric_ms"));
        const Milliseconds at = rubricMs.isDouble() ? Milliseconds(rubricMs.toInteger())
                                                    : Milliseconds(m_incident.startedAt().msecsTo(
                                                          utc::parse(p.value(QStringLiteral("observed_at")).toString())));
        derived += engine.observe({std::max(at, engine.now()), p.value(QStringLiteral("signal")).toString(),
                                   value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt});
    }
    // Transitions a tick recorded after the last observation are part of the recorded prefix too.
    derived += engine.advanceTo(lastRecordedTransition);
    m_engine = engine;
    m_lastObservation = engine.now();
    const QList<RubricTransition> missing = derived.mid(m_incident.triggerEventCount());
    // A crash between a trigger and its LevelEntered row: write the missing row now.
    if (!m_incident.isClosed() && m_incident.level() > m_incident.recordedLevel() &&
        !append(EventKind::LevelEntered, levelId(m_incident.level()),
                {{QStringLiteral("level"), levelId(m_incident.level())},
                 {QStringLiteral("from"), levelId(m_incident.recordedLevel())},
                 {QStringLiteral("signal"), m_incident.levelSignal()},
                 {QStringLiteral("at"), utc::format(m_incident.levelSince())},
                 {QStringLiteral("repaired"), true}}))
        return false;
    emit changed();
    if (m_incident.isClosed())
        return true;
    for (const RubricTransition& transition : missing)
        if (!recordTransition(transition))
            return false;
    return tick();
}

bool ReversalSession::recordTransition(const RubricTransition& transition) {
    const QDateTime at = instant(transition.at);
    const QString atText = utc::format(at);
    if (transition.event == RubricTransition::Event::Cleared)
        return append(EventKind::SignalCleared, transition.signalId,
                      {{QStringLiteral("signal"), transition.signalId}, {QStringLiteral("at"), atText}});

    const Signal* signal = m_kit.signal(transition.signalId);
    const Milliseconds timer = signal ? signal->timer : Milliseconds(0);
    // The level once everything already asked for is written (a trigger may still be waiting).
    const Level before = hasUnrecordedEvents() ? std::max(m_incident.level(), m_queuedLevel) : m_incident.level();
    m_queuedLevel = std::max(before, transition.level);
    const Appended trigger =
        appendEvent(EventKind::SignalTriggered, transition.signalId,
                    {{QStringLiteral("signal"), transition.signalId},
                     {QStringLiteral("level"), levelId(transition.level)},
                     {QStringLiteral("at"), atText},
                     {QStringLiteral("owner"), signal ? signal->owner : QString()},
                     {QStringLiteral("timer_ms"), qint64(timer.count())},
                     {QStringLiteral("deadline"), utc::format(at.addMSecs(timer.count()))},
                     {QStringLiteral("notify"), QJsonArray::fromStringList(signal ? signal->notify : QStringList())}});
    // A trigger held by the trail still gets its LevelEntered behind it, in order.
    if (trigger == Appended::Refused || transition.level <= before)
        return trigger == Appended::Recorded;
    const Appended level = appendEvent(EventKind::LevelEntered, levelId(transition.level),
                                       {{QStringLiteral("level"), levelId(transition.level)},
                                        {QStringLiteral("from"), levelId(before)},
                                        {QStringLiteral("signal"), transition.signalId},
                                        {QStringLiteral("at"), atText}});
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
            return fail(tr("Observations must be in time order: %1 is before the last one.")
                            .arg(utc::format(*observedAt)));
    }
    const QDateTime at = observedAt.value_or(now);
    // Everything the engine would refuse (an unknown signal, a measured sample without a number,
    // time going backwards) is refused above or made impossible by engineTime(); the engine itself
    // sees the observation only once it is recorded (onRecorded).
    const Milliseconds rubricTime = engineTime(at);

    // rubric_ms is where the rubric placed the observation: equal to observed_at - start unless the
    // wall clock was set back. Resume replays it, so the rubric comes back exactly as it was.
    QJsonObject payload{{QStringLiteral("signal"), signalId},
                        {QStringLiteral("observed_at"), utc::format(at)},
                        {QStringLiteral("rubric_ms"), qint64(rubricTime.count())}};
    if (measured)
        payload.insert(QStringLiteral("value"), *value);
    m_lastObservation = rubricTime;
    return append(EventKind::ObservationRecorded, signalId, payload);
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

bool ReversalSession::acknowledge(qint64 obligationId) {
    if (!requireOpen())
        return false;
    const Obligation* o = m_incident.obligation(obligationId);
    if (!o || !o->isOpen())
        return fail(tr("There is nothing open to acknowledge there."));
    if (o->acknowledgedAt)
        return fail(tr("%1 was already acknowledged by %2.").arg(o->signalId, o->acknowledgedBy));
    return append(EventKind::OwnerAcknowledged, o->signalId,
                  {{QStringLiteral("obligation"), obligationId},
                   {QStringLiteral("signal"), o->signalId},
                   {QStringLiteral("role"), m_incident.currentOperator().role}});
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
        return append(EventKind::NotificationConfirmed, roleTold,
                      {{QStringLiteral("obligation"), obligationId},
                       {QStringLiteral("signal"), o->signalId},
                       {QStringLiteral("told"), roleTold},
                       {QStringLiteral("role"), m_incident.currentOperator().role}});
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
        return append(EventKind::DecisionRecorded, levelId(*deEscalateTo),
                      {{QStringLiteral("obligation"), 0},
                       {QStringLiteral("decision"), decisionId(decision)},
                       {QStringLiteral("role"), op.role},
                       {QStringLiteral("reason"), why},
                       {QStringLiteral("level"), levelId(*deEscalateTo)}});
    }
    const Obligation* o = m_incident.obligation(obligationId);
    if (!o || !o->isOpen())
        return fail(tr("There is no open decision there."));
    if (decision != Decision::CarryOut && why.isEmpty())
        return fail(decision == Decision::Hold ? tr("Say why you are holding.") : tr("Say why you are de-escalating."));
    if (op.role != o->ownerRole && why.isEmpty())
        return fail(tr("You are acting for the %1: say why.").arg(m_kit.roleTitle(o->ownerRole)));
    QJsonObject payload{{QStringLiteral("obligation"), obligationId},
                        {QStringLiteral("signal"), o->signalId},
                        {QStringLiteral("decision"), decisionId(decision)},
                        {QStringLiteral("role"), op.role},
                        {QStringLiteral("reason"), why},
                        {QStringLiteral("level"), levelId(o->level)}};
    if (decision == Decision::DeEscalate) {
        if (!deEscalateTo || *deEscalateTo >= m_incident.level())
            return fail(tr("Choose a level below the current one to de-escalate to."));
        payload.insert(QStringLiteral("level"), levelId(*deEscalateTo));
    }
    if (op.role != o->ownerRole)
        payload.insert(QStringLiteral("on_behalf_of"), o->ownerRole);
    return append(EventKind::DecisionRecorded, o->signalId, payload);
}

bool ReversalSession::changeOperator(const Operator& op) {
    if (!requireOpen())
        return false;
    if (op.name.trimmed().isEmpty() || !m_kit.role(op.role))
        return fail(tr("Give a name and one of the kit's roles."));
    const Operator previous = m_incident.currentOperator();
    return append(EventKind::OperatorChanged, op.name.trimmed(),
                  {{QStringLiteral("name"), op.name.trimmed()},
                   {QStringLiteral("role"), op.role},
                   {QStringLiteral("previous"), previous.name},
                   {QStringLiteral("previous_role"), previous.role}});
}

bool ReversalSession::close(const QString& summary) {
    if (!requireOpen() || !tick())
        return false;
    if (summary.trimmed().isEmpty())
        return fail(tr("Write a one-line summary before closing."));
    int open = 0;
    for (const Obligation& o : m_incident.obligations())
        open += o.isOpen() ? 1 : 0;
    return append(EventKind::ReversalClosed, m_incident.id(),
                  {{QStringLiteral("summary"), summary.trimmed()},
                   {QStringLiteral("level"), levelId(m_incident.level())},
                   {QStringLiteral("open_obligations"), open}});
}

} // namespace turnback
