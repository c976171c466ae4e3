#include "SqliteReadOnly.h"

#include <QFileInfo>
#include <QUrl>

namespace turnback::sqlite {

ReadOnlyOpen readOnlyOpen(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    ReadOnlyOpen open;
    // A writer in WAL mode always has its -wal while it is open; its absence means every committed
    // row is in the database file (SQLite folds the WAL in and removes it when the last writer closes).
    open.immutable = !QFileInfo::exists(absolute + QStringLiteral("-wal"));
    // QUrl percent-encodes '?', '#' and '%' in the path, as SQLite's URI parser expects.
    open.uri = QString::fromUtf8(QUrl::fromLocalFile(absolute).toEncoded()) +
               (open.immutable ? QStringLiteral("?mode=ro&immutable=1") : QStringLiteral("?mode=ro"));
    return open;
}

} // namespace turnback::sqlite
