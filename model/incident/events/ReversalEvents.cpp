#include "ReversalEvents.h"

#include "EventJson.h"

#include <QJsonArray>

namespace turnback::events {

using namespace Qt::Literals::StringLiterals;

QJsonObject ReversalStarted::toJson() const {
    return {{"title"_L1, title},
            {"service"_L1, service},
            {"role"_L1, role},
            {"mode"_L1, exercise ? u"exercise"_s : u"live"_s},
            {"kit_id"_L1, kitId},
            {"kit_file"_L1, kitFile},
            {"overlays"_L1, QJsonArray::fromStringList(overlays)},
            {"kit_version"_L1, kitVersion},
            {"kit_format"_L1, kitFormat},
            {"kit_sha256"_L1, kitSha256},
            {"overlay_sha256"_L1, QJsonArray::fromStringList(overlaySha256)}};
}

std::optional<ReversalStarted> ReversalStarted::fromJson(const QJsonObject& p) {
    return ReversalStarted{json::text(p, "title"_L1),
                           json::text(p, "service"_L1),
                           json::text(p, "role"_L1),
                           json::text(p, "mode"_L1) == "exercise"_L1,
                           json::text(p, "kit_id"_L1),
                           json::text(p, "kit_file"_L1),
                           json::texts(p, "overlays"_L1),
                           json::text(p, "kit_version"_L1),
                           int(json::integer(p, "kit_format"_L1)),
                           json::text(p, "kit_sha256"_L1),
                           json::texts(p, "overlay_sha256"_L1)};
}

QJsonObject OperatorChanged::toJson() const {
    return {{"name"_L1, name}, {"role"_L1, role}, {"previous"_L1, previous}, {"previous_role"_L1, previousRole}};
}

std::optional<OperatorChanged> OperatorChanged::fromJson(const QJsonObject& p) {
    return OperatorChanged{json::text(p, "name"_L1), json::text(p, "role"_L1), json::text(p, "previous"_L1),
                           json::text(p, "previous_role"_L1)};
}

namespace {
constexpr QLatin1StringView openDecisionsKey("open_decisions"), openAcknowledgementsKey("open_acknowledgements"),
    openNotificationsKey("open_notifications"), openCommsKey("open_comms"), impactAnsweredKey("impact_answered"),
    impactUnknownKey("impact_unknown"), impactUnansweredKey("impact_unanswered");

std::optional<qint64> optionalInteger(const QJsonObject& p, QLatin1StringView key) {
    return p.contains(key) ? std::optional<qint64>(json::integer(p, key)) : std::nullopt;
}
} // namespace

QJsonObject ReversalClosed::toJson() const {
    QJsonObject p{{"summary"_L1, summary}, {"level"_L1, level}, {"open_obligations"_L1, openObligations}};
    for (const auto& [key, value] :
         {std::pair{openDecisionsKey, openDecisions}, std::pair{openAcknowledgementsKey, openAcknowledgements},
          std::pair{openNotificationsKey, openNotifications}, std::pair{openCommsKey, openComms},
          std::pair{impactAnsweredKey, impactAnswered}, std::pair{impactUnknownKey, impactUnknown},
          std::pair{impactUnansweredKey, impactUnanswered}})
        if (value)
            p.insert(key, *value);
    return p;
}

std::optional<ReversalClosed> ReversalClosed::fromJson(const QJsonObject& p) {
    return ReversalClosed{json::text(p, "summary"_L1),
                          json::text(p, "level"_L1),
                          json::integer(p, "open_obligations"_L1),
                          optionalInteger(p, openDecisionsKey),
                          optionalInteger(p, openAcknowledgementsKey),
                          optionalInteger(p, openNotificationsKey),
                          optionalInteger(p, openCommsKey),
                          optionalInteger(p, impactAnsweredKey),
                          optionalInteger(p, impactUnknownKey),
                          optionalInteger(p, impactUnansweredKey)};
}

} // namespace turnback::events
