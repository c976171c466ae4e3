#pragma once

#include "Kit.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace turnback::events {

/// Small readers and writers shared by the typed events, so each event's toJson/fromJson reads as a
/// list of its fields. Readers are lenient about absent fields (old logs, docs/incident-events.md)
/// and strict only where an event would be meaningless without the field.
namespace json {

QString text(const QJsonObject& o, QLatin1StringView key);
qint64 integer(const QJsonObject& o, QLatin1StringView key);
bool flag(const QJsonObject& o, QLatin1StringView key);
QDateTime time(const QJsonObject& o, QLatin1StringView key);
QStringList texts(const QJsonObject& o, QLatin1StringView key);
std::optional<double> number(const QJsonObject& o, QLatin1StringView key);
/// "slow", "stop", "reverse" and, where `allowNormal`, "normal" (levelId() writes all four).
std::optional<Level> level(const QJsonObject& o, QLatin1StringView key, bool allowNormal);

/// The enumerator of `all` whose id (`idOf`) is `id`; nullopt for an id this version does not know.
template <typename Enum, std::size_t N>
std::optional<Enum> enumFromId(const QString& id, const Enum (&all)[N], QString (*idOf)(Enum)) {
    for (Enum e : all)
        if (idOf(e) == id)
            return e;
    return std::nullopt;
}

} // namespace json
} // namespace turnback::events
