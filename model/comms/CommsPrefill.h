#pragma once

#include "CommsRender.h"

namespace turnback {

class Incident;
struct Kit;

/// What Turnback already knows for a template's blanks, from the reversal's record: the service,
/// when it started, its level, who holds the roles, the decisions and their times, the signal that
/// raised the level, and the audit log head. Only blanks the template has are filled, and only with
/// a value their type accepts; the operator sees and can change every one.
class CommsPrefill {
public:
    /// `logHead`: the audit log head fingerprint (AuditLogHead), empty when not known.
    static BlankValues from(const CommsRender& render, const Incident& incident, const Kit& kit,
                            const QString& logHead);
};

/// The audit log's head as a recipient can hold it: "1234:ab12-cd34-ef56-7890" (seq, then the first 16
/// hex digits of the newest row's hash, grouped). `turnback-cli audit verify` prints the full hash.
QString logHeadFingerprint(qint64 headSeq, const QString& headHash);

} // namespace turnback
