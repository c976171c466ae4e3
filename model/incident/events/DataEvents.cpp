#include "DataEvents.h"

#include "EventJson.h"

#include <QJsonArray>

namespace turnback::events {

using namespace Qt::Literals::StringLiterals;

QString outcomeId(DataStepRecorded::Outcome outcome) {
    return outcome == DataStepRecorded::Outcome::Done ? u"done"_s : u"blocked"_s;
}

QJsonObject DataProcedureStarted::toJson() const {
    return {{"procedure"_L1, procedure},
            {"owner"_L1, owner},
            {"steps"_L1, QJsonArray::fromStringList(steps)},
            {"role"_L1, role}};
}

std::optional<DataProcedureStarted> DataProcedureStarted::fromJson(const QJsonObject& p) {
    DataProcedureStarted e{json::text(p, "procedure"_L1), json::text(p, "owner"_L1), json::texts(p, "steps"_L1),
                           json::text(p, "role"_L1)};
    if (e.procedure.isEmpty())
        return std::nullopt;
    return e;
}

const QString* DataStepRecorded::evidenceValue(const QString& name) const {
    for (const EvidenceValue& v : evidence)
        if (v.name == name)
            return &v.value;
    return nullptr;
}

QJsonObject DataStepRecorded::toJson() const {
    QJsonArray values;
    for (const EvidenceValue& v : evidence)
        values.append(QJsonObject{{"name"_L1, v.name}, {"value"_L1, v.value}});
    QJsonObject payload{{"procedure"_L1, procedure},
                        {"step"_L1, step},
                        {"outcome"_L1, outcomeId(outcome)},
                        {"role"_L1, role},
                        {"evidence"_L1, values},
                        {"attachments"_L1, QJsonArray::fromStringList(attachments)}};
    if (!reason.isEmpty())
        payload.insert("reason"_L1, reason);
    if (!confirmation.isEmpty())
        payload.insert("confirmation"_L1, confirmation);
    if (secondPerson)
        payload.insert("second_person"_L1,
                       QJsonObject{{"name"_L1, secondPerson->name}, {"role"_L1, secondPerson->role}});
    return payload;
}

std::optional<DataStepRecorded> DataStepRecorded::fromJson(const QJsonObject& p) {
    DataStepRecorded e;
    e.procedure = json::text(p, "procedure"_L1);
    e.step = json::text(p, "step"_L1);
    const QString outcome = json::text(p, "outcome"_L1);
    if (e.procedure.isEmpty() || e.step.isEmpty() || (outcome != u"done" && outcome != u"blocked"))
        return std::nullopt;
    e.outcome = outcome == u"done" ? Outcome::Done : Outcome::Blocked;
    e.reason = json::text(p, "reason"_L1);
    e.role = json::text(p, "role"_L1);
    for (const QJsonValue& v : p.value("evidence"_L1).toArray())
        e.evidence.append({v.toObject().value("name"_L1).toString(), v.toObject().value("value"_L1).toString()});
    e.attachments = json::texts(p, "attachments"_L1);
    e.confirmation = json::text(p, "confirmation"_L1);
    if (p.contains("second_person"_L1)) {
        const QJsonObject second = p.value("second_person"_L1).toObject();
        e.secondPerson = SecondPerson{second.value("name"_L1).toString(), second.value("role"_L1).toString()};
    }
    return e;
}

} // namespace turnback::events
