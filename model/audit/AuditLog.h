#pragma once

#include "AuditRecord.h"
#include "Checkpoint.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace turnback {

class Clock;
class SigningKey;
class SqliteAuditStore;

/// The append-only, hash-chained audit log (DESIGN.md section 6; format in docs/audit-log.md).
/// Every event is appended here first and only then applied to the incident (section 3).
/// Not a QObject; owns one named QSqlDatabase connection, unique per instance; use it from the
/// thread that opened it. A single writer: one AuditLog per file per process.
class AuditLog {
public:
    enum class Access {
        ReadWrite, ///< create and migrate as needed; append
        ReadOnly,  ///< review only: opens with SQLite's read-only flag (as a "mode=ro" URI does), never writes
    };

    explicit AuditLog(const Clock& clock);
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    /// Creates folders and the file as needed and migrates the schema. False, with a
    /// plain-language errorString(), on any failure: an unwritable folder, a file that is not a
    /// database or not an audit log, a schema newer than this build (the file is left unchanged),
    /// a read-only file opened for writing.
    bool open(const QString& path, Access access = Access::ReadWrite);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return isOpen() && m_access == Access::ReadOnly; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    /// The QSqlDatabase connection name, for tests and diagnostics (unique per instance).
    QString connectionName() const { return m_connectionName; }

    /// Appends one event with the time from the clock. Durable (committed with synchronous=FULL)
    /// before it returns. On failure returns std::nullopt and sets errorString(); the head does not
    /// advance. Actor and kind must not be empty.
    std::optional<AuditRecord> append(const AuditEvent& event);

    qint64 count() const;     ///< rows in the table; -1 if unreadable
    QString headHash() const; ///< hash of the last row; the genesis hash for an empty log
    qint64 headSeq() const;   ///< seq of the last row; 0 for an empty log
    QList<AuditRecord> records(qint64 fromSeq = 1, int limit = -1) const; ///< ordered by seq
    QList<AuditRecord> recordsOfKind(const QString& kind, int limit = -1) const;

    /// The bytes a row contributes to its hash, as documented in docs/audit-log.md: netstrings
    /// "<UTF-8 byte length>:<UTF-8 bytes>," of seq (decimal), at_utc, actor, kind, target,
    /// incident, payload, in that order.
    static QByteArray canonicalBytes(const AuditRecord& r);
    /// Lowercase hex SHA-256 of prevHash's 64 ASCII characters followed by canonicalBytes(r).
    static QString computeHash(const QString& prevHash, const AuditRecord& r);
    /// ISO 8601 UTC with milliseconds and Z: 2026-11-26T18:06:11.123Z
    static QString formatUtc(const QDateTime& utc);
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

    /// Gives the log the key to sign with. Registers its public half in the signing_key table
    /// (`storage`: "keychain" or "file", where the private half lives) if it is not there yet, then
    /// signs every pending checkpoint. False with errorString() if the database refuses; the key is
    /// then not used.
    bool setSigningKey(std::shared_ptr<const SigningKey> key, const QString& storage);
    void clearSigningKey();
    bool hasSigningKey() const { return m_key != nullptr; }
    QString signingKeyId() const;

    /// The meta.database_id UUID: scopes the keychain entry to this log.
    QString databaseId() const { return m_databaseId; }
    /// Public keys registered in this log, oldest first.
    QList<RegisteredKey> signingKeys() const;
    /// Checkpoints not signed yet.
    qint64 pendingCheckpointCount() const;
    /// The newest log-scope checkpoint (signed or pending); nullopt when there is none.
    std::optional<Checkpoint> latestCheckpoint() const;
    /// The newest *signed* log-scope checkpoint: the one whose anchor() to copy into a ticket.
    std::optional<Checkpoint> latestSignedCheckpoint() const;
    /// Every checkpoint, both scopes, in the order taken.
    QList<Checkpoint> checkpoints() const;
    /// One incident's checkpoints, and its rows with their incident-chain columns: with the
    /// signing keys, what proves that incident on its own (AuditVerifier::verifyIncident).
    QList<Checkpoint> incidentCheckpoints(const QString& incident) const;
    QList<AuditRecord> incidentRecords(const QString& incident) const;

    /// The short fingerprint to copy into a ticket ("ab12-cd34-ef56-7890"); empty while pending.
    static QString checkpointFingerprint(const Checkpoint& checkpoint) { return checkpoint.fingerprint(); }

private:
    void sign(Checkpoint& checkpoint, const QString& signedAtUtc) const;
    qint64 signPendingCheckpoints();
    void checkpointAfterAppend(const AuditRecord& record);

    const Clock& m_clock;
    QString m_connectionName;
    std::unique_ptr<SqliteAuditStore> m_store;
    Access m_access = Access::ReadWrite;
    QString m_path;
    mutable QString m_error;
    qint64 m_headSeq = 0;
    QString m_headHash;
    QString m_databaseId;
    int m_checkpointInterval = kDefaultCheckpointInterval;
    qint64 m_lastCheckpointSeq = 0;
    std::shared_ptr<const SigningKey> m_key;
};

} // namespace turnback
