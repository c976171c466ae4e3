// The replay serves the review, the after-action report and the evidence export: "what did the
// console show at instant T" must be answered from the log exactly as the live session showed it
// then (docs/architecture.md, "The replay"). Each shipped scenario is played live, step by step, as
// the exercise runner does; at many instants (after the start, at every step, half-way between
// steps while a "for 2 min" wait is pending, at every instant the rubric moved by itself, at and
// after the end) everything the console shows is written down; then the log is opened read-only,
// replayed with IncidentReplay, and at(T) must show the very same, field by field.

#include "AuditLog.h"
#include "Countdown.h"
#include "ExerciseRunner.h"
#include "IncidentFixtures.h"
#include "IncidentReplay.h"
#include "KitDiagnostic.h"
#include "ReversalSession.h"
#include "ScenarioLoader.h"
#include "UtcTime.h"

#include <QDir>
#include <QTest>

using namespace turnback;
using namespace turnback::test;
using namespace Qt::StringLiterals;

namespace {

QString text(const QDateTime& t) {
    return t.isValid() ? utc::format(t) : u"-"_s;
}
template <typename T> QString text(const std::optional<T>& value) {
    if (!value)
        return u"-"_s;
    if constexpr (std::is_same_v<T, QDateTime>)
        return text(*value);
    else if constexpr (std::is_same_v<T, Milliseconds>)
        return QString::number(value->count());
    else if constexpr (std::is_same_v<T, Decision>)
        return decisionId(*value);
    else
        return QString::number(*value, 'g', 17);
}

/// Everything the console shows of a reversal at `now`, one field a line, so that a difference
/// names its field: the level, every obligation with its countdown, and the rubric's statuses.
QStringList shown(const Incident& incident, const RubricEngine& engine, const QDateTime& now) {
    QStringList lines = {
        u"level %1 since %2"_s.arg(levelId(incident.level()), text(incident.levelSince())),
        u"operator %1 (%2)"_s.arg(incident.currentOperator().name, incident.currentOperator().role),
        u"closed %1"_s.arg(text(incident.closedAt())),
        u"timeline rows %1"_s.arg(incident.timeline().size()),
    };
    for (const Obligation& o : incident.obligations()) {
        const QString ob = u"obligation %1 (%2)"_s.arg(o.id).arg(o.signalId);
        lines << u"%1 level %2, owner %3, triggered %4, deadline %5, cleared %6"_s.arg(
            ob, levelId(o.level), o.ownerRole, text(o.triggeredAt), text(o.deadline),
            o.signalCleared ? u"yes"_s : u"no"_s);
        lines << u"%1 acknowledged %2 by %3"_s.arg(ob, text(o.acknowledgedAt), o.acknowledgedBy);
        lines << u"%1 decision %2 at %3 by %4 (%5): %6"_s.arg(ob, text(o.decision),
                                                              o.decision ? text(o.decidedAt) : u"-"_s, o.decidedBy,
                                                              o.decidedByRole, o.decisionReason);
        for (const NotificationItem& item : o.notifications)
            lines << u"%1 tell %2: told %3 by %4"_s.arg(ob, item.role, text(item.confirmedAt), item.confirmedBy);
        const Countdown c = countdownFor(&o, now);
        lines << u"%1 retraction reason: %2"_s.arg(ob, o.retractionReason);
        lines << u"%1 countdown %2, remaining %3 ms, \"%4\""_s.arg(ob, countdownPhaseId(c.phase))
                     .arg(c.remaining.count())
                     .arg(c.text);
    }
    for (const TimelineEntry& entry : incident.timeline())
        if (entry.isRetracted())
            lines << u"entry %1 retracted by %2: %3"_s.arg(entry.seq)
                         .arg(entry.retractedBy->seq)
                         .arg(entry.retractedBy->reason);
    for (const SignalStatus& s : engine.statuses())
        lines << u"rubric %1: %2 since %3, fires at %4, latest %5, window count %6"_s.arg(
            s.signalId, signalPhaseId(s.phase), text(s.since), text(s.firesAt), text(s.latestValue),
            QString::number(s.windowCount));
    return lines;
}

/// What the live console showed at one instant, and why the test looked then.
struct Sighting {
    QDateTime at;
    QString why;
    QStringList shown;
};

/// Plays a scenario live on a simulated clock, writing down what the console shows as it goes.
class LivePlay {
public:
    LivePlay(SimulatedClock& clock, AuditLog& log, const Kit& kit)
        : m_clock(clock)
        , m_session(log, clock, kit) {}

