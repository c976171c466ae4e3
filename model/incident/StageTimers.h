#pragma once

#include "Incident.h"
#include "OwedItems.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace turnback {

/// One deadline of the stages, for the after-action report: a stage item with a `within`, or the
/// rollback window itself (docs/incident-events.md, "Stages").
struct StageTimer {
    QString kind;  ///< "gate", "window-step", "recovery-step", "window"
    QString stage; ///< the stage checklist's id
    QString item;  ///< the item's id; for the window, the stage id
    QString owner; ///< role id: the item's owner; for the window, who opened it
    QDateTime startedUtc;
    std::optional<QDateTime> dueUtc;
    std::optional<QDateTime> actedUtc; ///< first met / done (the window: closed on record); nullopt: never
    bool met = false;                  ///< acted, and at or before the deadline
};

/// Every stage deadline whose stage has begun, in the kit's order, then the window. An item counts as
/// acted on at its first "met" or "done" row: a later correction does not move when it was done.
QList<StageTimer> stageTimers(const Incident& incident, const Kit& kit);

/// What the stages owe at `now` (OwedKind::StageItem): each open item with a deadline once its stage
/// has begun, the open window (due when it runs out), and a missing go / no-go once the window is
/// open (owed since the window opened). Unsorted; owedItems() sorts them with everything else.
QList<OwedItem> stageOwedItems(const Incident& incident, const Kit& kit, const QDateTime& now);

/// The recovery stage is under way: the window opened, or any post-reversal row was written.
bool recoveryInPlay(const Incident& incident, const Kit& kit);
/// What closing would leave unfinished in the recovery: steps not done ("stage/item"), and whether
/// the relaunch decision is missing. Both empty / false while the recovery is not in play.
struct OpenRecovery {
    QString stage;
    QStringList steps;
    bool relaunchMissing = false;
    bool isEmpty() const { return steps.isEmpty() && !relaunchMissing; }
};
OpenRecovery openRecovery(const Incident& incident, const Kit& kit);

} // namespace turnback
