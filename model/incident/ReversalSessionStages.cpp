// ReversalSession: the kit's three stages worked in the console (docs/incident-events.md, "Stages"):
// pre-release gates and their go / no-go, the live rollback window and its steps, the recovery's
// steps, harm record and relaunch decision. A refused act is an ActRefused row with its reason.
#include "ReversalSession.h"

#include "Clock.h"
#include "StageText.h"
#include "StageTimers.h"

namespace turnback {

using namespace events;

namespace {
bool fitsStage(const StageChecklist& stage, StageItemRecorded::Outcome outcome) {
    const bool gate = stage.stage == QLatin1String("pre-release");
    const bool gateOutcome =
        outcome == StageItemRecorded::Outcome::Met || outcome == StageItemRecorded::Outcome::NotMet;
    return gate == gateOutcome;
}
} // namespace

bool ReversalSession::refuseStage(RefusedAct act, const QString& subject, const QString& reason, ActRefusal why,
                                  const QStringList& unmet) {
    ActRefused attempt;
    attempt.act = act;
    attempt.subject = subject;
    attempt.reason = reason;
    attempt.role = m_incident.currentOperator().role;
    attempt.unmet = unmet;
    const StageProgress& progress = m_incident.stages();
    if (why == ActRefusal::AlreadyDone && act == RefusedAct::OpenWindow && progress.windowOpened) {
        attempt.earlierBy = progress.windowOpened->actor;
        attempt.earlierAt = progress.windowOpenedAt();
    } else if (why == ActRefusal::AlreadyDone && progress.windowClosed) {
        attempt.earlierBy = progress.windowClosed->actor;
        attempt.earlierAt = progress.windowClosed->event.at;
    }
    return refuse(attempt, why);
}

bool ReversalSession::recordStageItem(const QString& stageId, const QString& itemId, StageItemRecorded::Outcome outcome,
                                      const QString& reason) {
    if (!requireOpen())
        return false;
    const QString why = reason.trimmed();
    const QString subject = stageId + u'/' + itemId;
    const StageChecklist* stage = m_kit.stageChecklist(stageId);
    const ChecklistItem* item = stage ? stage->item(itemId) : nullptr;
    if (!item)
        return refuseStage(RefusedAct::StageItem, subject, why, ActRefusal::NotOpen);
    if (!fitsStage(*stage, outcome))
        return fail(tr("A gate is met or not met; a window or recovery step is done or blocked."));
    if (stage->stage == QLatin1String("live-rollback")) {
        const WindowState window = m_incident.stages().windowState(m_clock.utcNow());
        if (window == WindowState::NotOpened)
            return refuseStage(RefusedAct::StageItem, subject, why, ActRefusal::WindowNotOpen);
        if (window == WindowState::Closed)
            return refuseStage(RefusedAct::StageItem, subject, why, ActRefusal::WindowClosed);
    }
    const QString role = m_incident.currentOperator().role;
    const QString onBehalfOf = !item->owner.isEmpty() && item->owner != role ? item->owner : QString();
    const bool positive = outcome == StageItemRecorded::Outcome::Met || outcome == StageItemRecorded::Outcome::Done;
    if (why.isEmpty() && (!positive || !onBehalfOf.isEmpty()))
        return refuseStage(RefusedAct::StageItem, subject, why, ActRefusal::NoReason);
    return append(StageItemRecorded{stageId, itemId, outcome, why, role, onBehalfOf});
}

bool ReversalSession::decideGate(const QString& stageId, bool go, const QString& reason) {
    if (!requireOpen())
        return false;
    const QString why = reason.trimmed();
    const StageChecklist* stage = m_kit.stageChecklist(stageId);
    if (!stage || stage->stage != QLatin1String("pre-release"))
        return refuseStage(RefusedAct::Gate, stageId, why, ActRefusal::NotOpen);
    // Unrecorded gates count as unmet: a go must never read as "all clear" when nobody signed off.
    const QStringList unmet = m_incident.stages().unmetGates(*stage);
    if (go && !unmet.isEmpty() && why.isEmpty())
        return refuseStage(RefusedAct::Gate, stageId, why, ActRefusal::NoReason, unmet);
    return append(StageGateDecided{stageId, go, why, unmet, m_incident.currentOperator().role});
}

bool ReversalSession::openWindow() {
    if (!requireOpen())
        return false;
    const StageChecklist* stage = m_kit.firstStageOfKind(QStringLiteral("live-rollback"));
    if (!stage || !stage->window)
        return refuseStage(RefusedAct::OpenWindow, stage ? stage->id : QString(), {}, ActRefusal::NotOpen);
    if (m_incident.stages().windowOpened)
        return refuseStage(RefusedAct::OpenWindow, stage->id, {}, ActRefusal::AlreadyDone);
    const QDateTime now = m_clock.utcNow();
    return append(StageWindowOpened{stage->id, qint64(stage->window->count()), now.addMSecs(stage->window->count()),
                                    m_incident.currentOperator().role});
}

bool ReversalSession::closeWindow(const QString& reason) {
    if (!requireOpen())
        return false;
    const QString why = reason.trimmed();
    const StageProgress& progress = m_incident.stages();
    const QString stage = progress.windowOpened ? progress.windowOpened->event.stage : QString();
    if (!progress.windowOpened)
        return refuseStage(RefusedAct::CloseWindow, stage, why, ActRefusal::WindowNotOpen);
    if (progress.windowClosed)
        return refuseStage(RefusedAct::CloseWindow, stage, why, ActRefusal::AlreadyDone);
    const QDateTime now = m_clock.utcNow();
    const bool early = now < progress.windowOpened->event.closesAt;
    if (early && why.isEmpty())
        return refuseStage(RefusedAct::CloseWindow, stage, why, ActRefusal::NoReason);
    return append(StageWindowClosed{stage, now, early, why, m_incident.currentOperator().role});
}

bool ReversalSession::recordHarm(const StageHarmRecorded& harm) {
    if (!requireOpen())
        return false;
    const StageChecklist* recovery = harm.stage.isEmpty() ? m_kit.firstStageOfKind(QStringLiteral("post-reversal"))
                                                          : m_kit.stageChecklist(harm.stage);
    if (!recovery || recovery->stage != QLatin1String("post-reversal"))
        return refuseStage(RefusedAct::Harm, harm.stage, harm.note, ActRefusal::NotOpen);
    StageHarmRecorded recorded{recovery->id,
                               harm.affected.trimmed(),
                               harm.count.trimmed(),
                               harm.duration.trimmed(),
                               harm.data.trimmed(),
                               harm.note.trimmed(),
                               0,
                               m_incident.currentOperator().role};
    if (recorded.affected.isEmpty())
        return refuseStage(RefusedAct::Harm, recovery->id, recorded.note, ActRefusal::Incomplete);
    // A second record corrects the one that stands, by its seq: nothing is overwritten.
    if (const auto* standing = m_incident.stages().harmRecord(recovery->id))
        recorded.corrects = standing->seq;
    return append(recorded);
}

bool ReversalSession::decideRelaunch(bool relaunch, const QList<CriterionJudged>& criteria, const QString& reason) {
    if (!requireOpen())
        return false;
    const QString why = reason.trimmed();
    const StageChecklist* recovery = m_kit.firstStageOfKind(QStringLiteral("post-reversal"));
    if (!recovery)
        return refuseStage(RefusedAct::Relaunch, {}, why, ActRefusal::NotOpen);
    for (const CriterionJudged& judged : criteria) {
        const bool known = std::any_of(recovery->relaunchCriteria.cbegin(), recovery->relaunchCriteria.cend(),
                                       [&](const RelaunchCriterion& c) { return c.id == judged.id; });
        if (!known)
            return refuseStage(RefusedAct::Relaunch, recovery->id + u'/' + judged.id, why, ActRefusal::NotOpen);
    }
    // Every criterion of the kit, in its order: one not judged is recorded as not met.
    StageRelaunchDecided decided{recovery->id, relaunch, {}, why, m_incident.currentOperator().role};
    for (const RelaunchCriterion& c : recovery->relaunchCriteria) {
        CriterionJudged judged{c.id, false, {}};
        for (const CriterionJudged& given : criteria)
            if (given.id == c.id)
                judged = {c.id, given.met, given.note.trimmed()};
        decided.criteria.append(judged);
    }
    if (relaunch && !decided.unmet().isEmpty() && why.isEmpty())
        return refuseStage(RefusedAct::Relaunch, recovery->id, why, ActRefusal::NoReason, decided.unmet());
    return append(decided);
}

bool ReversalSession::recordRecoveryLeftOpen(const QString& reason) {
    const OpenRecovery open = openRecovery(m_incident, m_kit);
    if (open.isEmpty())
        return true;
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return refuseStage(RefusedAct::Close, open.stage, why, ActRefusal::NoReason, open.steps);
    return append(StagesLeftOpen{open.stage, open.steps, open.relaunchMissing, why, m_incident.currentOperator().role});
}

} // namespace turnback
