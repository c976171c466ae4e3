#include "EventJson.h"

#include "UtcTime.h"

#include <QJsonArray>

namespace turnback::events::json {

QString text(const QJsonObject& o, QLatin1StringView key) {
    return o.value(key).toString();
}

qint64 integer(const QJsonObject& o, QLatin1StringView key) {
    return o.value(key).toInteger();
}

bool flag(const QJsonObject& o, QLatin1StringView key) {
    return o.value(key).toBool();
}

QDateTime time(const QJsonObject& o, QLatin1StringView key) {
    return utc::parse(o.value(key).toString());
}

QStringList texts(const QJsonObject& o, QLatin1StringView key) {
    QStringList out;
    for (const QJsonValue& v : o.value(key).toArray())
        out << v.toString();
    return out;
}

std::optional<double> number(const QJsonObject& o, QLatin1StringView key) {
    const QJsonValue v = o.value(key);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<Level> level(const QJsonObject& o, QLatin1StringView key, bool allowNormal) {
    const QString id = o.value(key).toString();
    if (allowNormal && id == QLatin1String("normal"))
        return Level::Normal;
    return levelFromId(id);
}

} // namespace turnback::events::json
