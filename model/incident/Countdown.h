#pragma once

#include "Incident.h"

namespace turnback {

/// Where an owner's timer stands. Derived from the deadline and now, never decremented
/// (docs/architecture.md, "Time"): a busy UI, a sleep or a restart cannot make it drift.
enum class CountdownPhase {
    None,    ///< nothing is owed (the signal has not triggered)
    Running, ///< due later
    DueSoon, ///< a minute or less left
    Overdue, ///< past the deadline: counts up
    Done,    ///< the owner recorded a decision
};

struct Countdown {
    CountdownPhase phase = CountdownPhase::None;
    Milliseconds remaining{0}; ///< deadline - now; negative when overdue
    QString text;              ///< "4:59", "OVERDUE +0:12", "DONE: carried out", "HELD: not carried out"

    static constexpr Milliseconds dueSoonWithin{60'000};
};

Countdown countdownFor(const Obligation* obligation, const QDateTime& now);
/// Running, due soon or overdue towards `deadline` (anything owed, decided item or not).
Countdown countdownTo(const QDateTime& deadline, const QDateTime& now);
QString countdownPhaseId(CountdownPhase phase); ///< "none", "running", "due-soon", "overdue", "done"

} // namespace turnback
