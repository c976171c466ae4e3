#pragma once

#include "AuditFault.h"
#include "AuditRecord.h"
#include "Checkpoint.h"
#include "SigningWitness.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace turnback {

class Clock;
class SigningKey;
class AuditStore;

/// The append-only, hash-chained audit log (docs/architecture.md; format in docs/audit-log.md).
/// Every event is appended here first and only then applied to the incident.
/// AuditLog computes the chains and checkpoints; where the rows live is its AuditStore's business
/// (docs/audit-log.md, "Storage"): SqliteAuditStore by default, which owns one named QSqlDatabase
/// connection, unique per instance; use the log from the thread that opened it. One writer per
/// database: opening for writing makes this log its only writer (SQLite: the lock file
/// `<db>.lock`), so a second AuditLog (in this process or another) cannot record into the same file.
/// The app appends through AuditTrail, which holds events in memory while the log cannot be written.
class AuditLog {
public:
    enum class Access {
        ReadWrite, ///< create and migrate as needed; append
        ReadOnly,  ///< review only: opens with SQLite's read-only flag (as a "mode=ro" URI does), never writes
    };

    /// A log kept in the default store (SQLite).
    explicit AuditLog(const Clock& clock);
    /// A log kept in `store` (not open yet; the log opens it).
    AuditLog(const Clock& clock, std::unique_ptr<AuditStore> store);
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    /// Opens the log through its store, which creates folders and the file as needed, checks the
    /// file's integrity and migrates the schema (SqliteAuditStore: PRAGMA integrity_check, or
    /// quick_check above 64 MiB). ReadWrite makes this the log's only writer until close()
    /// (SqliteAuditStore: the lock file `<path>.lock`). False, with a plain-language errorString() and a
    /// lastFault(), on any failure: an unwritable folder, a file that is not a database or not an
    /// audit log, a damaged file, a schema newer than this build (the file is left unchanged), a
    /// read-only file opened for writing, another Turnback recording into it.
    bool open(const QString& path, Access access = Access::ReadWrite);
    /// What the console does: open for writing; if another Turnback is recording into the file, or
    /// the file cannot be written, open it read-only instead so it can be reviewed. True when open
    /// either way: isReadOnly() says which, readOnlyReason() why, lastFault() the fault.
    bool openForConsole(const QString& path);
    /// The console's check (openForConsole and every reopenForWriting after it; docs/audit-log.md,
    /// "The console on a broken log"): the schema's guards must stand and the chain must hash, from
    /// the newest checkpoint a registered key signed (or seq 1) to the head. When either fails the
    /// log is BROKEN: open read-only for good (reopenForWriting refuses), lastFault() Broken,
    /// readOnlyReason() says where and why. Nothing is written to a broken log.
    bool isBroken() const { return m_brokenSeq >= 0; }
    /// The first seq not as written (or the head, when only the guards are gone); -1 while intact.
    qint64 brokenSeq() const { return m_brokenSeq; }
    /// Why it is broken, without the seq: "the guard audit_log_no_update was dropped", ...
    QString brokenWhy() const { return m_brokenWhy; }
    /// Writing again after a fault: when open read-only by openForConsole, or closed after a failed
    /// read-write open (not after close()), tries read-write on the same path. Cheap while another writer still holds
    /// the lock (nothing is reopened); keeps the read-only view when it fails. Does not retry a file
    /// that is damaged, newer or not an audit log (the operator must act). True when writable.
    bool reopenForWriting();
    /// Closes on purpose: releases the writer's lock; reopenForWriting() then leaves it closed.
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return isOpen() && m_access == Access::ReadOnly; }
    /// Why a log that was meant for writing is open read-only (faultMessage() of the fault that
    /// made openForConsole fall back); empty when writable or when read-only was asked for.
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    /// The fault behind the last open(), openForConsole(), reopenForWriting() or append():
    /// AuditFault::None after a success. While openForConsole's read-only fallback is in force it
    /// stays the reason (LockedByAnotherWriter or ReadOnly).
    AuditFault lastFault() const { return m_fault; }
    /// The operator's message for lastFault() (see turnback::faultMessage); empty for None.
    QString faultMessage() const;
    const Clock& clock() const { return m_clock; }
    /// The store's connection name, for tests and diagnostics (unique per instance; for SQLite the
    /// QSqlDatabase connection name).
    QString connectionName() const;

    /// Appends one event with the time from the clock. Durable (committed with synchronous=FULL)
    /// before it returns. On failure returns std::nullopt and sets errorString(); the head does not
    /// advance. Actor and kind must not be empty.
    std::optional<AuditRecord> append(const AuditEvent& event);
    /// Appends with an explicit time: the time the event happened, for an event that could not be
    /// written then (AuditTrail retrying after a fault). The row keeps that original time, so at_utc
    /// may then be earlier than the row before it; seq order is the order of recording.
    std::optional<AuditRecord> append(const AuditEvent& event, const QDateTime& atUtc);

    // ---- Batches: many rows, one transaction (docs/audit-log.md, "Batches") -------------------
    /// Opens one write transaction for many events (an observation import). appendToBatch() chains
    /// each row exactly as append() would, but none of them is in the file until commitBatch():
    /// rollbackBatch(), a failed commit or a crash before it leaves none of them (SQLite discards an
    /// uncommitted transaction). While a batch is open, append() and checkpoint() refuse: AuditTrail
    /// holds what comes meanwhile. False, with errorString(), when the log cannot be written.
    bool beginBatch();
    /// The row as it will be committed. On failure the whole batch is rolled back (isBatchOpen() false).
    std::optional<AuditRecord> appendToBatch(const AuditEvent& event, const QDateTime& atUtc);
    /// Commits every row of the batch at once, durably; then takes the checkpoint the rows call for.
    /// False, with errorString(), when the commit failed: then none of the rows is in the file.
    bool commitBatch();
    void rollbackBatch();
    bool isBatchOpen() const { return m_batch != nullptr; }

    qint64 count() const;     ///< rows in the table; -1 if unreadable
    QString headHash() const; ///< hash of the last row; the genesis hash for an empty log
    qint64 headSeq() const;   ///< seq of the last row; 0 for an empty log
    /// Rows with seq >= fromSeq, ordered by seq, at most `limit` (-1: all of them: not on a path a
    /// long log is reviewed on; page with a limit, or use forEachRecord). Keyset paging on seq: the
    /// next page is records(last.seq + 1, limit).
    QList<AuditRecord> records(qint64 fromSeq = 1, int limit = -1) const;
    QList<AuditRecord> recordsOfKind(const QString& kind, int limit = -1) const;

    /// Called with each row in order; returns false to stop.
    using RecordVisitor = std::function<bool(const AuditRecord&)>;
    static constexpr qint64 kDefaultPageSize = 1000;
    /// Visits the rows from `fromSeq` on in seq order, read `pageSize` rows at a time, so a review
    /// of a million events holds one page in memory. False (with errorString()) on a read error;
    /// true when the rows ran out or the visitor stopped.
    bool forEachRecord(qint64 fromSeq, const RecordVisitor& visit, qint64 pageSize = kDefaultPageSize) const;
    /// Visits one incident's rows (with their incident-chain columns) in order, a page at a time.
    /// False (with errorString()) on a read error; true when the rows ran out or the visitor stopped.
    bool forEachIncidentRecord(const QString& incident, const RecordVisitor& visit,
                               qint64 pageSize = kDefaultPageSize) const;
    /// Every reversal in the log, in the order started: its id, started and closed rows' times,
    /// the started row's payload. Reads those rows only (the kind index), not the whole log. Empty,
    /// with errorString(), when unreadable.
    QList<IncidentSummary> incidentSummaries() const;

    /// The bytes a row contributes to its hash, as documented in docs/audit-log.md: netstrings
    /// "<UTF-8 byte length>:<UTF-8 bytes>," of seq (decimal), at_utc, actor, kind, target,
    /// incident, payload, in that order.
    static QByteArray canonicalBytes(const AuditRecord& r);
    /// Lowercase hex SHA-256 of prevHash's 64 ASCII characters followed by canonicalBytes(r).
    static QString computeHash(const QString& prevHash, const AuditRecord& r);
    /// prev_hash of seq 1: 64 zeros.
    static QString genesisHash();
    /// The payload as stored: compact JSON, keys sorted (as QJsonDocument::Compact writes them).
    static QString canonicalPayload(const QJsonObject& payload);

    // ---- Signed checkpoints (docs/audit-log.md, "Signed checkpoints") ------------------------
    // A checkpoint signs the head: automatically every checkpointInterval() events and right after a
    // "ReversalClosed" event; explicitly through checkpoint() (the UI calls it on quit). Each one
    // also signs the head of every incident that changed since the last one. Without a signing key
    // (no keychain yet, or a locked one) checkpoints are recorded *pending* and signed as soon as
    // setSigningKey() gives a key: recording never waits for the keychain.

    static constexpr int kDefaultCheckpointInterval = 100;
    /// Events between automatic checkpoints; 0 turns the interval off (closing and explicit
    /// checkpoints still happen).
    void setCheckpointInterval(int events);
    int checkpointInterval() const { return m_checkpointInterval; }

    /// Records a checkpoint of the current head (signed if a key is set, else pending). `reason` is
    /// stored next to it ("quit", "reversal-closed", "interval", "cli", ...). True when recorded, and
    /// also when the newest checkpoint already covers the head (nothing new to sign). False with
    /// errorString() when the log is closed, read-only, or the write fails.
    bool checkpoint(const QString& reason);

    /// Gives the log the key to sign with. First recomputes the chain (SigningWitness: from the newest
    /// checkpoint this key signed, or from seq 1); a broken chain is never signed: false, with
    /// errorString() saying where, and the key is not used. Then registers its public half in the
    /// signing_key table (`storage`: "keychain" or "file", where the private half lives) if it is not
    /// there yet, and signs every pending checkpoint whose head is one the chain has; the others are
    /// refused (refusedCheckpoints()), never signed. False with errorString() if the database refuses.
    /// docs/audit-log.md, "What the signer checks before it signs".
    bool setSigningKey(std::shared_ptr<const SigningKey> key, const QString& storage);
    void clearSigningKey();
    /// Pending checkpoints the last setSigningKey() or checkpoint() refused to sign, one plain
    /// sentence each: "checkpoint 7 (seq 5000): seq 5000 is past the head of the log (seq 18)".
    QStringList refusedCheckpoints() const { return m_refused; }
    /// Pending checkpoints the last setSigningKey() signed.
    qint64 lastSignedCount() const { return m_lastSignedCount; }
    bool hasSigningKey() const { return m_key != nullptr; }
    /// The key that signs this log's checkpoints (nullptr while none is set): an evidence pack's
    /// manifest is signed with it too.
    std::shared_ptr<const SigningKey> signingKey() const { return m_key; }
    QString signingKeyId() const;

    /// The meta.database_id UUID: scopes the keychain entry to this log.
    QString databaseId() const { return m_databaseId; }
    /// Public keys registered in this log, oldest first.
    QList<RegisteredKey> signingKeys() const;
    /// Checkpoints not signed yet.
    qint64 pendingCheckpointCount() const;
    /// The newest log-scope checkpoint (signed or pending); nullopt when there is none.
    std::optional<Checkpoint> latestCheckpoint() const;
    /// The newest log checkpoint this log can vouch for: signed by a key it registers (the
    /// signature verifies), at or below the head, its row still holding that hash. What "signed to
    /// seq N" may say; a forged or far-ahead checkpoint row never is. nullopt when there is none.
    std::optional<Checkpoint> latestVouchedCheckpoint() const;
    /// The newest *signed* log-scope checkpoint: the one whose anchor() to copy into a ticket.
    std::optional<Checkpoint> latestSignedCheckpoint() const;
    /// Every checkpoint, both scopes, in the order taken.
    QList<Checkpoint> checkpoints() const;
    /// One incident's checkpoints, and its rows with their incident-chain columns: with the
    /// signing keys, what proves that incident on its own (AuditVerifier::verifyIncident).
    QList<Checkpoint> incidentCheckpoints(const QString& incident) const;
    /// All of one incident's rows at once (read through forEachIncidentRecord); for an incident
    /// that may be long, visit it instead.
    QList<AuditRecord> incidentRecords(const QString& incident) const;

    /// The short fingerprint to copy into a ticket ("ab12-cd34-ef56-7890"); empty while pending.
    static QString checkpointFingerprint(const Checkpoint& checkpoint) { return checkpoint.fingerprint(); }

