#include "SqliteAuditStore.h"

#include "AuditLogging.h"
#include "AuditSchema.h"
#include "SqlitePragmas.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QVariant>

#include <sqlite3.h>

namespace turnback {

namespace {

const QString kColumns = QStringLiteral("seq, at_utc, actor, kind, target, incident, payload, prev_hash, hash");
/// A row with its incident-chain columns (NULL for console-level events).
const QString kSelectRecords =
    QStringLiteral("SELECT l.seq, l.at_utc, l.actor, l.kind, l.target, l.incident, l.payload, l.prev_hash, l.hash,"
                   " c.incident_seq, c.incident_prev_hash, c.incident_hash"
                   " FROM audit_log l LEFT JOIN audit_incident_chain c ON c.seq = l.seq");
const QString kCheckpointColumns = QStringLiteral(
    "id, scope, incident, seq, head_hash, at_utc, clock_source, reason, key_id, signature, signed_at_utc");

QString scopeName(Checkpoint::Scope scope) {
    return scope == Checkpoint::Scope::Log ? QStringLiteral("log") : QStringLiteral("incident");
}

Checkpoint readCheckpoint(const QSqlQuery& query) {
    Checkpoint c;
    c.id = query.value(0).toLongLong();
    c.scope = query.value(1).toString() == u"incident" ? Checkpoint::Scope::Incident : Checkpoint::Scope::Log;
    c.incident = query.value(2).toString();
    c.seq = query.value(3).toLongLong();
    c.headHash = query.value(4).toString();
    c.atUtc = query.value(5).toString();
    c.clockSource = query.value(6).toString();
    c.reason = query.value(7).toString();
    c.keyId = query.value(8).toString();
    c.signature = query.value(9).toString();
    c.signedAtUtc = query.value(10).toString();
    return c;
}

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
    r.incidentSeq = query.value(9).toLongLong();
    r.incidentPrevHash = query.value(10).toString();
    r.incidentHash = query.value(11).toString();
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

const QString kLockSuffix = QStringLiteral(".lock");

/// SQLite's result code for a message, when a helper passed on only the words: SQLite's own text
/// for each code (sqlite3_errstr) is what sqlite3_errmsg says for it.
int codeOf(const QString& message) {
    for (const int code : {SQLITE_FULL, SQLITE_READONLY, SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CORRUPT,
                           SQLITE_NOTADB, SQLITE_CANTOPEN, SQLITE_IOERR}) {
        if (message == QString::fromUtf8(sqlite3_errstr(code)))
            return code;
    }
    return message.isEmpty() ? SQLITE_OK : SQLITE_ERROR;
}

/// What an SQLite result code (primary or extended) means for the operator.
AuditFault faultOf(int code) {
    switch (code & 0xff) {
    case SQLITE_OK:
        return AuditFault::None;
    case SQLITE_FULL:
        return AuditFault::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return AuditFault::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return AuditFault::Busy;
    case SQLITE_CORRUPT:
        return AuditFault::Corrupt;
    case SQLITE_NOTADB:
        return AuditFault::NotAnAuditLog;
    case SQLITE_CANTOPEN:
        return AuditFault::Unopenable;
    default:
        return AuditFault::Other;
    }
}

AuditFault faultOf(const QString& message) {
    return faultOf(codeOf(message));
}

/// QSqlError::nativeErrorCode() is SQLite's result code as text ("13" for a full disk).
AuditFault faultOf(const QSqlError& error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && code != SQLITE_OK ? faultOf(code) : faultOf(error.databaseText());
}

/// "pid 4242 on console-7" for the process holding a lock file.
QString lockHolder(const QLockFile& lock) {
    qint64 pid = 0;
    QString host, program;
    if (!lock.getLockInfo(&pid, &host, &program))
        return QStringLiteral("a process that just let go");
    return host.isEmpty() ? QStringLiteral("pid %1").arg(pid) : QStringLiteral("pid %1 on %2").arg(pid).arg(host);
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
        , insert(db)
        , incidentHead(db)
        , insertChain(db) {}
    QSqlQuery control; // BEGIN / COMMIT / ROLLBACK
    QSqlQuery head;
    QSqlQuery insert;
    QSqlQuery incidentHead;
    QSqlQuery insertChain;
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
    m_writerLock.reset(); // last: unlocks and removes <db>.lock once the connection is gone
}

bool SqliteAuditStore::fail(AuditFault fault, const QString& detail, const QString& plainMessage) {
    m_error = plainMessage;
    m_fault = fault;
    m_faultDetail = detail;
    qCWarning(lcAudit).noquote() << plainMessage;
    close();
    return false;
}

bool SqliteAuditStore::fail(const QSqlError& error, const QString& plainMessage) {
    return fail(faultOf(error), error.databaseText(), plainMessage);
}

void SqliteAuditStore::setError(const QSqlError& error, const QString& plainMessage) {
    m_error = plainMessage;
    m_fault = faultOf(error);
    m_faultDetail = error.databaseText();
}

bool SqliteAuditStore::isLockedByAnotherWriter(const QString& path, QString* holder) {
    const QString lockPath = QFileInfo(path).absoluteFilePath() + kLockSuffix;
    if (!QFileInfo::exists(lockPath))
        return false;
    QLockFile probe(lockPath);
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock(); // it was stale, or the writer just let go
        return false;
    }
    if (probe.error() != QLockFile::LockFailedError)
        return false; // cannot tell; the real open will say why
    if (holder)
        *holder = lockHolder(probe);
    return true;
}

bool SqliteAuditStore::lockWriter(const QString& shown) {
    // One writer per database (docs/audit-log.md, "Faults"). staleLockTime 0: a lock is stale only
    // when its process is gone (QLockFile checks the pid, its program name and the boot id), never
    // because it is old: a console records for hours.
    const QString lockPath = m_path + kLockSuffix;
    m_writerLock = std::make_unique<QLockFile>(lockPath);
    m_writerLock->setStaleLockTime(0);
    if (m_writerLock->tryLock(0))
        return true;
    const QString shownLock = QDir::toNativeSeparators(lockPath);
    switch (m_writerLock->error()) {
    case QLockFile::LockFailedError: {
        const QString holder = lockHolder(*m_writerLock);
        return fail(AuditFault::LockedByAnotherWriter, holder,
                    QStringLiteral("Another Turnback (%1) is recording into %2; only one may record into a log at a "
                                   "time. Close it, or open this log read-only to review it.")
                        .arg(holder, shown));
    }
    case QLockFile::PermissionError:
        return fail(AuditFault::ReadOnly, QStringLiteral("the folder is not writable"),
                    QStringLiteral("Cannot record into the audit log %1: Turnback cannot create its lock file %2 "
                                   "(the folder is not writable).")
                        .arg(shown, shownLock));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    if (QStorageInfo(QFileInfo(m_path).absolutePath()).bytesAvailable() == 0)
        return fail(AuditFault::DiskFull, QString(),
                    QStringLiteral("Cannot record into the audit log %1: the disk is full, so Turnback cannot create "
                                   "its lock file %2.")
                        .arg(shown, shownLock));
    return fail(AuditFault::Other, QStringLiteral("cannot create the lock file %1").arg(shownLock),
                QStringLiteral("Cannot record into the audit log %1: Turnback cannot create its lock file %2.")
                    .arg(shown, shownLock));
}

bool SqliteAuditStore::open(const QString& path, Access access, const Clock& clock, bool checkIntegrity) {
    close();
    m_error.clear();
    m_fault = AuditFault::None;
    m_faultDetail.clear();
    if (path.isEmpty())
        return fail(AuditFault::Unopenable, QStringLiteral("no file was given"),
                    QStringLiteral("No audit log file was given."));

    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(m_path);
    if (info.isDir())
        return fail(AuditFault::Unopenable, QStringLiteral("it is a folder"),
                    QStringLiteral("%1 is a folder, not an audit log file.").arg(shown));
    if (!info.exists()) {
        if (access == Access::ReadOnly)
            return fail(AuditFault::Unopenable, QStringLiteral("there is no such file"),
                        QStringLiteral("There is no audit log at %1.").arg(shown));
        const QString folder = info.absolutePath();
        if (!QDir().mkpath(folder))
            return fail(AuditFault::Unopenable,
                        QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(folder)),
                        QStringLiteral("Cannot create the folder %1 for the audit log. Check that the location "
                                       "exists, is a folder, and that you may write there.")
                            .arg(QDir::toNativeSeparators(folder)));
    }
    if (access == Access::ReadWrite && !lockWriter(shown))
        return false;

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (access == Access::ReadOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        if (!info.exists())
            return fail(error, QStringLiteral("Cannot create the audit log %1: the folder is not writable (%2).")
                                   .arg(shown, error.databaseText()));
        return fail(error, QStringLiteral("Cannot open the audit log %1 (%2).").arg(shown, error.databaseText()));
    }

    QString error;
    if (!SqlitePragmas::applyConnectionSettings(m_db, &error))
        return fail(faultOf(error), error, QStringLiteral("Cannot open the audit log %1 (%2).").arg(shown, error));

    const AuditSchema::Inspection found = AuditSchema::inspect(m_db);
    switch (found.state) {
    case AuditSchema::State::Unreadable: {
        const AuditFault fault = faultOf(found.code ? found.code : codeOf(found.error));
        return fail(fault == AuditFault::Other || fault == AuditFault::None ? AuditFault::Unopenable : fault,
                    found.error,
                    QStringLiteral("%1 is not a Turnback audit log: SQLite cannot read it as a database (%2).")
                        .arg(shown, found.error));
    }
    case AuditSchema::State::NotAnAuditLog:
        return fail(
            AuditFault::NotAnAuditLog, QStringLiteral("an SQLite database, but someone else's"),
            QStringLiteral("%1 is an SQLite database but not a Turnback audit log. It was left unchanged.").arg(shown));
    case AuditSchema::State::Newer:
        return fail(AuditFault::NewerSchema,
                    QStringLiteral("schema %1, this version reads up to %2")
                        .arg(found.version)
                        .arg(AuditSchema::currentVersion()),
                    QStringLiteral("%1 was written by a newer Turnback (schema %2); this version reads up to %3. "
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
            return fail(AuditFault::NotAnAuditLog, QStringLiteral("the file is empty"),
                        QStringLiteral("%1 is empty: there is no audit log in it yet.").arg(shown));
        if (found.state == AuditSchema::State::Older)
            return fail(AuditFault::Other,
                        QStringLiteral("an older schema (%1) that must be upgraded by opening it for writing")
                            .arg(found.version),
                        QStringLiteral("%1 uses an older audit log schema (%2) that must be upgraded before it can "
                                       "be read; open it once for writing.")
                            .arg(shown)
                            .arg(found.version));
    } else if (isReadOnlyConnection(m_db)) {
        // Before the integrity check: a retry against a read-only file stays cheap.
        return fail(AuditFault::ReadOnly, QString(),
                    QStringLiteral("The audit log %1 is read-only (a write-protected file, folder or disk), so "
                                   "Turnback cannot record events in it. Make it writable, or open it read-only "
                                   "to review it.")
                        .arg(shown));
    }

    // Before anything writes: a damaged file is refused as it is, for investigation.
    if (checkIntegrity && found.state != AuditSchema::State::Empty) {
        const bool quick = QFileInfo(m_path).size() > SqlitePragmas::kQuickCheckAboveBytes;
        int code = 0;
        const QString verdict = SqlitePragmas::integrityCheck(m_db, quick, &error, &code);
        if (verdict.isEmpty()) {
            const AuditFault fault = faultOf(code ? code : codeOf(error));
            return fail(fault == AuditFault::None ? AuditFault::Other : fault, error,
                        QStringLiteral("Cannot check the audit log %1 (%2).").arg(shown, error));
        }
        if (verdict != u"ok")
            return fail(
                AuditFault::Corrupt, verdict,
                QStringLiteral("The audit log %1 is damaged: SQLite's %2 reports \"%3\". It was left "
                               "unchanged.")
                    .arg(shown, quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check"), verdict));
    }

    if (access == Access::ReadWrite) {
        if (!SqlitePragmas::applyDurableWrites(m_db, &error))
            return fail(faultOf(error), error,
                        QStringLiteral("Cannot make writes to the audit log %1 durable (%2).").arg(shown, error));
        if (found.state != AuditSchema::State::Current && !AuditSchema::migrate(m_db, clock, &error))
            return fail(
                faultOf(error), error,
                QStringLiteral("Cannot prepare the audit log %1 (%2). Nothing in it was changed.").arg(shown, error));
    }

    m_queries = std::make_unique<Queries>(m_db);
    const bool prepared =
        m_queries->head.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) &&
        (access == Access::ReadOnly ||
         (m_queries->insert.prepare(QStringLiteral("INSERT INTO audit_log (%1) VALUES "
                                                   "(:seq, :at_utc, :actor, :kind, :target, :incident, "
                                                   ":payload, :prev_hash, :hash)")
                                        .arg(kColumns)) &&
          m_queries->incidentHead.prepare(
              QStringLiteral("SELECT incident_seq, incident_hash FROM audit_incident_chain WHERE incident = :incident "
                             "ORDER BY incident_seq DESC LIMIT 1")) &&
          m_queries->insertChain.prepare(
              QStringLiteral("INSERT INTO audit_incident_chain (seq, incident, incident_seq, incident_prev_hash, "
                             "incident_hash) VALUES (:seq, :incident, :incident_seq, :incident_prev_hash, "
                             ":incident_hash)"))));
    if (!prepared)
        return fail(m_queries->head.lastError(), QStringLiteral("Cannot read the audit log %1 (%2).")
                                                     .arg(shown, m_queries->head.lastError().databaseText()));
    qCDebug(lcAudit) << "opened" << m_path << (access == Access::ReadOnly ? "read-only" : "read-write");
    return true;
}

std::optional<SqliteAuditStore::Head> SqliteAuditStore::head() {
    if (!m_queries)
        return std::nullopt;
    QSqlQuery& query = m_queries->head;
    if (!query.exec()) {
        setError(query.lastError(),
                 QStringLiteral("Cannot read the audit log (%1).").arg(query.lastError().databaseText()));
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

bool SqliteAuditStore::readError(const QSqlQuery& query) {
    setError(query.lastError(),
             QStringLiteral("Cannot read the audit log (%1).").arg(query.lastError().databaseText()));
    return false;
}

void SqliteAuditStore::rollback() {
    if (m_queries && !m_queries->control.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcAudit) << "rollback:" << m_queries->control.lastError().databaseText();
}

std::optional<SqliteAuditStore::Head> SqliteAuditStore::beginAppend() {
    if (!m_queries) {
        m_error = QStringLiteral("The audit log is not open.");
        m_fault = AuditFault::Unopenable;
        m_faultDetail = QStringLiteral("it is not open");
        return std::nullopt;
    }
    if (!m_queries->control.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        setError(m_queries->control.lastError(),
                 QStringLiteral("Cannot write to the audit log %1 (%2). The event was not recorded.")
                     .arg(QDir::toNativeSeparators(m_path), m_queries->control.lastError().databaseText()));
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
    QSqlError failure;
    QSqlQuery& chain = m_queries->insertChain;
    if (!insert.exec()) {
        failure = insert.lastError();
    } else if (!r.incident.isEmpty()) {
        chain.bindValue(QStringLiteral(":seq"), r.seq);
        chain.bindValue(QStringLiteral(":incident"), r.incident);
        chain.bindValue(QStringLiteral(":incident_seq"), r.incidentSeq);
        chain.bindValue(QStringLiteral(":incident_prev_hash"), text(r.incidentPrevHash));
        chain.bindValue(QStringLiteral(":incident_hash"), text(r.incidentHash));
        if (!chain.exec())
            failure = chain.lastError();
    }
    if (!failure.isValid() && !m_queries->control.exec(QStringLiteral("COMMIT")))
        failure = m_queries->control.lastError();
    insert.finish();
    chain.finish();
    if (!failure.isValid())
        return true;
    rollback();
    setError(failure, QStringLiteral("Cannot write to the audit log %1 (%2). The event was not recorded.")
                          .arg(QDir::toNativeSeparators(m_path), failure.databaseText()));
    return false;
}

std::optional<qint64> SqliteAuditStore::count() {
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !query.next()) {
        setError(query.lastError(),
                 QStringLiteral("Cannot read the audit log (%1).").arg(query.lastError().databaseText()));
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<QList<AuditRecord>> SqliteAuditStore::records(qint64 fromSeq, int limit) {
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kSelectRecords + QStringLiteral(" WHERE l.seq >= :from ORDER BY l.seq LIMIT :limit"));
    query.bindValue(QStringLiteral(":from"), fromSeq);
    query.bindValue(QStringLiteral(":limit"), limit < 0 ? -1 : limit);
    if (!query.exec()) {
        setError(query.lastError(),
                 QStringLiteral("Cannot read the audit log (%1).").arg(query.lastError().databaseText()));
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
    query.prepare(kSelectRecords + QStringLiteral(" WHERE l.kind = :kind ORDER BY l.seq LIMIT :limit"));
    query.bindValue(QStringLiteral(":kind"), kind);
    query.bindValue(QStringLiteral(":limit"), limit < 0 ? -1 : limit);
    if (!query.exec()) {
        setError(query.lastError(),
                 QStringLiteral("Cannot read the audit log (%1).").arg(query.lastError().databaseText()));
        return std::nullopt;
    }
    QList<AuditRecord> result;
    while (query.next())
        result.append(readRecord(query));
    return result;
}

std::optional<SqliteAuditStore::IncidentHead> SqliteAuditStore::incidentHead(const QString& incident) {
    if (!m_queries)
        return std::nullopt;
    QSqlQuery& query = m_queries->incidentHead;
    query.bindValue(QStringLiteral(":incident"), incident);
    if (!query.exec()) {
        readError(query);
        return std::nullopt;
    }
    IncidentHead head;
    if (query.next()) {
        head.incidentSeq = query.value(0).toLongLong();
        head.incidentHash = query.value(1).toString();
    }
    query.finish();
    return head;
}

std::optional<QList<AuditRecord>> SqliteAuditStore::incidentRecords(const QString& incident) {
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kSelectRecords + QStringLiteral(" WHERE l.incident = :incident ORDER BY l.seq"));
    query.bindValue(QStringLiteral(":incident"), incident);
    if (!query.exec()) {
        readError(query);
        return std::nullopt;
    }
    QList<AuditRecord> result;
    while (query.next())
        result.append(readRecord(query));
    return result;
}

bool SqliteAuditStore::beginWrite() {
    if (!m_queries) {
        m_error = QStringLiteral("The audit log is not open.");
        m_fault = AuditFault::Unopenable;
        m_faultDetail = QStringLiteral("it is not open");
        return false;
    }
    if (!m_queries->control.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        setError(m_queries->control.lastError(),
                 QStringLiteral("Cannot write to the audit log %1 (%2).")
                     .arg(QDir::toNativeSeparators(m_path), m_queries->control.lastError().databaseText()));
        return false;
    }
    return true;
}

bool SqliteAuditStore::commitWrite() {
    if (!m_queries->control.exec(QStringLiteral("COMMIT"))) {
        setError(m_queries->control.lastError(),
                 QStringLiteral("Cannot write to the audit log %1 (%2).")
                     .arg(QDir::toNativeSeparators(m_path), m_queries->control.lastError().databaseText()));
        rollback();
        return false;
    }
    return true;
}

std::optional<QString> SqliteAuditStore::metaValue(const QString& key) {
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec()) {
        readError(query);
        return std::nullopt;
    }
    return query.next() ? query.value(0).toString() : QString();
}

std::optional<QList<RegisteredKey>> SqliteAuditStore::signingKeys() {
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key_id, public_key_pem, created_at_utc, storage FROM signing_key ORDER BY "
                                   "created_at_utc, key_id"))) {
        readError(query);
        return std::nullopt;
    }
    QList<RegisteredKey> keys;
    while (query.next())
        keys.append({query.value(0).toString(), query.value(1).toString().toUtf8(), query.value(2).toString(),
                     query.value(3).toString()});
    return keys;
}

bool SqliteAuditStore::insertSigningKey(const RegisteredKey& key) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO signing_key (key_id, algorithm, public_key_pem, created_at_utc, storage) "
                                 "VALUES (:key_id, :algorithm, :pem, :created, :storage)"));
    query.bindValue(QStringLiteral(":key_id"), key.keyId);
    query.bindValue(QStringLiteral(":algorithm"), QStringLiteral("Ed25519"));
    query.bindValue(QStringLiteral(":pem"), QString::fromUtf8(key.publicKeyPem));
    query.bindValue(QStringLiteral(":created"), key.createdAtUtc);
    query.bindValue(QStringLiteral(":storage"), key.storage);
    if (!query.exec()) {
        setError(query.lastError(), QStringLiteral("Cannot record the signing key's public half in the audit log (%1).")
                                        .arg(query.lastError().databaseText()));
        return false;
    }
    return true;
}

