#include "StageProgress.h"

#include <algorithm>

namespace turnback {

using namespace events;

namespace {
template <typename Event>
const StageEntry<Event>* newestOf(const QList<StageEntry<Event>>& rows, const QString& stage) {
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        if (it->event.stage == stage)
            return &*it;
    return nullptr;
}
} // namespace

const StageEntry<StageItemRecorded>* StageProgress::latest(const QString& stage, const QString& item) const {
    for (auto it = items.crbegin(); it != items.crend(); ++it)
        if (it->event.stage == stage && it->event.item == item)
            return &*it;
    return nullptr;
}

const StageEntry<StageItemRecorded>* StageProgress::firstPositive(const QString& stage, const QString& item) const {
    for (const StageEntry<StageItemRecorded>& row : items)
        if (row.event.stage == stage && row.event.item == item && row.event.isPositive())
            return &row;
    return nullptr;
}

int StageProgress::recordCount(const QString& stage, const QString& item) const {
    return int(std::count_if(items.cbegin(), items.cend(), [&](const StageEntry<StageItemRecorded>& row) {
        return row.event.stage == stage && row.event.item == item;
    }));
}

bool StageProgress::isSettled(const QString& stage, const QString& item) const {
    const StageEntry<StageItemRecorded>* row = latest(stage, item);
    return row && row->event.isPositive();
}

const StageEntry<StageGateDecided>* StageProgress::gateDecision(const QString& stage) const {
    return newestOf(gateDecisions, stage);
}

const StageEntry<StageRelaunchDecided>* StageProgress::relaunchDecision(const QString& stage) const {
    return newestOf(relaunchDecisions, stage);
}

const StageEntry<StageHarmRecorded>* StageProgress::harmRecord(const QString& stage) const {
    return newestOf(harm, stage);
}

int StageProgress::harmRecordCount(const QString& stage) const {
    return int(std::count_if(harm.cbegin(), harm.cend(),
                             [&](const StageEntry<StageHarmRecorded>& row) { return row.event.stage == stage; }));
}

QDateTime StageProgress::windowOpenedAt() const {
    // The instant the row names (closes_at less its length), not when the row was written: a row held
    // while the log could not be written keeps the opening's time.
    return windowOpened ? windowOpened->event.closesAt.addMSecs(-windowOpened->event.durationMs) : QDateTime();
}

WindowState StageProgress::windowState(const QDateTime& now) const {
    if (!windowOpened)
        return WindowState::NotOpened;
    if (windowClosed)
        return WindowState::Closed;
    return now < windowOpened->event.closesAt ? WindowState::Open : WindowState::RanOut;
}

QDateTime StageProgress::windowEnd() const {
    if (!windowOpened)
        return {};
    const QDateTime runsOut = windowOpened->event.closesAt;
    return windowClosed ? std::min(windowClosed->event.at, runsOut) : runsOut;
}

QDateTime StageProgress::stageStart(const StageChecklist& stage, const QDateTime& reversalStart) const {
    if (stage.stage == QLatin1String("pre-release")) {
        // The gates are owed once the team works them (the first gate recorded, or the go / no-go),
        // not by every reversal: an incident in production never went through this release's gates.
        Q_UNUSED(reversalStart)
        QDateTime first;
        for (const StageEntry<events::StageItemRecorded>& entry : items)
            if (entry.event.stage == stage.id && (!first.isValid() || entry.at < first))
                first = entry.at;
        for (const StageEntry<events::StageGateDecided>& entry : gateDecisions)
            if (entry.event.stage == stage.id && (!first.isValid() || entry.at < first))
                first = entry.at;
        return first;
    }
    if (stage.stage == QLatin1String("live-rollback"))
        return windowOpened ? windowOpenedAt() : QDateTime();
    return windowEnd();
}

QStringList StageProgress::unmetGates(const StageChecklist& stage) const {
    QStringList unmet;
    for (const ChecklistItem& item : stage.items)
        if (!isSettled(stage.id, item.id))
            unmet << item.id;
    return unmet;
}

QStringList StageProgress::openSteps(const StageChecklist& stage) const {
    QStringList open;
    for (const ChecklistItem& item : stage.items)
        if (!isSettled(stage.id, item.id))
            open << stage.id + u'/' + item.id;
    return open;
}

} // namespace turnback
