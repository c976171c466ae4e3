#pragma once

#include "AuditRecord.h"
#include "Checkpoint.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace turnback {

class PublicKey;
class AuditStore;

/// What the signing key vouches for (docs/audit-log.md, "What the signer checks before it signs"):
/// the chain as this process recomputed it, never a head hash read from the file. The witness
/// starts at the newest log checkpoint signed by the key in hand (its signature checked, the row
/// at its seq still holding that hash) or at the genesis hash, recomputes every row after it up
/// to the head, and from then on follows the log incrementally (rows this process appends, or
/// rows read since). A pending checkpoint is signed only if its head is a head the witness computed.
class SigningWitness {
public:
    /// Forgets what was witnessed (another key): the next catchUp starts again. Keeps the row this
    /// process appended last, which every later walk must still find as it was written.
    void restart();
    /// Forgets everything (another file).
    void reset();
    bool isBroken() const { return !m_broken.isEmpty(); }
    /// Why the chain cannot be vouched for (empty while it can).
    QString brokenReason() const { return m_broken; }
    qint64 seq() const { return m_seq; }
    QString hash() const { return m_hash; }

    /// A row this process appended: remembered (its hash commits to every row before it), and
    /// followed when it is chained to the witnessed head.
    void appended(const AuditRecord& record);

    /// Recomputes the chain from the witnessed head (or the starting point above) to the file's head.
    /// False when the chain is broken: the reason is brokenReason(), and nothing may be signed.
    /// `wanted`: seqs of pending log checkpoints, whose computed hashes are kept for refusal().
    bool catchUp(AuditStore& store, const PublicKey& key, const QSet<qint64>& wanted = {});

    /// Empty when `pending` names a head the witness computed (after catchUp), else why it is refused.
    QString refusal(AuditStore& store, const Checkpoint& pending);

private:
    struct IncidentTip {
        qint64 incidentSeq = 0;
        QString incidentHash;
    };
    bool start(AuditStore& store, const PublicKey& key);
    bool follow(const AuditRecord& row);
    bool followIncident(const AuditRecord& row);
    bool learnIncident(AuditStore& store, const QString& incident, qint64 uptoSeq);
    QString incidentRefusal(AuditStore& store, const Checkpoint& pending);
    bool breakAt(qint64 seq, const QString& what);

    bool checkOwn(qint64 seq, const QString& storedHash);

    qint64 m_ownSeq = 0; ///< the last row this process appended (0: none), and the hash it computed
    QString m_ownHash;
    qint64 m_seq = -1;  ///< -1: nothing witnessed yet
    qint64 m_from = -1; ///< the seq the witness started from; heads before it are not vouched for
    QString m_hash;
    QString m_broken;
    QHash<qint64, QString> m_heads;          ///< wanted seq -> the hash computed for it
    QHash<QString, IncidentTip> m_incidents; ///< incident -> its last witnessed row
};

} // namespace turnback
