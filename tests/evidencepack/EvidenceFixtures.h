#pragma once
// A real log with a reversal worth exporting: a live reversal interleaved with another one, a
// trigger decided in time, a comms row, an attachment and a correction, signed with a real key.

#include "../audit/AuditTestSupport.h"
#include "../incident/IncidentFixtures.h"
#include "SigningKey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>

#include <memory>

namespace turnback::test {

/// Runs a stock tool in `folder`; exit code and both streams.
inline Run tool(const QString& program, const QStringList& args, const QString& folder) {
    return runProgram(program, args, QProcessEnvironment::systemEnvironment(), folder);
}

struct EvidenceBench : Bench {
    std::shared_ptr<const SigningKey> key;
    QString incident; ///< the live reversal the tests export
    QString other;    ///< a second reversal whose rows are interleaved with it
    QByteArray artifact = QByteArrayLiteral("rollback-plan v3\nstep 1: drain canary\n");

    /// Records the story; false (with a QFAIL-able message in `why`) when any step is refused.
    /// Without `sign`, the log has no key: its checkpoints stay pending.
    bool record(bool exercise, QString* why, bool sign = true) {
        auto signing = SigningKey::generate();
        key = std::make_shared<const SigningKey>(std::move(*signing));
        if (!open() || (sign && !log.setSigningKey(key, QStringLiteral("file")))) {
            *why = log.errorString();
            return false;
        }
        ReversalSession session(log, clock, kit);
        ReversalSession second(log, clock, kit);
        if (!session.start({QStringLiteral("Checkout v2.3 rollout"),
                            QStringLiteral("checkout"),
                            {QStringLiteral("Ana Lima"), QStringLiteral("incident-commander")},
                            exercise}) ||
            !second.start({QStringLiteral("Search latency"),
                           QStringLiteral("search"),
                           {QStringLiteral("Bo"), QStringLiteral("engineering-lead")},
                           false})) {
            *why = session.errorString() + second.errorString();
            return false;
        }
        incident = session.incident().id();
        other = second.incident().id();
        const bool ok = session.recordObservation(kErrorRate, 7.0) && second.recordObservation(kErrorRate, 0.1) &&
                        session.recordObservation(kErrorRate, 99.0);
        // The 99.0 observation, retracted below.
        const qint64 mistaken = rowsOf(log, incident, EventKind::ObservationRecorded).last().seq;
        setTime(2 * kMinute);
        if (!ok || !session.tick() || !second.tick()) {
            *why = session.errorString();
            return false;
        }
        const Obligation* triggered = session.incident().latestObligation(kErrorRate);
        if (!triggered) {
            *why = QStringLiteral("error-rate did not trigger");
            return false;
        }
        const qint64 obligation = triggered->id;
        setTime(3 * kMinute);
        QDir().mkpath(dbPath() + QStringLiteral(".evidence/rev"));
        QFile file(dbPath() + QStringLiteral(".evidence/rev/rollback-plan.txt"));
        if (!file.open(QIODevice::WriteOnly) || file.write(artifact) != artifact.size())
            return false;
        file.close();
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(artifact, QCryptographicHash::Sha256).toHex());
        const bool done =
            session.retract(mistaken, QStringLiteral("typed 99 for 9.9")) &&
            session.decide(obligation, Decision::CarryOut, QStringLiteral("error rate above 5 % for two minutes")) &&
            session
                .recordAside(QStringLiteral("comms.sent"), QStringLiteral("status-page"),
                             {{QStringLiteral("audience"), QStringLiteral("customers")},
                              {QStringLiteral("subject"), QStringLiteral("Checkout degraded")},
                              {QStringLiteral("body"), QStringLiteral("We are rolling back.\nNext update 10:30.")}})
                .has_value() &&
            session
                .recordAside(QStringLiteral("evidence.attached"), QStringLiteral("rev/rollback-plan.txt"),
                             {{QStringLiteral("path"), QStringLiteral("rev/rollback-plan.txt")},
                              {QStringLiteral("sha256"), sha},
                              {QStringLiteral("size"), artifact.size()},
                              {QStringLiteral("original_name"), QStringLiteral("rollback-plan.txt")}})
                .has_value() &&
            second.recordObservation(kErrorRate, 0.2) && session.close(QStringLiteral("rolled back"));
        if (!done)
            *why = session.errorString() + second.errorString();
        return done;
    }
};

} // namespace turnback::test
