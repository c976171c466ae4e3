#include "ExerciseDirector.h"

#include "Clock.h"
#include "ClockScheduler.h"
#include "ExerciseLogging.h"
#include "ReversalSession.h"
#include "UtcTime.h"

namespace turnback {

const QList<double>& ExerciseDirector::speeds() {
    static const QList<double> all = {1.0, 2.0, 5.0, 10.0};
    return all;
}

ExerciseDirector::ExerciseDirector(ReversalSession& session, SimulatedClock& clock, const Scenario& scenario,
                                   QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
    , m_scenario(scenario)
    , m_playhead(m_scenario,
                 session.incident().startedAt().isValid() ? session.incident().startedAt() : clock.utcNow()) {
    setObjectName(QStringLiteral("exerciseDirector"));
    m_clock.pause();
    m_wake = new ClockScheduler(m_clock, this);
    connect(m_wake, &ClockScheduler::due, this, &ExerciseDirector::playDue);
}

ExerciseDirector::~ExerciseDirector() = default;

bool ExerciseDirector::fail(const QString& message) {
    m_error = message;
    return false;
}

bool ExerciseDirector::begin() {
    if (m_begun)
        return true;
    if (!ExercisePlayhead::recordStarted(m_session, m_scenario, m_playhead.playOperatorSteps()))
        return fail(m_session.errorString());
    m_begun = true;
    // Steps at the very start (0 s) reach the room at once, before the trainer starts the clock.
    playDue();
    return true;
}

bool ExerciseDirector::control(events::ExerciseControl::Action action, const QDateTime& from, const QDateTime& to,
                               const QString& inject) {
    events::ExerciseControl act;
    act.action = action;
    act.speed = m_clock.speed();
    act.from = utc::format(from);
    act.to = utc::format(to.isValid() ? to : from);
    act.role = m_session.incident().currentOperator().role;
    act.inject = inject;
    if (!m_session.recordAside(events::ExerciseControl::kind, act.target(), act.toJson(), events::kTrainerActor))
        return fail(m_session.errorString());
    return true;
}

bool ExerciseDirector::start() {
    if (m_started)
        return fail(tr("The exercise has already started."));
    if (!begin())
        return false;
    const QDateTime at = m_clock.utcNow();
    if (!control(events::ExerciseControl::Action::Start, at))
        return false;
    m_started = true;
    m_clock.resume();
    schedule();
    emit stateChanged();
    return true;
}

bool ExerciseDirector::pause() {
    if (!m_started || m_clock.isPaused())
        return fail(tr("The exercise clock is not running."));
    // Paused first, so the row says the instant the room stopped at.
    m_clock.pause();
    if (!control(events::ExerciseControl::Action::Pause, m_clock.utcNow())) {
        m_clock.resume();
        return false;
    }
    emit stateChanged();
    return true;
}

bool ExerciseDirector::resume() {
    if (!m_started || !m_clock.isPaused())
        return fail(tr("The exercise clock is not paused."));
    if (!control(events::ExerciseControl::Action::Resume, m_clock.utcNow()))
        return false;
    m_clock.resume();
    emit stateChanged();
    return true;
}

bool ExerciseDirector::setSpeed(double factor) {
    if (!speeds().contains(factor))
        return fail(tr("The exercise runs at 1x, 2x, 5x or 10x."));
    const double before = m_clock.speed();
    if (!m_clock.setSpeed(factor))
        return fail(tr("The exercise runs at 1x, 2x, 5x or 10x."));
    if (!control(events::ExerciseControl::Action::Speed, m_clock.utcNow())) {
        m_clock.setSpeed(before);
        return false;
    }
    emit stateChanged();
    return true;
}

bool ExerciseDirector::isPaused() const {
    return m_clock.isPaused();
}

double ExerciseDirector::speed() const {
    return m_clock.speed();
}

bool ExerciseDirector::jumpToNextInject() {
    if (m_stopped)
        return fail(tr("The script stopped at a refused step."));
    const std::optional<QDateTime> target = m_playhead.nextInjectAt();
    if (!target)
        return fail(tr("No inject is left in the script."));
    if (!begin())
        return false;
    const QDateTime from = m_clock.utcNow();
    // The jump is recorded where it was asked for; what it passes over is then recorded at its own instants.
    if (!control(events::ExerciseControl::Action::Jump, from, *target))
        return false;
    const bool wasRunning = !m_clock.isPaused();
    m_clock.pause(); // no real time passes while the steps on the way are played
    const int before = m_playhead.position();
    QString error;
    bool ok = m_playhead.playUntil(m_session, m_clock, *target, &error);
    // Steps at `target` itself are played too: the clock lands on the inject, and the inject is in.
    announceInjects(before, !ok);
    if (wasRunning)
        m_clock.resume();
    if (!ok) {
        m_stopped = true;
        emit stepRefused(error);
    }
    schedule();
    emit stateChanged();
    return ok || fail(error);
}

bool ExerciseDirector::addInject(const QString& text, const QString& toRole,
                                 const std::optional<events::ExerciseExpectation>& expectation) {
    if (text.trimmed().isEmpty())
        return fail(tr("An inject needs its words."));
    if (!begin())
        return false;
    events::ExerciseInject inject;
    inject.inject = QStringLiteral("trainer-%1").arg(m_added + 1);
    inject.type = events::ExerciseInject::Type::Message;
    inject.to = toRole;
    inject.text = text.trimmed();
    if (expectation)
        inject.expects << *expectation;
    const QDateTime at = m_clock.utcNow();
    if (!control(events::ExerciseControl::Action::InjectAdded, at, {}, inject.inject))
        return false;
    if (!m_session.recordAside(events::ExerciseInject::kind, inject.inject, inject.toJson(), events::kTrainerActor))
        return fail(m_session.errorString());
    ++m_added;
    emit injected(inject, at);
    return true;
}

bool ExerciseDirector::setPlayOperatorSteps(bool play) {
    if (play == m_playhead.playOperatorSteps())
        return true;
    if (m_begun) { // before begin(), exercise.started says it
        events::ExerciseControl act;
        act.action = events::ExerciseControl::Action::OperatorSteps;
        act.speed = m_clock.speed();
        act.from = act.to = utc::format(m_clock.utcNow());
        act.role = m_session.incident().currentOperator().role;
        act.operatorSteps = play;
        if (!m_session.recordAside(events::ExerciseControl::kind, act.target(), act.toJson(), events::kTrainerActor))
            return fail(m_session.errorString());
    }
    m_playhead.setPlayOperatorSteps(play);
    schedule();
    emit stateChanged();
    return true;
}

void ExerciseDirector::playDue() {
    if (m_stopped || !m_begun)
        return;
    const int before = m_playhead.position();
    QString error;
    const bool ok = m_playhead.playDue(m_session, m_clock, &error);
    announceInjects(before, !ok);
    if (!ok) {
        m_stopped = true;
        m_error = error;
        qCWarning(lcExercise) << "step refused:" << error;
        emit stepRefused(error);
    }
    schedule();
}

void ExerciseDirector::schedule() {
    const std::optional<QDateTime> next = m_stopped ? std::nullopt : m_playhead.nextStepAt();
    if (next)
        m_wake->wakeAt(*next);
    else
        m_wake->cancel();
}

void ExerciseDirector::announceInjects(int from, bool refused) {
    const int to = m_playhead.position() - (refused ? 1 : 0);
    for (int i = from; i < to; ++i) {
        const ScenarioStep& step = m_scenario.steps.at(i);
        if (step.isInject())
            emit injected(step.inject(m_session.kit()), m_playhead.instantOf(step));
    }
}

} // namespace turnback
