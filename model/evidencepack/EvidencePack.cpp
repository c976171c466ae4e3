#include "EvidencePack.h"

#include "AuditLog.h"
#include "AuditVerifier.h"
#include "Clock.h"
#include "EvidenceReadme.h"
#include "EvidenceReport.h"
#include "EvidenceTables.h"
#include "Incident.h"
#include "IncidentEvents.h"
#include "SigningKey.h"
#include "ZipWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <map>

namespace turnback {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("EvidencePack", text);
}

const QString kEvidenceAttached = QStringLiteral("evidence.attached");

/// The pack's files, name to bytes, in the order they go into the zip (std::map: sorted by name,
/// which is also the manifest's order).
using Files = std::map<QString, QByteArray>;

QString sha256Of(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// Everything that can stop an export half-way: a cancel, or a failure with its sentence.
struct Run {
    const EvidencePackExporter::Progress& progress;
    const std::atomic_bool* cancel;
    EvidencePackResult result;

    bool cancelled() {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            result.error = tr("The export was cancelled; nothing was written.");
            return true;
        }
        return false;
    }
    void report(int percent, const QString& stage) const {
        if (progress)
            progress(percent, stage);
    }
    bool fail(const QString& error) {
        result.error = error;
        return false;
    }
};

/// The reversal's rows and what the report needs, read from the log in one pass.
struct Gathered {
    QList<AuditRecord> rows;
    QList<Checkpoint> checkpoints;
    QList<RegisteredKey> keys;
    Incident incident;
    EvidenceReportFacts facts;
};

QString leaderOf(const AuditRecord& row, const QJsonObject& payload) {
    const QString name =
        row.kind == EventKind::OperatorChanged ? payload.value(QStringLiteral("name")).toString() : row.actor;
    return tr("%1 (%2) from %3").arg(name, payload.value(QStringLiteral("role")).toString(), row.atUtc);
}

/// Folds the rows into the incident and sorts out what the report lists.
void gatherFacts(Gathered& g) {
    const QStringList listed = EvidenceReport::listedKinds();
    for (const AuditRecord& row : std::as_const(g.rows)) {
        g.incident.apply(row);
        const QJsonObject payload = QJsonDocument::fromJson(row.payload.toUtf8()).object();
        if (row.kind == EventKind::ReversalStarted) {
            g.facts.kitVersion = payload.value(QStringLiteral("kit_version")).toString();
            g.facts.kitSha256 = payload.value(QStringLiteral("kit_sha256")).toString();
            g.facts.startedUtc = row.atUtc;
            g.facts.leaders << leaderOf(row, payload);
        } else if (row.kind == EventKind::OperatorChanged) {
            g.facts.leaders << leaderOf(row, payload);
        } else if (row.kind == EventKind::ReversalClosed) {
            g.facts.closedUtc = row.atUtc;
        } else if (row.kind == EventKind::EntryRetracted) {
            g.facts.corrections << row;
        } else if (listed.contains(row.kind)) {
            g.facts.recordedByKind[row.kind] << row;
        }
    }
    g.facts.incident = g.incident.id();
    g.facts.title = g.incident.title();
    g.facts.service = g.incident.service();
    g.facts.exercise = g.incident.isExercise();
    g.facts.kitId = g.incident.kitId();
    g.facts.events = g.rows.size();
    g.facts.lastEventUtc = g.rows.isEmpty() ? QString() : g.rows.last().atUtc;
}

QString verdict(const IncidentVerification& v) {
    if (!v.ok)
        return tr("FAILED: %1").arg(v.message);
    if (v.signedCheckpoints == 0)
        return tr("NOT SIGNED: the %1 events form the reversal's own hash chain, unbroken, but no signed checkpoint "
                  "covers any of them, so nothing vouches that none is missing or that they were not rewritten. "
                  "Sign the log (turnback-cli audit checkpoint) and export again.")
            .arg(v.count);
    QString text = tr("The %1 events form the reversal's own hash chain, unbroken, from its first event; "
                      "%2 signed incident checkpoint(s) verify, the newest covering incident_seq %3.")
                       .arg(v.count)
                       .arg(v.signedCheckpoints)
                       .arg(v.lastSignedIncidentSeq);
    if (!v.tail.isEmpty())
        text += QLatin1Char(' ') + v.tail;
    return text;
}

