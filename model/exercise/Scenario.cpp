#include "Scenario.h"

#include "ScenarioCommsDataSteps.h"
#include "ScenarioStageSteps.h"

namespace turnback {

QString scenarioActionId(ScenarioStep::Action action) {
    switch (action) {
    case ScenarioStep::Action::Observe:
        return QStringLiteral("observe");
    case ScenarioStep::Action::Acknowledge:
        return QStringLiteral("acknowledge");
    case ScenarioStep::Action::Notify:
        return QStringLiteral("notify");
    case ScenarioStep::Action::Decide:
        return QStringLiteral("decide");
    case ScenarioStep::Action::HandOver:
        return QStringLiteral("hand-over");
    case ScenarioStep::Action::Close:
        return QStringLiteral("close");
    case ScenarioStep::Action::StageItem:
        return QStringLiteral("stage-item");
    case ScenarioStep::Action::Gate:
        return QStringLiteral("gate");
    case ScenarioStep::Action::OpenWindow:
        return QStringLiteral("open-window");
    case ScenarioStep::Action::CloseWindow:
        return QStringLiteral("close-window");
    case ScenarioStep::Action::Harm:
        return QStringLiteral("harm");
    case ScenarioStep::Action::Relaunch:
        return QStringLiteral("relaunch");
    case ScenarioStep::Action::Message:
        return QStringLiteral("message");
    case ScenarioStep::Action::RegulatorTrigger:
        return QStringLiteral("regulator-trigger");
    case ScenarioStep::Action::Send:
        return QStringLiteral("send");
    case ScenarioStep::Action::DataStep:
        return QStringLiteral("data-step");
    case ScenarioStep::Action::Answer:
        return QStringLiteral("answer");
    }
    return {};
}

QString ScenarioStep::describe() const {
    const QString verb = scenarioActionId(action);
    switch (action) {
    case Action::Observe:
        return value ? QStringLiteral("%1 %2 = %3").arg(verb, signalId, QString::number(*value))
                     : QStringLiteral("%1 %2").arg(verb, signalId);
    case Action::Acknowledge:
        return QStringLiteral("%1 %2").arg(verb, signalId);
    case Action::Notify:
        return QStringLiteral("%1 %2: told %3").arg(verb, signalId, told.join(QStringLiteral(", ")));
    case Action::Decide:
        return deEscalateTo ? QStringLiteral("%1 %2 (%3 to %4)")
                                  .arg(verb, signalId, decisionId(decision), levelId(*deEscalateTo))
                            : QStringLiteral("%1 %2 (%3)").arg(verb, signalId, decisionId(decision));
    case Action::HandOver:
        return QStringLiteral("%1 to %2 (%3)").arg(verb, handOver.name, handOver.role);
    case Action::Close:
        return verb;
    case Action::Message:
        return to.isEmpty() ? verb : QStringLiteral("%1 to %2").arg(verb, to);
    case Action::RegulatorTrigger:
        return QStringLiteral("%1 %2").arg(verb, trigger);
    case Action::Answer:
        return QStringLiteral("%1 %2: %3").arg(verb, prompt, answer);
    case Action::Send:
    case Action::DataStep:
        return ScenarioCommsDataSteps::describe(*this);
    default:
        return ScenarioStageSteps::describe(*this);
    }
    return verb;
}

events::ExerciseInject ScenarioStep::inject(const Kit& kit) const {
    events::ExerciseInject out;
    out.inject = injectId;
    out.to = to;
    out.expects = expects;
    if (action == Action::Message) {
        out.type = events::ExerciseInject::Type::Message;
        out.text = message;
        return out;
    }
    const Signal* observed = kit.signal(signalId);
    const bool measured = observed && observed->threshold.kind == Threshold::Kind::Measured;
    out.type = measured ? events::ExerciseInject::Type::Observation : events::ExerciseInject::Type::Occurrence;
    out.signal = signalId;
    out.value = value;
    out.text = message.isEmpty() ? describe() : message;
    return out;
}

events::ExerciseStarted Scenario::started(bool operatorSteps) const {
    events::ExerciseStarted out;
    out.scenarioTitle = title;
    out.scenarioFile = sourceFile;
    out.scenarioSha256 = sourceSha256;
    out.objectives = objectives;
    for (const ScenarioOperator& p : participants)
        out.participants.append({p.name, p.role});
    out.format = formatVersion;
    out.operatorSteps = operatorSteps;
    return out;
}

Milliseconds Scenario::duration() const {
    if (end)
        return *end;
    return steps.isEmpty() ? Milliseconds(0) : steps.last().at;
}

} // namespace turnback
