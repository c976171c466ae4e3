#pragma once

#include "ExerciseResult.h"
#include "Scenario.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace turnback {

class AuditLog;
class ReversalSession;
class SimulatedClock;

/// Runs a scenario headlessly through ReversalSession on a SimulatedClock, as fast as the machine
/// allows: the same events the GUI would write, marked as an exercise. Before each step at time t
/// the clock stops at every instant the rubric changes by itself up to t and the session ticks
/// there, so a "for 2 min" trigger is recorded at its exact instant; then the clock moves to t and
/// the step is performed. After the last step the clock runs on to the scenario's `end`.
class ExerciseRunner {
public:
    /// `log` must append with `clock` as its clock, so every row carries simulated time; the run
    /// starts at the clock's current time. All three must outlive the runner; the kit is not copied.
    ExerciseRunner(AuditLog& log, SimulatedClock& clock, const Kit& kit);

    ExerciseResult run(const Scenario& scenario);

    /// Opens (or creates) the audit log at `databasePath` on a simulated clock starting at
    /// `startUtc` and runs the scenario there. An unusable database is reported in the result.
    static ExerciseResult runOnDatabase(const QString& databasePath, const Kit& kit, const Scenario& scenario,
                                        const QDateTime& startUtc);

    /// The start at which `scenario` ends at `end`: `end` minus its duration. `exercise run`
    /// without --start ends the scenario now, so it never writes an event in the future.
    static QDateTime startEndingAt(const Scenario& scenario, const QDateTime& end);

    /// The open exercise reversals in `log` that were started from a scenario of this title.
    static QStringList openExercisesOf(const AuditLog& log, const Scenario& scenario);

    /// ExercisePlayhead::perform(): one step on the session now, as run() does (a hand-over first when the step says
    /// who does it; an acknowledgement or decision on the signal's newest open obligation). For callers that drive the
    /// clock themselves and look at the session between steps. False with why in `why` when refused.
    static bool perform(ReversalSession& session, const ScenarioStep& step, QString* why = nullptr);

private:
    void collect(const ReversalSession& session, qint64 firstSeq, ExerciseResult& result) const;

    AuditLog& m_log;
    SimulatedClock& m_clock;
    const Kit& m_kit;
};

} // namespace turnback