/// Reads the reversal from the log (read-only) and checks its proof.
bool gather(const EvidencePackRequest& request, Gathered& g, Run& run) {
    run.report(0, tr("Reading the reversal"));
    SystemClock clock;
    AuditLog log(clock);
    if (!log.open(request.databasePath, AuditLog::Access::ReadOnly))
        return run.fail(log.errorString());
    bool found = false;
    for (const IncidentSummary& s : log.incidentSummaries())
        found = found || s.incident == request.incident;
    if (!found)
        return run.fail(tr("The log %1 holds no reversal %2 (turnback-cli incident list shows those it holds).")
                            .arg(request.databasePath, request.incident));
    bool stopped = false;
    const bool read = log.forEachIncidentRecord(request.incident, [&](const AuditRecord& row) {
        g.rows << row;
        stopped = (g.rows.size() % 1000 == 0) && run.cancelled();
        return !stopped;
    });
    if (stopped)
        return false;
    if (!read)
        return run.fail(log.errorString());
    g.checkpoints = log.incidentCheckpoints(request.incident);
    g.keys = log.signingKeys();
    if (request.key) {
        bool registered = false;
        for (const RegisteredKey& k : std::as_const(g.keys))
            registered = registered || k.keyId == request.key->keyId();
        if (!registered)
            return run.fail(tr("The key %1 is not one this log registers: a pack is signed only with the key "
                               "that signs the log's checkpoints.")
                                .arg(request.key->keyId()));
    }
    run.report(20, tr("Checking the proof"));
    const IncidentVerification v = AuditVerifier::verifyIncident(g.rows, g.keys, g.checkpoints);
    g.facts.verified = v.ok && v.signedCheckpoints > 0; // what the pack's own verifier will say
    g.facts.verification = verdict(v);
    gatherFacts(g);
    return !run.cancelled();
}

/// events.csv, events.jsonl and the proof.
bool addTables(const Gathered& g, Files& files, Run& run) {
    const QString mode = g.facts.exercise ? QStringLiteral("exercise") : QStringLiteral("live");
    QByteArray csv = evidence::csvHeader(), jsonl, proof, checkpoints;
    for (qsizetype i = 0; i < g.rows.size(); ++i) {
        evidence::appendCsvRow(csv, g.rows.at(i));
        evidence::appendJsonLine(jsonl, g.rows.at(i), mode);
        evidence::appendProofRow(proof, g.rows.at(i));
        if (i % 1000 == 999) {
            if (run.cancelled())
                return false;
            run.report(25 + int(25 * i / g.rows.size()), tr("Writing the events"));
        }
    }
    files[QStringLiteral("events.csv")] = csv;
    files[QStringLiteral("events.jsonl")] = jsonl;
    files[QStringLiteral("proof/rows.jsonl")] = proof;
    QStringList keysUsed;
    for (const Checkpoint& c : g.checkpoints) {
        evidence::appendCheckpointLine(checkpoints, c);
        if (!c.isSigned())
            continue;
        files[QStringLiteral("proof/checkpoint-%1.msg").arg(c.id)] = c.message();
        files[QStringLiteral("proof/checkpoint-%1.sig").arg(c.id)] = c.signatureBytes();
        keysUsed << c.keyId;
    }
    files[QStringLiteral("proof/checkpoints.jsonl")] = checkpoints;
    for (const RegisteredKey& k : g.keys)
        if (keysUsed.contains(k.keyId))
            files[QStringLiteral("proof/keys/%1.pem").arg(k.keyId)] = k.publicKeyPem;
    return true;
}

/// The attached files, from `<db>.evidence/`, each only if it still has the SHA-256 recorded when it
/// was attached: a changed or missing one is named on the report instead.
bool addArtifacts(const EvidencePackRequest& request, Gathered& g, Files& files, Run& run) {
    const QDir store(request.databasePath + QStringLiteral(".evidence"));
    for (const AuditRecord& row : g.facts.recordedByKind.value(kEvidenceAttached)) {
        if (run.cancelled())
            return false;
        const QJsonObject payload = QJsonDocument::fromJson(row.payload.toUtf8()).object();
        const QString path = QDir::cleanPath(payload.value(QStringLiteral("path")).toString());
        const QString recorded = payload.value(QStringLiteral("sha256")).toString();
        if (path.isEmpty() || path.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(path)) {
            g.facts.artifactNotes << tr("Artifact of seq %1: the recorded path \"%2\" is not inside the evidence "
                                        "folder; not included.")
                                         .arg(row.seq)
                                         .arg(path);
            continue;
        }
        QFile file(store.filePath(path));
        if (!file.open(QIODevice::ReadOnly)) {
            g.facts.artifactNotes << tr("Artifact %1 (seq %2) is missing from %3; not included.")
                                         .arg(path)
                                         .arg(row.seq)
                                         .arg(store.path());
            continue;
        }
        const QByteArray bytes = file.readAll();
        if (sha256Of(bytes) != recorded) {
            g.facts.artifactNotes << tr("Artifact %1 (seq %2) was changed since it was attached (its SHA-256 is "
                                        "not the one recorded); not included.")
                                         .arg(path)
                                         .arg(row.seq);
            continue;
        }
        files[QStringLiteral("artifacts/") + path] = bytes;
        ++run.result.artifacts;
    }
    return true;
}

