#pragma once

#include <QMetaType>
#include <QString>

namespace turnback {

/// Why the audit log cannot be opened or written, in the operator's terms (docs/audit-log.md,
/// "Faults"). Storage classes map their own error codes to these (SqliteAuditStore: SQLite's
/// result codes), so the UI never sees a backend's numbers.
enum class AuditFault {
    None,                  ///< all is well
    DiskFull,              ///< SQLITE_FULL: no room for the next page
    ReadOnly,              ///< the file, its folder or its disk cannot be written (SQLITE_READONLY, SQLITE_PERM)
    LockedByAnotherWriter, ///< another Turnback holds the writer's lock file <db>.lock
    Busy,                  ///< SQLITE_BUSY/LOCKED: another program held the database past the busy timeout
    Corrupt,               ///< SQLITE_CORRUPT, or the integrity check on open found a problem
    NewerSchema,           ///< written by a newer Turnback; left unchanged
    NotAnAuditLog,         ///< SQLITE_NOTADB, or an SQLite database that is not a Turnback audit log
    Unopenable,            ///< SQLITE_CANTOPEN, a missing file, a path that cannot be a file
    Broken,                ///< the console's check on open: the chain or the schema's guards are not as written
    Other,                 ///< anything else (an I/O error, ...): the detail says what
};

/// The message for the operator: what happened, whether anything is lost, what to do. `path` is
/// shown as given (pass it through QDir::toNativeSeparators); `detail` fills in the specifics
/// (the other writer's "pid N on HOST", the integrity check's first line, "schema 3, this version
/// reads up to 2", SQLite's own words). Empty for AuditFault::None.
QString faultMessage(AuditFault fault, const QString& path, const QString& detail);

/// The enumerator's name ("DiskFull"), for logs and test output; never shown to the operator.
QString faultName(AuditFault fault);

} // namespace turnback

Q_DECLARE_METATYPE(turnback::AuditFault)
