#pragma once

#include "Incident.h"
#include "IncidentView.h"
#include "RubricEngine.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace turnback {

class AuditLog;
class AuditTrail;
class Clock;
struct AuditEvent;
struct AuditRecord;

/// What the operator fills in to start a reversal.
struct ReversalSetup {
    QString title;
    QString service;
    Operator op;
    bool exercise = false;
};

/// Works one reversal: turns what the operator does and what the rubric engine derives into
/// events, appends each to the audit log FIRST and only then applies it to the Incident
/// (docs/architecture.md, "The event log"). Time comes only from the injected clock. The same class drives the
/// GUI, `turnback-cli exercise run` and tests.
///
/// Events go through an AuditTrail: while the log cannot be written they wait in memory, in
/// order, with their original times, and the state changes only when they are recorded. The
/// rubric engine sees an observation only once it is recorded, so what it derives always rests
/// on the record.
class ReversalSession : public IncidentView {
    Q_OBJECT
public:
    /// `trail` (shared with the rest of the console) and `clock` must outlive the session; the kit is copied.
    ReversalSession(AuditTrail& trail, const Clock& clock, const Kit& kit, QObject* parent = nullptr);
    /// The same with a trail of its own over `log` (the command line, tests).
    ReversalSession(AuditLog& log, const Clock& clock, const Kit& kit, QObject* parent = nullptr);
    ~ReversalSession() override;

    /// Every action below returns true when its event was recorded. False with errorString() when
    /// it was refused (nothing is kept), or when the log could not take it now: then it waits in
    /// the trail (isWaitingForLog()) and is applied once written.

    /// Records ReversalStarted. False with errorString() when the setup is incomplete or the log refuses.
    bool start(const ReversalSetup& setup);
    /// Rebuilds a reversal from the log and catches up: transitions that fell due while the app
    /// was closed are recorded now, at their exact instants, so countdowns stay true.
    bool resume(const QString& incidentId);
    /// Ids of reversals that were started and not closed, oldest first.
    static QStringList openIncidentIds(const AuditLog& log);

    /// A sample of a measured signal (value required) or one occurrence (value ignored), observed
    /// now or, for an import, at `observedAt` (not in the future, not before the last observation).
    bool recordObservation(const QString& signalId, std::optional<double> value = std::nullopt,
                           std::optional<QDateTime> observedAt = std::nullopt);
    // ---- Importing many observations as one transaction (ObservationImport) -------------------
    /// Opens the batch: every observation added is chained into one transaction and none of them is
    /// on record, seen by the rubric or shown until commitImport(). Meanwhile tick() leaves the rubric
    /// where it is (what falls due is recorded once the import is in, at its exact instant) and the
    /// operator's actions are refused. False, with errorString(), when the log cannot take a batch now.
    bool beginImport();
    /// One observation of the batch, checked as recordObservation() checks it (a measured signal
    /// needs a finite number; in time order, not in the future). False with errorString(): then the
    /// whole batch is abandoned.
    bool addImportedObservation(const QString& signalId, std::optional<double> value, const QDateTime& observedAt);
    /// Commits the batch. False with errorString() when it could not be committed: then none of it is
    /// on record. Once committed, applyImported() shows the rows and feeds them to the rubric.
    bool commitImport();
    /// Drops the batch: none of its observations is recorded.
    void abandonImport();
    /// Applies up to `limit` committed rows, in order, to the incident and the rubric (whose
    /// transitions are recorded as they fall, at their exact instants), with one changed() for them
    /// all. Returns how many rows are still to apply.
    qsizetype applyImported(qsizetype limit);
    /// A batch is open or committed rows wait to be applied.
    bool isImporting() const;
    /// A row of this reversal that the fold does not read (an import's start and end): the running
    /// operator and reversal id, marked when an exercise. Its seq when on record now; nullopt, with
    /// errorString(), when it waits in the trail (written later, in order) or was refused.
    /// `actor`: who the row names; empty for the operator at the keyboard (the trainer's exercise.* rows
    /// name the trainer, not the participant who happens to hold the keyboard).
    std::optional<qint64> recordAside(const QString& kind, const QString& target, QJsonObject payload,
                                      const QString& actor = {});
    /// While set, every row the session writes carries `"scripted": true`: an exercise scenario's
    /// operator step played by the script, not done by a person (ExercisePlayhead). The name at the
    /// keyboard is the participant the script acts as; the mark says nobody in the room did it.
    void setScripted(bool scripted) { m_scripted = scripted; }
    bool isScripted() const { return m_scripted; }
    /// A comms message sent or a draft saved (docs/incident-events.md, "Comms"): recorded aside, then
    /// kept by the incident (Incident::commsSent, Incident::draft). False with errorString() when not on record.
    bool recordComms(const events::CommsSent& sent);
    bool recordComms(const events::CommsDraftSaved& draft);
    /// The audit log's newest row: what a message's log-head fingerprint names.
    qint64 logHeadSeq() const;
    QString logHeadHash() const;

