// turnback-cli exercise run
#include "ArgumentParser.h"
#include "Cli.h"
#include "Clock.h"
#include "ExerciseRunner.h"
#include "KitLoader.h"
#include "ScenarioLoader.h"

#include <QDateTime>

namespace turnback::cli {

namespace {

const QString kRunUsage = QStringLiteral("exercise run SCENARIO --kit FILE [--overlay FILE]... --db DB [--start UTC]");

/// An ISO 8601 time with a zone ("2026-01-01T09:00:00Z", "...+02:00"), as UTC; invalid otherwise.
/// A time without a zone is refused: it would silently mean the machine's local time.
QDateTime parseStart(const QString& text) {
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return {};
    return at.toUTC();
}

int runExerciseRun(Context& context) {
    ArgumentParser parser;
    parser.option(QStringLiteral("kit"))
        .option(QStringLiteral("overlay"))
        .option(QStringLiteral("db"))
        .option(QStringLiteral("start"));
    if (!parser.parse(context.args))
        return context.usageError(parser.error(), kRunUsage);
    if (parser.positionals().size() != 1)
        return context.usageError(QStringLiteral("expected exactly one SCENARIO file"), kRunUsage);
    if (!parser.isSet(QStringLiteral("kit")) || !parser.isSet(QStringLiteral("db")))
        return context.usageError(QStringLiteral("--kit and --db are required"), kRunUsage);
    for (const QString& once : {QStringLiteral("kit"), QStringLiteral("db"), QStringLiteral("start")})
        if (parser.values(once).size() > 1)
            return context.usageError(QStringLiteral("--%1 may be given only once").arg(once), kRunUsage);
    QDateTime start;
    if (parser.isSet(QStringLiteral("start"))) {
        start = parseStart(parser.value(QStringLiteral("start")));
        if (!start.isValid())
            return context.usageError(QStringLiteral("--start must be an ISO 8601 UTC time such as "
                                                     "2026-01-01T09:00:00Z, not '%1'")
                                          .arg(parser.value(QStringLiteral("start"))),
                                      kRunUsage);
    }

    const KitLoadResult kit =
        KitLoader::load(parser.value(QStringLiteral("kit")), parser.values(QStringLiteral("overlay")));
    for (const KitDiagnostic& diagnostic : kit.errors)
        context.err << diagnostic.toString() << '\n';
    if (!kit.ok())
        return BadInput;

    const QString scenarioFile = parser.positionals().first();
    const ScenarioLoadResult scenario = ScenarioLoader::load(scenarioFile, *kit.kit);
    for (const KitDiagnostic& diagnostic : scenario.errors)
        context.err << diagnostic.toString() << '\n';
    if (!scenario.ok())
        return BadInput;

    // By default the scenario ends now, so that no event is written ahead of the wall clock.
    if (!start.isValid())
        start = ExerciseRunner::startEndingAt(*scenario.scenario, SystemClock().utcNow());
    const QString db = parser.value(QStringLiteral("db"));
    const ExerciseResult result = ExerciseRunner::runOnDatabase(db, *kit.kit, *scenario.scenario, start);
    if (!result.alreadyOpen.isEmpty())
        context.err << db << ": note: the log already held an open exercise of '" << result.scenarioTitle
                    << "': " << result.alreadyOpen.join(QStringLiteral(", ")) << "; this run added another, "
                    << result.incidentId << '\n';
    if (!result.ok) {
        context.err << result.error << '\n';
        if (!result.incidentId.isEmpty())
            context.err << db << ": note: the exercise reversal " << result.incidentId << " stops there, open, after "
                        << result.eventsWritten << (result.eventsWritten == 1 ? " event" : " events") << '\n';
        return BadInput;
    }
    context.out << result.summaryText();
    return Success;
}

} // namespace

int runExercise(const QString& verb, Context& context) {
    if (verb == QLatin1String("run"))
        return runExerciseRun(context);
    if (verb == QLatin1String("report"))
        return runExerciseReport(context);
    return context.usageError(QStringLiteral("unknown exercise verb '%1'").arg(verb), kRunUsage);
}

} // namespace turnback::cli
