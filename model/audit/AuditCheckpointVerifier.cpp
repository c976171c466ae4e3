// The checkpoint half of AuditVerifier: every signed checkpoint against the rows the walk verified,
// the anchor an operator copied, and what the tail after the last checkpoint rests on. Split from
// AuditVerifier.cpp along that seam.
#include "AuditVerifierSupport.h"

#include "AuditLog.h"
#include "Checkpoint.h"
#include "PublicKey.h"

#include <QHash>

namespace turnback::verifier {

QString integrityCheck(sqlite3* db, bool quick) {
    Lookup check(db, quick ? "PRAGMA quick_check(1)" : "PRAGMA integrity_check(1)");
    if (!check.valid())
        return QString::fromUtf8(sqlite3_errmsg(db));
    return check.next() ? check.text(0) : QString::fromUtf8(sqlite3_errmsg(db));
}

namespace {

/// A pending checkpoint proves nothing, but one Turnback wrote names a head the log has: one that
/// does not was written by someone else, to have the operator's key sign it. Empty when it is sound.
QString pendingProblem(const Checkpoint& c, const QString& name, qint64 headSeq, Lookup& hashAt,
                       Lookup& incidentHashAt) {
    if (!c.keyId.isEmpty() || !c.signature.isEmpty() || !c.signedAtUtc.isEmpty())
        return QStringLiteral("%1 is not signed but has a key id, a signature or a signing time: the table was "
                              "edited (Turnback writes all three, or none).")
            .arg(name);
    if (c.scope == Checkpoint::Scope::Log && c.seq > headSeq)
        return QStringLiteral(
                   "pending %1 is past the head of the log (seq %2): Turnback never wrote it; it is there to "
                   "be signed by mistake.")
            .arg(name)
            .arg(headSeq);
    QString stored;
    if (c.scope == Checkpoint::Scope::Log) {
        hashAt.reset();
        hashAt.bind(1, c.seq);
        stored = hashAt.next() ? hashAt.text(0) : QString();
    } else {
        incidentHashAt.reset();
        incidentHashAt.bind(1, c.incident.toUtf8()).bind(2, c.seq);
        stored = incidentHashAt.next() ? incidentHashAt.text(0) : QString();
    }
    if (stored == c.headHash)
        return {};
    return QStringLiteral("pending %1: its head hash %2 is not the one the log has there (%3): it was written or "
                          "changed by someone else, or the log was rewritten after it was taken.")
        .arg(name, shortHash(c.headHash), stored.isEmpty() ? QStringLiteral("no row") : shortHash(stored));
}

/// "key A signed seq 10 to 40", one entry per run of log checkpoints signed by one key.
QStringList keyRanges(const QList<Checkpoint>& logCheckpoints) {
    QStringList ranges;
    QString key;
    qint64 from = 0, to = 0;
    auto flush = [&] {
        if (!key.isEmpty())
            ranges << (from == to ? QStringLiteral("key %1 signed seq %2").arg(key).arg(from)
                                  : QStringLiteral("key %1 signed seq %2 to %3").arg(key).arg(from).arg(to));
    };
    for (const Checkpoint& c : logCheckpoints) {
        if (c.keyId != key) {
            flush();
            key = c.keyId;
            from = c.seq;
        }
        to = c.seq;
    }
    flush();
    return ranges;
}

/// The public keys of signing_key, each checked against its key id.
bool readKeys(sqlite3* db, AuditVerification& v, QHash<QString, PublicKey>& keys) {
    Lookup keyRows(db, "SELECT key_id, public_key_pem FROM signing_key ORDER BY key_id");
    while (keyRows.next()) {
        const QString id = keyRows.text(0);
        const auto key = PublicKey::fromPem(keyRows.text(1).toUtf8());
        if (!key || key->keyId() != id) {
            v = bad(v, Problem::BadSignature, 0,
                    QStringLiteral("signing key %1: its public key is %2, so the signing_key table was altered.")
                        .arg(id, key ? QStringLiteral("key %1").arg(key->keyId()) : QStringLiteral("unreadable")));
            return false;
        }
        keys.insert(id, *key);
    }
    return true;
}

Checkpoint readCheckpoint(Lookup& rows) {
    Checkpoint c;
    c.id = rows.integer(0);
    c.scope = rows.text(1) == u"incident" ? Checkpoint::Scope::Incident : Checkpoint::Scope::Log;
    c.incident = rows.text(2);
    c.seq = rows.integer(3);
    c.headHash = rows.text(4);
    c.atUtc = rows.text(5);
    c.clockSource = rows.text(6);
    c.reason = rows.text(7);
    c.keyId = rows.text(8);
    c.signature = rows.text(9);
    c.signedAtUtc = rows.text(10);
    return c;
}

/// The anchor an operator copied: the log must hold that very signed checkpoint.
bool checkAnchor(const CheckpointAnchor& anchor, const QList<Checkpoint>& logCheckpoints, AuditVerification& v) {
    QStringList found;
    for (const Checkpoint& c : std::as_const(logCheckpoints)) {
        if (c.seq != anchor.seq)
            continue;
        if (c.fingerprint() == anchor.fingerprint) {
            v.anchorVerified = true;
            return true;
        }
        found << c.fingerprint();
    }
    if (anchor.seq > v.count) {
        v = bad(v, Problem::Truncated, v.count + 1,
                QStringLiteral("%1: cut off the end: the anchored checkpoint %2 covers the log up to seq %3, but "
                               "the log now ends at seq %4.")
                    .arg(seqRange(v.count + 1, anchor.seq), anchor.toString())
                    .arg(anchor.seq)
                    .arg(v.count));
        return false;
    }
    v = bad(v, Problem::AnchorMismatch, 0,
            QStringLiteral("The log does not extend the anchored checkpoint %1: %2. The log was rewritten or "
                           "re-signed since the anchor was taken, the checkpoint was removed, or the anchor "
                           "belongs to another log.")
                .arg(anchor.toString(), found.isEmpty()
                                            ? QStringLiteral("it has no signed checkpoint at seq %1").arg(anchor.seq)
                                            : QStringLiteral("its signed checkpoint at seq %1 has fingerprint %2")
                                                  .arg(anchor.seq)
                                                  .arg(found.join(QStringLiteral(", ")))));
    return false;
}

/// The checkpoint's key is registered and its signature verifies with it.
bool checkSignature(const Checkpoint& c, const QString& name, const QHash<QString, PublicKey>& keys,
                    AuditVerification& v) {
    const auto key = keys.constFind(c.keyId);
    if (key == keys.constEnd()) {
        v = bad(v, Problem::BadSignature, 0,
                QStringLiteral("%1 names signing key %2, which is not in the log's signing_key table, so its "
                               "signature cannot be checked.")
                    .arg(name, c.keyId));
        v.badCheckpointId = c.id;
        return false;
    }
    if (!key->verify(c.message(), c.signatureBytes())) {
        v = bad(v, Problem::BadSignature, 0,
                QStringLiteral("%1: the signature does not verify with key %2: the checkpoint was changed after it "
                               "was signed, or forged.")
                    .arg(name, c.keyId));
        v.badCheckpointId = c.id;
        return false;
    }
    return true;
}

/// A signed incident checkpoint's head is the incident hash of its row at that incident_seq.
bool checkIncidentHead(const Checkpoint& c, const QString& name, Lookup& incidentHashAt, Lookup& incidentLength,
                       AuditVerification& v) {
    const QByteArray incident = c.incident.toUtf8();
    incidentHashAt.reset();
    incidentHashAt.bind(1, incident).bind(2, c.seq);
    if (!incidentHashAt.next()) {
        incidentLength.reset();
        incidentLength.bind(1, incident);
        const qint64 length = incidentLength.next() ? incidentLength.integer(0) : 0;
        v = bad(v, Problem::Truncated, 0,
                QStringLiteral("%1: incident %2 now has %3 row(s) in its chain, but the signed checkpoint "
                               "covers %4: its last rows were removed.")
                    .arg(name, c.incident)
                    .arg(length)
                    .arg(c.seq));
        v.badCheckpointId = c.id;
        return false;
    }
    const QString stored = incidentHashAt.text(0);
    if (stored != c.headHash) {
        v = bad(v, Problem::CheckpointMismatch, 0,
                QStringLiteral("%1: the signed incident head hash %2 is not the incident hash of its row at "
                               "incident_seq %3 (%4): the incident was rewritten after it was signed.")
                    .arg(name, shortHash(c.headHash))
                    .arg(c.seq)
                    .arg(shortHash(stored)));
        v.badCheckpointId = c.id;
        return false;
    }
    return true;
}

} // namespace

/// Checks every checkpoint against the verified rows; false (and `v` says why) at the first problem.
bool verifyCheckpoints(sqlite3* db, AuditVerification& v, const AuditVerifyOptions& options) {
    QHash<QString, PublicKey> keys;
    if (!readKeys(db, v, keys))
        return false;

    Lookup rows(db, "SELECT id, scope, incident, seq, head_hash, at_utc, clock_source, reason, key_id, signature,"
                    " signed_at_utc FROM audit_checkpoint ORDER BY id");
    Lookup hashAt(db, "SELECT hash FROM audit_log WHERE seq = ?1");
    Lookup incidentHashAt(db,
                          "SELECT incident_hash FROM audit_incident_chain WHERE incident = ?1 AND incident_seq = ?2");
    Lookup incidentLength(db, "SELECT count(*) FROM audit_incident_chain WHERE incident = ?1");
    if (!rows.valid() || !hashAt.valid() || !incidentHashAt.valid() || !incidentLength.valid()) {
        v = bad(v, Problem::Unreadable, 0,
                QStringLiteral("Cannot read the checkpoints (%1).").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        return false;
    }
    QList<Checkpoint> logCheckpoints;
    qint64 lastGoodSeq = 0; // newest verified log checkpoint, to bound where a rewrite happened
    while (rows.next()) {
        const Checkpoint c = readCheckpoint(rows);
        const bool isLog = c.scope == Checkpoint::Scope::Log;
        const QString name =
            isLog ? QStringLiteral("checkpoint %1 (seq %2)").arg(c.id).arg(c.seq)
                  : QStringLiteral("checkpoint %1 (incident %2, incident_seq %3)").arg(c.id).arg(c.incident).arg(c.seq);
        if (c.keyId.isEmpty() || c.signature.isEmpty()) {
            const QString problem = pendingProblem(c, name, v.count, hashAt, incidentHashAt);
            if (!problem.isEmpty()) {
                v = bad(v, Problem::PendingCheckpoint, 0, problem);
                v.badCheckpointId = c.id;
                return false;
            }
            ++v.pendingCheckpoints;
            continue;
        }
        if (!checkSignature(c, name, keys, v))
            return false;
        if (isLog) {
            if (c.seq > v.count) {
                v = bad(v, Problem::Truncated, v.count + 1,
                        QStringLiteral("%1: cut off the end: signed %2 covers the log up to seq %3, but the log now "
                                       "ends at seq %4, so rows were removed from the end.")
                            .arg(seqRange(v.count + 1, c.seq), name)
                            .arg(c.seq)
                            .arg(v.count));
                v.badCheckpointId = c.id;
                return false;
            }
            hashAt.reset();
            hashAt.bind(1, c.seq);
            const QString stored = hashAt.next() ? hashAt.text(0) : QString();
            if (stored != c.headHash) {
                v = bad(v, Problem::CheckpointMismatch, 0,
                        QStringLiteral("%1: the signed head hash %2 is not the hash of the row at seq %3 (%4): the log "
                                       "up to seq %3 was rewritten after it was signed (somewhere in %5, every hash "
                                       "recomputed).")
                            .arg(name, shortHash(c.headHash))
                            .arg(c.seq)
                            .arg(shortHash(stored), seqRange(lastGoodSeq + 1, c.seq)));
                v.badCheckpointId = c.id;
                return false;
            }
            lastGoodSeq = std::max(lastGoodSeq, c.seq);
            v.lastSignedSeq = std::max(v.lastSignedSeq, c.seq);
            logCheckpoints << c;
        } else if (!checkIncidentHead(c, name, incidentHashAt, incidentLength, v)) {
            return false;
        }
        ++v.signedCheckpoints;
        if (!v.keyIds.contains(c.keyId))
            v.keyIds << c.keyId;
    }

    v.keyRanges = keyRanges(logCheckpoints);
    return !options.anchor || checkAnchor(*options.anchor, logCheckpoints, v);
}

QString tailSentence(const AuditVerification& v) {
    if (v.count == 0)
        return QStringLiteral("The log is empty.");
    if (v.lastSignedSeq == 0)
        return QStringLiteral("No signed checkpoint: the %1 rows are chained but not signed; rows removed from the "
                              "end, or a rewrite of the whole log, cannot be detected without an anchor.")
            .arg(v.count);
    if (v.unsignedTail == 0)
        return QStringLiteral("Every row up to the head (seq %1) is covered by a signed checkpoint; rows removed "
                              "from the end after it cannot be detected without an anchor of a later checkpoint.")
            .arg(v.lastSignedSeq);
    return QStringLiteral("%1 the last checkpoint (seq %2) are chained but not signed; rows removed from the end "
                          "after seq %2 cannot be detected without an anchor.")
        .arg(rowsAfter(v.unsignedTail))
        .arg(v.lastSignedSeq);
}

} // namespace turnback::verifier
