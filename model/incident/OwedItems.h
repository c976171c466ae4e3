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
    ImpactPrompt,    ///< a required human-impact prompt is neither answered nor recorded as unknown
    // Comms still to send and data steps still to complete join here once their events exist
    // (docs/architecture.md, "Where the next capabilities go"); owedItems() then lists them too.
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
    QString prompt; ///< impact prompts: the prompt's id (they have no item, signal, role or deadline)
};

/// How many of each kind are owed; `total` is what NEXT, the close dialog and
/// ReversalClosed.open_obligations all count.
struct OwedCount {
    int decisions = 0;
    int acknowledgements = 0;
    int notifications = 0;
    int impactPrompts = 0;
    int total = 0;
};

/// Everything still owed at `now`, in the order it is owed (the first is what NEXT names):
/// overdue first, then the higher level, then the earlier deadline; within one item the
/// acknowledgement, then the decision, then its notifications in the kit's order.
QList<OwedItem> owedItems(const Incident& incident, const QDateTime& now);
/// The same, and after them the kit's required impact prompts still unanswered, in the kit's order.
/// They have no deadline, so they are never overdue and come after every decision, acknowledgement
/// and notification. What NEXT, the close dialog and the close record count.
QList<OwedItem> owedItems(const Incident& incident, const QDateTime& now, const Kit& kit);
/// The kit's required prompts that are neither answered nor recorded as unknown: what blocks closing.
QList<const ImpactPrompt*> unansweredRequiredPrompts(const Incident& incident, const Kit& kit);
OwedCount countOwed(const QList<OwedItem>& owed);

} // namespace turnback
