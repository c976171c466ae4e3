#pragma once

#include "IncidentEvents.h"

#include "Kit.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace turnback::events {

// What was seen, and what the rubric derived from it. Derived events carry in `at` the exact
// instant the rubric changed, which may be earlier than the row's at_utc (when it was written).

/// A sample of a measured signal (with a value) or one occurrence of a counted / "any" signal.
/// Target: the signal id.
struct ObservationRecorded {
    inline static const QString& kind = EventKind::ObservationRecorded;
    QString signal;
    QDateTime observedAt;
    /// Where the rubric placed it, in ms from the start; equal to observedAt - start unless the
    /// wall clock was set back. Absent in the oldest logs: then observedAt - start.
    std::optional<qint64> rubricMs;
    std::optional<double> value; ///< measured signals only

    QString target() const { return signal; }
    QJsonObject toJson() const;
    static std::optional<ObservationRecorded> fromJson(const QJsonObject& payload);
    friend bool operator==(const ObservationRecorded&, const ObservationRecorded&) = default;
};

/// A signal's threshold was met: its owner owes a decision by `deadline`. Target: the signal id.
struct SignalTriggered {
    inline static const QString& kind = EventKind::SignalTriggered;
    QString signal;
    Level level = Level::Slow; ///< the level the signal calls for
    QDateTime at;
    QString owner; ///< role id
    qint64 timerMs = 0;
    QDateTime deadline; ///< at + timer
    QStringList notify; ///< role ids to tell

    QString target() const { return signal; }
    QJsonObject toJson() const;
    static std::optional<SignalTriggered> fromJson(const QJsonObject& payload);
    friend bool operator==(const SignalTriggered&, const SignalTriggered&) = default;
};

/// A triggered signal's condition no longer holds. The level does not go down by itself.
struct SignalCleared {
    inline static const QString& kind = EventKind::SignalCleared;
    QString signal;
    QDateTime at;

    QString target() const { return signal; }
    QJsonObject toJson() const;
    static std::optional<SignalCleared> fromJson(const QJsonObject& payload);
    friend bool operator==(const SignalCleared&, const SignalCleared&) = default;
};

/// The incident's level rose. Target: the level id.
struct LevelEntered {
    inline static const QString& kind = EventKind::LevelEntered;
    Level level = Level::Slow;
    Level from = Level::Normal;
    QString signal; ///< the trigger that raised it
    QDateTime at;
    bool repaired = false; ///< written on resume after a crash lost it

    QString target() const { return levelId(level); }
    QJsonObject toJson() const;
    static std::optional<LevelEntered> fromJson(const QJsonObject& payload);
    friend bool operator==(const LevelEntered&, const LevelEntered&) = default;
};

} // namespace turnback::events
