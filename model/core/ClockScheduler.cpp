#include "ClockScheduler.h"

#include "Clock.h"

#include <QTimer>

#include <cmath>

namespace turnback {

ClockScheduler::ClockScheduler(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this)) {
    m_timer->setObjectName(QStringLiteral("clockSchedulerTimer"));
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // a wake marks when something is recorded: to the millisecond
    connect(m_timer, &QTimer::timeout, this, &ClockScheduler::onTimeout);
    connect(&clock, &Clock::courseChanged, this, [this] {
        if (m_wakeAt)
            arm();
    });
}

void ClockScheduler::wakeAt(const QDateTime& at) {
    m_wakeAt = at.toUTC();
    arm();
}

void ClockScheduler::cancel() {
    m_wakeAt.reset();
    m_timer->stop();
}

bool ClockScheduler::isArmed() const {
    return m_timer->isActive();
}

std::optional<std::chrono::milliseconds> ClockScheduler::armedInterval() const {
    if (!isArmed())
        return std::nullopt;
    return std::chrono::milliseconds(m_timer->interval());
}

void ClockScheduler::arm() {
    const qint64 clockMsLeft = m_clock.utcNow().msecsTo(*m_wakeAt);
    if (clockMsLeft <= 0) {
        m_timer->start(0);
        return;
    }
    const double rate = m_clock.rate();
    if (!(rate > 0.0)) {
        m_timer->stop(); // the clock stands still: only a change of course can bring the instant
        return;
    }
    // Rounded up: woken a fraction of a millisecond late rather than early.
    const double realMs = std::ceil(double(clockMsLeft) / rate);
    m_timer->start(int(std::min(realMs, double(longestRealInterval.count()))));
}

void ClockScheduler::onTimeout() {
    if (!m_wakeAt)
        return;
    if (m_clock.utcNow() < *m_wakeAt) {
        arm();
        return;
    }
    m_wakeAt.reset();
    emit due();
}

} // namespace turnback
