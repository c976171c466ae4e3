// bench_audit_verify [N]: builds an N-event audit log (default 1,000,000), then times
// AuditVerifier::verify against `sha256sum` over a file holding exactly the bytes the verifier
// hashes (each row's prev_hash followed by its canonical bytes). Both run warm (best of three).
// Target: the verifier at least half as fast as sha256sum (speed ratio >= 0.5).
#include "AuditLog.h"
#include "AuditVerifier.h"
#include "Clock.h"
#include "UtcTime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace turnback;

namespace {

bool check(int rc, sqlite3* db, const char* what) {
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "bench_audit_verify: %s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

double seconds(std::chrono::steady_clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? std::max<qint64>(1, QByteArray(argv[1]).toLongLong()) : 1'000'000;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench-audit-verify-XXXXXX"));
    const QString dbPath = dir.filePath(QStringLiteral("audit.db"));
    const QString bytesPath = dir.filePath(QStringLiteral("hashed-bytes.bin"));

    // The schema exactly as AuditLog creates it; the rows through the C API in one transaction,
    // hashed with AuditLog::computeHash.
    SimulatedClock clock;
    {
        AuditLog log(clock);
        if (!log.open(dbPath)) {
            std::fprintf(stderr, "bench_audit_verify: %s\n", qPrintable(log.errorString()));
            return 1;
        }
    }
    const auto buildStart = std::chrono::steady_clock::now();
    sqlite3* db = nullptr;
    sqlite3_stmt* insert = nullptr;
    sqlite3_open_v2(QFile::encodeName(dbPath).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (!check(sqlite3_exec(db, "PRAGMA synchronous = OFF; BEGIN", nullptr, nullptr, nullptr), db, "begin") ||
        !check(sqlite3_prepare_v2(db, "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &insert, nullptr),
               db, "prepare"))
        return 1;
    QFile bytes(bytesPath);
    if (!bytes.open(QIODevice::WriteOnly))
        return 1;
    const QStringList kinds = {QStringLiteral("ObservationRecorded"), QStringLiteral("ui.click"),
                               QStringLiteral("DecisionRecorded"), QStringLiteral("CommsSent")};
    const QString note(120, QLatin1Char('n'));
    AuditRecord r;
    r.prevHash = AuditLog::genesisHash();
    r.actor = QStringLiteral("Zoë Okafor");
    r.target = QStringLiteral("error-rate");
    r.incident = QStringLiteral("rev-2026-11-26-01");
    qint64 totalBytes = 0;
    for (qint64 seq = 1; seq <= n; ++seq) {
        r.seq = seq;
        r.atUtc = utc::format(clock.utcNow());
        clock.advance(std::chrono::milliseconds(137));
        r.kind = kinds.at(seq % kinds.size());
        r.payload = AuditLog::canonicalPayload(QJsonObject{{QStringLiteral("level"), QStringLiteral("stop")},
                                                           {QStringLiteral("n"), seq},
                                                           {QStringLiteral("note"), note}});
        r.hash = AuditLog::computeHash(r.prevHash, r);
        const QByteArray hashed = r.prevHash.toLatin1() + AuditLog::canonicalBytes(r);
        bytes.write(hashed);
        totalBytes += hashed.size();

        const QByteArray fields[] = {r.atUtc.toUtf8(),    r.actor.toUtf8(),   r.kind.toUtf8(),     r.target.toUtf8(),
                                     r.incident.toUtf8(), r.payload.toUtf8(), r.prevHash.toUtf8(), r.hash.toUtf8()};
        sqlite3_bind_int64(insert, 1, seq);
        for (int i = 0; i < 8; ++i)
            sqlite3_bind_text(insert, i + 2, fields[i].constData(), static_cast<int>(fields[i].size()),
                              SQLITE_TRANSIENT);
        if (!check(sqlite3_step(insert), db, "insert"))
            return 1;
        sqlite3_reset(insert);
        r.prevHash = r.hash;
    }
    sqlite3_finalize(insert);
    if (!check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit"))
        return 1;
    sqlite3_close(db);
    bytes.close();
    const QString head = r.prevHash;
    std::printf("bench_audit_verify: built %lld events (%.1f MB of hashed bytes, database %.1f MB) in %.1f s\n",
                static_cast<long long>(n), static_cast<double>(totalBytes) / 1e6,
                static_cast<double>(QFileInfo(dbPath).size()) / 1e6,
                seconds(std::chrono::steady_clock::now() - buildStart));

    double verifyBest = 1e9, shaBest = 1e9;
    for (int round = 0; round < 3; ++round) {
        auto t0 = std::chrono::steady_clock::now();
        const AuditVerification v = AuditVerifier::verify(dbPath);
        verifyBest = std::min(verifyBest, seconds(std::chrono::steady_clock::now() - t0));
        if (!v.ok || v.count != n || v.headHash != head) {
            std::fprintf(stderr, "bench_audit_verify: verification disagrees: %s\n", qPrintable(v.message));
            return 1;
        }

        QProcess sha;
        t0 = std::chrono::steady_clock::now();
        sha.start(QStringLiteral("sha256sum"), {bytesPath});
        if (!sha.waitForFinished(600'000) || sha.exitCode() != 0) {
            std::fprintf(stderr, "bench_audit_verify: sha256sum failed: %s\n", qPrintable(sha.errorString()));
            return 1;
        }
        shaBest = std::min(shaBest, seconds(std::chrono::steady_clock::now() - t0));
    }
    std::printf("bench_audit_verify: %lld events, verify %.3f s (%.0f MB/s), sha256sum %.3f s (%.0f MB/s) over the "
                "same %.1f MB; speed ratio %.2f (target >= 0.50)\n",
                static_cast<long long>(n), verifyBest, static_cast<double>(totalBytes) / 1e6 / verifyBest, shaBest,
                static_cast<double>(totalBytes) / 1e6 / shaBest, static_cast<double>(totalBytes) / 1e6,
                shaBest / verifyBest);
    return 0;
}
