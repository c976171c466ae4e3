// bench_import [N]: an observation import of N rows (default 100,000) through the model, exactly as
// the console does it (ObservationImport: read and hash, the start recorded, every observation in one
// transaction, then applied to the incident and the rubric, the end recorded), against a floor
// measured in the same run: `turnback-cli rubric replay --observations` of the same file (start-up,
// kit, the same CSV reader and the same rubric engine, no audit log). Reported: both times (best of
// three, each import into a fresh log on the ordinary temporary folder, so its one durable commit is
// paid), their ratio, and the process's peak memory (getrusage ru_maxrss).
#include "AuditLog.h"
#include "Clock.h"
#include "KitLoader.h"
#include "ObservationImport.h"
#include "ReversalSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <functional>

using namespace turnback;

namespace {

double ms(std::chrono::steady_clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

/// Best of three runs of `work`, in milliseconds; -1 when a run failed.
double bestOfThree(const std::function<bool(int round)>& work) {
    double best = 1e12;
    for (int round = 0; round < 3; ++round) {
        const auto t0 = std::chrono::steady_clock::now();
        if (!work(round))
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

/// An error-rate sample every 100 ms, and a P1 every 50th row: the file an exporter would give.
bool writeFile(const QString& path, int rows) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "at,signal,value\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray at = QByteArray::number(i / 10) + '.' + QByteArray::number(i % 10);
        if (i % 50 == 49)
            text += at + ",p1-count\n";
        else
            text += at + ",error-rate," + QByteArray::number(1 + i % 4) + '\n';
    }
    return file.write(text) == text.size();
}

int fail(const QString& message) {
    std::fprintf(stderr, "bench_import: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("turnback.*.info=false"));
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100'000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("observations.csv"));
    if (rows <= 0 || !writeFile(csv, rows))
        return fail(QStringLiteral("cannot write %1 rows to %2").arg(rows).arg(csv));
    const KitLoadResult loaded = KitLoader::load(QStringLiteral(BASELINE_KIT));
    if (!loaded.ok())
        return fail(QStringLiteral("the baseline kit does not load"));

    const double floor = bestOfThree([&](int) {
        QProcess cli;
        cli.setStandardOutputFile(QProcess::nullDevice());
        cli.start(QStringLiteral(TURNBACK_CLI),
                  {QStringLiteral("rubric"), QStringLiteral("replay"), QStringLiteral("--kit"),
                   QStringLiteral(BASELINE_KIT), QStringLiteral("--observations"), csv});
        return cli.waitForFinished(600'000) && cli.exitCode() == 0;
    });
    if (floor < 0)
        return fail(QStringLiteral("turnback-cli rubric replay failed"));

    const double before = peakMegabytes();
    const double import = bestOfThree([&](int round) {
        // The reversal started an hour before the last row, so every row is in the past.
        SimulatedClock clock(QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC));
        AuditLog log(clock);
        if (!log.open(dir.filePath(QStringLiteral("audit-%1.db").arg(round))))
            return false;
        ReversalSession session(log, clock, *loaded.kit);
        if (!session.start({QStringLiteral("Import"),
                            QStringLiteral("checkout"),
                            {QStringLiteral("Ana"), QStringLiteral("incident-commander")},
                            false}))
            return false;
        clock.advance(std::chrono::milliseconds(qint64(rows) * 100 + 3'600'000));
        const ObservationImportResult result = ObservationImport::importFile(session, csv);
        if (!result.ok())
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(result.problems.join(QLatin1Char('\n'))));
        return result.ok() && result.recorded == rows;
    });
    if (import < 0)
        return fail(QStringLiteral("the import failed"));
    std::printf("bench_import: %d rows, floor (turnback-cli rubric replay) %.1f ms, import %.1f ms, ratio %.2f; "
                "peak RSS %.0f MB (%.0f MB before importing)\n",
                rows, floor, import, import / floor, peakMegabytes(), before);
    return 0;
}
