#pragma once

#include "SmallDisk.h"

#include <QString>

namespace turnback::test {

/// A disk that fills up on demand under an audit log, two ways:
///  - "sqlite full": every SQLite write to a file in the folder fails with SQLITE_FULL, exactly as
///    SQLite's own unix VFS reports ENOSPC, through a pass-through VFS registered as this process's
///    default (SimulatedDiskFull, FullDisk.cpp). Works for anyone, for any write, so it always runs;
///  - "tmpfs": a real 1 MiB tmpfs filled to the last byte. Mounting needs root (CAP_SYS_ADMIN), so
///    this row exists only where a tmpfs can be mounted, in addition to the first, never instead.
class FullDisk {
public:
    /// The rows for a test's _data function: a bool column "realDisk".
    static void addRows();
    static bool canMount();

    FullDisk(const QString& folder, bool realDisk);
    ~FullDisk();
    FullDisk(const FullDisk&) = delete;
    FullDisk& operator=(const FullDisk&) = delete;

    /// Creates the folder (and mounts the tmpfs); before the log is opened there.
    bool prepare();
    QString folder() const { return m_disk.folder; }
    /// No room for another byte.
    bool fill();
    /// Room again.
    bool makeRoom();

private:
    QString filler() const { return m_disk.folder + QStringLiteral("/filler"); }

    bool m_real = false;
    SmallDisk m_disk;
};

} // namespace turnback::test
