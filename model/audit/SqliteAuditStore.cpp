#include "SqliteAuditStore.h"

#include "AuditLogging.h"
#include "AuditSchema.h"
#include "SqlitePragmas.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace turnback {

namespace {

const QString kColumns = QStringLiteral("seq, at_utc, actor, kind, target, incident, payload, prev_hash, hash");

AuditRecord readRecord(const QSqlQuery& query) {
    AuditRecord r;
    r.seq = query.value(0).toLongLong();
    r.atUtc = query.value(1).toString();
    r.actor = query.value(2).toString();
    r.kind = query.value(3).toString();
    r.target = query.value(4).toString();
    r.incident = query.value(5).toString();
    r.payload = query.value(6).toString();
    r.prevHash = query.value(7).toString();
    r.hash = query.value(8).toString();
    return r;
}

/// True when SQLite opened the file read-only although we asked for read-write: it does that
/// silently for a write-protected file (chmod, chattr +i, a read-only mount).
bool isReadOnlyConnection(const QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto* sqlite = *static_cast<sqlite3* const*>(handle.data());
    return sqlite && sqlite3_db_readonly(sqlite, "main") == 1;
}

/// A null QString binds as SQL NULL; the columns are NOT NULL, and "" is what an absent value means.
QVariant text(const QString& value) {
    return value.isNull() ? QVariant(QString::fromLatin1("", 0)) : QVariant(value);
}

} // namespace

struct SqliteAuditStore::Queries {
    explicit Queries(const QSqlDatabase& db)
        : control(db)
        , head(db)
        , insert(db) {}
    QSqlQuery control; // BEGIN / COMMIT / ROLLBACK
    QSqlQuery head;
    QSqlQuery insert;
};

SqliteAuditStore::SqliteAuditStore(QString connectionName)
    : m_connectionName(std::move(connectionName)) {}

SqliteAuditStore::~SqliteAuditStore() {
    close();
}

