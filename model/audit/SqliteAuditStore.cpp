#include "SqliteAuditStore.h"

#include "AuditLogging.h"
#include "SqliteFaults.h"
#include "SqlitePragmas.h"
#include "SqliteReadOnly.h"
#include "SqliteRows.h"
#include "SqliteWriterLock.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace turnback {

using sqlite::codeOf;
using sqlite::faultOf;
using sqlite::text;

namespace {

QString uniqueConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("turnback-audit-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

std::unique_ptr<AuditStore> AuditStore::createDefault() {
    return std::make_unique<SqliteAuditStore>();
}

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
    : m_connectionName(connectionName.isEmpty() ? uniqueConnectionName() : std::move(connectionName)) {}

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

void SqliteAuditStore::setNotOpen() {
    m_error = QStringLiteral("The audit log is not open.");
    m_fault = AuditFault::Unopenable;
    m_faultDetail = QStringLiteral("it is not open");
}

bool SqliteAuditStore::isLockedByAnotherWriter(const QString& path, QString* holder) const {
    return SqliteWriterLock::isHeldByAnotherProcess(path, holder);
}

bool SqliteAuditStore::open(const QString& path, Access access, const Clock& clock, bool checkIntegrityFirst) {
    close();
    m_error.clear();
    m_fault = AuditFault::None;
    m_faultDetail.clear();
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_access = access;
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!openConnection(shown, access))
        return false;

    QString error;
    if (!SqlitePragmas::applyConnectionSettings(m_db, &error))
        return fail(faultOf(error), error, QStringLiteral("Cannot open the audit log %1 (%2).").arg(shown, error));
    const AuditSchema::Inspection found = AuditSchema::inspect(m_db);
    if (!checkSchema(shown, access, found))
        return false;
    // Before anything writes: a damaged file is refused as it is, for investigation.
    if (checkIntegrityFirst && found.state != AuditSchema::State::Empty && !checkIntegrity(shown))
        return false;
    if (access == Access::ReadWrite) {
        if (!SqlitePragmas::applyDurableWrites(m_db, &error))
            return fail(faultOf(error), error,
                        QStringLiteral("Cannot make writes to the audit log %1 durable (%2).").arg(shown, error));
        if (found.state != AuditSchema::State::Current && !AuditSchema::migrate(m_db, clock, &error))
            return fail(
                faultOf(error), error,
                QStringLiteral("Cannot prepare the audit log %1 (%2). Nothing in it was changed.").arg(shown, error));
    }
    if (!prepareQueries(shown, access))
        return false;
    qCDebug(lcAudit) << "opened" << m_path << (access == Access::ReadOnly ? "read-only" : "read-write");
    return true;
}

bool SqliteAuditStore::openConnection(const QString& shown, Access access) {
    if (m_path.isEmpty())
        return fail(AuditFault::Unopenable, QStringLiteral("no file was given"),
                    QStringLiteral("No audit log file was given."));
    const QFileInfo info(m_path);
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
    if (access == Access::ReadWrite) {
        // One writer per database (docs/audit-log.md, "Faults").
        m_writerLock = std::make_unique<SqliteWriterLock>(m_path);
        if (const auto refused = m_writerLock->tryLock(shown))
            return fail(refused->fault, refused->detail, refused->message);
        if (!makeWalFilesWritable(shown))
            return false;
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (access == Access::ReadOnly) {
        // SQLite's read-only flag alone still creates -wal and -shm beside a WAL database: the URI of
        // sqlite::readOnlyOpen creates nothing when no writer is there (immutable), and reads a live
        // writer's WAL when one is (docs/audit-log.md, "Reading without writing").
        m_db.setDatabaseName(sqlite::readOnlyOpen(m_path).uri);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        m_db.setDatabaseName(m_path);
    }
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        if (!info.exists())
            return fail(error, QStringLiteral("Cannot create the audit log %1: the folder is not writable (%2).")
                                   .arg(shown, error.databaseText()));
        return fail(error, QStringLiteral("Cannot open the audit log %1 (%2).").arg(shown, error.databaseText()));
    }
    return true;
}

bool SqliteAuditStore::makeWalFilesWritable(const QString& shown) {
    // SQLite creates -wal and -shm with the database file's permissions, and a read-only connection
    // cannot checkpoint them away on close. So a read-only view of a write-protected log leaves
    // them read-only behind it, and once the operator makes the log writable again they would
    // still keep every write out ("attempt to write a readonly database"). They are SQLite's
    // working files, not the operator's: give them the database file's permissions.
    // By the mode bits, not QFileInfo::isWritable(): access() answers for root as if it could
    // write anything, and a process without that privilege could still not write them.
    constexpr auto kWriteBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    constexpr auto kModeBits = kWriteBits | QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther |
                               QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    const QFileDevice::Permissions database = QFile::permissions(m_path) & kModeBits;
    for (const auto* suffix : {"-wal", "-shm"}) {
        const QString side = m_path + QLatin1String(suffix);
        const bool lacksWriteBits = QFileInfo::exists(side) && (database & kWriteBits & ~QFile::permissions(side));
        if (!lacksWriteBits)
            continue;
        if (!QFile::setPermissions(side, database))
            return fail(AuditFault::ReadOnly,
                        QStringLiteral("its working file %1 is read-only").arg(QDir::toNativeSeparators(side)),
                        QStringLiteral("The audit log %1 cannot be written: SQLite's working file %2 is read-only "
                                       "and Turnback cannot change that.")
                            .arg(shown, QDir::toNativeSeparators(side)));
        qCInfo(lcAudit).noquote() << "made" << side << "writable again, as the audit log is";
    }
    return true;
}

bool SqliteAuditStore::checkSchema(const QString& shown, Access access, const AuditSchema::Inspection& found) {
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
    } else if (sqlite::isReadOnlyConnection(m_db)) {
        // Before the integrity check: a retry against a read-only file stays cheap.
        return fail(AuditFault::ReadOnly, QString(),
                    QStringLiteral("The audit log %1 is read-only (a write-protected file, folder or disk), so "
                                   "Turnback cannot record events in it. Make it writable, or open it read-only "
                                   "to review it.")
                        .arg(shown));
    }
    return true;
}

