#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace turnback::events {

/// A fact a regulator clock is anchored to, recorded by the operator as an act (docs/incident-events.md,
/// "Regulator triggers"; the clocks: docs/regulator-clocks.md). Its instant is the row's time.
/// Target: the trigger id.
struct RegulatorTriggerRecorded {
    inline static const QString kind = QStringLiteral("regulator.trigger");
    QString trigger; ///< "became-aware", "classified-major", "determined-material", "discovered"

    QString target() const { return trigger; }
    QJsonObject toJson() const;
    static std::optional<RegulatorTriggerRecorded> fromJson(const QJsonObject& payload);
    friend bool operator==(const RegulatorTriggerRecorded&, const RegulatorTriggerRecorded&) = default;
};

} // namespace turnback::events
