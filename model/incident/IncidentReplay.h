#pragma once

#include "AuditRecord.h"
#include "Incident.h"
#include "RubricEngine.h"

#include <QList>
#include <QString>

namespace turnback {

class AuditLog;

/// What the console showed at one instant: the rows written by then, folded, and the rubric moved to
/// that instant (a "for 2 min" wait half-way, a count in its window). Countdowns are
/// countdownFor(obligation, at).
struct IncidentSnapshot {
    QDateTime at;
    Incident incident;
    RubricEngine engine;
};

/// Rebuilds one reversal from its rows and never writes (docs/architecture.md, "The replay"). The
/// live session resumes from it, a console that only watches follows a log with it, and the review,
/// the after-action report and the evidence export read "what was the state at instant T" from it.
///
/// The rubric is rebuilt from the recorded observations at the rubric times they were given then,
/// so it comes back exactly as it was even if the wall clock was set back. The engine is
/// deterministic: the transitions it derives begin with the ones the log holds; any beyond them
/// were lost to a crash between an observation and its consequences (missingTransitions()).
class IncidentReplay {
public:
    /// The kit the reversal runs on (copied by the engine; the replay keeps no reference to it).
    explicit IncidentReplay(const Kit& kit);

    /// Reads the reversal's rows from the log, in pages. False with errorString() when the log
    /// cannot be read or holds no such reversal.
    bool load(const AuditLog& log, const QString& incidentId);
    /// Replays the given rows (rows of other incidents are skipped).
    void load(const QList<AuditRecord>& rows, const QString& incidentId);
    /// One more row, written after those already replayed (a log another console writes).
    /// Rows of other incidents, and rows that do not fit, are skipped; true when applied.
    bool append(const AuditRecord& row);

    QString incidentId() const { return m_incidentId; }
    const Incident& incident() const { return m_incident; }
    /// Every recorded observation replayed, and time moved to the newest recorded trigger or clear:
    /// the rubric as the log says it stands, not moved on to now.
    const RubricEngine& engine() const { return m_engine; }
    /// Triggers and clears the rubric derives from the recorded observations that the log lacks.
    QList<RubricTransition> missingTransitions() const;
    /// The newest seq replayed (of this reversal); 0 before any.
    qint64 lastSeq() const { return m_lastSeq; }
    QString errorString() const { return m_error; }

    /// The state at `instant`: rows written at or before it, the rubric moved to it (or to the
    /// close, if the reversal was closed by then: the rubric stands still once it is closed).
    IncidentSnapshot at(const QDateTime& instant) const;

private:
    /// A row as the replay keeps it: the fields the fold reads, and its event already parsed.
    struct Row {
        AuditRecord record; ///< without payload and hashes
        events::IncidentEvent event;
        QDateTime at;
    };
    void reset();
    void replay(const Row& row, Incident& incident, RubricEngine& engine, QList<RubricTransition>* derived,
                Milliseconds* lastTransition) const;

    RubricEngine m_freshEngine; ///< the kit's rubric before any observation
    QString m_incidentId;
    QList<Row> m_rows;
    Incident m_incident;
    RubricEngine m_engine;
    QList<RubricTransition> m_derived;
    Milliseconds m_lastRecordedTransition{0};
    qint64 m_lastSeq = 0;
    QString m_error;
};

} // namespace turnback
