#include "Incident.h"

#include "AuditRecord.h"
#include "UtcTime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace turnback {

using namespace events;

QString decisionId(Decision decision) {
    switch (decision) {
    case Decision::CarryOut:
        return QStringLiteral("carry-out");
    case Decision::Hold:
        return QStringLiteral("hold");
    case Decision::DeEscalate:
        return QStringLiteral("de-escalate");
    }
    return {};
}

bool decisionFromId(const QString& id, Decision* decision) {
    for (Decision d : {Decision::CarryOut, Decision::Hold, Decision::DeEscalate})
        if (decisionId(d) == id) {
            *decision = d;
            return true;
        }
    return false;
}

namespace {
/// The event as the timeline keeps it: naming its obligation's signal even when the row did not
/// (the signal field is for readers of the log; the obligation id is what the fold goes by).
template <typename Event> Event withSignal(Event event, const Obligation& o) {
    event.signal = o.signalId;
    return event;
}
} // namespace

int Obligation::unconfirmedNotifications() const {
    int count = 0;
    for (const NotificationItem& item : notifications)
        count += item.confirmedAt ? 0 : 1;
    return count;
}

Incident Incident::fold(const QList<AuditRecord>& records, const QString& incidentId) {
    Incident incident;
    for (const AuditRecord& record : records)
        if (record.incident == incidentId)
            incident.apply(record);
    return incident;
}

bool Incident::apply(const AuditRecord& record) {
    const std::optional<IncidentEvent> event = fromRecord(record);
    return event ? apply(record, *event) : applyAside(record);
}

bool Incident::applyAside(const AuditRecord& record) {
    return applyClick(record) || applyComms(record) || applyAttachment(record);
}

bool Incident::applyAttachment(const AuditRecord& record) {
    if (!isStarted() || record.incident != m_id || isClosed() || record.kind != EvidenceAttached::kind)
        return false;
    std::optional<EvidenceAttached> attached =
        EvidenceAttached::fromJson(QJsonDocument::fromJson(record.payload.toUtf8()).object());
    if (!attached)
        return false;
    m_attachments.append({record.seq, utc::parse(record.atUtc), record.actor, std::move(*attached)});
    return true;
}

bool Incident::applyComms(const AuditRecord& record) {
    if (!isStarted() || record.incident != m_id || isClosed())
        return false;
    const QDateTime at = utc::parse(record.atUtc);
    if (std::optional<CommsSent> sent = CommsSent::fromRecord(record)) {
        m_drafts.remove(sent->templateId); // the draft became the message
        m_commsSent.append({record.seq, at, record.actor, std::move(*sent)});
        return true;
    }
    if (std::optional<CommsDraftSaved> saved = CommsDraftSaved::fromRecord(record)) {
        const QString id = saved->templateId;
        m_drafts.insert(id, {record.seq, at, record.actor, std::move(*saved)});
        return true;
    }
    return false;
}

const CommsEntry<CommsSent>* Incident::firstSent(const QString& templateId) const {
    for (const CommsEntry<CommsSent>& entry : m_commsSent)
        if (entry.event.templateId == templateId)
            return &entry;
    return nullptr;
}

const CommsEntry<CommsDraftSaved>* Incident::draft(const QString& templateId) const {
    const auto it = m_drafts.constFind(templateId);
    return it == m_drafts.constEnd() ? nullptr : &*it;
}

bool Incident::applyClick(const AuditRecord& record) {
    if (!isStarted() || record.incident != m_id || isClosed())
        return false;
    std::optional<UiClick> click = UiClick::fromRecord(record);
    if (!click)
        return false;
    m_clicks.append({record.seq, utc::parse(record.atUtc), record.actor, std::move(*click)});
    return true;
}

bool Incident::apply(const AuditRecord& record, const IncidentEvent& event) {
    const bool starts = std::holds_alternative<ReversalStarted>(event);
    if (!starts && (!isStarted() || record.incident != m_id || isClosed()))
        return false;
    return std::visit([&](const auto& e) { return on(e, record); }, event);
}

