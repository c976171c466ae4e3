#include "SqliteRows.h"

#include <QSqlQuery>

namespace turnback::sqlite {

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

QString scopeName(Checkpoint::Scope scope) {
    return scope == Checkpoint::Scope::Log ? QStringLiteral("log") : QStringLiteral("incident");
}

} // namespace turnback::sqlite