    /// Moves the rubric to the clock's now and records whatever fell due (a "for" wait ending,
    /// a count leaving its window). Call it from a timer; cheap when nothing is due.
    bool tick();
    /// What recording this observation now would call for, asked of a copy of the engine (a dry
    /// run, nothing recorded): the triggers it would cause that raise the incident's level, highest
    /// level first. Empty when it raises nothing (or would be refused).
    QList<RubricTransition> levelRaisedBy(const QString& signalId, std::optional<double> value = std::nullopt) const;
    /// Takes back an observation or a notification tick recorded in error (row `seq`), with a
    /// reason: EntryRetracted is appended, the row itself stays. A retracted observation is out of
    /// what stands and the rubric is rebuilt without it (a signal that no longer holds is recorded
    /// as cleared); the level does not drop by itself. A retracted tick is open again.
    bool retract(qint64 seq, const QString& reason);
    bool acknowledge(qint64 obligationId);
    bool confirmNotification(qint64 obligationId, const QString& roleTold);
    /// `deEscalateTo` is required for Decision::DeEscalate: below what the item calls for, and not
    /// below what any other item still calls for (refused, naming that item). Obligation 0 stands
    /// the whole incident down (de-escalate only, with a reason) when no signal's decision is open,
    /// e.g. after the level was carried out and the signals cleared. A refusal is recorded
    /// (DecisionRefused, with the reason) and errorString() says it; a change of level is recorded
    /// as its own LevelChanged row (docs/incident-events.md, "The level rule").
    bool decide(qint64 obligationId, Decision decision, const QString& reason,
                std::optional<Level> deEscalateTo = std::nullopt);
    /// Begins one of the kit's data procedures (data.procedure.started); true at once when it was
    /// begun before, so the wizard carries on where it stopped.
    bool startDataProcedure(const QString& procedureId);
    /// Records the procedure's next step, done or blocked (data.step.recorded), refused as
    /// DataStepRules says (order, reason, checkpoint evidence, typed confirmation, second person).
    bool recordDataStep(events::DataStepRecorded step);
    bool changeOperator(const Operator& op);
    /// Records a regulator trigger ("became-aware", ...) at now: the clocks anchored to it start
    /// (docs/regulator-clocks.md). Each trigger is recorded once; a second time is refused.
    bool recordRegulatorTrigger(const QString& trigger);
    /// Records an answer to the kit's human-impact prompt `promptId` (impact.answered); a later
    /// answer supersedes this one and both stay in the log. An answer must fit the prompt's type
    /// (a number, one of its choices); `unknown` needs a reason instead of an answer.
    bool answerImpact(const QString& promptId, const QString& answer, bool unknown = false, const QString& reason = {});
    // ---- The kit's stages (ReversalSessionStages.cpp; docs/incident-events.md, "Stages") ----------
    /// Records a stage item: a gate met / not met, a window or recovery step done / blocked. Not met,
    /// blocked, and recording for the item's owner (`on_behalf_of`) need a reason; a window step needs
    /// the window open. A later record supersedes the earlier one; both stay. Refusals are ActRefused rows.
    bool recordStageItem(const QString& stageId, const QString& itemId, events::StageItemRecorded::Outcome outcome,
                         const QString& reason = {});
    /// The go / no-go of a pre-release stage; a go while any gate is not met (or not recorded) needs a
    /// reason, and the row lists those gates.
    bool decideGate(const QString& stageId, bool go, const QString& reason = {});
    /// Opens the kit's live rollback window, for its `window` length from now. Once a reversal.
    bool openWindow();
    /// Closes the window on record; before its time ran out only with a reason (`early`).
    bool closeWindow(const QString& reason = {});
    /// Records who was harmed (required), how many, for how long, what data, on the recovery stage; a
    /// second record corrects the one that stands (`corrects`), which stays in the log.
    bool recordHarm(const events::StageHarmRecorded& harm);
    /// The relaunch decision against the recovery stage's criteria (each judged; the kit's criteria
    /// not given are recorded as not met). A relaunch with any criterion not met needs a reason.
    bool decideRelaunch(bool relaunch, const QList<events::CriterionJudged>& criteria, const QString& reason = {});

