// bench_review [N]: the review of a log of N events (default 1,000,000) in one reversal (issue 11,
// docs/benchmarks.md "Review of a million events"). Measured, each against a floor in the same run
// that reads the same rows with the sqlite3 C API (the same SELECT, every column stepped, no model):
//   first screen  open the log read-only, list its reversals, and the first page of the timeline
//                 rendered (what the review window shows first); the floor runs the same statements;
//   scroll        a page at 50 random positions (the timeline re-read from a seq, as a dragged
//                 scroll bar asks), median and worst;
//   jump          to a random instant (reported, no floor);
//   filter        a text filter's first page (a word in about 1 row in 100), and a word in the last
//                 row only (the worst case: every row is read), first while the side index is built
//                 (the log is scanned), then from the index (ReviewIndex); and kind, actor and a time
//                 range combined; each against the same statement through the C API;
//   sort          the first page by actor (floor: ORDER BY actor, seq LIMIT 200 through the C API);
//   index         its build time and bytes, and the process's RSS before and after;
//   scroll far    every page fetched from the first row to the last (as a reader holding the scroll
//                 bar's arrow down would), the RSS after it and the most rows held at once;
// while `audit verify` runs beside them on a worker thread (ReviewVerification), as on open.
// The log is built once, in one transaction through AuditLog's batch (every hash chained), and
// cached under the build directory (bench-cache/review-N.sqlite) for later runs.
#include "AuditLog.h"
#include "Clock.h"
#include "KitLoader.h"
#include "ReviewDatabase.h"
#include "ReviewIndex.h"
#include "ReviewTimelineModel.h"
#include "ReviewVerification.h"
#include "SqliteReadOnly.h"
#include "UtcTime.h"
#include "events/IncidentEvent.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <fstream>
#include <string>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

using namespace turnback;

