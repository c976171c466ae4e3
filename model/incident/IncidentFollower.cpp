#include "IncidentFollower.h"

#include "AuditLog.h"
#include "Clock.h"

namespace turnback {

namespace {
/// Rows read per query while catching up: a burst of writes is read in a few short queries.
constexpr int kPageRows = 500;
} // namespace

IncidentFollower::IncidentFollower(const AuditLog& log, const Clock& clock, const Kit& kit, QObject* parent)
    : IncidentView(parent)
    , m_log(log)
    , m_clock(clock)
    , m_kit(kit)
    , m_replay(kit)
    , m_shown(kit) {}

bool IncidentFollower::follow(const QString& incidentId) {
    // Where the log stood when it was opened (no count(*) over a large log): catchUp() reads on from
    // there, and the replay skips the rows it already has.
    const qint64 openedAt = m_log.headSeq();
    if (!m_replay.load(m_log, incidentId)) {
        m_error = m_replay.errorString();
        return false;
    }
    if (m_replay.incident().kitId() != m_kit.id) {
        m_error = tr("Reversal %1 was started with the kit '%2'; open that kit to follow it.")
                      .arg(incidentId, m_replay.incident().kitId());
        return false;
    }
    m_lastLogSeq = std::max(m_replay.lastSeq(), openedAt);
    showRubricNow();
    emit changed();
    return true;
}

void IncidentFollower::catchUp() {
    if (!m_replay.incident().isStarted())
        return;
    bool grew = false;
    for (;;) {
        const QList<AuditRecord> rows = m_log.records(m_lastLogSeq + 1, kPageRows);
        for (const AuditRecord& row : rows) {
            m_lastLogSeq = row.seq;
            grew = m_replay.append(row) || grew;
        }
        if (rows.size() < kPageRows)
            break;
    }
    showRubricNow();
    if (grew)
        emit changed();
}

void IncidentFollower::showRubricNow() {
    m_shown = m_replay.engine();
    const Incident& incident = m_replay.incident();
    if (incident.isStarted() && !incident.isClosed())
        m_shown.advanceTo(Milliseconds(incident.startedAt().msecsTo(m_clock.utcNow())));
}

} // namespace turnback
