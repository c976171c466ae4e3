#include "AuditSchema.h"

#include "AuditLog.h"
#include "AuditLogging.h"
#include "Clock.h"
#include "SqlitePragmas.h"
#include "UtcTime.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <array>

namespace turnback {

namespace {

/// The value of meta.format: tells a Turnback audit log from any other SQLite file.
const QString kFormat = QStringLiteral("turnback-audit-log");

bool execAll(QSqlDatabase& db, const QStringList& statements, QString* error) {
    QSqlQuery query(db);
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            if (error)
                *error = query.lastError().databaseText();
            return false;
        }
    }
    return true;
}

bool exec(QSqlDatabase& db, const QString& statement, QString* error) {
    return execAll(db, {statement}, error);
}

/// Version 2: signed checkpoints, their keys' public halves, and a second chain per incident
/// (docs/audit-log.md). audit_log itself is unchanged, so its 9-column contract still holds.
/// Rows written under version 1 get their incident-chain rows here, computed as new rows are.
QStringList version2Statements() {
    const QString appendOnly = QStringLiteral(" BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END");
    return {
        QStringLiteral("CREATE TABLE audit_incident_chain ("
                       " seq INTEGER PRIMARY KEY REFERENCES audit_log (seq),"
                       " incident TEXT NOT NULL CHECK (incident <> ''),"
                       " incident_seq INTEGER NOT NULL CHECK (incident_seq >= 1),"
                       " incident_prev_hash TEXT NOT NULL CHECK (length(incident_prev_hash) = 64),"
                       " incident_hash TEXT NOT NULL CHECK (length(incident_hash) = 64),"
                       " UNIQUE (incident, incident_seq))"),
        QStringLiteral("CREATE TRIGGER audit_incident_chain_no_update BEFORE UPDATE ON audit_incident_chain") +
            appendOnly.arg(QStringLiteral("audit_incident_chain")),
        QStringLiteral("CREATE TRIGGER audit_incident_chain_no_delete BEFORE DELETE ON audit_incident_chain") +
            appendOnly.arg(QStringLiteral("audit_incident_chain")),
        QStringLiteral("CREATE TABLE signing_key ("
                       " key_id TEXT PRIMARY KEY NOT NULL CHECK (length(key_id) = 16),"
                       " algorithm TEXT NOT NULL CHECK (algorithm = 'Ed25519'),"
                       " public_key_pem TEXT NOT NULL,"
                       " created_at_utc TEXT NOT NULL,"
                       " storage TEXT NOT NULL CHECK (storage IN ('keychain', 'file')))"),
        QStringLiteral("CREATE TRIGGER signing_key_no_update BEFORE UPDATE ON signing_key") +
            appendOnly.arg(QStringLiteral("signing_key")),
        QStringLiteral("CREATE TRIGGER signing_key_no_delete BEFORE DELETE ON signing_key") +
            appendOnly.arg(QStringLiteral("signing_key")),
        QStringLiteral("CREATE TABLE audit_checkpoint ("
                       " id INTEGER PRIMARY KEY,"
                       " scope TEXT NOT NULL CHECK (scope IN ('log', 'incident')),"
                       " incident TEXT NOT NULL,"
                       " seq INTEGER NOT NULL CHECK (seq >= 1),"
                       " head_hash TEXT NOT NULL CHECK (length(head_hash) = 64),"
                       " at_utc TEXT NOT NULL,"
                       " clock_source TEXT NOT NULL,"
                       " reason TEXT NOT NULL,"
                       " key_id TEXT REFERENCES signing_key (key_id),"
                       " signature TEXT CHECK (signature IS NULL OR length(signature) = 128),"
                       " signed_at_utc TEXT,"
                       " CHECK ((scope = 'log') = (incident = '')),"
                       " CHECK ((key_id IS NULL) = (signature IS NULL)))"),
        QStringLiteral("CREATE INDEX audit_checkpoint_by_head ON audit_checkpoint (scope, incident, seq)"),
        QStringLiteral("CREATE TRIGGER audit_checkpoint_no_delete BEFORE DELETE ON audit_checkpoint") +
            appendOnly.arg(QStringLiteral("audit_checkpoint")),
        // A pending checkpoint is signed once (key_id, signature, signed_at_utc go from NULL to a
        // value); nothing else about a checkpoint ever changes.
        QStringLiteral("CREATE TRIGGER audit_checkpoint_sign_once BEFORE UPDATE ON audit_checkpoint"
                       " WHEN OLD.signature IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.scope IS NOT OLD.scope"
                       " OR NEW.incident IS NOT OLD.incident OR NEW.seq IS NOT OLD.seq"
                       " OR NEW.head_hash IS NOT OLD.head_hash OR NEW.at_utc IS NOT OLD.at_utc"
                       " OR NEW.clock_source IS NOT OLD.clock_source OR NEW.reason IS NOT OLD.reason"
                       " BEGIN SELECT RAISE(ABORT, 'a checkpoint is signed once and never changed'); END"),
    };
}

