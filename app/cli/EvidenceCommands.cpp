// turnback-cli incident list | evidence export
#include "ArgumentParser.h"
#include "AuditLog.h"
#include "Cli.h"
#include "Clock.h"
#include "EvidencePack.h"
#include "KeyFile.h"
#include "KeyStore.h"
#include "SigningKey.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace turnback::cli {

namespace {

const QString kListUsage = QStringLiteral("incident list DB");
const QString kExportUsage = QStringLiteral("evidence export DB --incident ID --out FILE.zip [--key-file FILE "
                                            "--passphrase-file FILE | --unsigned] [--by NAME]");

/// One reversal as a JSON line: id, title, service, mode, started_utc, closed_utc (null when open).
QByteArray summaryLine(const IncidentSummary& s) {
    const QJsonObject started = QJsonDocument::fromJson(s.startedPayload.toUtf8()).object();
    const QString mode = started.value(QStringLiteral("mode")).toString();
    const QJsonObject line{
        {QStringLiteral("id"), s.incident},
        {QStringLiteral("title"), started.value(QStringLiteral("title")).toString()},
        {QStringLiteral("service"), started.value(QStringLiteral("service")).toString()},
        {QStringLiteral("mode"), mode == QLatin1String("exercise") ? mode : QStringLiteral("live")},
        {QStringLiteral("started_utc"), s.startedAtUtc},
        {QStringLiteral("closed_utc"), s.isClosed() ? QJsonValue(s.closedAtUtc) : QJsonValue(QJsonValue::Null)}};
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

int runList(Context& context) {
    ArgumentParser parser;
    if (!parser.parse(context.args))
        return context.usageError(parser.error(), kListUsage);
    int code = Success;
    const std::optional<QString> database = context.existingDatabase(parser.positionals(), kListUsage, &code);
    if (!database)
        return code;
    const QString path = *database;
    SystemClock clock;
    AuditLog log(clock);
    if (!log.open(path, AuditLog::Access::ReadOnly)) {
        context.err << path << ": error: " << log.errorString() << '\n';
        return BadInput;
    }
    const QList<IncidentSummary> summaries = log.incidentSummaries();
    if (summaries.isEmpty() && !log.errorString().isEmpty()) {
        context.err << path << ": error: " << log.errorString() << '\n';
        return BadInput;
    }
    for (const IncidentSummary& s : summaries)
        context.out << summaryLine(s) << '\n';
    return Success;
}

/// The key named by --key-file, or the keychain's key for this log; nullptr with `error` otherwise.
std::shared_ptr<const SigningKey> findKey(const ArgumentParser& parser, const QString& path, QString* error) {
    if (parser.isSet(QStringLiteral("key-file"))) {
        const SecretBytes passphrase =
            KeyFile::readPassphraseFile(parser.value(QStringLiteral("passphrase-file")), error);
        if (!error->isEmpty())
            return nullptr;
        auto key = KeyFile::read(parser.value(QStringLiteral("key-file")), passphrase, error);
        return key ? std::make_shared<const SigningKey>(std::move(*key)) : nullptr;
    }
    SystemClock clock;
    AuditLog log(clock);
    if (!log.open(path, AuditLog::Access::ReadOnly)) {
        *error = log.errorString();
        return nullptr;
    }
    KeyStore store(log.databaseId());
    const KeyStore::Result read = store.readKeyBlocking();
    if (read.status != KeyStore::Status::Ok) {
        *error = read.message + QStringLiteral(" To sign with a key file instead: --key-file FILE --passphrase-file "
                                               "FILE; to export without a signature on purpose: --unsigned.");
        return nullptr;
    }
    auto key = SigningKey::fromRawPrivateKey(store.takeSecret(), error);
    return key ? std::make_shared<const SigningKey>(std::move(*key)) : nullptr;
}

int runExport(Context& context) {
    ArgumentParser parser;
    parser.option(QStringLiteral("incident"))
        .option(QStringLiteral("out"))
        .option(QStringLiteral("key-file"))
        .option(QStringLiteral("passphrase-file"))
        .option(QStringLiteral("by"))
        .flag(QStringLiteral("unsigned"));
    if (!parser.parse(context.args))
        return context.usageError(parser.error(), kExportUsage);
    if (parser.positionals().size() != 1)
        return context.usageError(QStringLiteral("expected exactly one database file"), kExportUsage);
    if (!parser.isSet(QStringLiteral("incident")) || !parser.isSet(QStringLiteral("out")))
        return context.usageError(QStringLiteral("--incident and --out are required"), kExportUsage);
    const bool unsignedPack = parser.isSet(QStringLiteral("unsigned"));
    if (unsignedPack && parser.isSet(QStringLiteral("key-file")))
        return context.usageError(QStringLiteral("--unsigned and --key-file exclude each other"), kExportUsage);
    if (parser.isSet(QStringLiteral("key-file")) != parser.isSet(QStringLiteral("passphrase-file")))
        return context.usageError(QStringLiteral("--key-file and --passphrase-file go together"), kExportUsage);
    const QString path = parser.positionals().first();
    if (!QFileInfo::exists(path)) {
        context.err << path << ": error: no such file\n";
        return BadInput;
    }

    EvidencePackRequest request;
    request.databasePath = path;
    request.incident = parser.value(QStringLiteral("incident"));
    request.outputPath = parser.value(QStringLiteral("out"));
    request.allowUnsigned = unsignedPack;
    request.exportedBy = parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by"))
                                                            : qEnvironmentVariable("USER", QStringLiteral("unknown"));
    if (!unsignedPack) {
        disableCoreDumps(); // key material is about to be in memory
        QString error;
        request.key = findKey(parser, path, &error);
        if (!request.key) {
            context.err << path << ": error: no signing key: " << error << '\n';
            return BadInput;
        }
    }
    const EvidencePackResult result = EvidencePackExporter::run(request);
    if (!result.ok) {
        context.err << path << ": error: " << result.error << '\n';
        return BadInput;
    }
    context.out << request.outputPath << ": " << (result.isExercise ? "EXERCISE " : "") << "evidence pack of "
                << request.incident << ": " << result.events << " events, " << result.artifacts << " artifacts, "
                << (result.isSigned ? QStringLiteral("signed with key %1").arg(request.key->keyId())
                                    : QStringLiteral("UNSIGNED"))
                << '\n'
                << "proof: " << result.verification << '\n';
    return Success;
}

} // namespace

int runIncident(const QString& verb, Context& context) {
    if (verb == QLatin1String("list"))
        return runList(context);
    return context.usageError(QStringLiteral("unknown incident verb '%1'").arg(verb), kListUsage);
}

int runEvidence(const QString& verb, Context& context) {
    if (verb == QLatin1String("export"))
        return runExport(context);
    return context.usageError(QStringLiteral("unknown evidence verb '%1'").arg(verb), kExportUsage);
}

} // namespace turnback::cli
