#include "ExercisePlayhead.h"

#include "Clock.h"
#include "ExerciseLogging.h"
#include "KitDiagnostic.h"
#include "ReversalSession.h"
#include "ScenarioCommsDataSteps.h"
#include "ScenarioStageSteps.h"
#include "UtcTime.h"

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

bool performAct(ReversalSession& session, const ScenarioStep& step, QString* why) {
    if (step.action == ScenarioStep::Action::Send || step.action == ScenarioStep::Action::DataStep)
        return ScenarioCommsDataSteps::perform(session, step, why);
    why->clear(); // the session's errorString() says why
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
    case ScenarioStep::Action::Message:
        return true; // the inject row is the message
    case ScenarioStep::Action::RegulatorTrigger:
        return session.recordRegulatorTrigger(step.trigger);
    case ScenarioStep::Action::Answer:
        return session.answerImpact(step.prompt, step.answer);
    case ScenarioStep::Action::StageItem:
    case ScenarioStep::Action::Gate:
    case ScenarioStep::Action::OpenWindow:
    case ScenarioStep::Action::CloseWindow:
    case ScenarioStep::Action::Harm:
    case ScenarioStep::Action::Relaunch:
        return ScenarioStageSteps::perform(session, step);
    case ScenarioStep::Action::Send:
    case ScenarioStep::Action::DataStep:
        break; // above
    }
    return false;
}

} // namespace

ExercisePlayhead::ExercisePlayhead(const Scenario& scenario, const QDateTime& start)
    : m_scenario(scenario)
    , m_start(start)
    , m_playOperatorSteps(scenario.playOperatorSteps) {}

void ExercisePlayhead::skipUnplayed() {
    while (!m_playOperatorSteps && m_next < m_scenario.steps.size() && !m_scenario.steps.at(m_next).isInject())
        ++m_next;
}

const ScenarioStep* ExercisePlayhead::nextStep() const {
    for (qsizetype i = m_next; i < m_scenario.steps.size(); ++i)
        if (m_playOperatorSteps || m_scenario.steps.at(i).isInject())
            return &m_scenario.steps.at(i);
    return nullptr;
}

std::optional<QDateTime> ExercisePlayhead::nextStepAt() const {
    const ScenarioStep* step = nextStep();
    return step ? std::optional(instantOf(*step)) : std::nullopt;
}

std::optional<QDateTime> ExercisePlayhead::nextInjectAt() const {
    for (qsizetype i = m_next; i < m_scenario.steps.size(); ++i)
        if (m_scenario.steps.at(i).isInject())
            return instantOf(m_scenario.steps.at(i));
    return std::nullopt;
}

bool ExercisePlayhead::tickUntil(ReversalSession& session, SimulatedClock& clock, const QDateTime& target,
                                 QString* error) {
    for (;;) {
        const std::optional<QDateTime> next = session.nextScheduledTransition();
        if (!next || *next > target)
            return true;
        if (*next > clock.utcNow())
            clock.setNow(*next);
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

bool ExercisePlayhead::perform(ReversalSession& session, const ScenarioStep& step, QString* why) {
    QString reason;
    // An operator step is the script acting for a participant: its rows say so. An inject is the
    // trainer's, and a message performs nothing.
    session.setScripted(!step.isInject());
    const bool done = [&] {
        if (step.by) {
            const Operator current = session.incident().currentOperator();
            if (current.name != step.by->name || current.role != step.by->role)
                if (!session.changeOperator({step.by->name, step.by->role}))
                    return false;
        }
        if (step.isInject() && !session.recordAside(events::ExerciseInject::kind, step.injectId,
                                                    step.inject(session.kit()).toJson(), events::kTrainerActor))
            return false;
        return performAct(session, step, &reason);
    }();
    session.setScripted(false);
    if (!done && why)
        *why = reason.isEmpty() ? session.errorString() : reason;
    return done;
}

bool ExercisePlayhead::recordStarted(ReversalSession& session, const Scenario& scenario, bool operatorSteps) {
    const events::ExerciseStarted started = scenario.started(operatorSteps);
    return session
        .recordAside(events::ExerciseStarted::kind, started.scenarioTitle, started.toJson(), events::kTrainerActor)
        .has_value();
}

QString ExercisePlayhead::stepName(qsizetype index) const {
    const ScenarioStep& step = m_scenario.steps.at(index);
    return QStringLiteral("step %1 (%2 at %3)")
        .arg(QString::number(index + 1), step.describe(),
             step.at.count() ? Duration::humanText(step.at) : QStringLiteral("0 s"));
}

bool ExercisePlayhead::performNext(ReversalSession& session, QString* error) {
    skipUnplayed();
    const ScenarioStep& step = m_scenario.steps.at(m_next);
    ++m_next;
    qCDebug(lcExercise) << "performing step" << m_next << step.describe();
    QString why;
    if (perform(session, step, &why))
        return true;
    const QString name = stepName(m_next - 1);
    *error = KitDiagnostic{step.where, QStringLiteral("%1 was refused: %2").arg(name, why)}.toString();
    return false;
}

bool ExercisePlayhead::playUntil(ReversalSession& session, SimulatedClock& clock, const QDateTime& target,
                                 QString* error) {
    for (std::optional<QDateTime> at = nextStepAt(); at && *at <= target; at = nextStepAt()) {
        QString why;
        if (!tickUntil(session, clock, *at, &why)) {
            skipUnplayed();
            *error =
                KitDiagnostic{
                    m_scenario.steps.at(m_next).where,
                    QStringLiteral("before %1 the rubric could not be recorded: %2").arg(stepName(m_next), why)}
                    .toString();
            return false;
        }
        if (*at > clock.utcNow())
            clock.setNow(*at);
        if (!performNext(session, error))
            return false;
    }
    QString why;
    if (!tickUntil(session, clock, target, &why)) {
        *error = KitDiagnostic{SourceLocation{m_scenario.sourceFile, 1, 1},
                               QStringLiteral("running the clock to the end failed: %1").arg(why)}
                     .toString();
        return false;
    }
    if (target > clock.utcNow())
        clock.setNow(target);
    return true;
}

bool ExercisePlayhead::playDue(ReversalSession& session, const Clock& clock, QString* error) {
    for (std::optional<QDateTime> at = nextStepAt(); at && *at <= clock.utcNow(); at = nextStepAt()) {
        session.tick(); // what fell due before the step, at its exact instants
        if (!performNext(session, error))
            return false;
    }
    return true;
}

} // namespace turnback
