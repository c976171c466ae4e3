#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <optional>

class QTimer;

namespace turnback {

class Clock;

/// "Wake me at clock instant T", kept true whatever the clock's course (docs/architecture.md, "Time"):
/// one re-armable wake, like a single-shot QTimer that counts in clock time. The real timer is armed
/// for (T - now) / rate, rounded up, and recomputed on every Clock::courseChanged(); while the clock
/// stands still (a paused SimulatedClock) no real timer runs. When the real timer fires before the
/// clock has reached T (rounding, the one-day cap on a real interval) it re-arms for what is left, so
/// due() is never early. due() is always delivered through the real timer, with a zero interval when
/// T has been reached, never from inside wakeAt() or a clock change: listeners need not be reentrant.
class ClockScheduler : public QObject {
    Q_OBJECT
public:
    /// The longest real interval armed at once; a longer wait is armed again when it runs out.
    static constexpr std::chrono::milliseconds longestRealInterval{24 * 3600 * 1000};

    /// `clock` must outlive the scheduler.
    explicit ClockScheduler(const Clock& clock, QObject* parent = nullptr);

    /// Wakes once at clock instant `at`, replacing any wake asked for before. An instant already
    /// reached wakes on the next pass of the event loop.
    void wakeAt(const QDateTime& at);
    /// Forgets the wake asked for, if any.
    void cancel();

    /// The clock instant asked for and not yet woken at.
    std::optional<QDateTime> wakeInstant() const { return m_wakeAt; }
    /// Whether a real timer runs for the wake: not while there is none, nor while the clock stands still.
    bool isArmed() const;
    /// The real interval the timer was last armed with, while it is armed.
    std::optional<std::chrono::milliseconds> armedInterval() const;

signals:
    /// The clock has reached the instant asked for. Once per wakeAt().
    void due();

private:
    void arm();
    void onTimeout();

    const Clock& m_clock;
    QTimer* m_timer = nullptr;
    std::optional<QDateTime> m_wakeAt;
};

} // namespace turnback
