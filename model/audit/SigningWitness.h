#pragma once

#include "AuditRecord.h"
#include "Checkpoint.h"
#include "PublicKey.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace turnback {

class AuditStore;

/// What the signing key vouches for (docs/audit-log.md, "What the signer checks before it signs"):
/// the chain as this process recomputed it, never a head hash read from the file. The witness
/// starts at the newest log checkpoint signed by the key in hand (its signature checked, the row
/// at its seq still holding that hash) or at the genesis hash, recomputes every row after it up
/// to the head, and from then on follows the log incrementally (rows this process appends, or
/// rows read since). A pending checkpoint is signed only if its head is a head the witness computed.
class SigningWitness {
public:
    /// The public keys the log registers (each one's id checked against its key); nullopt on a read error.
    static std::optional<std::vector<PublicKey>> registeredKeys(AuditStore& store);
    /// A signed checkpoint whose signature verifies with the one of `keys` it names.
    static bool isSignedByOneOf(const Checkpoint& checkpoint, const std::vector<PublicKey>& keys);

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
    /// The console's check on open (docs/audit-log.md, "The console on a broken log"): the same walk,
    /// from the newest log checkpoint signed by any key the log registers whose signature verifies
    /// (or from seq 1), to the head; later calls go on from where the last one stopped.
    bool checkOnOpen(AuditStore& store);
    /// Proves the main chain from `fromSeq` up to where the walk started (rows before its starting
    /// checkpoint are otherwise taken on that checkpoint's word, not re-hashed). Incremental: what
    /// was proven once is not walked again. False (broken) when a row there is not as written.
    bool proveFrom(AuditStore& store, qint64 fromSeq) {
        return !isBroken() && m_seq >= 0 && proveBeforeStart(store, fromSeq);
    }
    /// The first seq found not as written (after a failed catchUp or checkOnOpen); -1 while intact.
    qint64 brokenSeq() const { return m_brokenSeq; }
    /// What is wrong at brokenSeq(), without the seq ("the row is missing").
    QString brokenWhat() const { return m_brokenWhat; }

    /// Empty when `pending` names a head the witness computed (after catchUp), else why it is refused.
    QString refusal(AuditStore& store, const Checkpoint& pending);

private:
    struct IncidentTip {
        qint64 incidentSeq = 0;
        QString incidentHash;
    };
    using Trusted = std::function<bool(const Checkpoint&)>;
    /// Where a walk starts: the newest signed log checkpoint `trusted` accepts, or seq 1.
    bool start(AuditStore& store, const Trusted& trusted);
    bool walk(AuditStore& store, const QSet<qint64>& wanted);
    /// Proves the main chain from `fromSeq` to the walk's start, for rows of a reversal begun before it.
    bool proveBeforeStart(AuditStore& store, qint64 fromSeq);
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
    qint64 m_brokenSeq = -1;
    QString m_brokenWhat;
    qint64 m_provenFrom = 1; ///< the main chain from here to m_from is proven (m_from + 1: nothing before it yet)
    QString m_provenLink;    ///< the hash the row at m_provenFrom - 1 must have
    QHash<qint64, QString> m_heads;          ///< wanted seq -> the hash computed for it
    QHash<QString, IncidentTip> m_incidents; ///< incident -> its last witnessed row
};

} // namespace turnback
