#pragma once

#include "Kit.h"
#include "Observation.h"
#include "RubricTransition.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace turnback {

/// `turnback-cli rubric replay` without the argument parsing: an observation stream in, one JSON
/// line per trigger and clear out.
///
/// The replay ends at the last observation: a "for" wait or a window expiry that would fall after
/// it is not reported, because the stream says nothing about what happened after its end.
namespace RubricReplay {

/// One transition as a compact JSON object with keys in a fixed order, a space after each colon
/// and comma, "at" in seconds (an integer when whole, else up to 3 decimals):
///   {"at": 120, "signal": "error-rate", "event": "triggered", "level": "slow"}
///   {"at": 300.5, "signal": "error-rate", "event": "cleared"}
QString jsonLine(const RubricTransition& transition);

/// Runs the observations through a RubricEngine for the kit and returns one JSON line per
/// transition, in time order. On a bad observation it sets *error ("observation N: ...", N 1-based)
/// and returns the lines produced before it.
QStringList jsonLines(const Kit& kit, const QList<Observation>& observations, QString* error = nullptr);

} // namespace RubricReplay
} // namespace turnback
