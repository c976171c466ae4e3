#include "AuditVerificationText.h"

namespace turnback {

namespace {

QString plural(qint64 n, const char* one, const char* many) {
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

QString checkpointsLine(const AuditVerification& result) {
    QString line = QStringLiteral("checkpoints: %1 signed").arg(result.signedCheckpoints);
    if (!result.keyIds.isEmpty())
        line += QStringLiteral(" (key %1)").arg(result.keyIds.join(QStringLiteral(", key ")));
    line += QStringLiteral(", %1 pending").arg(result.pendingCheckpoints);
    if (result.lastSignedSeq > 0)
        line += QStringLiteral("; last signed checkpoint at seq %1").arg(result.lastSignedSeq);
    return line;
}

} // namespace

bool verificationHasNoCheckpoints(const AuditVerification& result) {
    return result.ok && result.signedCheckpoints + result.pendingCheckpoints == 0;
}

QStringList auditVerificationLines(const QString& path, const AuditVerification& result,
                                   const std::optional<CheckpointAnchor>& anchor) {
    QStringList lines;
    if (!result.ok) {
        lines << QStringLiteral("%1: FAILED: %2").arg(path, result.message);
        if (result.firstBadSeq > 0)
            lines << QStringLiteral("first bad seq: %1").arg(result.firstBadSeq);
        if (result.badCheckpointId > 0)
            lines << QStringLiteral("bad checkpoint: %1").arg(result.badCheckpointId);
        return lines;
    }
    // The first line is the stable, scriptable summary; what the checkpoints prove follows.
    lines << QStringLiteral("%1: ok: %2, head hash %3")
                 .arg(path, plural(result.count, "event", "events"), result.headHash);
    if (verificationHasNoCheckpoints(result))
        return lines << QStringLiteral("%1: warning: %2").arg(path, result.tail);
    lines << checkpointsLine(result);
    // Information, not a failure: every key is registered in the log and every signature verified.
    if (result.keyRanges.size() > 1)
        lines << QStringLiteral("the signing key changed: %1").arg(result.keyRanges.join(QStringLiteral("; ")));
    lines << result.tail;
    if (result.anchorVerified && anchor)
        lines << QStringLiteral("anchor %1: the log extends this checkpoint unchanged").arg(anchor->toString());
    return lines;
}

} // namespace turnback
