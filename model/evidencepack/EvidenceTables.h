#pragma once

#include <QByteArray>
#include <QString>

namespace turnback {

struct AuditRecord;
struct Checkpoint;

/// The machine-readable files of an evidence pack (docs/evidence-pack.md, "Files"). Every row
/// keeps every column of audit_log and audit_incident_chain, under the names those tables use.
namespace evidence {

/// events.csv: RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote, CR or LF,
/// quotes doubled), UTF-8 without BOM, one header line.
QByteArray csvHeader();
void appendCsvRow(QByteArray& out, const AuditRecord& row);

/// events.jsonl: one compact JSON object per line, LF-terminated; `payload` is the payload as a
/// JSON object (what a SIEM indexes), `mode` is "live" or "exercise" on every line.
void appendJsonLine(QByteArray& out, const AuditRecord& row, const QString& mode);

/// proof/rows.jsonl: the row exactly as stored, every value a JSON string (seq and incident_seq
/// numbers), `payload` the stored text itself: the bytes the hashes are computed over.
void appendProofRow(QByteArray& out, const AuditRecord& row);

/// proof/checkpoints.jsonl: one incident checkpoint per line, every column of audit_checkpoint.
void appendCheckpointLine(QByteArray& out, const Checkpoint& checkpoint);

} // namespace evidence
} // namespace turnback
