#include "SqlitePragmas.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace turnback::SqlitePragmas {

namespace {

bool exec(QSqlDatabase& db, const QString& statement, QString* error, QVariant* firstValue = nullptr,
          int* code = nullptr) {
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        if (error)
            *error = query.lastError().databaseText();
        if (code)
            *code = query.lastError().nativeErrorCode().toInt();
        return false;
    }
    if (firstValue)
        *firstValue = query.next() ? query.value(0) : QVariant();
    return true;
}

bool execC(sqlite3* db, const char* statement, QString* error) {
    char* message = nullptr;
    if (sqlite3_exec(db, statement, nullptr, nullptr, &message) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

} // namespace

bool applyConnectionSettings(QSqlDatabase& db, QString* error) {
    return exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs), error) &&
           exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error);
}

bool applyDurableWrites(QSqlDatabase& db, QString* error) {
    QVariant mode;
    if (!exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), error, &mode))
        return false;
    if (mode.toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        // SQLite answers with the mode it kept, e.g. on a file system without shared memory.
        if (error)
            *error = QStringLiteral("SQLite kept journal mode \"%1\" instead of WAL").arg(mode.toString());
        return false;
    }
    if (!exec(db, QStringLiteral("PRAGMA synchronous = FULL"), error))
        return false;
    if (synchronous(db) != 2) {
        if (error)
            *error = QStringLiteral("SQLite did not accept synchronous = FULL");
        return false;
    }
    return true;
}

int userVersion(QSqlDatabase& db, QString* error, int* code) {
    QVariant version;
    if (!exec(db, QStringLiteral("PRAGMA user_version"), error, &version, code))
        return -1;
    return version.isValid() ? version.toInt() : -1;
}

QString integrityCheck(QSqlDatabase& db, bool quick, QString* error, int* code) {
    // (1): stop at the first problem; the operator needs one line, and a damaged file can have thousands.
    QVariant first;
    if (!exec(db, quick ? QStringLiteral("PRAGMA quick_check(1)") : QStringLiteral("PRAGMA integrity_check(1)"), error,
              &first, code))
        return {};
    QString line = first.toString();
    line.remove(QStringLiteral("*** in database main ***"));
    return line.simplified();
}

bool setMaxPageCount(QSqlDatabase& db, qint64 pages, QString* error) {
    // A PRAGMA takes no bound parameters; `pages` is a number, never user text.
    return exec(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages), error);
}

bool setUserVersion(QSqlDatabase& db, int version, QString* error) {
    // A PRAGMA takes no bound parameters; `version` is an int from our own code, never user text.
    return exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
}

QString journalMode(QSqlDatabase& db) {
    QVariant mode;
    return exec(db, QStringLiteral("PRAGMA journal_mode"), nullptr, &mode) ? mode.toString().toLower() : QString();
}

int synchronous(QSqlDatabase& db) {
    QVariant level;
    return exec(db, QStringLiteral("PRAGMA synchronous"), nullptr, &level) && level.isValid() ? level.toInt() : -1;
}

bool applyReadOnlyScan(sqlite3* db, QString* error) {
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    return execC(db, "PRAGMA query_only = ON", error) && execC(db, "PRAGMA mmap_size = 1073741824", error) &&
           execC(db, "PRAGMA cache_size = -65536", error);
}

int userVersion(sqlite3* db, QString* error) {
    sqlite3_stmt* statement = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int(statement, 0);
    else if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return version;
}

} // namespace turnback::SqlitePragmas
