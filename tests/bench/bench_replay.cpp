// bench_replay [N]: IncidentReplay over one reversal of N events (default 100,000) against a floor
// measured in the same run: reading the same rows with the sqlite3 C API (the SELECT the audit log
// runs for one incident, every column of every row stepped). Reported: load() of the whole
// reversal and at() of an instant in the middle, each as a ratio to the floor (best of three, warm),
// and the process's peak memory (getrusage ru_maxrss).
//
// The log is written by a child process (`bench_replay --build DB N`) through ReversalSession on a
// simulated clock, exactly as the console writes it, so that its memory is not counted here: mostly
// error-rate samples every second and P1 occurrences in bursts, with the triggers, levels,
// acknowledgements, notifications, decisions and clears the rubric and the owners add.
#include "AuditLog.h"
#include "Clock.h"
#include "IncidentReplay.h"
#include "KitLoader.h"
#include "ReversalSession.h"
#include "UtcTime.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

using namespace turnback;

namespace {

const QString kErrorRate = QStringLiteral("error-rate");
const QString kP1 = QStringLiteral("p1-count");

double ms(std::chrono::steady_clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

/// Best of three runs of `work`, in milliseconds.
double bestOfThree(const std::function<bool()>& work) {
    double best = 1e12;
    for (int round = 0; round < 3; ++round) {
        const auto t0 = std::chrono::steady_clock::now();
        if (!work())
            return -1;
        best = std::min(best, ms(std::chrono::steady_clock::now() - t0));
    }
    return best;
}

double peakMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

int fail(const QString& message) {
    std::fprintf(stderr, "bench_replay: %s\n", qPrintable(message));
    return 1;
}

/// Owners answer at once: acknowledge, tell everyone on the list, decide; once nothing is owed
/// and the level is up, the commander stands the incident down so the next trigger raises it again.
bool answerOwners(ReversalSession& session) {
    for (const Obligation& o : session.incident().obligations()) {
        if (!o.isOpen())
            continue;
        const qint64 id = o.id;
        const QString owner = o.ownerRole;
        QStringList untold;
        for (const NotificationItem& item : o.notifications)
            if (!item.confirmedAt)
                untold << item.role;
        if ((session.incident().currentOperator().role != owner &&
             !session.changeOperator({QStringLiteral("Owner"), owner})) ||
            !session.acknowledge(id))
            return false;
        for (const QString& role : untold)
            if (!session.confirmNotification(id, role))
                return false;
        if (!session.decide(id, Decision::Hold, QStringLiteral("Watching it")))
            return false;
        return answerOwners(session); // the list changed under us
    }
    if (session.incident().level() > Level::Normal)
        return session.changeOperator({QStringLiteral("Ana"), QStringLiteral("incident-commander")}) &&
               session.decide(0, Decision::DeEscalate, QStringLiteral("Back to normal"), Level::Normal);
    return true;
}

/// Writes one reversal of at least `n` events into a new log at `path`; prints its id.
int build(const QString& path, qint64 n) {
    const KitLoadResult loaded = KitLoader::load(QStringLiteral(BASELINE_KIT));
    if (!loaded.ok())
        return fail(QStringLiteral("the baseline kit does not load"));
    SimulatedClock clock(QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC));
    AuditLog log(clock);
    if (!log.open(path))
        return fail(log.errorString());
    ReversalSession session(log, clock, *loaded.kit);
    if (!session.start({QStringLiteral("Replay benchmark"),
                        QStringLiteral("checkout"),
                        {QStringLiteral("Ana"), QStringLiteral("incident-commander")},
                        false}))
        return fail(session.errorString());
    // Each second: an error-rate sample, above 5% for 200 s of every 600 s (a "for 2 min" trigger,
    // then a clear); a P1 every 20 s in the first 30 min of every 2 h (a Stop that clears an hour on).
    for (qint64 second = 1; session.incident().timeline().size() < n - 1; ++second) {
        clock.setNow(clock.utcNow().addSecs(1));
        const double errors = second % 600 < 200 ? 7.0 + double(second % 7) / 10.0 : 1.0 + double(second % 5) / 10.0;
        if (!session.tick() || !session.recordObservation(kErrorRate, errors) ||
            (second % 7200 < 1800 && second % 20 == 0 && !session.recordObservation(kP1)) || !answerOwners(session))
            return fail(session.errorString());
    }
    if (!session.close(QStringLiteral("Benchmark over")))
        return fail(session.errorString());
    std::printf("%s\n", qPrintable(session.incident().id()));
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QStringLiteral("--build"))
        return build(args.at(2), args.at(3).toLongLong());
    const qint64 n = args.size() > 1 ? std::max<qint64>(100, args.at(1).toLongLong()) : 100'000;

