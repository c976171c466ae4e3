#include "Scenario.h"

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
    default:
        return ScenarioStageSteps::describe(*this);
    }
    return verb;
}

Milliseconds Scenario::duration() const {
    if (end)
        return *end;
    return steps.isEmpty() ? Milliseconds(0) : steps.last().at;
}

} // namespace turnback
