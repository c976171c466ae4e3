// The report's own reads of a log opened by ReviewDatabase: the console-level rows about a reversal.
// ReviewDatabase's API stays as the review uses it; this runs on its read-only connection.
#include "AarParts.h"

#include "ReviewDatabase.h"
#include "SqliteRows.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace turnback::aar {

bool consoleRowsAbout(ReviewDatabase& log, const QString& kind, const QString& incidentId, QList<AuditRecord>* rows,
                      QString* error) {
    QSqlQuery query(log.database());
    query.setForwardOnly(true);
    // The (kind, seq) index finds the few rows of the kind; the target is checked on each.
    query.prepare(sqlite::kSelectRecords + QStringLiteral(" WHERE l.kind = ? AND l.incident = '' AND l.target = ?"
                                                          " ORDER BY l.seq"));
    query.addBindValue(kind);
    query.addBindValue(incidentId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        rows->append(sqlite::readRecord(query));
    return true;
}

QJsonObject parsePayload(const AuditRecord& record) {
    return QJsonDocument::fromJson(record.payload.toUtf8()).object();
}

} // namespace turnback::aar
