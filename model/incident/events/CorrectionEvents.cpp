#include "CorrectionEvents.h"

#include "EventJson.h"

namespace turnback::events {

using namespace Qt::Literals::StringLiterals;

QJsonObject EntryRetracted::toJson() const {
    QJsonObject p{{"retracts"_L1, retracts},
                  {"kind"_L1, retractedKind},
                  {"subject"_L1, subject},
                  {"reason"_L1, reason},
                  {"role"_L1, role}};
    if (rubricMs)
        p.insert("rubric_ms"_L1, *rubricMs);
    return p;
}

std::optional<EntryRetracted> EntryRetracted::fromJson(const QJsonObject& p) {
    EntryRetracted e{json::integer(p, "retracts"_L1), json::text(p, "kind"_L1), json::text(p, "subject"_L1),
                     json::text(p, "reason"_L1),      json::text(p, "role"_L1), std::nullopt};
    if (e.retracts <= 0 || e.retractedKind.isEmpty())
        return std::nullopt;
    if (const QJsonValue rubric = p.value("rubric_ms"_L1); rubric.isDouble())
        e.rubricMs = rubric.toInteger();
    return e;
}

} // namespace turnback::events
