#include "ObservationCsv.h"

#include "ObservationValue.h"

#include <QBuffer>

#include <optional>

namespace turnback::ObservationCsv {

namespace {

/// Longest whole-seconds part accepted: keeps milliseconds far from overflowing (about 31,700 years).
constexpr int maxSecondsDigits = 12;

} // namespace

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

namespace {

/// Splits a trimmed line at ',' into trimmed fields; no quoting (the format has none).
QList<QByteArrayView> splitFields(QByteArrayView line) {
    QList<QByteArrayView> fields;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == ',') {
            fields.append(line.sliced(start, i - start).trimmed());
            start = i + 1;
        }
    }
    return fields;
}

/// Reads rows one at a time into a result, stopping at a limit.
class RowReader {
public:
    RowReader(const QString& fileName, const Kit& kit)
        : m_fileName(fileName)
        , m_kit(kit) {}

    ObservationCsvResult result;

    bool stopped() const { return m_stopped; }

    void error(int lineNumber, const QString& message) {
        if (m_stopped)
            return;
        if (result.errors.size() >= MaxErrors) {
            stop(lineNumber, QStringLiteral("more than %1 bad rows; stopped reading here").arg(MaxErrors));
            return;
        }
        result.errors.append(QStringLiteral("%1:%2: error: %3").arg(m_fileName).arg(lineNumber).arg(message));
    }

    /// An error after which nothing more is read.
    void stop(int lineNumber, const QString& message) {
        result.errors.append(QStringLiteral("%1:%2: error: %3").arg(m_fileName).arg(lineNumber).arg(message));
        m_stopped = true;
    }

    void row(QByteArrayView line, int lineNumber) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            return;
        const QList<QByteArrayView> fields = splitFields(line);
        const bool firstRow = !m_seenRow;
        m_seenRow = true;
        if (firstRow && fields.size() >= 2 && fields[0].compare("at", Qt::CaseInsensitive) == 0 &&
            fields[1].compare("signal", Qt::CaseInsensitive) == 0) {
            return; // the header row
        }
        if (fields.size() < 2 || fields.size() > 3)
            return error(
                lineNumber,
                QStringLiteral("expected 2 or 3 columns (at,signal,value), found %1%2")
                    .arg(fields.size())
                    .arg(fields.size() > 3 ? QStringLiteral(" (values use '.' for decimals, never ',')") : QString()));
        QString why;
        const std::optional<Milliseconds> at = parseSeconds(fields[0], &why);
        if (!at)
            return error(lineNumber, why);
        if (fields[1].isEmpty())
            return error(lineNumber, QStringLiteral("missing signal id"));
        const Signal* signal = m_kit.signal(QString::fromUtf8(fields[1]));
        if (!signal)
            return error(lineNumber, QStringLiteral("unknown signal '%1'").arg(QString::fromUtf8(fields[1])));
        const QByteArrayView valueText = fields.size() == 3 ? fields[2] : QByteArrayView();
        std::optional<double> value;
        int count = 1;
        if (signal->threshold.kind == Threshold::Kind::Measured) {
            if (valueText.isEmpty())
                return error(lineNumber, QStringLiteral("missing value for measured signal '%1'").arg(signal->id));
            value = ObservationValue::fromCsv(valueText, &why);
            if (!value)
                return error(lineNumber, QStringLiteral("bad number '%1' for signal '%2': %3")
                                             .arg(QString::fromUtf8(valueText), signal->id, why));
            if (const QString problem = ObservationValue::rangeProblem(signal->threshold, *value); !problem.isEmpty())
                return error(lineNumber,
                             QStringLiteral("value out of range for signal '%1': %2").arg(signal->id, problem));
        } else if (const std::optional<int> occurrences = ObservationValue::occurrences(valueText, &why)) {
            count = *occurrences;
        } else {
            return error(lineNumber, QStringLiteral("bad occurrence count '%1' for signal '%2': %3")
                                         .arg(QString::fromUtf8(valueText), signal->id, why));
        }
        if (m_previousAt && *at < *m_previousAt)
            return error(lineNumber, QStringLiteral("time goes backwards: %1 s comes after %2 s (line %3)")
                                         .arg(streamSecondsText(*at), streamSecondsText(*m_previousAt))
                                         .arg(m_previousLine));
        m_previousAt = at;
        m_previousLine = lineNumber;
        if (result.observations.size() + count > MaxObservations)
            return stop(lineNumber, QStringLiteral("more than %1 observations; split the file").arg(MaxObservations));
        for (int i = 0; i < count; ++i) {
            result.observations.append({*at, signal->id, value}); // the kit's id: shared, not copied
            result.lineNumbers.append(lineNumber);
        }
    }

private:
    const QString& m_fileName;
    const Kit& m_kit;
    bool m_seenRow = false;
    bool m_stopped = false;
    std::optional<Milliseconds> m_previousAt;
    int m_previousLine = 0;
};

} // namespace

ObservationCsvResult parse(QIODevice& device, const QString& fileName, const Kit& kit, const LineHook& onLine) {
    RowReader reader(fileName, kit);
    const QString tooBig = QStringLiteral("the file is larger than %1 bytes (64 MiB), the most an observation "
                                          "file may hold; split it")
                               .arg(MaxFileBytes);
    if (!device.isSequential() && device.size() > MaxFileBytes) {
        reader.stop(1, tooBig);
        return reader.result;
    }
    // Room for a longest line, its CR LF and readLine()'s terminating NUL.
    QByteArray buffer(MaxLineBytes + 3, Qt::Uninitialized);
    qint64 total = 0;
    int lineNumber = 0;
    while (!reader.stopped()) {
        const qint64 read = device.readLine(buffer.data(), buffer.size());
        if (read <= 0)
            break;
        ++lineNumber;
        total += read;
        QByteArrayView line(buffer.constData(), read);
        if (onLine && !onLine(line))
            break;
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
        const bool complete = line.endsWith('\n') || device.atEnd();
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (total > MaxFileBytes)
            reader.stop(lineNumber, tooBig);
        else if (const qsizetype nul = line.indexOf('\0'); nul >= 0)
            reader.stop(lineNumber, QStringLiteral("NUL byte in column %1: this is not a text file; an observation "
                                                   "file is UTF-8 text")
                                        .arg(nul + 1));
        else if (!complete || line.size() > MaxLineBytes)
            reader.stop(
                lineNumber,
                QStringLiteral("line longer than %1 bytes, the most an observation row may hold").arg(MaxLineBytes));
        else
            reader.row(line, lineNumber);
    }
    return reader.result;
}

ObservationCsvResult parse(const QByteArray& bytes, const QString& fileName, const Kit& kit) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return parse(buffer, fileName, kit);
}

} // namespace turnback::ObservationCsv
