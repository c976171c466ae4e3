#pragma once

#include "Duration.h"

#include <QString>

#include <optional>

namespace turnback {

enum class SignalPhase {
    Quiet,     ///< the threshold is not met
    Pending,   ///< a measured condition holds and is waiting out its "for" duration
    Triggered, ///< the threshold is met; the signal calls for its action level
};

/// "quiet" / "pending" / "triggered".
inline QString signalPhaseId(SignalPhase phase) {
    switch (phase) {
    case SignalPhase::Quiet:
        return QStringLiteral("quiet");
    case SignalPhase::Pending:
        return QStringLiteral("pending");
    case SignalPhase::Triggered:
        return QStringLiteral("triggered");
    }
    return {};
}

/// What the rubric table shows for one signal at the engine's current time.
struct SignalStatus {
    QString signalId;
    SignalPhase phase = SignalPhase::Quiet;
    std::optional<Milliseconds> since;   ///< Pending: when the condition became true; Triggered: when it fired
    std::optional<Milliseconds> firesAt; ///< Pending only: since + the "for" duration
    std::optional<double> latestValue;   ///< Measured only: the value of the latest sample
    int windowCount = 0; ///< Count: occurrences in (now - window, now]; Any: occurrences so far; Measured: 0
};

} // namespace turnback
