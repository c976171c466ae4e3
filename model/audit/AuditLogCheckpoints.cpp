// The signed-checkpoint half of AuditLog (docs/audit-log.md, "Signed checkpoints"): taking
// checkpoints, adopting a signing key, and signing only heads the SigningWitness computed.
// Split from AuditLog.cpp along that seam.
#include "AuditLog.h"

#include "AuditLogging.h"
#include "Clock.h"
#include "SigningKey.h"
#include "SqliteAuditStore.h"
#include "UtcTime.h"

#include <algorithm>

namespace turnback {

void AuditLog::checkpointAfterAppend(const AuditRecord& record) {
    QString reason;
    if (record.kind == u"ReversalClosed")
        reason = QStringLiteral("reversal-closed");
    else if (m_checkpointInterval > 0 && record.seq - m_lastCheckpointSeq >= m_checkpointInterval)
        reason = QStringLiteral("interval");
    // The event is durable already: a checkpoint that fails is logged, never turned into a failed append.
    if (!reason.isEmpty() && !checkpoint(reason))
        qCWarning(lcAudit).noquote() << "checkpoint after seq" << record.seq << "failed:" << m_error;
}

void AuditLog::setCheckpointInterval(int events) {
    m_checkpointInterval = std::max(0, events);
}

void AuditLog::sign(Checkpoint& c, const QString& signedAtUtc) const {
    if (!m_key)
        return;
    const QByteArray signature = m_key->sign(c.messageFor(m_key->keyId()));
    if (signature.size() != 64)
        return; // stays pending; SigningKey::sign logged why
    c.keyId = m_key->keyId();
    c.signature = QString::fromLatin1(signature.toHex());
    c.signedAtUtc = signedAtUtc;
}

bool AuditLog::checkpoint(const QString& reason) {
    if (m_batch) { // its own transaction cannot nest in the batch's; the batch's commit takes one
        m_error = QStringLiteral("A batch of events is being recorded; no checkpoint was taken now.");
        return false;
    }
    if (!isOpen()) {
        m_error = QStringLiteral("The audit log is not open; no checkpoint was taken.");
        return false;
    }
    if (m_access == Access::ReadOnly) {
        m_error = QStringLiteral("The audit log %1 is open read-only; no checkpoint was taken.").arg(m_path);
        return false;
    }
    if (m_witness.isBroken()) { // the signer never extends a chain it found broken
        m_error = QStringLiteral("The audit log %1 was not checkpointed: %2.").arg(m_path, m_witness.brokenReason());
        return false;
    }
    if (!m_store->beginWrite()) {
        m_error = m_store->errorString();
        return false;
    }
    auto fail = [this] {
        m_error = m_store->errorString();
        m_store->rollback();
        qCWarning(lcAudit).noquote() << m_error;
        return false;
    };
    const auto head = m_store->head();
    const auto last = head ? m_store->latestLogCheckpoint() : std::nullopt;
    if (!head || !last)
        return fail();
    // With a key, the head is signed only once the witness has recomputed the chain up to it; a
    // broken chain gets no checkpoint at all, not even a pending one.
    if (m_key && head->seq > 0 && !witnessChain({}, *m_key)) {
        m_store->rollback();
        return false;
    }
    // Covered only by a checkpoint of this very head: a pending row past the head (or with another
    // hash) that someone else wrote must not stop the real head from being checkpointed.
    if (head->seq == 0 || (last->id > 0 && last->seq == head->seq && last->headHash == head->hash)) {
        m_store->rollback();
        m_lastCheckpointSeq = head->seq;
        return true;
    }
    const auto incidents = m_store->incidentsChangedAfter(last->seq < head->seq ? last->seq : 0);
    if (!incidents)
        return fail();
    QList<Checkpoint> made;
    Checkpoint logHead;
    logHead.scope = Checkpoint::Scope::Log;
    logHead.seq = head->seq;
    logHead.headHash = head->hash;
    made << logHead;
    for (const QString& incident : *incidents) {
        // A line break would make the signed message ambiguous; the log checkpoint still covers it.
        if (incident.contains(u'\n') || incident.contains(u'\r')) {
            qCWarning(lcAudit) << "no incident checkpoint for an incident id with a line break:" << incident;
            continue;
        }
        const auto incidentHead = m_store->incidentHead(incident);
        if (!incidentHead)
            return fail();
        Checkpoint c;
        c.scope = Checkpoint::Scope::Incident;
        c.incident = incident;
        c.seq = incidentHead->incidentSeq;
        c.headHash = incidentHead->incidentHash;
        made << c;
    }
    if (!recordCheckpoints(made, reason))
        return false;
    m_lastCheckpointSeq = head->seq;
    qCDebug(lcAudit) << "checkpoint" << reason << "at seq" << head->seq << (m_key ? "signed" : "pending");
    return true;
}

/// Inserts `made` (signed when a key is set and the witness vouches for each head) and commits.
bool AuditLog::recordCheckpoints(QList<Checkpoint>& made, const QString& reason) {
    const QString now = utc::format(m_clock.utcNow());
    for (Checkpoint& c : made) {
        c.atUtc = now;
        c.clockSource = m_clock.sourceName();
        c.reason = reason;
        const QString refused = m_key ? m_witness.refusal(*m_store, c) : QString();
        if (!refused.isEmpty()) {
            m_error = QStringLiteral("The audit log %1 was not checkpointed: %2.").arg(m_path, refused);
            m_store->rollback();
            qCWarning(lcAudit).noquote() << m_error;
            return false;
        }
        sign(c, now);
        if (!m_store->insertCheckpoint(c)) {
            m_error = m_store->errorString();
            m_store->rollback();
            return false;
        }
    }
    if (!m_store->commitWrite()) {
        m_error = m_store->errorString();
        return false;
    }
    return true;
}

/// Brings the witness up to the file's head (inside the caller's write transaction). False, with
/// m_error, when the chain is broken: then nothing is signed.
bool AuditLog::witnessChain(const QList<Checkpoint>& pending, const SigningKey& key) {
    QSet<qint64> wanted;
    for (const Checkpoint& c : pending)
        if (c.scope == Checkpoint::Scope::Log)
            wanted.insert(c.seq);
    if (m_witness.catchUp(*m_store, key.publicKey(), wanted))
        return true;
    m_error = QStringLiteral("The audit log %1 cannot be signed: %2. Nothing was signed; check it with "
                             "turnback-cli audit verify.")
                  .arg(m_path, m_witness.brokenReason());
    qCWarning(lcAudit).noquote() << m_error;
    return false;
}

bool AuditLog::setSigningKey(std::shared_ptr<const SigningKey> key, const QString& storage) {
    if (m_batch) {
        m_error = QStringLiteral("A batch of events is being recorded; give the key again once it is committed.");
        return false;
    }
    if (!isOpen() || !key) {
        m_error = QStringLiteral("The audit log is not open, or no key was given.");
        return false;
    }
    if (m_access == Access::ReadOnly) {
        m_error = QStringLiteral("The audit log %1 is open read-only; it cannot record a signing key.").arg(m_path);
        return false;
    }
    m_refused.clear();
    m_lastSignedCount = 0;
    m_key.reset();
    m_witness.restart(); // where the witness may start depends on the key
    const auto keys = m_store->signingKeys();
    if (!keys || !m_store->beginWrite()) {
        m_error = m_store->errorString();
        return false;
    }
    const auto pending = m_store->checkpoints(std::nullopt, {}, true);
    if (!pending) {
        m_error = m_store->errorString();
        m_store->rollback();
        return false;
    }
    if (!witnessChain(*pending, *key)) {
        m_store->rollback();
        return false;
    }
    const bool known =
        std::any_of(keys->cbegin(), keys->cend(), [&](const RegisteredKey& k) { return k.keyId == key->keyId(); });
    const RegisteredKey registered{key->keyId(), key->publicKey().pem(), utc::format(m_clock.utcNow()), storage};
    if (!known && !m_store->insertSigningKey(registered)) {
        m_error = m_store->errorString();
        m_store->rollback();
        return false;
    }
    m_key = std::move(key);
    const qint64 signedNow = signPendingCheckpoints(*pending);
    if (signedNow < 0 || !m_store->commitWrite()) {
        if (signedNow >= 0)
            m_error = m_store->errorString();
        m_key.reset();
        m_witness.restart();
        return false;
    }
    if (!known)
        qCInfo(lcAudit).noquote() << "registered signing key" << registered.keyId << "kept in the" << storage;
    m_lastSignedCount = signedNow;
    if (signedNow > 0)
        qCInfo(lcAudit) << "signed" << signedNow << "pending checkpoint(s)";
    return true;
}

void AuditLog::clearSigningKey() {
    m_key.reset();
}

QString AuditLog::signingKeyId() const {
    return m_key ? m_key->keyId() : QString();
}

/// Signs the pending checkpoints whose heads the witness computed, inside the caller's write
/// transaction; refuses (m_refused) the others. The number signed, or -1 (rolled back) on failure.
qint64 AuditLog::signPendingCheckpoints(const QList<Checkpoint>& pending) {
    const QString now = utc::format(m_clock.utcNow());
    qint64 signedNow = 0;
    for (Checkpoint c : pending) {
        const QString refused = m_witness.refusal(*m_store, c);
        if (!refused.isEmpty()) {
            const QString name = c.scope == Checkpoint::Scope::Log
                                     ? QStringLiteral("checkpoint %1 (seq %2)").arg(c.id).arg(c.seq)
                                     : QStringLiteral("checkpoint %1 (incident %2, incident_seq %3)")
                                           .arg(c.id)
                                           .arg(c.incident)
                                           .arg(c.seq);
            m_refused << QStringLiteral("%1: %2").arg(name, refused);
            qCWarning(lcAudit).noquote() << "refused to sign" << m_refused.last();
            continue;
        }
        sign(c, now);
        if (!c.isSigned() || !m_store->signCheckpoint(c.id, c.keyId, c.signature, c.signedAtUtc)) {
            m_error = c.isSigned() ? m_store->errorString() : QStringLiteral("OpenSSL could not sign a checkpoint.");
            m_store->rollback();
            return -1;
        }
        ++signedNow;
    }
    return signedNow;
}

QList<RegisteredKey> AuditLog::signingKeys() const {
    auto result = m_store->signingKeys();
    if (!result)
        m_error = m_store->errorString();
    return result.value_or(QList<RegisteredKey>());
}

qint64 AuditLog::pendingCheckpointCount() const {
    const auto pending = m_store->checkpoints(std::nullopt, {}, true);
    if (!pending)
        m_error = m_store->errorString();
    return pending ? pending->size() : -1;
}

std::optional<Checkpoint> AuditLog::latestCheckpoint() const {
    const auto latest = m_store->latestLogCheckpoint(false);
    if (!latest)
        m_error = m_store->errorString();
    return latest && latest->id > 0 ? latest : std::nullopt;
}

std::optional<Checkpoint> AuditLog::latestVouchedCheckpoint() const {
    const auto keys = SigningWitness::registeredKeys(*m_store);
    const auto logCheckpoints = keys ? m_store->checkpoints(Checkpoint::Scope::Log) : std::nullopt;
    if (!logCheckpoints) {
        m_error = m_store->errorString();
        return std::nullopt;
    }
    for (auto c = logCheckpoints->crbegin(); c != logCheckpoints->crend(); ++c) {
        if (c->seq > m_headSeq || !SigningWitness::isSignedByOneOf(*c, *keys))
            continue;
        const auto rows = m_store->records(c->seq, 1);
        // A verified signature over a head the row no longer has: the log was rewritten, nothing is vouched for.
        return rows && !rows->isEmpty() && rows->first().hash == c->headHash ? std::optional(*c) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<Checkpoint> AuditLog::latestSignedCheckpoint() const {
    const auto latest = m_store->latestLogCheckpoint(true);
    if (!latest)
        m_error = m_store->errorString();
    return latest && latest->id > 0 ? latest : std::nullopt;
}

QList<Checkpoint> AuditLog::checkpoints() const {
    auto result = m_store->checkpoints();
    if (!result)
        m_error = m_store->errorString();
    return result.value_or(QList<Checkpoint>());
}

QList<Checkpoint> AuditLog::incidentCheckpoints(const QString& incident) const {
    if (incident.isEmpty())
        return {};
    auto result = m_store->checkpoints(Checkpoint::Scope::Incident, incident);
    if (!result)
        m_error = m_store->errorString();
    return result.value_or(QList<Checkpoint>());
}

} // namespace turnback
