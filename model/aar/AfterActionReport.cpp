#include "AfterActionReport.h"

#include "AarParts.h"
#include "ReviewDatabase.h"
#include "UtcTime.h"

#include <QJsonArray>

namespace turnback {

using namespace Qt::Literals::StringLiterals;

namespace aar {

AarOverview overviewOf(const Incident& incident, const std::optional<QJsonObject>& exerciseStarted,
                       const QDateTime& end) {
    AarOverview o;
    o.title = incident.title();
    o.service = incident.service();
    o.exercise = incident.isExercise();
    o.started = incident.startedAt();
    o.closed = incident.closedAt();
    o.endOfRecord = end;
    o.kitId = incident.kitId();
    if (exerciseStarted) {
        const QJsonObject& p = *exerciseStarted;
        o.scenarioTitle = p.value("scenario_title"_L1).toString();
        o.scenarioFile = p.value("scenario_file"_L1).toString();
        o.scenarioSha256 = p.value("scenario_sha256"_L1).toString();
        o.format = p.value("format"_L1).toString();
        for (const QJsonValue& v : p.value("objectives"_L1).toArray())
            o.objectives << v.toString();
        for (const QJsonValue& v : p.value("participants"_L1).toArray())
            o.participants.append({v.toObject().value("name"_L1).toString(), v.toObject().value("role"_L1).toString()});
    }
    if (o.participants.isEmpty()) {
        // No roster was recorded: whoever was at the keyboard, in the roles they took.
        const auto add = [&o](const QString& name, const QString& role) {
            for (const AarParticipant& known : std::as_const(o.participants))
                if (known.name == name && known.role == role)
                    return;
            o.participants.append({name, role});
        };
        for (const TimelineEntry& entry : incident.timeline()) {
            if (const auto* started = std::get_if<events::ReversalStarted>(&entry.event))
                add(entry.actor, started->role);
            else if (const auto* changed = std::get_if<events::OperatorChanged>(&entry.event))
                add(changed->name, changed->role);
        }
    }
    return o;
}

QList<AarLevelPoint> levelsOf(const Incident& incident) {
    QList<AarLevelPoint> points{{incident.startedAt(), Level::Normal}};
    for (const TimelineEntry& entry : incident.timeline()) {
        if (const auto* changed = std::get_if<events::LevelChanged>(&entry.event))
            points.append({changed->at.isValid() ? changed->at : entry.at, changed->to});
        else if (const auto* entered = std::get_if<events::LevelEntered>(&entry.event))
            points.append({entered->at.isValid() ? entered->at : entry.at, entered->level});
    }
    return points;
}

} // namespace aar

std::optional<AfterActionReport> AfterActionReportBuilder::build(ReviewDatabase& log, const QString& incidentId,
                                                                 const Kit* kit, QString* error) {
    QList<AuditRecord> rows;
    const bool read = log.forEachRecordUntil(incidentId, QDateTime(QDate(9999, 12, 31), QTime(23, 59), Qt::UTC),
                                             [&rows](const AuditRecord& row) {
                                                 rows.append(row);
                                                 return true;
                                             });
    if (!read) {
        *error = tr("%1: cannot read the log: %2").arg(log.path(), log.errorString());
        return std::nullopt;
    }
    const Incident incident = Incident::fold(rows, incidentId);
    if (!incident.isStarted()) {
        *error = tr("%1: no reversal '%2' in this log").arg(log.path(), incidentId);
        return std::nullopt;
    }

    AfterActionReport report;
    report.incident = incidentId;
    const QDateTime end = incident.closedAt().value_or(utc::parse(rows.constLast().atUtc));

    // exercise.started: in the reversal's own rows, or a console-level row about it written just before.
    std::optional<QJsonObject> exerciseStarted;
    for (const AuditRecord& row : std::as_const(rows))
        if (row.kind == "exercise.started"_L1 && !exerciseStarted)
            exerciseStarted = aar::parsePayload(row);
    QList<AuditRecord> aside;
    if (!exerciseStarted && !aar::consoleRowsAbout(log, u"exercise.started"_s, incidentId, &aside, error))
        return std::nullopt;
    if (!aside.isEmpty())
        exerciseStarted = aar::parsePayload(aside.constFirst());

    report.overview = aar::overviewOf(incident, exerciseStarted, end);
    QSet<qint64> scripted;
    for (const AuditRecord& row : std::as_const(rows))
        if (row.payload.contains("\"scripted\""_L1) && aar::parsePayload(row).value("scripted"_L1).toBool())
            scripted.insert(row.seq);
    const QList<aar::Act> acts = aar::actsOf(incident, scripted);
    report.injects = aar::injectsOf(rows, acts);
    aar::scoreInjects(report.injects, &report.gaps, &report.score);
    report.timers = aar::timersOf(incident, kit, report.injects, end);
    report.levels = aar::levelsOf(incident);

    QList<AuditRecord> reviews;
    if (!aar::consoleRowsAbout(log, events::ExerciseReview::kind, incidentId, &reviews, error))
        return std::nullopt;
    for (const AuditRecord& row : std::as_const(reviews))
        if (const auto review = events::ExerciseReview::fromJson(aar::parsePayload(row))) {
            if (report.review)
                ++report.earlierReviews;
            report.review = review;
            report.reviewSeq = row.seq;
        }
    return report;
}

} // namespace turnback
