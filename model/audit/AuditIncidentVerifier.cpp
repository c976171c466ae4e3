// AuditVerifier's check of one reversal on its own: its incident chain, signed incident checkpoints
// and completeness, without any other reversal's rows. Split from AuditVerifier.cpp (the whole-log
// walk) along that seam.
#include "AuditVerifier.h"

#include "AuditLog.h"
#include "AuditVerifierSupport.h"
#include "Clock.h"
#include "PublicKey.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace turnback {

using verifier::rowsAfter;
using verifier::shortHash;
using Problem = AuditVerification::Problem;

IncidentVerification AuditVerifier::verifyIncident(const QList<AuditRecord>& givenRows,
                                                   const QList<RegisteredKey>& keys,
                                                   const QList<Checkpoint>& checkpoints) {
    IncidentVerification v;
    auto fail = [&v](Problem problem, qint64 incidentSeq, const QString& message) {
        v.ok = false;
        v.problem = problem;
        v.firstBadIncidentSeq = incidentSeq;
        v.message = message;
        return v;
    };
    if (givenRows.isEmpty())
        return fail(Problem::Unreadable, 0, QStringLiteral("There are no rows to verify."));
    QList<AuditRecord> rows = givenRows;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const AuditRecord& a, const AuditRecord& b) { return a.incidentSeq < b.incidentSeq; });
    v.incident = rows.constFirst().incident;
    if (v.incident.isEmpty())
        return fail(Problem::Unreadable, 0, QStringLiteral("seq %1 belongs to no incident.").arg(rows.first().seq));

    QString previous = AuditLog::genesisHash();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const AuditRecord& r = rows.at(i);
        const qint64 expected = i + 1;
        if (r.incident != v.incident)
            return fail(Problem::Inserted, r.incidentSeq,
                        QStringLiteral("seq %1 belongs to incident %2, not to incident %3.")
                            .arg(r.seq)
                            .arg(r.incident, v.incident));
        if (r.incidentSeq > expected)
            return fail(
                Problem::Deleted, expected,
                QStringLiteral("incident %1: %2 missing: the incident's rows jump from incident_seq %3 to %4.")
                    .arg(v.incident, expected == r.incidentSeq - 1
                                         ? QStringLiteral("incident_seq %1").arg(expected)
                                         : QStringLiteral("incident_seq %1 to %2").arg(expected).arg(r.incidentSeq - 1))
                    .arg(expected - 1)
                    .arg(r.incidentSeq));
        if (r.incidentSeq < expected)
            return fail(Problem::Inserted, r.incidentSeq,
                        QStringLiteral("incident %1: two rows claim incident_seq %2 (seq %3 and seq %4).")
                            .arg(v.incident)
                            .arg(r.incidentSeq)
                            .arg(rows.at(i - 1).seq)
                            .arg(r.seq));
        if (AuditLog::computeHash(r.prevHash, r) != r.hash ||
            AuditLog::computeHash(r.incidentPrevHash, r) != r.incidentHash)
            return fail(Problem::Changed, r.incidentSeq,
                        QStringLiteral("incident %1, incident_seq %2 (seq %3): row was changed after it was written "
                                       "(its hashes do not match its contents).")
                            .arg(v.incident)
                            .arg(r.incidentSeq)
                            .arg(r.seq));
        if (r.incidentPrevHash != previous)
            return fail(Problem::Inserted, r.incidentSeq,
                        QStringLiteral("incident %1, incident_seq %2 (seq %3): the row does not continue the "
                                       "incident's chain: it was not written after the row before it here.")
                            .arg(v.incident)
                            .arg(r.incidentSeq)
                            .arg(r.seq));
        if (i > 0 && r.seq <= rows.at(i - 1).seq)
            return fail(Problem::Reordered, r.incidentSeq,
                        QStringLiteral("incident %1, incident_seq %2: its seq %3 is not after seq %4 of the row "
                                       "before it.")
                            .arg(v.incident)
                            .arg(r.incidentSeq)
                            .arg(r.seq)
                            .arg(rows.at(i - 1).seq));
        previous = r.incidentHash;
    }
    v.count = rows.size();
    v.headHash = previous;

    QHash<QString, PublicKey> publicKeys;
    for (const RegisteredKey& k : keys)
        if (const auto key = PublicKey::fromPem(k.publicKeyPem); key && key->keyId() == k.keyId)
            publicKeys.insert(k.keyId, *key);
    qint64 pending = 0;
    for (const Checkpoint& c : checkpoints) {
        if (c.scope != Checkpoint::Scope::Incident || c.incident != v.incident)
            continue;
        if (!c.isSigned()) {
            ++pending;
            continue;
        }
        const QString name =
            QStringLiteral("checkpoint %1 (incident %2, incident_seq %3)").arg(c.id).arg(v.incident).arg(c.seq);
        const auto key = publicKeys.constFind(c.keyId);
        if (key == publicKeys.constEnd())
            return fail(Problem::BadSignature, 0,
                        QStringLiteral("%1 names signing key %2, which was not given, so it cannot be checked.")
                            .arg(name, c.keyId));
        if (!key->verify(c.message(), c.signatureBytes()))
            return fail(Problem::BadSignature, 0,
                        QStringLiteral("%1: the signature does not verify with key %2: the checkpoint was changed "
                                       "after it was signed, or forged.")
                            .arg(name, c.keyId));
        if (c.seq > v.count)
            return fail(Problem::Truncated, v.count + 1,
                        QStringLiteral("incident %1: %2 covers %3 rows, but only %4 are here: its last rows were "
                                       "removed or not handed over.")
                            .arg(v.incident, name)
                            .arg(c.seq)
                            .arg(v.count));
        if (rows.at(c.seq - 1).incidentHash != c.headHash)
            return fail(Problem::CheckpointMismatch, 0,
                        QStringLiteral("%1: the signed incident head hash %2 is not the incident hash of the row at "
                                       "incident_seq %3 (%4): the incident was rewritten after it was signed.")
                            .arg(name, shortHash(c.headHash))
                            .arg(c.seq)
                            .arg(shortHash(rows.at(c.seq - 1).incidentHash)));
        ++v.signedCheckpoints;
        v.lastSignedIncidentSeq = std::max(v.lastSignedIncidentSeq, c.seq);
    }

    v.ok = true;
    const bool closed = rows.constLast().kind == u"ReversalClosed";
    v.complete = v.lastSignedIncidentSeq == v.count && closed;
    if (v.lastSignedIncidentSeq == 0)
        v.tail = QStringLiteral("No signed checkpoint covers incident %1: its %2 rows are chained but not signed; rows "
                                "removed from its end cannot be detected.")
                     .arg(v.incident)
                     .arg(v.count);
    else if (v.complete)
        v.tail = QStringLiteral("A signed checkpoint covers all %1 rows of incident %2, through its ReversalClosed "
                                "event: the incident is complete and unaltered.")
                     .arg(v.count)
                     .arg(v.incident);
    else if (v.lastSignedIncidentSeq == v.count)
        v.tail = QStringLiteral("A signed checkpoint covers all %1 rows of incident %2; the reversal is not closed, so "
                                "later rows may follow.")
                     .arg(v.count)
                     .arg(v.incident);
    else
        v.tail = QStringLiteral("%1 incident_seq %2 of incident %3 are chained but not signed; rows removed from the "
                                "incident's end after incident_seq %2 cannot be detected.")
                     .arg(rowsAfter(v.count - v.lastSignedIncidentSeq))
                     .arg(v.lastSignedIncidentSeq)
                     .arg(v.incident);
    if (pending > 0)
        v.tail += QStringLiteral(" %1 checkpoint(s) of the incident are not signed yet.").arg(pending);
    v.message = QStringLiteral("incident %1: %2 rows verified; incident head hash %3.")
                    .arg(v.incident)
                    .arg(v.count)
                    .arg(v.headHash);
    return v;
}

IncidentVerification AuditVerifier::verifyIncident(const QString& databasePath, const QString& incident) {
    IncidentVerification v;
    v.incident = incident;
    v.problem = Problem::Unreadable;
    if (!QFileInfo(databasePath).isFile()) {
        v.message = QStringLiteral("There is no audit log at %1.").arg(QDir::toNativeSeparators(databasePath));
        return v;
    }
    SystemClock clock; // read-only: the log never asks it for the time
    AuditLog log(clock);
    if (!log.open(databasePath, AuditLog::Access::ReadOnly)) {
        v.message = log.errorString();
        return v;
    }
    const QList<AuditRecord> rows = log.incidentRecords(incident);
    if (rows.isEmpty()) {
        v.message = QStringLiteral("There is no incident %1 in this audit log.").arg(incident);
        return v;
    }
    for (const AuditRecord& r : rows)
        if (r.incidentSeq == 0) {
            v.problem = Problem::IncidentChain;
            v.message =
                QStringLiteral("seq %1 of incident %2 has no place in the incident's chain.").arg(r.seq).arg(incident);
            return v;
        }
    return verifyIncident(rows, log.signingKeys(), log.incidentCheckpoints(incident));
}

} // namespace turnback
