#include "ReviewDatabase.h"

#include "AuditSchema.h"
#include "IncidentEvents.h"
#include "SqliteReadOnly.h"
#include "SqliteRows.h"
#include "UtcTime.h"
#include "events/ReversalEvents.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace turnback {

namespace {

QAtomicInteger<int> g_connections;

QJsonObject parse(const QString& payload) {
    return QJsonDocument::fromJson(payload.toUtf8()).object();
}

} // namespace

ReviewDatabase::ReviewDatabase()
    : m_connection(QStringLiteral("turnback-review-%1").arg(g_connections.fetchAndAddRelaxed(1))) {}

ReviewDatabase::~ReviewDatabase() {
    close();
}

bool ReviewDatabase::fail(const QString& error) {
    m_error = error;
    close();
    return false;
}

bool ReviewDatabase::open(const QString& path) {
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(m_path);
    if (!info.exists() || !info.isFile())
        return fail(QCoreApplication::translate("ReviewDatabase", "There is no audit log file at %1.").arg(m_path));
    const sqlite::ReadOnlyOpen how = sqlite::readOnlyOpen(m_path);
    m_immutable = how.immutable;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(how.uri);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!m_db.open())
        return fail(QCoreApplication::translate("ReviewDatabase", "Cannot open %1 for review (%2).")
                        .arg(m_path, m_db.lastError().text()));
    QSqlQuery query(m_db);
    // query_only: even a bug here cannot write. A large page cache and memory-mapped reads make paging fast.
    for (const char* pragma : {"PRAGMA query_only = ON", "PRAGMA cache_size = -65536", "PRAGMA mmap_size = 1073741824"})
        query.exec(QString::fromLatin1(pragma));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(
            QCoreApplication::translate("ReviewDatabase", "%1 is not a Turnback audit log: SQLite cannot read it (%2).")
                .arg(m_path, query.lastError().text()));
    const int version = query.value(0).toInt();
    if (version > AuditSchema::currentVersion())
        return fail(QCoreApplication::translate("ReviewDatabase",
                                                "%1 was written by a newer Turnback (schema %2); this version "
                                                "reads up to %3.")
                        .arg(m_path)
                        .arg(version)
                        .arg(AuditSchema::currentVersion()));
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'format'")) || !query.next() ||
        query.value(0).toString() != QLatin1String("turnback-audit-log"))
        return fail(QCoreApplication::translate("ReviewDatabase", "%1 is not a Turnback audit log.").arg(m_path));
    if (version < 2)
        return fail(QCoreApplication::translate("ReviewDatabase",
                                                "%1 is a version 1 log (no incident chains): open it once with "
                                                "Turnback for writing to upgrade it, then review it.")
                        .arg(m_path));
    m_error.clear();
    return true;
}

void ReviewDatabase::close() {
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

std::optional<QList<ReviewReversal>> ReviewDatabase::reversals() {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Through audit_log_by_kind (kind, seq): the started and closed rows only, never the whole log.
    if (!query.exec(QStringLiteral("SELECT incident, at_utc, payload FROM audit_log WHERE kind = 'ReversalStarted'"
                                   " ORDER BY seq"))) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<ReviewReversal> list;
    QHash<QString, qsizetype> indexOf;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const auto started = events::ReversalStarted::fromJson(parse(query.value(2).toString()));
        if (id.isEmpty() || indexOf.contains(id) || !started)
            continue;
        ReviewReversal r;
        r.id = id;
        r.title = started->title;
        r.service = started->service;
        r.kitId = started->kitId;
        r.exercise = started->exercise;
        r.startedAt = utc::parse(query.value(1).toString());
        indexOf.insert(id, list.size());
        list.append(r);
    }
    query.exec(QStringLiteral("SELECT incident, at_utc FROM audit_log WHERE kind = 'ReversalClosed' ORDER BY seq"));
    while (query.next()) {
        const auto found = indexOf.constFind(query.value(0).toString());
        if (found != indexOf.cend() && !list[*found].closedAt)
            list[*found].closedAt = utc::parse(query.value(1).toString());
    }
    for (ReviewReversal& r : list)
        fillLevelAndOverdue(r);
    return list;
}

