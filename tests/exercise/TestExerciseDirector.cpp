// The trainer's controls on the exercise clock (ExerciseDirector): a pause stops every countdown, a
// speed change keeps every deadline, a jump lands on the next inject, and the director writes what
// the headless runner writes. Real sessions on real SQLite files; real time is a ManualRealTimeSource.
#include "AuditLog.h"
#include "Clock.h"
#include "ExerciseDirector.h"
#include "ExerciseRunner.h"
#include "IncidentRegulators.h"
#include "KitLoader.h"
#include "OwedItems.h"
#include "RealTimeSource.h"
#include "ReversalSession.h"
#include "ScenarioLoader.h"
#include "UtcTime.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using namespace turnback;

namespace {

const Kit& regulatedKit() {
    // The baseline with every regime switched on, so a became-aware trigger starts a GDPR clock.
    static const KitLoadResult loaded =
        KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT),
                        {QStringLiteral(TURNBACK_SCENARIO_DIR "/../kits/examples/all-regulators.overlay.yaml")});
    return *loaded.kit;
}

const QDateTime start = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

// An error spike that triggers at 2 min (owner timer 5 min), a regulator trigger at 1 min, and two
// messages; every comms template with a deadline is owed from the start.
const QByteArray drill = "format: 2\n"
                         "title: Director drill\n"
                         "service: Checkout\n"
                         "operator: {name: Sam, role: incident-commander}\n"
                         "steps:\n"
                         "  - at: 0s\n"
                         "    id: spike\n"
                         "    observe: error-rate\n"
                         "    value: 7.5\n"
                         "  - at: 1m\n"
                         "    regulator-trigger: became-aware\n"
                         "  - at: 3m\n"
                         "    id: call\n"
                         "    message: The regulator calls.\n"
                         "    to: policy-lead\n"
                         "    expect:\n"
                         "      - {act: comms, item: regulator-update, by: policy-lead, within: 20m}\n"
                         "  - at: 10m\n"
                         "    id: later\n"
                         "    message: Still there?\n";

Scenario load(const QByteArray& yaml) {
    const ScenarioLoadResult result = ScenarioLoader::loadFromBytes(yaml, QStringLiteral("drill.yaml"), regulatedKit());
    if (!result.ok())
        qWarning().noquote() << diagnosticsText(result.errors);
    return result.scenario.value_or(Scenario{});
}

/// Every deadline the console counts down to: owner decisions, owed comms, data steps and regulator clocks.
QMap<QString, QDateTime> deadlines(const ReversalSession& session) {
    QMap<QString, QDateTime> out;
    for (const OwedItem& item : owedItems(session.incident(), session.clock().utcNow(), &session.kit()))
        if (item.deadline.isValid())
            out.insert(
                QStringLiteral("%1/%2/%3/%4").arg(int(item.kind)).arg(item.obligation).arg(item.comms, item.told),
                item.deadline);
    for (const RegulatorClock& clock : IncidentRegulators::running(session.incident(), session.kit()))
        out.insert(QStringLiteral("regulator/%1/%2").arg(clock.regime, clock.report), clock.dueUtc);
    return out;
}

/// What each countdown shows now: deadline - now, in ms.
QMap<QString, qint64> remaining(const ReversalSession& session) {
    QMap<QString, qint64> out;
    const QDateTime now = session.clock().utcNow();
    const QMap<QString, QDateTime> all = deadlines(session);
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        out.insert(it.key(), now.msecsTo(it.value()));
    return out;
}

/// A director on a fresh log, clock and session, with real time in the test's hand.
struct Room {
    test::ScratchDir scratch;
    QString path = scratch.file(QStringLiteral("drill.sqlite"));
    ManualRealTimeSource realTime;
    SimulatedClock clock{start, realTime};
    AuditLog log{clock};
    Scenario scenario;
    std::unique_ptr<ReversalSession> session;
    std::unique_ptr<ExerciseDirector> director;

    explicit Room(const Scenario& played, const Kit& kit = regulatedKit())
        : scenario(played) {
        QVERIFY(log.open(path));
        session = std::make_unique<ReversalSession>(log, clock, kit);
        QVERIFY(session->start({scenario.title, scenario.service, {scenario.op.name, scenario.op.role}, true}));
        director = std::make_unique<ExerciseDirector>(*session, clock, scenario);
        QVERIFY2(director->begin(), qPrintable(director->errorString()));
    }

    /// Lets `by` of real time pass and the event loop run, as the GUI does: the director's wake-up
    /// (a ClockScheduler) is re-armed for the clock's new now by a zero jump, since the real timer
    /// it armed counts the machine's time, not the manual source's.
    void pass(std::chrono::milliseconds by) {
        realTime.advance(by);
        clock.setNow(clock.utcNow());
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        session->tick();
    }
    QList<AuditRecord> rows(const QString& kind) const {
        QList<AuditRecord> out;
        for (const AuditRecord& r : log.incidentRecords(session->incident().id()))
            if (r.kind == kind)
                out << r;
        return out;
    }
};

