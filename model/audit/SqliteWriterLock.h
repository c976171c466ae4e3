#pragma once

#include "AuditFault.h"

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace turnback {

/// The writer's lock file `<db>.lock` (docs/audit-log.md, "Faults"): SQLite lets several
/// processes write one file, one transaction at a time, but two consoles recording into one log
/// would interleave two reversals' events. A server database would use its own lock instead
/// (docs/audit-log.md, "Storage"). Held until destroyed.
class SqliteWriterLock {
public:
    struct Refusal {
        AuditFault fault = AuditFault::Other;
        QString detail;  ///< for faultMessage(): "pid N on HOST", ...
        QString message; ///< the plain-language error
    };

    explicit SqliteWriterLock(const QString& databasePath);
    ~SqliteWriterLock();
    SqliteWriterLock(const SqliteWriterLock&) = delete;
    SqliteWriterLock& operator=(const SqliteWriterLock&) = delete;

    /// Takes the lock; std::nullopt when taken, else why not (`shownPath` is the database as the
    /// operator sees it).
    std::optional<Refusal> tryLock(const QString& shownPath);

    /// True when another live process holds the lock of `databasePath` (checked without taking it,
    /// cheap: no database is opened). `holder` gets "pid N on HOST".
    static bool isHeldByAnotherProcess(const QString& databasePath, QString* holder = nullptr);

private:
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace turnback
