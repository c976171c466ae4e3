#include "UtcTime.h"

namespace turnback::utc {

QString format(const QDateTime& at) {
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QDateTime parse(const QString& text) {
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

} // namespace turnback::utc
