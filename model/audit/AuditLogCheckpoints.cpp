// AuditLog's signed checkpoints and signing keys (docs/audit-log.md, "Signed checkpoints"): what
// AuditLog signs, kept apart from how it appends.
#include "AuditLog.h"

#include "AuditLogging.h"
#include "AuditStore.h"
#include "Clock.h"
#include "SigningKey.h"
#include "UtcTime.h"

#include <algorithm>

namespace turnback {

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
    if (!isOpen()) {
        m_error = QStringLiteral("The audit log is not open; no checkpoint was taken.");
        return false;
    }
    if (m_access == Access::ReadOnly) {
        m_error = QStringLiteral("The audit log %1 is open read-only; no checkpoint was taken.").arg(m_path);
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
    if (head->seq == 0 || last->seq >= head->seq) {
        m_store->rollback(); // nothing new since the last checkpoint
        m_lastCheckpointSeq = last->seq;
        return true;
    }
    const auto incidents = m_store->incidentsChangedAfter(last->seq);
    if (!incidents)
        return fail();

    const QString now = utc::format(m_clock.utcNow());
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
    for (Checkpoint& c : made) {
        c.atUtc = now;
        c.clockSource = m_clock.sourceName();
        c.reason = reason;
        sign(c, now);
        if (!m_store->insertCheckpoint(c))
            return fail();
    }
    if (!m_store->commitWrite()) {
        m_error = m_store->errorString();
        return false;
    }
    m_lastCheckpointSeq = head->seq;
    qCDebug(lcAudit) << "checkpoint" << reason << "at seq" << head->seq << (m_key ? "signed" : "pending");
    return true;
}

bool AuditLog::setSigningKey(std::shared_ptr<const SigningKey> key, const QString& storage) {
    if (!isOpen() || !key) {
        m_error = QStringLiteral("The audit log is not open, or no key was given.");
        return false;
    }
    if (m_access == Access::ReadOnly) {
        m_error = QStringLiteral("The audit log %1 is open read-only; it cannot record a signing key.").arg(m_path);
        return false;
    }
    const auto keys = m_store->signingKeys();
    if (!keys) {
        m_error = m_store->errorString();
        return false;
    }
    const bool known =
        std::any_of(keys->cbegin(), keys->cend(), [&](const RegisteredKey& k) { return k.keyId == key->keyId(); });
    if (!known) {
        const RegisteredKey registered{key->keyId(), key->publicKey().pem(), utc::format(m_clock.utcNow()), storage};
        const bool begun = m_store->beginWrite();
        const bool inserted = begun && m_store->insertSigningKey(registered);
        if (begun && !inserted)
            m_store->rollback();
        if (!inserted || !m_store->commitWrite()) {
            m_error = m_store->errorString();
            return false;
        }
        qCInfo(lcAudit).noquote() << "registered signing key" << registered.keyId << "kept in the" << storage;
    }
    m_key = std::move(key);
    const qint64 signedNow = signPendingCheckpoints();
    if (signedNow < 0)
        return false;
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

qint64 AuditLog::signPendingCheckpoints() {
    const auto pending = m_store->checkpoints(std::nullopt, {}, true);
    if (!pending) {
        m_error = m_store->errorString();
        return -1;
    }
    if (pending->isEmpty() || !m_key)
        return 0;
    if (!m_store->beginWrite()) {
        m_error = m_store->errorString();
        return -1;
    }
    const QString now = utc::format(m_clock.utcNow());
    for (Checkpoint c : *pending) {
        sign(c, now);
        if (!c.isSigned() || !m_store->signCheckpoint(c.id, c.keyId, c.signature, c.signedAtUtc)) {
            m_error = c.isSigned() ? m_store->errorString() : QStringLiteral("OpenSSL could not sign a checkpoint.");
            m_store->rollback();
            return -1;
        }
    }
    if (!m_store->commitWrite()) {
        m_error = m_store->errorString();
        return -1;
    }
    return pending->size();
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
