// turnback-cli exercise report (docs/after-action-report.md, "Command line")
#include "ArgumentParser.h"
#include "Cli.h"
#include "KitLoader.h"
#include "ReportPdf.h"
#include "ReviewDatabase.h"
#include "events/ReversalEvents.h"

#include <QFile>
#include <QJsonDocument>

namespace turnback::cli {

namespace {

const QString kReportUsage = QStringLiteral("exercise report DB --incident ID (--out FILE.pdf | --format json) "
                                            "[--kit FILE [--overlay FILE]...]");

/// The kit the reversal recorded it was started with, when that file is still there with the same bytes.
std::optional<Kit> recordedKit(ReviewDatabase& db, const QString& incident, Context& context) {
    std::optional<events::ReversalStarted> started;
    db.forEachRecordUntil(incident, QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC), [&](const AuditRecord& r) {
        if (r.kind == events::ReversalStarted::kind)
            started = events::ReversalStarted::fromJson(QJsonDocument::fromJson(r.payload.toUtf8()).object());
        return !started;
    });
    if (!started || started->kitFile.isEmpty())
        return std::nullopt;
    const KitLoadResult kit = KitLoader::load(started->kitFile, started->overlays);
    if (!kit.ok() || kit.kit->sourceSha256 != started->kitSha256) {
        context.err << db.path() << ": note: the kit the reversal recorded (" << started->kitFile
                    << ") is not here with the same bytes\n";
        return std::nullopt;
    }
    return kit.kit;
}

} // namespace

int runExerciseReport(Context& context) {
    ArgumentParser parser;
    parser.option(QStringLiteral("incident"))
        .option(QStringLiteral("out"))
        .option(QStringLiteral("format"))
        .option(QStringLiteral("kit"))
        .option(QStringLiteral("overlay"));
    if (!parser.parse(context.args))
        return context.usageError(parser.error(), kReportUsage);
    for (const QString& once :
         {QStringLiteral("incident"), QStringLiteral("out"), QStringLiteral("format"), QStringLiteral("kit")})
        if (parser.values(once).size() > 1)
            return context.usageError(QStringLiteral("--%1 may be given only once").arg(once), kReportUsage);
    if (!parser.isSet(QStringLiteral("incident")))
        return context.usageError(QStringLiteral("--incident is required"), kReportUsage);
    const QString format =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("pdf");
    if (format != QLatin1String("pdf") && format != QLatin1String("json"))
        return context.usageError(QStringLiteral("--format must be pdf or json, not '%1'").arg(format), kReportUsage);
    if (format == QLatin1String("pdf") && !parser.isSet(QStringLiteral("out")))
        return context.usageError(QStringLiteral("--out FILE.pdf is required for a PDF"), kReportUsage);
    if (parser.isSet(QStringLiteral("overlay")) && !parser.isSet(QStringLiteral("kit")))
        return context.usageError(QStringLiteral("--overlay needs --kit"), kReportUsage);
    int code = Success;
    const std::optional<QString> path = context.existingDatabase(parser.positionals(), kReportUsage, &code);
    if (!path)
        return code;

    ReviewDatabase db;
    if (!db.open(*path)) {
        context.err << *path << ": error: " << db.errorString() << '\n';
        return BadInput;
    }
    const QString incident = parser.value(QStringLiteral("incident"));
    std::optional<Kit> kit;
    if (parser.isSet(QStringLiteral("kit"))) {
        kit = loadKit(parser.value(QStringLiteral("kit")), parser.values(QStringLiteral("overlay")), context);
        if (!kit)
            return BadInput;
    } else {
        kit = recordedKit(db, incident, context);
        if (!kit)
            context.err << *path << ": note: no kit, so no comms or regulator timers in the report; give --kit\n";
    }
    QString error;
    const std::optional<AfterActionReport> report =
        AfterActionReportBuilder::build(db, incident, kit ? &*kit : nullptr, &error);
    if (!report) {
        context.err << error << '\n';
        return BadInput;
    }
    if (format == QLatin1String("json")) {
        context.out << QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (!ReportPdf::write(*report, kit ? &*kit : nullptr, parser.value(QStringLiteral("out")), &error)) {
        context.err << error << '\n';
        return BadInput;
    }
    return Success;
}

} // namespace turnback::cli