bool Incident::on(const ReversalStarted& e, const AuditRecord& r) {
    if (isStarted())
        return false;
    m_id = r.incident;
    m_title = e.title;
    m_service = e.service;
    m_kitId = e.kitId;
    m_exercise = e.exercise;
    m_operator = {r.actor, e.role};
    m_startedAt = utc::parse(r.atUtc);
    m_levelSince = m_startedAt;
    addTimeline(r, e);
    return true;
}

bool Incident::on(const ObservationRecorded& e, const AuditRecord& r) {
    LastObservation& last = m_observations[e.signal];
    last.at = e.observedAt;
    last.value = e.value;
    ++last.occurrences;
    addTimeline(r, e);
    return true;
}

bool Incident::on(const SignalTriggered& e, const AuditRecord& r) {
    Obligation o;
    o.id = r.seq;
    o.signalId = e.signal;
    o.level = e.level;
    o.ownerRole = e.owner;
    o.triggeredAt = e.at;
    o.deadline = e.deadline;
    o.timerMs = e.timerMs;
    o.callsFor = e.level;
    for (const QString& role : e.notify)
        o.notifications.append({role, std::nullopt, {}, 0});
    m_obligations.append(o);
    ++m_transitionEvents;
    // The trigger itself raises the level (the rule: a new open item calls for its level): a crash
    // between this row and its LevelChanged (older logs: LevelEntered) row must not leave the
    // incident below what the rubric called for.
    if (o.level > m_level) {
        m_level = o.level;
        m_levelSince = o.triggeredAt;
        m_levelSignal = o.signalId;
    }
    addTimeline(r, e);
    return true;
}

bool Incident::on(const SignalCleared& e, const AuditRecord& r) {
    for (auto it = m_obligations.rbegin(); it != m_obligations.rend(); ++it)
        if (it->signalId == e.signal) {
            it->signalCleared = true;
            break;
        }
    ++m_transitionEvents;
    addTimeline(r, e);
    return true;
}

bool Incident::on(const LevelEntered& e, const AuditRecord& r) {
    // Entering a level only ever raises it (lowering is a decision): a late row cannot undo a higher one.
    m_recordedLevel = std::max(m_recordedLevel, e.level);
    if (e.level > m_level) {
        m_level = e.level;
        m_levelSince = e.at;
    }
    addTimeline(r, e);
    return true;
}

bool Incident::on(const LevelChanged& e, const AuditRecord& r) {
    // The session computed it by the rule; the fold applies what was recorded, up or down.
    m_level = e.to;
    m_recordedLevel = e.to;
    m_levelSince = e.at;
    m_levelSignal = e.signal;
    addTimeline(r, e);
    return true;
}

bool Incident::on(const OwnerAcknowledged& e, const AuditRecord& r) {
    Obligation* o = findObligation(e.obligation);
    if (!o)
        return false;
    o->acknowledgedAt = utc::parse(r.atUtc);
    o->acknowledgedBy = r.actor;
    addTimeline(r, withSignal(e, *o));
    return true;
}

bool Incident::on(const NotificationConfirmed& e, const AuditRecord& r) {
    Obligation* o = findObligation(e.obligation);
    if (!o)
        return false;
    for (NotificationItem& item : o->notifications)
        if (item.role == e.told && !item.confirmedAt) {
            item.confirmedAt = utc::parse(r.atUtc);
            item.confirmedBy = r.actor;
            item.confirmedSeq = r.seq;
            addTimeline(r, withSignal(e, *o));
            return true;
        }
    return false;
}

bool Incident::on(const DecisionRecorded& e, const AuditRecord& r) {
    // Obligation 0: standing the whole incident down when no signal's decision is open.
    Obligation* o = e.obligation ? findObligation(e.obligation) : nullptr;
    if ((e.obligation && (!o || o->decision)) || (!e.obligation && e.decision != Decision::DeEscalate))
        return false;
    const QDateTime at = utc::parse(r.atUtc);
    if (o) {
        o->decision = e.decision;
        o->decidedAt = at;
        o->decidedBy = r.actor;
        o->decidedByRole = e.role;
        o->decisionReason = e.reason;
    }
    // A de-escalation changes what its item calls for (standing down: every item); carrying out
    // and holding leave it. Since the level rule, the level itself moves only by LevelChanged rows.
    if (e.decision == Decision::DeEscalate && e.levelRecorded) {
        if (o)
            o->callsFor = e.level;
        else
            for (Obligation& each : m_obligations)
                each.callsFor = std::min(each.callsFor, e.level);
    }
    TimelineEntry& line = o ? addTimeline(r, withSignal(e, *o)) : addTimeline(r, e);
    if (e.appliesTo == DecisionRecorded::Scope::Legacy)
        applyLegacyLevel(e, at, line);
    return true;
}

