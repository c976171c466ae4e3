#pragma once

#include "AuditFault.h"

#include <QString>

class QSqlDatabase;
class QSqlError;

namespace turnback::sqlite {

/// SQLite's result code for a message, when a helper passed on only the words: SQLite's own text
/// for each code (sqlite3_errstr) is what sqlite3_errmsg says for it.
int codeOf(const QString& message);

/// What an SQLite result code (primary or extended) means for the operator.
AuditFault faultOf(int code);
AuditFault faultOf(const QString& message);
/// QSqlError::nativeErrorCode() is SQLite's result code as text ("13" for a full disk).
AuditFault faultOf(const QSqlError& error);

/// True when SQLite opened the file read-only although we asked for read-write: it does that
/// silently for a write-protected file (chmod, chattr +i, a read-only mount).
bool isReadOnlyConnection(const QSqlDatabase& db);

} // namespace turnback::sqlite
