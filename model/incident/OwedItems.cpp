#include "OwedItems.h"

#include "IncidentRegulators.h"
#include "StageTimers.h"

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

void addRegulatorReports(const Incident& incident, const Kit& kit, const QDateTime& now, QList<OwedItem>& owed) {
    for (const RegulatorClock& clock : IncidentRegulators::running(incident, kit)) {
        const auto owner = std::find_if(kit.comms.cbegin(), kit.comms.cend(),
                                        [&](const CommsTemplate& c) { return c.id == clock.templateId; });
        OwedItem item{OwedKind::RegulatorReport,
                      0,
                      {},
                      owner != kit.comms.cend() ? owner->owner : QString(),
                      {},
                      Level::Normal,
                      clock.dueUtc,
                      clock.dueUtc <= now};
        item.report = clock.key();
        item.templateId = clock.templateId;
        owed.append(item);
    }
}

void addCommsOf(const Incident& incident, const Kit& kit, const QDateTime& now, QList<OwedItem>& owed) {
    if (!incident.isStarted())
        return;
    for (const CommsTemplate& comms : kit.comms) {
        // A regulator's report template has no `due` of its own: its clock owes it (above).
        if (!comms.dueFromStart || incident.firstSent(comms.id))
            continue;
        const QDateTime deadline = commsDue(incident, comms);
        owed.append(
            {OwedKind::Comms, 0, {}, comms.owner, comms.recipient, Level::Slow, deadline, deadline <= now, comms.id});
    }
}
} // namespace

QList<OwedItem> owedItems(const Incident& incident, const QDateTime& now, const Kit* kit) {
    QList<OwedItem> owed;
    for (const Obligation& o : incident.obligations())
        addItemsOf(o, now, owed);
    if (kit && !incident.isClosed())
        addRegulatorReports(incident, *kit, now, owed);
    if (kit)
        addCommsOf(incident, *kit, now, owed);
    if (kit && !incident.isClosed())
        owed.append(stageOwedItems(incident, *kit, now));
    // A procedure has no deadline and calls for no level: after every item at a level.
    for (const DataProgress& p : incident.dataProcedures())
        if (!p.isFinished())
            owed.append({OwedKind::DataProcedure, 0, p.procedure, p.owner, {}, Level::Normal, {}, false});
    // Stable: equal keys keep the order added (by item, then kind, then the kit's notify order).
    std::stable_sort(owed.begin(), owed.end(), [](const OwedItem& a, const OwedItem& b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        if (a.level != b.level)
            return a.level > b.level;
        if (a.deadline != b.deadline && a.deadline.isValid() && b.deadline.isValid())
            return a.deadline < b.deadline;
        if (a.obligation != b.obligation)
            return a.obligation < b.obligation;
        return a.kind < b.kind;
    });
    // Last of all, in the kit's order: the required impact prompts still unanswered (no deadline).
    if (kit)
        for (const ImpactPrompt* prompt : unansweredRequiredPrompts(incident, *kit)) {
            OwedItem item;
            item.kind = OwedKind::ImpactPrompt;
            item.prompt = prompt->id;
            item.level = Level::Normal;
            owed.append(item);
        }
    return owed;
}

QDateTime commsDue(const Incident& incident, const CommsTemplate& comms) {
    return incident.startedAt().addMSecs(comms.due.count());
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
        count.regulatorReports += item.kind == OwedKind::RegulatorReport ? 1 : 0;
        count.comms += item.kind == OwedKind::Comms ? 1 : 0;
        count.dataProcedures += item.kind == OwedKind::DataProcedure ? 1 : 0;
        count.impactPrompts += item.kind == OwedKind::ImpactPrompt ? 1 : 0;
        count.stageItems += item.kind == OwedKind::StageItem ? 1 : 0;
    }
    count.total = int(owed.size());
    return count;
}

} // namespace turnback