void Incident::applyLegacyLevel(const DecisionRecorded& e, const QDateTime& at, TimelineEntry& line) {
    if (e.decision == Decision::DeEscalate && e.levelRecorded && e.level < m_level) {
        m_level = e.level;
        m_recordedLevel = e.level;
        m_levelSince = at;
        line.levelLoweredTo = e.level;
    }
}

bool Incident::on(const DecisionRefused& e, const AuditRecord& r) {
    // Nothing changes: the attempt and why it was refused are on the timeline.
    addTimeline(r, e);
    return true;
}

bool Incident::on(const ActRefused& e, const AuditRecord& r) {
    addTimeline(r, e); // as for a refused decision: on the timeline, nothing else changes
    return true;
}

bool Incident::on(const RegulatorTriggerRecorded& e, const AuditRecord& r) {
    // Each trigger is one fact: a second record of it does not move its clocks.
    if (m_regulatorTriggers.contains(e.trigger))
        return false;
    m_regulatorTriggers.insert(e.trigger, utc::parse(r.atUtc));
    addTimeline(r, e);
    return true;
}

QList<QPair<QString, QDateTime>> Incident::sentTemplates() const {
    QList<QPair<QString, QDateTime>> sent;
    for (const CommsEntry<CommsSent>& entry : m_commsSent)
        sent.append({entry.event.templateId, entry.at});
    return sent;
}

bool Incident::on(const OperatorChanged& e, const AuditRecord& r) {
    m_operator = {e.name, e.role};
    addTimeline(r, e);
    return true;
}

bool Incident::on(const ReversalClosed& e, const AuditRecord& r) {
    m_closedAt = utc::parse(r.atUtc);
    m_closingSummary = e.summary;
    addTimeline(r, e);
    return true;
}

bool Incident::on(const ImpactAnswered& e, const AuditRecord& r) {
    // The latest answer stands; the earlier ones stay in the timeline, and the count says so.
    const int superseded = m_impact.contains(e.prompt) ? m_impact.value(e.prompt).superseded + 1 : 0;
    m_impact.insert(e.prompt, ImpactAnswer{e.prompt, e.unknown ? QString() : e.answer, e.unknown, e.reason,
                                           utc::parse(r.atUtc), r.actor, e.role, r.seq, superseded});
    addTimeline(r, e);
    return true;
}

const ImpactAnswer* Incident::impactAnswer(const QString& promptId) const {
    const auto it = m_impact.constFind(promptId);
    return it == m_impact.constEnd() ? nullptr : &*it;
}

bool Incident::on(const EntryRetracted& e, const AuditRecord& r) {
    if (!canRetract(e.retracts))
        return false;
    auto line = std::find_if(m_timeline.begin(), m_timeline.end(),
                             [&](const TimelineEntry& entry) { return entry.seq == e.retracts; });
    if (line->kind() != e.retractedKind)
        return false;
    line->retractedBy = Retraction{r.seq, utc::parse(r.atUtc), r.actor, e.reason};
    if (const auto* seen = std::get_if<ObservationRecorded>(&line->event)) {
        // Out of what stands; the rubric is rebuilt from what does (ReversalSession, IncidentReplay).
        // An open decision on this signal starts from the reason: its level stays until the owner decides.
        for (Obligation& o : m_obligations)
            if (o.signalId == seen->signal && o.isOpen())
                o.retractionReason = e.reason;
        recountObservations();
    } else if (const auto* tick = std::get_if<NotificationConfirmed>(&line->event)) {
        reopenNotification(*tick);
    }
    addTimeline(r, e);
    return true;
}

bool Incident::on(const DataProcedureStarted& e, const AuditRecord& r) {
    if (dataProgress(e.procedure))
        return false; // begun once; a second start would hide the steps already recorded
    if (e.steps.isEmpty())
        return false;
    m_data.append({e.procedure, e.owner, e.steps, r.seq, utc::parse(r.atUtc), r.actor, {}});
    addTimeline(r, e);
    return true;
}

