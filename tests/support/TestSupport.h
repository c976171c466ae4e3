#pragma once

#include "TestPaths.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace turnback::test {

/// A scratch folder that lives as long as the test function; under the test's private TMPDIR.
class ScratchDir {
public:
    ScratchDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

/// A file under tests/data.
QString dataFile(const QString& relativePath);

/// Reads a whole text file (empty string on failure; the caller asserts on content).
QString readText(const QString& path);

/// Writes text to a file, creating folders as needed; false on failure.
bool writeText(const QString& path, const QByteArray& bytes);

/// What a program run by runCommand() did: its exit code (-1 when it did not finish in a minute,
/// -2 when it crashed: a crash must never pass as an exit code) and its two outputs.
struct ProgramRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `program` with `args` (in `workingDirectory` when given) and waits for it.
ProgramRun runCommand(const QString& program, const QStringList& args, const QString& workingDirectory = {});

} // namespace turnback::test
