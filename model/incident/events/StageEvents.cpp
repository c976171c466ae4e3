#include "StageEvents.h"

#include "EventJson.h"
#include "UtcTime.h"

#include <QJsonArray>

namespace turnback::events {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr StageItemRecorded::Outcome allOutcomes[] = {
    StageItemRecorded::Outcome::Met, StageItemRecorded::Outcome::NotMet, StageItemRecorded::Outcome::Done,
    StageItemRecorded::Outcome::Blocked};

/// Reasons and notes are written only when given, so a plain "done" stays a short row.
void insertText(QJsonObject& payload, QLatin1StringView key, const QString& value) {
    if (!value.isEmpty())
        payload.insert(key, value);
}
} // namespace

QString stageOutcomeId(StageItemRecorded::Outcome outcome) {
    switch (outcome) {
    case StageItemRecorded::Outcome::Met:
        return u"met"_s;
    case StageItemRecorded::Outcome::NotMet:
        return u"not-met"_s;
    case StageItemRecorded::Outcome::Done:
        return u"done"_s;
    case StageItemRecorded::Outcome::Blocked:
        return u"blocked"_s;
    }
    return {};
}

std::optional<StageItemRecorded::Outcome> stageOutcomeFromId(const QString& id) {
    return json::enumFromId(id, allOutcomes, &stageOutcomeId);
}

QJsonObject StageItemRecorded::toJson() const {
    QJsonObject p{{"stage"_L1, stage}, {"item"_L1, item}, {"outcome"_L1, stageOutcomeId(outcome)}, {"role"_L1, role}};
    insertText(p, "reason"_L1, reason);
    insertText(p, "on_behalf_of"_L1, onBehalfOf);
    return p;
}

std::optional<StageItemRecorded> StageItemRecorded::fromJson(const QJsonObject& p) {
    const std::optional<Outcome> outcome = stageOutcomeFromId(json::text(p, "outcome"_L1));
    StageItemRecorded e{json::text(p, "stage"_L1),  json::text(p, "item"_L1), outcome.value_or(Outcome::Done),
                        json::text(p, "reason"_L1), json::text(p, "role"_L1), json::text(p, "on_behalf_of"_L1)};
    if (!outcome || e.stage.isEmpty() || e.item.isEmpty())
        return std::nullopt;
    return e;
}

QJsonObject StageGateDecided::toJson() const {
    QJsonObject p{{"stage"_L1, stage},
                  {"decision"_L1, go ? u"go"_s : u"no-go"_s},
                  {"unmet"_L1, QJsonArray::fromStringList(unmet)},
                  {"role"_L1, role}};
    insertText(p, "reason"_L1, reason);
    return p;
}

std::optional<StageGateDecided> StageGateDecided::fromJson(const QJsonObject& p) {
    const QString decision = json::text(p, "decision"_L1);
    StageGateDecided e{json::text(p, "stage"_L1), decision == u"go", json::text(p, "reason"_L1),
                       json::texts(p, "unmet"_L1), json::text(p, "role"_L1)};
    if (e.stage.isEmpty() || (decision != u"go" && decision != u"no-go"))
        return std::nullopt;
    return e;
}

QJsonObject StageWindowOpened::toJson() const {
    return {{"stage"_L1, stage},
            {"duration_ms"_L1, durationMs},
            {"closes_at"_L1, utc::format(closesAt)},
            {"role"_L1, role}};
}

std::optional<StageWindowOpened> StageWindowOpened::fromJson(const QJsonObject& p) {
    StageWindowOpened e{json::text(p, "stage"_L1), json::integer(p, "duration_ms"_L1), json::time(p, "closes_at"_L1),
                        json::text(p, "role"_L1)};
    if (e.stage.isEmpty() || e.durationMs <= 0 || !e.closesAt.isValid())
        return std::nullopt;
    return e;
}

