#pragma once

#include "Kit.h"
#include "events/StageEvents.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace turnback {

/// A stage row of the reversal as the fold keeps it: the fact, who wrote it and when.
template <typename Event> struct StageEntry {
    qint64 seq = 0;
    QDateTime at; ///< when the row was written
    QString actor;
    Event event;
};

/// Where the live rollback window stands at an instant.
enum class WindowState {
    NotOpened, ///< no stage.window.opened yet
    Open,      ///< opened, its time not yet run out, not closed
    RanOut,    ///< its time ran out and nobody has closed it on record yet: shown CLOSED, owed OVERDUE
    Closed,    ///< closed by an act (early, or after its time ran out)
};

/// How far the reversal's stages have come: folded from the stage.* rows (docs/incident-events.md,
/// "Stages"). Every row is kept; what stands for an item is its newest row. The fold does not know
/// the kit; what a stage owes (which items, which deadlines) is read against it (StageOwed, StageTimers).
struct StageProgress {
    QList<StageEntry<events::StageItemRecorded>> items;
    QList<StageEntry<events::StageGateDecided>> gateDecisions;
    std::optional<StageEntry<events::StageWindowOpened>> windowOpened;
    std::optional<StageEntry<events::StageWindowClosed>> windowClosed;
    QList<StageEntry<events::StageHarmRecorded>> harm;
    QList<StageEntry<events::StageRelaunchDecided>> relaunchDecisions;
    QList<StageEntry<events::StagesLeftOpen>> leftOpen;

    /// The row that stands for an item (its newest), or nullptr when it was never recorded.
    const StageEntry<events::StageItemRecorded>* latest(const QString& stage, const QString& item) const;
    /// The first row that met or did the item: when its owner acted, for its deadline.
    const StageEntry<events::StageItemRecorded>* firstPositive(const QString& stage, const QString& item) const;
    /// How many rows an item has (a later one supersedes an earlier one on screen).
    int recordCount(const QString& stage, const QString& item) const;
    bool isSettled(const QString& stage, const QString& item) const; ///< its newest row is met or done
    const StageEntry<events::StageGateDecided>* gateDecision(const QString& stage) const;
    const StageEntry<events::StageRelaunchDecided>* relaunchDecision(const QString& stage) const;
    /// The harm record that stands (the newest, which corrects the ones before), or nullptr.
    const StageEntry<events::StageHarmRecorded>* harmRecord(const QString& stage) const;
    int harmRecordCount(const QString& stage) const;

    WindowState windowState(const QDateTime& now) const;
    /// When the window opened; invalid before it did.
    QDateTime windowOpenedAt() const;
    /// When the window ends: closed on record or its time running out, whichever comes first (may be
    /// ahead of now while it is open); invalid before it opened.
    QDateTime windowEnd() const;
    /// When `stage` begins, for its items' `within`: a pre-release stage with its first gate or go /
    /// no-go on record (a reversal that never works the gates owes none), the live rollback when the
    /// window opens, the recovery when the window ends; invalid while not known.
    QDateTime stageStart(const StageChecklist& stage, const QDateTime& reversalStart) const;
    /// The gates of `stage` whose newest row is not "met" (never recorded ones included), in the kit's order.
    QStringList unmetGates(const StageChecklist& stage) const;
    /// The recovery steps of `stage` not done, as "stage/item", in the kit's order.
    QStringList openSteps(const StageChecklist& stage) const;
};

} // namespace turnback
