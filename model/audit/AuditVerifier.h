#pragma once

#include "AttachmentCheck.h"
#include "AuditRecord.h"
#include "Checkpoint.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace turnback {

/// The outcome of re-walking an audit log's hash chain.
struct AuditVerification {
    enum class Problem {
        None,
        Changed,            ///< a row's content no longer matches its hash, or a row was replaced
        Deleted,            ///< rows are missing (a gap in seq, or a row chained to a row that is gone)
        Inserted,           ///< rows that were never written by the chain sit in it
        Reordered,          ///< rows were moved: a row was written after a row that now comes later
        Unreadable,         ///< no file, not an SQLite database, not an audit log, or a read error
        BadSignature,       ///< a checkpoint's signature does not verify, or names a key the log does not have
        CheckpointMismatch, ///< a signed head hash is not the hash of the row at its seq: the log was rewritten
        Truncated,          ///< a signed checkpoint (or the anchor) covers rows the log no longer has
        IncidentChain,      ///< an incident's own chain (audit_incident_chain) is broken
        AnchorMismatch,     ///< no checkpoint in the log matches the anchor: the log does not extend it
        PendingCheckpoint,  ///< a pending checkpoint names a head the log does not have, or is half signed
        Damaged,            ///< SQLite's own integrity check fails: a damaged page, a broken index
    };
    bool ok = false;
    qint64 count = 0;       ///< rows verified (all of them when ok)
    QString headHash;       ///< hash of the last verified row; 64 zeros for an empty log
    qint64 firstBadSeq = 0; ///< 0 when ok or Unreadable
    Problem problem = Problem::None;
    QString message; ///< one plain sentence naming the seq and what is wrong

    // Signed checkpoints (schema 2; all zero for a version 1 file).
    qint64 signedCheckpoints = 0;  ///< checkpoints whose signature and head were verified (both scopes)
    qint64 pendingCheckpoints = 0; ///< recorded but not signed yet: they prove nothing
    qint64 lastSignedSeq = 0;      ///< seq of the newest verified log checkpoint; 0 when none
    qint64 unsignedTail = 0;       ///< rows after lastSignedSeq: chained, not signed
    qint64 badCheckpointId = 0;    ///< the checkpoint a signature/head/truncation problem names
    QStringList keyIds;            ///< keys that signed the verified checkpoints
    /// Which key signed which seq range of log checkpoints, in order, one entry per run of one key:
    /// "key 50b524e3347c3adf signed seq 10 to 40". More than one entry: the key changed mid-log.
    QStringList keyRanges;
    QString tail;                ///< plain sentences: what can and cannot be proven about the end
    bool anchorVerified = false; ///< the anchor was given and this log extends it unchanged
    /// The files attached as evidence (evidence.attached rows), re-hashed; not part of `ok`, which
    /// speaks of the chain only. Empty when the file could not be read.
    AttachmentCheck attachments;
};

/// The outcome of verifying one incident's rows on their own (AuditVerifier::verifyIncident).
struct IncidentVerification {
    using Problem = AuditVerification::Problem;
    bool ok = false;
    QString incident;
    qint64 count = 0;               ///< rows verified
    QString headHash;               ///< incident_hash of the last row
    qint64 firstBadIncidentSeq = 0; ///< 0 when ok
    Problem problem = Problem::None;
    QString message;
    qint64 signedCheckpoints = 0;
    qint64 lastSignedIncidentSeq = 0; ///< newest incident_seq covered by a verified checkpoint
    /// A verified checkpoint covers the last row, and that row is the incident's ReversalClosed:
    /// nothing of the incident can be missing, nothing was changed.
    bool complete = false;
    QString tail; ///< plain sentences about what is and is not proven about the incident's end
};

/// What `audit verify` is asked to check beyond the file itself.
struct AuditVerifyOptions {
    /// "SEQ:FINGERPRINT" copied into a ticket earlier: the log must contain that signed checkpoint,
    /// unchanged, with every row up to its seq.
    std::optional<CheckpointAnchor> anchor;
    /// Called every 65,536 rows of the chain walk with the rows verified so far (a review window's
    /// progress bar; it runs on the verifying thread). Returning false stops the walk: the result is
    /// then Unreadable, "stopped at seq N".
    std::function<bool(qint64 rowsVerified)> progress;
};

/// Verifies an audit log file on its own, as an auditor would: opens it read-only (never creates
/// or modifies it), streams the rows in seq order through the sqlite3 C API with no per-row
/// allocation, and recomputes every hash; then checks the signed checkpoints. Safe to run while
/// Turnback is appending (WAL).
/// It is the independent SQLite verifier, deliberately not behind AuditStore (docs/audit-log.md,
/// "Storage"): it shares no code with the writer, so a bug in SqliteAuditStore cannot hide itself,
/// and the C API is what makes it fast. A store for another database comes with its own verifier.
/// (verifyIncident(path, incident) is the exception: it reads one incident through AuditLog.)
class AuditVerifier {
public:
    /// Re-walks the chain (and every incident chain), then checks every checkpoint: its signature
    /// with the key recorded in the log, and its head hash against the row at its seq. Then the anchor.
    static AuditVerification verify(const QString& databasePath, const AuditVerifyOptions& options = {});

    /// Proves one incident from its own rows alone (no other incident's rows needed): each row's
    /// hash, the incident chain 1..n, and every signed incident checkpoint among `checkpoints`
    /// against `keys`. `rows` with their incident-chain columns, as AuditLog::incidentRecords().
    static IncidentVerification verifyIncident(const QList<AuditRecord>& rows, const QList<RegisteredKey>& keys,
                                               const QList<Checkpoint>& checkpoints);
    /// The same, reading the incident's rows, its checkpoints and the keys from a log file (read-only).
    static IncidentVerification verifyIncident(const QString& databasePath, const QString& incident);

    /// verify() without the attached files: the chain, the incident chains, the checkpoints, the anchor.
    static AuditVerification verifyChain(const QString& databasePath, const AuditVerifyOptions& options = {});

    /// "changed", "deleted", ... for messages and the command line.
    static QString problemName(AuditVerification::Problem problem);
};

} // namespace turnback
