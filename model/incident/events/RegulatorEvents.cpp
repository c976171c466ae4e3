#include "RegulatorEvents.h"

#include "EventJson.h"
#include "RegulatorClocks.h"

namespace turnback::events {

using namespace Qt::Literals::StringLiterals;

QJsonObject RegulatorTriggerRecorded::toJson() const {
    return {{"trigger"_L1, trigger}};
}

std::optional<RegulatorTriggerRecorded> RegulatorTriggerRecorded::fromJson(const QJsonObject& p) {
    RegulatorTriggerRecorded event{json::text(p, "trigger"_L1)};
    if (!regulatorTriggerFromId(event.trigger))
        return std::nullopt;
    return event;
}

} // namespace turnback::events
