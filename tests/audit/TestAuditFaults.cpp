#include "AuditFault.h"
#include "AuditLog.h"
#include "AuditTestSupport.h"
#include "AuditTrail.h"
#include "AuditVerifier.h"
#include "Clock.h"
#include "FullDisk.h"
#include "SqlitePragmas.h"
#include "TestSupport.h"
#include "UtcTime.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace turnback;
using namespace std::chrono_literals;

namespace {

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Each event carries a 3,000-character note, so every append needs new pages: on a full disk
/// (or a capped file) every one of them fails, not just some.
AuditEvent makeEvent(int n, const QString& incident = QStringLiteral("rev-1")) {
    return {QStringLiteral("Zoë Okafor"), QStringLiteral("ObservationRecorded"), QStringLiteral("error-rate"), incident,
            QJsonObject{{QStringLiteral("n"), n}, {QStringLiteral("note"), QString(3000, QLatin1Char('x'))}}};
}

QString shown(const QString& path) {
    return QDir::toNativeSeparators(path);
}

bool createLog(const QString& path, int events, Clock& clock) {
    AuditLog log(clock);
    if (!log.open(path))
        return false;
    for (int i = 0; i < events; ++i) {
        if (!log.append(makeEvent(i)))
            return false;
    }
    return true;
}

using test::FullDisk;
using test::ImmutableFlag;
using test::sqlOn;
using test::WriteProtectedFile;

/// The other Turnback: audit_writer_holder, holding the writer's lock until its stdin closes.
struct OtherWriter {
    QProcess process;
    qint64 pid = 0;
    bool start(const QString& path) {
        process.start(QStringLiteral(AUDIT_WRITER_HOLDER), {path});
        if (!process.waitForStarted() || !process.waitForReadyRead(30'000))
            return false;
        const QByteArray line = process.readLine().trimmed();
        if (!line.startsWith("recording "))
            return false;
        pid = line.mid(10).toLongLong();
        return pid == process.processId();
    }
    bool finish() {
        process.closeWriteChannel();
        return process.waitForFinished(30'000) && process.exitCode() == 0;
    }
    ~OtherWriter() {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
};

} // namespace

/// Faults, end to end on real files: each one gives the operator a plain message, AuditTrail holds
/// events in memory in order while the log cannot be written, and on recovery they land in their
/// original order with their original times.
class TestAuditFaults : public QObject {
    Q_OBJECT

private slots:
    void messagesArePlain();
    void appendKeepsAnExplicitTime();
    void diskFullHoldsEventsAndRecovers_data() { FullDisk::addRows(); }
    void diskFullHoldsEventsAndRecovers();
    void readOnlyFileHoldsEventsAndRecovers_data() { test::addWriteProtectionRows(QDir::tempPath()); }
    void readOnlyFileHoldsEventsAndRecovers();
    void secondWriterOpensReadOnly();
    void secondWriterInThisProcessIsRefused();
    void staleLockOfADeadWriterIsTakenOver();
    void busyDatabaseHoldsEventsWithoutWaitingEachTime();
    void damagedPageIsRefusedAndLeftUntouched();
    void damagedHeaderIsNotAnAuditLog();
    void bigFilesGetTheQuickCheck();
    void newerSchemaIsTheNewerSchemaFault();
};

void TestAuditFaults::messagesArePlain() {
    const QString path = QStringLiteral("/data/audit.db");
    QCOMPARE(faultMessage(AuditFault::None, path, {}), QString());
    QCOMPARE(faultMessage(AuditFault::DiskFull, path, {}),
             QStringLiteral("The disk holding the audit log (/data/audit.db) is full. Nothing is lost: events are "
                            "held in memory, in order, and written as soon as there is space. Free some space on "
                            "that disk."));
    QCOMPARE(faultMessage(AuditFault::LockedByAnotherWriter, path, QStringLiteral("pid 4242 on console-7")),
             QStringLiteral("Another Turnback (pid 4242 on console-7) is recording into /data/audit.db. This window "
                            "opens it read-only: you can review, not record."));
    QCOMPARE(faultMessage(AuditFault::Corrupt, path, QStringLiteral("Page 5: btreeInitPage() returns error code 11")),
             QStringLiteral("The audit log /data/audit.db is damaged: SQLite's integrity check reports \"Page 5: "
                            "btreeInitPage() returns error code 11\". Keep this file for investigation; start "
                            "Turnback with --db on a new file to keep recording."));
    // Every fault says what happened and what to do, and names the file.
    for (const AuditFault fault : {AuditFault::DiskFull, AuditFault::ReadOnly, AuditFault::LockedByAnotherWriter,
                                   AuditFault::Busy, AuditFault::Corrupt, AuditFault::NewerSchema,
                                   AuditFault::NotAnAuditLog, AuditFault::Unopenable, AuditFault::Other}) {
        const QString message = faultMessage(fault, path, QStringLiteral("detail"));
        QVERIFY2(message.contains(path), qPrintable(faultName(fault)));
        QVERIFY2(message.count(QLatin1Char('.')) >= 2, qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("SQLITE_")), qPrintable(message));
    }
}

void TestAuditFaults::appendKeepsAnExplicitTime() {
    test::ScratchDir dir;
    SimulatedClock clock(QDateTime(QDate(2026, 11, 26), QTime(18, 0), Qt::UTC));
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    QVERIFY(log.append(makeEvent(1)));
    // An event held since 17:55 keeps 17:55, although the row before it says 18:00.
    const auto held = log.append(makeEvent(2), QDateTime(QDate(2026, 11, 26), QTime(17, 55, 0, 250), Qt::UTC));
    QVERIFY2(held, qPrintable(log.errorString()));
    QCOMPARE(held->seq, 2);
    QCOMPARE(held->atUtc, QStringLiteral("2026-11-26T17:55:00.250Z"));
    QCOMPARE(log.lastFault(), AuditFault::None);
    QVERIFY(!log.append(makeEvent(3), QDateTime()));
    QCOMPARE(log.errorString(), QStringLiteral("An audit event needs a valid time; the event was not recorded."));
    QCOMPARE(log.headSeq(), 2);
    QVERIFY(AuditVerifier::verify(log.path()).ok);
}

void TestAuditFaults::diskFullHoldsEventsAndRecovers() {
    // Two rows (FullDisk): every SQLite write to the folder failing with SQLITE_FULL, for anyone,
    // and where root may mount one, a real tmpfs filled to the last byte. Both fail the write with
    // SQLITE_FULL through the same code path; only the cause differs.
    QFETCH(bool, realDisk);
    test::ScratchDir scratch;
    FullDisk disk(scratch.file(QStringLiteral("small-disk")), realDisk);
    QVERIFY(disk.prepare());
    const QString path = disk.folder() + QStringLiteral("/audit.db");

    SimulatedClock clock(QDateTime(QDate(2026, 11, 26), QTime(18, 0), Qt::UTC));
    AuditLog log(clock);
    QVERIFY2(log.open(path), qPrintable(log.errorString()));
    AuditTrail trail(log);
    QVERIFY(trail.append(makeEvent(0)).isRecorded());
    QSignalSpy pendingChanged(&trail, &AuditTrail::pendingChanged);
    QSignalSpy faultChanged(&trail, &AuditTrail::faultChanged);
    QSignalSpy recorded(&trail, &AuditTrail::recorded);

    QVERIFY(disk.fill());

    const QString expectedMessage = faultMessage(AuditFault::DiskFull, shown(path), {});
    QList<QString> appendedAt;
    for (int i = 1; i <= 5; ++i) {
        clock.advance(1500ms);
        appendedAt << utc::format(clock.utcNow());
        const auto result = trail.append(makeEvent(i));
        QVERIFY2(result.isPending(), qPrintable(log.errorString()));
        QCOMPARE(result.position, i);
        QVERIFY(!result.record);
    }
    QCOMPARE(log.lastFault(), AuditFault::DiskFull);
    QCOMPARE(trail.fault(), AuditFault::DiskFull);
    QCOMPARE(trail.faultMessage(), expectedMessage);
    QCOMPARE(faultChanged.size(), 1);
    QCOMPARE(faultChanged.at(0).at(0).value<AuditFault>(), AuditFault::DiskFull);
    QCOMPARE(faultChanged.at(0).at(1).toString(), expectedMessage);
    QCOMPARE(pendingChanged.size(), 5);
    QCOMPARE(pendingChanged.last().at(0).toInt(), 5);
    QCOMPARE(recorded.size(), 0);
    // Nothing is shown as recorded that is not: the log still ends at the first event.
    QCOMPARE(log.count(), 1);
    QCOMPARE(log.headSeq(), 1);
    const auto held = trail.pending();
    QCOMPARE(held.size(), 5);
    for (int i = 0; i < held.size(); ++i) {
        QCOMPARE(held.at(i).event.payload.value(QStringLiteral("n")).toInt(), i + 1);
        QCOMPARE(utc::format(held.at(i).atUtc), appendedAt.at(i));
    }
    QVERIFY(!trail.retry()); // still full
    QCOMPARE(trail.pendingCount(), 5);

    // Space again: everything lands, in order, with the times it happened, not the time it was written.
    QVERIFY(disk.makeRoom());
    clock.advance(10min);
    QVERIFY2(trail.retry(), qPrintable(log.errorString()));
    QCOMPARE(trail.pendingCount(), 0);
    QCOMPARE(trail.fault(), AuditFault::None);
    QCOMPARE(faultChanged.size(), 2);
    QCOMPARE(faultChanged.last().at(0).value<AuditFault>(), AuditFault::None);
    QCOMPARE(pendingChanged.last().at(0).toInt(), 0);
    QCOMPARE(recorded.size(), 5);
    const QList<AuditRecord> rows = log.records(2);
    QCOMPARE(rows.size(), 5);
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).seq, i + 2);
        QVERIFY(rows.at(i).payload.startsWith(QStringLiteral("{\"n\":%1,").arg(i + 1)));
        QCOMPARE(rows.at(i).atUtc, appendedAt.at(i));
        QCOMPARE(recorded.at(i).at(0).value<AuditRecord>(), rows.at(i));
    }
    // New events after recovery are recorded at once, behind the ones that waited.
    const auto after = trail.append(makeEvent(6));
    QVERIFY(after.isRecorded());
    QCOMPARE(after.record->seq, 7);
    const AuditVerification verified = AuditVerifier::verify(path);
    QVERIFY2(verified.ok, qPrintable(verified.message));
}

