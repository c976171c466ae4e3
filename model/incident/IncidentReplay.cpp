#include "IncidentReplay.h"

#include "AuditLog.h"
#include "RubricRebuild.h"
#include "UtcTime.h"

#include <QCoreApplication>

namespace turnback {

using namespace events;

IncidentReplay::IncidentReplay(const Kit& kit)
    : m_freshEngine(kit)
    , m_engine(kit) {}

void IncidentReplay::reset() {
    m_rows.clear();
    m_incident = Incident();
    m_engine = m_freshEngine;
    m_derived.clear();
    m_lastRecordedTransition = Milliseconds(0);
    m_lastSeq = 0;
    m_error.clear();
}

bool IncidentReplay::load(const AuditLog& log, const QString& incidentId) {
    reset();
    m_incidentId = incidentId;
    // Page by page: the replay keeps the parsed events, never the whole of the rows' text.
    const bool read = log.forEachIncidentRecord(incidentId, [this](const AuditRecord& row) {
        append(row);
        return true;
    });
    if (!read) {
        m_error = log.errorString();
        return false;
    }
    if (!m_incident.isStarted()) {
        m_error =
            QCoreApplication::translate("IncidentReplay", "There is no reversal %1 in this audit log.").arg(incidentId);
        return false;
    }
    return true;
}

void IncidentReplay::load(const QList<AuditRecord>& rows, const QString& incidentId) {
    reset();
    m_incidentId = incidentId;
    for (const AuditRecord& row : rows)
        append(row);
}

bool IncidentReplay::append(const AuditRecord& record) {
    if (record.incident != m_incidentId || record.seq <= m_lastSeq)
        return false;
    std::optional<IncidentEvent> event = fromRecord(record);
    if (!event) {
        // A click or a comms row changes no level (and at() does not replay it); the timeline and
        // the owed list read them.
        if (!m_incident.applyAside(record))
            return false;
        m_lastSeq = record.seq;
        return true;
    }
    Row row{record, std::move(*event), utc::parse(record.atUtc)};
    row.record.payload.clear();
    row.record.prevHash.clear();
    row.record.hash.clear();
    row.record.incidentPrevHash.clear();
    row.record.incidentHash.clear();
    m_lastSeq = record.seq;
    replay(row, m_incident, m_engine, &m_derived, &m_lastRecordedTransition);
    m_rows.append(std::move(row));
    return true;
}

void IncidentReplay::replay(const Row& row, Incident& incident, RubricEngine& engine, QList<RubricTransition>* derived,
                            Milliseconds* lastTransition) const {
    if (!incident.apply(row.record, row.event))
        return;
    const QDateTime start = incident.startedAt();
    if (const auto* trigger = std::get_if<SignalTriggered>(&row.event)) {
        *lastTransition = std::max(*lastTransition, Milliseconds(start.msecsTo(trigger->at)));
    } else if (const auto* clear = std::get_if<SignalCleared>(&row.event)) {
        *lastTransition = std::max(*lastTransition, Milliseconds(start.msecsTo(clear->at)));
    } else if (const auto* seen = std::get_if<ObservationRecorded>(&row.event)) {
        // At the rubric time it was given then (it differs from observed_at - start when the wall
        // clock was set back); the oldest logs have no rubric_ms.
        const Milliseconds at(seen->rubricMs.value_or(start.msecsTo(seen->observedAt)));
        const QList<RubricTransition> out = engine.observe({std::max(at, engine.now()), seen->signal, seen->value});
        if (derived)
            *derived += out;
        return;
    } else if (const auto* retraction = std::get_if<EntryRetracted>(&row.event);
               retraction && retraction->retractedKind == EventKind::ObservationRecorded) {
        // As the live session did (ReversalSession::rebuildRubric): up to the retraction's instant,
        // then the rubric rebuilt from what stands and what that changed.
        const Milliseconds at(retraction->rubricMs.value_or(engine.now().count()));
        QList<RubricTransition> out = engine.advanceTo(at);
        RubricRebuild rebuilt = RubricRebuild::fromStanding(m_freshEngine, engine, incident, at);
        engine = std::move(rebuilt.engine);
        if (derived)
            *derived += out + rebuilt.transitions;
        return;
    }
    // Transitions a tick recorded after the last observation are part of the recorded prefix too.
    if (derived && *lastTransition > engine.now())
        *derived += engine.advanceTo(*lastTransition);
}

QList<RubricTransition> IncidentReplay::missingTransitions() const {
    return m_derived.mid(m_incident.triggerEventCount());
}

IncidentSnapshot IncidentReplay::at(const QDateTime& instant) const {
    IncidentSnapshot snapshot{instant, Incident(), m_freshEngine};
    Milliseconds lastTransition{0};
    // Rows in the order written, up to the first one written after the instant: a wall clock set
    // back makes at_utc go backwards, and a later row must never be applied without those before it.
    for (const Row& row : m_rows) {
        if (row.at > instant)
            break;
        replay(row, snapshot.incident, snapshot.engine, nullptr, &lastTransition);
    }
    // The live session's rubric stops at the close (it ticks no more): a wait still pending never
    // fires and a count never leaves its window, so a review after the close must not move it on.
    const QDateTime until = std::min(instant, snapshot.incident.closedAt().value_or(instant));
    if (snapshot.incident.isStarted())
        snapshot.engine.advanceTo(Milliseconds(snapshot.incident.startedAt().msecsTo(until)));
    return snapshot;
}

} // namespace turnback
