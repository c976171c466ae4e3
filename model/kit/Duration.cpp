#include "Duration.h"

#include <QRegularExpression>

namespace turnback::Duration {

std::optional<Milliseconds> parse(const QString& text) {
    const QString trimmed = text.trimmed().toLower();
    if (trimmed == QLatin1String("immediate") || trimmed == QLatin1String("0"))
        return Milliseconds(0);

    // A sequence of <number><unit> parts: "1h 30m", "90s", "2 min", "1.5h". Longer unit names come
    // first and a unit must end the word, or "2 min" would match "2 m" and fail on "in".
    static const QRegularExpression part(QStringLiteral(
        R"(\G\s*(\d+(?:\.\d+)?)\s*(milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d)(?![a-z])\s*)"));
    qint64 total = 0;
    qsizetype offset = 0;
    bool any = false;
    while (offset < trimmed.size()) {
        const QRegularExpressionMatch match = part.match(trimmed, offset);
        if (!match.hasMatch() || match.capturedLength() == 0)
            return std::nullopt;
        const double amount = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        double scale = 1;
        if (unit == QLatin1String("ms") || unit.startsWith(QLatin1String("millisecond")))
            scale = 1;
        else if (unit.startsWith(QLatin1Char('s')))
            scale = 1000;
        else if (unit.startsWith(QLatin1Char('m')))
            scale = 60'000;
        else if (unit.startsWith(QLatin1Char('h')))
            scale = 3'600'000;
        else
            scale = 86'400'000;
        const double value = amount * scale;
        if (value > 365.0 * 86'400'000)
            return std::nullopt; // longer than a year is a typo, not a timer
        total += qint64(value + 0.5);
        offset = match.capturedEnd();
        any = true;
    }
    if (!any)
        return std::nullopt;
    return Milliseconds(total);
}

QString humanText(Milliseconds duration) {
    qint64 ms = duration.count();
    if (ms == 0)
        return QStringLiteral("Immediate");
    QStringList parts;
    const bool negative = ms < 0;
    ms = qAbs(ms);
    const qint64 hours = ms / 3'600'000;
    const qint64 minutes = (ms / 60'000) % 60;
    const qint64 seconds = (ms / 1000) % 60;
    const qint64 millis = ms % 1000;
    if (hours)
        parts << QStringLiteral("%1 hr").arg(hours);
    if (minutes)
        parts << QStringLiteral("%1 min").arg(minutes);
    if (seconds)
        parts << QStringLiteral("%1 s").arg(seconds);
    if (millis)
        parts << QStringLiteral("%1 ms").arg(millis);
    return (negative ? QStringLiteral("-") : QString()) + parts.join(QLatin1Char(' '));
}

QString clockText(Milliseconds duration) {
    qint64 ms = duration.count();
    const bool negative = ms < 0;
    // Round towards the deadline so a countdown shows 0:00 only once time is really up.
    qint64 seconds = negative ? (-ms) / 1000 : (ms + 999) / 1000;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds / 60) % 60;
    seconds %= 60;
    QString text = hours ? QStringLiteral("%1:%2:%3")
                               .arg(hours)
                               .arg(minutes, 2, 10, QLatin1Char('0'))
                               .arg(seconds, 2, 10, QLatin1Char('0'))
                         : QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace turnback::Duration
