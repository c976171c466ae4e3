#pragma once

#include "Kit.h"

#include <QStringList>
#include <QTextStream>

namespace turnback::cli {

/// Exit codes (docs/architecture.md, "Layers").
enum ExitCode { Success = 0, BadInput = 1, UsageError = 2 };

/// What every verb gets: its own arguments (after the verb words) and the two output streams.
struct Context {
    QStringList args; ///< e.g. {"FILE", "--overlay", "X"} for `kit validate FILE --overlay X`
    QTextStream& out;
    QTextStream& err;
    QString program = QStringLiteral("turnback-cli");

    /// Prints a usage error line and returns UsageError.
    int usageError(const QString& message, const QString& usage) const;
    /// The one database file among `positionals`, when it exists. Otherwise nullopt, with the error
    /// printed and its exit code (UsageError: not exactly one; BadInput: no such file) in `code`.
    std::optional<QString> existingDatabase(const QStringList& positionals, const QString& usage, int* code) const;
};

/// Loads FILE with its overlays, printing every problem to stderr. Returns the kit or nothing.
std::optional<Kit> loadKit(const QString& file, const QStringList& overlays, Context& context);

int runKit(const QString& verb, Context& context);
int runAudit(const QString& verb, Context& context);
int runRubric(const QString& verb, Context& context);
int runExercise(const QString& verb, Context& context);
/// `exercise report` (ExerciseReportCommand.cpp).
int runExerciseReport(Context& context);
int runIncident(const QString& verb, Context& context);
int runEvidence(const QString& verb, Context& context);
/// `comms clocks` (ClockCommands.cpp); `comms list|render` live in CommsCommands.cpp.
int runCommsClocks(Context& context);
int runComms(const QString& verb, Context& context);

} // namespace turnback::cli
