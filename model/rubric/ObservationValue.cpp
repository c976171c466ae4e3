#include "ObservationValue.h"

#include <cmath>

namespace turnback::ObservationValue {

namespace {

bool isDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

/// `-`? digits (`.` digits)?, with `decimal` standing for the decimal point; nullopt when not that shape.
/// Returns the same number written with '.', for a C-locale conversion.
std::optional<QString> plainDecimal(const QString& text, QChar decimal) {
    QString c;
    qsizetype i = 0;
    if (text.startsWith(QLatin1Char('-'))) {
        c += QLatin1Char('-');
        ++i;
    }
    qsizetype wholeDigits = 0;
    for (; i < text.size() && isDigit(text[i]); ++i, ++wholeDigits)
        c += text[i];
    if (wholeDigits == 0)
        return std::nullopt;
    if (i < text.size() && text[i] == decimal) {
        c += QLatin1Char('.');
        qsizetype fractionDigits = 0;
        for (++i; i < text.size() && isDigit(text[i]); ++i, ++fractionDigits)
            c += text[i];
        if (fractionDigits == 0)
            return std::nullopt;
    }
    if (i != text.size())
        return std::nullopt;
    return c;
}

std::optional<double> finite(const QString& cText) {
    bool ok = false;
    const double number = cText.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

} // namespace

std::optional<double> fromCsv(QByteArrayView text, QString* why) {
    const QString value = QString::fromUtf8(text);
    const std::optional<QString> cText = plainDecimal(value, QLatin1Char('.'));
    const std::optional<double> number = cText ? finite(*cText) : std::nullopt;
    if (!number)
        *why = QStringLiteral("expected a decimal number with '.' as the decimal point and no grouping, like "
                              "6.5 or -2");
    return number;
}

std::optional<int> occurrences(QByteArrayView text, QString* why) {
    if (text.isEmpty())
        return 1;
    int count = 0;
    bool ok = text.size() <= 4; // MaxOccurrences has 4 digits: no overflow below
    for (qsizetype i = 0; ok && i < text.size(); ++i) {
        ok = text[i] >= '0' && text[i] <= '9';
        count = count * 10 + (text[i] - '0');
    }
    if (!ok || count < 1 || count > MaxOccurrences) {
        *why = QStringLiteral("leave it empty for one occurrence, or write a whole number of occurrences from 1 "
                              "to %1")
                   .arg(MaxOccurrences);
        return std::nullopt;
    }
    return count;
}

std::optional<double> fromTyped(const QString& typed, const QLocale& locale, QString* why) {
    QString text = typed.trimmed();
    const QString minus = locale.negativeSign();
    if (!minus.isEmpty() && minus != QLatin1String("-") && text.startsWith(minus))
        text = QLatin1Char('-') + text.mid(minus.size());
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    std::optional<QString> cText;
    if (decimal.size() == 1)
        cText = plainDecimal(text, decimal.front());
    if (!cText && group != QLatin1String("."))
        cText = plainDecimal(text, QLatin1Char('.'));
    const std::optional<double> number = cText ? finite(*cText) : std::nullopt;
    if (!number) {
        if (text.isEmpty())
            *why = QStringLiteral("type a number");
        else
            *why = QStringLiteral("cannot read '%1' as one number: write digits with at most one decimal "
                                  "separator '%2' and no grouping, like %3")
                       .arg(typed.trimmed(), decimal, display(6.5, locale));
    }
    return number;
}

QString rangeProblem(const Threshold& threshold, double value) {
    const std::optional<ValueRange> range = threshold.valueRange();
    if (!range || (value >= range->min && value <= range->max))
        return {};
    return QStringLiteral("%1 is outside %2..%3 %4")
        .arg(QString::number(value, 'g', 15), QString::number(range->min, 'g', 15),
             QString::number(range->max, 'g', 15), threshold.unit);
}

QString display(double value, const QLocale& locale) {
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace turnback::ObservationValue
