// libFuzzer target: reading an audit log must never crash, hang or leak, whatever the file holds.
// The input is written to a file, then read the two ways Turnback reads a log it did not write:
// AuditVerifier (the sqlite3 C API, as `turnback-cli audit verify` does) and AuditLog opened
// read-only (QSqlDatabase, as the review screen does): records, checkpoints, keys, incident chains.
// Last, AuditLog opens it for writing (schema upgrade included) and appends one event.
#include "AuditLog.h"
#include "AuditVerifier.h"
#include "Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>

using namespace turnback;

namespace {

std::unique_ptr<QTemporaryDir> g_dir;
QString g_path;

void quiet(QtMsgType, const QMessageLogContext&, const QString&) {}

void removeFiles() {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(g_path + QLatin1String(suffix));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    // QSqlDatabase loads its driver plugin through the application. Never deleted: destroying it
    // from an exit handler, after Qt's own globals are gone, crashes.
    static QCoreApplication* app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    // Failures are logged as warnings; an input that fails is the common case, not news.
    qInstallMessageHandler(quiet);
    // In memory when possible: the read-write open syncs every commit to disk.
    const QString base =
        QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    g_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/fuzz_audit_reader-XXXXXX"));
    if (!g_dir->isValid()) {
        std::fprintf(stderr, "fuzz_audit_reader: cannot create a temporary folder\n");
        return 1;
    }
    g_path = g_dir->filePath(QStringLiteral("audit.db"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    removeFiles();
    {
        QFile file(g_path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) != static_cast<qint64>(size))
            __builtin_trap(); // the harness itself failed: not a finding about the reader
    }

    const AuditVerification verified = AuditVerifier::verify(g_path);
    if (verified.ok && (verified.problem != AuditVerification::Problem::None || verified.firstBadSeq != 0))
        __builtin_trap(); // a verdict that contradicts itself

    SimulatedClock clock;
    AuditLog log(clock);
    if (log.open(g_path, AuditLog::Access::ReadOnly)) {
        const QList<AuditRecord> records = log.records();
        (void)log.count();
        (void)log.headSeq();
        (void)log.headHash();
        (void)log.records(log.headSeq(), 1);
        (void)log.recordsOfKind(QStringLiteral("ReversalClosed"));
        (void)log.pendingCheckpointCount();
        (void)log.signingKeys();
        (void)log.checkpoints();
        (void)log.latestCheckpoint();
        if (const auto latest = log.latestSignedCheckpoint())
            (void)AuditVerifier::verify(g_path, {CheckpointAnchor::parse(latest->anchor())});
        for (const AuditRecord& record : records) {
            if (record.incident.isEmpty())
                continue;
            (void)log.incidentCheckpoints(record.incident);
            (void)log.incidentRecords(record.incident);
            (void)AuditVerifier::verifyIncident(g_path, record.incident);
            break; // one incident per input keeps an execution short
        }
        // Writing must be refused on a read-only log, never attempted.
        if (log.append({QStringLiteral("fuzz"), QStringLiteral("ui.click"), {}, {}, {}}).has_value())
            __builtin_trap();
        log.close();
    }

    // Opened for writing, as when someone picks the file in the console: it is refused, or
    // upgraded and appended to, after which it must verify unless it was already broken.
    if (log.open(g_path, AuditLog::Access::ReadWrite)) {
        const bool appended = log.append({QStringLiteral("fuzz"), QStringLiteral("ui.click"), {}, {}, {}}).has_value();
        log.close();
        if (appended && verified.ok && !AuditVerifier::verify(g_path).ok)
            __builtin_trap(); // a log that verified does not verify after one append
    }
    removeFiles();
    return 0;
}
