#include "RubricEvents.h"

#include "EventJson.h"
#include "UtcTime.h"

#include <QJsonArray>

namespace turnback::events {

using namespace Qt::Literals::StringLiterals;

QJsonObject ObservationRecorded::toJson() const {
    QJsonObject p{{"signal"_L1, signal}, {"observed_at"_L1, utc::format(observedAt)}};
    if (rubricMs)
        p.insert("rubric_ms"_L1, *rubricMs);
    if (value)
        p.insert("value"_L1, *value);
    return p;
}

std::optional<ObservationRecorded> ObservationRecorded::fromJson(const QJsonObject& p) {
    const QJsonValue rubric = p.value("rubric_ms"_L1);
    return ObservationRecorded{json::text(p, "signal"_L1), json::time(p, "observed_at"_L1),
                               rubric.isDouble() ? std::optional<qint64>(rubric.toInteger()) : std::nullopt,
                               json::number(p, "value"_L1)};
}

QJsonObject SignalTriggered::toJson() const {
    return {{"signal"_L1, signal},
            {"level"_L1, levelId(level)},
            {"at"_L1, utc::format(at)},
            {"owner"_L1, owner},
            {"timer_ms"_L1, timerMs},
            {"deadline"_L1, utc::format(deadline)},
            {"notify"_L1, QJsonArray::fromStringList(notify)}};
}

std::optional<SignalTriggered> SignalTriggered::fromJson(const QJsonObject& p) {
    return SignalTriggered{json::text(p, "signal"_L1),      json::level(p, "level"_L1, false).value_or(Level::Slow),
                           json::time(p, "at"_L1),          json::text(p, "owner"_L1),
                           json::integer(p, "timer_ms"_L1), json::time(p, "deadline"_L1),
                           json::texts(p, "notify"_L1)};
}

QJsonObject SignalCleared::toJson() const {
    return {{"signal"_L1, signal}, {"at"_L1, utc::format(at)}};
}

std::optional<SignalCleared> SignalCleared::fromJson(const QJsonObject& p) {
    return SignalCleared{json::text(p, "signal"_L1), json::time(p, "at"_L1)};
}

QJsonObject LevelEntered::toJson() const {
    QJsonObject p{
        {"level"_L1, levelId(level)}, {"from"_L1, levelId(from)}, {"signal"_L1, signal}, {"at"_L1, utc::format(at)}};
    if (repaired)
        p.insert("repaired"_L1, true);
    return p;
}

std::optional<LevelEntered> LevelEntered::fromJson(const QJsonObject& p) {
    const std::optional<Level> level = json::level(p, "level"_L1, false);
    if (!level)
        return std::nullopt;
    return LevelEntered{*level, json::level(p, "from"_L1, true).value_or(Level::Normal), json::text(p, "signal"_L1),
                        json::time(p, "at"_L1), json::flag(p, "repaired"_L1)};
}

} // namespace turnback::events
