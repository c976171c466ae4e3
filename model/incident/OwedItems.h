#pragma once

#include "Incident.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace turnback {

/// What kind of thing is owed.
enum class OwedKind {
    Acknowledgement, ///< the owner has not yet said they have seen the triggered item
    Decision,        ///< the owner's decision on the item is open
    Notification,    ///< someone on the item's notification list is still to be told
    RegulatorReport, ///< a report owed to a regulator by its running clock (docs/regulator-clocks.md)
    Comms,           ///< a comms template owed `due` after the reversal started, not yet sent
    DataProcedure,   ///< a data procedure begun and not finished: `signal` is its id, `role` its owner
    ImpactPrompt,    ///< a required human-impact prompt is neither answered nor recorded as unknown
    StageItem,       ///< a stage's item with a deadline, the open rollback window, a missing go / no-go (StageTimers.h)
};

/// One thing still owed: by whom, about which item, at which level, by when.
struct OwedItem {
    OwedKind kind = OwedKind::Decision;
    qint64 obligation = 0; ///< the item it belongs to
    QString signal;
    QString role;              ///< who owes it (the item's owner)
    QString told;              ///< notifications: the role still to be told
    Level level = Level::Slow; ///< what the item called for when it triggered
    QDateTime deadline;        ///< the item's deadline: its decision and its notifications are due then
    bool overdue = false;
    QString comms;      ///< comms: the template id (`role` is its owner, `told` its recipient in words)
    QString report;     ///< regulator reports: the clock, "gdpr/notification"
    QString templateId; ///< regulator reports: the comms template it is written with
    QString prompt;     ///< impact prompts: the prompt's id (they have no item, signal, role or deadline)
    QString stage;      ///< stage items: the stage checklist's id
    QString stageItem;  ///< stage items: the item's id; empty for the window and the go / no-go
    QString stageOwes;  ///< stage items: "item", "window" (to close on record), "go-no-go"
};

/// How many of each kind are owed; `total` is what NEXT, the close dialog and
/// ReversalClosed.open_obligations all count.
struct OwedCount {
    int decisions = 0;
    int acknowledgements = 0;
    int notifications = 0;
    int regulatorReports = 0;
    int comms = 0;
    int dataProcedures = 0;
    int impactPrompts = 0;
    int stageItems = 0;
    int total = 0;
};

/// Everything still owed at `now`, in the order it is owed (the first is what NEXT names):
/// overdue first, then the higher level, then the earlier deadline; within one item the
/// acknowledgement, then the decision, then its notifications in the kit's order.
/// With `kit`, the reports owed by running regulator clocks join the list (owed by their template's
/// owner, at level Normal: they rank after the rubric's items unless overdue).
/// With `kit`, the comms its templates owe join the list: each is due at the reversal's start plus
/// its `due`, until a `comms.sent` for it (docs/incident-events.md, "Comms"). A comms item sorts
/// as the lowest level, so an overdue decision comes before a comms update due at the same time.
/// With `kit`, the stages' items with a deadline, the open rollback window and a missing go / no-go
/// (stageOwedItems): at level Normal, so after the rubric's items unless overdue.
/// With `kit`, last of all, the kit's required impact prompts still unanswered, in the kit's order:
/// they have no deadline, so they are never overdue and come after everything else.
QList<OwedItem> owedItems(const Incident& incident, const QDateTime& now, const Kit* kit = nullptr);
/// When template `comms` is owed in this reversal: its start plus the template's `due` (for a template
/// with `dueFromStart`). The one computation NEXT and the after-action report both read.
QDateTime commsDue(const Incident& incident, const CommsTemplate& comms);
/// The kit's required prompts that are neither answered nor recorded as unknown: what blocks closing.
QList<const ImpactPrompt*> unansweredRequiredPrompts(const Incident& incident, const Kit& kit);
OwedCount countOwed(const QList<OwedItem>& owed);

} // namespace turnback
