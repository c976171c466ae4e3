#pragma once
// Shared by the checkpoint, key store and signing tests: a log with events, an attacker's
// connection, and running programs (turnback-cli, openssl, sqlite3, sh) as an auditor would.

#include "AuditLog.h"
#include "Clock.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>

#include <linux/capability.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace turnback::test {

/// Runs a statement on a file through a connection of the test's own, as another program would;
/// the first column of the first row, and the database's error text in *error.
inline QVariant sqlOn(const QString& path, const QString& statement, QString* error = nullptr) {
    const QString name = QStringLiteral("test-outsider");
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                result = query.value(0);
            if (error)
                *error = query.lastError().databaseText();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

/// chattr +i: a write-protected file even for root. Removed again however the test ends, so the
/// scratch folder can go. (Never on a file SQLite has open: its shared memory would fault.)
struct ImmutableFlag {
    QString path;
    bool isSet = false;
    bool set() { return isSet = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0; }
    bool clear() {
        isSet = false;
        return QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path}) == 0;
    }
    ~ImmutableFlag() {
        if (isSet)
            clear();
    }
};

/// Turns one of this thread's effective capabilities off or back on (it stays permitted, so it can
/// come back). Raw syscalls: no libcap needed for one bit.
inline bool setEffectiveCapability(int capability, bool on) {
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
    if (::syscall(SYS_capget, &header, data) != 0)
        return false;
    const unsigned word = static_cast<unsigned>(capability) / 32, bit = 1u << (capability % 32);
    data[word].effective = on ? data[word].effective | bit : data[word].effective & ~bit;
    return ::syscall(SYS_capset, &header, data) == 0;
}

/// A write-protected file for any user, root included, without chattr: chmod a-w, and when the
/// test runs as root, CAP_DAC_OVERRIDE (what lets root write a file whose mode says no) is off
/// for this thread from set() until destruction, so the mode bits hold for root as for anyone,
/// also for whatever SQLite created with the file's mode while it was protected. SQLite then opens
/// the file read-only, as it does for a file on a read-only disk. Set it before SQLite opens the file.
struct WriteProtectedFile {
    QString path;
    bool isSet = false;
    bool capabilityDropped = false;
    bool set() {
        if (::chmod(QFile::encodeName(path).constData(), 0444) != 0)
            return false;
        isSet = true;
        if (::geteuid() != 0)
            return true;
        capabilityDropped = setEffectiveCapability(CAP_DAC_OVERRIDE, false);
        return capabilityDropped;
    }
    /// The file is writable again (0644); root's override stays off until destruction.
    bool clear() {
        isSet = false;
        return ::chmod(QFile::encodeName(path).constData(), 0644) == 0;
    }
    ~WriteProtectedFile() {
        if (isSet)
            clear();
        if (capabilityDropped)
            setEffectiveCapability(CAP_DAC_OVERRIDE, true);
    }
};

/// The ways a test write-protects a file, as rows of a bool column "immutable": "chmod"
/// (WriteProtectedFile) always; "chattr +i" in addition where it can be set (root, and a file
/// system with the immutable attribute): never instead, so no run skips the behaviour.
inline void addWriteProtectionRows(const QString& probeFolder) {
    QTest::addColumn<bool>("immutable");
    QTest::newRow("chmod") << false;
    ImmutableFlag probe{probeFolder + QStringLiteral("/chattr-probe")};
    QFile file(probe.path);
    if (::geteuid() == 0 && file.open(QIODevice::WriteOnly) && (file.close(), probe.set()))
        QTest::newRow("chattr +i") << true;
    probe.clear();
    file.remove();
}

inline QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Appends `count` events; every third is console-level, the rest go to `incident`.
inline bool appendEvents(AuditLog& log, int count, const QString& incident = QStringLiteral("rev-1"),
                         const QString& kind = QStringLiteral("ObservationRecorded")) {
    for (int i = 0; i < count; ++i) {
        const bool console = i % 3 == 2;
        const QJsonObject payload{{QStringLiteral("n"), i}, {QStringLiteral("note"), QStringLiteral("événement")}};
        if (!log.append({QStringLiteral("Zoë Okafor"), console ? QStringLiteral("ui.click") : kind,
                         QStringLiteral("error-rate"), console ? QString() : incident, payload}))
            return false;
    }
    return true;
}

/// Runs SQL as an attacker with the sqlite3 shell would: triggers dropped, foreign keys off.
inline void attack(const QString& path, const std::function<void(QSqlQuery&)>& tamper) {
    const QString name = QStringLiteral("attacker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")));
        QStringList triggers;
        while (query.next())
            triggers << query.value(0).toString();
        for (const QString& trigger : triggers)
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger)));
        tamper(query);
    }
    QSqlDatabase::removeDatabase(name);
}

inline void run(QSqlQuery& query, const QString& statement) {
    QVERIFY2(query.exec(statement), qPrintable(statement + QStringLiteral(": ") + query.lastError().text()));
}

struct Run {
    int exitCode = -1;
    QString out, err;
};

/// Runs a program to completion (a minute at most) with an optional environment.
inline Run runProgram(const QString& program, const QStringList& args,
                      const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                      const QString& workingDirectory = {}) {
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(60'000)) {
        result.err = QStringLiteral("did not finish: ") + process.errorString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

#ifdef TURNBACK_CLI
inline Run cli(const QStringList& args,
               const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) {
    return runProgram(QStringLiteral(TURNBACK_CLI), args, environment);
}
#endif

/// The shell block that follows `marker` (an HTML comment) in a Markdown file, as documented.
inline QString documentedShellBlock(const QString& markdownPath, const QString& marker) {
    QFile file(markdownPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype at = text.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype start = text.indexOf(QStringLiteral("```sh\n"), at);
    const qsizetype end = start < 0 ? -1 : text.indexOf(QStringLiteral("\n```"), start + 6);
    return end < 0 ? QString() : text.mid(start + 6, end - start - 6);
}

} // namespace turnback::test
