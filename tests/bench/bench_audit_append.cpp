// bench_audit_append [N]: durable AuditLog::append latency against a floor measured in the same
// run: a plain sqlite3 C API insert of a row of the same size (prepared statement, WAL,
// synchronous=FULL, one transaction per row) into a scratch file on the same disk. The two are
// interleaved row by row so both see the same disk. docs/audit-log.md: far below 16 ms.
#include "AuditLog.h"
#include "Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace turnback;

namespace {

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

bool check(int rc, sqlite3* db, const char* what) {
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "bench_audit_append: %s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(10, QByteArray(argv[1]).toInt()) : 2000;
    constexpr int warmUp = 20;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench-audit-append-XXXXXX"));
    if (!dir.isValid())
        return 1;

    SystemClock clock;
    AuditLog log(clock);
    if (!log.open(dir.filePath(QStringLiteral("audit.db")))) {
        std::fprintf(stderr, "bench_audit_append: %s\n", qPrintable(log.errorString()));
        return 1;
    }
    // A ~200-byte payload, typical of a decision or a comms record.
    const QJsonObject payload{{QStringLiteral("level"), QStringLiteral("stop")},
                              {QStringLiteral("signal"), QStringLiteral("error-rate")},
                              {QStringLiteral("value"), 0.042},
                              {QStringLiteral("note"), QString(130, QLatin1Char('n'))}};
    const AuditEvent event{QStringLiteral("Zoë Okafor"), QStringLiteral("DecisionRecorded"),
                           QStringLiteral("error-rate"), QStringLiteral("rev-2026-11-26-01"), payload};
    const QByteArray payloadText = AuditLog::canonicalPayload(payload).toUtf8();

    sqlite3* raw = nullptr;
    const QByteArray floorPath = QFile::encodeName(dir.filePath(QStringLiteral("floor.db")));
    sqlite3_open_v2(floorPath.constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    sqlite3_stmt* insert = nullptr;
    if (!check(sqlite3_exec(raw,
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                            "CREATE TABLE t (seq INTEGER PRIMARY KEY, at_utc TEXT, actor TEXT, kind TEXT, target TEXT,"
                            " incident TEXT, payload TEXT, prev_hash TEXT, hash TEXT)",
                            nullptr, nullptr, nullptr),
               raw, "floor schema") ||
        !check(sqlite3_prepare_v2(raw, "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &insert, nullptr), raw,
               "floor prepare"))
        return 1;
    const QByteArray at = "2026-11-26T18:06:11.123Z", actor = event.actor.toUtf8(), kind = event.kind.toUtf8(),
                     target = event.target.toUtf8(), incident = event.incident.toUtf8(), hash(64, 'a');
    auto floorInsert = [&](qint64 seq) {
        sqlite3_bind_int64(insert, 1, seq);
        int column = 2;
        for (const QByteArray* text : {&at, &actor, &kind, &target, &incident, &payloadText, &hash, &hash})
            sqlite3_bind_text(insert, column++, text->constData(), static_cast<int>(text->size()), SQLITE_STATIC);
        const int rc = sqlite3_step(insert);
        sqlite3_reset(insert);
        return check(rc, raw, "floor insert");
    };

    using Steady = std::chrono::steady_clock;
    auto ms = [](Steady::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
    std::vector<double> audit, floorMs;
    audit.reserve(static_cast<size_t>(n));
    floorMs.reserve(static_cast<size_t>(n));
    for (int i = 0; i < warmUp + n; ++i) {
        const auto t0 = Steady::now();
        if (!floorInsert(i + 1))
            return 1;
        const auto t1 = Steady::now();
        if (!log.append(event)) {
            std::fprintf(stderr, "bench_audit_append: %s\n", qPrintable(log.errorString()));
            return 1;
        }
        const auto t2 = Steady::now();
        if (i >= warmUp) {
            floorMs.push_back(ms(t1 - t0));
            audit.push_back(ms(t2 - t1));
        }
    }
    sqlite3_finalize(insert);
    sqlite3_close(raw);

    const double median = percentile(audit, 0.5), floorMedian = percentile(floorMs, 0.5);
    const double p99 = percentile(audit, 0.99), floorP99 = percentile(floorMs, 0.99);
    std::printf("bench_audit_append: median %.3f ms (floor %.3f ms, ratio %.2f), p99 %.3f ms (floor %.3f ms, ratio "
                "%.2f), max %.3f ms; %d appends, payload %lld bytes\n",
                median, floorMedian, median / floorMedian, p99, floorP99, p99 / floorP99,
                *std::max_element(audit.begin(), audit.end()), n, static_cast<long long>(payloadText.size()));
    return 0;
}