private:
    bool openStore(const QString& path, Access access, bool checkIntegrity);
    /// The console's check on the open store; false (and m_brokenSeq, m_brokenWhy) when broken.
    bool passesConsoleCheck();
    /// After a failed check: the store reopened read-only, the fault Broken. False if that failed.
    bool keepBrokenReadOnly();
    void closeStore();
    void setFault(AuditFault fault, const QString& detail);
    void sign(Checkpoint& checkpoint, const QString& signedAtUtc) const;
    qint64 signPendingCheckpoints(const QList<Checkpoint>& pending);
    bool witnessChain(const QList<Checkpoint>& pending, const SigningKey& key);
    bool recordCheckpoints(QList<Checkpoint>& made, const QString& reason);
    void checkpointAfterAppend(const AuditRecord& record);

    /// Copies the store's error and fault into this log's; returns false for `return fail...`.
    bool takeStoreFault();
    /// False, with errorString() and a fault, when nothing can be appended now (closed, read-only,
    /// a batch open) or the event lacks an actor, a kind or a valid time.
    bool canAppend(const AuditEvent& event, const QDateTime& atUtc);
    /// The row for `event` at `atUtc`, chained on (`headSeq`, `headHash`), its incident chain left empty.
    static AuditRecord chainedRecord(const AuditEvent& event, const QDateTime& atUtc, qint64 headSeq,
                                     const QString& headHash);

    struct Batch;
    std::unique_ptr<Batch> m_batch; ///< the open batch's head, incident heads and witness before it

    const Clock& m_clock;
    std::unique_ptr<AuditStore> m_store;
    Access m_access = Access::ReadWrite;
    QString m_path;
    mutable QString m_error;
    AuditFault m_fault = AuditFault::None;
    QString m_faultDetail;
    QString m_readOnlyReason;
    bool m_consoleCheck = false; ///< opened by openForConsole: every reopen for writing checks the chain again
    SigningWitness m_openCheck;  ///< the console's check, incremental across reopens of the same file
    qint64 m_brokenSeq = -1;
    QString m_brokenWhy;
    bool m_wantsWriting = false; ///< opened for writing, or by openForConsole: reopenForWriting() may try
    qint64 m_headSeq = 0;
    QString m_headHash;
    QString m_databaseId;
    int m_checkpointInterval = kDefaultCheckpointInterval;
    qint64 m_lastCheckpointSeq = 0;
    std::shared_ptr<const SigningKey> m_key;
    SigningWitness m_witness; ///< the chain as this process recomputed it: what the key may vouch for
    QStringList m_refused;
    qint64 m_lastSignedCount = 0;
};

} // namespace turnback
