#pragma once

#include "IncidentEvents.h"
#include "Kit.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace turnback::events {

// What owners do about an obligation (a triggered signal, identified by the seq of its
// SignalTriggered row). `role` is the role of whoever was at the keyboard.

/// The owner has seen it. Target: the signal id.
struct OwnerAcknowledged {
    inline static const QString& kind = EventKind::OwnerAcknowledged;
    qint64 obligation = 0;
    QString signal;
    QString role;

    QString target() const { return signal; }
    QJsonObject toJson() const;
    static std::optional<OwnerAcknowledged> fromJson(const QJsonObject& payload);
    friend bool operator==(const OwnerAcknowledged&, const OwnerAcknowledged&) = default;
};

/// Someone on the obligation's notification list was told. Target: the role told.
struct NotificationConfirmed {
    inline static const QString& kind = EventKind::NotificationConfirmed;
    qint64 obligation = 0;
    QString signal;
    QString told; ///< role id
    QString role;

    QString target() const { return told; }
    QJsonObject toJson() const;
    static std::optional<NotificationConfirmed> fromJson(const QJsonObject& payload);
    friend bool operator==(const NotificationConfirmed&, const NotificationConfirmed&) = default;
};

/// A decision on an obligation, or (obligation 0) standing the whole incident down once no
/// decision is open. Target: the signal id, or the new level's id for obligation 0.
struct DecisionRecorded {
    inline static const QString& kind = EventKind::DecisionRecorded;
    qint64 obligation = 0;
    QString signal; ///< empty for obligation 0
    Decision decision = Decision::CarryOut;
    QString role;
    QString reason;
    Level level = Level::Normal; ///< the level called for; for a de-escalation, the level stepped down to
    QString onBehalfOf;          ///< the owner's role id when someone else decided
    /// False for a row whose level is missing or unreadable: the decision stands, the level is not
    /// lowered by it (as the fold has always read such a row).
    bool levelRecorded = true;
    /// What `level` applies to. Rows written before the level rule carry no `applies_to`: a
    /// de-escalation's level was then the whole incident's new level, and such rows still fold so
    /// (TestLegacyLogs). Since the rule, the level moves only by LevelChanged rows.
    enum class Scope {
        Legacy, ///< no `applies_to`: the incident's level (older versions)
        Item,   ///< "item": what this obligation calls for from now on
        All,    ///< "all": obligation 0, every item stood down to at most `level`
    };
    Scope appliesTo = Scope::Legacy;

    QString target() const { return obligation ? signal : levelId(level); }
    QJsonObject toJson() const;
    static std::optional<DecisionRecorded> fromJson(const QJsonObject& payload);
    friend bool operator==(const DecisionRecorded&, const DecisionRecorded&) = default;
};

} // namespace turnback::events