bool SqliteAuditStore::checkIntegrity(const QString& shown) {
    const bool quick = QFileInfo(m_path).size() > SqlitePragmas::kQuickCheckAboveBytes;
    QString error;
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
    return true;
}

bool SqliteAuditStore::prepareQueries(const QString& shown, Access access) {
    m_queries = std::make_unique<Queries>(m_db);
    const bool prepared =
        m_queries->head.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) &&
        m_queries->incidentHead.prepare(
            QStringLiteral("SELECT incident_seq, incident_hash FROM audit_incident_chain WHERE incident = :incident "
                           "ORDER BY incident_seq DESC LIMIT 1")) &&
        (access == Access::ReadOnly ||
         (m_queries->insert.prepare(QStringLiteral("INSERT INTO audit_log (%1) VALUES "
                                                   "(:seq, :at_utc, :actor, :kind, :target, :incident, "
                                                   ":payload, :prev_hash, :hash)")
                                        .arg(sqlite::kLogColumns)) &&
          m_queries->insertChain.prepare(
              QStringLiteral("INSERT INTO audit_incident_chain (seq, incident, incident_seq, incident_prev_hash, "
                             "incident_hash) VALUES (:seq, :incident, :incident_seq, :incident_prev_hash, "
                             ":incident_hash)"))));
    if (!prepared)
        return fail(m_queries->head.lastError(), QStringLiteral("Cannot read the audit log %1 (%2).")
                                                     .arg(shown, m_queries->head.lastError().databaseText()));
    return true;
}

std::optional<AuditStore::Head> SqliteAuditStore::head() {
    if (!m_queries)
        return std::nullopt;
    QSqlQuery& query = m_queries->head;
    if (!query.exec()) {
        readError(query);
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

std::optional<AuditStore::IncidentHead> SqliteAuditStore::incidentHead(const QString& incident) {
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

bool SqliteAuditStore::readError(const QSqlQuery& query) {
    setError(query.lastError(),
             QStringLiteral("Cannot read the audit log (%1).").arg(query.lastError().databaseText()));
    return false;
}

void SqliteAuditStore::rollback() {
    if (m_queries && !m_queries->control.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcAudit) << "rollback:" << m_queries->control.lastError().databaseText();
}

bool SqliteAuditStore::beginWrite() {
    if (!m_queries) {
        setNotOpen();
        return false;
    }
    if (m_access == Access::ReadOnly) {
        // SQLite would begin the transaction and refuse only the first write: say so up front.
        m_error = QStringLiteral("The audit log %1 is open read-only.").arg(QDir::toNativeSeparators(m_path));
        m_fault = AuditFault::ReadOnly;
        m_faultDetail = QStringLiteral("opened read-only for review");
        return false;
    }
    // IMMEDIATE takes SQLite's write lock now, so the head read next cannot change before COMMIT.
    if (!m_queries->control.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        setError(m_queries->control.lastError(),
                 QStringLiteral("Cannot write to the audit log %1 (%2).")
                     .arg(QDir::toNativeSeparators(m_path), m_queries->control.lastError().databaseText()));
        return false;
    }
    return true;
}

bool SqliteAuditStore::commitWrite() {
    if (!m_queries) {
        setNotOpen();
        return false;
    }
    if (!m_queries->control.exec(QStringLiteral("COMMIT"))) {
        setError(m_queries->control.lastError(),
                 QStringLiteral("Cannot write to the audit log %1 (%2).")
                     .arg(QDir::toNativeSeparators(m_path), m_queries->control.lastError().databaseText()));
        rollback();
        return false;
    }
    return true;
}

std::optional<AuditStore::Head> SqliteAuditStore::beginAppend() {
    if (!beginWrite()) {
        if (m_queries) // the operator reads this one in the "not recorded" banner
            m_error += QStringLiteral(" The event was not recorded.");
        return std::nullopt;
    }
    auto current = head();
    if (!current)
        rollback();
    return current;
}

bool SqliteAuditStore::commitAppend(const AuditRecord& r) {
    if (!insertAppend(r))
        return false;
    if (m_queries->control.exec(QStringLiteral("COMMIT")))
        return true;
    const QSqlError failure = m_queries->control.lastError();
    rollback();
    setError(failure, QStringLiteral("Cannot write to the audit log %1 (%2). The event was not recorded.")
                          .arg(QDir::toNativeSeparators(m_path), failure.databaseText()));
    return false;
}

bool SqliteAuditStore::insertAppend(const AuditRecord& r) {
    if (!m_queries) {
        setNotOpen();
        return false;
    }
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
    insert.finish();
    chain.finish();
    if (!failure.isValid())
        return true;
    rollback();
    setError(failure, QStringLiteral("Cannot write to the audit log %1 (%2). The event was not recorded.")
                          .arg(QDir::toNativeSeparators(m_path), failure.databaseText()));
    return false;
}

} // namespace turnback
