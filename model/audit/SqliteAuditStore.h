#pragma once

#include "AuditSchema.h"
#include "AuditStore.h"

#include <QSqlDatabase>

class QSqlError;
class QSqlQuery;

namespace turnback {

class SqliteWriterLock;

/// The SQLite AuditStore: every SQL statement the log runs lives here (and in AuditSchema), with
/// bound parameters; every PRAGMA in SqlitePragmas; SQLite's result codes become AuditFaults in
/// SqliteFaults; the one-writer rule is the lock file of SqliteWriterLock. Owns one named
/// QSqlDatabase connection, removed on close; use it from the thread that opened it.
/// (AuditVerifier reads the same file through the sqlite3 C API on its own, on purpose: an
/// independent reader that shares no code with this writer.)
///
/// Split by seam: SqliteAuditStore.cpp opens and appends, SqliteAuditReads.cpp reads rows,
/// SqliteCheckpointStore.cpp keeps checkpoints, keys and meta.
class SqliteAuditStore : public AuditStore {
public:
    /// `connectionName` empty: a unique "turnback-audit-N".
    explicit SqliteAuditStore(QString connectionName = {});
    ~SqliteAuditStore() override;
    SqliteAuditStore(const SqliteAuditStore&) = delete;
    SqliteAuditStore& operator=(const SqliteAuditStore&) = delete;

    /// Also: applies the PRAGMAs, checks integrity (integrity_check, or quick_check above 64 MiB),
    /// and for ReadWrite first takes the writer's lock file `<path>.lock`. On failure the connection
    /// is removed and the lock released.
    bool open(const QString& path, Access access, const Clock& clock, bool checkIntegrity = true) override;
    void close() override;
    bool isOpen() const override { return m_db.isOpen(); }
    bool isLockedByAnotherWriter(const QString& path, QString* holder = nullptr) const override;
    /// The QSqlDatabase connection name: tests reach the same connection through it.
    QString connectionName() const override { return m_connectionName; }
    QString errorString() const override { return m_error; }
    /// SQLite's words, the integrity check's first line, the other writer's "pid N on HOST".
    AuditFault fault() const override { return m_fault; }
    QString faultDetail() const override { return m_faultDetail; }

    std::optional<Head> head() override;
    std::optional<Head> beginAppend() override;
    bool commitAppend(const AuditRecord& record) override;
    bool insertAppend(const AuditRecord& record) override;
    std::optional<IncidentHead> incidentHead(const QString& incident) override;

    std::optional<qint64> count() override;
    std::optional<QList<AuditRecord>> records(qint64 fromSeq, int limit) override;
    std::optional<QList<AuditRecord>> recordsOfKind(const QString& kind, int limit) override;
    bool forEachIncidentRecord(const QString& incident, const RecordVisitor& visit,
                               qint64 pageSize = kDefaultPageSize) override;
    std::optional<QList<IncidentSummary>> incidentSummaries(const QString& startedKind,
                                                            const QString& closedKind) override;
    std::optional<QStringList> incidentsChangedAfter(qint64 seq) override;
    std::optional<QString> metaValue(const QString& key) override;
    std::optional<QStringList> guardProblems() override;

    bool beginWrite() override;
    bool commitWrite() override;
    void rollback() override;

    std::optional<QList<RegisteredKey>> signingKeys() override;
    bool insertSigningKey(const RegisteredKey& key) override;
    std::optional<QList<Checkpoint>> checkpoints(std::optional<Checkpoint::Scope> scope = std::nullopt,
                                                 const QString& incident = {}, bool pendingOnly = false) override;
    std::optional<Checkpoint> latestLogCheckpoint(bool signedOnly = false) override;
    bool insertCheckpoint(Checkpoint& checkpoint) override;
    bool signCheckpoint(qint64 id, const QString& keyId, const QString& signatureHex,
                        const QString& signedAtUtc) override;

private:
    struct Queries;
    bool openConnection(const QString& shownPath, Access access);
    bool makeWalFilesWritable(const QString& shownPath);
    bool checkSchema(const QString& shownPath, Access access, const AuditSchema::Inspection& found);
    bool checkIntegrity(const QString& shownPath);
    bool prepareQueries(const QString& shownPath, Access access);
    bool fail(AuditFault fault, const QString& detail, const QString& plainMessage);
    bool fail(const QSqlError& error, const QString& plainMessage);
    void setError(const QSqlError& error, const QString& plainMessage);
    void setNotOpen();
    bool readError(const QSqlQuery& query);
    /// Runs one page of a keyset read (the query binds :after and :limit) into `page`.
    bool readPage(QSqlQuery& query, qint64 afterSeq, qint64 limit, QList<AuditRecord>& page);

    QString m_connectionName;
    QString m_path;
    Access m_access = Access::ReadOnly;
    QSqlDatabase m_db;
    std::unique_ptr<Queries> m_queries; // prepared once; destroyed before the connection
    std::unique_ptr<SqliteWriterLock> m_writerLock;
    QString m_error;
    AuditFault m_fault = AuditFault::None;
    QString m_faultDetail;
};

} // namespace turnback
