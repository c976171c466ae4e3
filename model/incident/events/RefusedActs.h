#pragma once

#include "IncidentEvents.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace turnback::events {

/// The operator's acts, other than decisions, that the session can refuse. A refused decision has
/// its own event (DecisionRefused), which carries the level asked for and the item in the way.
enum class RefusedAct {
    Acknowledge,         ///< an owner's acknowledgement of an item
    ConfirmNotification, ///< a tick that a role on an item's notification list was told
    Retract,             ///< taking back an entry recorded in error
    // The stages' acts (ReversalSessionStages.cpp): `subject` names the stage or "stage/item".
    StageItem,   ///< a gate met / not met, a window or recovery step done / blocked
    Gate,        ///< the go / no-go decision
    OpenWindow,  ///< opening the live rollback window
    CloseWindow, ///< closing it on record
    Harm,        ///< a harm record
    Relaunch,    ///< the relaunch decision
    Close,       ///< closing the reversal with the recovery unfinished
};
/// "acknowledge", "confirm-notification", "retract", "stage-item", "gate", "open-window", "close-window",
/// "harm", "relaunch", "close"
QString refusedActId(RefusedAct act);
std::optional<RefusedAct> refusedActFromId(const QString& id);

/// Why it was refused. Stored as a fact; TimelineText words it.
enum class ActRefusal {
    NotOpen,        ///< no such item, or nothing open there to acknowledge
    AlreadyDone,    ///< already acknowledged, already told, already retracted: once is on record
    NotOnList,      ///< the role is not on that item's notification list
    NotRetractable, ///< only an observation or a notification tick can be retracted
    NoReason,       ///< a retraction needs a written reason (so do the stage acts that say so)
    WindowNotOpen,  ///< a window step before the rollback window was opened
    WindowClosed,   ///< a window step after the window was closed on record
    Incomplete,     ///< a harm record without who was affected
};
/// "not-open", "already-done", "not-on-list", "not-retractable", "no-reason", "window-not-open",
/// "window-closed", "incomplete"
QString actRefusalId(ActRefusal refusal);
std::optional<ActRefusal> actRefusalFromId(const QString& id);

/// An acknowledgement, a notification tick or a retraction the session refused (issue 8: refused
/// attempts are on record with their reason, not only as bare clicks). Nothing else changes.
/// Target: the signal id, or for a retraction the retracted entry's target (its seq when unknown).
struct ActRefused {
    inline static const QString& kind = EventKind::ActRefused;
    RefusedAct act = RefusedAct::Acknowledge;
    ActRefusal refusal = ActRefusal::NotOpen;
    qint64 obligation = 0; ///< the item acted on (0: none named, or a retraction)
    QString signal;        ///< that item's signal, when there is one
    QString told;          ///< confirm-notification: the role ticked as told
    qint64 retracts = 0;   ///< retract: the seq the operator tried to take back
    QString subject;       ///< retract: that entry's target, when there is such an entry
    QString reason;        ///< retract: what the operator wrote, word for word (may be empty)
    QString role;          ///< who was at the keyboard
    QString earlierBy;     ///< already-done: who did it first
    QDateTime earlierAt;   ///< already-done: when (invalid when not known)
    QStringList unmet;     ///< gate, relaunch, close: the gates, criteria or steps still open

    QString target() const;
    /// One of the stages' acts (StageItem .. Close), which name their `subject` instead of an item.
    bool isStageAct() const;
    QJsonObject toJson() const;
    /// Nullopt when the act or the refusal is not one this version knows.
    static std::optional<ActRefused> fromJson(const QJsonObject& payload);
    friend bool operator==(const ActRefused&, const ActRefused&) = default;
};

} // namespace turnback::events