namespace {

const QString kIncident = QStringLiteral("rev-bench-review");
const QDateTime kStart(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);

double ms(std::chrono::steady_clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

double timed(const std::function<void()>& work) {
    const auto t0 = std::chrono::steady_clock::now();
    work();
    return ms(std::chrono::steady_clock::now() - t0);
}

int fail(const QString& message) {
    std::fprintf(stderr, "bench_review: %s\n", qPrintable(message));
    return 1;
}

/// The N-th event of the bench reversal: mostly error-rate samples a second apart; every 100th a
/// decision whose reason carries "canary" (the common filter word); every 1000th a trigger and a
/// level change; the last row the close, with "all-clear-marker" (the rare filter word).
AuditEvent benchEvent(qint64 i, qint64 n, const QDateTime& atUtc) {
    using namespace events;
    IncidentEvent event;
    if (i == 0) {
        ReversalStarted started;
        started.title = QStringLiteral("Checkout v2.3 rollout (bench)");
        started.service = QStringLiteral("checkout");
        started.role = QStringLiteral("incident-commander");
        started.kitId = QStringLiteral("baseline");
        event = started;
    } else if (i == n - 1) {
        ReversalClosed closed;
        closed.summary = QStringLiteral("Rolled back; all-clear-marker");
        closed.level = QStringLiteral("normal");
        event = closed;
    } else if (i % 1000 == 500) {
        SignalTriggered triggered;
        triggered.signal = QStringLiteral("error-rate");
        triggered.level = Level::Slow;
        triggered.at = atUtc;
        triggered.owner = QStringLiteral("engineering-lead");
        triggered.timerMs = 300000;
        triggered.deadline = atUtc.addMSecs(300000);
        event = triggered;
    } else if (i % 1000 == 501) {
        LevelChanged changed;
        changed.from = Level::Normal;
        changed.to = Level::Slow;
        changed.signal = QStringLiteral("error-rate");
        changed.at = atUtc;
        event = changed;
    } else if (i % 100 == 50) {
        DecisionRecorded decision;
        decision.obligation = i - i % 1000 + 500;
        decision.signal = QStringLiteral("error-rate");
        decision.decision = Decision::Hold;
        decision.role = QStringLiteral("engineering-lead");
        decision.reason = QStringLiteral("Watching the canary, batch %1").arg(i);
        decision.level = Level::Slow;
        event = decision;
    } else {
        ObservationRecorded observed;
        observed.signal = QStringLiteral("error-rate");
        observed.observedAt = atUtc;
        observed.rubricMs = kStart.msecsTo(atUtc);
        observed.value = 0.5 + double(i % 40) / 10.0;
        event = observed;
    }
    return {QStringLiteral("Ana"), kindOf(event), targetOf(event), kIncident, toJson(event)};
}

/// Builds the log once (one transaction), aside, then renames it into the cache.
bool buildLog(const QString& path, qint64 n) {
    const QString aside = path + QStringLiteral(".building");
    QFile::remove(aside);
    SimulatedClock clock(kStart);
    AuditLog log(clock);
    log.setCheckpointInterval(0);
    if (!log.open(aside) || !log.beginBatch())
        return false;
    for (qint64 i = 0; i < n; ++i) {
        const QDateTime at = kStart.addMSecs(i * 1000);
        if (!log.appendToBatch(benchEvent(i, n, at), at))
            return false;
    }
    if (!log.commitBatch())
        return false;
    log.close();
    // A stale cache (a run that left -wal/-shm beside it) is replaced whole.
    for (const QString& stale : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QFile::remove(stale);
    return QFile::rename(aside, path);
}

bool cachedLogHas(const QString& path, qint64 n) {
    if (!QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral("-wal")))
        return false;
    ReviewDatabase db;
    if (!db.open(path))
        return false;
    const auto reversals = db.reversals();
    return reversals && reversals->size() == 1 && reversals->first().events == n;
}

/// The floor: the same statement through the sqlite3 C API, every column of every row stepped.
struct Floor {
    sqlite3* db = nullptr;
    explicit Floor(const QString& path) {
        sqlite3_open_v2(sqlite::readOnlyOpen(path).uri.toUtf8().constData(), &db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
        sqlite3_exec(db, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
    }
    ~Floor() { sqlite3_close(db); }
    /// Steps every column of every row of `sql`, with `texts` then `numbers` bound in order.
    int run(const char* sql, const QList<QByteArray>& texts, const QList<qint64>& numbers = {}) {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
        int bind = 1;
        for (const QByteArray& text : texts)
            sqlite3_bind_text(statement, bind++, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        for (qint64 number : numbers)
            sqlite3_bind_int64(statement, bind++, number);
        int rows = 0;
        size_t bytes = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(statement); ++c)
                bytes += size_t(sqlite3_column_bytes(statement, c)) + (sqlite3_column_text(statement, c) ? 1 : 0);
            ++rows;
        }
        sqlite3_finalize(statement);
        return bytes > 0 ? rows : 0;
    }
    /// Rows of the reversal after `seq` (ascending), optionally whose columns are LIKE `like`.
    int page(qint64 after, const char* like = nullptr) {
        const QByteArray incident = kIncident.toUtf8();
        if (!like)
            return run("SELECT l.seq, l.at_utc, l.actor, l.kind, l.target, l.payload FROM audit_log l WHERE"
                       " l.incident = ? AND l.seq > ? ORDER BY l.seq LIMIT 200",
                       {incident}, {after});
        return run("SELECT l.seq, l.at_utc, l.actor, l.kind, l.target, l.payload FROM audit_log l WHERE"
                   " l.incident = ? AND (l.payload LIKE ? ESCAPE '\\' OR l.target LIKE ? ESCAPE '\\' OR"
                   " l.actor LIKE ? ESCAPE '\\' OR l.kind LIKE ? ESCAPE '\\') AND l.seq > ? ORDER BY l.seq LIMIT 200",
                   {incident, like, like, like, like}, {after});
    }
    /// The first page of `filter` as ReviewTimelineModel reads it without an index: the same statement.
    int filterPage(const ReviewFilter& filter, const char* orderBy = "l.seq") {
        QVariantList values{kIncident};
        const QString sql = QStringLiteral("SELECT l.seq, l.at_utc, l.actor, l.kind, l.target, l.payload FROM"
                                           " audit_log l WHERE l.incident = ?") +
                            filter.sql(values) +
                            QStringLiteral(" AND l.seq > ? ORDER BY %1 LIMIT 200").arg(QLatin1String(orderBy));
        QList<QByteArray> texts;
        for (const QVariant& value : std::as_const(values))
            texts << value.toString().toUtf8();
        return run(sql.toUtf8().constData(), texts, {0});
    }
    /// What the first screen reads, statement for statement: the reversals (started and closed rows,
    /// each one's length, level and deadline rows), the roles, the deadlines and retractions, the
    /// first page.
    int firstScreen() {
        const QByteArray incident = kIncident.toUtf8();
        int rows =
            run("SELECT incident, at_utc, payload FROM audit_log WHERE kind = 'ReversalStarted' ORDER BY seq", {});
        rows += run("SELECT incident, at_utc FROM audit_log WHERE kind = 'ReversalClosed' ORDER BY seq", {});
        rows += run("SELECT max(incident_seq) FROM audit_incident_chain WHERE incident = ?", {incident});
        rows +=
            run("SELECT seq, kind, at_utc, coalesce(json_extract(payload, '$.to'), json_extract(payload, '$.level')),"
                " json_extract(payload, '$.obligation'), json_extract(payload, '$.deadline') FROM audit_log"
                " WHERE kind IN ('LevelChanged', 'LevelEntered', 'SignalTriggered', 'DecisionRecorded')"
                " AND +incident = ? ORDER BY seq",
                {incident});
        rows += run("SELECT actor, kind, payload FROM audit_log WHERE kind IN ('ReversalStarted', 'OperatorChanged')"
                    " AND +incident = ? ORDER BY seq",
                    {incident});
        rows += run("SELECT seq, kind, at_utc, actor, json_extract(payload, '$.deadline'), json_extract(payload,"
                    " '$.retracts'), json_extract(payload, '$.reason') FROM audit_log WHERE kind IN"
                    " ('SignalTriggered', 'EntryRetracted') AND +incident = ? ORDER BY seq",
                    {incident});
        return rows + page(0);
    }
};

/// A line of /proc/self/status ("VmRSS", "VmHWM") in MB.
double statusMb(const char* field) {
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(field) + ":";
    while (std::getline(status, line))
        if (line.rfind(prefix, 0) == 0)
            return std::stod(line.substr(prefix.size())) / 1024.0;
    return 0;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    if (n < 2000)
        return fail(QStringLiteral("N must be at least 2000"));
    const QString cache = QStringLiteral(BENCH_CACHE_DIR);
    QDir().mkpath(cache);
    const QString path = QDir(cache).filePath(QStringLiteral("review-%1.sqlite").arg(n));
    if (!cachedLogHas(path, n)) {
        const double built = timed([&] {
            if (!buildLog(path, n))
                std::exit(fail(QStringLiteral("cannot build %1").arg(path)));
        });
        std::printf("bench_review: built %lld events in %.1f s (one transaction), cached at %s\n",
                    static_cast<long long>(n), built / 1000.0, qPrintable(path));
    }
    const KitLoadResult kit = KitLoader::load(QStringLiteral(BASELINE_KIT));
    if (!kit.ok())
        return fail(QStringLiteral("the baseline kit does not load"));

    // Warm the page cache once for both sides alike: both read the same file.
    {
        Floor warm(path);
        warm.page(0);
    }

    // Verification beside the measurements, as the review window starts it on open.
    ReviewVerification verification;
    QElapsedTimer verifyClock;
    double verifyMs = -1;
    QObject::connect(&verification, &ReviewVerification::finished, [&] { verifyMs = verifyClock.elapsed(); });
    verifyClock.start();
    verification.start(path);

    // 1. First screen.
    ReviewDatabase db;
    ReviewTimelineModel model;
    const double first = timed([&] {
        if (!db.open(path) || !db.reversals())
            std::exit(fail(db.errorString()));
        model.setSource(&db, kIncident, &*kit.kit);
        model.index(0, ReviewTimelineModel::SummaryColumn).data();
    });
    Floor floor(path);
    const double firstFloor = timed([&] { floor.firstScreen(); });

    // 2. Scrolling: a page at random positions.
    QRandomGenerator random(42);
    QList<double> scroll, scrollFloor;
    for (int i = 0; i < 50; ++i) {
        const qint64 seq = 1 + qint64(random.bounded(quint64(n - 300)));
        scroll << timed([&] { model.showFrom(seq); });
        scrollFloor << timed([&] { floor.page(seq - 1); });
    }
    if (model.rowCount() != ReviewTimelineModel::kPageSize)
        return fail(QStringLiteral("a scrolled page has %1 rows").arg(model.rowCount()));

    // Jumps to a time deep in the reversal (the look-up walks its rows from the start: no index on at_utc).
    QList<double> jumps;
    for (int i = 0; i < 5; ++i) {
        const QDateTime instant = kStart.addSecs(qint64(random.bounded(quint64(n - 300))));
        jumps << timed([&] { model.jumpTo(instant); });
    }

    // 3. Text filters, while the side index is built beside them (as the window starts it on choosing
    // the reversal): the log is scanned.
    // Anonymous memory (the process's own): VmRSS also counts the log's pages SQLite maps in, which
    // are the page cache's, shared and given back under pressure.
    const double rssBeforeIndex = statusMb("RssAnon");
    ReviewIndexBuilder indexer;
    QElapsedTimer indexClock;
    indexClock.start();
    double indexMs = -1;
    QObject::connect(&indexer, &ReviewIndexBuilder::finished, [&] { indexMs = indexClock.elapsed(); });
    indexer.start(path, kIncident, n);
    ReviewFilter common;
    common.text = QStringLiteral("canary");
    const double filter = timed([&] { model.setFilter(common); });
    const int commonRows = model.rowCount();
    const double filterFloor = timed([&] { floor.page(0, "%canary%"); });
    ReviewFilter rare;
    rare.text = QStringLiteral("all-clear-marker");
    const double rareFilter = timed([&] { model.setFilter(rare); });
    const int rareRows = model.rowCount();
    const double rareFloor = timed([&] { floor.page(0, "%all-clear-marker%"); });
    // One decision in every 100 rows carries the common word: a full page, or all of them in a small log.
    const int commonExpected = int(std::min<qint64>(ReviewTimelineModel::kPageSize, (n - 2 + 50) / 100));
    if (commonRows != commonExpected || rareRows != 1)
        return fail(QStringLiteral("filters found %1 and %2 rows").arg(commonRows).arg(rareRows));

    // 4. The same filters, and kind + actor + time range combined, answered from the side index.
    while (indexMs < 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (!indexer.index())
        return fail(QStringLiteral("no index: %1").arg(indexer.errorString()));
    const double rssWithIndex = statusMb("RssAnon");
    const double indexMb = double(indexer.index()->bytes()) / (1024.0 * 1024.0);
    model.setFilter({});
    model.setIndex(indexer.index());
    const double rareIndexed = timed([&] { model.setFilter(rare); });
    const qint64 rareIndexedRows = model.matchCount();
    const double commonIndexed = timed([&] { model.setFilter(common); });
    const qint64 commonIndexedRows = model.matchCount();
    ReviewFilter combined;
    combined.kinds = ReviewFilter::decisionKinds();
    combined.actor = QStringLiteral("an");
    combined.from = kStart.addSecs(n / 4);
    combined.to = kStart.addSecs(n / 2);
    const double combinedIndexed = timed([&] { model.setFilter(combined); });
    const qint64 combinedRows = model.matchCount();
    const double combinedFloor = timed([&] { floor.filterPage(combined); });
    if (rareIndexedRows != 1 || commonIndexedRows != (n - 2 + 50) / 100 || combinedRows < 1)
        return fail(QStringLiteral("indexed filters found %1, %2 and %3 rows")
                        .arg(rareIndexedRows)
                        .arg(commonIndexedRows)
                        .arg(combinedRows));
    // Sorted by actor (one actor here: every row, grouped), first page; the floor sorts in SQLite.
    const double sortActor = timed([&] { model.setView({}, ReviewSort::Actor, false); });
    const double sortFloor = timed([&] { floor.filterPage({}, "l.actor, l.seq"); });
    const bool verifyingMeanwhile = verification.isRunning();

    // 5. Scrolled from the first row to the last (no filter, recorded order, as opened).
    model.setView({}, ReviewSort::Recorded, false);
    int mostRows = 0;
    qint64 pages = 0;
    const double scrollFar = timed([&] {
        while (model.canFetchMore()) {
            model.fetchMore();
            mostRows = std::max(mostRows, model.rowCount());
            ++pages;
        }
    });
    const double rssAfterScroll = statusMb("RssAnon");

    // Let the verification finish (its time is reported, not a target here).
    while (verifyMs < 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);

    std::printf("bench_review: %lld events; first screen %.1f ms, floor %.2f ms, ratio %.1f; "
                "scroll page median %.2f ms (worst %.2f), floor %.2f ms, ratio %.1f; jump to a time median %.0f ms; "
                "filter (1 in 100) %.1f ms, floor %.2f ms, ratio %.1f; "
                "filter (last row only) %.0f ms, floor %.0f ms, ratio %.2f; "
                "verification %s meanwhile, %.1f s in all: %s\n",
                static_cast<long long>(n), first, firstFloor, first / std::max(firstFloor, 0.001), median(scroll),
                *std::max_element(scroll.begin(), scroll.end()), median(scrollFloor),
                median(scroll) / std::max(median(scrollFloor), 0.001), median(jumps), filter, filterFloor,
                filter / std::max(filterFloor, 0.001), rareFilter, rareFloor, rareFilter / std::max(rareFloor, 0.001),
                verifyingMeanwhile ? "running" : "finished", verifyMs / 1000.0,
                verification.result().ok ? "ok" : qPrintable(verification.result().message));
    std::printf(
        "bench_review: index built in %.0f ms (%.1f MB held), anonymous RSS %.0f MB before it, %.0f MB with it; "
        "indexed filter (last row only) %.1f ms, floor %.0f ms, ratio %.3f; indexed filter (1 in 100, "
        "%lld rows) %.1f ms, floor %.2f ms, ratio %.1f; kind+actor+time (%lld rows) %.1f ms, floor %.1f ms, "
        "ratio %.2f; sort by actor %.1f ms, floor %.0f ms, ratio %.2f; verification %s meanwhile\n",
        indexMs, indexMb, rssBeforeIndex, rssWithIndex, rareIndexed, rareFloor,
        rareIndexed / std::max(rareFloor, 0.001), static_cast<long long>(commonIndexedRows), commonIndexed, filterFloor,
        commonIndexed / std::max(filterFloor, 0.001), static_cast<long long>(combinedRows), combinedIndexed,
        combinedFloor, combinedIndexed / std::max(combinedFloor, 0.001), sortActor, sortFloor,
        sortActor / std::max(sortFloor, 0.001), verifyingMeanwhile ? "running" : "finished");
    std::printf("bench_review: scrolled end to end: %lld pages in %.0f ms, at most %d rows held, anonymous RSS %.0f MB "
                "after (%.0f MB with the index before); VmRSS %.0f MB, VmHWM %.0f MB (with the log's mapped pages)\n",
                static_cast<long long>(pages), scrollFar, mostRows, rssAfterScroll, rssWithIndex, statusMb("VmRSS"),
                statusMb("VmHWM"));
    const bool met = first < 1000 && rareIndexed < 300 && commonIndexed < 300 && combinedIndexed < 300 &&
                     sortActor < 300 && mostRows <= ReviewTimelineModel::kMaxPages * ReviewTimelineModel::kPageSize;
    std::printf("bench_review: targets (first screen < 1 s, every indexed filter and sort < 300 ms, at most %d "
                "rows held): %s\n",
                ReviewTimelineModel::kMaxPages * ReviewTimelineModel::kPageSize, met ? "met" : "NOT met");
    return 0;
}
