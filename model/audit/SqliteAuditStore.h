#pragma once

#include "AuditRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

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

    /// Opens (creating the file when `access` is ReadWrite), applies the PRAGMAs, migrates.
    /// False with a plain-language errorString() on any failure; the connection is then removed.
    bool open(const QString& path, Access access, const Clock& clock);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString connectionName() const { return m_connectionName; }
    QString errorString() const { return m_error; }

    struct Head {
        qint64 seq = 0;
        QString hash; ///< empty for an empty log
    };
    /// The last row, read from the file (not a cache).
    std::optional<Head> head();

    /// Appending is two steps so the chain is computed against the head *inside* the write
    /// transaction: beginAppend() takes the write lock and reads the head; commitAppend() inserts
    /// the row and commits (durable on return). On failure both roll back.
    std::optional<Head> beginAppend();
    bool commitAppend(const AuditRecord& record);

    std::optional<qint64> count();
    std::optional<QList<AuditRecord>> records(qint64 fromSeq, int limit);
    std::optional<QList<AuditRecord>> recordsOfKind(const QString& kind, int limit);

private:
    struct Queries;
    bool fail(const QString& plainMessage);
    void rollback();

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    std::unique_ptr<Queries> m_queries; // prepared once; destroyed before the connection
    QString m_error;
};

} // namespace turnback
