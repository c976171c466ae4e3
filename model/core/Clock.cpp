#include "Clock.h"

namespace turnback {

QDateTime SystemClock::utcNow() const {
    return QDateTime::currentDateTimeUtc();
}

SimulatedClock::SimulatedClock(QDateTime startUtc)
    : m_now(startUtc.toUTC()) {}

QDateTime SimulatedClock::utcNow() const {
    return m_now;
}

void SimulatedClock::setNow(const QDateTime& utc) {
    m_now = utc.toUTC();
}

void SimulatedClock::advance(std::chrono::milliseconds by) {
    m_now = m_now.addMSecs(by.count());
}

} // namespace turnback
