#pragma once

#include <QDateTime>

#include <chrono>

namespace turnback {

/// The only source of time in the model (DESIGN.md section 4). Records use utcNow();
/// durations and deadlines are computed from it, never from counters that are decremented.
class Clock {
public:
    virtual ~Clock() = default;
    /// Wall time in UTC, millisecond precision.
    virtual QDateTime utcNow() const = 0;
    /// A short name recorded with checkpoints so an auditor knows what the times rest on.
    virtual QString sourceName() const = 0;
};

/// The operating system's wall clock.
class SystemClock final : public Clock {
public:
    QDateTime utcNow() const override;
    QString sourceName() const override { return QStringLiteral("system"); }
};

/// A clock for tests and tabletop exercises: starts where it is told, moves only when told
/// (advance), or runs at a chosen speed from an anchor while not paused.
class SimulatedClock final : public Clock {
public:
    explicit SimulatedClock(QDateTime startUtc = QDateTime::fromMSecsSinceEpoch(1'767'225'600'000, Qt::UTC));

    QDateTime utcNow() const override;
    QString sourceName() const override { return QStringLiteral("simulated"); }

    void setNow(const QDateTime& utc);
    void advance(std::chrono::milliseconds by);

private:
    QDateTime m_now;
};

} // namespace turnback
