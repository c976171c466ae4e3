#pragma once

#include "IncidentEvents.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace turnback::events {

/// An answer to one of the kit's human-impact prompts (docs/incident-events.md, "Human impact").
/// A later answer to the same prompt supersedes an earlier one; both stay in the log. Target: the
/// prompt id.
struct ImpactAnswered {
    inline static const QString& kind = EventKind::ImpactAnswered;
    QString prompt;       ///< the prompt's id in the kit
    QString answer;       ///< as typed or chosen; empty when unknown
    bool unknown = false; ///< the operator does not know the answer (yet)
    QString reason;       ///< why it is unknown; required when `unknown`
    QString role;         ///< the role of whoever answered

    QString target() const { return prompt; }
    QJsonObject toJson() const;
    /// Nullopt without a prompt id, or for an answer that is neither given nor unknown with a reason.
    static std::optional<ImpactAnswered> fromJson(const QJsonObject& payload);
    friend bool operator==(const ImpactAnswered&, const ImpactAnswered&) = default;
};

} // namespace turnback::events
