#include "Observation.h"

#include <cstdlib>

namespace turnback {

QString streamSecondsText(Milliseconds at) {
    const qint64 ms = at.count();
    const qint64 magnitude = ms < 0 ? -ms : ms;
    QString out = ms < 0 ? QStringLiteral("-") : QString();
    out += QString::number(magnitude / 1000);
    if (const qint64 fraction = magnitude % 1000; fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        out += QLatin1Char('.') + digits;
    }
    return out;
}

} // namespace turnback
