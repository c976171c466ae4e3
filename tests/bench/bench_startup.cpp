// bench_startup [RUNS]: start-up of turnback (baseline kit, fresh audit log) to its first exposed
// window, against an empty QMainWindow program started the same way in the same run.
// Prints the medians and their ratio. Target: 1.5x or better.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

/// Milliseconds from process start to its "window exposed" line; -1 on failure.
double timeToExposed(const QString& program, const QStringList& args) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TURNBACK_QUIT_WHEN_SHOWN"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    while (process.waitForReadyRead(30'000)) {
        if (process.readAllStandardOutput().contains("window exposed")) {
            const double ms = timer.nsecsElapsed() / 1e6;
            process.waitForFinished(30'000);
            return ms;
        }
    }
    std::fprintf(stderr, "bench_startup: %s did not show a window: %s\n", qPrintable(program),
                 process.readAllStandardError().constData());
    return -1;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 15;
    QTemporaryDir scratch;
    QList<double> floor, turnback;
    // Interleave the two so that machine noise hits both alike; one warm-up each (page cache).
    for (int i = -1; i < runs; ++i) {
        const double empty = timeToExposed(QStringLiteral(EMPTY_WINDOW), {});
        const double app =
            timeToExposed(QStringLiteral(TURNBACK_GUI),
                          {QStringLiteral("--db"), scratch.filePath(QStringLiteral("bench-%1.sqlite").arg(i))});
        if (empty < 0 || app < 0)
            return 1;
        if (i >= 0) {
            floor << empty;
            turnback << app;
        }
    }
    const double f = median(floor), t = median(turnback);
    std::printf("bench_startup: %d runs, platform %s: turnback median %.1f ms, empty QMainWindow median %.1f ms, "
                "ratio %.2f (target <= 1.5)\n",
                runs, qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default"))), t, f, t / f);
    return 0;
}
