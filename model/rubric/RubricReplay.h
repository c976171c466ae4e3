#pragma once

#include "Kit.h"
#include "Observation.h"
#include "RubricTransition.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace turnback {

/// `turnback-cli rubric replay` without the argument parsing: an observation stream in, one JSON
/// line per trigger and clear out.
///
/// The last sample holds: after the last observation the clock runs on, so a "for" wait still
/// running when the stream ends fires at its instant, and an occurrence leaving a count window
/// clears at its instant, exactly as the console would have shown them. The replay ends when
/// nothing more is scheduled, or at `until` when one is given.
namespace RubricReplay {

/// One transition as a compact JSON object with keys in a fixed order, a space after each colon
/// and comma, "at" in seconds (an integer when whole, else up to 3 decimals):
///   {"at": 120, "signal": "error-rate", "event": "triggered", "level": "slow"}
///   {"at": 300.5, "signal": "error-rate", "event": "cleared"}
QString jsonLine(const RubricTransition& transition);

/// Runs the observations through a RubricEngine for the kit and returns one JSON line per
/// transition, in time order. On a bad observation it sets *error ("observation N: ...", N 1-based)
/// and returns the lines produced before it. With `until`, the clock stops there: observations
/// after it are not read, and transitions at it are reported.
QStringList jsonLines(const Kit& kit, const QList<Observation>& observations, QString* error = nullptr,
                      std::optional<Milliseconds> until = std::nullopt);

} // namespace RubricReplay
} // namespace turnback
