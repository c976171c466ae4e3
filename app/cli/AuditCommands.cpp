// turnback-cli audit verify | checkpoint | anchor
#include "ArgumentParser.h"
#include "AuditLog.h"
#include "AuditSigner.h"
#include "AuditVerificationText.h"
#include "AuditVerifier.h"
#include "Cli.h"
#include "Clock.h"
#include "KeyFile.h"
#include "SigningKey.h"

#include <QFileInfo>
#include <QLoggingCategory>

namespace turnback::cli {

namespace {

const QString kVerifyUsage = QStringLiteral("audit verify DB [--anchor SEQ:FINGERPRINT] [--incident ID]");
const QString kCheckpointUsage = QStringLiteral(
    "audit checkpoint DB [--reason TEXT] [--key-file FILE --passphrase-file FILE [--create-key-file [--replace-key]]]");
const QString kAnchorUsage = QStringLiteral("audit anchor DB");

QString plural(qint64 n, const char* one, const char* many) {
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

int runVerifyIncident(Context& context, const QString& path, const QString& incident) {
    const IncidentVerification result = AuditVerifier::verifyIncident(path, incident);
    if (!result.ok) {
        context.err << path << ": incident " << incident << ": FAILED: " << result.message << '\n';
        if (result.firstBadIncidentSeq > 0)
            context.err << "first bad incident_seq: " << result.firstBadIncidentSeq << '\n';
        return BadInput;
    }
    context.out << path << ": incident " << incident << ": ok: " << plural(result.count, "event", "events")
                << ", incident head hash " << result.headHash << '\n'
                << "checkpoints: " << result.signedCheckpoints << " signed" << (result.complete ? ", complete" : "")
                << '\n'
                << result.tail << '\n';
    return Success;
}

/// The attached files after the chain's own lines: a count when all match, else one line per file
/// that was changed or removed. False when any was.
bool reportAttachments(Context& context, const QString& path, const AttachmentCheck& attachments) {
    if (attachments.checked == 0)
        return true;
    if (attachments.ok()) {
        context.out << "attachments: " << plural(attachments.checked, "file", "files") << ", all unchanged\n";
        return true;
    }
    for (const AttachmentProblem& problem : attachments.problems)
        context.err << path << ": ATTACHMENT "
                    << (problem.kind == AttachmentProblem::Kind::Removed ? "REMOVED" : "CHANGED") << ": "
                    << problem.message << '\n';
    context.err << "attachments: " << plural(attachments.checked, "file", "files") << ", "
                << attachments.problems.size() << " changed or removed\n";
    return false;
}

int runVerify(Context& context) {
    ArgumentParser parser;
    parser.option(QStringLiteral("anchor")).option(QStringLiteral("incident"));
    if (!parser.parse(context.args))
        return context.usageError(parser.error(), kVerifyUsage);
    if (parser.positionals().size() != 1)
        return context.usageError(QStringLiteral("expected exactly one database file"), kVerifyUsage);
    AuditVerifyOptions options;
    if (parser.isSet(QStringLiteral("anchor"))) {
        options.anchor = CheckpointAnchor::parse(parser.value(QStringLiteral("anchor")));
        if (!options.anchor)
            return context.usageError(QStringLiteral("--anchor takes SEQ:FINGERPRINT, e.g. 1200:ab12-cd34-ef56-7890"),
                                      kVerifyUsage);
    }

    const QString path = parser.positionals().first();
    if (!QFileInfo::exists(path)) {
        context.err << path << ": error: no such file\n";
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("incident"))) {
        if (options.anchor)
            return context.usageError(QStringLiteral("--anchor and --incident are checked separately"), kVerifyUsage);
        return runVerifyIncident(context, path, parser.value(QStringLiteral("incident")));
    }

    const AuditVerification result = AuditVerifier::verify(path, options);
    // The same lines the review window's badge shows (AuditVerificationText).
    const QStringList lines = auditVerificationLines(path, result, options.anchor);
    if (!result.ok) {
        for (const QString& line : lines)
            context.err << line << '\n';
        reportAttachments(context, path, result.attachments);
        return BadInput;
    }
    if (verificationHasNoCheckpoints(result)) {
        context.out << lines.at(0) << '\n';
        context.err << lines.at(1) << '\n';
        return reportAttachments(context, path, result.attachments) ? Success : BadInput;
    }
    for (const QString& line : lines)
        context.out << line << '\n';
    return reportAttachments(context, path, result.attachments) ? Success : BadInput;
}

/// Opens the key the operator chose (a key file) or the keychain's, for `log`.
KeyStore::Result findKey(const ArgumentParser& parser, const AuditLog& log, AuditSigner& signer, bool* usage) {
    *usage = false;
    const bool keyFile = parser.isSet(QStringLiteral("key-file"));
    if (!keyFile) {
        if (parser.isSet(QStringLiteral("passphrase-file")) || parser.isSet(QStringLiteral("create-key-file")) ||
            parser.isSet(QStringLiteral("replace-key"))) {
            *usage = true;
            return {KeyStore::Status::Other,
                    QStringLiteral("--passphrase-file, --create-key-file and --replace-key go with --key-file")};
        }
        return signer.useKeychainBlocking();
    }
    if (!parser.isSet(QStringLiteral("passphrase-file"))) {
        *usage = true;
        return {KeyStore::Status::Other, QStringLiteral("--key-file needs --passphrase-file")};
    }
    QString error;
    const SecretBytes passphrase = KeyFile::readPassphraseFile(parser.value(QStringLiteral("passphrase-file")), &error);
    if (passphrase.isEmpty())
        return {KeyStore::Status::Other, error};
    const QString file = parser.value(QStringLiteral("key-file"));
    const bool create = parser.isSet(QStringLiteral("create-key-file"));
    const QList<RegisteredKey> registered = log.signingKeys();
    if (create && !registered.isEmpty() && !parser.isSet(QStringLiteral("replace-key"))) {
        QStringList ids;
        for (const RegisteredKey& k : registered)
            ids << QStringLiteral("%1 (kept in the %2)").arg(k.keyId, k.storage);
        *usage = true; // an explicit choice is needed: nothing is recorded or signed
        return {KeyStore::Status::Other,
                QStringLiteral("This log is already signed with key %1. A new key would change the signing key in the "
                               "middle of the log (audit verify shows which key signed which seqs). To sign with the "
                               "existing key, give its key file without --create-key-file; to change keys on purpose, "
                               "add --replace-key.")
                    .arg(ids.join(QStringLiteral(", key ")))};
    }
    if (!create && parser.isSet(QStringLiteral("replace-key"))) {
        *usage = true;
        return {KeyStore::Status::Other, QStringLiteral("--replace-key goes with --create-key-file")};
    }
    if (!create && !QFileInfo::exists(file))
        return {KeyStore::Status::Other,
                QStringLiteral("There is no key file at %1. To create a new signing key there, add --create-key-file.")
                    .arg(file)};
    return signer.useKeyFile(file, passphrase,
                             create ? AuditSigner::KeyFileMode::CreateNew : AuditSigner::KeyFileMode::OpenExisting);
}

int runCheckpoint(Context& context) {
    ArgumentParser parser;
    parser.option(QStringLiteral("reason"))
        .option(QStringLiteral("key-file"))
        .option(QStringLiteral("passphrase-file"))
        .flag(QStringLiteral("create-key-file"))
        .flag(QStringLiteral("replace-key"));
    if (!parser.parse(context.args))
        return context.usageError(parser.error(), kCheckpointUsage);
    int code = Success;
    const std::optional<QString> database = context.existingDatabase(parser.positionals(), kCheckpointUsage, &code);
    if (!database)
        return code;
    const QString path = *database;

    disableCoreDumps(); // key material is about to be in memory
    // The outcome is printed below in full; the model's info lines would only repeat it.
    QLoggingCategory::setFilterRules(QStringLiteral("turnback.*.info=false"));
    SystemClock clock;
    AuditLog log(clock);
    if (!log.open(path)) {
        context.err << path << ": error: " << log.errorString() << '\n';
        return BadInput;
    }
    AuditSigner signer(log);
    bool usage = false;
    const KeyStore::Result key = findKey(parser, log, signer, &usage);
    if (usage)
        return context.usageError(key.message, kCheckpointUsage);

    // The checkpoint is recorded whatever happened to the key: pending until a key signs it.
    const QString reason =
        parser.isSet(QStringLiteral("reason")) ? parser.value(QStringLiteral("reason")) : QStringLiteral("cli");
    if (!log.checkpoint(reason)) {
        context.err << path << ": error: " << log.errorString() << '\n';
        return BadInput;
    }
    // The checkpoint just taken is the head's: a pending row past the head is not it.
    if (key.status != KeyStore::Status::Ok) {
        context.err << path << ": error: "
                    << (log.headSeq() > 0
                            ? QStringLiteral("checkpoint at seq %1 recorded but NOT signed: ").arg(log.headSeq())
                            : QString())
                    << key.message << '\n';
        if (!parser.isSet(QStringLiteral("key-file")))
            context.err << "To sign with a passphrase-protected key file instead: turnback-cli " << kCheckpointUsage
                        << '\n';
        return BadInput;
    }
    context.out << path << ": " << key.message << '\n';
    const auto latest = log.latestSignedCheckpoint();
    const QStringList refused = log.refusedCheckpoints();
    for (const QString& why : refused)
        context.err << path << ": error: refused to sign " << why << '\n';
    if (!latest) {
        context.out << path << ": the log is empty: nothing to checkpoint yet\n";
        return Success;
    }
    context.out << path << ": checkpoint " << latest->id << " at seq " << latest->seq << ", signed with key "
                << latest->keyId << " at " << latest->signedAtUtc << '\n'
                << "anchor: " << latest->anchor() << '\n';
    return refused.isEmpty() ? Success : BadInput;
}

int runAnchor(Context& context) {
    ArgumentParser parser;
    if (!parser.parse(context.args))
        return context.usageError(parser.error(), kAnchorUsage);
    int code = Success;
    const std::optional<QString> database = context.existingDatabase(parser.positionals(), kAnchorUsage, &code);
    if (!database)
        return code;
    const QString path = *database;
    SystemClock clock;
    AuditLog log(clock);
    if (!log.open(path, AuditLog::Access::ReadOnly)) {
        context.err << path << ": error: " << log.errorString() << '\n';
        return BadInput;
    }
    const auto latest = log.latestSignedCheckpoint();
    if (!latest) {
        context.err << path << ": error: no signed checkpoint yet (run: turnback-cli audit checkpoint " << path
                    << ")\n";
        return BadInput;
    }
    context.out << latest->anchor() << '\n';
    return Success;
}

} // namespace

int runAudit(const QString& verb, Context& context) {
    if (verb == QLatin1String("verify"))
        return runVerify(context);
    if (verb == QLatin1String("checkpoint"))
        return runCheckpoint(context);
    if (verb == QLatin1String("anchor"))
        return runAnchor(context);
    return context.usageError(QStringLiteral("unknown audit verb '%1'").arg(verb),
                              kVerifyUsage + QStringLiteral("\n       ") + context.program + u' ' + kCheckpointUsage +
                                  QStringLiteral("\n       ") + context.program + u' ' + kAnchorUsage);
}

} // namespace turnback::cli
