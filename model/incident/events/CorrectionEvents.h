#pragma once

#include "IncidentEvents.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace turnback::events {

/// A fact recorded in error, taken back with a reason (issue 8: corrected, never erased). The row
/// it retracts stays in the log; the fold marks it and no longer counts it: a retracted
/// observation is out of what stands (the rubric is rebuilt without it), a retracted notification
/// tick is open again. Target: the retracted row's target (the signal id, or the role told).
struct EntryRetracted {
    inline static const QString& kind = EventKind::EntryRetracted;
    qint64 retracts = 0;   ///< seq of the row taken back
    QString retractedKind; ///< its kind: ObservationRecorded or NotificationConfirmed
    QString subject;       ///< its target: the signal id, or the role told
    QString reason;        ///< why, as the operator wrote it
    QString role;          ///< the role of whoever retracted it
    /// Observations: the rubric time at which the rubric was rebuilt from what stands, so that a
    /// replay rebuilds it at the same instant as the live console did.
    std::optional<qint64> rubricMs;

    QString target() const { return subject; }
    QJsonObject toJson() const;
    /// Nullopt without the seq or the kind it retracts: such a row could not be applied.
    static std::optional<EntryRetracted> fromJson(const QJsonObject& payload);
    friend bool operator==(const EntryRetracted&, const EntryRetracted&) = default;
};

} // namespace turnback::events
