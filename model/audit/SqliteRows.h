#pragma once
// How SqliteAuditStore's statements read and bind rows: shared by its .cpp files only.

#include "AuditRecord.h"
#include "Checkpoint.h"

#include <QString>
#include <QVariant>

class QSqlQuery;

namespace turnback::sqlite {

/// audit_log's nine public columns, in their contract order.
inline const QString kLogColumns =
    QStringLiteral("seq, at_utc, actor, kind, target, incident, payload, prev_hash, hash");
/// A row with its incident-chain columns (NULL for console-level events), as readRecord() reads it.
inline const QString kSelectRecords =
    QStringLiteral("SELECT l.seq, l.at_utc, l.actor, l.kind, l.target, l.incident, l.payload, l.prev_hash, l.hash,"
                   " c.incident_seq, c.incident_prev_hash, c.incident_hash"
                   " FROM audit_log l LEFT JOIN audit_incident_chain c ON c.seq = l.seq");
inline const QString kCheckpointColumns = QStringLiteral(
    "id, scope, incident, seq, head_hash, at_utc, clock_source, reason, key_id, signature, signed_at_utc");

AuditRecord readRecord(const QSqlQuery& query);
Checkpoint readCheckpoint(const QSqlQuery& query);
QString scopeName(Checkpoint::Scope scope);

/// A null QString binds as SQL NULL; the columns are NOT NULL, and "" is what an absent value means.
inline QVariant text(const QString& value) {
    return value.isNull() ? QVariant(QString::fromLatin1("", 0)) : QVariant(value);
}

} // namespace turnback::sqlite
