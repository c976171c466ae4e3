#include "UiClick.h"

#include "AuditRecord.h"
#include "EventJson.h"

#include <QJsonDocument>

namespace turnback::events {

using namespace Qt::Literals::StringLiterals;

namespace {
const QLatin1StringView kNatureKey = "nature"_L1;
} // namespace

QString UiClick::natureId(Nature nature) {
    switch (nature) {
    case Nature::Navigation:
        return u"navigation"_s;
    case Nature::Act:
        return u"act"_s;
    case Nature::Unmarked:
        break;
    }
    return {};
}

QJsonObject UiClick::marked(QJsonObject detail, Nature nature) {
    detail.insert(kNatureKey, natureId(nature));
    return detail;
}

std::optional<UiClick> UiClick::fromRecord(const AuditRecord& record) {
    if (record.kind != kind)
        return std::nullopt;
    const QJsonObject payload = QJsonDocument::fromJson(record.payload.toUtf8()).object();
    const QString nature = json::text(payload, kNatureKey);
    UiClick click{record.target, json::text(payload, "text"_L1), Nature::Unmarked};
    for (Nature known : {Nature::Navigation, Nature::Act})
        if (nature == natureId(known))
            click.nature = known;
    return click;
}

} // namespace turnback::events
