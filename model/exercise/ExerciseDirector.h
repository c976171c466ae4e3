#pragma once

#include "ExercisePlayhead.h"
#include "Scenario.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace turnback {

class ClockScheduler;
class ReversalSession;
class SimulatedClock;

/// Plays a scenario in front of a room (docs/scenario-format.md, "In the console"): the steps at their
/// instants on the session's SimulatedClock, woken by a ClockScheduler, so a pause, a speed change or
/// a jump moves them with every countdown. The trainer's controls (start, pause, resume, speed, jump
/// to the next inject, an inject added on the spot) are recorded as `exercise.control` rows. The steps
/// are performed by ExercisePlayhead, as the headless runner performs them. No widgets.
class ExerciseDirector : public QObject {
    Q_OBJECT
public:
    /// The speeds a trainer picks from.
    static const QList<double>& speeds();

    /// `session` must run an exercise reversal on `clock`; all three must outlive the director. The
    /// clock is left paused until start().
    ExerciseDirector(ReversalSession& session, SimulatedClock& clock, const Scenario& scenario,
                     QObject* parent = nullptr);
    ~ExerciseDirector() override;

    /// Records `exercise.started` (once). False with errorString() when it was not recorded.
    bool begin();
    /// The trainer starts the clock. Each control returns false with errorString() when its row was
    /// not recorded (the clock is then left as it was) or it makes no sense now.
    bool start();
    bool pause();
    bool resume();
    bool setSpeed(double factor);
    /// Moves the clock to the next inject, performing on the way (at their own instants) every step
    /// and rubric change before it, and the inject itself: the clock lands exactly on its instant.
    bool jumpToNextInject();
    /// An inject the trainer adds now: words to a role (empty: the room), with an optional expectation.
    bool addInject(const QString& text, const QString& toRole,
                   const std::optional<events::ExerciseExpectation>& expectation = std::nullopt);
    /// Whether the script's operator steps are played, or the room plays the operators itself
    /// (recorded, once begun: exercise.control operator-steps). False with errorString() when not recorded.
    bool setPlayOperatorSteps(bool play);
    bool playOperatorSteps() const { return m_playhead.playOperatorSteps(); }

    bool isStarted() const { return m_started; }
    bool isPaused() const;
    bool isFinished() const { return m_playhead.isFinished(); }
    double speed() const;
    std::optional<QDateTime> nextInjectAt() const { return m_playhead.nextInjectAt(); }
    /// When the next step to play falls (operator steps only while they are played).
    std::optional<QDateTime> nextStepAt() const { return m_playhead.nextStepAt(); }
    QDateTime startUtc() const { return m_playhead.start(); }
    const Scenario& scenario() const { return m_scenario; }
    QString errorString() const { return m_error; }

signals:
    /// An inject reached the room (scripted or added), after its row was recorded.
    void injected(const turnback::events::ExerciseInject& inject, const QDateTime& at);
    /// Started, paused, resumed, sped up or down, jumped, or the operator steps toggled.
    void stateChanged();
    /// A step was refused: the script stops there (the room plays on).
    void stepRefused(const QString& message);

private:
    /// Records the trainer's act; `to` differs from `from` only for a jump.
    bool control(events::ExerciseControl::Action action, const QDateTime& from, const QDateTime& to = {},
                 const QString& inject = {});
    void playDue();
    void schedule();
    /// Emits injected() for the injects among the steps played from `from` on; `refused`: the last
    /// one played was refused (its inject may not have reached the room).
    void announceInjects(int from, bool refused);
    bool fail(const QString& message);

    ReversalSession& m_session;
    SimulatedClock& m_clock;
    Scenario m_scenario;
    ExercisePlayhead m_playhead;
    ClockScheduler* m_wake = nullptr;
    bool m_begun = false;
    bool m_started = false;
    bool m_stopped = false; ///< a step was refused: nothing more is played
    int m_added = 0;        ///< injects added by the trainer, for their ids
    QString m_error;
};

} // namespace turnback
