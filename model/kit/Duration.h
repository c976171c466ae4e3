#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace turnback {

using Milliseconds = std::chrono::milliseconds;

/// Durations as people write them in kits: "30s", "2m", "2 min", "1h", "1 hr", "immediate".
/// Zero means "immediate": due the moment the level is entered.
namespace Duration {

/// Parses a kit duration; std::nullopt when the text is not one.
std::optional<Milliseconds> parse(const QString& text);

/// The wording used on screen and in `kit show`: "Immediate", "45 s", "5 min", "1 hr", "1 hr 30 min".
QString humanText(Milliseconds duration);

/// Compact form for countdowns: "4:59", "1:02:03", "-0:12" for overdue.
QString clockText(Milliseconds duration);

} // namespace Duration
} // namespace turnback
