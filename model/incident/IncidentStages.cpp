// Incident: the fold of the stage rows (docs/incident-events.md, "Stages"). Every row is kept in
// StageProgress; what stands is read from the newest. The rest of the fold is in Incident.cpp.
#include "Incident.h"

#include "AuditRecord.h"
#include "UtcTime.h"

namespace turnback {

using namespace events;

namespace {
template <typename Event> StageEntry<Event> entryOf(const AuditRecord& r, const Event& e) {
    return {r.seq, utc::parse(r.atUtc), r.actor, e};
}
} // namespace

bool Incident::on(const StageItemRecorded& e, const AuditRecord& r) {
    m_stages.items.append(entryOf(r, e));
    addTimeline(r, e);
    return true;
}

bool Incident::on(const StageGateDecided& e, const AuditRecord& r) {
    m_stages.gateDecisions.append(entryOf(r, e));
    addTimeline(r, e);
    return true;
}

bool Incident::on(const StageWindowOpened& e, const AuditRecord& r) {
    if (m_stages.windowOpened)
        return false; // one window a reversal: a second opening would move its deadline
    m_stages.windowOpened = entryOf(r, e);
    addTimeline(r, e);
    return true;
}

bool Incident::on(const StageWindowClosed& e, const AuditRecord& r) {
    if (!m_stages.windowOpened || m_stages.windowClosed)
        return false;
    m_stages.windowClosed = entryOf(r, e);
    addTimeline(r, e);
    return true;
}

bool Incident::on(const StageHarmRecorded& e, const AuditRecord& r) {
    // A correction names the record it corrects, which must be the one that stands: two people
    // correcting the same record at once cannot both silently win.
    const StageEntry<StageHarmRecorded>* standing = m_stages.harmRecord(e.stage);
    if (e.corrects != (standing ? standing->seq : 0))
        return false;
    m_stages.harm.append(entryOf(r, e));
    addTimeline(r, e);
    return true;
}

bool Incident::on(const StageRelaunchDecided& e, const AuditRecord& r) {
    m_stages.relaunchDecisions.append(entryOf(r, e));
    addTimeline(r, e);
    return true;
}

bool Incident::on(const StagesLeftOpen& e, const AuditRecord& r) {
    m_stages.leftOpen.append(entryOf(r, e));
    addTimeline(r, e);
    return true;
}

} // namespace turnback
