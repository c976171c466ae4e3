#pragma once

#include "IncidentReplay.h"
#include "IncidentView.h"

namespace turnback {

class AuditLog;

/// A reversal that another console is recording, shown as it grows (docs/architecture.md, "The
/// replay"): the rows are replayed once, then every catchUp() reads only the rows written since,
/// and the rubric shown is moved on to the clock's now (a wait half-way, a count in its window).
/// It never writes: no tick is recorded, nothing is held, so there is nothing "not yet recorded".
class IncidentFollower : public IncidentView {
    Q_OBJECT
public:
    /// `log` (usually open read-only) and `clock` must outlive the follower; the kit is copied.
    IncidentFollower(const AuditLog& log, const Clock& clock, const Kit& kit, QObject* parent = nullptr);

    /// Replays the reversal's rows so far. False with errorString() when there is no such reversal
    /// or it was started with another kit.
    bool follow(const QString& incidentId);

    const Incident& incident() const override { return m_replay.incident(); }
    const Kit& kit() const override { return m_kit; }
    const RubricEngine& engine() const override { return m_shown; }
    const Clock& clock() const override { return m_clock; }
    /// Reads what was written since the last call; emits changed() when anything was.
    void catchUp() override;
    bool canRecord() const override { return false; }

    QString errorString() const { return m_error; }
    /// The newest seq of the whole log read so far.
    qint64 lastLogSeq() const { return m_lastLogSeq; }

private:
    void showRubricNow();

    const AuditLog& m_log;
    const Clock& m_clock;
    Kit m_kit;
    IncidentReplay m_replay;
    RubricEngine m_shown; ///< the replayed rubric moved on to now
    qint64 m_lastLogSeq = 0;
    QString m_error;
};

} // namespace turnback