void ReviewDatabase::fillLevelAndOverdue(ReviewReversal& r) {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The chain's length: audit_incident_chain's (incident, incident_seq) index gives it in one step.
    query.prepare(QStringLiteral("SELECT max(incident_seq) FROM audit_incident_chain WHERE incident = ?"));
    query.addBindValue(r.id);
    if (query.exec() && query.next())
        r.events = query.value(0).toLongLong();
    query.finish();

    // The level reached, and each item's deadline against the time its decision was recorded. These
    // kinds are a small part of any log; audit_log_by_kind (kind, seq) reaches them directly. The unary
    // '+' keeps SQLite from choosing audit_log_by_incident instead (it would read every row of the
    // reversal: 5 s at a million events); with no statistics in the file it cannot tell which is smaller.
    query.prepare(QStringLiteral(
        "SELECT seq, kind, at_utc, coalesce(json_extract(payload, '$.to'), json_extract(payload, '$.level')),"
        " json_extract(payload, '$.obligation'), json_extract(payload, '$.deadline') FROM audit_log"
        " WHERE kind IN ('LevelChanged', 'LevelEntered', 'SignalTriggered', 'DecisionRecorded') AND +incident = ?"
        " ORDER BY seq"));
    query.addBindValue(r.id);
    if (!query.exec())
        return;
    QHash<qint64, QDateTime> deadlines;
    while (query.next()) {
        const QString kind = query.value(1).toString();
        if (kind == EventKind::SignalTriggered) {
            deadlines.insert(query.value(0).toLongLong(), utc::parse(query.value(5).toString()));
        } else if (kind == EventKind::DecisionRecorded) {
            const auto deadline = deadlines.constFind(query.value(4).toLongLong());
            if (deadline != deadlines.cend()) {
                if (utc::parse(query.value(2).toString()) > *deadline)
                    ++r.overdueDecisions;
                deadlines.erase(deadline);
            }
        } else if (const auto level = levelFromId(query.value(3).toString()); level && *level > r.levelReached) {
            r.levelReached = *level;
        }
    }
    // Items never decided: overdue if their deadline passed before the close (or at all, while open).
    for (const QDateTime& deadline : std::as_const(deadlines))
        if (!r.closedAt || deadline < *r.closedAt)
            ++r.overdueDecisions;
}

std::optional<AuditRecord> ReviewDatabase::record(qint64 seq) {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sqlite::kSelectRecords + QStringLiteral(" WHERE l.seq = ?"));
    query.addBindValue(seq);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return sqlite::readRecord(query);
}

QHash<QString, QList<std::pair<qint64, QString>>> ReviewDatabase::actorRoles(const QString& incident) {
    QHash<QString, QList<std::pair<qint64, QString>>> roles;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT actor, kind, payload, seq FROM audit_log WHERE kind IN ('ReversalStarted',"
                                 " 'OperatorChanged') AND +incident = ? ORDER BY seq"));
    query.addBindValue(incident);
    if (!query.exec())
        return roles;
    while (query.next()) {
        const QJsonObject payload = parse(query.value(2).toString());
        if (query.value(1).toString() == EventKind::ReversalStarted) {
            if (const auto started = events::ReversalStarted::fromJson(payload))
                roles[query.value(0).toString()].append({query.value(3).toLongLong(), started->role});
        } else if (const auto changed = events::OperatorChanged::fromJson(payload)) {
            roles[changed->name].append({query.value(3).toLongLong(), changed->role});
        }
    }
    return roles;
}

bool ReviewDatabase::forEachRecordUntil(const QString& incident, const QDateTime& until,
                                        const std::function<bool(const AuditRecord&)>& visit) {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sqlite::kSelectRecords + QStringLiteral(" WHERE l.incident = :incident AND l.at_utc <= :until"
                                                          " AND l.seq > :after ORDER BY l.seq LIMIT 2000"));
    qint64 after = 0;
    for (;;) {
        query.bindValue(QStringLiteral(":incident"), incident);
        query.bindValue(QStringLiteral(":until"), utc::format(until));
        query.bindValue(QStringLiteral(":after"), after);
        if (!query.exec()) {
            m_error = query.lastError().text();
            return false;
        }
        QList<AuditRecord> page;
        while (query.next())
            page.append(sqlite::readRecord(query));
        query.finish();
        for (const AuditRecord& row : std::as_const(page))
            if (!visit(row))
                return true;
        if (page.size() < 2000)
            return true;
        after = page.constLast().seq;
    }
}

} // namespace turnback
