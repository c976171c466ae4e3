#include "OwnerEvents.h"

#include "EventJson.h"

namespace turnback::events {

using namespace Qt::Literals::StringLiterals;

QJsonObject OwnerAcknowledged::toJson() const {
    return {{"obligation"_L1, obligation}, {"signal"_L1, signal}, {"role"_L1, role}};
}

std::optional<OwnerAcknowledged> OwnerAcknowledged::fromJson(const QJsonObject& p) {
    return OwnerAcknowledged{json::integer(p, "obligation"_L1), json::text(p, "signal"_L1), json::text(p, "role"_L1)};
}

QJsonObject NotificationConfirmed::toJson() const {
    return {{"obligation"_L1, obligation}, {"signal"_L1, signal}, {"told"_L1, told}, {"role"_L1, role}};
}

std::optional<NotificationConfirmed> NotificationConfirmed::fromJson(const QJsonObject& p) {
    return NotificationConfirmed{json::integer(p, "obligation"_L1), json::text(p, "signal"_L1),
                                 json::text(p, "told"_L1), json::text(p, "role"_L1)};
}

QJsonObject DecisionRecorded::toJson() const {
    QJsonObject p{{"obligation"_L1, obligation},
                  {"decision"_L1, decisionId(decision)},
                  {"role"_L1, role},
                  {"reason"_L1, reason},
                  {"level"_L1, levelId(level)}};
    if (obligation)
        p.insert("signal"_L1, signal);
    if (!onBehalfOf.isEmpty())
        p.insert("on_behalf_of"_L1, onBehalfOf);
    if (appliesTo != Scope::Legacy)
        p.insert("applies_to"_L1, appliesTo == Scope::All ? "all"_L1 : "item"_L1);
    return p;
}

std::optional<DecisionRecorded> DecisionRecorded::fromJson(const QJsonObject& p) {
    DecisionRecorded d;
    if (!decisionFromId(json::text(p, "decision"_L1), &d.decision))
        return std::nullopt;
    d.obligation = json::integer(p, "obligation"_L1);
    d.signal = json::text(p, "signal"_L1);
    d.role = json::text(p, "role"_L1);
    d.reason = json::text(p, "reason"_L1);
    d.onBehalfOf = json::text(p, "on_behalf_of"_L1);
    const std::optional<Level> level = json::level(p, "level"_L1, true);
    d.level = level.value_or(Level::Normal);
    d.levelRecorded = level.has_value();
    const QString scope = json::text(p, "applies_to"_L1);
    d.appliesTo = scope == "all"_L1 ? Scope::All : scope == "item"_L1 ? Scope::Item : Scope::Legacy;
    return d;
}

} // namespace turnback::events