    QList<Sighting> sightings;
    int pendingSightings = 0; ///< sightings taken while a "for" wait was pending

    const ReversalSession& session() const { return m_session; }

    bool play(const Scenario& scenario) {
        const QDateTime start = m_clock.utcNow();
        const QString service = scenario.service.isEmpty() ? m_session.kit().service : scenario.service;
        if (!m_session.start({scenario.title, service, {scenario.op.name, scenario.op.role}, true}))
            return fail(u"start"_s);
        for (qsizetype i = 0; i < scenario.steps.size();) {
            const QDateTime stepAt = start.addMSecs(scenario.steps.at(i).at.count());
            if (i > 0 && stepAt > m_clock.utcNow()) {
                const QDateTime between = m_clock.utcNow().addMSecs(m_clock.utcNow().msecsTo(stepAt) / 2);
                if (!runTo(between))
                    return false;
                look(u"half-way to step %1"_s.arg(i + 1));
            }
            if (!runTo(stepAt))
                return false;
            // Every step at this instant, then one look: the log cannot tell rows of one
            // millisecond apart, nor can a review.
            QStringList done;
            for (; i < scenario.steps.size() && start.addMSecs(scenario.steps.at(i).at.count()) == stepAt; ++i) {
                if (!ExerciseRunner::perform(m_session, scenario.steps.at(i)))
                    return fail(u"step %1 (%2)"_s.arg(i + 1).arg(scenario.steps.at(i).describe()));
                done << QString::number(i + 1);
            }
            look((done.contains(u"1"_s) ? u"just after the start, with step %1"_s : u"at step %1"_s)
                     .arg(done.join(u", "_s)));
        }
        if (!runTo(start.addMSecs(scenario.duration().count())))
            return false;
        look(u"at the end"_s);
        if (!runTo(m_clock.utcNow().addMSecs(90 * kMinute)))
            return false;
        look(u"90 min after the end"_s);
        return true;
    }

    /// At `when`, takes back the observation of `signal` standing `fromNewest` before the newest
    /// one that stands, then looks; the rubric's own changes on the way are looked at too.
    bool retract(const QDateTime& when, const QString& signal, int fromNewest, const QString& reason) {
        if (!runTo(when))
            return false;
        QList<qint64> seen;
        for (const TimelineEntry& entry : m_session.incident().timeline())
            if (const auto* o = std::get_if<events::ObservationRecorded>(&entry.event);
                o && o->signal == signal && !entry.isRetracted())
                seen << entry.seq;
        if (seen.size() <= fromNewest || !m_session.retract(seen.at(seen.size() - 1 - fromNewest), reason))
            return fail(u"retracting %1"_s.arg(signal));
        look(u"just after retracting %1"_s.arg(signal));
        return true;
    }
    bool runAndLook(const QDateTime& target) {
        if (!runTo(target))
            return false;
        look(u"after the retractions"_s);
        return true;
    }

private:
    bool fail(const QString& what) {
        qWarning().noquote() << what << "was refused:" << m_session.errorString();
        return false;
    }

    /// The console's timer: the clock stops at every instant the rubric changes by itself (a look
    /// there too), then at `target`.
    bool runTo(const QDateTime& target) {
        for (std::optional<QDateTime> next = m_session.nextScheduledTransition(); next && *next <= target;
             next = m_session.nextScheduledTransition()) {
            m_clock.setNow(std::max(*next, m_clock.utcNow()));
            if (!m_session.tick())
                return fail(u"the tick at %1"_s.arg(text(*next)));
            look(u"when the rubric moved by itself"_s);
        }
        m_clock.setNow(std::max(target, m_clock.utcNow()));
        return m_session.tick() || fail(u"the tick at %1"_s.arg(text(target)));
    }

