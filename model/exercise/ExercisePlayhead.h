#pragma once

#include "Scenario.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace turnback {

class Clock;
class ReversalSession;
class SimulatedClock;

/// Where a scenario stands in play, and the one place its steps are performed: the headless
/// ExerciseRunner and the GUI's ExerciseDirector both play through it, so they write the same rows.
/// An inject writes its `exercise.inject` row first, then what it carries (an observation); the
/// operator's steps are played only while playOperatorSteps() (a room may play them itself).
class ExercisePlayhead {
public:
    /// `scenario` must outlive the playhead; step times count from `start`.
    ExercisePlayhead(const Scenario& scenario, const QDateTime& start);

    QDateTime start() const { return m_start; }
    QDateTime instantOf(const ScenarioStep& step) const { return m_start.addMSecs(step.at.count()); }
    QDateTime end() const { return m_start.addMSecs(m_scenario.duration().count()); }

    bool playOperatorSteps() const { return m_playOperatorSteps; }
    void setPlayOperatorSteps(bool play) { m_playOperatorSteps = play; }

    /// The next step still to play (operator steps included only while they are played), or null.
    const ScenarioStep* nextStep() const;
    std::optional<QDateTime> nextStepAt() const;
    /// The next inject still to play, or nullopt when none is left.
    std::optional<QDateTime> nextInjectAt() const;
    bool isFinished() const { return nextStep() == nullptr; }
    /// Steps played (or passed over, when operator steps are not played) so far.
    int position() const { return int(m_next); }

    /// Moves `clock` forward to `target`, stopping at every rubric change (recorded there) and every
    /// step (performed at its own instant) on the way, as fast as the machine allows. False with
    /// `error` ("FILE:LINE:COLUMN: error: ...") when a step is refused; the clock stays where it was.
    bool playUntil(ReversalSession& session, SimulatedClock& clock, const QDateTime& target, QString* error);
    /// Performs every step whose instant `clock` has reached, at the clock's now: for a clock that
    /// runs by itself (the GUI). False with `error` when a step is refused.
    bool playDue(ReversalSession& session, const Clock& clock, QString* error);

    /// Records every rubric change that falls due up to `target`, each with the clock moved there.
    static bool tickUntil(ReversalSession& session, SimulatedClock& clock, const QDateTime& target, QString* error);
    /// Performs one step on the session now (a hand-over first when it says who does it; an inject's
    /// row before what it carries). False when refused, with why in `why` (the session's errorString(),
    /// or a comms step's own reason, such as a blank that cannot be sent).
    static bool perform(ReversalSession& session, const ScenarioStep& step, QString* why = nullptr);
    /// Writes `exercise.started` for the scenario into the session's (started) reversal.
    static bool recordStarted(ReversalSession& session, const Scenario& scenario, bool operatorSteps);

private:
    /// Passes over operator steps while they are not played.
    void skipUnplayed();
    bool performNext(ReversalSession& session, QString* error);
    /// "step 2 (decide p1-count (carry-out) at 2 min)": how errors name a step.
    QString stepName(qsizetype index) const;

    const Scenario& m_scenario;
    QDateTime m_start;
    qsizetype m_next = 0;
    bool m_playOperatorSteps = true;
};

} // namespace turnback
