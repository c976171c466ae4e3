// turnback-cli comms list | comms render (docs/kit-format.md, "Comms blanks")
#include "ArgumentParser.h"
#include "Cli.h"
#include "CommsRender.h"
#include "Eml.h"
#include "KitLoader.h"
#include "UtcTime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace turnback::cli {

namespace {

const QString kListUsage = QStringLiteral("comms list --kit FILE [--overlay FILE]...");
const QString kRenderUsage = QStringLiteral(
    "comms render --kit FILE [--overlay FILE]... --template ID [--set NAME=VALUE]... [--format text|eml] "
    "[--to 'NAME <ADDRESS>']... [--from 'NAME <ADDRESS>'] [--date UTC] [--log-head TEXT]");
const QString kDefaultFrom = QStringLiteral("Turnback <turnback@localhost.invalid>");

std::optional<Kit> loadKitFrom(const ArgumentParser& parser, Context& context) {
    return loadKit(parser.value(QStringLiteral("kit")), parser.values(QStringLiteral("overlay")), context);
}

QJsonObject blankJson(const CommsBlank& blank) {
    QJsonObject o{{QStringLiteral("name"), blank.name},
                  {QStringLiteral("label"), blank.label},
                  {QStringLiteral("type"), blankTypeId(blank.type)},
                  {QStringLiteral("required"), blank.required}};
    if (blank.type == BlankType::Choice)
        o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(blank.choices));
    if (!blank.help.isEmpty())
        o.insert(QStringLiteral("help"), blank.help);
    return o;
}

int runList(Context& context) {
    ArgumentParser parser;
    parser.option(QStringLiteral("kit")).option(QStringLiteral("overlay"));
    if (!parser.parse(context.args))
        return context.usageError(parser.error(), kListUsage);
    if (!parser.isSet(QStringLiteral("kit")) || !parser.positionals().isEmpty())
        return context.usageError(QStringLiteral("expected --kit FILE and nothing else"), kListUsage);
    const std::optional<Kit> kit = loadKitFrom(parser, context);
    if (!kit)
        return BadInput;
    for (const CommsTemplate& comms : kit->comms) {
        QJsonArray blanks;
        for (const CommsBlank& blank : comms.allBlanks())
            blanks.append(blankJson(blank));
        const QJsonObject line{{QStringLiteral("id"), comms.id},
                               {QStringLiteral("audience"), comms.audience},
                               {QStringLiteral("title"), comms.title},
                               {QStringLiteral("owner"), comms.owner},
                               {QStringLiteral("recipient"), comms.recipient},
                               {QStringLiteral("due_ms"), qint64(comms.due.count())},
                               {QStringLiteral("blanks"), blanks}};
        context.out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    }
    return Success;
}

/// NAME=VALUE pairs; false (and a usage error printed) on one without '='.
bool parseSets(const QStringList& sets, BlankValues& values, Context& context) {
    for (const QString& set : sets) {
        const qsizetype equals = set.indexOf(u'=');
        if (equals <= 0) {
            context.usageError(QStringLiteral("--set needs NAME=VALUE, found '%1'").arg(set), kRenderUsage);
            return false;
        }
        values.insert(set.left(equals), set.mid(equals + 1));
    }
    return true;
}

int writeEml(const CommsTemplate& comms, const CommsRender::Rendered& text, const ArgumentParser& parser,
             Context& context) {
    EmlMessage message;
    message.from =
        EmlAddress::parse(parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from")) : kDefaultFrom);
    for (const QString& to : parser.values(QStringLiteral("to")))
        message.to << EmlAddress::parse(to);
    if (message.to.isEmpty())
        message.to << EmlAddress{comms.recipient, {}};
    message.subject = text.subject;
    message.body = text.body;
    message.date = parser.isSet(QStringLiteral("date")) ? utc::parse(parser.value(QStringLiteral("date")))
                                                        : QDateTime::currentDateTimeUtc();
    if (!message.date.isValid())
        return context.usageError(QStringLiteral("--date must be UTC, as 2026-11-30T18:00:00.000Z"), kRenderUsage);
    message.logHead = parser.value(QStringLiteral("log-head"));
    QString error;
    const std::optional<QByteArray> eml = Eml::write(message, &error);
    if (!eml) {
        context.err << context.program << ": " << error << '\n';
        return BadInput;
    }
    context.out << QString::fromLatin1(*eml); // ASCII by construction: every non-ASCII character is encoded
    return Success;
}

int runRender(Context& context) {
    ArgumentParser parser;
    for (const char* name : {"kit", "overlay", "template", "set", "format", "to", "from", "date", "log-head"})
        parser.option(QString::fromLatin1(name));
    if (!parser.parse(context.args))
        return context.usageError(parser.error(), kRenderUsage);
    if (!parser.isSet(QStringLiteral("kit")) || !parser.isSet(QStringLiteral("template")))
        return context.usageError(QStringLiteral("expected --kit FILE and --template ID"), kRenderUsage);
    const QString format =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("eml"))
        return context.usageError(QStringLiteral("--format must be text or eml"), kRenderUsage);
    BlankValues values;
    if (!parseSets(parser.values(QStringLiteral("set")), values, context))
        return UsageError;
    const std::optional<Kit> kit = loadKitFrom(parser, context);
    if (!kit)
        return BadInput;
    const QString id = parser.value(QStringLiteral("template"));
    const auto found =
        std::find_if(kit->comms.begin(), kit->comms.end(), [&](const CommsTemplate& comms) { return comms.id == id; });
    if (found == kit->comms.end()) {
        QStringList ids;
        for (const CommsTemplate& comms : kit->comms)
            ids << comms.id;
        context.err << context.program << ": no comms template '" << id << "'; the kit has: " << ids.join(u", ")
                    << '\n';
        return BadInput;
    }
    const CommsRender render(*found);
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!render.blank(it.key())) {
            context.err << context.program << ": template '" << id << "' has no blank '" << it.key() << "'\n";
            return BadInput;
        }
    if (const QList<BlankProblem> problems = render.problems(values); !problems.isEmpty()) {
        for (const BlankProblem& problem : problems)
            context.err << context.program << ": " << problem.message() << '\n';
        return BadInput;
    }
    const CommsRender::Rendered text = render.render(values);
    if (format == QLatin1String("eml"))
        return writeEml(*found, text, parser, context);
    context.out << "Subject: " << text.subject << "\n\n" << text.body;
    return Success;
}

} // namespace

int runComms(const QString& verb, Context& context) {
    if (verb == QLatin1String("list"))
        return runList(context);
    if (verb == QLatin1String("render"))
        return runRender(context);
    return context.usageError(QStringLiteral("unknown comms verb '%1'").arg(verb),
                              QStringLiteral("comms list|render ..."));
}

} // namespace turnback::cli
