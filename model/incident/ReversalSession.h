#pragma once

#include "Incident.h"
#include "RubricEngine.h"

#include <QObject>

#include <optional>

namespace turnback {

class AuditLog;
class Clock;

/// What the operator fills in to start a reversal.
struct ReversalSetup {
    QString title;
    QString service;
    Operator op;
    bool exercise = false;
};

/// Works one reversal: turns what the operator does and what the rubric engine derives into
/// events, appends each to the audit log FIRST and only then applies it to the Incident
/// (DESIGN.md section 3). Time comes only from the injected clock. The same class drives the
/// GUI, `turnback-cli exercise run` and tests.
class ReversalSession : public QObject {
    Q_OBJECT
public:
    /// `log`, `clock` must outlive the session; the kit is copied.
    ReversalSession(AuditLog& log, const Clock& clock, const Kit& kit, QObject* parent = nullptr);

    /// Records ReversalStarted. False with errorString() when the setup is incomplete or the log refuses.
    bool start(const ReversalSetup& setup);
    /// Rebuilds a reversal from the log and catches up: transitions that fell due while the app
    /// was closed are recorded now, at their exact instants, so countdowns stay true.
    bool resume(const QString& incidentId);
    /// Ids of reversals that were started and not closed, oldest first.
    static QStringList openIncidentIds(const AuditLog& log);

    /// A sample of a measured signal (value required) or one occurrence (value ignored), observed
    /// now or, for an import, at `observedAt` (not in the future, not before the last observation).
    bool recordObservation(const QString& signalId, std::optional<double> value = std::nullopt,
                           std::optional<QDateTime> observedAt = std::nullopt);
    /// Moves the rubric to the clock's now and records whatever fell due (a "for" wait ending,
    /// a count leaving its window). Call it from a timer; cheap when nothing is due.
    bool tick();
    bool acknowledge(qint64 obligationId);
    bool confirmNotification(qint64 obligationId, const QString& roleTold);
    /// `deEscalateTo` is required for Decision::DeEscalate and must be below the current level.
    /// Obligation 0 stands the whole incident down (de-escalate only, with a reason) when no
    /// signal's decision is open, e.g. after the level was carried out and the signals cleared.
    bool decide(qint64 obligationId, Decision decision, const QString& reason,
                std::optional<Level> deEscalateTo = std::nullopt);
    bool changeOperator(const Operator& op);
    bool close(const QString& summary);

    const Incident& incident() const { return m_incident; }
    const RubricEngine& engine() const { return m_engine; }
    const Kit& kit() const { return m_kit; }
    const Clock& clock() const { return m_clock; }
    QString errorString() const { return m_error; }

    /// When the rubric will next change by itself (absolute UTC), for a single-shot timer.
    std::optional<QDateTime> nextScheduledTransition() const;
    /// Whether derived events are waiting to be written (the log refused them); retried on tick().
    bool hasUnrecordedEvents() const { return !m_unrecorded.isEmpty(); }

signals:
    /// The incident changed (an event was applied).
    void changed();
    /// An event could not be written; nothing was applied. The message is for the operator.
    void recordingFailed(const QString& message);

private:
    bool fail(const QString& message);
    bool append(const QString& kind, const QString& target, QJsonObject payload);
    bool recordTransition(const RubricTransition& transition);
    bool flushUnrecorded();
    Milliseconds engineTime(const QDateTime& at) const;
    QDateTime instant(Milliseconds engineTime) const;
    bool requireOpen();

    AuditLog& m_log;
    const Clock& m_clock;
    Kit m_kit;
    RubricEngine m_engine;
    Incident m_incident;
    QList<RubricTransition> m_unrecorded;
    QString m_error;
};

} // namespace turnback
