#pragma once

#include "Scenario.h"
#include "YamlReader.h"

namespace turnback {

class ReversalSession;

/// The scenario steps that send a comms template and record a data-handling step, as an operator
/// does with the comms and data wizards (docs/scenario-format.md, "Comms and data steps"): `send`
/// and `data-step`, format 2. They record through the same model code as the wizards
/// (CommsSending, ReversalSession::recordDataStep), so the rows are the ones an operator writes.
namespace ScenarioCommsDataSteps {

/// "send", "data-step".
QStringList actionKeys();
/// The keys such a step may have besides `at`, `note` and its action; empty for another action.
QStringList stepKeys(const QString& action);
/// Reads a `send` or `data-step` step into `step`, checking what the file alone can against the kit:
/// the template and its blanks' values, the procedure and step, the outcome, a checkpoint's
/// evidence, a two-person step's second person.
void read(YamlMap& map, const QString& action, const Kit& kit, ScenarioStep& step);
/// Carries the step out now; false with why (the session's refusal or the message's own).
bool perform(ReversalSession& session, const ScenarioStep& step, QString* why);
/// "send customer-notice", "data-step delete/approve (done)".
QString describe(const ScenarioStep& step);

} // namespace ScenarioCommsDataSteps
} // namespace turnback
