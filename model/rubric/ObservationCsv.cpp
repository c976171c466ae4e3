#include "ObservationCsv.h"

#include <cmath>
#include <optional>

namespace turnback::ObservationCsv {

namespace {

/// Longest whole-seconds part accepted: keeps milliseconds far from overflowing (about 31,700 years).
constexpr int maxSecondsDigits = 12;

/// "120" / "120.5" / "0.001" -> milliseconds, exactly (no floating point); nullopt when not a time.
std::optional<Milliseconds> parseSeconds(QByteArrayView text, QString* why) {
    const qsizetype dot = text.indexOf('.');
    const QByteArrayView whole = dot < 0 ? text : text.first(dot);
    const QByteArrayView fraction = dot < 0 ? QByteArrayView() : text.sliced(dot + 1);
    const auto allDigits = [](QByteArrayView digits) {
        for (const char c : digits) {
            if (c < '0' || c > '9')
                return false;
        }
        return true;
    };
    if (whole.isEmpty() || !allDigits(whole) || (dot >= 0 && (fraction.isEmpty() || !allDigits(fraction)))) {
        *why = QStringLiteral("bad time '%1': expected seconds from the start, like 120 or 120.5")
                   .arg(QString::fromUtf8(text));
        return std::nullopt;
    }
    if (fraction.size() > 3) {
        *why = QStringLiteral("bad time '%1': at most 3 decimals (milliseconds)").arg(QString::fromUtf8(text));
        return std::nullopt;
    }
    if (whole.size() > maxSecondsDigits) {
        *why = QStringLiteral("bad time '%1': too large").arg(QString::fromUtf8(text));
        return std::nullopt;
    }
    qint64 ms = 0;
    for (const char c : whole)
        ms = ms * 10 + (c - '0');
    ms *= 1000;
    qint64 scale = 100;
    for (const char c : fraction) {
        ms += (c - '0') * scale;
        scale /= 10;
    }
    return Milliseconds{ms};
}

} // namespace

ObservationCsvResult parse(const QByteArray& bytes, const QString& fileName, const Kit& kit) {
    ObservationCsvResult result;
    QByteArrayView rest(bytes);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);

    int lineNumber = 0;
    bool seenRow = false;
    std::optional<Milliseconds> previousAt;
    int previousLine = 0;
    while (!rest.isEmpty()) {
        const qsizetype newline = rest.indexOf('\n');
        QByteArrayView line = newline < 0 ? rest : rest.first(newline);
        rest = newline < 0 ? QByteArrayView() : rest.sliced(newline + 1);
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;

        const auto error = [&](const QString& message) {
            result.errors.append(QStringLiteral("%1:%2: error: %3").arg(fileName).arg(lineNumber).arg(message));
        };

        QList<QByteArrayView> fields;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            if (i == line.size() || line[i] == ',') {
                fields.append(line.sliced(start, i - start).trimmed());
                start = i + 1;
            }
        }

        const bool firstRow = !seenRow;
        seenRow = true;
        if (firstRow && fields.size() >= 2 && fields[0].compare("at", Qt::CaseInsensitive) == 0 &&
            fields[1].compare("signal", Qt::CaseInsensitive) == 0) {
            continue; // the header row
        }
        if (fields.size() < 2 || fields.size() > 3) {
            error(QStringLiteral("expected 2 or 3 columns (at,signal,value), found %1").arg(fields.size()));
            continue;
        }

        QString why;
        const std::optional<Milliseconds> at = parseSeconds(fields[0], &why);
        if (!at) {
            error(why);
            continue;
        }
        const QString signalId = QString::fromUtf8(fields[1]);
        if (signalId.isEmpty()) {
            error(QStringLiteral("missing signal id"));
            continue;
        }
        const Signal* signal = kit.signal(signalId);
        if (!signal) {
            error(QStringLiteral("unknown signal '%1'").arg(signalId));
            continue;
        }

        std::optional<double> value;
        const QByteArrayView valueText = fields.size() == 3 ? fields[2] : QByteArrayView();
        if (!valueText.isEmpty()) {
            bool ok = false;
            const double number = valueText.toByteArray().toDouble(&ok);
            if (!ok || !std::isfinite(number)) {
                error(QStringLiteral("bad number '%1' for signal '%2'").arg(QString::fromUtf8(valueText), signalId));
                continue;
            }
            value = number;
        } else if (signal->threshold.kind == Threshold::Kind::Measured) {
            error(QStringLiteral("missing value for measured signal '%1'").arg(signalId));
            continue;
        }

        if (previousAt && *at < *previousAt) {
            error(QStringLiteral("time goes backwards: %1 s comes after %2 s (line %3)")
                      .arg(streamSecondsText(*at), streamSecondsText(*previousAt))
                      .arg(previousLine));
            continue;
        }
        previousAt = at;
        previousLine = lineNumber;
        result.observations.append({*at, signalId, value});
        result.lineNumbers.append(lineNumber);
    }
    return result;
}

} // namespace turnback::ObservationCsv
