#include "ScenarioStageSteps.h"

#include "ReversalSession.h"

namespace turnback::ScenarioStageSteps {

namespace {
QString str(const char* text) {
    return QString::fromLatin1(text);
}

/// The stage of kind `kind` the step names (`stage:`), else the kit's first of that kind.
const StageChecklist* stageOf(YamlMap& map, const QString& key, const Kit& kit, const QString& kind) {
    const QString id = map.text(key, Need::Optional);
    const StageChecklist* stage = id.isEmpty() ? kit.firstStageOfKind(kind) : kit.stageChecklist(id);
    if (!stage || stage->stage != kind) {
        QStringList ids;
        for (const StageChecklist& s : kit.stages)
            if (s.stage == kind)
                ids << s.id;
        map.error(map.has(key) ? key : map.what().section(u' ', 0, 0),
                  QStringLiteral("the kit has no %1 stage%2%3")
                      .arg(kind, id.isEmpty() ? QString() : QStringLiteral(" '%1'").arg(id),
                           ids.isEmpty() ? QString() : QStringLiteral("; it has: ") + ids.join(str(", "))));
        return nullptr;
    }
    return stage;
}

void readItem(YamlMap& map, const Kit& kit, ScenarioStep& step) {
    step.action = ScenarioStep::Action::StageItem;
    const QString path = map.text(str("stage-item"), Need::Required);
    step.stage = path.section(u'/', 0, 0);
    step.item = path.section(u'/', 1);
    const StageChecklist* stage = kit.stageChecklist(step.stage);
    if (!path.isEmpty() && (!stage || !stage->item(step.item)))
        map.error(str("stage-item"),
                  QStringLiteral("'stage-item' must name a stage item of the kit as STAGE/ITEM, such as "
                                 "'live-rollback/pause-traffic'; found '%1'")
                      .arg(path));
    const bool gate = stage && stage->stage == QLatin1String("pre-release");
    step.outcome = map.choice(str("outcome"),
                              gate ? QStringList{str("met"), str("not-met")} : QStringList{str("done"), str("blocked")},
                              Need::Required);
    step.reason = map.text(str("reason"), Need::Optional);
}
} // namespace

QStringList actionKeys() {
    return {str("stage-item"), str("gate"), str("open-window"), str("close-window"), str("harm"), str("relaunch")};
}

QStringList stepKeys(const QString& action) {
    if (action == QLatin1String("stage-item"))
        return {str("stage-item"), str("outcome"), str("reason"), str("by")};
    if (action == QLatin1String("gate"))
        return {str("gate"), str("stage"), str("reason"), str("by")};
    if (action == QLatin1String("open-window"))
        return {str("open-window"), str("by")};
    if (action == QLatin1String("close-window"))
        return {str("close-window"), str("by")};
    if (action == QLatin1String("harm"))
        return {str("harm"), str("count"), str("duration"), str("data"), str("reason"), str("by")};
    if (action == QLatin1String("relaunch"))
        return {str("relaunch"), str("met"), str("reason"), str("by")};
    return {};
}

void read(YamlMap& map, const QString& action, const Kit& kit, ScenarioStep& step) {
    if (action == QLatin1String("stage-item")) {
        readItem(map, kit, step);
    } else if (action == QLatin1String("gate")) {
        step.action = ScenarioStep::Action::Gate;
        step.go = map.choice(str("gate"), {str("go"), str("no-go")}, Need::Required) == QLatin1String("go");
        if (const StageChecklist* stage = stageOf(map, str("stage"), kit, str("pre-release")))
            step.stage = stage->id;
        step.reason = map.text(str("reason"), Need::Optional);
    } else if (action == QLatin1String("open-window")) {
        step.action = ScenarioStep::Action::OpenWindow;
        // `open-window: live-rollback` names the stage; the kit's window gives the length.
        step.stage = map.text(str("open-window"), Need::Required);
        const StageChecklist* stage = kit.stageChecklist(step.stage);
        if (!step.stage.isEmpty() && (!stage || !stage->window))
            map.error(
                str("open-window"),
                QStringLiteral("'open-window' must name the kit's live-rollback stage with a 'window'; found '%1'")
                    .arg(step.stage));
    } else if (action == QLatin1String("close-window")) {
        step.action = ScenarioStep::Action::CloseWindow;
        step.reason = map.text(str("close-window"), Need::Optional); // the reason: required when early
    } else if (action == QLatin1String("harm")) {
        step.action = ScenarioStep::Action::Harm;
        step.harm = map.text(str("harm"), Need::Required);
        step.count = map.text(str("count"), Need::Optional);
        step.duration = map.text(str("duration"), Need::Optional);
        step.data = map.text(str("data"), Need::Optional);
        step.reason = map.text(str("reason"), Need::Optional);
    } else if (action == QLatin1String("relaunch")) {
        step.action = ScenarioStep::Action::Relaunch;
        step.go = map.choice(str("relaunch"), {str("relaunch"), str("no-relaunch")}, Need::Required) ==
                  QLatin1String("relaunch");
        step.reason = map.text(str("reason"), Need::Optional);
        const StageChecklist* recovery = kit.firstStageOfKind(str("post-reversal"));
        for (const auto& [id, node] : map.textListNodes(str("met"), Need::Optional)) {
            const QString wanted = id; // a copy: clang 14 (the fuzz build) cannot capture a structured binding
            const bool known =
                recovery && std::any_of(recovery->relaunchCriteria.cbegin(), recovery->relaunchCriteria.cend(),
                                        [&](const RelaunchCriterion& c) { return c.id == wanted; });
            if (!known)
                map.reader().error(node, QStringLiteral("'met' names relaunch criterion '%1', which the kit does not "
                                                        "define")
                                             .arg(id));
            step.met << id;
        }
    }
}

bool perform(ReversalSession& session, const ScenarioStep& step) {
    using Outcome = events::StageItemRecorded::Outcome;
    switch (step.action) {
    case ScenarioStep::Action::StageItem: {
        const std::optional<Outcome> outcome = events::stageOutcomeFromId(step.outcome);
        return outcome && session.recordStageItem(step.stage, step.item, *outcome, step.reason);
    }
    case ScenarioStep::Action::Gate:
        return session.decideGate(step.stage, step.go, step.reason);
    case ScenarioStep::Action::OpenWindow:
        return session.openWindow();
    case ScenarioStep::Action::CloseWindow:
        return session.closeWindow(step.reason);
    case ScenarioStep::Action::Harm: {
        events::StageHarmRecorded harm;
        harm.affected = step.harm;
        harm.count = step.count;
        harm.duration = step.duration;
        harm.data = step.data;
        harm.note = step.reason;
        return session.recordHarm(harm);
    }
    case ScenarioStep::Action::Relaunch: {
        QList<events::CriterionJudged> judged;
        for (const QString& id : step.met)
            judged.append({id, true, {}});
        return session.decideRelaunch(step.go, judged, step.reason);
    }
    default:
        break;
    }
    return false;
}

QString describe(const ScenarioStep& step) {
    const QString verb = scenarioActionId(step.action);
    switch (step.action) {
    case ScenarioStep::Action::StageItem:
        return QStringLiteral("%1 %2/%3 (%4)").arg(verb, step.stage, step.item, step.outcome);
    case ScenarioStep::Action::Gate:
        return QStringLiteral("%1 %2 (%3)").arg(verb, step.go ? str("go") : str("no-go"), step.stage);
    case ScenarioStep::Action::OpenWindow:
        return QStringLiteral("%1 %2").arg(verb, step.stage);
    case ScenarioStep::Action::Harm:
        return QStringLiteral("%1: %2").arg(verb, step.harm);
    case ScenarioStep::Action::Relaunch:
        return QStringLiteral("%1 %2 (%3 met)")
            .arg(verb, step.go ? str("relaunch") : str("no-relaunch"))
            .arg(step.met.size());
    default:
        return verb;
    }
}

bool isStageAction(ScenarioStep::Action action) {
    return action >= ScenarioStep::Action::StageItem && action <= ScenarioStep::Action::Relaunch;
}

} // namespace turnback::ScenarioStageSteps
