#include "LevelEvents.h"

#include "EventJson.h"
#include "UtcTime.h"

namespace turnback::events {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr LevelCause allCauses[] = {LevelCause::Trigger, LevelCause::Decision, LevelCause::StandDown,
                                    LevelCause::Resume};
constexpr Refusal allRefusals[] = {Refusal::NotOpen, Refusal::NoReason, Refusal::NotBelow, Refusal::BelowAnotherItem,
                                   Refusal::DecisionsOpen};
} // namespace

QString levelCauseId(LevelCause cause) {
    switch (cause) {
    case LevelCause::Trigger:
        return u"trigger"_s;
    case LevelCause::Decision:
        return u"decision"_s;
    case LevelCause::StandDown:
        return u"stand-down"_s;
    case LevelCause::Resume:
        return u"resume"_s;
    }
    return {};
}

std::optional<LevelCause> levelCauseFromId(const QString& id) {
    return json::enumFromId(id, allCauses, &levelCauseId);
}

QString refusalId(Refusal refusal) {
    switch (refusal) {
    case Refusal::NotOpen:
        return u"not-open"_s;
    case Refusal::NoReason:
        return u"no-reason"_s;
    case Refusal::NotBelow:
        return u"not-below"_s;
    case Refusal::BelowAnotherItem:
        return u"below-another-item"_s;
    case Refusal::DecisionsOpen:
        return u"decisions-open"_s;
    }
    return {};
}

std::optional<Refusal> refusalFromId(const QString& id) {
    return json::enumFromId(id, allRefusals, &refusalId);
}

QJsonObject LevelChanged::toJson() const {
    return {{"from"_L1, levelId(from)},    {"to"_L1, levelId(to)}, {"cause"_L1, levelCauseId(cause)},
            {"obligation"_L1, obligation}, {"signal"_L1, signal},  {"at"_L1, utc::format(at)}};
}

std::optional<LevelChanged> LevelChanged::fromJson(const QJsonObject& p) {
    const std::optional<Level> from = json::level(p, "from"_L1, true);
    const std::optional<Level> to = json::level(p, "to"_L1, true);
    const std::optional<LevelCause> cause = levelCauseFromId(json::text(p, "cause"_L1));
    // A change that does not say from what, to what and why is not a change the fold can apply.
    if (!from || !to || !cause)
        return std::nullopt;
    return LevelChanged{
        *from, *to, *cause, json::integer(p, "obligation"_L1), json::text(p, "signal"_L1), json::time(p, "at"_L1)};
}

QJsonObject DecisionRefused::toJson() const {
    QJsonObject p{{"obligation"_L1, obligation},
                  {"signal"_L1, signal},
                  {"decision"_L1, decisionId(decision)},
                  {"role"_L1, role},
                  {"reason"_L1, reason},
                  {"refusal"_L1, refusalId(refusal)}};
    if (level)
        p.insert("level"_L1, levelId(*level));
    if (!onBehalfOf.isEmpty())
        p.insert("on_behalf_of"_L1, onBehalfOf);
    if (blockingObligation || !blockingSignal.isEmpty()) {
        p.insert("blocking_obligation"_L1, blockingObligation);
        p.insert("blocking_signal"_L1, blockingSignal);
    }
    if (blockingLevel)
        p.insert("blocking_level"_L1, levelId(*blockingLevel));
    return p;
}

std::optional<DecisionRefused> DecisionRefused::fromJson(const QJsonObject& p) {
    DecisionRefused d;
    const std::optional<Refusal> refusal = refusalFromId(json::text(p, "refusal"_L1));
    if (!decisionFromId(json::text(p, "decision"_L1), &d.decision) || !refusal)
        return std::nullopt;
    d.refusal = *refusal;
    d.obligation = json::integer(p, "obligation"_L1);
    d.signal = json::text(p, "signal"_L1);
    d.level = json::level(p, "level"_L1, true);
    d.role = json::text(p, "role"_L1);
    d.reason = json::text(p, "reason"_L1);
    d.onBehalfOf = json::text(p, "on_behalf_of"_L1);
    d.blockingObligation = json::integer(p, "blocking_obligation"_L1);
    d.blockingSignal = json::text(p, "blocking_signal"_L1);
    d.blockingLevel = json::level(p, "blocking_level"_L1, true);
    return d;
}

} // namespace turnback::events
