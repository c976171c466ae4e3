#pragma once

#include "DataEvents.h"
#include "Duration.h"
#include "ExerciseEvents.h"
#include "IncidentEvents.h"
#include "Kit.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace turnback {

/// Someone at the keyboard during an exercise: a name and one of the kit's roles.
struct ScenarioOperator {
    QString name;
    QString role; ///< a role id of the kit
    SourceLocation where;

    bool isSameAs(const ScenarioOperator& other) const { return name == other.name && role == other.role; }
};

/// One timed line of a scenario: an inject (an observation or a message to a role) or a scripted
/// operator action (optional in play: a room may play the operators itself).
/// Which fields matter depends on `action`; docs/scenario-format.md lists them.
struct ScenarioStep {
    enum class Action {
        Observe,     ///< a sample of a measured signal (value) or one occurrence of a count / any signal
        Acknowledge, ///< the owner acknowledges the newest open obligation of `signalId`
        Notify,      ///< confirm that each role of `told` was told about `signalId`
        Decide,      ///< a decision on the newest open obligation of `signalId`
        HandOver,    ///< `handOver` takes the keyboard
        Close,       ///< close the reversal with `summary`
        // The kit's stages (ScenarioStageSteps.h):
        StageItem,   ///< record `stage`/`item` with `outcome` (met, not-met, done, blocked) and `reason`
        Gate,        ///< the go (`go`) or no-go of `stage`, with `reason`
        OpenWindow,  ///< open the live rollback window
        CloseWindow, ///< close it, with `reason` when early
        Harm,        ///< record the harm: `harm` (who), `count`, `duration`, `data`, `reason` (a note)
        Relaunch,    ///< decide on a relaunch (`go`), the criteria in `met` met, the others not, `reason`
        // Format 2:
        Message,          ///< an inject of words (`message`) to a role (`to`) or the whole room
        RegulatorTrigger, ///< record the regulator trigger `trigger` ("became-aware", ...)
        Answer,           ///< answer the kit's human-impact prompt `prompt` with `answer`
        // Format 2, as the comms and data wizards do it (ScenarioCommsDataSteps.h):
        Send,     ///< send comms template `templateId` with `blankValues` to `recipients`; `reason` when late
        DataStep, ///< record `procedure`/`dataStep` with `outcome`, `evidence`, `confirm`, `second`, `reason`
    };

    Action action = Action::Observe;
    Milliseconds at{0}; ///< since the start of the exercise
    QString signalId;   ///< Observe, Acknowledge, Notify, Decide
    std::optional<double> value;
    QStringList told;
    Decision decision = Decision::CarryOut;
    QString reason;
    std::optional<Level> deEscalateTo;
    std::optional<ScenarioOperator>
        by; ///< Acknowledge, Notify, Decide, Close: who does it (a hand-over first if needed)
    ScenarioOperator handOver;
    QString summary;
    QString note; ///< for the trainer; the runner does not use it
    // Stage steps (ScenarioStageSteps.h).
    QString stage, item, outcome;        ///< StageItem: the stage, its item, "met" / "not-met" / "done" / "blocked"
    bool go = false;                     ///< Gate: go; Relaunch: relaunch
    QStringList met;                     ///< Relaunch: the criteria met
    QString harm, count, duration, data; ///< Harm
    SourceLocation where;
    // Format 2:
    QString injectId;                           ///< Observe, Message: the inject's id (given, else "step-N")
    QString message;                            ///< Message: the words
    QString to;                                 ///< Message: the role addressed; empty for the whole room
    QList<events::ExerciseExpectation> expects; ///< Observe, Message: what the room should do
    QString trigger;                            ///< RegulatorTrigger
    QString prompt, answer;                     ///< Answer
    // Comms and data steps (ScenarioCommsDataSteps.h).
    QString templateId;                         ///< Send
    QHash<QString, QString> blankValues;        ///< Send: blank name -> value, over the prefilled ones
    QStringList recipients;                     ///< Send: empty for the template's own
    bool withLogHead = true;                    ///< Send: end with the audit log head fingerprint
    QString procedure, dataStep;                ///< DataStep
    QList<events::EvidenceValue> evidence;      ///< DataStep
    QString confirm;                            ///< DataStep: typed; empty: as the kit asks for it
    std::optional<events::SecondPerson> second; ///< DataStep: for a two-person step

    /// Observe and Message reach the room; the other actions are an operator's.
    bool isInject() const { return action == Action::Observe || action == Action::Message; }
    /// The exercise.inject row this step writes (Observe, Message), for `kit`'s signals.
    events::ExerciseInject inject(const Kit& kit) const;

    /// "observe error-rate = 7.5", "decide p1-count (carry-out)", "hand-over to Sam (incident-commander)".
    QString describe() const;
};

/// "observe", "acknowledge", "notify", "decide", "hand-over", "close", "message", "regulator-trigger",
/// "answer", "send", "data-step", and the stage actions: the step's key in the file.
QString scenarioActionId(ScenarioStep::Action action);

/// A tabletop exercise: who starts the reversal, then timed steps in time order (equal times run
/// in file order), and optionally how long to let the clock run after the last step.
struct Scenario {
    int formatVersion = 1;
    QString title;
    QString service; ///< the scenario's own, else the kit's (overlay) service
    QString description;
    QString kitId; ///< the kit the scenario was written for; empty when it does not say
    ScenarioOperator op;
    QList<ScenarioStep> steps;
    std::optional<Milliseconds> end;
    QString sourceFile;
    QString sourceSha256; ///< of the file's bytes, lowercase hex
    // Format 2:
    QStringList objectives;
    QList<ScenarioOperator> participants;
    /// `operator-steps: scripted` (the default) or `live`: whether the scripted operator steps are
    /// played; a trainer can change it for the room in the GUI.
    bool playOperatorSteps = true;

    /// When the exercise ends: `end`, else the last step's time.
    Milliseconds duration() const;
    /// The exercise.started row of this scenario; `playOperatorSteps` as the room plays it.
    events::ExerciseStarted started(bool operatorSteps) const;
};

} // namespace turnback
