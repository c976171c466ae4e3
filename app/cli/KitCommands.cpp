// turnback-cli kit validate | kit show
#include "ArgumentParser.h"
#include "Cli.h"
#include "KitLoader.h"
#include "KitMarkdown.h"

namespace turnback::cli {

std::optional<Kit> loadKit(const QString& file, const QStringList& overlays, Context& context) {
    const KitLoadResult result = KitLoader::load(file, overlays);
    for (const KitDiagnostic& diagnostic : result.errors)
        context.err << diagnostic.toString() << '\n';
    context.err.flush();
    if (!result.ok())
        return std::nullopt;
    return result.kit;
}

namespace {

int runValidateOrShow(bool show, Context& context) {
    const QString usage = show ? QStringLiteral("kit show FILE [--overlay FILE]...")
                               : QStringLiteral("kit validate FILE [--overlay FILE]...");
    ArgumentParser parser;
    parser.option(QStringLiteral("overlay"));
    if (!parser.parse(context.args))
        return context.usageError(parser.error(), usage);
    if (parser.positionals().size() != 1)
        return context.usageError(QStringLiteral("expected exactly one kit FILE"), usage);

    const QString file = parser.positionals().first();
    const QStringList overlays = parser.values(QStringLiteral("overlay"));
    const std::optional<Kit> kit = loadKit(file, overlays, context);
    if (!kit)
        return BadInput;

    if (show) {
        context.out << KitMarkdown::rubricTable(*kit);
    } else {
        context.out << file << ": ok: kit '" << kit->id << "' (format " << kit->formatVersion << "), "
                    << kit->signalList.size() << " signals, " << kit->roles.size() << " roles, " << kit->comms.size()
                    << " comms templates, " << kit->dataProcedures.size() << " data procedures, " << kit->stages.size()
                    << " stage checklists, " << kit->impactPrompts.size() << " impact prompts";
        if (!overlays.isEmpty())
            context.out << ", " << overlays.size() << (overlays.size() == 1 ? " overlay" : " overlays");
        context.out << '\n';
    }
    return Success;
}

} // namespace

int runKit(const QString& verb, Context& context) {
    if (verb == QLatin1String("validate"))
        return runValidateOrShow(false, context);
    if (verb == QLatin1String("show"))
        return runValidateOrShow(true, context);
    return context.usageError(QStringLiteral("unknown kit verb '%1'").arg(verb),
                              QStringLiteral("kit validate|show ..."));
}

} // namespace turnback::cli