    // On a RAM disk where there is one: the child's durable appends then cost no fsync (100,000 of
    // them on this disk take minutes), and what is measured here only reads, from the page cache
    // either way.
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    QTemporaryDir dir((shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath()) +
                      QStringLiteral("/bench-replay-XXXXXX"));
    if (!dir.isValid())
        return fail(QStringLiteral("no scratch folder: %1").arg(dir.errorString()));
    const QString dbPath = dir.filePath(QStringLiteral("audit.db"));
    QProcess writer;
    const auto buildStart = std::chrono::steady_clock::now();
    writer.start(app.applicationFilePath(), {QStringLiteral("--build"), dbPath, QString::number(n)});
    if (!writer.waitForFinished(3'600'000) || writer.exitCode() != 0)
        return fail(
            QStringLiteral("building the log failed: %1").arg(QString::fromUtf8(writer.readAllStandardError())));
    const double buildMs = ms(std::chrono::steady_clock::now() - buildStart);
    const QString id = QString::fromUtf8(writer.readAllStandardOutput()).trimmed();
    const double rssBefore = peakMegabytes();

    // The floor: the rows of the reversal, every column stepped, straight from SQLite.
    sqlite3* db = nullptr;
    sqlite3_stmt* select = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(dbPath).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db,
                           "SELECT l.seq, l.at_utc, l.actor, l.kind, l.target, l.incident, l.payload, l.prev_hash,"
                           " l.hash, c.incident_seq, c.incident_prev_hash, c.incident_hash"
                           " FROM audit_log l LEFT JOIN audit_incident_chain c ON c.seq = l.seq"
                           " WHERE l.incident = ? ORDER BY l.seq",
                           -1, &select, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    const QByteArray idBytes = id.toUtf8();
    qint64 rows = 0, bytes = 0;
    const double floorMs = bestOfThree([&] {
        rows = bytes = 0;
        sqlite3_bind_text(select, 1, idBytes.constData(), int(idBytes.size()), SQLITE_STATIC);
        while (sqlite3_step(select) == SQLITE_ROW) {
            ++rows;
            bytes += sqlite3_column_int64(select, 0) + sqlite3_column_int64(select, 9);
            for (int column : {1, 2, 3, 4, 5, 6, 7, 8, 10, 11}) {
                const unsigned char* text = sqlite3_column_text(select, column); // NULL for no chain row
                bytes += sqlite3_column_bytes(select, column) + (text ? text[0] : 0);
            }
        }
        sqlite3_reset(select);
        return rows >= n;
    });
    sqlite3_finalize(select);
    sqlite3_close(db);
    if (floorMs < 0)
        return fail(QStringLiteral("the floor read %1 rows, expected %2").arg(rows).arg(n));

    // The replay: a review opens the log read-only and loads the reversal, then asks for an instant.
    const KitLoadResult loaded = KitLoader::load(QStringLiteral(BASELINE_KIT));
    SimulatedClock clock;
    AuditLog log(clock);
    if (!loaded.ok() || !log.open(dbPath, AuditLog::Access::ReadOnly))
        return fail(log.errorString());
    IncidentReplay replay(*loaded.kit);
    const double loadMs =
        bestOfThree([&] { return replay.load(log, id) && replay.incident().timeline().size() == rows; });
    if (loadMs < 0)
        return fail(QStringLiteral("the replay did not load %1 rows: %2").arg(rows).arg(replay.errorString()));
    const QDateTime first = replay.incident().startedAt();
    const QDateTime last = replay.incident().timeline().constLast().at;
    const QDateTime middle = first.addMSecs(first.msecsTo(last) / 2);
    qsizetype rowsAtMiddle = 0;
    const double atMs = bestOfThree([&] {
        const IncidentSnapshot snapshot = replay.at(middle);
        rowsAtMiddle = snapshot.incident.timeline().size();
        return rowsAtMiddle > 0 && rowsAtMiddle < rows;
    });
    if (atMs < 0)
        return fail(QStringLiteral("at(%1) held %2 of %3 rows").arg(utc::format(middle)).arg(rowsAtMiddle).arg(rows));
    const double rssAfter = peakMegabytes();

    std::printf("bench_replay: built %lld events in %.1f s (%lld obligations, %.1f MB database in %s)\n",
                static_cast<long long>(rows), buildMs / 1000.0,
                static_cast<long long>(replay.incident().obligations().size()),
                static_cast<double>(QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size()) / 1e6,
                qPrintable(QFileInfo(dbPath).path()));
    std::printf("bench_replay: %lld events, floor (sqlite3 SELECT, every column) %.1f ms; load %.1f ms, ratio %.1f; "
                "at(middle, %lld rows) %.1f ms, ratio %.1f; peak RSS %.0f MB (%.0f MB before reading)\n",
                static_cast<long long>(rows), floorMs, loadMs, loadMs / floorMs, static_cast<long long>(rowsAtMiddle),
                atMs, atMs / floorMs, rssAfter, rssBefore);
    return 0;
}
