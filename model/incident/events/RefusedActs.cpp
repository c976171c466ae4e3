#include "RefusedActs.h"

#include "EventJson.h"
#include "UtcTime.h"

#include <QJsonArray>

namespace turnback::events {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr RefusedAct allActs[] = {RefusedAct::Acknowledge, RefusedAct::ConfirmNotification,
                                  RefusedAct::Retract,     RefusedAct::StageItem,
                                  RefusedAct::Gate,        RefusedAct::OpenWindow,
                                  RefusedAct::CloseWindow, RefusedAct::Harm,
                                  RefusedAct::Relaunch,    RefusedAct::Close};
constexpr ActRefusal allRefusals[] = {ActRefusal::NotOpen,        ActRefusal::AlreadyDone, ActRefusal::NotOnList,
                                      ActRefusal::NotRetractable, ActRefusal::NoReason,    ActRefusal::WindowNotOpen,
                                      ActRefusal::WindowClosed,   ActRefusal::Incomplete};
} // namespace

QString refusedActId(RefusedAct act) {
    switch (act) {
    case RefusedAct::Acknowledge:
        return u"acknowledge"_s;
    case RefusedAct::ConfirmNotification:
        return u"confirm-notification"_s;
    case RefusedAct::Retract:
        return u"retract"_s;
    case RefusedAct::StageItem:
        return u"stage-item"_s;
    case RefusedAct::Gate:
        return u"gate"_s;
    case RefusedAct::OpenWindow:
        return u"open-window"_s;
    case RefusedAct::CloseWindow:
        return u"close-window"_s;
    case RefusedAct::Harm:
        return u"harm"_s;
    case RefusedAct::Relaunch:
        return u"relaunch"_s;
    case RefusedAct::Close:
        return u"close"_s;
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
    case ActRefusal::WindowNotOpen:
        return u"window-not-open"_s;
    case ActRefusal::WindowClosed:
        return u"window-closed"_s;
    case ActRefusal::Incomplete:
        return u"incomplete"_s;
    }
    return {};
}

std::optional<ActRefusal> actRefusalFromId(const QString& id) {
    return json::enumFromId(id, allRefusals, &actRefusalId);
}

bool ActRefused::isStageAct() const {
    return act != RefusedAct::Acknowledge && act != RefusedAct::ConfirmNotification && act != RefusedAct::Retract;
}

QString ActRefused::target() const {
    if (isStageAct())
        return subject;
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
    if (isStageAct()) {
        p.insert("subject"_L1, subject);
        p.insert("reason"_L1, reason);
        if (!unmet.isEmpty())
            p.insert("unmet"_L1, QJsonArray::fromStringList(unmet));
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
                      json::time(p, "earlier_at"_L1),
                      json::texts(p, "unmet"_L1)};
}

} // namespace turnback::events