bool upgradeTo2(QSqlDatabase& db, QString* error) {
    if (!execAll(db, version2Statements(), error))
        return false;

    // The incident chains of rows already in the log, in seq order.
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    QSqlQuery insert(db);
    if (!rows.exec(QStringLiteral("SELECT seq, at_utc, actor, kind, target, incident, payload FROM audit_log"
                                  " WHERE incident <> '' ORDER BY seq")) ||
        !insert.prepare(QStringLiteral("INSERT INTO audit_incident_chain (seq, incident, incident_seq,"
                                       " incident_prev_hash, incident_hash) VALUES (?, ?, ?, ?, ?)"))) {
        if (error)
            *error = rows.lastError().isValid() ? rows.lastError().databaseText() : insert.lastError().databaseText();
        return false;
    }
    QHash<QString, std::pair<qint64, QString>> heads; // incident -> (incident_seq, incident_hash)
    while (rows.next()) {
        AuditRecord r;
        r.seq = rows.value(0).toLongLong();
        r.atUtc = rows.value(1).toString();
        r.actor = rows.value(2).toString();
        r.kind = rows.value(3).toString();
        r.target = rows.value(4).toString();
        r.incident = rows.value(5).toString();
        r.payload = rows.value(6).toString();
        auto& [incidentSeq, incidentHash] = heads[r.incident];
        const QString previous = incidentSeq == 0 ? AuditLog::genesisHash() : incidentHash;
        incidentHash = AuditLog::computeHash(previous, r);
        ++incidentSeq;
        insert.addBindValue(r.seq);
        insert.addBindValue(r.incident);
        insert.addBindValue(incidentSeq);
        insert.addBindValue(previous);
        insert.addBindValue(incidentHash);
        if (!insert.exec()) {
            if (error)
                *error = insert.lastError().databaseText();
            return false;
        }
    }
    return true;
}

using UpgradeStep = bool (*)(QSqlDatabase& db, QString* error);

/// kUpgradeSteps[i] takes a database from version i + 1 to version i + 2; currentVersion() follows.
/// A new file is created at version 1 and then upgraded, so new and upgraded files are identical.
constexpr std::array<UpgradeStep, 1> kUpgradeSteps{upgradeTo2};

} // namespace

int AuditSchema::currentVersion() {
    return 1 + static_cast<int>(kUpgradeSteps.size());
}

AuditSchema::Inspection AuditSchema::inspect(QSqlDatabase& db) {
    Inspection result;
    result.version = SqlitePragmas::userVersion(db, &result.error, &result.code);
    if (result.version < 0) {
        result.state = State::Unreadable;
        return result;
    }
    if (result.version > currentVersion()) {
        result.state = State::Newer;
        return result;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        result.state = State::Unreadable;
        result.error = query.lastError().databaseText();
        result.code = query.lastError().nativeErrorCode().toInt();
        return result;
    }
    const qint64 objects = query.value(0).toLongLong();
    if (result.version == 0) {
        result.state = objects == 0 ? State::Empty : State::NotAnAuditLog;
        return result;
    }
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), QStringLiteral("format"));
    if (!query.exec() || !query.next() || query.value(0).toString() != kFormat) {
        result.state = State::NotAnAuditLog;
        return result;
    }
    result.state = result.version == currentVersion() ? State::Current : State::Older;
    return result;
}

bool AuditSchema::migrate(QSqlDatabase& db, const Clock& clock, QString* error) {
    // IMMEDIATE takes the write lock now, so two processes cannot both create the schema.
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    auto fail = [&db] {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };

    const Inspection found = inspect(db);
    int version = found.version;
    switch (found.state) {
    case State::Current:
        return exec(db, QStringLiteral("COMMIT"), error);
    case State::Empty:
        qCInfo(lcAudit) << "creating audit log schema version" << currentVersion();
        if (!createSchema(db, clock, error))
            return fail();
        version = 1;
        break;
    case State::Older:
        qCInfo(lcAudit) << "upgrading audit log schema from version" << version << "to" << currentVersion();
        break;
    case State::Newer:
    case State::NotAnAuditLog:
    case State::Unreadable:
        // The caller inspected first; reaching here means the file changed under us.
        if (error)
            *error = QStringLiteral("the file changed while it was being opened");
        return fail();
    }
    if (!upgrade(db, version, error) || !SqlitePragmas::setUserVersion(db, currentVersion(), error) ||
        !exec(db, QStringLiteral("COMMIT"), error))
        return fail();
    return true;
}

