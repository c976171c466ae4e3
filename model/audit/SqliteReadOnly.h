#pragma once

#include <QString>

namespace turnback::sqlite {

/// How to open an audit log without writing one byte next to it (docs/audit-log.md, "Reading
/// without writing"). SQLite's read-only flag alone is not enough for a WAL database: the reader
/// still creates `-wal` and `-shm` beside it when they are missing. So:
/// * no `-wal` beside the file: nothing is in flight; open with `mode=ro&immutable=1`, which creates
///   no file, takes no lock and reads the database file exactly as it is;
/// * a `-wal` beside it (a console recording into it, or one that crashed): the newest rows may be
///   only in the WAL; open with `mode=ro` so that they are read too. SQLite then uses the writer's
///   `-shm` (and creates it when it is missing); the database file itself is still never written.
struct ReadOnlyOpen {
    QString uri;            ///< "file:///abs/path?mode=ro[&immutable=1]", for SQLITE_OPEN_URI
    bool immutable = false; ///< true when opened as immutable (no -wal was present)
};

ReadOnlyOpen readOnlyOpen(const QString& path);

} // namespace turnback::sqlite
