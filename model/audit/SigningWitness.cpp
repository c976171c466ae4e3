#include "SigningWitness.h"

#include "AuditLog.h"
#include "AuditStore.h"
#include "PublicKey.h"

#include <algorithm>
#include <vector>

namespace turnback {

namespace {
/// One incident's rows, read through the store's paged reader; nullopt on a read error.
std::optional<QList<AuditRecord>> incidentRows(AuditStore& store, const QString& incident) {
    QList<AuditRecord> rows;
    if (!store.forEachIncidentRecord(incident, [&rows](const AuditRecord& row) {
            rows.append(row);
            return true;
        }))
        return std::nullopt;
    return rows;
}
} // namespace

namespace {
constexpr int kPage = 4096; // rows read at a time while catching up
}

std::optional<std::vector<PublicKey>> SigningWitness::registeredKeys(AuditStore& store) {
    const auto registered = store.signingKeys();
    if (!registered)
        return std::nullopt;
    std::vector<PublicKey> keys;
    for (const RegisteredKey& k : *registered)
        if (auto key = PublicKey::fromPem(k.publicKeyPem); key && key->keyId() == k.keyId)
            keys.push_back(*key);
    return keys;
}

bool SigningWitness::isSignedByOneOf(const Checkpoint& c, const std::vector<PublicKey>& keys) {
    return c.isSigned() && std::any_of(keys.cbegin(), keys.cend(), [&c](const PublicKey& key) {
               return key.keyId() == c.keyId && key.verify(c.message(), c.signatureBytes());
           });
}

void SigningWitness::reset() {
    restart();
    m_ownSeq = 0;
    m_ownHash.clear();
}

void SigningWitness::restart() {
    m_seq = m_from = -1;
    m_hash.clear();
    m_broken.clear();
    m_brokenSeq = -1;
    m_brokenWhat.clear();
    m_provenFrom = 1;
    m_provenLink.clear();
    m_heads.clear();
    m_incidents.clear();
}

bool SigningWitness::breakAt(qint64 seq, const QString& what) {
    m_brokenSeq = seq;
    m_brokenWhat = what;
    m_broken = QStringLiteral("the chain is broken at seq %1 (%2)").arg(seq).arg(what);
    return false;
}

bool SigningWitness::checkOwn(qint64 seq, const QString& storedHash) {
    if (seq != m_ownSeq || storedHash == m_ownHash)
        return true;
    return breakAt(seq, QStringLiteral("this Turnback wrote that row with hash %1, the file now has %2: the log was "
                                       "rewritten while it was open")
                            .arg(m_ownHash.left(12), storedHash.left(12)));
}

void SigningWitness::appended(const AuditRecord& record) {
    m_ownSeq = record.seq;
    m_ownHash = record.hash;
    if (m_seq < 0 || isBroken() || record.seq != m_seq + 1 || record.prevHash != m_hash)
        return; // not chained to what was witnessed: the next catchUp reads it from the file
    // A reversal whose earlier rows came before the walk's start (a restart mid-reversal): its
    // chain is not known here yet; the next catchUp reads those rows first (learnIncident).
    if (!record.incident.isEmpty() && !m_incidents.contains(record.incident) && record.incidentSeq > 1)
        return;
    follow(record);
}

bool SigningWitness::start(AuditStore& store, const Trusted& trusted) {
    m_seq = m_from = 0;
    m_hash = m_provenLink = AuditLog::genesisHash();
    m_provenFrom = 1;
    const auto logCheckpoints = store.checkpoints(Checkpoint::Scope::Log);
    if (!logCheckpoints)
        return breakAt(0, store.errorString());
    // The newest trusted checkpoint (signed, its signature still verifying) is a head a key already
    // vouched for: the walk starts there rather than at seq 1.
    for (auto c = logCheckpoints->crbegin(); c != logCheckpoints->crend(); ++c) {
        if (!c->isSigned() || !trusted(*c))
            continue;
        const auto rows = store.records(c->seq, 1);
        if (rows && rows->isEmpty())
            return breakAt(c->seq,
                           QStringLiteral("checkpoint %1, signed with key %2, vouches for this row, but the log "
                                          "has no such row: rows were cut off the end, or the checkpoint was "
                                          "forged")
                               .arg(c->id)
                               .arg(c->keyId));
        if (!rows || rows->first().hash != c->headHash)
            return breakAt(c->seq, QStringLiteral("the row there no longer has the hash that checkpoint %1, signed "
                                                  "with key %2, vouched for: the log was rewritten")
                                       .arg(c->id)
                                       .arg(c->keyId));
        m_seq = m_from = c->seq;
        m_hash = m_provenLink = c->headHash;
        m_provenFrom = c->seq + 1;
        break;
    }
    if (m_ownSeq > 0 && m_ownSeq <= m_seq) { // the walk will not pass the row this process wrote last
        const auto own = store.records(m_ownSeq, 1);
        return checkOwn(m_ownSeq, own && !own->isEmpty() ? own->first().hash : QStringLiteral("no row"));
    }
    return true;
}

bool SigningWitness::catchUp(AuditStore& store, const PublicKey& key, const QSet<qint64>& wanted) {
    if (isBroken())
        return false;
    const Trusted signedByThisKey = [&key](const Checkpoint& c) {
        return c.keyId == key.keyId() && key.verify(c.message(), c.signatureBytes());
    };
    if (m_seq < 0 && !start(store, signedByThisKey))
        return false;
    return walk(store, wanted);
}

bool SigningWitness::checkOnOpen(AuditStore& store) {
    if (isBroken())
        return false;
    if (m_seq < 0) {
        const auto keys = registeredKeys(store);
        if (!keys)
            return breakAt(0, store.errorString());
        if (!start(store, [&keys](const Checkpoint& c) { return isSignedByOneOf(c, *keys); }))
            return false;
    }
    return walk(store, {});
}

bool SigningWitness::walk(AuditStore& store, const QSet<qint64>& wanted) {
    m_heads.clear();
    if (wanted.contains(m_seq))
        m_heads.insert(m_seq, m_hash);
    if (m_seq > 0) { // the witnessed head must still be in the file as it was
        const auto at = store.records(m_seq, 1);
        if (!at || at->isEmpty() || at->first().hash != m_hash)
            return breakAt(m_seq, QStringLiteral("the row there was changed or removed since it was checked"));
    }
    for (;;) {
        const auto rows = store.records(m_seq + 1, kPage);
        if (!rows)
            return breakAt(m_seq + 1, store.errorString());
        for (const AuditRecord& row : *rows) {
            if (row.seq != m_seq + 1)
                return breakAt(m_seq + 1, QStringLiteral("the row is missing"));
            if (row.prevHash != m_hash || AuditLog::computeHash(row.prevHash, row) != row.hash)
                return breakAt(row.seq, QStringLiteral("it does not hash to what it stores, or is not chained to "
                                                       "the row before"));
            if (!row.incident.isEmpty() && !m_incidents.contains(row.incident) && row.incidentSeq > 1 &&
                !learnIncident(store, row.incident, row.seq - 1))
                return false;
            if (!checkOwn(row.seq, row.hash) || !follow(row))
                return false;
            if (wanted.contains(row.seq))
                m_heads.insert(row.seq, row.hash);
        }
        if (rows->size() < kPage)
            return m_seq >= m_ownSeq || checkOwn(m_ownSeq, QStringLiteral("no row"));
    }
}

bool SigningWitness::proveBeforeStart(AuditStore& store, qint64 fromSeq) {
    if (fromSeq >= m_provenFrom)
        return true;
    // Rows before the starting checkpoint are vouched for only through the chain that leads to its
    // head: walk it from `fromSeq` to where it was proven last (the checkpoint itself at first).
    QString firstPrev, last;
    for (qint64 next = fromSeq; next < m_provenFrom;) {
        const auto rows = store.records(next, static_cast<int>(std::min<qint64>(kPage, m_provenFrom - next)));
        if (!rows || rows->isEmpty())
            return breakAt(next, rows ? QStringLiteral("the row is missing") : store.errorString());
        for (const AuditRecord& row : *rows) {
            if (row.seq != next)
                return breakAt(next, QStringLiteral("the row is missing"));
            if ((!last.isEmpty() && row.prevHash != last) || AuditLog::computeHash(row.prevHash, row) != row.hash)
                return breakAt(row.seq, QStringLiteral("it does not hash to what it stores, or is not chained to "
                                                       "the row before"));
            if (firstPrev.isEmpty())
                firstPrev = row.prevHash;
            last = row.hash;
            ++next;
        }
    }
    if (last != m_provenLink)
        return breakAt(m_provenFrom - 1,
                       QStringLiteral("the rows before it do not lead to the head the starting checkpoint signed"));
    m_provenFrom = fromSeq;
    m_provenLink = firstPrev;
    return true;
}

bool SigningWitness::follow(const AuditRecord& row) {
    if (!row.incident.isEmpty() && !followIncident(row))
        return false;
    m_seq = row.seq;
    m_hash = row.hash;
    return true;
}

bool SigningWitness::followIncident(const AuditRecord& row) {
    const auto tip = m_incidents.constFind(row.incident);
    const qint64 before = tip == m_incidents.constEnd() ? 0 : tip->incidentSeq;
    const QString prev = tip == m_incidents.constEnd() ? AuditLog::genesisHash() : tip->incidentHash;
    if (row.incidentSeq != before + 1 || row.incidentPrevHash != prev ||
        AuditLog::computeHash(row.incidentPrevHash, row) != row.incidentHash)
        return breakAt(row.seq, QStringLiteral("its place in the chain of incident %1 is wrong").arg(row.incident));
    m_incidents.insert(row.incident, {row.incidentSeq, row.incidentHash});
    return true;
}

bool SigningWitness::learnIncident(AuditStore& store, const QString& incident, qint64 uptoSeq) {
    const auto rows = incidentRows(store, incident);
    if (!rows)
        return breakAt(uptoSeq, store.errorString());
    if (!rows->isEmpty() && !proveBeforeStart(store, rows->first().seq))
        return false;
    for (const AuditRecord& row : *rows) {
        if (row.seq > uptoSeq)
            break;
        if (row.hash != AuditLog::computeHash(row.prevHash, row))
            return breakAt(row.seq, QStringLiteral("it does not hash to what it stores"));
        if (!followIncident(row))
            return false;
    }
    return true;
}

QString SigningWitness::refusal(AuditStore& store, const Checkpoint& pending) {
    if (isBroken() || m_seq < 0)
        return QStringLiteral("the chain has not been checked");
    if (pending.scope == Checkpoint::Scope::Incident)
        return incidentRefusal(store, pending);
    if (pending.seq > m_seq)
        return QStringLiteral("seq %1 is past the head of the log (seq %2)").arg(pending.seq).arg(m_seq);
    if (pending.seq == m_seq)
        return pending.headHash == m_hash
                   ? QString()
                   : QStringLiteral("its head hash %1 is not the hash the chain has at seq %2 (%3)")
                         .arg(pending.headHash.left(12), QString::number(m_seq), m_hash.left(12));
    const auto computed = m_heads.constFind(pending.seq);
    if (computed == m_heads.constEnd())
        return QStringLiteral("seq %1 is before the newest checkpoint this key already signed (seq %2); a genuine "
                              "pending checkpoint would have been signed with it")
            .arg(pending.seq)
            .arg(m_from);
    if (*computed != pending.headHash)
        return QStringLiteral("its head hash %1 is not the hash the chain has at seq %2 (%3)")
            .arg(pending.headHash.left(12), QString::number(pending.seq), computed->left(12));
    return {};
}

QString SigningWitness::incidentRefusal(AuditStore& store, const Checkpoint& pending) {
    const auto tip = m_incidents.constFind(pending.incident);
    if (tip != m_incidents.constEnd() && tip->incidentSeq == pending.seq)
        return tip->incidentHash == pending.headHash
                   ? QString()
                   : QStringLiteral("its head hash is not the hash of incident %1's chain at incident_seq %2")
                         .arg(pending.incident)
                         .arg(pending.seq);
    // An older head of the incident: walk its own chain (each row's hashes and links) to that row.
    const auto rows = incidentRows(store, pending.incident);
    if (!rows)
        return store.errorString();
    if (!rows->isEmpty() && !proveBeforeStart(store, rows->first().seq))
        return brokenReason();
    QString prev = AuditLog::genesisHash();
    for (const AuditRecord& row : *rows) {
        if (row.seq > m_seq)
            break;
        if (row.incidentPrevHash != prev || row.hash != AuditLog::computeHash(row.prevHash, row) ||
            row.incidentHash != AuditLog::computeHash(prev, row))
            return QStringLiteral("the chain of incident %1 is broken at seq %2").arg(pending.incident).arg(row.seq);
        if (row.incidentSeq == pending.seq)
            return row.incidentHash == pending.headHash
                       ? QString()
                       : QStringLiteral("its head hash is not the hash of incident %1's chain at incident_seq %2")
                             .arg(pending.incident)
                             .arg(pending.seq);
        prev = row.incidentHash;
    }
    return QStringLiteral("incident %1 has no row at incident_seq %2 up to the head of the log")
        .arg(pending.incident)
        .arg(pending.seq);
}

} // namespace turnback