namespace {

/// Version 1's tables, indexes and triggers (without the meta rows).
QStringList version1Statements() {
    // Version 1. The audit_log table is a public contract (docs/audit-log.md, "The file"): auditors query it
    // with the sqlite3 shell and re-verify it with docs/verify_audit_log.py.
    return {
        QStringLiteral("CREATE TABLE meta ("
                       " key TEXT PRIMARY KEY NOT NULL,"
                       " value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE audit_log ("
            " seq INTEGER PRIMARY KEY,"
            " at_utc TEXT NOT NULL CHECK (at_utc GLOB "
            "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),"
            " actor TEXT NOT NULL,"
            " kind TEXT NOT NULL,"
            " target TEXT NOT NULL,"
            " incident TEXT NOT NULL,"
            " payload TEXT NOT NULL,"
            " prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),"
            " hash TEXT NOT NULL CHECK (length(hash) = 64))"),
        QStringLiteral("CREATE INDEX audit_log_by_kind ON audit_log (kind, seq)"),
        QStringLiteral("CREATE INDEX audit_log_by_incident ON audit_log (incident, seq)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
        // Defence in depth against a careless writer (an attacker simply drops it): a row goes
        // on the head of the chain only, with the next seq and the head's hash as prev_hash.
        QStringLiteral("CREATE TRIGGER audit_log_append_at_head BEFORE INSERT ON audit_log"
                       " WHEN NEW.seq IS NOT (SELECT IFNULL(MAX(seq), 0) + 1 FROM audit_log)"
                       " OR NEW.prev_hash IS NOT IFNULL((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1),"
                       " '%1')"
                       " BEGIN SELECT RAISE(ABORT, 'audit_log rows are appended at the head of the chain only'); END")
            .arg(AuditLog::genesisHash()),
    };
}

/// The triggers among `statements`: name -> the exact statement that creates it.
QList<std::pair<QString, QString>> triggersIn(const QStringList& statements) {
    const QString create = QStringLiteral("CREATE TRIGGER ");
    QList<std::pair<QString, QString>> triggers;
    for (const QString& statement : statements)
        if (statement.startsWith(create))
            triggers.append({statement.mid(create.size()).section(QLatin1Char(' '), 0, 0), statement});
    return triggers;
}

} // namespace

bool AuditSchema::createSchema(QSqlDatabase& db, const Clock& clock, QString* error) {
    if (!execAll(db, version1Statements(), error))
        return false;

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value)"));
    const std::array<std::pair<QString, QString>, 5> meta = {{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("database_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("created_at_utc"), utc::format(clock.utcNow())},
        {QStringLiteral("created_by"), QStringLiteral("Turnback " TURNBACK_VERSION)},
        {QStringLiteral("clock_source"), clock.sourceName()},
    }};
    for (const auto& [key, value] : meta) {
        insert.bindValue(QStringLiteral(":key"), key);
        insert.bindValue(QStringLiteral(":value"), value);
        if (!insert.exec()) {
            if (error)
                *error = insert.lastError().databaseText();
            return false;
        }
    }
    return true;
}

bool AuditSchema::upgrade(QSqlDatabase& db, int from, QString* error) {
    for (int version = from; version < currentVersion(); ++version) {
        if (!kUpgradeSteps[static_cast<size_t>(version - 1)](db, error))
            return false;
    }
    return true;
}

QStringList AuditSchema::guardProblems(QSqlDatabase& db, int version) {
    QStringList statements = version1Statements();
    if (version >= 2)
        statements += version2Statements();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"));
    QStringList problems;
    for (const auto& [name, statement] : triggersIn(statements)) {
        query.bindValue(QStringLiteral(":name"), name);
        if (!query.exec())
            problems << QStringLiteral("the guard %1 cannot be read (%2)").arg(name, query.lastError().databaseText());
        else if (!query.next())
            problems << QStringLiteral("the guard %1 was dropped").arg(name);
        else if (query.value(0).toString() != statement)
            problems << QStringLiteral("the guard %1 was replaced by another").arg(name);
    }
    return problems;
}

} // namespace turnback