void TestAuditFaults::readOnlyFileHoldsEventsAndRecovers() {
    // A write-protected file for anyone, root too (WriteProtectedFile), and where it can be set,
    // chattr +i as well.
    QFETCH(bool, immutable);
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock(QDateTime(QDate(2026, 11, 26), QTime(18, 0), Qt::UTC));
    QVERIFY(createLog(path, 2, clock));
    ImmutableFlag immutableFlag{path};
    WriteProtectedFile protectedFile{path};
    QVERIFY(immutable ? immutableFlag.set() : protectedFile.set());

    AuditLog log(clock);
    QVERIFY(!log.open(path));
    QCOMPARE(log.lastFault(), AuditFault::ReadOnly);
    const QString expectedMessage = faultMessage(AuditFault::ReadOnly, shown(path), {});
    QCOMPARE(log.faultMessage(), expectedMessage);
    QVERIFY(expectedMessage.startsWith(QStringLiteral("The audit log %1 cannot be written").arg(shown(path))));

    // The console reviews it read-only and says why.
    QVERIFY2(log.openForConsole(path), qPrintable(log.errorString()));
    QVERIFY(log.isReadOnly());
    QCOMPARE(log.readOnlyReason(), expectedMessage);
    QCOMPARE(log.lastFault(), AuditFault::ReadOnly);
    QCOMPARE(log.count(), 2);

    AuditTrail trail(log);
    QList<QString> appendedAt;
    for (int i = 0; i < 3; ++i) {
        clock.advance(2s);
        appendedAt << utc::format(clock.utcNow());
        const auto result = trail.append(makeEvent(10 + i));
        QVERIFY(result.isPending());
        QCOMPARE(result.position, i + 1);
    }
    QCOMPARE(trail.fault(), AuditFault::ReadOnly);
    QCOMPARE(trail.faultMessage(), expectedMessage);
    QVERIFY(!trail.retry());
    QVERIFY(log.isReadOnly()); // the failed retry kept the read-only view
    QCOMPARE(log.count(), 2);

    QVERIFY(immutable ? immutableFlag.clear() : protectedFile.clear());
    clock.advance(1h);
    QVERIFY2(trail.retry(), qPrintable(log.errorString()));
    QVERIFY(!log.isReadOnly());
    QCOMPARE(log.readOnlyReason(), QString());
    QCOMPARE(trail.fault(), AuditFault::None);
    const QList<AuditRecord> rows = log.records(3);
    QCOMPARE(rows.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(rows.at(i).seq, i + 3);
        QVERIFY(rows.at(i).payload.startsWith(QStringLiteral("{\"n\":%1,").arg(10 + i)));
        QCOMPARE(rows.at(i).atUtc, appendedAt.at(i));
    }
    QVERIFY(AuditVerifier::verify(path).ok);
}

