#include "AuditLog.h"
#include "AuditVerifier.h"
#include "Clock.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

using namespace turnback;
using namespace std::chrono_literals;

/// Kills crash_appender with SIGKILL at random moments and checks after every kill that the audit
/// log still verifies and holds every record the appender acknowledged (docs/audit-log.md: an
/// append is durable before it returns). In the suite: TURNBACK_CRASH_KILLS kills (default 200);
/// scripts/crash-test.sh runs thousands. TURNBACK_CRASH_SEED replays the same delays and payloads
/// (the exact moment a kill lands still depends on the machine).
class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void killWhileAppending();
    void killWhileCreatingTheSchema();
    void cleanupTestCase();

private:
    struct Round {
        QList<std::pair<qint64, QByteArray>> acknowledged; ///< (seq, hash) in the order printed
        QByteArray errors;                                 ///< the appender's stderr
        bool ready = false;                                ///< it opened the log before the kill
        bool killed = false;                               ///< SIGKILL ended it, not an exit of its own
    };
    /// Starts the appender on `path`, kills it `delay` after it is ready (or after it started,
    /// when `fromStart`), and collects what it acknowledged.
    Round runAndKill(const QString& path, std::chrono::microseconds delay, bool fromStart);
    /// Verifies the log and looks up every acknowledged record in it; the text of the first problem.
    QString check(const QString& path, const Round& round, qint64 maxAcknowledged);
    QString where(int round) const;

    quint64 m_seed = 0;
    int m_kills = 200;
    /// Start a new log after this many kills: verifying after every kill costs time in the size of
    /// the log, so a log that grew over thousands of kills would make the rounds ever slower.
    int m_killsPerLog = 25;
    std::mt19937_64 m_rng;
    qint64 m_verifyNs = 0; ///< time spent in AuditVerifier::verify
    QStringList m_summary;
};

void TestCrashSafety::initTestCase() {
    // Not "creating audit log schema" for every new log.
    QLoggingCategory::setFilterRules(QStringLiteral("turnback.*.info=false"));
    bool ok = false;
    m_seed = qEnvironmentVariable("TURNBACK_CRASH_SEED").toULongLong(&ok);
    if (!ok)
        m_seed = QRandomGenerator::system()->generate64();
    m_rng.seed(m_seed);
    if (const int kills = qEnvironmentVariableIntValue("TURNBACK_CRASH_KILLS", &ok); ok && kills > 0)
        m_kills = kills;
    if (const int perLog = qEnvironmentVariableIntValue("TURNBACK_CRASH_KILLS_PER_LOG", &ok); ok && perLog > 0)
        m_killsPerLog = perLog;
    qInfo("crash-safety: seed %llu (rerun with TURNBACK_CRASH_SEED=%llu), %d kills", m_seed, m_seed, m_kills);
    QVERIFY2(QFileInfo(QStringLiteral(TURNBACK_CRASH_APPENDER)).isExecutable(), TURNBACK_CRASH_APPENDER);
}

QString TestCrashSafety::where(int round) const {
    return QStringLiteral("after kill %1 (TURNBACK_CRASH_SEED=%2)").arg(round).arg(m_seed);
}

