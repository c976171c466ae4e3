#pragma once

#include "Duration.h"

#include <QString>

#include <optional>

namespace turnback {

/// One row of an observation stream: a sample of a measured signal, or one occurrence of a
/// count / any signal. `at` is milliseconds since the start of the stream.
struct Observation {
    Milliseconds at{0};
    QString signalId;
    std::optional<double> value; ///< required for a measured signal; optional (and ignored) otherwise
};

/// A stream time in seconds as `rubric replay` and observation files write it: "120" when whole,
/// else up to three decimals without trailing zeros ("120.5", "0.001").
QString streamSecondsText(Milliseconds at);

} // namespace turnback
