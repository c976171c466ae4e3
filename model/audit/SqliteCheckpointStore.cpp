// SqliteAuditStore's signed checkpoints, the signing keys' public halves, and the meta table.
#include "SqliteAuditStore.h"

#include "AuditSchema.h"
#include "SqlitePragmas.h"
#include "SqliteRows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace turnback {

using sqlite::kCheckpointColumns;
using sqlite::readCheckpoint;
using sqlite::scopeName;
using sqlite::text;

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

std::optional<QStringList> SqliteAuditStore::guardProblems() {
    if (!m_db.isOpen())
        return std::nullopt;
    QString error;
    const int version = SqlitePragmas::userVersion(m_db, &error);
    if (version < 0) {
        m_error = error;
        return std::nullopt;
    }
    return AuditSchema::guardProblems(m_db, version);
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
    if (!m_db.isOpen()) {
        setNotOpen();
        return false;
    }
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
        setError(
            query.lastError(),
            QStringLiteral("Cannot record a checkpoint in the audit log (%1).").arg(query.lastError().databaseText()));
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
