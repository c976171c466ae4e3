#include "StageTimers.h"

namespace turnback {

using namespace events;

namespace {
QString timerKind(const StageChecklist& stage) {
    if (stage.stage == QLatin1String("pre-release"))
        return QStringLiteral("gate");
    if (stage.stage == QLatin1String("live-rollback"))
        return QStringLiteral("window-step");
    return QStringLiteral("recovery-step");
}

OwedItem stageItem(const QString& stage, const QString& item, const QString& owes, const QString& role,
                   const QDateTime& due, const QDateTime& now) {
    OwedItem owed;
    owed.kind = OwedKind::StageItem;
    owed.level = Level::Normal;
    owed.role = role;
    owed.deadline = due;
    owed.overdue = due.isValid() && due <= now;
    owed.stage = stage;
    owed.stageItem = item;
    owed.stageOwes = owes;
    return owed;
}
} // namespace

QList<StageTimer> stageTimers(const Incident& incident, const Kit& kit) {
    const StageProgress& progress = incident.stages();
    QList<StageTimer> timers;
    for (const StageChecklist& stage : kit.stages) {
        const QDateTime start = progress.stageStart(stage, incident.startedAt());
        if (!start.isValid())
            continue; // the stage never began: its deadlines never ran
        for (const ChecklistItem& item : stage.items) {
            if (!item.within)
                continue;
            StageTimer timer{timerKind(stage), stage.id, item.id,
                             item.owner,       start,    start.addMSecs(item.within->count()),
                             std::nullopt,     false};
            if (const StageEntry<StageItemRecorded>* acted = progress.firstPositive(stage.id, item.id)) {
                timer.actedUtc = acted->at;
                timer.met = acted->at <= *timer.dueUtc;
            }
            timers.append(timer);
        }
    }
    if (const auto& opened = progress.windowOpened) {
        StageTimer window{QStringLiteral("window"),  opened->event.stage,    opened->event.stage, opened->event.role,
                          progress.windowOpenedAt(), opened->event.closesAt, std::nullopt,        false};
        if (const auto& closed = progress.windowClosed) {
            window.actedUtc = closed->event.at;
            window.met = closed->event.at <= opened->event.closesAt;
        }
        timers.append(window);
    }
    return timers;
}

QList<OwedItem> stageOwedItems(const Incident& incident, const Kit& kit, const QDateTime& now) {
    const StageProgress& progress = incident.stages();
    QList<OwedItem> owed;
    for (const StageChecklist& stage : kit.stages) {
        const QDateTime start = progress.stageStart(stage, incident.startedAt());
        if (!start.isValid() || start > now)
            continue;
        // Once the go / no-go is on record, or the window opened without one (then the missing
        // decision is owed, below), the gates have been decided over: the decision lists those
        // not met, and NEXT stops naming them while the rollback is worked. Their timers stand.
        if (stage.stage == QLatin1String("pre-release") && (progress.gateDecision(stage.id) || progress.windowOpened))
            continue;
        for (const ChecklistItem& item : stage.items)
            if (item.within && !progress.isSettled(stage.id, item.id))
                owed.append(stageItem(stage.id, item.id, QStringLiteral("item"), item.owner,
                                      start.addMSecs(item.within->count()), now));
    }
    if (!progress.windowOpened)
        return owed;
    const auto& opened = *progress.windowOpened;
    if (!progress.windowClosed)
        owed.append(
            stageItem(opened.event.stage, {}, QStringLiteral("window"), opened.event.role, opened.event.closesAt, now));
    // The release went ahead: a go / no-go not on record is owed since the window opened.
    for (const StageChecklist& stage : kit.stages)
        if (stage.stage == QLatin1String("pre-release") && !progress.gateDecision(stage.id))
            owed.append(stageItem(stage.id, {}, QStringLiteral("go-no-go"), {}, progress.windowOpenedAt(), now));
    return owed;
}

bool recoveryInPlay(const Incident& incident, const Kit& kit) {
    const StageProgress& progress = incident.stages();
    if (progress.windowOpened)
        return true;
    const StageChecklist* recovery = kit.firstStageOfKind(QStringLiteral("post-reversal"));
    if (!recovery)
        return false;
    const auto inRecovery = [&](const QString& stage) { return stage == recovery->id; };
    for (const auto& row : progress.items)
        if (inRecovery(row.event.stage))
            return true;
    return progress.harmRecord(recovery->id) || progress.relaunchDecision(recovery->id);
}

OpenRecovery openRecovery(const Incident& incident, const Kit& kit) {
    OpenRecovery open;
    const StageChecklist* recovery = kit.firstStageOfKind(QStringLiteral("post-reversal"));
    if (!recovery || !recoveryInPlay(incident, kit))
        return open;
    open.stage = recovery->id;
    open.steps = incident.stages().openSteps(*recovery);
    open.relaunchMissing = !recovery->relaunchCriteria.isEmpty() && !incident.stages().relaunchDecision(recovery->id);
    return open;
}

} // namespace turnback
