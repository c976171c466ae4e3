#include "FullDisk.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstring>

namespace turnback::test {

namespace {

/// The pass-through VFS: the platform's own VFS for everything, except that a write to a file
/// under g_fullFolder fails with SQLITE_FULL while that folder is "full".
sqlite3_vfs* g_realVfs = nullptr;
sqlite3_vfs g_vfs;
QByteArray g_fullFolder; // empty: nothing is full

struct ShimFile {
    sqlite3_file base;
    sqlite3_file* real; // SQLite allocates it right behind this struct (szOsFile)
    const char* path;   // SQLite keeps the name valid until xClose
};

sqlite3_file* realOf(sqlite3_file* file) {
    return reinterpret_cast<ShimFile*>(file)->real;
}

int shimWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
    const char* path = reinterpret_cast<ShimFile*>(file)->path;
    if (!g_fullFolder.isEmpty() && path && std::strncmp(path, g_fullFolder.constData(), g_fullFolder.size()) == 0)
        return SQLITE_FULL;
    return realOf(file)->pMethods->xWrite(realOf(file), data, amount, offset);
}

int shimClose(sqlite3_file* file) {
    const int rc = realOf(file)->pMethods->xClose(realOf(file));
    file->pMethods = nullptr;
    return rc;
}

// Everything but xWrite and xClose goes straight to the real file.
int shimRead(sqlite3_file* f, void* out, int n, sqlite3_int64 at) {
    return realOf(f)->pMethods->xRead(realOf(f), out, n, at);
}
int shimTruncate(sqlite3_file* f, sqlite3_int64 size) {
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int shimSync(sqlite3_file* f, int flags) {
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int shimFileSize(sqlite3_file* f, sqlite3_int64* size) {
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int shimLock(sqlite3_file* f, int level) {
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int shimUnlock(sqlite3_file* f, int level) {
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int shimCheckReservedLock(sqlite3_file* f, int* out) {
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int shimFileControl(sqlite3_file* f, int op, void* arg) {
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int shimSectorSize(sqlite3_file* f) {
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int shimDeviceCharacteristics(sqlite3_file* f) {
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int shimShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out) {
    return realOf(f)->pMethods->xShmMap(realOf(f), page, size, extend, out);
}
int shimShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void shimShmBarrier(sqlite3_file* f) {
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int shimShmUnmap(sqlite3_file* f, int deleteFlag) {
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int shimFetch(sqlite3_file* f, sqlite3_int64 at, int n, void** out) {
    return realOf(f)->pMethods->xFetch(realOf(f), at, n, out);
}
int shimUnfetch(sqlite3_file* f, sqlite3_int64 at, void* page) {
    return realOf(f)->pMethods->xUnfetch(realOf(f), at, page);
}

/// Version 3 (shared memory, memory-mapped reads) for files whose real methods have it, version 1
/// for the others, so SQLite never calls a method the real file lacks.
const sqlite3_io_methods kMethodsV3 = {
    3,
    shimClose,
    shimRead,
    shimWrite,
    shimTruncate,
    shimSync,
    shimFileSize,
    shimLock,
    shimUnlock,
    shimCheckReservedLock,
    shimFileControl,
    shimSectorSize,
    shimDeviceCharacteristics,
    shimShmMap,
    shimShmLock,
    shimShmBarrier,
    shimShmUnmap,
    shimFetch,
    shimUnfetch,
};
sqlite3_io_methods withoutSharedMemory(sqlite3_io_methods methods) {
    methods.iVersion = 1;
    methods.xShmMap = nullptr;
    methods.xShmLock = nullptr;
    methods.xShmBarrier = nullptr;
    methods.xShmUnmap = nullptr;
    methods.xFetch = nullptr;
    methods.xUnfetch = nullptr;
    return methods;
}
const sqlite3_io_methods kMethodsV1 = withoutSharedMemory(kMethodsV3);

int shimOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags) {
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    shim->path = name;
    const int rc = g_realVfs->xOpen(g_realVfs, name, shim->real, flags, outFlags);
    const sqlite3_io_methods* real = rc == SQLITE_OK ? shim->real->pMethods : nullptr;
    file->pMethods = !real ? nullptr : real->iVersion >= 3 ? &kMethodsV3 : &kMethodsV1;
    return rc;
}

/// Registers the pass-through VFS as the default, once: connections opened from then on use it.
bool installVfs() {
    if (g_realVfs)
        return true;
    g_realVfs = sqlite3_vfs_find(nullptr);
    if (!g_realVfs)
        return false;
    g_vfs = *g_realVfs;
    g_vfs.szOsFile = static_cast<int>(sizeof(ShimFile)) + g_realVfs->szOsFile;
    g_vfs.zName = "turnback-full-disk";
    g_vfs.pNext = nullptr;
    g_vfs.xOpen = shimOpen;
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

} // namespace

void FullDisk::addRows() {
    QTest::addColumn<bool>("realDisk");
    QTest::newRow("sqlite full") << false;
    if (canMount())
        QTest::newRow("tmpfs") << true;
}

bool FullDisk::canMount() {
    QTemporaryDir probe;
    SmallDisk disk{probe.path()};
    return probe.isValid() && disk.mount(64 * 1024);
}

FullDisk::FullDisk(const QString& folder, bool realDisk)
    : m_real(realDisk)
    , m_disk{folder} {}

FullDisk::~FullDisk() {
    if (!m_real)
        g_fullFolder.clear();
}

bool FullDisk::prepare() {
    if (!QDir().mkpath(m_disk.folder))
        return false;
    return m_real ? m_disk.mount(1024 * 1024) : installVfs();
}

bool FullDisk::fill() {
    if (m_real)
        return fillDisk(filler());
    // Canonical, as SQLite names the files it opens (it resolves symbolic links).
    g_fullFolder = QFile::encodeName(QDir(m_disk.folder).canonicalPath() + QLatin1Char('/'));
    return true;
}

bool FullDisk::makeRoom() {
    if (m_real)
        return QFile::remove(filler());
    g_fullFolder.clear();
    return true;
}

} // namespace turnback::test