std::optional<QList<Checkpoint>> SqliteAuditStore::checkpoints(std::optional<Checkpoint::Scope> scope,
                                                               const QString& incident, bool pendingOnly) {
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_checkpoint"
                                 " WHERE (:any_scope OR scope = :scope) AND (:any_incident OR incident = :incident)"
                                 " AND (NOT :pending OR signature IS NULL) ORDER BY id")
                      .arg(kCheckpointColumns));
    query.bindValue(QStringLiteral(":any_scope"), !scope.has_value());
    query.bindValue(QStringLiteral(":scope"), scopeName(scope.value_or(Checkpoint::Scope::Log)));
    query.bindValue(QStringLiteral(":any_incident"), incident.isEmpty());
    query.bindValue(QStringLiteral(":incident"), text(incident));
    query.bindValue(QStringLiteral(":pending"), pendingOnly);
    if (!query.exec()) {
        readError(query);
        return std::nullopt;
    }
    QList<Checkpoint> result;
    while (query.next())
        result.append(readCheckpoint(query));
    return result;
}

std::optional<Checkpoint> SqliteAuditStore::latestLogCheckpoint(bool signedOnly) {
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_checkpoint WHERE scope = 'log'"
                                 " AND (NOT :signed_only OR signature IS NOT NULL) ORDER BY seq DESC, id DESC LIMIT 1")
                      .arg(kCheckpointColumns));
    query.bindValue(QStringLiteral(":signed_only"), signedOnly);
    if (!query.exec()) {
        readError(query);
        return std::nullopt;
    }
    return query.next() ? readCheckpoint(query) : Checkpoint();
}

