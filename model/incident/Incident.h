#pragma once

#include "AttachmentCheck.h"
#include "DataProgress.h"
#include "IncidentEvents.h"
#include "Kit.h"
#include "Observation.h"
#include "StageProgress.h"
#include "events/CommsEvents.h"
#include "events/IncidentEvent.h"
#include "events/UiClick.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <optional>

namespace turnback {

struct AuditRecord;

/// Who is at the keyboard, in which role of the kit.
struct Operator {
    QString name;
    QString role; ///< a role id of the kit
};

/// A tick on a level's notification checklist.
struct NotificationItem {
    QString role; ///< who must be told (role id)
    std::optional<QDateTime> confirmedAt;
    QString confirmedBy;
    qint64 confirmedSeq = 0; ///< the NotificationConfirmed row, to retract it by
};

/// What a triggered signal asks of its owner: a decision before the deadline, and its
/// notification list told. Identified by the seq of the SignalTriggered row that created it.
struct Obligation {
    qint64 id = 0;
    QString signalId;
    Level level = Level::Slow;
    QString ownerRole;
    QDateTime triggeredAt; ///< the exact instant the rubric fired, not when it was written
    QDateTime deadline;    ///< triggeredAt + the owner's timer; equal for "immediate"
    qint64 timerMs = 0;
    bool signalCleared = false;
    std::optional<QDateTime> acknowledgedAt;
    QString acknowledgedBy;
    std::optional<Decision> decision;
    QDateTime decidedAt;
    QString decidedBy, decidedByRole, decisionReason;
    QList<NotificationItem> notifications;
    /// What this item calls for now, its share of the incident's level (docs/incident-events.md,
    /// "The level rule"): `level` while open, carried out or held; lowered only by a de-escalation
    /// on it or by standing the incident down.
    Level callsFor = Level::Slow;
    /// Why an observation of this signal was retracted while the decision was open: the owner's
    /// decision starts from it (the level it caused stays until the owner decides).
    QString retractionReason;

    bool isOpen() const { return !decision.has_value(); }
    int unconfirmedNotifications() const;
};

/// The EntryRetracted row that took a timeline entry back.
struct Retraction {
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString reason;
};

/// One line of the incident's timeline, for the screen and the after-action report: the recorded
/// fact itself, not a sentence. TimelineText renders it (translated, with the kit's names).
struct TimelineEntry {
    qint64 seq = 0;
    QDateTime at; ///< when the row was written
    QString actor;
    events::IncidentEvent event;
    /// A decision that lowered the incident's level: the level it lowered it to.
    std::optional<Level> levelLoweredTo;
    /// Set when the entry was retracted: it stays in the timeline, struck through, with the reason.
    std::optional<Retraction> retractedBy;

    QString kind() const { return events::kindOf(event); }
    bool isRetracted() const { return retractedBy.has_value(); }
};

/// The answer that stands for one human-impact prompt: the latest `impact.answered` row for it.
struct ImpactAnswer {
    QString prompt;
    QString answer;       ///< empty when unknown
    bool unknown = false; ///< recorded as unknown, with `reason`
    QString reason;
    QDateTime at; ///< when the row was written
    QString by, byRole;
    qint64 seq = 0;
    int superseded = 0; ///< how many earlier answers to this prompt it replaces (all still in the log)
};

/// A click made during the reversal (`ui.click`): part of the story, not of the state.
struct ClickEntry {
    qint64 seq = 0;
    QDateTime at; ///< when the row was written
    QString actor;
    events::UiClick click;
};

/// A `comms.sent`, `comms.draft.saved` or `evidence.attached` row of the reversal, kept beside the fold
/// (docs/incident-events.md, "Comms" and "Data handling").
template <typename Event> struct CommsEntry {
    qint64 seq = 0;
    QDateTime at; ///< when the row was written: when it was sent or saved
    QString actor;
    Event event;
};

/// The state of one reversal: a pure fold of its events, in order (docs/architecture.md, "The event
/// log"). It knows nothing of the kit beyond what the events carry, so a review needs only the log.
class Incident {
public:
    /// Applies one recorded event. Events of other incidents, and unknown kinds, are ignored.
    /// Returns false (and changes nothing) for an event that does not fit the state.
    bool apply(const AuditRecord& record);
    /// The same for an event already read from its row.
    bool apply(const AuditRecord& record, const events::IncidentEvent& event);

    /// Rebuilds an incident from rows in seq order.
    static Incident fold(const QList<AuditRecord>& records, const QString& incidentId);