    void look(const QString& why) {
        const QDateTime now = m_clock.utcNow();
        for (const SignalStatus& s : m_session.engine().statuses())
            pendingSightings += s.phase == SignalPhase::Pending ? 1 : 0;
        sightings.append({now, u"%1 (%2)"_s.arg(why, text(now)), shown(m_session.incident(), m_session.engine(), now)});
    }

    SimulatedClock& m_clock;
    ReversalSession m_session;
};

/// Replays the log of `live` read-only and compares, at every instant the live session was looked
/// at, everything shown, line by line.
void compareWithReplay(const QString& name, Bench& bench, const LivePlay& live) {
    const QString id = live.session().incident().id();
    // The review: the file opened read-only on its own connection, replayed once, asked per instant.
    AuditLog review(bench.clock);
    QVERIFY(review.open(bench.dbPath(), AuditLog::Access::ReadOnly));
    IncidentReplay replay(bench.kit);
    QVERIFY2(replay.load(review, id), qPrintable(replay.errorString()));
    QVERIFY(replay.missingTransitions().isEmpty());
    for (const Sighting& seen : live.sightings) {
        const IncidentSnapshot snapshot = replay.at(seen.at);
        QCOMPARE(snapshot.at, seen.at);
        const QStringList replayed = shown(snapshot.incident, snapshot.engine, seen.at);
        for (qsizetype line = 0; line < std::max(replayed.size(), seen.shown.size()); ++line) {
            const QString want = seen.shown.value(line, u"(nothing)"_s);
            const QString got = replayed.value(line, u"(nothing)"_s);
            QVERIFY2(want == got,
                     qPrintable(u"%1, %2:\n   live:   %3\n   replay: %4"_s.arg(name, seen.why, want, got)));
        }
    }
    // Asked for no instant, the replay is the whole log: the live session's last state.
    QCOMPARE(replay.lastSeq(), test::rowsOf(review, id).constLast().seq);
    QCOMPARE(shown(replay.incident(), replay.at(live.sightings.constLast().at).engine, live.sightings.constLast().at),
             live.sightings.constLast().shown);
}

Scenario inlineScenario(const QByteArray& steps, const Kit& kit) {
    const QByteArray yaml =
        "format: 1\ntitle: Inline\nservice: Checkout\noperator: {name: Sam, role: incident-commander}\nsteps:\n" +
        steps;
    const ScenarioLoadResult result = ScenarioLoader::loadFromBytes(yaml, u"inline.yaml"_s, kit);
    if (!result.ok())
        qWarning().noquote() << diagnosticsText(result.errors);
    return result.scenario.value_or(Scenario{});
}

} // namespace

class TestReplayMatchesLive : public QObject {
    Q_OBJECT
private slots:
    void replayShowsWhatTheLiveSessionShowed_data();
    void replayShowsWhatTheLiveSessionShowed();
    void afterTheCloseTheRubricStaysWhereItWas_data();
    void afterTheCloseTheRubricStaysWhereItWas();
    void aRetractionReplaysAsItWasLive();
};

void TestReplayMatchesLive::replayShowsWhatTheLiveSessionShowed_data() {
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(QStringLiteral(TURNBACK_SCENARIO_DIR)).entryList({u"*.yaml"_s}, QDir::Files);
    QVERIFY2(!files.isEmpty(), TURNBACK_SCENARIO_DIR);
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << QStringLiteral(TURNBACK_SCENARIO_DIR "/") + file;
}

void TestReplayMatchesLive::replayShowsWhatTheLiveSessionShowed() {
    QFETCH(QString, file);
    Bench bench;
    QVERIFY(bench.open());
    const ScenarioLoadResult loaded = ScenarioLoader::load(file, bench.kit);
    QVERIFY2(loaded.ok(), qPrintable(diagnosticsText(loaded.errors)));

    LivePlay live(bench.clock, bench.log, bench.kit);
    QVERIFY(live.play(*loaded.scenario));
    // Every shipped scenario holds a "for 2 min" wait between two steps: the half-way looks saw it.
    QVERIFY2(live.pendingSightings > 0, "no look was taken while a wait was pending");
    QVERIFY(live.sightings.size() >= loaded.scenario->steps.size() / 2 + 3);
    compareWithReplay(QFileInfo(file).fileName(), bench, live);
}

