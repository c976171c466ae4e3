#pragma once

#include <QJsonObject>
#include <QString>

namespace turnback {

/// What a caller asks the audit log to record. The log adds seq, time and the hashes.
struct AuditEvent {
    QString actor;    ///< who did it (an operator name, or "turnback" for the console itself)
    QString kind;     ///< e.g. "ReversalStarted", "ui.click"
    QString target;   ///< what it was done to (a signal id, a widget objectName path, ...)
    QString incident; ///< the reversal id; empty for console-level events
    QJsonObject payload;
};

/// One row of the audit_log table, exactly as stored (payload is the stored compact JSON text).
struct AuditRecord {
    qint64 seq = 0;
    QString atUtc; ///< ISO 8601 UTC with milliseconds and Z: 2026-11-26T18:06:11.123Z
    QString actor, kind, target, incident, payload;
    QString prevHash, hash; ///< 64 lowercase hex characters each

    friend bool operator==(const AuditRecord&, const AuditRecord&) = default;
};

} // namespace turnback