void TestAuditFaults::secondWriterOpensReadOnly() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    QVERIFY(createLog(path, 3, clock));

    OtherWriter other;
    QVERIFY2(other.start(path), qPrintable(QString::fromLocal8Bit(other.process.readAllStandardError())));
    QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
    const QString holder = QStringLiteral("pid %1 on %2").arg(other.pid).arg(QSysInfo::machineHostName());

    // A plain open for writing is refused, and says who holds it.
    AuditLog plain(clock);
    QVERIFY(!plain.open(path));
    QCOMPARE(plain.lastFault(), AuditFault::LockedByAnotherWriter);
    QCOMPARE(plain.errorString(),
             QStringLiteral("Another Turnback (%1) is recording into %2; only one may record into a log at a time. "
                            "Close it, or open this log read-only to review it.")
                 .arg(holder, shown(path)));

    // The console opens it read-only and tells the operator.
    AuditLog console(clock);
    QVERIFY2(console.openForConsole(path), qPrintable(console.errorString()));
    QVERIFY(console.isReadOnly());
    QCOMPARE(console.lastFault(), AuditFault::LockedByAnotherWriter);
    const QString expected = QStringLiteral("Another Turnback (%1) is recording into %2. This window opens it "
                                            "read-only: you can review, not record.")
                                 .arg(holder, shown(path));
    QCOMPARE(console.readOnlyReason(), expected);
    QCOMPARE(console.faultMessage(), expected);
    QCOMPARE(console.count(), 3);

    // Events of this window are held, not lost, and retrying while the other one records is cheap.
    AuditTrail trail(console);
    const auto held = trail.append(makeEvent(99, QString()));
    QVERIFY(held.isPending());
    QCOMPARE(trail.fault(), AuditFault::LockedByAnotherWriter);
    QCOMPARE(trail.faultMessage(), expected);
    const QString connectionBefore = console.connectionName();
    QVERIFY(!trail.retry());
    QVERIFY(console.isReadOnly());
    QCOMPARE(console.connectionName(), connectionBefore);

    QVERIFY(other.finish());
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock"))); // released on close
    {
        AuditLog fresh(clock);
        QVERIFY2(fresh.openForConsole(path), qPrintable(fresh.errorString()));
        QVERIFY(!fresh.isReadOnly());
        QCOMPARE(fresh.readOnlyReason(), QString());
        QCOMPARE(fresh.lastFault(), AuditFault::None);
    }
    QVERIFY(trail.retry());
    QVERIFY(!console.isReadOnly());
    QCOMPARE(console.count(), 4);
    QCOMPARE(console.records(4).constFirst().payload.left(8), QStringLiteral("{\"n\":99,"));
    console.close();
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    QVERIFY(AuditVerifier::verify(path).ok);
}

