#include "ImportEvents.h"

#include "EventJson.h"

#include <array>

namespace turnback::events {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr std::array kOutcomes = {ImportFinished::Outcome::Recorded, ImportFinished::Outcome::Refused,
                                  ImportFinished::Outcome::Cancelled, ImportFinished::Outcome::Failed};
} // namespace

QString outcomeId(ImportFinished::Outcome outcome) {
    switch (outcome) {
    case ImportFinished::Outcome::Recorded:
        return u"recorded"_s;
    case ImportFinished::Outcome::Refused:
        return u"refused"_s;
    case ImportFinished::Outcome::Cancelled:
        return u"cancelled"_s;
    case ImportFinished::Outcome::Failed:
        return u"failed"_s;
    }
    return {};
}

QJsonObject ImportStarted::toJson() const {
    return {{"file"_L1, file},
            {"size"_L1, size},
            {"sha256"_L1, sha256},
            {"rows"_L1, rows},
            {"observations"_L1, observations}};
}

std::optional<ImportStarted> ImportStarted::fromJson(const QJsonObject& p) {
    return ImportStarted{json::text(p, "file"_L1), json::integer(p, "size"_L1), json::text(p, "sha256"_L1),
                         json::integer(p, "rows"_L1), json::integer(p, "observations"_L1)};
}

QJsonObject ImportFinished::toJson() const {
    QJsonObject payload{{"file"_L1, file},
                        {"started_seq"_L1, startedSeq},
                        {"outcome"_L1, outcomeId(outcome)},
                        {"recorded"_L1, recorded}};
    if (problems > 0)
        payload.insert("problems"_L1, problems);
    if (!reason.isEmpty())
        payload.insert("reason"_L1, reason);
    return payload;
}

std::optional<ImportFinished> ImportFinished::fromJson(const QJsonObject& p) {
    const QString outcome = json::text(p, "outcome"_L1);
    for (const ImportFinished::Outcome known : kOutcomes)
        if (outcomeId(known) == outcome)
            return ImportFinished{
                json::text(p, "file"_L1),        json::integer(p, "started_seq"_L1), known,
                json::integer(p, "recorded"_L1), json::integer(p, "problems"_L1),    json::text(p, "reason"_L1)};
    return std::nullopt;
}

} // namespace turnback::events
