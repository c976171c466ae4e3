#include "ImpactEvents.h"

#include "EventJson.h"

namespace turnback::events {

using namespace Qt::Literals::StringLiterals;

QJsonObject ImpactAnswered::toJson() const {
    return {{"prompt"_L1, prompt},
            {"answer"_L1, answer},
            {"unknown"_L1, unknown},
            {"reason"_L1, reason},
            {"role"_L1, role}};
}

std::optional<ImpactAnswered> ImpactAnswered::fromJson(const QJsonObject& p) {
    ImpactAnswered e{json::text(p, "prompt"_L1), json::text(p, "answer"_L1), json::flag(p, "unknown"_L1),
                     json::text(p, "reason"_L1), json::text(p, "role"_L1)};
    const bool meaningful = e.unknown ? !e.reason.trimmed().isEmpty() : !e.answer.trimmed().isEmpty();
    if (e.prompt.isEmpty() || !meaningful)
        return std::nullopt;
    return e;
}

} // namespace turnback::events
