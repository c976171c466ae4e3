#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <chrono>

namespace turnback {

/// Real time as it passes, read from a monotonic clock: what drives a running SimulatedClock
/// (docs/architecture.md, "Time"). Monotonic so that a wall-clock jump of the machine never moves
/// an exercise's time. Injected so that tests move real time by hand instead of sleeping.
class RealTimeSource {
public:
    virtual ~RealTimeSource() = default;
    /// Time since an arbitrary fixed origin; never decreases.
    virtual std::chrono::nanoseconds elapsed() const = 0;
};

/// The machine's monotonic clock (QElapsedTimer), started when this is constructed.
class ElapsedTimerSource final : public RealTimeSource {
public:
    ElapsedTimerSource() { m_timer.start(); }
    std::chrono::nanoseconds elapsed() const override { return std::chrono::nanoseconds(m_timer.nsecsElapsed()); }

private:
    QElapsedTimer m_timer;
};

/// Real time that passes only when told: tests advance it instead of sleeping.
class ManualRealTimeSource final : public RealTimeSource {
public:
    std::chrono::nanoseconds elapsed() const override { return m_elapsed; }
    /// Lets `by` of real time pass; a negative `by` is ignored, real time never runs backwards.
    void advance(std::chrono::nanoseconds by) { m_elapsed += std::max(by, std::chrono::nanoseconds::zero()); }

private:
    std::chrono::nanoseconds m_elapsed{0};
};

} // namespace turnback