    bool isStarted() const { return !m_id.isEmpty(); }
    QString id() const { return m_id; }
    QString title() const { return m_title; }
    QString service() const { return m_service; }
    bool isExercise() const { return m_exercise; }
    QString kitId() const { return m_kitId; }
    QDateTime startedAt() const { return m_startedAt; }
    Operator currentOperator() const { return m_operator; }
    Level level() const { return m_level; }
    QDateTime levelSince() const { return m_levelSince; }
    bool isClosed() const { return m_closedAt.has_value(); }
    std::optional<QDateTime> closedAt() const { return m_closedAt; }
    QString closingSummary() const { return m_closingSummary; }

    const QList<Obligation>& obligations() const { return m_obligations; }
    const Obligation* obligation(qint64 id) const;
    /// The newest obligation of a signal (the one its table row shows), or nullptr.
    const Obligation* latestObligation(const QString& signalId) const;
    /// The level by the rule: the highest level any item still calls for (Normal when none does).
    /// Equal to level() whenever the log is whole; the session records a LevelChanged when not.
    Level levelCalledFor() const;
    /// The same, were `obligationId` to call for `callsFor` (0: none changed), and every item capped
    /// at `cap`: what a decision would make the level, before it is recorded.
    Level levelCalledForIf(qint64 obligationId, Level callsFor, Level cap = Level::Reverse) const;
    /// The item other than `except` that calls for the most above `level` (open decisions first on a
    /// tie): what stands in the way of lowering the incident to `level`. nullptr when none does.
    const Obligation* blockingAbove(Level level, qint64 except) const;

    /// Latest recorded observation per signal: value (if any) and time.
    struct LastObservation {
        QDateTime at;
        std::optional<double> value;
        int occurrences = 0;
    };
    QHash<QString, LastObservation> observations() const { return m_observations; }
    const QList<TimelineEntry>& timeline() const { return m_timeline; }
    /// The answer that stands for `promptId`, or nullptr while it is unanswered.
    const ImpactAnswer* impactAnswer(const QString& promptId) const;
    const QHash<QString, ImpactAnswer>& impactAnswers() const { return m_impact; }
    /// The clicks made during the reversal, in order; the timeline shows the acts among them.
    const QList<ClickEntry>& clicks() const { return m_clicks; }
    /// Keeps a `ui.click` row of this open reversal; false for any other row.
    bool applyClick(const AuditRecord& record);
    /// Keeps a row beside the fold: a click (applyClick) or a comms row (applyComms).
    bool applyAside(const AuditRecord& record);
    /// Keeps a `comms.sent` or `comms.draft.saved` row of this open reversal; false for any other row.
    bool applyComms(const AuditRecord& record);
    /// Keeps an `evidence.attached` row of this open reversal; false for any other row.
    bool applyAttachment(const AuditRecord& record);
    /// Every file attached as evidence, in order: its name, SHA-256 and where it was attached.
    const QList<CommsEntry<EvidenceAttached>>& attachments() const { return m_attachments; }
    /// Every message sent, in order.
    const QList<CommsEntry<events::CommsSent>>& commsSent() const { return m_commsSent; }
    /// The first message sent from template `templateId`, or nullptr: what ends it being owed.
    const CommsEntry<events::CommsSent>* firstSent(const QString& templateId) const;
    /// The newest draft of template `templateId` saved since it was last sent, or nullptr.
    const CommsEntry<events::CommsDraftSaved>* draft(const QString& templateId) const;
    /// The timeline entry of row `seq`, or nullptr.
    const TimelineEntry* entry(qint64 seq) const;
    /// Whether the entry of row `seq` can be retracted: an observation or a notification tick that
    /// still stands, in a reversal that is not closed.
    bool canRetract(qint64 seq) const;
    /// Whether entries of `kind` can ever be retracted (observations and notification ticks).
    static bool isRetractableKind(const QString& kind);
    /// The recorded observations that stand (not retracted), in the order recorded, at the rubric
    /// times they were given: what a fresh rubric engine is fed to rebuild the rubric after a retraction.
    QList<Observation> standingObservations() const;

    /// The data procedures begun, in the order they were begun, with every step recorded.
    const QList<DataProgress>& dataProcedures() const { return m_data; }
    /// The progress of one procedure, or nullptr when it was never begun.
    const DataProgress* dataProgress(const QString& procedureId) const;

    /// The kit's stages as worked in this reversal: gates, the rollback window, the recovery.
    const StageProgress& stages() const { return m_stages; }

