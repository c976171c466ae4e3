#pragma once

#include "KeyStore.h"
#include "Kit.h"
#include "OwedItems.h"
#include "ReversalSession.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace turnback {

class AuditLog;
class AuditSigner;
class IncidentFollower;
class IncidentView;
class AuditTrail;
class Clock;
struct Obligation;

/// One reversal as the start screen lists it: from its started and closed rows only.
struct ReversalListing {
    QString incident;
    QString title;
    QString service;
    QString kitId;
    bool exercise = false;
    QDateTime startedAt;
    QDateTime closedAt; ///< invalid while the reversal is open
    bool isOpen() const { return !closedAt.isValid(); }
};

/// Where signing stands, as data: what the console's status bar shows.
struct SigningStatus {
    bool hasKey = false;               ///< the log signs its checkpoints now
    qint64 waitingCheckpoints = 0;     ///< checkpoints recorded but not signed yet
    std::optional<qint64> signedToSeq; ///< the seq of the newest signed checkpoint
    QString problem;                   ///< why the keychain could not help; empty when it did or was not asked
    QStringList refused;               ///< pending checkpoints the signer refused, and why (one sentence each)

    /// No key, and the keychain said why: the operator is offered a key file.
    bool needsOperator() const { return !hasKey && !problem.isEmpty(); }
    /// Checkpoints wait and nothing can sign them.
    bool isUrgent() const { return !hasKey && waitingCheckpoints > 0; }
    bool operator==(const SigningStatus&) const = default;
};

/// What the console does, without a widget (docs/architecture.md, "Console"): it owns the audit
/// trail everything is recorded through, the kit in use, the reversal (start, resume, close), and
/// the signing key lookup. The main window is a view on it: it asks, and shows what it says. The
/// same class runs under tests with no screen.
///
/// Held events are retried, and the signing state re-read, every few seconds on the controller's
/// own timer: retrying costs nothing while nothing is held, and the signing state reads the
/// checkpoint table, which is not worth doing on every click.
class ConsoleController : public QObject {
    Q_OBJECT
public:
    /// `log` and `clock` must outlive the controller; `actor` is who is at the keyboard until a
    /// reversal names its operator.
    ConsoleController(AuditLog& log, const Clock& clock, const QString& actor, QObject* parent = nullptr);
    ~ConsoleController() override;

    AuditLog& log() const { return m_log; }
    AuditTrail& trail() const { return *m_trail; }
    const Clock& clock() const { return m_clock; }
    /// Who is at the keyboard: the reversal's current operator during a reversal and after it
    /// closes (nobody else took the keyboard), else the name the console was opened with.
    QString actor() const;

    /// Appends a console-level event through the trail, by the reversal's operator and into its
    /// incident while one runs. False when it could not be written now: it is then held, in order.
    bool record(const QString& kind, const QString& target, const QJsonObject& payload = {});
    /// Appends a console-level event (no incident) even while a reversal runs: a row *about* a reversal
    /// that is not part of its chain, such as the trainer's exercise.review (the reversal may be closed).
    /// False when this console does not write the log, or when it is held.
    bool recordConsoleLevel(const QString& kind, const QString& target, const QJsonObject& payload);

    /// Loads a kit with its overlays and records kit.loaded or kit.rejected. On failure the kit in
    /// use stays, and the problems come back one line each; empty on success.
    QStringList openKit(const QString& kitFile, const QStringList& overlayFiles = {});
    const Kit& kit() const { return m_kit; }
    bool hasKit() const { return !m_kit.id.isEmpty(); }
    QString kitFile() const { return m_kitFile; }
    QStringList overlayFiles() const { return m_overlayFiles; }