QJsonObject payloadOf(const AuditRecord& record) {
    return QJsonDocument::fromJson(record.payload.toUtf8()).object();
}

/// The rows of an incident as kind + payload, without the trainer's controls; seqs named in
/// payloads (an obligation is the seq of its trigger) become the row's place among these rows, so
/// two logs compare whatever else they hold.
QStringList comparable(const AuditLog& log, const QString& incident) {
    QList<AuditRecord> rows;
    for (const AuditRecord& r : log.incidentRecords(incident))
        if (r.kind != events::ExerciseControl::kind)
            rows << r;
    QHash<qint64, int> place;
    for (int i = 0; i < rows.size(); ++i)
        place.insert(rows.at(i).seq, i + 1);
    QStringList out;
    for (const AuditRecord& r : std::as_const(rows)) {
        QJsonObject payload = payloadOf(r);
        for (const QString& key : {QStringLiteral("obligation"), QStringLiteral("blocking_obligation")})
            if (payload.contains(key) && payload.value(key).toInteger() > 0)
                payload.insert(key, place.value(payload.value(key).toInteger(), -1));
        // A message carries the log head it was sent at, which counts the trainer's control rows too:
        // the same message, a different fingerprint (and so a different hash of its bytes).
        if (r.kind == events::CommsSent::kind) {
            const QString head = payload.value(QStringLiteral("log_head")).toString();
            payload.insert(QStringLiteral("body"),
                           payload.value(QStringLiteral("body")).toString().replace(head, QStringLiteral("HEAD")));
            payload.insert(QStringLiteral("log_head"), QStringLiteral("HEAD"));
            payload.remove(QStringLiteral("sha256"));
        }
        out << r.kind + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    }
    return out;
}

} // namespace

class TestExerciseDirector : public QObject {
    Q_OBJECT
private slots:
    void stepsAtTheStartPlayAtOnce();
    void pauseStopsEveryCountdownAndClock();
    void speedChangeKeepsEveryDeadline();
    void jumpLandsExactlyOnTheNextInject();
    void addedInjectIsRecordedWithItsExpectation();
    void liveRoomPlaysOnlyTheInjects();
    void directorWritesWhatTheRunnerWrites();
};

void TestExerciseDirector::stepsAtTheStartPlayAtOnce() {
    Room room(load(drill));
    QVERIFY(room.clock.isPaused()); // nothing moves until the trainer starts
    QCOMPARE(room.rows(events::ExerciseStarted::kind).size(), 1);
    const QList<AuditRecord> injects = room.rows(events::ExerciseInject::kind);
    QCOMPARE(injects.size(), 1);
    QCOMPARE(payloadOf(injects.first()).value(QStringLiteral("inject")).toString(), QStringLiteral("spike"));
    QCOMPARE(room.session->incident().observations().value(QStringLiteral("error-rate")).value, std::optional(7.5));
    QVERIFY(room.director->begin()); // once only
    QCOMPARE(room.rows(events::ExerciseStarted::kind).size(), 1);
}

