#include "ExerciseEvents.h"

#include "EventJson.h"

#include <QJsonArray>

namespace turnback::events {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr ExerciseInject::Type kInjectKinds[] = {ExerciseInject::Type::Observation, ExerciseInject::Type::Occurrence,
                                                 ExerciseInject::Type::Message};
constexpr ExerciseControl::Action kActions[] = {
    ExerciseControl::Action::Start,        ExerciseControl::Action::Pause, ExerciseControl::Action::Resume,
    ExerciseControl::Action::Speed,        ExerciseControl::Action::Jump,  ExerciseControl::Action::InjectAdded,
    ExerciseControl::Action::OperatorSteps};
} // namespace

const QStringList& expectationActs() {
    static const QStringList acts = {u"decide"_s, u"acknowledge"_s,       u"notify"_s,    u"comms"_s, u"data-step"_s,
                                     u"answer"_s, u"regulator-trigger"_s, u"stage-item"_s};
    return acts;
}

QJsonObject ExerciseExpectation::toJson() const {
    return {{"act"_L1, act}, {"item"_L1, item}, {"role"_L1, role}, {"within_ms"_L1, withinMs}};
}

ExerciseExpectation ExerciseExpectation::fromJson(const QJsonObject& p) {
    return {json::text(p, "act"_L1), json::text(p, "item"_L1), json::text(p, "role"_L1),
            json::integer(p, "within_ms"_L1)};
}

QJsonObject ExerciseStarted::toJson() const {
    QJsonArray people;
    for (const Participant& p : participants)
        people.append(QJsonObject{{"name"_L1, p.name}, {"role"_L1, p.role}});
    return {{"scenario_title"_L1, scenarioTitle},
            {"scenario_file"_L1, scenarioFile},
            {"scenario_sha256"_L1, scenarioSha256},
            {"objectives"_L1, QJsonArray::fromStringList(objectives)},
            {"participants"_L1, people},
            {"format"_L1, format},
            {"operator_steps"_L1, operatorSteps ? u"scripted"_s : u"live"_s}};
}

std::optional<ExerciseStarted> ExerciseStarted::fromJson(const QJsonObject& p) {
    ExerciseStarted started;
    started.scenarioTitle = json::text(p, "scenario_title"_L1);
    started.scenarioFile = json::text(p, "scenario_file"_L1);
    started.scenarioSha256 = json::text(p, "scenario_sha256"_L1);
    started.objectives = json::texts(p, "objectives"_L1);
    for (const QJsonValue& v : p.value("participants"_L1).toArray())
        started.participants.append({json::text(v.toObject(), "name"_L1), json::text(v.toObject(), "role"_L1)});
    started.format = int(json::integer(p, "format"_L1));
    started.operatorSteps = json::text(p, "operator_steps"_L1) != "live"_L1;
    return started;
}

QString injectKindId(ExerciseInject::Type type) {
    switch (type) {
    case ExerciseInject::Type::Observation:
        return u"observation"_s;
    case ExerciseInject::Type::Occurrence:
        return u"occurrence"_s;
    case ExerciseInject::Type::Message:
        return u"message"_s;
    }
    return {};
}

QJsonObject ExerciseInject::toJson() const {
    QJsonArray expected;
    for (const ExerciseExpectation& e : expects)
        expected.append(e.toJson());
    QJsonObject payload{
        {"inject"_L1, inject}, {"kind"_L1, injectKindId(type)}, {"text"_L1, text}, {"expects"_L1, expected}};
    if (!to.isEmpty())
        payload.insert("to"_L1, to);
    if (!signal.isEmpty())
        payload.insert("signal"_L1, signal);
    if (value)
        payload.insert("value"_L1, *value);
    return payload;
}

std::optional<ExerciseInject> ExerciseInject::fromJson(const QJsonObject& p) {
    const std::optional<Type> type = json::enumFromId(json::text(p, "kind"_L1), kInjectKinds, injectKindId);
    if (!type)
        return std::nullopt;
    ExerciseInject inject{json::text(p, "inject"_L1),
                          *type,
                          json::text(p, "to"_L1),
                          json::text(p, "text"_L1),
                          json::text(p, "signal"_L1),
                          json::number(p, "value"_L1),
                          {}};
    for (const QJsonValue& v : p.value("expects"_L1).toArray())
        inject.expects.append(ExerciseExpectation::fromJson(v.toObject()));
    return inject;
}

QString controlActionId(ExerciseControl::Action action) {
    switch (action) {
    case ExerciseControl::Action::Start:
        return u"start"_s;
    case ExerciseControl::Action::Pause:
        return u"pause"_s;
    case ExerciseControl::Action::Resume:
        return u"resume"_s;
    case ExerciseControl::Action::Speed:
        return u"speed"_s;
    case ExerciseControl::Action::Jump:
        return u"jump"_s;
    case ExerciseControl::Action::InjectAdded:
        return u"inject-added"_s;
    case ExerciseControl::Action::OperatorSteps:
        return u"operator-steps"_s;
    }
    return {};
}

QString ExerciseControl::target() const {
    return controlActionId(action);
}

QJsonObject ExerciseControl::toJson() const {
    QJsonObject payload{{"action"_L1, controlActionId(action)},
                        {"speed"_L1, speed},
                        {"from"_L1, from},
                        {"to"_L1, to},
                        {"role"_L1, role}};
    if (!inject.isEmpty())
        payload.insert("inject"_L1, inject);
    if (operatorSteps)
        payload.insert("operator_steps"_L1, *operatorSteps ? u"scripted"_s : u"live"_s);
    return payload;
}

std::optional<ExerciseControl> ExerciseControl::fromJson(const QJsonObject& p) {
    const std::optional<Action> action = json::enumFromId(json::text(p, "action"_L1), kActions, controlActionId);
    if (!action)
        return std::nullopt;
    return ExerciseControl{*action,
                           json::number(p, "speed"_L1).value_or(1.0),
                           json::text(p, "from"_L1),
                           json::text(p, "to"_L1),
                           json::text(p, "role"_L1),
                           json::text(p, "inject"_L1),
                           p.contains("operator_steps"_L1)
                               ? std::optional(json::text(p, "operator_steps"_L1) != "live"_L1)
                               : std::nullopt};
}

} // namespace turnback::events
