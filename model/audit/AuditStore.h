#pragma once

#include "AuditFault.h"
#include "AuditRecord.h"
#include "Checkpoint.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace turnback {

class Clock;

/// Where AuditLog keeps its rows (docs/audit-log.md, "Storage"): the seam between the hash chain,
/// which AuditLog computes, and the database that holds it. AuditLog knows nothing of SQL, PRAGMAs,
/// lock files or a backend's error codes; a store maps its own failures to an AuditFault and a
/// plain-language errorString(). SqliteAuditStore is the one implementation today.
///
/// Every read that can grow with the log pages through it (forEachIncidentRecord, records with a
/// limit): nothing on a review path loads a million rows at once. Methods that return std::optional
/// return std::nullopt on a failure, with errorString() and fault() set.
///
/// Writing has two shapes. An append is beginAppend() (takes the single-writer lock of the database
/// and reads the head inside that transaction), then commitAppend() (inserts the row and commits,
/// durably). A batch is beginAppend(), insertAppend() for each row, then commitWrite(). Checkpoints and
/// keys use beginWrite() ... commitWrite(). All roll back on failure.
class AuditStore {
public:
    enum class Access {
        ReadWrite, ///< create and migrate as needed; one writer per database
        ReadOnly,  ///< review only: never writes, never migrates
    };

    struct Head {
        qint64 seq = 0;
        QString hash; ///< empty for an empty log
    };
    struct IncidentHead {
        qint64 incidentSeq = 0; ///< 0 when the incident has no rows yet
        QString incidentHash;   ///< empty when it has none
    };
    /// Called with each row in order; return false to stop early.
    using RecordVisitor = std::function<bool(const AuditRecord&)>;
    static constexpr qint64 kDefaultPageSize = 1000;

    /// The store Turnback uses when none is given (SqliteAuditStore).
    static std::unique_ptr<AuditStore> createDefault();

    virtual ~AuditStore() = default;

    // ---- Opening ------------------------------------------------------------------------------
    /// Opens the database at `path` (creating it when `access` is ReadWrite), checks its integrity
    /// unless `checkIntegrity` is false (a reopen of a file this process just checked), and
    /// migrates the schema. ReadWrite also makes this the database's only writer until close().
    virtual bool open(const QString& path, Access access, const Clock& clock, bool checkIntegrity = true) = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    /// True when another live writer holds `path` (cheap: nothing is opened). `holder` gets who
    /// ("pid N on HOST") for the operator's message.
    virtual bool isLockedByAnotherWriter(const QString& path, QString* holder = nullptr) const = 0;
    /// A name for this store's connection, unique per instance, for tests and diagnostics.
    virtual QString connectionName() const = 0;

    virtual QString errorString() const = 0;
    /// What the last failure means for the operator, and its specifics for faultMessage().
    virtual AuditFault fault() const = 0;
    virtual QString faultDetail() const = 0;

    // ---- The chain ----------------------------------------------------------------------------
    /// The last row, read from the database (not a cache).
    virtual std::optional<Head> head() = 0;
    virtual std::optional<Head> beginAppend() = 0;
    /// Inserts the row and, when it belongs to an incident, its incident-chain columns; commits.
    virtual bool commitAppend(const AuditRecord& record) = 0;
    /// The same insert inside the open write transaction, without committing: a batch (many rows, one
    /// commitWrite(), all or none). False (the transaction rolled back) on a failure.
    virtual bool insertAppend(const AuditRecord& record) = 0;
    /// The last row of one incident's chain (read inside the write transaction when appending).
    virtual std::optional<IncidentHead> incidentHead(const QString& incident) = 0;

    // ---- Reads --------------------------------------------------------------------------------
    virtual std::optional<qint64> count() = 0;
    /// Rows with seq >= fromSeq in seq order, at most `limit` (-1: no limit). Keyset paging: the
    /// next page starts at the last seq + 1, so a page costs the same deep in the log as at its start.
    virtual std::optional<QList<AuditRecord>> records(qint64 fromSeq, int limit) = 0;
    virtual std::optional<QList<AuditRecord>> recordsOfKind(const QString& kind, int limit) = 0;
    /// One incident's rows in seq order (= incident_seq order) with their incident-chain columns,
    /// fetched `pageSize` rows at a time. The visitor runs between pages' reads, so it may use the
    /// store. False on a read error (the visitor may already have seen some rows); true when the
    /// rows ran out or the visitor stopped.
    virtual bool forEachIncidentRecord(const QString& incident, const RecordVisitor& visit,
                                       qint64 pageSize = kDefaultPageSize) = 0;
    /// Every incident that has a `startedKind` row, in the order started, with its first
    /// `closedKind` row if any. Reads those two kinds of rows only, never the whole log.
    virtual std::optional<QList<IncidentSummary>> incidentSummaries(const QString& startedKind,
                                                                    const QString& closedKind) = 0;
    /// Incidents with rows after `seq`, in order of their first such row.
    virtual std::optional<QStringList> incidentsChangedAfter(qint64 seq) = 0;
    /// A value of the log's own metadata ("database_id", ...); empty when absent.
    virtual std::optional<QString> metaValue(const QString& key) = 0;
    /// The guards the schema puts on the log (SQLite: the append-only triggers) that are missing or
    /// changed, one plain phrase each; empty when all stand. nullopt when they cannot be read.
    virtual std::optional<QStringList> guardProblems() = 0;

    // ---- Checkpoints and keys -----------------------------------------------------------------
    /// A plain write transaction for checkpoints and keys, with the same single-writer lock.
    virtual bool beginWrite() = 0;
    virtual bool commitWrite() = 0;
    virtual void rollback() = 0;

    virtual std::optional<QList<RegisteredKey>> signingKeys() = 0;
    virtual bool insertSigningKey(const RegisteredKey& key) = 0;
    /// Checkpoints in the order taken. `scope` and `incident` filter when given; `pendingOnly`
    /// keeps the unsigned ones.
    virtual std::optional<QList<Checkpoint>> checkpoints(std::optional<Checkpoint::Scope> scope = std::nullopt,
                                                         const QString& incident = {}, bool pendingOnly = false) = 0;
    /// The newest log-scope checkpoint (signed or pending); a default Checkpoint (id 0) when none.
    virtual std::optional<Checkpoint> latestLogCheckpoint(bool signedOnly = false) = 0;
    /// Inserts a checkpoint and sets its id.
    virtual bool insertCheckpoint(Checkpoint& checkpoint) = 0;
    /// Signs a pending checkpoint, once: a signed checkpoint never changes.
    virtual bool signCheckpoint(qint64 id, const QString& keyId, const QString& signatureHex,
                                const QString& signedAtUtc) = 0;
};

} // namespace turnback
