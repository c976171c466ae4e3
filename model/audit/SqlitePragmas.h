#pragma once

#include <QString>

class QSqlDatabase;
struct sqlite3;

namespace turnback {

/// Every SQLite-only setting Turnback uses, in one place (docs/audit-log.md, "Settings"): a PostgreSQL
/// store will have none of these, so nothing outside this unit may issue a PRAGMA.
namespace SqlitePragmas {

/// How long a connection waits for another process's lock before it reports "busy".
inline constexpr int kBusyTimeoutMs = 5000;

/// Connection settings that never write to the file: busy timeout, foreign keys. Safe to apply
/// before we know whether we may touch the database at all.
bool applyConnectionSettings(QSqlDatabase& db, QString* error);

/// Durable writes: WAL journal (this one is stored in the file header) and synchronous=FULL,
/// so a commit has reached the disk before it returns. Checks that both are really in force.
bool applyDurableWrites(QSqlDatabase& db, QString* error);

/// The schema version stored in the file header (PRAGMA user_version); -1 and `error` on failure,
/// with SQLite's result code in `code` when given (26 for a file that is not a database).
int userVersion(QSqlDatabase& db, QString* error, int* code = nullptr);
bool setUserVersion(QSqlDatabase& db, int version, QString* error);

/// Files bigger than this get PRAGMA quick_check on open instead of the full integrity_check:
/// quick_check skips matching index contents to table rows, which is what makes the full one slow.
inline constexpr qint64 kQuickCheckAboveBytes = 64 * 1024 * 1024;

/// PRAGMA integrity_check (or quick_check when `quick`), read-only. "ok" when the file is sound,
/// otherwise SQLite's first problem on one line. An empty string when the check itself failed,
/// with `error` and SQLite's result code in `code` (11 damaged, 26 not a database, ...).
QString integrityCheck(QSqlDatabase& db, bool quick, QString* error, int* code);

/// Caps the file at `pages` pages on this connection only: SQLite then fails a write with
/// SQLITE_FULL, exactly as on a full disk. For tests where a real small file system is not available.
bool setMaxPageCount(QSqlDatabase& db, qint64 pages, QString* error);

/// The settings in force on a connection, for tests and diagnostics.
QString journalMode(QSqlDatabase& db);
int synchronous(QSqlDatabase& db); ///< 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA; -1 on failure

/// A read-only scan with the C API (the verifier): busy timeout, query_only, a memory map and a
/// bigger page cache for one fast forward pass.
bool applyReadOnlyScan(sqlite3* db, QString* error);
int userVersion(sqlite3* db, QString* error);

} // namespace SqlitePragmas
} // namespace turnback
