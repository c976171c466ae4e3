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
    /// The row's place in its incident's own chain (table audit_incident_chain, schema 2):
    /// incidentSeq 1, 2, 3, ... per incident; incidentHash = SHA-256(incidentPrevHash ‖ the same
    /// canonical bytes), incidentPrevHash 64 zeros for an incident's first row. 0 and empty for
    /// console-level events (no incident).
    qint64 incidentSeq = 0;
    QString incidentPrevHash, incidentHash;

    friend bool operator==(const AuditRecord&, const AuditRecord&) = default;
};

/// One reversal as the log lists it, from its started row and its closed row (if any), without
/// reading the rows in between: what a picker of reversals needs.
struct IncidentSummary {
    QString incident;
    qint64 startedSeq = 0;
    QString startedAtUtc;
    QString startedPayload; ///< the started row's stored compact JSON
    qint64 closedSeq = 0;   ///< 0 while the reversal is open
    QString closedAtUtc;    ///< empty while the reversal is open
    bool isClosed() const { return closedSeq > 0; }

    friend bool operator==(const IncidentSummary&, const IncidentSummary&) = default;
};

} // namespace turnback
