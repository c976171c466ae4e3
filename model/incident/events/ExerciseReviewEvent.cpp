#include "ExerciseReviewEvent.h"

#include "EventJson.h"

#include <QJsonArray>

namespace turnback::events {

using namespace Qt::Literals::StringLiterals;

QJsonObject ExerciseReview::toJson() const {
    QJsonArray planArray;
    for (const PlanItem& item : plan)
        planArray.append(QJsonObject{{"action"_L1, item.action}, {"owner"_L1, item.owner}, {"due"_L1, item.due}});
    return {{"incident"_L1, incident},
            {"strengths"_L1, QJsonArray::fromStringList(strengths)},
            {"improvements"_L1, QJsonArray::fromStringList(improvements)},
            {"plan"_L1, planArray},
            {"notes"_L1, notes}};
}

std::optional<ExerciseReview> ExerciseReview::fromJson(const QJsonObject& p) {
    ExerciseReview review;
    review.incident = json::text(p, "incident"_L1);
    if (review.incident.isEmpty())
        return std::nullopt;
    review.strengths = json::texts(p, "strengths"_L1);
    review.improvements = json::texts(p, "improvements"_L1);
    for (const QJsonValue& value : p.value("plan"_L1).toArray()) {
        const QJsonObject item = value.toObject();
        review.plan.append({json::text(item, "action"_L1), json::text(item, "owner"_L1), json::text(item, "due"_L1)});
    }
    review.notes = json::text(p, "notes"_L1);
    return review;
}

} // namespace turnback::events