    /// The reversal on screen (running or closed), or nullptr.
    ReversalSession* session() const { return m_session.get(); }
    bool isReversalRunning() const;
    /// A kit is loaded, no reversal runs, and this console may write the log (a read-only console reviews).
    bool canStartReversal() const;
    /// Starts a reversal on the loaded kit. False with errorString() when it was not started.
    bool startReversal(const ReversalSetup& setup);
    /// Ids of reversals the log has that were started and not closed, oldest first.
    QStringList openReversalIds() const;
    /// Every reversal in the log, open and closed, live and exercise, newest first.
    QList<ReversalListing> reversals() const;
    /// The open reversals this console could resume with the loaded kit, newest first.
    QStringList resumableReversalIds() const;
    /// Resumes one of openReversalIds() with the loaded kit. False with errorString() when it cannot.
    bool resumeReversal(const QString& incidentId);
    /// Resumes the newest open reversal that was started with the loaded kit. False when there is none.
    /// When another console records into the log, follows it read-only instead (followReversal).
    bool resumeOpenReversal();
    /// Shows a reversal that another console records, as it grows, without writing (a follower).
    /// False with errorString() when it cannot be followed.
    bool followReversal(const QString& incidentId);
    /// The reversal this console follows, or nullptr.
    IncidentFollower* follower() const { return m_follower.get(); }
    /// The reversal on screen: the session this console records, else the one it follows; or nullptr.
    const IncidentView* shownReversal() const;
    /// The open obligations of the reversal on screen whose deadline has passed at the clock's now,
    /// oldest deadline first; none once it is closed. What the title and the overdue banner say.
    QList<Obligation> overdueObligations() const;
    /// What else the reversal on screen owes past its deadline: comms updates, regulator reports and
    /// stage items (OwedItems), oldest deadline first. The title and the banner count these too.
    QList<OwedItem> overdueOwedBeyondDecisions() const;
    /// Another console records into this log: this one only follows, and records nothing into it
    /// (not even its clicks, which would otherwise wait, "not yet recorded", for ever).
    bool isFollowingAnotherWriter() const;
    /// The log is BROKEN (AuditLog::isBroken): this console reviews nothing from it and records
    /// nothing into it; startNewLog() gets it recording again.
    bool isOnBrokenLog() const;
    /// Leaves a broken log as it is and records into a new file at `path` from now on (which must not
    /// exist yet: nothing is overwritten or mixed). Its first row says which log it follows and why.
    /// False with errorString() when it cannot; the broken log then stays open read-only.
    bool startNewLog(const QString& path);
    /// The log became writable again (the other console quit, the file was made writable): this
    /// console takes over as its writer and shows the open reversal as its own. Called every few
    /// seconds by the controller's timer; cheap while nothing changed. True when it took over.
    bool takeOverWhenWritable();
    /// Closes the running reversal with its summary. False with errorString() when it was not closed.
    bool closeReversal(const QString& summary);
    QString errorString() const { return m_error; }

    /// Looks for the signing key in the OS keychain (creating it on first use). Asynchronous: ends in
    /// signingStatusChanged(), and in keychainUnavailable() when the keychain cannot help.
    void startSigning();
    /// The signer, for the key file dialog. Created on first use.
    AuditSigner& signer();
    SigningStatus signingStatus() const { return m_signingStatus; }
    /// Re-reads the signing state; signingStatusChanged() when it differs from what was last said.
    void refreshSigningStatus();
    /// Records that the newest signed checkpoint's anchor ("SEQ:FINGERPRINT") was copied, and returns
    /// it for the clipboard. Empty (and nothing recorded) when nothing is signed yet.
    QString copyAnchor();

signals:
    void kitChanged();
    /// A reversal was started or resumed; it replaces the one shown before.
    void sessionAttached(turnback::ReversalSession* session);
    /// The reversal's incident changed (an event was applied).
    void sessionChanged();
    /// A reversal another console records is now shown, read-only.
    void followerAttached(turnback::IncidentFollower* follower);
    /// Events were held or written, or the reason they are held changed.
    void recordingStateChanged();
    /// An event was committed to the log.
    void eventRecorded();
    void signingStatusChanged(const turnback::SigningStatus& status);
    /// startSigning() could not use the keychain: `problem` says why, and what the operator can do.
    void keychainUnavailable(const QString& problem);
    /// The console records into its log now (it took over as writer, or started a new log).
    void writingStarted();

private:
    /// Starts or resumes (`begin`) a new session on the loaded kit and attaches it; `alreadyRunning`
    /// is the refusal while one runs.
    bool beginReversal(const QString& alreadyRunning, const std::function<bool(ReversalSession&)>& begin);
    void attachSession(std::unique_ptr<ReversalSession> session);
    void onSignerFinished(KeyStore::Status status, const QString& message);
    /// The follower's reversal (or the newest open one) becomes this console's session.
    void resumeAsWriter();
    bool fail(const QString& message);

    AuditLog& m_log;
    AuditTrail* m_trail = nullptr;
    const Clock& m_clock;
    QString m_actor;
    Kit m_kit;
    QString m_kitFile;
    QStringList m_overlayFiles;
    std::unique_ptr<ReversalSession> m_session;
    std::unique_ptr<IncidentFollower> m_follower;
    AuditSigner* m_signer = nullptr;
    bool m_signingStarted = false; ///< a startSigning() awaits its answer
    QString m_signingProblem;
    SigningStatus m_signingStatus;
    QTimer* m_retryTimer = nullptr;
    QString m_error;
};

} // namespace turnback
