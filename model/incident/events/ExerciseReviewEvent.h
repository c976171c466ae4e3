#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace turnback::events {

/// One corrective action of an after-action report's improvement plan.
struct PlanItem {
    QString action; ///< the corrective action, as the trainer wrote it
    QString owner;  ///< who carries it out (a role id or a name, as written)
    QString due;    ///< by when ("2026-04-30"), as written
    friend bool operator==(const PlanItem&, const PlanItem&) = default;
};

/// `exercise.review` (docs/after-action-report.md): what the trainer wrote into an after-action
/// report. A console-level row (the reversal may be closed, and a closed reversal takes no rows)
/// whose target is the reversal id. The latest one for a reversal is the one that stands; earlier
/// ones stay in the log.
struct ExerciseReview {
    inline static const QString kind = QStringLiteral("exercise.review");
    QString incident; ///< the reversal reviewed (also the row's target)
    QStringList strengths;
    QStringList improvements; ///< areas for improvement
    QList<PlanItem> plan;
    QString notes; ///< the trainer's notes

    QJsonObject toJson() const;
    /// Nullopt for a payload without a reversal id.
    static std::optional<ExerciseReview> fromJson(const QJsonObject& payload);
    friend bool operator==(const ExerciseReview&, const ExerciseReview&) = default;
};

} // namespace turnback::events
