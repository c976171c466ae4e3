#pragma once

#include "Kit.h"
#include "Observation.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace turnback {

struct ObservationCsvResult {
    QList<Observation> observations; ///< the rows that parsed, in file order
    QList<int> lineNumbers;          ///< the file line of each observation, to report it against
    QStringList errors;              ///< "FILE:LINE: error: ...", one per bad row; empty when the file is good
};

/// Observation files for `turnback-cli rubric replay` and tabletop exercises.
///
/// Rows are `at,signal,value`: `at` in seconds from the start of the stream (decimals allowed, to
/// the millisecond: 120.5), `signal` a signal id of the kit, `value` the sample of a measured
/// signal (optional for count and any signals, where a row is one occurrence). An optional header
/// row `at,signal,value` may come first. Blank lines and lines starting with '#' are skipped;
/// LF and CRLF line ends and a UTF-8 byte order mark are accepted. Fields are not quoted.
/// Every bad row is reported (not just the first); time must not go backwards.
namespace ObservationCsv {

ObservationCsvResult parse(const QByteArray& bytes, const QString& fileName, const Kit& kit);

} // namespace ObservationCsv
} // namespace turnback
