#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace turnback {

class ReversalSession;

/// What an import did.
struct ObservationImportResult {
    QStringList
        problems;     ///< "FILE:LINE: error: ..." for every bad line, or why the import stopped; empty when all went in
    int recorded = 0; ///< observations recorded (0 whenever the file had a bad line)
    bool ok() const { return problems.isEmpty(); }
};

/// Imports an observation file (ObservationCsv's format, times in seconds from the start of the
/// reversal) into a running reversal, all or nothing: the whole file is checked first, every line
/// against the kit and every time against the reversal (not in the future, not before what the rubric
/// has already seen), and a file with any bad line records nothing, so the operator fixes the file and
/// imports it again instead of working out which half went in. Only a good file is recorded, in order,
/// through the ReversalSession. The one way to stop part-way is the audit log failing mid-import (a
/// full disk): then `recorded` says how many went in and the last problem why the rest did not.
namespace ObservationImport {

ObservationImportResult importFile(ReversalSession& session, const QString& path);
/// importFile() on bytes already read; `fileName` is what the problems name.
ObservationImportResult importBytes(ReversalSession& session, const QByteArray& bytes, const QString& fileName);

} // namespace ObservationImport
} // namespace turnback