void TestExerciseDirector::pauseStopsEveryCountdownAndClock() {
    Room room(load(drill));
    QSignalSpy injected(room.director.get(), &ExerciseDirector::injected);
    QVERIFY(room.director->start());
    room.pass(150s); // 2 min 30 s: the trigger at 1 min is in, the spike fired at 2 min
    QCOMPARE(room.clock.utcNow(), start.addSecs(150));
    QVERIFY(room.session->incident().regulatorTriggers().contains(QStringLiteral("became-aware")));
    const QMap<QString, qint64> before = remaining(*room.session);
    // An owner countdown, owed comms and a regulator clock are all running.
    QVERIFY(std::any_of(before.keyBegin(), before.keyEnd(),
                        [](const QString& k) { return k.startsWith(QStringLiteral("0/")); }));
    QVERIFY(std::any_of(before.keyBegin(), before.keyEnd(),
                        [](const QString& k) { return k.contains(QStringLiteral("internal-alert")); }));
    QVERIFY(before.contains(QStringLiteral("regulator/gdpr/notification")));

    QVERIFY(room.director->pause());
    const qint64 head = room.log.headSeq();
    room.pass(10min); // ten real minutes of a paused room
    QCOMPARE(room.clock.utcNow(), start.addSecs(150));
    QCOMPARE(remaining(*room.session), before);
    QCOMPARE(injected.size(), 0); // the message at 3 min did not arrive
    QCOMPARE(room.log.headSeq(), head);
    QVERIFY(!room.director->pause()); // already paused

    QVERIFY(room.director->resume());
    room.pass(60s);
    QCOMPARE(room.clock.utcNow(), start.addSecs(210));
    const QMap<QString, qint64> after = remaining(*room.session);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(after.value(it.key()), it.value() - 60'000);
    QCOMPARE(injected.size(), 1);

    const QList<AuditRecord> controls = room.rows(events::ExerciseControl::kind);
    QCOMPARE(controls.size(), 3);
    QCOMPARE(payloadOf(controls.at(1)).value(QStringLiteral("action")).toString(), QStringLiteral("pause"));
    QCOMPARE(payloadOf(controls.at(1)).value(QStringLiteral("from")).toString(), utc::format(start.addSecs(150)));
    QCOMPARE(payloadOf(controls.at(2)).value(QStringLiteral("action")).toString(), QStringLiteral("resume"));
}

void TestExerciseDirector::speedChangeKeepsEveryDeadline() {
    Room room(load(drill));
    QVERIFY(room.director->start());
    room.pass(150s);
    const QMap<QString, QDateTime> before = deadlines(*room.session);
    const QMap<QString, qint64> left = remaining(*room.session);
    QVERIFY(before.size() >= 4);
    for (double speed : {2.0, 5.0, 10.0, 1.0}) {
        QVERIFY(room.director->setSpeed(speed));
        QCOMPARE(room.director->speed(), speed);
        QCOMPARE(deadlines(*room.session), before); // the same UTC deadlines, to the millisecond
    }
    QVERIFY(room.director->setSpeed(10.0));
    room.pass(6s); // six real seconds at 10x: one minute of exercise
    QCOMPARE(room.clock.utcNow(), start.addSecs(210));
    QCOMPARE(deadlines(*room.session), before);
    const QMap<QString, qint64> now = remaining(*room.session);
    for (auto it = left.cbegin(); it != left.cend(); ++it)
        QCOMPARE(now.value(it.key()), it.value() - 60'000);
    QVERIFY(!room.director->setSpeed(3.0)); // 1x, 2x, 5x or 10x
    QCOMPARE(room.director->speed(), 10.0);
    const QList<AuditRecord> controls = room.rows(events::ExerciseControl::kind);
    QCOMPARE(payloadOf(controls.last()).value(QStringLiteral("action")).toString(), QStringLiteral("speed"));
    QCOMPARE(payloadOf(controls.last()).value(QStringLiteral("speed")).toDouble(), 10.0);
}

void TestExerciseDirector::jumpLandsExactlyOnTheNextInject() {
    Room room(load(drill));
    QSignalSpy injected(room.director.get(), &ExerciseDirector::injected);
    QVERIFY(room.director->start());
    room.pass(20s);
    QCOMPARE(room.director->nextInjectAt(), std::optional(start.addSecs(180)));
    QVERIFY(room.director->jumpToNextInject());
    QCOMPARE(room.clock.utcNow(), start.addSecs(180)); // exactly on the inject
    QVERIFY(!room.clock.isPaused());                   // and still running, as before the jump
    QCOMPARE(injected.size(), 1);
    QCOMPARE(injected.first().at(1).toDateTime(), start.addSecs(180));
    const AuditRecord call = room.rows(events::ExerciseInject::kind).last();
    QCOMPARE(call.atUtc, utc::format(start.addSecs(180)));
    QCOMPARE(payloadOf(call).value(QStringLiteral("to")).toString(), QStringLiteral("policy-lead"));
    // What the jump passed over is recorded at its own instant: the trigger at 1 min, the spike at 2 min.
    QCOMPARE(room.rows(QStringLiteral("regulator.trigger")).value(0).atUtc, utc::format(start.addSecs(60)));
    const QList<AuditRecord> triggered = room.rows(QStringLiteral("SignalTriggered"));
    QCOMPARE(triggered.size(), 1);
    QCOMPARE(payloadOf(triggered.first()).value(QStringLiteral("at")).toString(), utc::format(start.addSecs(120)));
    QCOMPARE(triggered.first().atUtc, utc::format(start.addSecs(120)));
    const QJsonObject jump = payloadOf(room.rows(events::ExerciseControl::kind).last());
    QCOMPARE(jump.value(QStringLiteral("action")).toString(), QStringLiteral("jump"));
    QCOMPARE(jump.value(QStringLiteral("from")).toString(), utc::format(start.addSecs(20)));
    QCOMPARE(jump.value(QStringLiteral("to")).toString(), utc::format(start.addSecs(180)));

    QVERIFY(room.director->pause()); // a jump while paused stays paused
    QVERIFY(room.director->jumpToNextInject());
    QCOMPARE(room.clock.utcNow(), start.addSecs(600));
    QVERIFY(room.clock.isPaused());
    QVERIFY(!room.director->jumpToNextInject()); // none left
    QVERIFY(room.director->isFinished());
}

void TestExerciseDirector::addedInjectIsRecordedWithItsExpectation() {
    Room room(load(drill));
    QVERIFY(room.director->start());
    room.pass(30s);
    QSignalSpy injected(room.director.get(), &ExerciseDirector::injected);
    QVERIFY(!room.director->addInject(QStringLiteral("  "), {}));
    QVERIFY(
        room.director->addInject(QStringLiteral("The press calls."), QStringLiteral("communications-lead"),
                                 events::ExerciseExpectation{QStringLiteral("comms"), QStringLiteral("customer-notice"),
                                                             QStringLiteral("communications-lead"), 600'000}));
    QCOMPARE(injected.size(), 1);
    const AuditRecord row = room.rows(events::ExerciseInject::kind).last();
    QCOMPARE(row.atUtc, utc::format(start.addSecs(30)));
    const std::optional<events::ExerciseInject> added = events::ExerciseInject::fromJson(payloadOf(row));
    QVERIFY(added);
    QCOMPARE(added->inject, QStringLiteral("trainer-1"));
    QCOMPARE(added->to, QStringLiteral("communications-lead"));
    QCOMPARE(added->expects.size(), 1);
    const QJsonObject control = payloadOf(room.rows(events::ExerciseControl::kind).last());
    QCOMPARE(control.value(QStringLiteral("action")).toString(), QStringLiteral("inject-added"));
    QCOMPARE(control.value(QStringLiteral("inject")).toString(), QStringLiteral("trainer-1"));
}

void TestExerciseDirector::liveRoomPlaysOnlyTheInjects() {
    Room room(load(drill));
    QVERIFY(room.director->setPlayOperatorSteps(false));
    const QJsonObject toggled = payloadOf(room.rows(events::ExerciseControl::kind).last());
    QCOMPARE(toggled.value(QStringLiteral("action")).toString(), QStringLiteral("operator-steps"));
    QCOMPARE(toggled.value(QStringLiteral("operator_steps")).toString(), QStringLiteral("live"));
    QVERIFY(room.director->start());
    QVERIFY(room.director->jumpToNextInject());
    QCOMPARE(room.clock.utcNow(), start.addSecs(180));
    // The regulator trigger at 1 min is the room's to record now, not the script's.
    QVERIFY(!room.session->incident().regulatorTriggers().contains(QStringLiteral("became-aware")));
    QCOMPARE(room.rows(events::ExerciseInject::kind).size(), 2);
}

void TestExerciseDirector::directorWritesWhatTheRunnerWrites() {
    // The shipped canary, headless and in front of a room: the same rows, kind by kind and payload by
    // payload (times aside, they are the same instants), whichever way the room moved the clock.
    const ScenarioLoadResult loaded =
        ScenarioLoader::load(QStringLiteral(TURNBACK_SCENARIO_DIR "/error-spike-canary.yaml"), regulatedKit());
    QVERIFY(loaded.ok());
    const Scenario& scenario = *loaded.scenario;

    test::ScratchDir scratch;
    SimulatedClock headlessClock(start);
    AuditLog headless(headlessClock);
    QVERIFY(headless.open(scratch.file(QStringLiteral("headless.sqlite"))));
    const ExerciseResult result = ExerciseRunner(headless, headlessClock, regulatedKit()).run(scenario);
    QVERIFY2(result.ok, qPrintable(result.error));

    Room room(scenario);
    QVERIFY(room.director->start());
    // Half by real time passing (exactly to each step), half by jumps, at two speeds.
    int steps = 0;
    while (const std::optional<QDateTime> next = room.director->nextStepAt()) {
        if (++steps % 2) {
            const qint64 wait = room.clock.utcNow().msecsTo(*next);
            room.pass(std::chrono::milliseconds(qint64(wait / room.director->speed())));
            QCOMPARE(room.clock.utcNow(), *next);
        } else if (room.director->nextInjectAt() == next) {
            QVERIFY(room.director->jumpToNextInject());
        } else {
            room.pass(std::chrono::milliseconds(qint64(room.clock.utcNow().msecsTo(*next) / room.director->speed())));
        }
        if (steps == 4)
            QVERIFY(room.director->setSpeed(5.0)); // 5x: real waits of a fifth
    }
    QVERIFY(room.session->incident().isClosed());
    const QStringList expected = comparable(headless, result.incidentId);
    const QStringList actual = comparable(room.log, room.session->incident().id());
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
}

QTEST_GUILESS_MAIN(TestExerciseDirector)
#include "TestExerciseDirector.moc"
