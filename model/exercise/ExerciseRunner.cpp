#include "ExerciseRunner.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Countdown.h"
#include "ExerciseLogging.h"
#include "ExercisePlayhead.h"
#include "KitDiagnostic.h"
#include "ReversalEvents.h"
#include "ReversalSession.h"
#include "UtcTime.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace turnback {

namespace {

QString failure(const SourceLocation& where, const QString& message) {
    return KitDiagnostic{where, message}.toString();
}

} // namespace

ExerciseRunner::ExerciseRunner(AuditLog& log, SimulatedClock& clock, const Kit& kit)
    : m_log(log)
    , m_clock(clock)
    , m_kit(kit) {}

bool ExerciseRunner::perform(ReversalSession& session, const ScenarioStep& step, QString* why) {
    return ExercisePlayhead::perform(session, step, why);
}

QDateTime ExerciseRunner::startEndingAt(const Scenario& scenario, const QDateTime& end) {
    return end.addMSecs(-scenario.duration().count());
}

QStringList ExerciseRunner::openExercisesOf(const AuditLog& log, const Scenario& scenario) {
    QStringList open;
    for (const IncidentSummary& reversal : log.incidentSummaries()) {
        if (reversal.isClosed())
            continue;
        const std::optional<events::ReversalStarted> started =
            events::ReversalStarted::fromJson(QJsonDocument::fromJson(reversal.startedPayload.toUtf8()).object());
        if (started && started->exercise && started->title == scenario.title.trimmed())
            open << reversal.incident;
    }
    return open;
}

ExerciseResult ExerciseRunner::run(const Scenario& scenario) {
    QElapsedTimer wall;
    wall.start();
    ExerciseResult result;
    result.scenarioTitle = scenario.title;
    result.alreadyOpen = openExercisesOf(m_log, scenario);
    const qint64 firstSeq = m_log.headSeq() + 1;
    const QDateTime start = m_clock.utcNow();

    ReversalSession session(m_log, m_clock, m_kit);
    QObject::connect(&session, &ReversalSession::changed, &session,
                     [&] { result.highestLevel = std::max(result.highestLevel, session.incident().level()); });
    const QString service = scenario.service.isEmpty() ? m_kit.service : scenario.service;
    const bool started = session.start({scenario.title, service, {scenario.op.name, scenario.op.role}, true});
    if (!started) {
        result.error =
            failure(scenario.op.where.file.isEmpty() ? SourceLocation{scenario.sourceFile, 1, 1} : scenario.op.where,
                    QStringLiteral("the reversal could not start: %1").arg(session.errorString()));
    }

    if (started && !ExercisePlayhead::recordStarted(session, scenario, scenario.playOperatorSteps))
        result.error = failure(SourceLocation{scenario.sourceFile, 1, 1},
                               QStringLiteral("the exercise could not be recorded: %1").arg(session.errorString()));
    // Headless, nobody plays the operators: a scenario for a live room plays its injects only.
    ExercisePlayhead playhead(scenario, start);
    if (started && result.error.isEmpty()) {
        QString error;
        if (!playhead.playUntil(session, m_clock, playhead.end(), &error))
            result.error = error;
    }

    result.ok = result.error.isEmpty();
    result.startedAt = start;
    collect(session, firstSeq, result);
    result.wallMs = wall.elapsed();
    return result;
}

void ExerciseRunner::collect(const ReversalSession& session, qint64 firstSeq, ExerciseResult& result) const {
    const Incident& incident = session.incident();
    result.incident = incident;
    result.incidentId = incident.id();
    result.finalLevel = incident.level();
    result.closed = incident.isClosed();
    result.endedAt = m_clock.utcNow();
    QHash<qint64, QString> decidedLevels; // a de-escalation's target is only in its event
    for (const AuditRecord& record : m_log.records(firstSeq)) {
        if (result.incidentId.isEmpty() || record.incident != result.incidentId)
            continue;
        ++result.eventsWritten;
        if (record.kind == EventKind::DecisionRecorded) {
            const QJsonObject payload = QJsonDocument::fromJson(record.payload.toUtf8()).object();
            decidedLevels.insert(payload.value(QStringLiteral("obligation")).toInteger(),
                                 payload.value(QStringLiteral("level")).toString());
        }
    }

    // The end of an exercise is its last instant: timers still open are judged against it (or
    // against the closing time, after which nothing more could be done).
    const QDateTime judgedAt = incident.closedAt().value_or(result.endedAt);
    for (const Obligation& o : incident.obligations()) {
        if (o.decision) {
            ExerciseDecision d;
            d.obligationId = o.id;
            d.signalId = o.signalId;
            d.decision = *o.decision;
            d.by = o.decidedBy;
            d.byRole = o.decidedByRole;
            d.onBehalfOf = o.decidedByRole != o.ownerRole ? o.ownerRole : QString();
            d.reason = o.decisionReason;
            d.triggeredAt = o.triggeredAt;
            d.deadline = o.deadline;
            d.decidedAt = o.decidedAt;
            d.level = decidedLevels.value(o.id, levelId(o.level));
            result.decisions << d;
            if (d.wasLate())
                result.overdue << ExerciseOverdue{o.id, o.signalId, o.ownerRole, o.deadline, d.late(), false};
        } else if (countdownFor(&o, judgedAt).phase == CountdownPhase::Overdue) {
            result.overdue << ExerciseOverdue{
                o.id, o.signalId, o.ownerRole, o.deadline, Milliseconds(o.deadline.msecsTo(judgedAt)), true};
        }
    }
    std::sort(result.decisions.begin(), result.decisions.end(),
              [](const ExerciseDecision& a, const ExerciseDecision& b) { return a.decidedAt < b.decidedAt; });
    std::stable_sort(result.overdue.begin(), result.overdue.end(),
                     [](const ExerciseOverdue& a, const ExerciseOverdue& b) { return a.deadline < b.deadline; });
}

ExerciseResult ExerciseRunner::runOnDatabase(const QString& databasePath, const Kit& kit, const Scenario& scenario,
                                             const QDateTime& startUtc) {
    SimulatedClock clock(startUtc);
    AuditLog log(clock);
    if (!log.open(databasePath)) {
        ExerciseResult result;
        result.scenarioTitle = scenario.title;
        result.error = failure(SourceLocation{databasePath, 1, 1},
                               QStringLiteral("cannot open the audit log: %1").arg(log.errorString()));
        return result;
    }
    ExerciseRunner runner(log, clock, kit);
    return runner.run(scenario);
}

} // namespace turnback
