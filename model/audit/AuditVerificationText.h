#pragma once

#include "AuditVerifier.h"

#include <QStringList>

namespace turnback {

/// The words of `turnback-cli audit verify`, one line each, so that the review window's badge says
/// exactly what the command line says (docs/audit-log.md, "What `audit verify` checks and says").
/// Not translated: these lines are the stable, scriptable output an auditor compares.
/// When `result` is not ok every line is the failure; when it is ok but the log has no checkpoint,
/// the second line is the warning ("PATH: warning: ..."); otherwise the first line is the summary and
/// the rest what the checkpoints prove.
QStringList auditVerificationLines(const QString& path, const AuditVerification& result,
                                   const std::optional<CheckpointAnchor>& anchor = std::nullopt);
/// True when `result` is ok but no checkpoint was found (the CLI prints the second line to stderr).
bool verificationHasNoCheckpoints(const AuditVerification& result);

} // namespace turnback
