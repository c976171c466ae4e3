#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <memory>

namespace turnback {

class RealTimeSource;

/// The only source of time in the model (docs/architecture.md, "Time"). Records use utcNow();
/// durations and deadlines are computed from it, never from counters that are decremented.
/// A QObject only so that a clock whose course can change (a trainer pausing, speeding up or
/// jumping an exercise) can say so; the model reads it as `const Clock&`.
class Clock : public QObject {
    Q_OBJECT
public:
    /// Wall time in UTC, millisecond precision.
    virtual QDateTime utcNow() const = 0;
    /// A short name recorded with checkpoints so an auditor knows what the times rest on.
    virtual QString sourceName() const = 0;
    /// How many clock milliseconds pass per real millisecond from now on, until courseChanged():
    /// 1 for the system clock, 0 while a simulated clock is paused, its speed while it runs.
    /// What turns "wake me at clock instant T" into a real timer (ClockScheduler).
    virtual double rate() const = 0;

signals:
    /// utcNow() or rate() changed other than by the steady passing of time: a pause, a resume, a
    /// speed change or a jump. Anything waiting for a clock instant recomputes its real wait.
    /// The system clock never emits it (a wall-clock jump is caught by the next periodic refresh).
    void courseChanged();
};

/// The operating system's wall clock.
class SystemClock final : public Clock {
    Q_OBJECT
public:
    QDateTime utcNow() const override;
    QString sourceName() const override { return QStringLiteral("system"); }
    double rate() const override { return 1.0; }
};

/// A clock for tests and tabletop exercises that a trainer can steer. It starts where it is told and
/// PAUSED, so a clock constructed without more stands still until told (setNow, advance) as tests
/// and the headless exercise runner expect. After resume() it runs at speed() times real time, read
/// from a RealTimeSource (the machine's monotonic clock unless one is injected).
///
/// Invariant: utcNow() = anchor + (real elapsed since the anchor) x speed while running, and = anchor
/// while paused. Every change of course (pause, resume, setSpeed, setNow, advance) first fixes the
/// anchor at the current time, so no change ever makes the time jump except the jumps themselves:
/// setNow (to an instant) and advance (by a duration), which keep the clock running or paused as it was.
class SimulatedClock final : public Clock {
    Q_OBJECT
public:
    /// The fastest a trainer can run the clock.
    static constexpr double kMaxSpeed = 1000.0;
    /// 2026-01-01T00:00:00Z: where a clock constructed without a start begins.
    static QDateTime defaultStart() { return QDateTime::fromMSecsSinceEpoch(1'767'225'600'000, Qt::UTC); }

    /// Runs on the machine's monotonic clock once resumed.
    explicit SimulatedClock(const QDateTime& startUtc = defaultStart());
    /// Runs on `realTime` once resumed; `realTime` must outlive the clock.
    SimulatedClock(const QDateTime& startUtc, const RealTimeSource& realTime);
    ~SimulatedClock() override;

    QDateTime utcNow() const override;
    QString sourceName() const override { return QStringLiteral("simulated"); }
    double rate() const override { return m_running ? m_speed : 0.0; }

    /// Jumps to `utc`.
    void setNow(const QDateTime& utc);
    /// Jumps by `by` (negative goes back).
    void advance(std::chrono::milliseconds by);

    void pause();
    void resume();
    bool isPaused() const { return !m_running; }
    /// Clock time per real time while running (1, 2, 5, 10 or any positive finite factor); kept
    /// while paused. Returns false and changes nothing for any other factor.
    bool setSpeed(double factor);
    double speed() const { return m_speed; }

private:
    void reanchor(const QDateTime& clockTime);

    std::unique_ptr<RealTimeSource> m_ownRealTime; ///< the default monotonic source, when none is injected
    const RealTimeSource& m_realTime;
    QDateTime m_anchorClock;
    std::chrono::nanoseconds m_anchorReal{0};
    double m_speed = 1.0;
    bool m_running = false;
};

} // namespace turnback
