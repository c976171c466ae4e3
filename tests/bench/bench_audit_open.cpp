// bench_audit_open [N]: what the console's check on open costs (docs/audit-log.md, "The console on
// a broken log"). Builds an N-event log (default 100,000; every row in one reversal, with its
// incident chain, as a long reversal writes it), then times, best of three, warm:
//   floor   every row read with the sqlite3 C API (the nine columns and the incident-chain columns,
//           every column of every row stepped), as a plain `sqlite3` read of the same rows;
//   open    AuditLog::open for writing (lock, PRAGMAs, SQLite's integrity check), no chain check;
//   console AuditLog::openForConsole with no signed checkpoint: the chain walked from seq 1;
//   signed  AuditLog::openForConsole with a signed checkpoint 100 rows before the head: the walk
//           starts there (a checkpoint is taken every 100 events). Two cases: the 100 rows go on
//           the reversal begun at seq 1 (so its rows before the checkpoint are proven too, since the
//           console shows them), or belong to a new reversal begun after it.
// Each is reported as a ratio to the floor.
#include "AuditLog.h"
#include "Clock.h"
#include "SigningKey.h"
#include "UtcTime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

using namespace turnback;

namespace {

constexpr qint64 kUnsignedTail = 100;

bool check(int rc, sqlite3* db, const char* what) {
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "bench_audit_open: %s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

double bestOfThreeMs(const std::function<bool()>& work) {
    double best = 1e12;
    for (int round = 0; round < 3; ++round) {
        const auto t0 = std::chrono::steady_clock::now();
        if (!work())
            return -1;
        best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    return best;
}

/// Writes rows `from`..`to` of reversal `incident` through the C API in one transaction, each hashed
/// with AuditLog::computeHash and given its incident-chain row, exactly as AuditLog would.
bool writeRows(const QString& path, qint64 from, qint64 to, SimulatedClock& clock,
               const QString& incident = QStringLiteral("rev-2026-11-26-01")) {
    sqlite3* db = nullptr;
    sqlite3_stmt* head = nullptr;
    sqlite3_stmt* incidentHead = nullptr;
    sqlite3_stmt* row = nullptr;
    sqlite3_stmt* chain = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (!check(sqlite3_exec(db, "PRAGMA synchronous = OFF; BEGIN", nullptr, nullptr, nullptr), db, "begin") ||
        !check(sqlite3_prepare_v2(db, "SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1", -1, &head, nullptr), db,
               "prepare head") ||
        !check(sqlite3_prepare_v2(db,
                                  "SELECT incident_seq, incident_hash FROM audit_incident_chain WHERE incident = ? "
                                  "ORDER BY seq DESC LIMIT 1",
                                  -1, &incidentHead, nullptr),
               db, "prepare incident head") ||
        !check(sqlite3_prepare_v2(db, "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &row, nullptr),
               db, "prepare row") ||
        !check(sqlite3_prepare_v2(db, "INSERT INTO audit_incident_chain VALUES (?, ?, ?, ?, ?)", -1, &chain, nullptr),
               db, "prepare chain"))
        return false;
    AuditRecord r;
    r.prevHash = r.incidentPrevHash = AuditLog::genesisHash();
    r.incident = incident;
    const QByteArray incidentId = incident.toUtf8();
    sqlite3_bind_text(incidentHead, 1, incidentId.constData(), static_cast<int>(incidentId.size()), SQLITE_TRANSIENT);
    qint64 incidentSeq = 0;
    if (sqlite3_step(head) == SQLITE_ROW)
        r.prevHash = QString::fromLatin1(reinterpret_cast<const char*>(sqlite3_column_text(head, 0)));
    if (sqlite3_step(incidentHead) == SQLITE_ROW) {
        incidentSeq = sqlite3_column_int64(incidentHead, 0);
        r.incidentPrevHash = QString::fromLatin1(reinterpret_cast<const char*>(sqlite3_column_text(incidentHead, 1)));
    }
    sqlite3_finalize(head);
    sqlite3_finalize(incidentHead);
    r.actor = QStringLiteral("Zoë Okafor");
    r.kind = QStringLiteral("ObservationRecorded");
    r.target = QStringLiteral("error-rate");
    for (qint64 seq = from; seq <= to; ++seq) {
        r.seq = seq;
        r.atUtc = utc::format(clock.utcNow());
        clock.advance(std::chrono::milliseconds(1000));
        r.payload = AuditLog::canonicalPayload(QJsonObject{{QStringLiteral("signal"), r.target},
                                                           {QStringLiteral("observed_at"), r.atUtc},
                                                           {QStringLiteral("rubric_ms"), seq * 1000},
                                                           {QStringLiteral("value"), 1.5}});
        r.hash = AuditLog::computeHash(r.prevHash, r);
        r.incidentHash = AuditLog::computeHash(r.incidentPrevHash, r);
        const QByteArray fields[] = {r.atUtc.toUtf8(),    r.actor.toUtf8(),   r.kind.toUtf8(),     r.target.toUtf8(),
                                     r.incident.toUtf8(), r.payload.toUtf8(), r.prevHash.toUtf8(), r.hash.toUtf8()};
        sqlite3_bind_int64(row, 1, seq);
        for (int i = 0; i < 8; ++i)
            sqlite3_bind_text(row, i + 2, fields[i].constData(), static_cast<int>(fields[i].size()), SQLITE_TRANSIENT);
        const QByteArray links[] = {r.incident.toUtf8(), r.incidentPrevHash.toUtf8(), r.incidentHash.toUtf8()};
        sqlite3_bind_int64(chain, 1, seq);
        sqlite3_bind_text(chain, 2, links[0].constData(), static_cast<int>(links[0].size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(chain, 3, ++incidentSeq);
        sqlite3_bind_text(chain, 4, links[1].constData(), static_cast<int>(links[1].size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(chain, 5, links[2].constData(), static_cast<int>(links[2].size()), SQLITE_TRANSIENT);
        if (!check(sqlite3_step(row), db, "insert row") || !check(sqlite3_step(chain), db, "insert chain"))
            return false;
        sqlite3_reset(row);
        sqlite3_reset(chain);
        r.prevHash = r.hash;
        r.incidentPrevHash = r.incidentHash;
    }
    sqlite3_finalize(row);
    sqlite3_finalize(chain);
    const bool committed = check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    sqlite3_close(db);
    return committed;
}

/// The floor: every row and its incident-chain columns read with the C API, every column stepped.
bool readEveryRow(const QString& path, qint64 expected) {
    sqlite3* db = nullptr;
    sqlite3_stmt* rows = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    if (!check(sqlite3_prepare_v2(db,
                                  "SELECT l.seq, l.at_utc, l.actor, l.kind, l.target, l.incident, l.payload, "
                                  "l.prev_hash, l.hash, c.incident_seq, c.incident_prev_hash, c.incident_hash FROM "
                                  "audit_log l LEFT JOIN audit_incident_chain c USING (seq) ORDER BY l.seq",
                                  -1, &rows, nullptr),
               db, "prepare read"))
        return false;
    qint64 seen = 0, bytes = 0;
    while (sqlite3_step(rows) == SQLITE_ROW) {
        for (int i = 0; i < 12; ++i)
            bytes += sqlite3_column_bytes(rows, i) + (sqlite3_column_text(rows, i) ? 1 : 0);
        ++seen;
    }
    sqlite3_finalize(rows);
    sqlite3_close(db);
    return seen == expected && bytes > 0;
}

int fail(const QString& message) {
    std::fprintf(stderr, "bench_audit_open: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? std::max<qint64>(kUnsignedTail + 1, QByteArray(argv[1]).toLongLong()) : 100'000;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench-audit-open-XXXXXX"));
    const QString unsignedLog = dir.filePath(QStringLiteral("unsigned.db"));
    const QString signedLog = dir.filePath(QStringLiteral("signed.db"));
    const QString signedNewLog = dir.filePath(QStringLiteral("signed-new-reversal.db"));
    SimulatedClock clock;

    for (const QString& path : {unsignedLog, signedLog, signedNewLog}) {
        AuditLog log(clock); // the schema exactly as the console creates it
        if (!log.open(path))
            return fail(log.errorString());
    }
    if (!writeRows(unsignedLog, 1, n, clock))
        return 1;
    for (const QString& path : {signedLog, signedNewLog}) {
        // A signed checkpoint at seq n - 100, then 100 rows after it: of the same reversal, or of a new one.
        auto key = SigningKey::generate();
        if (!key || !writeRows(path, 1, n - kUnsignedTail, clock))
            return 1;
        AuditLog log(clock);
        if (!log.open(path) ||
            !log.setSigningKey(std::make_shared<const SigningKey>(std::move(*key)), QStringLiteral("file")) ||
            !log.checkpoint(QStringLiteral("bench")))
            return fail(log.errorString());
    }
    if (!writeRows(signedLog, n - kUnsignedTail + 1, n, clock) ||
        !writeRows(signedNewLog, n - kUnsignedTail + 1, n, clock, QStringLiteral("rev-2026-11-27-01")))
        return 1;

    const auto openWith = [&clock](const QString& path, bool console) {
        return [&clock, path, console] {
            AuditLog log(clock);
            const bool opened = console ? log.openForConsole(path) : log.open(path);
            if (!opened || log.isBroken() || log.isReadOnly()) {
                std::fprintf(stderr, "bench_audit_open: %s\n", qPrintable(log.errorString()));
                return false;
            }
            return log.headSeq() > 0;
        };
    };
    const double floor = bestOfThreeMs([&] { return readEveryRow(unsignedLog, n); });
    const double open = bestOfThreeMs(openWith(unsignedLog, false));
    const double console = bestOfThreeMs(openWith(unsignedLog, true));
    const double fromCheckpoint = bestOfThreeMs(openWith(signedLog, true));
    const double newReversal = bestOfThreeMs(openWith(signedNewLog, true));
    if (floor <= 0 || open < 0 || console < 0 || fromCheckpoint < 0 || newReversal < 0)
        return 1;
    std::printf("bench_audit_open: %lld events, floor (sqlite3 read of every row) %.1f ms; open without the check "
                "%.1f ms, ratio %.2f; open for the console, chain from seq 1 %.1f ms, ratio %.2f (the check alone "
                "%.1f ms, ratio %.2f); from a signed checkpoint %lld rows before the head, the same reversal going on "
                "%.1f ms, ratio %.2f; a new reversal after it %.1f ms, ratio %.2f\n",
                static_cast<long long>(n), floor, open, open / floor, console, console / floor, console - open,
                (console - open) / floor, static_cast<long long>(kUnsignedTail), fromCheckpoint, fromCheckpoint / floor,
                newReversal, newReversal / floor);
    return 0;
}
