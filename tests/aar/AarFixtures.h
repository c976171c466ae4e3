#pragma once
// Shared by the after-action report tests: a scripted exercise written by the real session into a real
// SQLite log, whose every timer's outcome is known to the second (early, exactly on time, late, never),
// with inject rows written through the real AuditLog writer in the documented shape (exercise.inject,
// exercise.started: the trainer's console writes them; docs/after-action-report.md).

#include "IncidentFixtures.h"
#include "ReversalSession.h"
#include "ReviewFixtures.h" // folderState

#include <QJsonArray>

namespace turnback::test {

inline QJsonObject expects(const QString& act, const QString& item, const QString& role, qint64 withinMs) {
    QJsonObject e{{QStringLiteral("act"), act}, {QStringLiteral("item"), item}};
    if (!role.isEmpty())
        e.insert(QStringLiteral("role"), role);
    if (withinMs >= 0)
        e.insert(QStringLiteral("within_ms"), withinMs);
    return e;
}

/// The scripted exercise. Times are after the start (09:00:00 UTC, 14 March 2026):
///   decisions  p1-count: triggered 1:00, due 3:00, decided 2:00 (60 s early)
///              error-rate: triggered 3:00 (held 2 min), due 8:00, decided 8:00 (exactly on time)
///              data-loss: triggered 4:00, immediate, decided 4:30 (30 s late)
///              regulator-inquiry: triggered 9:00, immediate, never decided
///   comms      internal-alert due 15:00, sent 10:00 (300 s early); customer-notice due 1:00:00, sent 1:00:00
///              (on time); regulator-update due 24 h, never sent
///   regulator  gdpr-notification: aware 5:00, due 72 h later, sent 72 h 5:30 (30 s late)
///   data steps injected 5:00: snapshot/scope within 5 min, done 6:00 (240 s early); take-snapshot within
///              2 min, done 7:00 (on time); verify-snapshot within 1 min, done 8:00 (120 s late);
///              restrict-access within 1 min, never
///   injects    F (0:30) decide p1-count by incident-commander within 5 min: met;
///              G (5:00) acknowledge data-loss by service-owner within 1 min: never (gap);
///              H (4:00) decide data-loss by service-owner within 5 min: decided by the incident
///              commander instead (gap, wrong role); E (5:00) a message with no expectation (gap);
///              C (late, gap); D (never, gap)
/// The log ends (last row) at 72 h 5:30; the reversal is left open.
struct ScriptedExercise {
    Bench bench;
    QString id;
    Kit kit = withGdpr(baselineKit());
    /// Stops after the internal alert at 10:00 and closes at 10:30 (for a screenshot whose chart is not
    /// 72 hours wide).
    bool shortRun = false;

    static Kit withGdpr(Kit kit) {
        for (Regulator& r : kit.regulators)
            if (r.id == QLatin1String("gdpr"))
                r.enabled = true;
        return kit;
    }
    static constexpr qint64 kEnd = 72 * kHour + 5 * kMinute + 30 * kSecond;

    bool appendRow(const QString& kind, const QString& target, QJsonObject payload) {
        payload.insert(QStringLiteral("exercise"), true);
        return bench.log.append({QStringLiteral("Trainer"), kind, target, id, payload}).has_value();
    }
    bool inject(const QString& injectId, const QString& text, const QJsonArray& expectations, const QString& to = {}) {
        QJsonObject p{{QStringLiteral("inject"), injectId},
                      {QStringLiteral("kind"), QStringLiteral("message")},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("expects"), expectations}};
        if (!to.isEmpty())
            p.insert(QStringLiteral("to"), to);
        return appendRow(QStringLiteral("exercise.inject"), injectId, p);
    }
    bool step(ReversalSession& s, const QString& stepId) {
        events::DataStepRecorded step;
        step.procedure = QStringLiteral("snapshot");
        step.step = stepId;
        for (const QString& name : kit.dataProcedure(step.procedure)->step(stepId)->evidence)
            step.evidence.append({name, QStringLiteral("x")});
        return s.recordDataStep(step);
    }
    bool send(ReversalSession& s, const QString& templateId) {
        events::CommsSent sent;
        sent.templateId = templateId;
        sent.channel = events::CommsChannel::Clipboard;
        sent.subject = templateId;
        sent.body = QStringLiteral("body");
        return s.recordComms(sent);
    }