// Once closed, the live session records nothing more and its rubric stops where it was: a wait
// still pending never fires, a count never leaves its window. A review after the close must not
// move it on either, or it would show a trigger (or a clear) that is in no row of the log.
void TestReplayMatchesLive::afterTheCloseTheRubricStaysWhereItWas_data() {
    QTest::addColumn<QByteArray>("steps");
    QTest::newRow("closed while a wait is pending") << QByteArray("  - at: 0s\n    observe: error-rate\n    value: 7\n"
                                                                  "  - at: 1m\n    close: Closed early\n");
    QTest::newRow("closed with a count in its window")
        << QByteArray("  - at: 0s\n    observe: p1-count\n  - at: 0s\n    observe: p1-count\n"
                      "  - at: 0s\n    observe: p1-count\n  - at: 0s\n    observe: p1-count\n"
                      "  - at: 30s\n    decide: p1-count\n    decision: carry-out\n"
                      "  - at: 1m\n    close: Deploy halted\n");
}

void TestReplayMatchesLive::afterTheCloseTheRubricStaysWhereItWas() {
    QFETCH(QByteArray, steps);
    Bench bench;
    QVERIFY(bench.open());
    const Scenario scenario = inlineScenario(steps, bench.kit);
    QVERIFY(!scenario.steps.isEmpty());
    LivePlay live(bench.clock, bench.log, bench.kit);
    QVERIFY(live.play(scenario));
    QVERIFY(live.session().incident().isClosed());
    // The last look, 90 min after the close, still shows the rubric as it stood at the close.
    const QString last = live.sightings.constLast().shown.filter(u"rubric "_s).join(u"\n"_s);
    QVERIFY2(last.contains(u": pending since"_s) || last.contains(u"window count 4"_s), qPrintable(last));
    compareWithReplay(QString::fromLatin1(QTest::currentDataTag()), bench, live);
}

// Issue 8: a retraction rebuilds the rubric from what stands. The review must rebuild it at the same
// instant and come to the same: a wait a mistyped sample had cancelled runs again and fires, a
// trigger that rested on a mistaken occurrence clears, one of four P1s taken back clears the count.
void TestReplayMatchesLive::aRetractionReplaysAsItWasLive() {
    Bench bench;
    QVERIFY(bench.open());
    const Scenario scenario = inlineScenario("  - at: 0s\n    observe: error-rate\n    value: 7\n"
                                             "  - at: 1m\n    observe: error-rate\n    value: 2\n"
                                             "  - at: 1m\n    observe: regulator-inquiry\n"
                                             "  - at: 2m\n    observe: p1-count\n  - at: 2m\n    observe: p1-count\n"
                                             "  - at: 2m\n    observe: p1-count\n  - at: 2m\n    observe: p1-count\n"
                                             "  - at: 3m\n    observe: error-rate\n    value: 9\n",
                                             bench.kit);
    QVERIFY(!scenario.steps.isEmpty());
    LivePlay live(bench.clock, bench.log, bench.kit);
    QVERIFY(live.play(scenario));
    QVERIFY(!live.session().incident().isClosed());
    const QDateTime end = bench.clock.utcNow();
    // The 9 % at 3 min, then the 2 % at 1 min: the 7 % holds from 0:00 again.
    QVERIFY(live.retract(end.addSecs(10), kErrorRate, 0, u"Belongs to another service"_s));
    QVERIFY(live.retract(end.addSecs(20), kErrorRate, 0, u"Typed 2 for 12"_s));
    QVERIFY(live.retract(end.addSecs(30), u"regulator-inquiry"_s, 0, u"Wrong key"_s));
    QVERIFY(live.retract(end.addSecs(40), kP1, 1, u"Counted twice"_s));
    QVERIFY(live.runAndLook(end.addSecs(600)));
    const Incident& incident = live.session().incident();
    QVERIFY(incident.latestObligation(u"regulator-inquiry"_s)->signalCleared);
    QVERIFY(incident.latestObligation(kP1)->signalCleared);
    QCOMPARE(live.session().engine().status(kErrorRate).phase, SignalPhase::Triggered);
    compareWithReplay(u"retractions"_s, bench, live);
}

QTEST_MAIN(TestReplayMatchesLive)
#include "TestReplayMatchesLive.moc"
