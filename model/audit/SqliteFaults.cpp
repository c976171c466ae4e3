#include "SqliteFaults.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace turnback::sqlite {

int codeOf(const QString& message) {
    for (const int code : {SQLITE_FULL, SQLITE_READONLY, SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CORRUPT,
                           SQLITE_NOTADB, SQLITE_CANTOPEN, SQLITE_IOERR}) {
        if (message == QString::fromUtf8(sqlite3_errstr(code)))
            return code;
    }
    return message.isEmpty() ? SQLITE_OK : SQLITE_ERROR;
}

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

AuditFault faultOf(const QSqlError& error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && code != SQLITE_OK ? faultOf(code) : faultOf(error.databaseText());
}

bool isReadOnlyConnection(const QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto* connection = *static_cast<sqlite3* const*>(handle.data());
    return connection && sqlite3_db_readonly(connection, "main") == 1;
}

} // namespace turnback::sqlite
