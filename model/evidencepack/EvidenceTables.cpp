#include "EvidenceTables.h"

#include "AuditRecord.h"
#include "Checkpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace turnback::evidence {

namespace {

// The column names, once: the CSV header, the JSON keys and docs/verify_evidence_pack.py agree.
const QString kSeq = QStringLiteral("seq");
const QString kAtUtc = QStringLiteral("at_utc");
const QString kActor = QStringLiteral("actor");
const QString kKind = QStringLiteral("kind");
const QString kTarget = QStringLiteral("target");
const QString kIncident = QStringLiteral("incident");
const QString kPayload = QStringLiteral("payload");
const QString kPrevHash = QStringLiteral("prev_hash");
const QString kHash = QStringLiteral("hash");
const QString kIncidentSeq = QStringLiteral("incident_seq");
const QString kIncidentPrevHash = QStringLiteral("incident_prev_hash");
const QString kIncidentHash = QStringLiteral("incident_hash");
const QString kMode = QStringLiteral("mode");

QByteArray csvField(const QString& value) {
    QByteArray bytes = value.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\r') && !bytes.contains('\n'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

/// Every column but the payload, under its table's name.
QJsonObject columns(const AuditRecord& row) {
    return QJsonObject{{kSeq, row.seq},
                       {kAtUtc, row.atUtc},
                       {kActor, row.actor},
                       {kKind, row.kind},
                       {kTarget, row.target},
                       {kIncident, row.incident},
                       {kPrevHash, row.prevHash},
                       {kHash, row.hash},
                       {kIncidentSeq, row.incidentSeq},
                       {kIncidentPrevHash, row.incidentPrevHash},
                       {kIncidentHash, row.incidentHash}};
}

void appendLine(QByteArray& out, const QJsonObject& object) {
    out += QJsonDocument(object).toJson(QJsonDocument::Compact);
    out += '\n';
}

} // namespace

QByteArray csvHeader() {
    const QStringList names{kSeq,     kAtUtc,    kActor, kKind,        kTarget,           kIncident,
                            kPayload, kPrevHash, kHash,  kIncidentSeq, kIncidentPrevHash, kIncidentHash};
    return names.join(u',').toUtf8() + "\r\n";
}

void appendCsvRow(QByteArray& out, const AuditRecord& row) {
    const QStringList fields{QString::number(row.seq),
                             row.atUtc,
                             row.actor,
                             row.kind,
                             row.target,
                             row.incident,
                             row.payload,
                             row.prevHash,
                             row.hash,
                             QString::number(row.incidentSeq),
                             row.incidentPrevHash,
                             row.incidentHash};
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += csvField(fields.at(i));
    }
    out += "\r\n";
}

void appendJsonLine(QByteArray& out, const AuditRecord& row, const QString& mode) {
    QJsonObject object = columns(row);
    const QJsonDocument payload = QJsonDocument::fromJson(row.payload.toUtf8());
    // A payload that is not a JSON object (only in a damaged log) is kept as its text, not dropped.
    object.insert(kPayload, payload.isObject() ? QJsonValue(payload.object()) : QJsonValue(row.payload));
    object.insert(kMode, mode);
    appendLine(out, object);
}

void appendProofRow(QByteArray& out, const AuditRecord& row) {
    QJsonObject object = columns(row);
    object.insert(kPayload, row.payload);
    appendLine(out, object);
}

void appendCheckpointLine(QByteArray& out, const Checkpoint& c) {
    appendLine(out,
               QJsonObject{{QStringLiteral("id"), c.id},
                           {QStringLiteral("scope"),
                            c.scope == Checkpoint::Scope::Log ? QStringLiteral("log") : QStringLiteral("incident")},
                           {kIncident, c.incident},
                           {kSeq, c.seq},
                           {QStringLiteral("head_hash"), c.headHash},
                           {kAtUtc, c.atUtc},
                           {QStringLiteral("clock_source"), c.clockSource},
                           {QStringLiteral("reason"), c.reason},
                           {QStringLiteral("key_id"), c.keyId},
                           {QStringLiteral("signature"), c.signature},
                           {QStringLiteral("signed_at_utc"), c.signedAtUtc}});
}

} // namespace turnback::evidence
