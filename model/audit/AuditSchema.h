#pragma once

#include <QString>

class QSqlDatabase;

namespace turnback {

class Clock;

/// The audit log's schema and its versions (PRAGMA user_version), after qBittorrent's
/// dbresumedatastorage: createSchema() builds version 1, then cumulative upgrade steps take any
/// older version to the current one, all in one transaction that is rolled back on failure.
/// A fresh file and an upgraded one therefore go through the same steps and end up identical.
/// Version 2 (upgradeTo2): checkpoints, signing keys, per-incident chains. To add version 3: write
/// `upgradeTo3()` in AuditSchema.cpp and append it to the step list.
class AuditSchema {
public:
    /// The newest schema this build reads and writes.
    static int currentVersion();

    enum class State {
        Empty,         ///< a new, empty SQLite file: create
        Older,         ///< an audit log at an older version: upgrade
        Current,       ///< nothing to do
        Newer,         ///< written by a newer Turnback: refuse, never touch
        NotAnAuditLog, ///< an SQLite database, but someone else's
        Unreadable,    ///< not an SQLite database, or an I/O error
    };
    struct Inspection {
        State state = State::Unreadable;
        int version = -1;
        QString error; ///< SQLite's own words, for Unreadable
        int code = 0;  ///< SQLite's result code, for Unreadable (11 damaged, 26 not a database, ...)
    };

    /// Looks at the file without writing anything.
    static Inspection inspect(QSqlDatabase& db);

    /// Creates or upgrades to currentVersion() in one IMMEDIATE transaction; rolls back and
    /// returns false with `error` on any failure. Re-checks the version inside the transaction in
    /// case another process migrated the file first.
    static bool migrate(QSqlDatabase& db, const Clock& clock, QString* error);

    /// The schema's guards (its append-only triggers) that are not in the file exactly as this build
    /// creates them for `version`, one plain phrase each ("the guard audit_log_no_update was
    /// dropped"); empty when all stand. Anyone who can write the file can drop a trigger, so a
    /// missing one means the log may have been changed without a trace (docs/audit-log.md).
    static QStringList guardProblems(QSqlDatabase& db, int version);

private:
    static bool createSchema(QSqlDatabase& db, const Clock& clock, QString* error);
    static bool upgrade(QSqlDatabase& db, int from, QString* error);
};

} // namespace turnback
