#pragma once

#include <QDateTime>
#include <QString>

namespace turnback {

/// The one place where Turnback writes and reads the times in its records (docs/architecture.md,
/// "Time"): ISO 8601 in UTC with milliseconds and a Z, e.g. 2026-11-26T18:06:11.123Z.
namespace utc {

/// `2026-11-26T18:06:11.123Z`; any time spec is converted to UTC first.
QString format(const QDateTime& at);
/// Reads what format() writes (and any ISO 8601 date-time with milliseconds) as UTC. An invalid
/// QDateTime for text that is not such a time.
QDateTime parse(const QString& text);

} // namespace utc
} // namespace turnback
