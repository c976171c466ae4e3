#pragma once
// Shared by the item-model tests: a read-only IncidentView over IncidentReplay, as a review or a
// console that only watches has one (docs/architecture.md, "The replay"), on which the item models
// are built exactly as on the live session; a short scripted reversal; and the fixtures that put a
// model on a live session, on a review of the log, and on a session that resumed.

#include "AuditLog.h"
#include "Clock.h"
#include "IncidentFixtures.h"
#include "IncidentReplay.h"
#include "IncidentView.h"
#include "Kit.h"

#include <QAbstractItemModelTester>

namespace turnback::test {

class ReplayView : public IncidentView {
public:
    ReplayView(const Kit& kit, const Clock& clock)
        : m_kit(kit)
        , m_clock(clock)
        , m_replay(kit) {}

    /// Replays the reversal's rows from `log` (one changed() for the lot).
    bool load(const AuditLog& log, const QString& incidentId) {
        const bool ok = m_replay.load(log, incidentId);
        m_read = log.headSeq();
        emit changed();
        return ok;
    }
    /// Follows a log another console writes: every row added since, one changed() per row applied.
    int follow(const AuditLog& log) {
        int applied = 0;
        for (const AuditRecord& row : log.records(m_read + 1)) {
            m_read = row.seq;
            if (m_replay.append(row)) {
                ++applied;
                emit changed();
            }
        }
        return applied;
    }

    const Incident& incident() const override { return m_replay.incident(); }
    const Kit& kit() const override { return m_kit; }
    const RubricEngine& engine() const override { return m_replay.engine(); }
    const Clock& clock() const override { return m_clock; }
    void catchUp() override {} // the test moves it on with follow(), row by row
    bool canRecord() const override { return false; }

private:
    Kit m_kit;
    const Clock& m_clock;
    IncidentReplay m_replay;
    qint64 m_read = 0;
};

} // namespace turnback::test

namespace turnback::test {

/// Ana (incident commander) runs a short reversal that writes one event of nearly every kind:
/// an error-rate spike held for 2 min (Slow), four P1s in a minute (Stop), an acknowledgement, a
/// notification ticked, a hand-over to Sam (engineering lead), a hold, a decision taken for the
/// incident commander, and the spike clearing. The clock ends at 6 min; the reversal stays open.
inline void playShortReversal(SimulatedClock& clock, ReversalSession& session) {
    const auto step = [&](qint64 ms) { clock.setNow(at(ms)); };
    QVERIFY(session.start(liveSetup()));
    QVERIFY(session.recordObservation(kErrorRate, 6.0));
    step(2 * kMinute);
    QVERIFY(session.tick());
    step(3 * kMinute);
    for (int i = 0; i < 4; ++i)
        QVERIFY(session.recordObservation(kP1));
    const qint64 p1 = session.incident().latestObligation(kP1)->id;
    step(3 * kMinute + 30 * kSecond);
    QVERIFY(session.acknowledge(p1));
    step(4 * kMinute);
    QVERIFY(session.confirmNotification(p1, QStringLiteral("engineering-lead")));
    step(5 * kMinute);
    QVERIFY(session.changeOperator({QStringLiteral("Sam"), QStringLiteral("engineering-lead")}));
    QVERIFY(session.decide(session.incident().latestObligation(kErrorRate)->id, Decision::Hold,
                           QStringLiteral("Watching the canary")));
    step(6 * kMinute);
    QVERIFY(session.decide(p1, Decision::CarryOut, QStringLiteral("IC on the customer call")));
    QVERIFY(session.recordObservation(kErrorRate, 1.0));
}

} // namespace turnback::test

namespace turnback::test {

/// A bench, a live session on it, and `Model` on the session, checked by QAbstractItemModelTester.
template <typename Model> struct LiveModel {
    Bench bench;
    ReversalSession session{bench.log, bench.clock, bench.kit};
    Model model{session};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};

    /// Opens the log and plays playShortReversal(); false (with the failure reported) if it broke.
    bool playShortReversal() {
        if (!bench.open())
            return false;
        test::playShortReversal(bench.clock, session);
        return !QTest::currentTestFailed();
    }
};

/// A review of the bench's log: the file opened read-only on its own connection, a ReplayView on it.
struct Review {
    explicit Review(const Bench& bench)
        : log(bench.clock)
        , view(bench.kit, bench.clock) {
        opened = log.open(bench.dbPath(), AuditLog::Access::ReadOnly);
    }
    AuditLog log;
    ReplayView view;
    bool opened = false;

    bool load(const QString& incidentId) { return opened && view.load(log, incidentId); }
};

/// Plays playShortReversal() with `Model` on the session, closes the console, and resumes the
/// reversal in a new session at the same instant with a new `Model` on it. `shown` reads every
/// row of a model as text; *before gets what the first model showed.
template <typename Model> struct Restarted {
    Bench bench;
    QStringList before;
    std::unique_ptr<ReversalSession> session;
    std::unique_ptr<Model> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    bool play(QStringList (*shown)(const Model&)) {
        if (!bench.open())
            return false;
        QString id;
        {
            ReversalSession first(bench.log, bench.clock, bench.kit);
            Model live(first);
            test::playShortReversal(bench.clock, first);
            if (QTest::currentTestFailed())
                return false;
            before = shown(live);
            id = first.incident().id();
        }
        session = std::make_unique<ReversalSession>(bench.log, bench.clock, bench.kit);
        model = std::make_unique<Model>(*session);
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        return session->resume(id);
    }
};

} // namespace turnback::test
