#pragma once

#include <QString>

namespace turnback {

/// The kinds of event an incident is folded from (docs/architecture.md, "The event log"). Each is
/// one audit_log row whose `incident` column is the reversal id; the typed events in events/ carry
/// their fields, and docs/incident-events.md lists every payload field.
namespace EventKind {
inline const QString ReversalStarted = QStringLiteral("ReversalStarted");
inline const QString ObservationRecorded = QStringLiteral("ObservationRecorded");
inline const QString SignalTriggered = QStringLiteral("SignalTriggered");
inline const QString SignalCleared = QStringLiteral("SignalCleared");
inline const QString LevelEntered = QStringLiteral("LevelEntered"); ///< written by older versions only
inline const QString LevelChanged = QStringLiteral("LevelChanged");
inline const QString OwnerAcknowledged = QStringLiteral("OwnerAcknowledged");
inline const QString NotificationConfirmed = QStringLiteral("NotificationConfirmed");
inline const QString DecisionRecorded = QStringLiteral("DecisionRecorded");
inline const QString DecisionRefused = QStringLiteral("DecisionRefused");
inline const QString OperatorChanged = QStringLiteral("OperatorChanged");
inline const QString ReversalClosed = QStringLiteral("ReversalClosed");
inline const QString EntryRetracted = QStringLiteral("EntryRetracted");
inline const QString ActRefused = QStringLiteral("ActRefused");
inline const QString ImpactAnswered = QStringLiteral("impact.answered");
} // namespace EventKind

/// What an owner decides about the level a signal called for.
enum class Decision {
    CarryOut,   ///< do what the level says (slow / stop / reverse)
    Hold,       ///< stay at the current level for now; a written reason is required
    DeEscalate, ///< step the incident down to a lower level; a written reason is required
};
QString decisionId(Decision decision); ///< "carry-out", "hold", "de-escalate"
bool decisionFromId(const QString& id, Decision* decision);

} // namespace turnback
