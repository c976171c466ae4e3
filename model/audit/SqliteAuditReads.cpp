// SqliteAuditStore's reads of audit rows. Every read that can grow with the log is keyset-paged on
// seq ("WHERE seq > last ORDER BY seq LIMIT n", on the primary key or an index ending in seq), never
// OFFSET, which would step over every earlier row again on each page.
#include "SqliteAuditStore.h"

#include "SqliteRows.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace turnback {

using sqlite::readRecord;

std::optional<qint64> SqliteAuditStore::count() {
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !query.next()) {
        readError(query);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

bool SqliteAuditStore::readPage(QSqlQuery& query, qint64 afterSeq, qint64 limit, QList<AuditRecord>& page) {
    page.clear();
    query.bindValue(QStringLiteral(":after"), afterSeq);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return readError(query);
    while (query.next())
        page.append(readRecord(query));
    // The statement is done before anyone sees the rows, so a visitor may use the store.
    query.finish();
    return true;
}

std::optional<QList<AuditRecord>> SqliteAuditStore::records(qint64 fromSeq, int limit) {
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sqlite::kSelectRecords + QStringLiteral(" WHERE l.seq > :after ORDER BY l.seq LIMIT :limit"));
    QList<AuditRecord> result;
    if (!readPage(query, fromSeq - 1, limit < 0 ? -1 : limit, result))
        return std::nullopt;
    return result;
}

std::optional<QList<AuditRecord>> SqliteAuditStore::recordsOfKind(const QString& kind, int limit) {
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sqlite::kSelectRecords +
                  QStringLiteral(" WHERE l.kind = :kind AND l.seq > :after ORDER BY l.seq LIMIT :limit"));
    query.bindValue(QStringLiteral(":kind"), kind);
    QList<AuditRecord> result;
    if (!readPage(query, 0, limit < 0 ? -1 : limit, result))
        return std::nullopt;
    return result;
}

bool SqliteAuditStore::forEachIncidentRecord(const QString& incident, const RecordVisitor& visit, qint64 pageSize) {
    if (!m_db.isOpen()) {
        setNotOpen();
        return false;
    }
    if (pageSize <= 0)
        pageSize = kDefaultPageSize;
    // audit_log_by_incident (incident, seq) serves both the filter and the keyset.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sqlite::kSelectRecords +
                  QStringLiteral(" WHERE l.incident = :incident AND l.seq > :after ORDER BY l.seq LIMIT :limit"));
    query.bindValue(QStringLiteral(":incident"), incident);
    QList<AuditRecord> page;
    qint64 after = 0;
    do {
        if (!readPage(query, after, pageSize, page))
            return false;
        for (const AuditRecord& record : std::as_const(page)) {
            if (!visit(record))
                return true;
        }
        if (!page.isEmpty())
            after = page.constLast().seq;
    } while (page.size() == pageSize);
    return true;
}

std::optional<QList<IncidentSummary>> SqliteAuditStore::incidentSummaries(const QString& startedKind,
                                                                          const QString& closedKind) {
    if (!m_db.isOpen())
        return std::nullopt;
    // Two walks of audit_log_by_kind (kind, seq), one per kind, joined here: a join in SQL would
    // look up each incident's closing row through an index on (kind, seq) or (incident, seq), i.e.
    // scan all closing rows, or all of that incident's rows, once per reversal.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, incident, at_utc, payload FROM audit_log WHERE kind = :kind"
                                 " ORDER BY seq"));
    auto readKind = [&](const QString& kind) {
        query.bindValue(QStringLiteral(":kind"), kind);
        return query.exec() || readError(query);
    };
    QList<IncidentSummary> summaries;
    QHash<QString, qsizetype> indexOf;
    if (!readKind(startedKind))
        return std::nullopt;
    while (query.next()) {
        const QString incident = query.value(1).toString();
        if (incident.isEmpty() || indexOf.contains(incident))
            continue; // the first start of an incident is its start
        indexOf.insert(incident, summaries.size());
        summaries.append(
            {incident, query.value(0).toLongLong(), query.value(2).toString(), query.value(3).toString(), 0, {}});
    }
    if (!readKind(closedKind))
        return std::nullopt;
    while (query.next()) {
        const auto found = indexOf.constFind(query.value(1).toString());
        if (found == indexOf.cend() || summaries[*found].isClosed())
            continue;
        summaries[*found].closedSeq = query.value(0).toLongLong();
        summaries[*found].closedAtUtc = query.value(2).toString();
    }
    return summaries;
}

std::optional<QStringList> SqliteAuditStore::incidentsChangedAfter(qint64 seq) {
    if (!m_db.isOpen())
        return std::nullopt;
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

} // namespace turnback