    /// Refused while a required impact prompt is unanswered (unansweredRequiredPrompts()), naming it.
    /// With the recovery under way and unfinished (openRecovery()), refused without `stagesReason`; with
    /// it, a stage.left-open row naming what is open is written before the close.
    bool close(const QString& summary, const QString& stagesReason = {});

    const Incident& incident() const override { return m_incident; }
    const RubricEngine& engine() const override { return m_engine; }
    const Kit& kit() const override { return m_kit; }
    const Clock& clock() const override { return m_clock; }
    void catchUp() override { tick(); }
    bool canRecord() const override { return true; }
    QString errorString() const { return m_error; }

    /// When the rubric will next change by itself (absolute UTC), for a single-shot timer.
    std::optional<QDateTime> nextScheduledTransition() const;
    /// Whether events wait to be written (the log cannot take them now); retried on every tick().
    bool hasUnrecordedEvents() const;
    AuditTrail& trail() { return m_trail; }
    /// The audit log's file (the evidence store sits next to it).
    QString databasePath() const;

signals:
    /// An event could not be written; nothing was applied. The message is for the operator.
    void recordingFailed(const QString& message);

private:
    void onRecorded(const AuditRecord& record);
    bool fail(const QString& message);
    enum class Appended { Recorded, Pending, Refused };
    /// Recorded (and applied), held by the trail until the log can take it, or refused. The
    /// reversal's id and actor are the running ones unless given (ReversalStarted gives both).
    Appended appendEvent(const events::IncidentEvent& event, const QString& incidentId = {}, const QString& actor = {});
    /// What the operator reads when an event is not on record now: held (`pending`) or refused (`error`).
    QString unrecordedMessage(bool pending, const QString& error) const;
    /// The row for `event`: the running reversal's id and operator unless given, "exercise" marked.
    AuditEvent auditEventFor(const events::IncidentEvent& event, const QString& incidentId, const QString& actor) const;
    /// The checks of recordObservation(), and the event it records; nullopt with errorString().
    std::optional<events::ObservationRecorded> observationFor(const QString& signalId, std::optional<double> value,
                                                              std::optional<QDateTime> observedAt);
    /// appendEvent() for the operator's actions: true only when recorded; errorString() otherwise.
    bool append(const events::IncidentEvent& event);
    bool recordTransition(const RubricTransition& transition);
    bool standDown(events::DecisionRefused attempt);
    /// Records the refused attempt with why (and the item in the way), and fails with the reason.
    bool refuse(events::DecisionRefused attempt, events::Refusal why, const Obligation* blocking = nullptr);
    /// The same for an acknowledgement, a tick or a retraction: recorded with why, then fails with it.
    bool refuse(events::ActRefused attempt, events::ActRefusal why);
    /// A refused stage act, naming `subject` (the stage or "stage/item") and what the operator wrote.
    bool refuseStage(events::RefusedAct act, const QString& subject, const QString& reason, events::ActRefusal why,
                     const QStringList& unmet = {});
    /// Writes stage.left-open when closing would leave the recovery unfinished; false when refused.
    bool recordRecoveryLeftOpen(const QString& reason);
    /// Records the decision and, behind it, the change of level it makes (if any).
    bool recordDecision(const events::DecisionRecorded& decided, Level before, Level after, events::LevelCause cause);
    /// After a retraction of an observation is applied: the rubric rebuilt from what stands.
    void rebuildRubric(const events::EntryRetracted& retraction);
    Milliseconds engineTime(const QDateTime& at) const;
    QDateTime instant(Milliseconds engineTime) const;
    bool requireOpen();
    /// What the rubric derives from an observation on record (placed at its rubric time).
    QList<RubricTransition> observe(const events::ObservationRecorded& seen);

    /// A committed row of an import, kept until applyImported() shows it.
    struct ImportedRow {
        qint64 seq = 0;
        QString atUtc;
        events::ObservationRecorded event;
    };

    std::unique_ptr<AuditTrail> m_ownTrail;
    AuditTrail& m_trail;
    AuditLog& m_log;
    const Clock& m_clock;
    Kit m_kit;
    RubricEngine m_engine;
    Incident m_incident;
    QString m_startingId;                ///< the id of a ReversalStarted not yet recorded
    Milliseconds m_lastObservation{0};   ///< rubric time of the newest observation asked for
    Level m_queuedLevel = Level::Normal; ///< the level once everything waiting is written
    QString m_error;
    bool m_importOpen = false;
    bool m_scripted = false;
    Milliseconds m_lastBeforeImport{0}; ///< m_lastObservation when the batch began, restored if it is dropped
    QList<ImportedRow> m_imported;      ///< added to the batch; after the commit, still to apply
    qsizetype m_importApplied = 0;      ///< rows of m_imported already applied
};

} // namespace turnback
