#pragma once

#include "Kit.h"
#include "events/ExerciseReviewEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace turnback {

class ReviewDatabase;

/// One deadline and what became of it (docs/after-action-report.md, "Timers").
struct AarTimer {
    QString kind;  ///< "decision", "comms", "regulator", "data-step", "gate", ...
    QString item;  ///< the signal id, the template id, PROCEDURE/STEP, the gate id
    QString owner; ///< role id
    QDateTime started;
    QDateTime due;
    std::optional<QDateTime> acted; ///< when its owner acted; nullopt: never
    bool met = false;               ///< acted at or before `due`
    /// due - acted (positive: to spare; 0: exactly on time); for a timer never acted on, due - the end of
    /// the record (negative once the deadline had passed).
    qint64 marginMs = 0;

    /// Missed: acted late, or never acted and the deadline had passed by the end of the record. A
    /// timer still running at the end (never acted, not yet due) is neither met nor missed: it is open.
    bool missed() const { return !met && (acted || marginMs < 0); }
};

/// A participant of the exercise and the role they played.
struct AarParticipant {
    QString name;
    QString role;
};

/// What the report's overview says, in the shape of an HSEEP after-action report.
struct AarOverview {
    QString title; ///< the reversal's title
    QString service;
    bool exercise = false;
    QString scenarioTitle; ///< the exercise's name (exercise.started); empty for a live reversal
    QString scenarioFile, scenarioSha256;
    QString format; ///< exercise.started `format` ("tabletop", ...), as written
    QDateTime started;
    std::optional<QDateTime> closed;
    QDateTime endOfRecord; ///< the close, or the reversal's last row: what open deadlines are measured against
    QStringList objectives;
    QList<AarParticipant> participants;
    QString kitId;
};

/// One expectation of an inject (exercise.inject `expects`) and whether anybody met it.
struct AarExpectation {
    enum class Outcome { Met, Late, WrongRole, Unmet };
    QString act;  ///< decide, acknowledge, notify, comms, data-step, answer, regulator-trigger, stage-item
    QString item; ///< the signal, template, PROCEDURE/STEP, prompt, trigger, ...
    QString role; ///< who was expected to act; empty: anybody
    std::optional<qint64> withinMs;
    std::optional<QDateTime> due; ///< the inject's instant + within_ms
    std::optional<QDateTime> acted;
    QString actedBy, actedByRole;
    bool actedByScript = false; ///< the act was the scenario's scripted operator step, not the room's
    Outcome outcome = Outcome::Unmet;

    bool isMet() const { return outcome == Outcome::Met; }
};
QString expectationOutcomeId(AarExpectation::Outcome outcome); ///< "met", "late", "wrong-role", "unmet"

/// One inject (exercise.inject) as the report lists it.
struct AarInject {
    qint64 seq = 0;
    QDateTime at; ///< the row's time: the inject's instant
    QString id, kind, to, text, signal;
    QJsonValue value;
    QList<AarExpectation> expects;
};

/// Something the exercise did not test or nobody did in time: counted in the score, never dropped.
struct AarGap {
    QString inject;
    QDateTime at;
    QString reason; ///< "no-expectation", or the expectation's outcome: "late", "wrong-role", "unmet"
    QString act, item, role;
};

/// The level from an instant on (LevelChanged rows), for the chart.
struct AarLevelPoint {
    QDateTime at;
    Level level = Level::Normal;
};

/// How the injects scored: each expectation counts once and each inject without one counts once
/// (as a gap), so an exercise that tested nothing cannot score 100%.
struct AarScore {
    int injects = 0;
    int expectations = 0;
    int met = 0;
    int metByScript = 0; ///< of `met`: acts the scenario's script played (operator steps), not the room
    int counted = 0;     ///< expectations + injects without any: the score's denominator
    int gaps = 0;
    double percent() const { return counted == 0 ? 0.0 : 100.0 * met / counted; }
};

/// An after-action report (docs/after-action-report.md), built from the read-only replay of one
/// reversal's rows, so the same report comes out of any log, live or exercise. Facts only: AarText
/// renders them for the screen and the PDF, toJson() for `turnback-cli exercise report --format json`.
struct AfterActionReport {
    QString incident;
    AarOverview overview;
    QList<AarTimer> timers;
    QList<AarInject> injects;
    QList<AarGap> gaps;
    AarScore score;
    QList<AarLevelPoint> levels;
    std::optional<events::ExerciseReview> review; ///< the latest exercise.review row for the reversal
    qint64 reviewSeq = 0;
    int earlierReviews = 0; ///< how many earlier exercise.review rows the latest supersedes (all kept)

    QJsonObject toJson() const;
};

/// Builds the report from a log opened read-only (ReviewDatabase): it never writes.
class AfterActionReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(AfterActionReportBuilder)
public:
    /// `kit` (optional) gives the comms templates and regulator regimes: without it there are no comms
    /// or regulator timers. Nullopt with `error` for a reversal the log does not hold or cannot be read.
    static std::optional<AfterActionReport> build(ReviewDatabase& log, const QString& incidentId, const Kit* kit,
                                                  QString* error);
};

} // namespace turnback