    /// Number of SignalTriggered / SignalCleared events applied (for resuming the engine).
    int triggerEventCount() const { return m_transitionEvents; }

    /// Regulator triggers recorded (`regulator.trigger`): trigger id -> the instant of its row. Each once.
    const QMap<QString, QDateTime>& regulatorTriggers() const { return m_regulatorTriggers; }
    /// Submitted comms (`comms.sent`), in order: the template id and the instant of its row (the
    /// same rows as commsSent(), as the regulator clocks read them).
    QList<QPair<QString, QDateTime>> sentTemplates() const;
    /// The level as the LevelChanged rows (older logs: LevelEntered rows and de-escalations) say.
    /// Differs from levelCalledFor() only when a crash fell between a trigger or a decision and its
    /// LevelChanged row; resume() writes the missing row.
    Level recordedLevel() const { return m_recordedLevel; }
    /// The signal whose trigger last raised the level.
    QString levelSignal() const { return m_levelSignal; }

private:
    // One handler per kind: each checks that the event fits, changes the state, adds its line.
    bool on(const events::ReversalStarted& e, const AuditRecord& r);
    bool on(const events::ObservationRecorded& e, const AuditRecord& r);
    bool on(const events::SignalTriggered& e, const AuditRecord& r);
    bool on(const events::SignalCleared& e, const AuditRecord& r);
    bool on(const events::LevelEntered& e, const AuditRecord& r);
    bool on(const events::LevelChanged& e, const AuditRecord& r);
    bool on(const events::OwnerAcknowledged& e, const AuditRecord& r);
    bool on(const events::NotificationConfirmed& e, const AuditRecord& r);
    bool on(const events::DecisionRecorded& e, const AuditRecord& r);
    bool on(const events::DecisionRefused& e, const AuditRecord& r);
    bool on(const events::ActRefused& e, const AuditRecord& r);
    bool on(const events::OperatorChanged& e, const AuditRecord& r);
    bool on(const events::ReversalClosed& e, const AuditRecord& r);
    bool on(const events::EntryRetracted& e, const AuditRecord& r);
    bool on(const events::RegulatorTriggerRecorded& e, const AuditRecord& r);
    bool on(const events::DataProcedureStarted& e, const AuditRecord& r);
    bool on(const events::DataStepRecorded& e, const AuditRecord& r);
    bool on(const events::ImpactAnswered& e, const AuditRecord& r);
    // The stage rows (IncidentStages.cpp).
    bool on(const events::StageItemRecorded& e, const AuditRecord& r);
    bool on(const events::StageGateDecided& e, const AuditRecord& r);
    bool on(const events::StageWindowOpened& e, const AuditRecord& r);
    bool on(const events::StageWindowClosed& e, const AuditRecord& r);
    bool on(const events::StageHarmRecorded& e, const AuditRecord& r);
    bool on(const events::StageRelaunchDecided& e, const AuditRecord& r);
    bool on(const events::StagesLeftOpen& e, const AuditRecord& r);
    void reopenNotification(const events::NotificationConfirmed& tick);
    void recountObservations();

    Obligation* findObligation(qint64 id);
    TimelineEntry& addTimeline(const AuditRecord& record, events::IncidentEvent event);
    /// A decision row of an older version: its de-escalation set the incident's level directly.
    void applyLegacyLevel(const events::DecisionRecorded& e, const QDateTime& at, TimelineEntry& line);

    QString m_id, m_title, m_service, m_kitId;
    bool m_exercise = false;
    QDateTime m_startedAt;
    Operator m_operator;
    Level m_level = Level::Normal;
    Level m_recordedLevel = Level::Normal;
    QString m_levelSignal;
    QDateTime m_levelSince;
    std::optional<QDateTime> m_closedAt;
    QString m_closingSummary;
    QList<Obligation> m_obligations;
    QHash<QString, LastObservation> m_observations;
    QList<TimelineEntry> m_timeline;
    QList<ClickEntry> m_clicks;
    QList<CommsEntry<events::CommsSent>> m_commsSent;
    QHash<QString, CommsEntry<events::CommsDraftSaved>> m_drafts;
    QList<CommsEntry<EvidenceAttached>> m_attachments;
    QList<DataProgress> m_data;
    QHash<QString, ImpactAnswer> m_impact;
    StageProgress m_stages;
    int m_transitionEvents = 0;
    QMap<QString, QDateTime> m_regulatorTriggers;
};

} // namespace turnback
