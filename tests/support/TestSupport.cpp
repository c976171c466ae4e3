#include "TestSupport.h"

#include <QProcess>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace turnback::test {

ScratchDir::ScratchDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/turnback-XXXXXX")) {}

QString dataFile(const QString& relativePath) {
    return QStringLiteral(TURNBACK_TEST_DATA_DIR) + QLatin1Char('/') + relativePath;
}

QString readText(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool writeText(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

ProgramRun runCommand(const QString& program, const QStringList& args, const QString& workingDirectory) {
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, args);
    if (!process.waitForFinished(60'000))
        return {};
    if (process.exitStatus() != QProcess::NormalExit)
        return {-2, {}, QStringLiteral("crashed")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace turnback::test
