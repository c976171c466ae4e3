#include "RefusedActs.h"

#include "EventJson.h"
#include "UtcTime.h"

namespace turnback::events {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr RefusedAct allActs[] = {RefusedAct::Acknowledge, RefusedAct::ConfirmNotification, RefusedAct::Retract};
constexpr ActRefusal allRefusals[] = {ActRefusal::NotOpen, ActRefusal::AlreadyDone, ActRefusal::NotOnList,
                                      ActRefusal::NotRetractable, ActRefusal::NoReason};
} // namespace

QString refusedActId(RefusedAct act) {
    switch (act) {
    case RefusedAct::Acknowledge:
        return u"acknowledge"_s;
    case RefusedAct::ConfirmNotification:
        return u"confirm-notification"_s;
    case RefusedAct::Retract:
        return u"retract"_s;
    }
    return {};
}

std::optional<RefusedAct> refusedActFromId(const QString& id) {
    return json::enumFromId(id, allActs, &refusedActId);
}

QString actRefusalId(ActRefusal refusal) {
    switch (refusal) {
    case ActRefusal::NotOpen:
        return u"not-open"_s;
    case ActRefusal::AlreadyDone:
        return u"already-done"_s;
    case ActRefusal::NotOnList:
        return u"not-on-list"_s;
    case ActRefusal::NotRetractable:
        return u"not-retractable"_s;
    case ActRefusal::NoReason:
        return u"no-reason"_s;
    }
    return {};
}

std::optional<ActRefusal> actRefusalFromId(const QString& id) {
    return json::enumFromId(id, allRefusals, &actRefusalId);
}

QString ActRefused::target() const {
    if (act != RefusedAct::Retract)
        return signal;
    return subject.isEmpty() ? QString::number(retracts) : subject;
}

QJsonObject ActRefused::toJson() const {
    QJsonObject p{{"act"_L1, refusedActId(act)},
                  {"refusal"_L1, actRefusalId(refusal)},
                  {"obligation"_L1, obligation},
                  {"signal"_L1, signal},
                  {"role"_L1, role}};
    if (act == RefusedAct::ConfirmNotification)
        p.insert("told"_L1, told);
    if (act == RefusedAct::Retract) {
        p.insert("retracts"_L1, retracts);
        p.insert("subject"_L1, subject);
        p.insert("reason"_L1, reason);
    }
    if (refusal == ActRefusal::AlreadyDone) {
        p.insert("earlier_by"_L1, earlierBy);
        p.insert("earlier_at"_L1, earlierAt.isValid() ? QJsonValue(utc::format(earlierAt)) : QJsonValue());
    }
    return p;
}

std::optional<ActRefused> ActRefused::fromJson(const QJsonObject& p) {
    const std::optional<RefusedAct> act = refusedActFromId(json::text(p, "act"_L1));
    const std::optional<ActRefusal> refusal = actRefusalFromId(json::text(p, "refusal"_L1));
    if (!act || !refusal)
        return std::nullopt;
    return ActRefused{*act,
                      *refusal,
                      json::integer(p, "obligation"_L1),
                      json::text(p, "signal"_L1),
                      json::text(p, "told"_L1),
                      json::integer(p, "retracts"_L1),
                      json::text(p, "subject"_L1),
                      json::text(p, "reason"_L1),
                      json::text(p, "role"_L1),
                      json::text(p, "earlier_by"_L1),
                      json::time(p, "earlier_at"_L1)};
}

} // namespace turnback::events
