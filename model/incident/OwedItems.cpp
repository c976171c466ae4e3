#include "OwedItems.h"

#include <algorithm>

namespace turnback {

namespace {
void addItemsOf(const Obligation& o, const QDateTime& now, QList<OwedItem>& owed) {
    const bool overdue = o.deadline <= now;
    const auto item = [&](OwedKind kind, const QString& told = {}) {
        owed.append({kind, o.id, o.signalId, o.ownerRole, told, o.level, o.deadline, overdue});
    };
    if (o.isOpen() && !o.acknowledgedAt)
        item(OwedKind::Acknowledgement);
    if (o.isOpen())
        item(OwedKind::Decision);
    // Told or not does not depend on the decision: a decided item can still owe its notifications.
    for (const NotificationItem& n : o.notifications)
        if (!n.confirmedAt)
            item(OwedKind::Notification, n.role);
}
} // namespace

QList<OwedItem> owedItems(const Incident& incident, const QDateTime& now) {
    QList<OwedItem> owed;
    for (const Obligation& o : incident.obligations())
        addItemsOf(o, now, owed);
    // Stable: equal keys keep the order added (by item, then kind, then the kit's notify order).
    std::stable_sort(owed.begin(), owed.end(), [](const OwedItem& a, const OwedItem& b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        if (a.level != b.level)
            return a.level > b.level;
        if (a.deadline != b.deadline)
            return a.deadline < b.deadline;
        if (a.obligation != b.obligation)
            return a.obligation < b.obligation;
        return a.kind < b.kind;
    });
    return owed;
}

QList<OwedItem> owedItems(const Incident& incident, const QDateTime& now, const Kit& kit) {
    QList<OwedItem> owed = owedItems(incident, now);
    for (const ImpactPrompt* prompt : unansweredRequiredPrompts(incident, kit)) {
        OwedItem item;
        item.kind = OwedKind::ImpactPrompt;
        item.prompt = prompt->id;
        item.level = Level::Normal;
        owed.append(item);
    }
    return owed;
}

QList<const ImpactPrompt*> unansweredRequiredPrompts(const Incident& incident, const Kit& kit) {
    QList<const ImpactPrompt*> open;
    for (const ImpactPrompt& prompt : kit.impactPrompts)
        if (prompt.required && !incident.impactAnswer(prompt.id))
            open.append(&prompt);
    return open;
}

OwedCount countOwed(const QList<OwedItem>& owed) {
    OwedCount count;
    for (const OwedItem& item : owed) {
        count.decisions += item.kind == OwedKind::Decision ? 1 : 0;
        count.acknowledgements += item.kind == OwedKind::Acknowledgement ? 1 : 0;
        count.notifications += item.kind == OwedKind::Notification ? 1 : 0;
        count.impactPrompts += item.kind == OwedKind::ImpactPrompt ? 1 : 0;
    }
    count.total = int(owed.size());
    return count;
}

} // namespace turnback