std::optional<QStringList> SqliteAuditStore::incidentsChangedAfter(qint64 seq) {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT incident FROM audit_incident_chain WHERE seq > :after"
                                 " GROUP BY incident ORDER BY min(seq)"));
    query.bindValue(QStringLiteral(":after"), seq);
    if (!query.exec()) {
        readError(query);
        return std::nullopt;
    }
    QStringList incidents;
    while (query.next())
        incidents << query.value(0).toString();
    return incidents;
}

bool SqliteAuditStore::insertCheckpoint(Checkpoint& c) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO audit_checkpoint (scope, incident, seq, head_hash, at_utc, clock_source,"
                                 " reason, key_id, signature, signed_at_utc) VALUES (:scope, :incident, :seq, :head,"
                                 " :at, :clock, :reason, :key_id, :signature, :signed_at)"));
    query.bindValue(QStringLiteral(":scope"), scopeName(c.scope));
    query.bindValue(QStringLiteral(":incident"), text(c.incident));
    query.bindValue(QStringLiteral(":seq"), c.seq);
    query.bindValue(QStringLiteral(":head"), c.headHash);
    query.bindValue(QStringLiteral(":at"), c.atUtc);
    query.bindValue(QStringLiteral(":clock"), text(c.clockSource));
    query.bindValue(QStringLiteral(":reason"), text(c.reason));
    // Pending: NULL key and signature (a null QString binds as SQL NULL).
    query.bindValue(QStringLiteral(":key_id"), c.isSigned() ? QVariant(c.keyId) : QVariant());
    query.bindValue(QStringLiteral(":signature"), c.isSigned() ? QVariant(c.signature) : QVariant());
    query.bindValue(QStringLiteral(":signed_at"), c.isSigned() ? QVariant(c.signedAtUtc) : QVariant());
    if (!query.exec()) {
        m_error =
            QStringLiteral("Cannot record a checkpoint in the audit log (%1).").arg(query.lastError().databaseText());
        return false;
    }
    c.id = query.lastInsertId().toLongLong();
    return true;
}

bool SqliteAuditStore::signCheckpoint(qint64 id, const QString& keyId, const QString& signatureHex,
                                      const QString& signedAtUtc) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE audit_checkpoint SET key_id = :key_id, signature = :signature,"
                                 " signed_at_utc = :signed_at WHERE id = :id AND signature IS NULL"));
    query.bindValue(QStringLiteral(":key_id"), keyId);
    query.bindValue(QStringLiteral(":signature"), signatureHex);
    query.bindValue(QStringLiteral(":signed_at"), signedAtUtc);
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        setError(query.lastError(),
                 QStringLiteral("Cannot sign checkpoint %1 (%2).").arg(id).arg(query.lastError().databaseText()));
        return false;
    }
    return true;
}

} // namespace turnback