    /// Writes the run; `close` closes the log file afterwards (no -wal left beside it).
    bool write(bool close = true) {
        if (!bench.open())
            return false;
        ReversalSession s(bench.log, bench.clock, kit);
        bool ok = s.start({QStringLiteral("Checkout drill"),
                           QStringLiteral("checkout"),
                           {QStringLiteral("Ana"), QStringLiteral("incident-commander")},
                           true});
        id = s.incident().id();
        ok = ok && appendRow(QStringLiteral("exercise.started"), QStringLiteral("drill.yaml"),
                             {{QStringLiteral("scenario_title"), QStringLiteral("Checkout drill")},
                              {QStringLiteral("scenario_file"), QStringLiteral("drill.yaml")},
                              {QStringLiteral("scenario_sha256"), QString(64, QLatin1Char('a'))},
                              {QStringLiteral("objectives"), QJsonArray{QStringLiteral("Decide within each timer")}},
                              {QStringLiteral("participants"),
                               QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana")},
                                                      {QStringLiteral("role"), QStringLiteral("incident-commander")}},
                                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Bo")},
                                                      {QStringLiteral("role"), QStringLiteral("service-owner")}}}},
                              {QStringLiteral("format"), QStringLiteral("tabletop")}});
        const auto obligationOf = [&s](const QString& signal) {
            const Obligation* o = s.incident().latestObligation(signal);
            return o ? o->id : qint64(-1);
        };
        const QString reason = QStringLiteral("drill");
        bench.setTime(30 * kSecond);
        ok = ok && inject(QStringLiteral("F"), QStringLiteral("P1s are piling up"),
                          {expects(QStringLiteral("decide"), kP1, QStringLiteral("incident-commander"), 5 * kMinute)});
        bench.setTime(1 * kMinute);
        for (int i = 0; i < 4; ++i)
            ok = ok && s.recordObservation(kP1);
        ok = ok && s.recordObservation(kErrorRate, 10.0);
        bench.setTime(2 * kMinute);
        ok = ok && s.decide(obligationOf(kP1), Decision::CarryOut, {});
        bench.setTime(3 * kMinute);
        ok = ok && s.tick();
        bench.setTime(4 * kMinute);
        ok = ok && inject(QStringLiteral("H"), QStringLiteral("A customer reports lost carts"),
                          {expects(QStringLiteral("decide"), kDataLoss, QStringLiteral("service-owner"), 5 * kMinute)});
        ok = ok && s.recordObservation(kDataLoss);
        bench.setTime(4 * kMinute + 30 * kSecond);
        ok = ok && s.decide(obligationOf(kDataLoss), Decision::CarryOut, reason);
        bench.setTime(5 * kMinute);
        ok = ok && inject(QStringLiteral("A"), QStringLiteral("Scope the data"),
                          {expects(QStringLiteral("data-step"), QStringLiteral("snapshot/scope"), {}, 5 * kMinute)});
        ok = ok &&
             inject(QStringLiteral("B"), QStringLiteral("Snapshot now"),
                    {expects(QStringLiteral("data-step"), QStringLiteral("snapshot/take-snapshot"), {}, 2 * kMinute)});
        ok =
            ok &&
            inject(QStringLiteral("C"), QStringLiteral("Verify it"),
                   {expects(QStringLiteral("data-step"), QStringLiteral("snapshot/verify-snapshot"), {}, 1 * kMinute)});
        ok =
            ok &&
            inject(QStringLiteral("D"), QStringLiteral("Lock it down"),
                   {expects(QStringLiteral("data-step"), QStringLiteral("snapshot/restrict-access"), {}, 1 * kMinute)});
        ok = ok &&
             inject(QStringLiteral("G"), QStringLiteral("Data loss confirmed"),
                    {expects(QStringLiteral("acknowledge"), kDataLoss, QStringLiteral("service-owner"), 1 * kMinute)},
                    QStringLiteral("service-owner"));
        ok = ok &&
             inject(QStringLiteral("E"), QStringLiteral("The press calls"), {}, QStringLiteral("communications-lead"));
        ok = ok && s.recordRegulatorTrigger(QStringLiteral("became-aware"));
        bench.setTime(5 * kMinute + 30 * kSecond);
        ok = ok && s.changeOperator({QStringLiteral("Bo"), QStringLiteral("service-owner")});
        ok = ok && s.startDataProcedure(QStringLiteral("snapshot"));
        bench.setTime(6 * kMinute);
        ok = ok && step(s, QStringLiteral("scope"));
        bench.setTime(7 * kMinute);
        ok = ok && step(s, QStringLiteral("take-snapshot"));
        bench.setTime(8 * kMinute);
        ok = ok && step(s, QStringLiteral("verify-snapshot"));
        ok = ok && s.decide(obligationOf(kErrorRate), Decision::CarryOut, reason);
        bench.setTime(9 * kMinute);
        ok = ok && s.recordObservation(QStringLiteral("regulator-inquiry"));
        bench.setTime(10 * kMinute);
        ok = ok && send(s, QStringLiteral("internal-alert"));
        if (!shortRun) {
            bench.setTime(kHour);
            ok = ok && send(s, QStringLiteral("customer-notice"));
            bench.setTime(kEnd);
            ok = ok && send(s, QStringLiteral("gdpr-notification"));
        } else {
            // Closed, so that a console opened on a copy does not resume it (and write at today's time).
            bench.setTime(10 * kMinute + 30 * kSecond);
            ok = ok && s.close(QStringLiteral("Drill ended"));
        }
        if (!ok)
            qWarning("scripted exercise: %s", qPrintable(s.errorString()));
        if (close)
            bench.log.close();
        return ok;
    }
};

} // namespace turnback::test