bool Incident::on(const DataStepRecorded& e, const AuditRecord& r) {
    const DataProgress* found = dataProgress(e.procedure);
    if (!found || !found->steps.contains(e.step) || found->isDone(e.step))
        return false; // a step is done once; a procedure not begun has no steps to record
    DataProgress& progress = m_data[found - m_data.constData()];
    progress.records.append({r.seq, utc::parse(r.atUtc), r.actor, e});
    addTimeline(r, e);
    return true;
}

const DataProgress* Incident::dataProgress(const QString& procedureId) const {
    for (const DataProgress& progress : m_data)
        if (progress.procedure == procedureId)
            return &progress;
    return nullptr;
}

void Incident::reopenNotification(const NotificationConfirmed& tick) {
    if (Obligation* o = findObligation(tick.obligation))
        for (NotificationItem& item : o->notifications)
            if (item.role == tick.told && item.confirmedAt) {
                item = NotificationItem{item.role, std::nullopt, {}, 0};
                return;
            }
}

void Incident::recountObservations() {
    m_observations.clear();
    for (const TimelineEntry& line : std::as_const(m_timeline))
        if (const auto* seen = std::get_if<ObservationRecorded>(&line.event); seen && !line.isRetracted()) {
            LastObservation& last = m_observations[seen->signal];
            last.at = seen->observedAt;
            last.value = seen->value;
            ++last.occurrences;
        }
}

const TimelineEntry* Incident::entry(qint64 seq) const {
    for (auto it = m_timeline.crbegin(); it != m_timeline.crend(); ++it)
        if (it->seq == seq)
            return &*it;
    return nullptr;
}

bool Incident::isRetractableKind(const QString& kind) {
    return kind == EventKind::ObservationRecorded || kind == EventKind::NotificationConfirmed;
}

bool Incident::canRetract(qint64 seq) const {
    const TimelineEntry* line = entry(seq);
    return line && !isClosed() && !line->isRetracted() && isRetractableKind(line->kind());
}

QList<Observation> Incident::standingObservations() const {
    QList<Observation> standing;
    for (const TimelineEntry& line : m_timeline)
        if (const auto* seen = std::get_if<ObservationRecorded>(&line.event); seen && !line.isRetracted())
            standing.append({Milliseconds(seen->rubricMs.value_or(m_startedAt.msecsTo(seen->observedAt))), seen->signal,
                             seen->value});
    return standing;
}

const Obligation* Incident::obligation(qint64 id) const {
    for (const Obligation& o : m_obligations)
        if (o.id == id)
            return &o;
    return nullptr;
}

Obligation* Incident::findObligation(qint64 id) {
    return const_cast<Obligation*>(std::as_const(*this).obligation(id));
}

const Obligation* Incident::latestObligation(const QString& signalId) const {
    for (auto it = m_obligations.crbegin(); it != m_obligations.crend(); ++it)
        if (it->signalId == signalId)
            return &*it;
    return nullptr;
}

Level Incident::levelCalledFor() const {
    return levelCalledForIf(0, Level::Normal);
}

Level Incident::levelCalledForIf(qint64 obligationId, Level callsFor, Level cap) const {
    Level level = Level::Normal;
    for (const Obligation& o : m_obligations)
        level = std::max(level, std::min(cap, o.id == obligationId ? callsFor : o.callsFor));
    return level;
}

const Obligation* Incident::blockingAbove(Level level, qint64 except) const {
    const Obligation* blocking = nullptr;
    for (const Obligation& o : m_obligations) {
        if (o.id == except || o.callsFor <= level)
            continue;
        if (!blocking || o.callsFor > blocking->callsFor ||
            (o.callsFor == blocking->callsFor && o.isOpen() && !blocking->isOpen()))
            blocking = &o;
    }
    return blocking;
}

TimelineEntry& Incident::addTimeline(const AuditRecord& record, IncidentEvent event) {
    m_timeline.append(
        {record.seq, utc::parse(record.atUtc), record.actor, std::move(event), std::nullopt, std::nullopt});
    return m_timeline.last();
}

} // namespace turnback
