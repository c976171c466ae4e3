#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace turnback::events {

/// Who the exercise.* rows name (exercise.started, exercise.inject, exercise.control): the trainer
/// running the exercise, never the participant who happens to hold the keyboard.
inline const QString kTrainerActor = QStringLiteral("Trainer");

// A tabletop exercise's own rows (docs/incident-events.md, "Exercises"). They carry the reversal's
// id, so they sit in its chain and its review, but the fold does not read them: they say what the
// trainer's script and the trainer did, so an after-action report can be built from the log alone.

/// What an inject asks of the room: someone in `role` does `act` on `item` within `withinMs`.
struct ExerciseExpectation {
    /// "decide", "acknowledge", "notify", "comms", "data-step", "answer", "regulator-trigger", "stage-item".
    QString act;
    QString item;        ///< signal id, comms template id, PROCEDURE/STEP, prompt id or trigger id
    QString role;        ///< the kit role expected to act
    qint64 withinMs = 0; ///< from the inject's instant

    QJsonObject toJson() const;
    static ExerciseExpectation fromJson(const QJsonObject& payload);
    friend bool operator==(const ExerciseExpectation&, const ExerciseExpectation&) = default;
};

/// The acts an expectation may name, in the order the docs list them.
const QStringList& expectationActs();

/// Written once, right after the exercise's ReversalStarted: the scenario as the room plays it.
struct ExerciseStarted {
    inline static const QString kind = QStringLiteral("exercise.started");
    struct Participant {
        QString name;
        QString role;
        friend bool operator==(const Participant&, const Participant&) = default;
    };
    QString scenarioTitle; ///< also the row's target
    QString scenarioFile;
    QString scenarioSha256; ///< of the scenario file's bytes, lowercase hex
    QStringList objectives;
    QList<Participant> participants;
    int format = 1;            ///< the scenario format version
    bool operatorSteps = true; ///< whether the script's operator steps are played (false: the room plays them)

    QJsonObject toJson() const;
    static std::optional<ExerciseStarted> fromJson(const QJsonObject& payload);
    friend bool operator==(const ExerciseStarted&, const ExerciseStarted&) = default;
};

/// An inject reaching the room, written at its clock instant (before the observation it carries).
struct ExerciseInject {
    inline static const QString kind = QStringLiteral("exercise.inject");
    enum class Type {
        Observation, ///< a sample of a measured signal (`value`)
        Occurrence,  ///< one occurrence of a count or any signal
        Message,     ///< words to a role: "the regulator calls the policy lead"
    };
    QString inject;            ///< its id in the scenario (or given by the trainer); also the row's target
    Type type = Type::Message; ///< "kind" in the payload
    QString to;                ///< the role addressed; empty for the whole room
    QString text;
    QString signal; ///< observations and occurrences
    std::optional<double> value;
    QList<ExerciseExpectation> expects; ///< empty: nothing expected (an after-action report counts a gap)

    QJsonObject toJson() const;
    static std::optional<ExerciseInject> fromJson(const QJsonObject& payload);
    friend bool operator==(const ExerciseInject&, const ExerciseInject&) = default;
};

QString injectKindId(ExerciseInject::Type type); ///< "observation", "occurrence", "message"

/// A trainer's act on the exercise clock or script.
struct ExerciseControl {
    inline static const QString kind = QStringLiteral("exercise.control");
    enum class Action { Start, Pause, Resume, Speed, Jump, InjectAdded, OperatorSteps };
    Action action = Action::Start;
    double speed = 1.0; ///< the clock's speed after the act
    QString from;       ///< clock time before the act (ISO 8601 UTC)
    QString to;         ///< clock time after it (differs only for a jump)
    QString role;       ///< role of whoever was at the keyboard
    QString inject;     ///< InjectAdded: the id of the inject added
    /// OperatorSteps: whether the script plays the operators' steps from now on ("scripted") or the
    /// room does ("live"); an after-action report tells the room's acts from the script's by it.
    std::optional<bool> operatorSteps;

    QString target() const;
    QJsonObject toJson() const;
    static std::optional<ExerciseControl> fromJson(const QJsonObject& payload);
    friend bool operator==(const ExerciseControl&, const ExerciseControl&) = default;
};

/// "start", "pause", "resume", "speed", "jump", "inject-added", "operator-steps".
QString controlActionId(ExerciseControl::Action action);

} // namespace turnback::events