void SqliteAuditStore::close() {
    // Every QSqlQuery and QSqlDatabase handle must be gone before removeDatabase(), or Qt warns
    // "connection is still in use" and keeps the file open.
    m_queries.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SqliteAuditStore::fail(const QString& plainMessage) {
    m_error = plainMessage;
    qCWarning(lcAudit).noquote() << plainMessage;
    close();
    return false;
}

bool SqliteAuditStore::open(const QString& path, Access access, const Clock& clock) {
    close();
    m_error.clear();
    if (path.isEmpty())
        return fail(QStringLiteral("No audit log file was given."));

    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(m_path);
    if (info.isDir())
        return fail(QStringLiteral("%1 is a folder, not an audit log file.").arg(shown));
    if (!info.exists()) {
        if (access == Access::ReadOnly)
            return fail(QStringLiteral("There is no audit log at %1.").arg(shown));
        const QString folder = info.absolutePath();
        if (!QDir().mkpath(folder))
            return fail(QStringLiteral("Cannot create the folder %1 for the audit log. Check that the location exists, "
                                       "is a folder, and that you may write there.")
                            .arg(QDir::toNativeSeparators(folder)));
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (access == Access::ReadOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open()) {
        const QString reason = m_db.lastError().databaseText();
        if (!info.exists())
            return fail(
                QStringLiteral("Cannot create the audit log %1: the folder is not writable (%2).").arg(shown, reason));
        return fail(QStringLiteral("Cannot open the audit log %1 (%2).").arg(shown, reason));
    }

    QString error;
    if (!SqlitePragmas::applyConnectionSettings(m_db, &error))
        return fail(QStringLiteral("Cannot open the audit log %1 (%2).").arg(shown, error));

    const AuditSchema::Inspection found = AuditSchema::inspect(m_db);
    switch (found.state) {
    case AuditSchema::State::Unreadable:
        return fail(QStringLiteral("%1 is not a Turnback audit log: SQLite cannot read it as a database (%2).")
                        .arg(shown, found.error));
    case AuditSchema::State::NotAnAuditLog:
        return fail(
            QStringLiteral("%1 is an SQLite database but not a Turnback audit log. It was left unchanged.").arg(shown));
    case AuditSchema::State::Newer:
        return fail(QStringLiteral("%1 was written by a newer Turnback (schema %2); this version reads up to %3. "
                                   "It was left unchanged: open it with a newer Turnback.")
                        .arg(shown)
                        .arg(found.version)
                        .arg(AuditSchema::currentVersion()));
    case AuditSchema::State::Empty:
    case AuditSchema::State::Older:
    case AuditSchema::State::Current:
        break;
    }

    if (access == Access::ReadOnly) {
        if (found.state == AuditSchema::State::Empty)
            return fail(QStringLiteral("%1 is empty: there is no audit log in it yet.").arg(shown));
        if (found.state == AuditSchema::State::Older)
            return fail(QStringLiteral("%1 uses an older audit log schema (%2) that must be upgraded before it can be "
                                       "read; open it once for writing.")
                            .arg(shown)
                            .arg(found.version));
    } else {
        if (isReadOnlyConnection(m_db))
            return fail(QStringLiteral("The audit log %1 is read-only (a write-protected file, folder or disk), so "
                                       "Turnback cannot record events in it. Make it writable, or open it read-only "
                                       "to review it.")
                            .arg(shown));
        if (!SqlitePragmas::applyDurableWrites(m_db, &error))
            return fail(QStringLiteral("Cannot make writes to the audit log %1 durable (%2).").arg(shown, error));
        if (found.state != AuditSchema::State::Current && !AuditSchema::migrate(m_db, clock, &error))
            return fail(
                QStringLiteral("Cannot prepare the audit log %1 (%2). Nothing in it was changed.").arg(shown, error));
    }

    m_queries = std::make_unique<Queries>(m_db);
    if (!m_queries->head.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) ||
        (access == Access::ReadWrite &&
         !m_queries->insert.prepare(QStringLiteral("INSERT INTO audit_log (%1) VALUES "
                                                   "(:seq, :at_utc, :actor, :kind, :target, :incident, "
                                                   ":payload, :prev_hash, :hash)")
                                        .arg(kColumns))))
        return fail(QStringLiteral("Cannot read the audit log %1 (%2).")
                        .arg(shown, m_queries->head.lastError().databaseText()));
    qCDebug(lcAudit) << "opened" << m_path << (access == Access::ReadOnly ? "read-only" : "read-write");
    return true;
}

std::optional<SqliteAuditStore::Head> SqliteAuditStore::head() {
    if (!m_queries)
        return std::nullopt;
    QSqlQuery& query = m_queries->head;
    if (!query.exec()) {
        m_error = QStringLiteral("Cannot read the audit log (%1).").arg(query.lastError().databaseText());
        return std::nullopt;
    }
    Head head;
    if (query.next()) {
        head.seq = query.value(0).toLongLong();
        head.hash = query.value(1).toString();
    }
    query.finish();
    return head;
}

void SqliteAuditStore::rollback() {
    if (m_queries && !m_queries->control.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcAudit) << "rollback:" << m_queries->control.lastError().databaseText();
}

std::optional<SqliteAuditStore::Head> SqliteAuditStore::beginAppend() {
    if (!m_queries) {
        m_error = QStringLiteral("The audit log is not open.");
        return std::nullopt;
    }
    if (!m_queries->control.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = QStringLiteral("Cannot write to the audit log %1 (%2). The event was not recorded.")
                      .arg(QDir::toNativeSeparators(m_path), m_queries->control.lastError().databaseText());
        return std::nullopt;
    }
    auto current = head();
    if (!current)
        rollback();
    return current;
}

bool SqliteAuditStore::commitAppend(const AuditRecord& r) {
    QSqlQuery& insert = m_queries->insert;
    insert.bindValue(QStringLiteral(":seq"), r.seq);
    insert.bindValue(QStringLiteral(":at_utc"), text(r.atUtc));
    insert.bindValue(QStringLiteral(":actor"), text(r.actor));
    insert.bindValue(QStringLiteral(":kind"), text(r.kind));
    insert.bindValue(QStringLiteral(":target"), text(r.target));
    insert.bindValue(QStringLiteral(":incident"), text(r.incident));
    insert.bindValue(QStringLiteral(":payload"), text(r.payload));
    insert.bindValue(QStringLiteral(":prev_hash"), text(r.prevHash));
    insert.bindValue(QStringLiteral(":hash"), text(r.hash));
    QString reason;
    if (!insert.exec())
        reason = insert.lastError().databaseText();
    else if (!m_queries->control.exec(QStringLiteral("COMMIT")))
        reason = m_queries->control.lastError().databaseText();
    insert.finish();
    if (reason.isEmpty())
        return true;
    rollback();
    m_error = QStringLiteral("Cannot write to the audit log %1 (%2). The event was not recorded.")
                  .arg(QDir::toNativeSeparators(m_path), reason);
    return false;
}

std::optional<qint64> SqliteAuditStore::count() {
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !query.next()) {
        m_error = QStringLiteral("Cannot read the audit log (%1).").arg(query.lastError().databaseText());
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<QList<AuditRecord>> SqliteAuditStore::records(qint64 fromSeq, int limit) {
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM audit_log WHERE seq >= :from ORDER BY seq LIMIT :limit").arg(kColumns));
    query.bindValue(QStringLiteral(":from"), fromSeq);
    query.bindValue(QStringLiteral(":limit"), limit < 0 ? -1 : limit);
    if (!query.exec()) {
        m_error = QStringLiteral("Cannot read the audit log (%1).").arg(query.lastError().databaseText());
        return std::nullopt;
    }
    QList<AuditRecord> result;
    while (query.next())
        result.append(readRecord(query));
    return result;
}

std::optional<QList<AuditRecord>> SqliteAuditStore::recordsOfKind(const QString& kind, int limit) {
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM audit_log WHERE kind = :kind ORDER BY seq LIMIT :limit").arg(kColumns));
    query.bindValue(QStringLiteral(":kind"), kind);
    query.bindValue(QStringLiteral(":limit"), limit < 0 ? -1 : limit);
    if (!query.exec()) {
        m_error = QStringLiteral("Cannot read the audit log (%1).").arg(query.lastError().databaseText());
        return std::nullopt;
    }
    QList<AuditRecord> result;
    while (query.next())
        result.append(readRecord(query));
    return result;
}

} // namespace turnback
