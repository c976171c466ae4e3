// turnback-cli rubric replay
#include "ArgumentParser.h"
#include "Cli.h"
#include "KitLoader.h"
#include "ObservationCsv.h"
#include "RubricReplay.h"

#include <QFile>

namespace turnback::cli {

namespace {

int runReplay(Context& context) {
    const QString usage =
        QStringLiteral("rubric replay --kit FILE [--overlay FILE]... --observations FILE.csv [--until SECONDS]");
    ArgumentParser parser;
    parser.option(QStringLiteral("kit"))
        .option(QStringLiteral("overlay"))
        .option(QStringLiteral("observations"))
        .option(QStringLiteral("until"));
    if (!parser.parse(context.args))
        return context.usageError(parser.error(), usage);
    if (!parser.positionals().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument '%1'").arg(parser.positionals().first()), usage);
    if (!parser.isSet(QStringLiteral("kit")) || !parser.isSet(QStringLiteral("observations")))
        return context.usageError(QStringLiteral("--kit and --observations are required"), usage);
    std::optional<Milliseconds> until;
    if (parser.isSet(QStringLiteral("until"))) {
        QString why;
        until = ObservationCsv::parseSeconds(parser.value(QStringLiteral("until")).toUtf8(), &why);
        if (!until)
            return context.usageError(QStringLiteral("--until: %1").arg(why), usage);
    }

    const KitLoadResult loaded =
        KitLoader::load(parser.value(QStringLiteral("kit")), parser.values(QStringLiteral("overlay")));
    for (const KitDiagnostic& diagnostic : loaded.errors)
        context.err << diagnostic.toString() << '\n';
    if (!loaded.ok())
        return BadInput;

    const QString csvPath = parser.value(QStringLiteral("observations"));
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        context.err << csvPath << ": error: cannot read: " << csv.errorString() << '\n';
        return BadInput;
    }
    const ObservationCsvResult observations = ObservationCsv::parse(csv, csvPath, *loaded.kit);
    for (const QString& error : observations.errors)
        context.err << error << '\n';
    if (!observations.errors.isEmpty())
        return BadInput;

    QString error;
    const QStringList lines = RubricReplay::jsonLines(*loaded.kit, observations.observations, &error, until);
    if (!error.isEmpty()) {
        context.err << csvPath << ": error: " << error << '\n';
        return BadInput;
    }
    for (const QString& line : lines)
        context.out << line << '\n';
    return Success;
}

} // namespace

int runRubric(const QString& verb, Context& context) {
    if (verb == QLatin1String("replay"))
        return runReplay(context);
    return context.usageError(QStringLiteral("unknown rubric verb '%1'").arg(verb),
                              QStringLiteral("rubric replay --kit FILE --observations FILE.csv [--until SECONDS]"));
}

} // namespace turnback::cli