QJsonObject StageWindowClosed::toJson() const {
    QJsonObject p{{"stage"_L1, stage}, {"at"_L1, utc::format(at)}, {"early"_L1, early}, {"role"_L1, role}};
    insertText(p, "reason"_L1, reason);
    return p;
}

std::optional<StageWindowClosed> StageWindowClosed::fromJson(const QJsonObject& p) {
    StageWindowClosed e{json::text(p, "stage"_L1), json::time(p, "at"_L1), json::flag(p, "early"_L1),
                        json::text(p, "reason"_L1), json::text(p, "role"_L1)};
    if (e.stage.isEmpty() || !e.at.isValid())
        return std::nullopt;
    return e;
}

QJsonObject StageHarmRecorded::toJson() const {
    QJsonObject p{{"stage"_L1, stage}, {"affected"_L1, affected}, {"count"_L1, count}, {"duration"_L1, duration},
                  {"data"_L1, data},   {"note"_L1, note},         {"role"_L1, role}};
    if (corrects)
        p.insert("corrects"_L1, corrects);
    return p;
}

std::optional<StageHarmRecorded> StageHarmRecorded::fromJson(const QJsonObject& p) {
    StageHarmRecorded e{json::text(p, "stage"_L1),       json::text(p, "affected"_L1), json::text(p, "count"_L1),
                        json::text(p, "duration"_L1),    json::text(p, "data"_L1),     json::text(p, "note"_L1),
                        json::integer(p, "corrects"_L1), json::text(p, "role"_L1)};
    if (e.stage.isEmpty() || e.affected.trimmed().isEmpty())
        return std::nullopt;
    return e;
}

QStringList StageRelaunchDecided::unmet() const {
    QStringList ids;
    for (const CriterionJudged& c : criteria)
        if (!c.met)
            ids << c.id;
    return ids;
}

QJsonObject StageRelaunchDecided::toJson() const {
    QJsonArray judged;
    for (const CriterionJudged& c : criteria) {
        QJsonObject one{{"id"_L1, c.id}, {"met"_L1, c.met}};
        insertText(one, "note"_L1, c.note);
        judged.append(one);
    }
    QJsonObject p{{"stage"_L1, stage},
                  {"decision"_L1, relaunch ? u"relaunch"_s : u"no-relaunch"_s},
                  {"criteria"_L1, judged},
                  {"role"_L1, role}};
    insertText(p, "reason"_L1, reason);
    return p;
}

std::optional<StageRelaunchDecided> StageRelaunchDecided::fromJson(const QJsonObject& p) {
    const QString decision = json::text(p, "decision"_L1);
    StageRelaunchDecided e{
        json::text(p, "stage"_L1), decision == u"relaunch", {}, json::text(p, "reason"_L1), json::text(p, "role"_L1)};
    for (const QJsonValue& v : p.value("criteria"_L1).toArray()) {
        const QJsonObject c = v.toObject();
        e.criteria.append({c.value("id"_L1).toString(), c.value("met"_L1).toBool(), c.value("note"_L1).toString()});
    }
    if (e.stage.isEmpty() || (decision != u"relaunch" && decision != u"no-relaunch"))
        return std::nullopt;
    return e;
}

QJsonObject StagesLeftOpen::toJson() const {
    return {{"stage"_L1, stage},
            {"open"_L1, QJsonArray::fromStringList(open)},
            {"relaunch_missing"_L1, relaunchMissing},
            {"reason"_L1, reason},
            {"role"_L1, role}};
}

std::optional<StagesLeftOpen> StagesLeftOpen::fromJson(const QJsonObject& p) {
    StagesLeftOpen e{json::text(p, "stage"_L1), json::texts(p, "open"_L1), json::flag(p, "relaunch_missing"_L1),
                     json::text(p, "reason"_L1), json::text(p, "role"_L1)};
    if (e.stage.isEmpty())
        return std::nullopt;
    return e;
}

} // namespace turnback::events
