#pragma once

#include "Scenario.h"
#include "YamlReader.h"

namespace turnback {

class ReversalSession;

/// The scenario steps that work the kit's stages (docs/scenario-format.md, "Stage steps"):
/// `stage-item`, `gate`, `open-window`, `close-window`, `harm`, `relaunch`. Kept apart from the
/// rubric's steps so the two grow without touching each other.
namespace ScenarioStageSteps {

/// The stage actions' keys, in the order the documentation lists them.
QStringList actionKeys();
/// The keys a stage step may have besides `at`, `note` and its action; empty for another action.
QStringList stepKeys(const QString& action);
/// Reads a stage step whose action is `action` into `step`, checking ids against the kit.
void read(YamlMap& map, const QString& action, const Kit& kit, ScenarioStep& step);
/// Carries out a stage step; false with the session's errorString() when refused.
bool perform(ReversalSession& session, const ScenarioStep& step);
/// "gate go (pre-release)", "stage-item live-rollback/pause-traffic (done)".
QString describe(const ScenarioStep& step);
/// Whether `action` is one of the stage actions.
bool isStageAction(ScenarioStep::Action action);

} // namespace ScenarioStageSteps
} // namespace turnback
