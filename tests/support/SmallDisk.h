#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cerrno>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

namespace turnback::test {

/// A real, small file system (tmpfs) at a folder, unmounted however the test ends. Mounting needs
/// root (CAP_SYS_ADMIN), which the test machines and CI have; mount() says whether it worked.
struct SmallDisk {
    QString folder;
    bool mounted = false;
    bool mount(qint64 bytes) {
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
        mounted = ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                          options.constData()) == 0;
        return mounted;
    }
    ~SmallDisk() {
        if (mounted)
            ::umount2(QFile::encodeName(folder).constData(), MNT_DETACH);
    }
};

/// Fills the file system holding `path` to the last byte with that file; true when it is full.
inline bool fillDisk(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    const QByteArray chunk(4096, 'f');
    int lastErrno = 0;
    for (qsizetype size : {qsizetype(4096), qsizetype(1)}) {
        for (;;) {
            const ssize_t wrote = ::write(fd, chunk.constData(), static_cast<size_t>(size));
            if (wrote <= 0) {
                lastErrno = errno;
                break;
            }
        }
    }
    ::fsync(fd);
    ::close(fd);
    return lastErrno == ENOSPC;
}

} // namespace turnback::test