void TestAuditFaults::secondWriterInThisProcessIsRefused() {
    // The lock is per file, not per process: a second AuditLog here is a second writer too.
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    AuditLog first(clock), second(clock);
    QVERIFY(first.open(path));
    QVERIFY(!second.open(path));
    QCOMPARE(second.lastFault(), AuditFault::LockedByAnotherWriter);
    QVERIFY(second.open(path, AuditLog::Access::ReadOnly)); // reviewing is always allowed
    first.close();
    QVERIFY(second.open(path));
}

void TestAuditFaults::staleLockOfADeadWriterIsTakenOver() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    QVERIFY(createLog(path, 1, clock));
    OtherWriter other;
    QVERIFY(other.start(path));
    other.process.kill(); // a crash: no chance to remove its lock file
    QVERIFY(other.process.waitForFinished());
    QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
    AuditLog log(clock);
    QVERIFY2(log.open(path), qPrintable(log.errorString()));
    QVERIFY(log.append(makeEvent(1)));
}

void TestAuditFaults::busyDatabaseHoldsEventsWithoutWaitingEachTime() {
    // Another program (the test's own connection) holds the write lock past the busy timeout.
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(path));
    AuditTrail trail(log);
    QVERIFY(trail.append(makeEvent(0)).isRecorded());
    const QString name = QStringLiteral("test-blocker");
    {
        QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        blocker.setDatabaseName(path);
        QVERIFY(blocker.open());
        QSqlQuery query(blocker);
        QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));

        QElapsedTimer timer;
        timer.start();
        QVERIFY(trail.append(makeEvent(1)).isPending()); // waits the busy timeout once
        QVERIFY(timer.elapsed() >= SqlitePragmas::kBusyTimeoutMs - 500);
        QCOMPARE(trail.fault(), AuditFault::Busy);
        QCOMPARE(trail.faultMessage(), faultMessage(AuditFault::Busy, shown(path), {}));
        timer.restart();
        QVERIFY(trail.append(makeEvent(2)).isPending()); // queued behind it without waiting again
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(trail.retry());
    const QList<AuditRecord> rows = log.records(2);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).payload.startsWith(QStringLiteral("{\"n\":1,")));
    QVERIFY(rows.at(1).payload.startsWith(QStringLiteral("{\"n\":2,")));
}

