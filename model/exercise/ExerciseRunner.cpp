#include "ExerciseRunner.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Countdown.h"
#include "ExerciseLogging.h"
#include "KitDiagnostic.h"
#include "ReversalEvents.h"
#include "ReversalSession.h"
#include "ScenarioStageSteps.h"
#include "UtcTime.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace turnback {

namespace {

/// The newest obligation of a signal that is still open, else the newest of any state (the session
/// then says why it cannot be acted on), else 0 (nothing triggered: the session says so too).
qint64 obligationFor(const Incident& incident, const QString& signalId) {
    const QList<Obligation>& all = incident.obligations();
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (it->signalId == signalId && it->isOpen())
            return it->id;
    const Obligation* latest = incident.latestObligation(signalId);
    return latest ? latest->id : 0;
}

/// The newest obligation of a signal whose list still waits for `role`, else as obligationFor.
qint64 notificationFor(const Incident& incident, const QString& signalId, const QString& role) {
    const QList<Obligation>& all = incident.obligations();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->signalId != signalId)
            continue;
        for (const NotificationItem& item : it->notifications)
            if (item.role == role && !item.confirmedAt)
                return it->id;
    }
    return obligationFor(incident, signalId);
}

QString failure(const SourceLocation& where, const QString& message) {
    return KitDiagnostic{where, message}.toString();
}

} // namespace

ExerciseRunner::ExerciseRunner(AuditLog& log, SimulatedClock& clock, const Kit& kit)
    : m_log(log)
    , m_clock(clock)
    , m_kit(kit) {}

bool ExerciseRunner::runUntil(ReversalSession& session, const QDateTime& target, QString* error) {
    for (;;) {
        const std::optional<QDateTime> next = session.nextScheduledTransition();
        if (!next || *next > target)
            return true;
        if (*next > m_clock.utcNow())
            m_clock.setNow(*next);
        if (!session.tick()) {
            *error = session.errorString();
            return false;
        }
        // A transition the session does not consume would loop here for ever: stop instead.
        if (const std::optional<QDateTime> after = session.nextScheduledTransition(); after && *after <= *next) {
            *error = QStringLiteral("the rubric did not move past %1").arg(utc::format(*next));
            return false;
        }
    }
}

bool ExerciseRunner::perform(ReversalSession& session, const ScenarioStep& step) {
    if (step.by) {
        const Operator current = session.incident().currentOperator();
        if (current.name != step.by->name || current.role != step.by->role)
            if (!session.changeOperator({step.by->name, step.by->role}))
                return false;
    }
    const Incident& incident = session.incident();
    switch (step.action) {
    case ScenarioStep::Action::Observe:
        return session.recordObservation(step.signalId, step.value);
    case ScenarioStep::Action::Acknowledge:
        return session.acknowledge(obligationFor(incident, step.signalId));
    case ScenarioStep::Action::Notify:
        for (const QString& role : step.told)
            if (!session.confirmNotification(notificationFor(incident, step.signalId, role), role))
                return false;
        return true;
    case ScenarioStep::Action::Decide:
        return session.decide(obligationFor(incident, step.signalId), step.decision, step.reason, step.deEscalateTo);
    case ScenarioStep::Action::HandOver:
        return session.changeOperator({step.handOver.name, step.handOver.role});
    case ScenarioStep::Action::Close:
        return session.close(step.summary);
    default:
        return ScenarioStageSteps::perform(session, step);
    }
    return false;
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

    for (qsizetype i = 0; started && result.error.isEmpty() && i < scenario.steps.size(); ++i) {
        const ScenarioStep& step = scenario.steps.at(i);
        const QDateTime at = start.addMSecs(step.at.count());
        const QString name = QStringLiteral("step %1 (%2 at %3)")
                                 .arg(QString::number(i + 1), step.describe(),
                                      step.at.count() ? Duration::humanText(step.at) : QStringLiteral("0 s"));
        QString error;
        if (!runUntil(session, at, &error)) {
            result.error =
                failure(step.where, QStringLiteral("before %1 the rubric could not be recorded: %2").arg(name, error));
            break;
        }
        if (at > m_clock.utcNow())
            m_clock.setNow(at);
        qCDebug(lcExercise) << "performing" << name;
        if (!perform(session, step))
            result.error = failure(step.where, QStringLiteral("%1 was refused: %2").arg(name, session.errorString()));
    }

    if (started && result.error.isEmpty()) {
        QString error;
        const QDateTime end = start.addMSecs(scenario.duration().count());
        if (!runUntil(session, end, &error))
            result.error = failure(SourceLocation{scenario.sourceFile, 1, 1},
                                   QStringLiteral("running the clock to the end failed: %1").arg(error));
        else if (end > m_clock.utcNow())
            m_clock.setNow(end);
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
