#include "Clock.h"

#include "RealTimeSource.h"

#include <cmath>

namespace turnback {

QDateTime SystemClock::utcNow() const {
    return QDateTime::currentDateTimeUtc();
}

SimulatedClock::SimulatedClock(const QDateTime& startUtc)
    : m_ownRealTime(std::make_unique<ElapsedTimerSource>())
    , m_realTime(*m_ownRealTime) {
    reanchor(startUtc);
}

SimulatedClock::SimulatedClock(const QDateTime& startUtc, const RealTimeSource& realTime)
    : m_realTime(realTime) {
    reanchor(startUtc);
}

SimulatedClock::~SimulatedClock() = default;

QDateTime SimulatedClock::utcNow() const {
    if (!m_running)
        return m_anchorClock;
    const double realMs = std::chrono::duration<double, std::milli>(m_realTime.elapsed() - m_anchorReal).count();
    // Rounded down: the clock never shows an instant that it has not reached yet.
    return m_anchorClock.addMSecs(qint64(std::floor(realMs * m_speed)));
}

void SimulatedClock::reanchor(const QDateTime& clockTime) {
    m_anchorClock = clockTime.toUTC();
    m_anchorReal = m_realTime.elapsed();
}

void SimulatedClock::setNow(const QDateTime& utc) {
    reanchor(utc);
    emit courseChanged();
}

void SimulatedClock::advance(std::chrono::milliseconds by) {
    setNow(utcNow().addMSecs(by.count()));
}

void SimulatedClock::pause() {
    if (!m_running)
        return;
    reanchor(utcNow());
    m_running = false;
    emit courseChanged();
}

void SimulatedClock::resume() {
    if (m_running)
        return;
    reanchor(m_anchorClock);
    m_running = true;
    emit courseChanged();
}

bool SimulatedClock::setSpeed(double factor) {
    // Above kMaxSpeed a day passes in under 90 real seconds: no drill needs more, and the clock's
    // millisecond arithmetic stays far from overflow however long it runs.
    if (!(factor > 0.0) || !std::isfinite(factor) || factor > kMaxSpeed)
        return false;
    if (factor == m_speed)
        return true;
    reanchor(utcNow());
    m_speed = factor;
    emit courseChanged();
    return true;
}

} // namespace turnback
