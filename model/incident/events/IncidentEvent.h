#pragma once

#include "CorrectionEvents.h"
#include "DataEvents.h"
#include "ImpactEvents.h"
#include "LevelEvents.h"
#include "OwnerEvents.h"
#include "RefusedActs.h"
#include "RegulatorEvents.h"
#include "ReversalEvents.h"
#include "RubricEvents.h"
#include "StageEvents.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace turnback {

struct AuditRecord;

namespace events {

/// Any event a reversal is folded from (docs/incident-events.md). The writer builds one of these
/// and the fold reads one back, through the same toJson/fromJson, so they cannot disagree on a key.
using IncidentEvent =
    std::variant<ReversalStarted, ObservationRecorded, SignalTriggered, SignalCleared, LevelEntered, LevelChanged,
                 OwnerAcknowledged, NotificationConfirmed, DecisionRecorded, DecisionRefused, OperatorChanged,
                 ReversalClosed, EntryRetracted, ActRefused, RegulatorTriggerRecorded, DataProcedureStarted,
                 DataStepRecorded, ImpactAnswered, StageItemRecorded, StageGateDecided, StageWindowOpened,
                 StageWindowClosed, StageHarmRecorded, StageRelaunchDecided, StagesLeftOpen>;

/// The event of that kind read from `payload`; nullopt for a kind that is not an incident event
/// (a click, a kit load) or a payload the event cannot be made from.
std::optional<IncidentEvent> fromJson(const QString& kind, const QJsonObject& payload);
/// The same, from a row of the log (its kind and payload text).
std::optional<IncidentEvent> fromRecord(const AuditRecord& record);
/// Whether `kind` names an incident event.
bool isIncidentEventKind(const QString& kind);

QString kindOf(const IncidentEvent& event);
QString targetOf(const IncidentEvent& event);
QJsonObject toJson(const IncidentEvent& event);

} // namespace events
} // namespace turnback
