#pragma once

#include "Kit.h"
#include "Observation.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace turnback {

struct ObservationCsvResult {
    QList<Observation> observations; ///< the rows that parsed, in file order
    QList<int> lineNumbers;          ///< the file line of each observation, to report it against
    QStringList errors;              ///< "FILE:LINE: error: ...", one per bad row; empty when the file is good
};

/// Observation files for `turnback-cli rubric replay` and tabletop exercises (the format and its
/// limits: README.md, "Observation files").
///
/// Rows are `at,signal,value`: `at` in seconds from the start of the stream (decimals allowed, to
/// the millisecond: 120.5), `signal` a signal id of the kit, `value` the sample of a measured
/// signal (digits, '.' decimals, no grouping or exponent; within 0..100 for a `%` unit), or for count
/// and any signals empty (one occurrence) or a whole number of occurrences at that time (1..1000).
/// An optional header row `at,signal,value` may come first. Blank lines and lines starting with '#'
/// are skipped; LF and CRLF line ends and a UTF-8 byte order mark are accepted. Fields are not quoted.
/// Every bad row is reported (up to MaxErrors); time must not go backwards.
///
/// Reading is streamed and bounded: a file over MaxFileBytes, a line over MaxLineBytes or more than
/// MaxObservations observations stops the reading with an error naming the line.
namespace ObservationCsv {

constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
constexpr qsizetype MaxLineBytes = 4096;
constexpr qsizetype MaxObservations = 1'000'000;
constexpr qsizetype MaxErrors = 100;

/// "120" / "120.5" / "0.001" -> milliseconds, exactly (no floating point); nullopt with *why set when
/// the text is not a stream time (the `at` column, `rubric replay --until`).
std::optional<Milliseconds> parseSeconds(QByteArrayView text, QString* why);
/// Called with each line's bytes as read (its line end included), before the line is checked;
/// returning false stops the reading there (a cancelled import), with no error added.
using LineHook = std::function<bool(QByteArrayView raw)>;

/// Reads `device` (open for reading) line by line.
ObservationCsvResult parse(QIODevice& device, const QString& fileName, const Kit& kit, const LineHook& onLine = {});
ObservationCsvResult parse(const QByteArray& bytes, const QString& fileName, const Kit& kit);

} // namespace ObservationCsv
} // namespace turnback
