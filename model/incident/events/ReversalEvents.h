#pragma once

#include "IncidentEvents.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace turnback::events {

// The events that open, hand over and close a reversal. Each is one audit_log row whose `incident`
// column is the reversal id; the payload fields are the public contract in docs/incident-events.md.
// The row's actor (who was at the keyboard) is not part of the payload.

/// A reversal began. Target: the service.
struct ReversalStarted {
    inline static const QString& kind = EventKind::ReversalStarted;
    QString title;
    QString service;
    QString role; ///< the operator's role id
    bool exercise = false;
    QString kitId;
    QString kitFile;
    QStringList overlays;
    // Which rubric was in force, exactly. Empty / 0 in reversals recorded before they were kept.
    QString kitVersion;        ///< the kit's own `version`, empty when the kit gives none
    int kitFormat = 0;         ///< the kit format version
    QString kitSha256;         ///< of the kit file's bytes, lowercase hex
    QStringList overlaySha256; ///< of each overlay file's bytes, in the order of `overlays`

    QString target() const { return service; }
    QJsonObject toJson() const;
    static std::optional<ReversalStarted> fromJson(const QJsonObject& payload);
    friend bool operator==(const ReversalStarted&, const ReversalStarted&) = default;
};

/// Someone else took the keyboard. Target: the new operator's name.
struct OperatorChanged {
    inline static const QString& kind = EventKind::OperatorChanged;
    QString name;
    QString role;
    QString previous;
    QString previousRole;

    QString target() const { return name; }
    QJsonObject toJson() const;
    static std::optional<OperatorChanged> fromJson(const QJsonObject& payload);
    friend bool operator==(const OperatorChanged&, const OperatorChanged&) = default;
};

/// The reversal ended; nothing more is recorded in it. Target: the reversal id (set by the writer).
struct ReversalClosed {
    inline static const QString& kind = EventKind::ReversalClosed;
    QString summary;
    QString level;              ///< the level id at closing ("normal", "slow", ...)
    qint64 openObligations = 0; ///< everything still owed (OwedItems), or, in older logs, open decisions
    /// What open_obligations is made of (absent in logs written before the owed list).
    std::optional<qint64> openDecisions, openAcknowledgements, openNotifications;
    /// Comms templates still to send (absent in logs written before comms were owed, and when none is).
    std::optional<qint64> openComms;
    /// The kit's human-impact prompts at closing: answered, recorded as unknown (with a reason), and
    /// not answered (optional ones only: a required one blocks closing). Absent when the kit has no
    /// prompts and in logs written before impact answers were recorded.
    std::optional<qint64> impactAnswered, impactUnknown, impactUnanswered;

    QString target() const { return {}; }
    QJsonObject toJson() const;
    static std::optional<ReversalClosed> fromJson(const QJsonObject& payload);
    friend bool operator==(const ReversalClosed&, const ReversalClosed&) = default;
};

} // namespace turnback::events
