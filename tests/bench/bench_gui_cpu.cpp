// bench_gui_cpu [SECONDS]: CPU used by the running GUI with a live reversal whose four countdowns
// are all ticking, idle otherwise, measured from /proc over SECONDS (default 30), against an empty
// QMainWindow program left running over the same span in the same run. Target: under 2% of one core.
#include "AuditLog.h"
#include "Clock.h"
#include "KitLoader.h"
#include "ReversalSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <unistd.h>

using namespace turnback;

namespace {

/// utime + stime of a process, in seconds.
double cpuSeconds(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

bool seedLiveReversal(const QString& db) {
    const KitLoadResult kit = KitLoader::load(QStringLiteral(BASELINE_KIT));
    if (!kit.ok())
        return false;
    SystemClock clock;
    AuditLog log(clock);
    if (!log.open(db))
        return false;
    ReversalSession session(log, clock, *kit.kit);
    if (!session.start({QStringLiteral("Benchmark reversal"),
                        QStringLiteral("bench"),
                        {QStringLiteral("bench"), QStringLiteral("incident-commander")},
                        false}))
        return false;
    // Every signal triggered, every owner's countdown running (the timers are minutes long).
    bool ok = session.recordObservation(QStringLiteral("data-loss"));
    for (int i = 0; i < 4; ++i)
        ok = ok && session.recordObservation(QStringLiteral("p1-count"));
    ok = ok && session.recordObservation(QStringLiteral("regulator-inquiry"));
    ok = ok && session.recordObservation(QStringLiteral("error-rate"), 9.0);
    return ok;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 30;
    QTemporaryDir scratch;
    const QString db = scratch.filePath(QStringLiteral("bench.sqlite"));
    if (!seedLiveReversal(db)) {
        std::fprintf(stderr, "bench_gui_cpu: could not seed a live reversal\n");
        return 1;
    }

    QProcess gui;
    gui.start(QStringLiteral(TURNBACK_GUI), {QStringLiteral("--db"), db});
    QProcess floor;
    floor.start(QStringLiteral(EMPTY_WINDOW), {QStringLiteral("--stay")});
    if (!gui.waitForStarted() || !floor.waitForStarted()) {
        std::fprintf(stderr, "bench_gui_cpu: could not start the programs\n");
        return 1;
    }
    // Measure both over the same span so machine noise hits both alike.
    QThread::msleep(3000);
    const double guiBefore = cpuSeconds(gui.processId()), floorBefore = cpuSeconds(floor.processId());
    QElapsedTimer wall;
    wall.start();
    QThread::msleep(seconds * 1000);
    const double guiAfter = cpuSeconds(gui.processId()), floorAfter = cpuSeconds(floor.processId());
    const double span = wall.nsecsElapsed() / 1e9;
    const bool stillRunning = gui.state() == QProcess::Running;
    gui.kill();
    floor.kill();
    gui.waitForFinished();
    floor.waitForFinished();
    if (!stillRunning || guiBefore < 0 || guiAfter < 0) {
        std::fprintf(stderr, "bench_gui_cpu: turnback exited early: %s\n", gui.readAllStandardError().constData());
        return 1;
    }
    const double guiPercent = 100.0 * (guiAfter - guiBefore) / span;
    const double floorPercent = 100.0 * (floorAfter - floorBefore) / span;
    std::printf("bench_gui_cpu: %d s, platform %s: turnback with 4 live countdowns %.2f%% of one core, empty "
                "QMainWindow %.2f%%, difference %.2f points (target < 2%%)\n",
                seconds, qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default"))), guiPercent,
                floorPercent, guiPercent - floorPercent);
    return 0;
}