TestCrashSafety::Round TestCrashSafety::runAndKill(const QString& path, std::chrono::microseconds delay,
                                                   bool fromStart) {
    Round round;
    QProcess child;
    child.setProgram(QStringLiteral(TURNBACK_CRASH_APPENDER));
    child.setArguments({path, QString::number(m_rng())});
    child.start();
    if (!child.waitForStarted(10'000)) {
        round.errors = child.errorString().toUtf8();
        return round;
    }
    QByteArray out;
    if (!fromStart) {
        QElapsedTimer waited;
        waited.start();
        while (!out.contains("ready\n") && child.state() == QProcess::Running && waited.elapsed() < 20'000) {
            child.waitForReadyRead(100);
            out += child.readAllStandardOutput();
        }
    }
    std::this_thread::sleep_for(delay);
    child.kill(); // SIGKILL: no destructor, no COMMIT, no close
    child.waitForFinished(10'000);
    round.killed = child.exitStatus() == QProcess::CrashExit; // else it had exited on its own
    out += child.readAllStandardOutput();
    round.errors = child.readAllStandardError();
    round.ready = out.startsWith("ready\n");

    const QList<QByteArray> lines = out.split('\n');
    // A line is written with one write(2) after append() returned; only a complete line counts.
    for (qsizetype i = round.ready ? 1 : 0; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split(' ');
        bool ok = false;
        const qint64 seq = fields.first().toLongLong(&ok);
        if (ok && fields.size() == 2)
            round.acknowledged.append({seq, fields[1]});
        else
            round.errors += "unexpected output line: " + lines[i] + '\n';
    }
    return round;
}

QString TestCrashSafety::check(const QString& path, const Round& round, qint64 maxAcknowledged) {
    QElapsedTimer verifying;
    verifying.start();
    const AuditVerification verified = AuditVerifier::verify(path);
    m_verifyNs += verifying.nsecsElapsed();
    if (!verified.ok)
        return QStringLiteral("the log does not verify: %1 (%2)")
            .arg(verified.message, AuditVerifier::problemName(verified.problem));
    if (verified.count < maxAcknowledged)
        return QStringLiteral("the log has %1 rows but seq %2 was acknowledged")
            .arg(verified.count)
            .arg(maxAcknowledged);
    if (round.acknowledged.isEmpty())
        return {};

    SystemClock clock;
    AuditLog log(clock);
    if (!log.open(path, AuditLog::Access::ReadOnly))
        return QStringLiteral("cannot open the log read-only: %1").arg(log.errorString());
    const qint64 first = round.acknowledged.first().first;
    const QList<AuditRecord> stored = log.records(first, static_cast<int>(round.acknowledged.size()));
    QHash<qint64, QByteArray> hashes;
    for (const AuditRecord& record : stored)
        hashes.insert(record.seq, record.hash.toLatin1());
    for (const auto& [seq, hash] : round.acknowledged) {
        if (!hashes.contains(seq))
            return QStringLiteral("acknowledged seq %1 is missing").arg(seq);
        if (hashes.value(seq) != hash)
            return QStringLiteral("seq %1 is not the record that was acknowledged").arg(seq);
    }
    return {};
}

void TestCrashSafety::killWhileAppending() {
    test::ScratchDir scratch;
    QElapsedTimer timer;
    timer.start();
    std::uniform_int_distribution<int> delayUs(0, 30'000);
    int logs = 0, verified = 0, withAppends = 0;
    qint64 acknowledged = 0, rows = 0, maxAcknowledged = 0;
    QString path;
    for (int kill = 1; kill <= m_kills; ++kill) {
        if ((kill - 1) % m_killsPerLog == 0) {
            rows += maxAcknowledged;
            path = scratch.file(QStringLiteral("audit-%1.db").arg(++logs));
            maxAcknowledged = 0;
        }
        const Round round = runAndKill(path, std::chrono::microseconds(delayUs(m_rng)), false);
        QVERIFY2(round.ready && round.killed, qPrintable(QStringLiteral("the appender stopped on its own %1: %2")
                                                             .arg(where(kill), QString::fromUtf8(round.errors))));
        QVERIFY2(round.errors.isEmpty(),
                 qPrintable(where(kill) + QStringLiteral(": ") + QString::fromUtf8(round.errors)));
        for (const auto& [seq, hash] : round.acknowledged)
            maxAcknowledged = std::max(maxAcknowledged, seq);
        acknowledged += round.acknowledged.size();
        withAppends += round.acknowledged.isEmpty() ? 0 : 1;
        const QString problem = check(path, round, maxAcknowledged);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1Char(' ') + where(kill)));
        ++verified;
    }
    rows += maxAcknowledged;
    const QString line = QStringLiteral("crash-safety: %1 kills while appending, %2 verified ok, %3 with appends "
                                        "acknowledged, %4 acknowledged appends, 0 lost, %5 rows in %6 log(s), %7 s "
                                        "(%8 s verifying), seed %9")
                             .arg(m_kills)
                             .arg(verified)
                             .arg(withAppends)
                             .arg(acknowledged)
                             .arg(rows)
                             .arg(logs)
                             .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                             .arg(m_verifyNs / 1e9, 0, 'f', 1)
                             .arg(m_seed);
    qInfo("%s", qPrintable(line));
    m_summary << line;
}

void TestCrashSafety::killWhileCreatingTheSchema() {
    test::ScratchDir scratch;
    QElapsedTimer timer;
    timer.start();
    // How long a start on a new file takes here, up to "ready": kills are spread over that time.
    qint64 startUs = 0;
    {
        QElapsedTimer started;
        started.start();
        const Round round = runAndKill(scratch.file(QStringLiteral("calibrate.db")), 0us, false);
        startUs = std::max<qint64>(1000, started.nsecsElapsed() / 1000);
        QVERIFY2(round.ready, round.errors.constData());
    }
    std::uniform_int_distribution<qint64> delayUs(0, startUs * 3 / 2);
    const int kills = std::max(20, m_kills / 10);
    QHash<QString, int> states; // what the kill left behind, for the summary
    for (int kill = 1; kill <= kills; ++kill) {
        const QString path = scratch.file(QStringLiteral("new-%1.db").arg(kill));
        const Round round = runAndKill(path, std::chrono::microseconds(delayUs(m_rng)), true);
        const QFileInfo file(path);
        const QString state = !file.exists()                                 ? QStringLiteral("no file")
                              : round.ready                                  ? QStringLiteral("opened")
                              : file.size() == 0                             ? QStringLiteral("empty file")
                              : QFile::exists(path + QStringLiteral("-wal")) ? QStringLiteral("partly created (WAL)")
                                                                             : QStringLiteral("partly created");
        ++states[state];

        // The verifier either accepts the file or refuses it plainly: never a chain problem.
        const AuditVerification verified = AuditVerifier::verify(path);
        QVERIFY2(verified.ok || verified.problem == AuditVerification::Problem::Unreadable,
                 qPrintable(state + QStringLiteral(": ") + verified.message + QLatin1Char(' ') + where(kill)));
        QVERIFY(verified.ok || !verified.message.isEmpty());

        // The next open finishes the job, keeps what was acknowledged and appends after it.
        SystemClock clock;
        AuditLog log(clock);
        QVERIFY2(log.open(path),
                 qPrintable(state + QStringLiteral(": ") + log.errorString() + QLatin1Char(' ') + where(kill)));
        const qint64 acknowledged = round.acknowledged.isEmpty() ? 0 : round.acknowledged.last().first;
        QVERIFY2(log.headSeq() >= acknowledged, qPrintable(where(kill)));
        QVERIFY(log.append({QStringLiteral("test"), QStringLiteral("ui.click"), {}, {}, {}}).has_value());
        log.close();
        const AuditVerification after = AuditVerifier::verify(path);
        QVERIFY2(after.ok, qPrintable(state + QStringLiteral(": ") + after.message + QLatin1Char(' ') + where(kill)));
    }
    QStringList names = states.keys();
    names.sort();
    QStringList counts;
    for (const QString& name : std::as_const(names))
        counts << QStringLiteral("%1 %2").arg(states.value(name)).arg(name);
    const QString line = QStringLiteral("crash-safety: %1 kills while creating a log (start takes %2 ms): %3; "
                                        "every one reopened, appended to and verified, %4 s")
                             .arg(kills)
                             .arg(startUs / 1000.0, 0, 'f', 1)
                             .arg(counts.join(QStringLiteral(", ")))
                             .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    qInfo("%s", qPrintable(line));
    m_summary << line;
}

void TestCrashSafety::cleanupTestCase() {
    for (const QString& line : std::as_const(m_summary))
        qInfo("%s", qPrintable(line));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