QByteArray packJson(const EvidencePackRequest& request, const EvidenceReportFacts& f, const QString& reportName) {
    const QJsonObject pack{{QStringLiteral("format"), QStringLiteral("turnback-evidence-pack-v1")},
                           {QStringLiteral("incident"), f.incident},
                           {QStringLiteral("mode"), f.exercise ? QStringLiteral("exercise") : QStringLiteral("live")},
                           {QStringLiteral("report"), reportName},
                           {QStringLiteral("events"), f.events},
                           {QStringLiteral("signed"), request.key != nullptr},
                           {QStringLiteral("key_id"), request.key ? request.key->keyId() : QString()},
                           {QStringLiteral("exported_at_utc"), f.exportedAtUtc},
                           {QStringLiteral("exported_by"), f.exportedBy},
                           {QStringLiteral("turnback_version"), QStringLiteral(TURNBACK_VERSION)}};
    return QJsonDocument(pack).toJson(QJsonDocument::Indented);
}

QByteArray verifierScript() {
    QFile script(QStringLiteral(":/evidencepack/verify_evidence_pack.py"));
    return script.open(QIODevice::ReadOnly) ? script.readAll() : QByteArray();
}

/// manifest.sha256 in the form `sha256sum -c` reads: "<64 hex>  <name>\n", sorted by name.
QByteArray manifest(const Files& files) {
    QByteArray text;
    for (const auto& [name, bytes] : files)
        text += sha256Of(bytes).toLatin1() + "  " + name.toUtf8() + '\n';
    return text;
}

bool writeZip(const QString& path, const Files& files, Run& run) {
    QSaveFile out(path); // written aside and renamed by commit(): never half a pack under `path`
    if (!out.open(QIODevice::WriteOnly))
        return run.fail(tr("Cannot write %1: %2").arg(path, out.errorString()));
    ZipWriter zip(out);
    int done = 0;
    for (const auto& [name, bytes] : files) {
        if (run.cancelled()) {
            out.cancelWriting();
            return false;
        }
        if (!zip.add(name, bytes)) {
            out.cancelWriting();
            return run.fail(tr("Cannot write %1: %2").arg(path, zip.errorString()));
        }
        run.report(70 + int(29 * ++done / int(files.size())), tr("Writing the pack"));
    }
    if (!zip.finish() || !out.commit())
        return run.fail(tr("Cannot write %1: %2").arg(path, out.errorString()));
    return true;
}

} // namespace

EvidencePackResult EvidencePackExporter::run(const EvidencePackRequest& request, const Progress& progress,
                                             const std::atomic_bool* cancel) {
    Run run{progress, cancel, {}};
    if (!request.key && !request.allowUnsigned) {
        run.result.error = tr("No signing key: an evidence pack is signed with the log's key. Give the key (the "
                              "keychain's, or a key file), or export it unsigned on purpose.");
        return run.result;
    }
    Gathered g;
    if (!gather(request, g, run))
        return run.result;
    g.facts.exportedAtUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    g.facts.exportedBy = request.exportedBy;
    g.facts.signingKeyId = request.key ? request.key->keyId() : QString();

    Files files;
    if (!addTables(g, files, run) || !addArtifacts(request, g, files, run))
        return run.result;
    run.report(55, tr("Laying out the report"));
    const QString reportName = g.facts.exercise ? QStringLiteral("EXERCISE-report.pdf") : QStringLiteral("report.pdf");
    files[reportName] = EvidenceReport::renderPdf(g.facts, g.incident);
    if (run.cancelled())
        return run.result;
    files[QStringLiteral("pack.json")] = packJson(request, g.facts, reportName);
    files[QStringLiteral("verify_evidence_pack.py")] = verifierScript();
    files[QStringLiteral("README.txt")] = evidence::readme(request.incident, QFileInfo(request.outputPath).fileName(),
                                                           reportName, g.facts.exercise, request.key != nullptr);
    if (request.key)
        files[QStringLiteral("public-key.pem")] = request.key->publicKey().pem();
    const QByteArray manifestText = manifest(files);
    files[QStringLiteral("manifest.sha256")] = manifestText;
    if (request.key) {
        const QByteArray signature = request.key->sign(manifestText);
        if (signature.isEmpty()) {
            run.result.error = tr("OpenSSL could not sign the manifest.");
            return run.result;
        }
        files[QStringLiteral("manifest.sig")] = signature;
    }
    if (!writeZip(request.outputPath, files, run))
        return run.result;
    run.report(100, tr("Done"));
    run.result.ok = true;
    run.result.events = g.rows.size();
    run.result.isSigned = request.key != nullptr;
    run.result.isExercise = g.facts.exercise;
    run.result.verification = g.facts.verification;
    return run.result;
}

} // namespace turnback
