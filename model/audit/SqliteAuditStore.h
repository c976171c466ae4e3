#pragma once

#include "AuditFault.h"
#include "AuditRecord.h"
#include "Checkpoint.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;
class QSqlError;

namespace turnback {

class Clock;

/// The SQLite storage behind AuditLog: every SQL statement the log runs lives here (and in
/// AuditSchema), with bound parameters. Owns one named QSqlDatabase connection, removed on
/// close. A PostgreSQL store would be a sibling class with the same shape.
class SqliteAuditStore {
public:
    enum class Access { ReadWrite, ReadOnly };

    explicit SqliteAuditStore(QString connectionName);
    ~SqliteAuditStore();
    SqliteAuditStore(const SqliteAuditStore&) = delete;
    SqliteAuditStore& operator=(const SqliteAuditStore&) = delete;

    /// Opens (creating the file when `access` is ReadWrite), applies the PRAGMAs, checks the file's
    /// integrity (unless `checkIntegrity` is false: a reopen of a file this process just checked),
    /// migrates. ReadWrite first takes the writer's lock file `<path>.lock` (one writer per
    /// database), held until close(). False with a plain-language errorString() and a fault() on
    /// any failure; the connection is then removed and the lock released.
    bool open(const QString& path, Access access, const Clock& clock, bool checkIntegrity = true);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString connectionName() const { return m_connectionName; }
    QString errorString() const { return m_error; }
    /// What the last failure means for the operator, and its specifics for faultMessage():
    /// SQLite's words, the integrity check's first line, the other writer's "pid N on HOST".
    AuditFault fault() const { return m_fault; }
    QString faultDetail() const { return m_faultDetail; }

    /// True when another live process holds the writer's lock file of `path` (checked without
    /// taking it, cheap: no database is opened). `holder` gets "pid N on HOST".
    static bool isLockedByAnotherWriter(const QString& path, QString* holder = nullptr);

    struct Head {
        qint64 seq = 0;
        QString hash; ///< empty for an empty log
    };
    /// The last row, read from the file (not a cache).
    std::optional<Head> head();

    /// Appending is two steps so the chain is computed against the head *inside* the write
    /// transaction: beginAppend() takes the write lock and reads the head; commitAppend() inserts
    /// the row (and its incident-chain row) and commits (durable on return). On failure both roll back.
    std::optional<Head> beginAppend();
    bool commitAppend(const AuditRecord& record);

    struct IncidentHead {
        qint64 incidentSeq = 0; ///< 0 when the incident has no rows yet
        QString incidentHash;   ///< empty when it has none
    };
    /// The last row of one incident's chain (read inside the write transaction when appending).
    std::optional<IncidentHead> incidentHead(const QString& incident);

    std::optional<qint64> count();
    std::optional<QList<AuditRecord>> records(qint64 fromSeq, int limit);
    std::optional<QList<AuditRecord>> recordsOfKind(const QString& kind, int limit);
    /// One incident's rows in incident_seq order (= seq order), with their incident-chain columns.
    std::optional<QList<AuditRecord>> incidentRecords(const QString& incident);

    /// A plain write transaction (BEGIN IMMEDIATE ... COMMIT) for checkpoints and keys.
    bool beginWrite();
    bool commitWrite();
    void rollback();

    std::optional<QString> metaValue(const QString& key);

    std::optional<QList<RegisteredKey>> signingKeys();
    bool insertSigningKey(const RegisteredKey& key);

    /// Checkpoints in id order. `scope` and `incident` filter when given; `pendingOnly` keeps the
    /// unsigned ones.
    std::optional<QList<Checkpoint>> checkpoints(std::optional<Checkpoint::Scope> scope = std::nullopt,
                                                 const QString& incident = {}, bool pendingOnly = false);
    /// The newest log-scope checkpoint (signed or pending); a default Checkpoint (id 0) when none.
    std::optional<Checkpoint> latestLogCheckpoint(bool signedOnly = false);
    /// Incidents with rows after `seq`, in order of their first such row.
    std::optional<QStringList> incidentsChangedAfter(qint64 seq);
    /// Inserts a checkpoint and sets its id.
    bool insertCheckpoint(Checkpoint& checkpoint);
    /// Signs a pending checkpoint (the schema lets a checkpoint be signed once and never changed).
    bool signCheckpoint(qint64 id, const QString& keyId, const QString& signatureHex, const QString& signedAtUtc);

private:
    struct Queries;
    bool fail(AuditFault fault, const QString& detail, const QString& plainMessage);
    bool fail(const QSqlError& error, const QString& plainMessage);
    void setError(const QSqlError& error, const QString& plainMessage);
    bool readError(const QSqlQuery& query);
    bool lockWriter(const QString& shownPath);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    std::unique_ptr<Queries> m_queries; // prepared once; destroyed before the connection
    std::unique_ptr<QLockFile> m_writerLock;
    QString m_error;
    AuditFault m_fault = AuditFault::None;
    QString m_faultDetail;
};

} // namespace turnback
