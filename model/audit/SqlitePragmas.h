#pragma once

#include <QString>

class QSqlDatabase;
struct sqlite3;

namespace turnback {

/// Every SQLite-only setting Turnback uses, in one place (DESIGN.md section 6): a PostgreSQL
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

/// The schema version stored in the file header (PRAGMA user_version); -1 and `error` on failure.
int userVersion(QSqlDatabase& db, QString* error);
bool setUserVersion(QSqlDatabase& db, int version, QString* error);

/// The settings in force on a connection, for tests and diagnostics.
QString journalMode(QSqlDatabase& db);
int synchronous(QSqlDatabase& db); ///< 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA; -1 on failure

/// A read-only scan with the C API (the verifier): busy timeout, query_only, a memory map and a
/// bigger page cache for one fast forward pass.
bool applyReadOnlyScan(sqlite3* db, QString* error);
int userVersion(sqlite3* db, QString* error);

} // namespace SqlitePragmas
} // namespace turnback