void TestAuditFaults::damagedPageIsRefusedAndLeftUntouched() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    QVERIFY(createLog(path, 40, clock)); // enough rows that audit_log's root is an interior page
    const int root = sqlOn(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'")).toInt();
    QVERIFY(root > 1);
    QByteArray bytes = fileBytes(path);
    const int pageSize = (static_cast<uchar>(bytes.at(16)) << 8) | static_cast<uchar>(bytes.at(17));
    QCOMPARE(pageSize, 4096);
    // The b-tree page type byte of the table's root: no valid page has type 0xff.
    bytes[qsizetype(root - 1) * pageSize] = char(0xff);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    for (const AuditLog::Access access : {AuditLog::Access::ReadWrite, AuditLog::Access::ReadOnly}) {
        AuditLog log(clock);
        QVERIFY(!log.open(path, access));
        QCOMPARE(log.lastFault(), AuditFault::Corrupt);
        QVERIFY2(
            log.errorString().startsWith(
                QStringLiteral("The audit log %1 is damaged: SQLite's integrity_check reports \"").arg(shown(path))),
            qPrintable(log.errorString()));
        QVERIFY2(log.faultMessage().endsWith(QStringLiteral("\". Keep this file for investigation; start Turnback "
                                                            "with --db on a new file to keep recording.")),
                 qPrintable(log.faultMessage()));
        QVERIFY2(log.faultMessage().contains(QStringLiteral("Page %1").arg(root)) ||
                     log.faultMessage().contains(QStringLiteral("page %1").arg(root)),
                 qPrintable(log.faultMessage()));
        QVERIFY(!log.openForConsole(path)); // no read-only fallback for a damaged file
        QCOMPARE(log.lastFault(), AuditFault::Corrupt);
    }
    // Events of a console that could not open it are held, and retrying does not rescan the file.
    AuditLog console(clock);
    QVERIFY(!console.openForConsole(path));
    AuditTrail trail(console);
    QVERIFY(trail.append(makeEvent(1)).isPending());
    QCOMPARE(trail.fault(), AuditFault::Corrupt);
    QCOMPARE(trail.faultMessage(), console.faultMessage());
    QVERIFY(!trail.retry());
    QCOMPARE(trail.pendingCount(), 1);

    QCOMPARE(fileBytes(path), bytes);
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
}

