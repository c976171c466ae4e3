#include "SqliteWriterLock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStorageInfo>
#include <QThread>

namespace turnback {

namespace {

const QString kLockSuffix = QStringLiteral(".lock");

/// "pid 4242 on console-7" for the process holding a lock file.
QString lockHolder(const QLockFile& lock) {
    qint64 pid = 0;
    QString host, program;
    if (!lock.getLockInfo(&pid, &host, &program))
        return QStringLiteral("a process that just let go");
    return host.isEmpty() ? QStringLiteral("pid %1").arg(pid) : QStringLiteral("pid %1 on %2").arg(pid).arg(host);
}

bool hasHolderInfo(const QLockFile& lock) {
    qint64 pid = 0;
    QString host, program;
    return lock.getLockInfo(&pid, &host, &program);
}

} // namespace

SqliteWriterLock::SqliteWriterLock(const QString& databasePath)
    : m_lockPath(QFileInfo(databasePath).absoluteFilePath() + kLockSuffix)
    , m_lock(std::make_unique<QLockFile>(m_lockPath)) {
    // A lock is stale only when its process is gone (QLockFile checks the pid, its program name and
    // the boot id), never because it is old: a console records for hours.
    m_lock->setStaleLockTime(0);
}

SqliteWriterLock::~SqliteWriterLock() = default; // unlocks and removes the lock file

std::optional<SqliteWriterLock::Refusal> SqliteWriterLock::tryLock(const QString& shown) {
    if (m_lock->tryLock(0))
        return std::nullopt;
    // A lock file with no holder in it was left by a process killed while creating it: age does not
    // make it stale (setStaleLockTime(0)), so it would refuse every writer for ever. A live writer
    // takes the file's own lock (flock) a few microseconds after creating it and writes its pid
    // right after: so look again a moment later, and removeStaleLockFile() (which takes that flock
    // first) never removes a live writer's file.
    if (m_lock->error() == QLockFile::LockFailedError && !hasHolderInfo(*m_lock)) {
        QThread::msleep(100);
        if (!hasHolderInfo(*m_lock) && m_lock->removeStaleLockFile() && m_lock->tryLock(0))
            return std::nullopt;
    }
    const QString shownLock = QDir::toNativeSeparators(m_lockPath);
    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        const QString holder = lockHolder(*m_lock);
        return Refusal{AuditFault::LockedByAnotherWriter, holder,
                       QStringLiteral("Another Turnback (%1) is recording into %2; only one may record into a log "
                                      "at a time. Close it, or open this log read-only to review it.")
                           .arg(holder, shown)};
    }
    case QLockFile::PermissionError:
        return Refusal{AuditFault::ReadOnly, QStringLiteral("the folder is not writable"),
                       QStringLiteral("Cannot record into the audit log %1: Turnback cannot create its lock file %2 "
                                      "(the folder is not writable).")
                           .arg(shown, shownLock)};
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    if (QStorageInfo(QFileInfo(m_lockPath).absolutePath()).bytesAvailable() == 0)
        return Refusal{AuditFault::DiskFull, QString(),
                       QStringLiteral("Cannot record into the audit log %1: the disk is full, so Turnback cannot "
                                      "create its lock file %2.")
                           .arg(shown, shownLock)};
    return Refusal{AuditFault::Other, QStringLiteral("cannot create the lock file %1").arg(shownLock),
                   QStringLiteral("Cannot record into the audit log %1: Turnback cannot create its lock file %2.")
                       .arg(shown, shownLock)};
}

bool SqliteWriterLock::isHeldByAnotherProcess(const QString& databasePath, QString* holder) {
    const QString lockPath = QFileInfo(databasePath).absoluteFilePath() + kLockSuffix;
    if (!QFileInfo::exists(lockPath))
        return false;
    QLockFile probe(lockPath);
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock(); // it was stale, or the writer just let go
        return false;
    }
    if (probe.error() != QLockFile::LockFailedError)
        return false; // cannot tell; the real open will say why
    if (holder)
        *holder = lockHolder(probe);
    return true;
}

} // namespace turnback
