#pragma once

#include "ImportEvents.h"
#include "ObservationCsv.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>

namespace turnback {

class Kit;
class ReversalSession;

/// What an import did.
struct ObservationImportResult {
    /// As recorded in its `observations.import.finished` row; Refused also when the file could not be read.
    using Outcome = events::ImportFinished::Outcome;
    Outcome outcome = Outcome::Refused;
    QStringList problems; ///< "FILE:LINE: error: ..." for every bad line, or why nothing was recorded
    int recorded = 0;     ///< observations recorded: all of the file's, or 0
    bool ok() const { return outcome == Outcome::Recorded; }
};

/// An observation file as read, before anything is recorded: what the import's start records
/// (size, SHA-256, rows) and the observations parsed from it. Made off the GUI thread.
struct ObservationFile {
    QString path;
    qint64 size = 0; ///< bytes read: the whole file, unless it was refused part-way
    QString sha256;  ///< lowercase hex of those bytes
    qint64 rows = 0; ///< data rows that parsed
    ObservationCsvResult parsed;
    QString readError; ///< the file could not be opened
    bool cancelled = false;
};

/// Imports an observation file (ObservationCsv's format, times in seconds from the start of the
/// reversal) into a running reversal, all or nothing (docs/architecture.md, "Console"):
///
/// 1. read: the whole file is parsed and hashed (off the GUI thread in ObservationImportJob); every
///    line is checked against the kit and every time against the reversal (not in the future, not
///    before what the rubric has already seen);
/// 2. the start is recorded and committed: `observations.import.started` with the file's name, size,
///    SHA-256 and row count (docs/incident-events.md), also for a file that is then refused;
/// 3. a good file's observations go into one transaction (AuditLog::beginBatch): all of them are
///    committed together, or, if the import is cancelled, the log fails or the console is killed,
///    none is;
/// 4. once committed they are shown and fed to the rubric, whose transitions are recorded at their
///    exact instants, and `observations.import.finished` records how it ended.
///
/// A file with any bad line records no observation, so the operator fixes the file and imports it
/// again instead of working out which half went in.
namespace ObservationImport {

/// Step 1 on any thread: opens, hashes and parses `path` against `kit` (the session is not touched).
/// `cancel` stops the reading; `bytesRead` follows it, for a progress bar. Either may be null.
ObservationFile read(const QString& path, const Kit& kit, const std::atomic<bool>* cancel = nullptr,
                     std::atomic<qint64>* bytesRead = nullptr);

/// Every step at once on this thread, without an event loop (the command line, tests).
ObservationImportResult importFile(ReversalSession& session, const QString& path);

} // namespace ObservationImport
} // namespace turnback