void TestAuditFaults::damagedHeaderIsNotAnAuditLog() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    QVERIFY(createLog(path, 3, clock));
    QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.startsWith("SQLite format 3"));
    bytes.replace(0, 6, "XQLitf");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    AuditLog log(clock);
    QVERIFY(!log.open(path));
    QCOMPARE(log.lastFault(), AuditFault::NotAnAuditLog);
    QCOMPARE(log.faultMessage(),
             QStringLiteral("%1 is not a Turnback audit log (file is not a database). It was left unchanged. Check "
                            "the --db path, or start Turnback with --db on a new file to keep recording.")
                 .arg(shown(path)));
    QCOMPARE(fileBytes(path), bytes);
}

void TestAuditFaults::bigFilesGetTheQuickCheck() {
    // Above 64 MiB the full integrity_check (which also matches every index to its table) is too
    // slow for start-up; quick_check still catches a damaged page.
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    QVERIFY(createLog(path, 40, clock));
    const int root = sqlOn(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'")).toInt();
    // 65 MiB of padding in a table of the test's own (Turnback ignores it; the checks read it).
    sqlOn(path, QStringLiteral("CREATE TABLE padding (b BLOB)"));
    sqlOn(path, QStringLiteral("INSERT INTO padding VALUES (zeroblob(65 * 1024 * 1024))"));
    QVERIFY(QFileInfo(path).size() > SqlitePragmas::kQuickCheckAboveBytes);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(root - 1) * 4096));
        QCOMPARE(file.write(QByteArray(1, char(0xff))), 1);
    }
    AuditLog log(clock);
    QVERIFY(!log.open(path, AuditLog::Access::ReadOnly));
    QCOMPARE(log.lastFault(), AuditFault::Corrupt);
    QVERIFY2(log.errorString().contains(QStringLiteral("SQLite's quick_check reports")), qPrintable(log.errorString()));
}

void TestAuditFaults::newerSchemaIsTheNewerSchemaFault() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    QVERIFY(createLog(path, 1, clock));
    {
        const QString name = QStringLiteral("test-future");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(SqlitePragmas::setUserVersion(db, 7, &error), qPrintable(error));
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray before = fileBytes(path);
    AuditLog log(clock);
    for (const bool console : {false, true}) {
        QVERIFY(console ? !log.openForConsole(path) : !log.open(path));
        QCOMPARE(log.lastFault(), AuditFault::NewerSchema);
        QCOMPARE(log.faultMessage(),
                 QStringLiteral("The audit log %1 was written by a newer Turnback (schema 7, this version reads up "
                                "to 2). It was left unchanged. Open it with that newer Turnback, or start this one "
                                "with --db on a new file to keep recording.")
                     .arg(shown(path)));
    }
    QCOMPARE(fileBytes(path), before);
}

QTEST_GUILESS_MAIN(TestAuditFaults)
#include "TestAuditFaults.moc"
