#include "AuditLog.h"
#include "AuditVerifier.h"
#include "Clock.h"
#include "ExerciseEvents.h"
#include "ExerciseRunner.h"
#include "IncidentEvents.h"
#include "IncidentRegulators.h"
#include "KitLoader.h"
#include "ScenarioLoader.h"
#include "UtcTime.h"

#include "ExerciseFixtures.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace std::chrono_literals;
using namespace turnback;

Q_DECLARE_METATYPE(turnback::Level)

namespace {

const Kit& baselineKit() {
    return test::exerciseBaselineKit();
}

const QDateTime start = test::kExerciseStart;

Scenario shipped(const QString& name) {
    const ScenarioLoadResult result =
        ScenarioLoader::load(QStringLiteral(TURNBACK_SCENARIO_DIR "/") + name, baselineKit());
    if (!result.ok())
        qWarning().noquote() << diagnosticsText(result.errors);
    return result.scenario.value_or(Scenario{});
}

Scenario inlineScenario(const QByteArray& steps, const QByteArray& operatorRole = "incident-commander") {
    const QByteArray yaml = "format: 1\ntitle: Inline\nservice: Checkout\noperator: {name: Sam, role: " + operatorRole +
                            "}\nsteps:\n" + steps;
    const ScenarioLoadResult result = ScenarioLoader::loadFromBytes(yaml, QStringLiteral("inline.yaml"), baselineKit());
    if (!result.ok())
        qWarning().noquote() << diagnosticsText(result.errors);
    return result.scenario.value_or(Scenario{});
}

QJsonObject payloadOf(const AuditRecord& record) {
    return test::exercisePayloadOf(record);
}

using Fixture = test::ExerciseFixture;

} // namespace

/// The scripted run: each shipped scenario through ReversalSession on a simulated clock, exact
/// instants for timed triggers, overdue timers, refusals named by their place in the file.
class TestExerciseRunner : public QObject {
    Q_OBJECT

private slots:
    void shippedScenariosRun_data();
    void shippedScenariosRun();
    void exerciseRowsForTheReport();
    void regulatorClockScenarioWithTheOverlay();
    void forTriggerIsRecordedAtItsExactInstant();
    void overdueObligationsAreDetected();
    void deEscalationInTime();
    void endRunsTheClockOn();
    void stepAtTheTriggerInstantSeesTheTrigger();
    void refusedStepNamesItsPlace();
    void actingForWithoutReasonIsRefused();
    void twoRunsShareOneDatabase();
    void unusableDatabaseIsReported();
    void summaryText();
};

void TestExerciseRunner::shippedScenariosRun_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<Level>("highest");
    QTest::addColumn<Level>("final");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<int>("decisions");
    QTest::addColumn<int>("overdue");
    QTest::addColumn<int>("events");
    QTest::newRow("canary") << "error-spike-canary.yaml" << Level::Slow << Level::Normal << true << 1 << 0 << 33;
    QTest::newRow("p1 storm") << "p1-storm.yaml" << Level::Stop << Level::Stop << false << 1 << 2 << 34;
    QTest::newRow("data loss") << "data-loss-and-regulator.yaml" << Level::Reverse << Level::Reverse << true << 3 << 0
                               << 46;
}

void TestExerciseRunner::exerciseRowsForTheReport() {
    // What an after-action report reads: exercise.started right after the start, then each inject
    // at its instant, before the observation it carries, with what it expects.
    Fixture f;
    const Scenario scenario = shipped(QStringLiteral("error-spike-canary.yaml"));
    const ExerciseResult result = f.run(scenario);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QList<AuditRecord> rows = f.records(result.incidentId);
    QCOMPARE(rows.at(1).kind, events::ExerciseStarted::kind);
    const std::optional<events::ExerciseStarted> started = events::ExerciseStarted::fromJson(payloadOf(rows.at(1)));
    QVERIFY(started);
    QCOMPARE(*started, scenario.started(true));
    QCOMPARE(started->scenarioSha256.size(), 64);
    QStringList injects;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).kind != events::ExerciseInject::kind)
            continue;
        const std::optional<events::ExerciseInject> inject = events::ExerciseInject::fromJson(payloadOf(rows.at(i)));
        QVERIFY(inject);
        injects << inject->inject;
        if (inject->type != events::ExerciseInject::Type::Message) {
            QCOMPARE(rows.at(i + 1).kind, EventKind::ObservationRecorded);
            QCOMPARE(rows.at(i + 1).atUtc, rows.at(i).atUtc);
        }
        if (inject->inject == QLatin1String("spike")) {
            QCOMPARE(rows.at(i).atUtc, utc::format(start.addSecs(60)));
            QCOMPARE(inject->expects.size(), 3);
        }
        if (inject->inject == QLatin1String("sre-calls"))
            QCOMPARE(inject->to, QStringLiteral("incident-commander"));
    }
    QCOMPARE(injects,
             (QStringList{QStringLiteral("baseline"), QStringLiteral("blip"), QStringLiteral("blip-over"),
                          QStringLiteral("spike"), QStringLiteral("spike-holds"), QStringLiteral("sre-calls"),
                          QStringLiteral("security-asks"), QStringLiteral("recovering"), QStringLiteral("recovered")}));
    QVERIFY(AuditVerifier::verify(f.path).ok);
}

void TestExerciseRunner::regulatorClockScenarioWithTheOverlay() {
    // The data-loss scenario with every regime switched on: became-aware at 4 min starts the GDPR
    // clock (72 hours), still running when the exercise closes; the log verifies.
    const KitLoadResult kit =
        KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT),
                        {QStringLiteral(TURNBACK_SCENARIO_DIR "/../kits/examples/all-regulators.overlay.yaml")});
    QVERIFY(kit.ok());
    const ScenarioLoadResult loaded =
        ScenarioLoader::load(QStringLiteral(TURNBACK_SCENARIO_DIR "/data-loss-and-regulator.yaml"), *kit.kit);
    QVERIFY(loaded.ok());
    Fixture f;
    const ExerciseResult result = ExerciseRunner(f.log, f.clock, *kit.kit).run(*loaded.scenario);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.incident.regulatorTriggers().value(QStringLiteral("became-aware")), start.addSecs(240));
    bool gdpr = false;
    for (const RegulatorClock& clock : IncidentRegulators::clocks(result.incident, *kit.kit))
        if (clock.regime == QLatin1String("gdpr")) {
            gdpr = true;
            QCOMPARE(clock.dueUtc, start.addSecs(240).addSecs(72 * 3600));
        }
    QVERIFY(gdpr);
    QVERIFY(AuditVerifier::verify(f.path).ok);
}

void TestExerciseRunner::shippedScenariosRun() {
    QFETCH(QString, file);
    QFETCH(Level, highest);
    QFETCH(Level, final);
    QFETCH(bool, closed);
    QFETCH(int, decisions);
    QFETCH(int, overdue);
    QFETCH(int, events);

    Fixture f;
    const Scenario scenario = shipped(file);
    QVERIFY(!scenario.steps.isEmpty());
    const ExerciseResult result = f.run(scenario);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QVERIFY(result.incidentId.startsWith(QStringLiteral("rev-20261126-090000-")));
    QCOMPARE(result.highestLevel, highest);
    QCOMPARE(result.finalLevel, final);
    QCOMPARE(result.closed, closed);
    QCOMPARE(result.decisions.size(), decisions);
    QCOMPARE(result.overdue.size(), overdue);
    QCOMPARE(result.eventsWritten, events);
    QCOMPARE(result.startedAt, start);
    QCOMPARE(result.endedAt, start.addMSecs(scenario.duration().count()));
    QCOMPARE(f.clock.utcNow(), result.endedAt);

    // The log verifies, and the incident folded from it alone is the one the run reports.
    const AuditVerification verification = AuditVerifier::verify(f.path);
    QVERIFY2(verification.ok, qPrintable(verification.message));
    QCOMPARE(verification.count, qint64(events));
    const QList<AuditRecord> rows = f.records(result.incidentId);
    QCOMPARE(rows.size(), events);
    const Incident folded = Incident::fold(f.log.records(), result.incidentId);
    QVERIFY(folded.isExercise());
    QCOMPARE(folded.level(), final);
    QCOMPARE(folded.isClosed(), closed);
    QCOMPARE(folded.title(), scenario.title);
    QCOMPARE(folded.service(), scenario.service);
    QCOMPARE(folded.obligations().size(), result.incident.obligations().size());

    // Every event says it was an exercise, and its time is simulated time within the run.
    for (const AuditRecord& r : rows) {
        QVERIFY2(payloadOf(r).value(QStringLiteral("exercise")) == QJsonValue(true), qPrintable(r.payload));
        const QDateTime at = utc::parse(r.atUtc);
        QVERIFY(at >= start && at <= result.endedAt);
    }
    QCOMPARE(rows.first().kind, EventKind::ReversalStarted);
    QCOMPARE(payloadOf(rows.first()).value(QStringLiteral("mode")).toString(), QStringLiteral("exercise"));
}

void TestExerciseRunner::forTriggerIsRecordedAtItsExactInstant() {
    Fixture f;
    const Scenario scenario = shipped(QStringLiteral("error-spike-canary.yaml"));
    // The sample that starts the wait that holds: the first at or after which error-rate stays above 5%.
    const ScenarioStep& sample = scenario.steps.at(3);
    QCOMPARE(sample.at, 1min);
    QCOMPARE(sample.value, std::optional<double>(6.8));
    const ExerciseResult result = f.run(scenario);
    QVERIFY2(result.ok, qPrintable(result.error));

    QList<AuditRecord> triggers;
    for (const AuditRecord& r : f.records(result.incidentId))
        if (r.kind == EventKind::SignalTriggered)
            triggers << r;
    QCOMPARE(triggers.size(), 1); // the 20-second blip at 30 s triggered nothing
    const QDateTime expected = start.addMSecs((sample.at + 2min).count());
    QCOMPARE(payloadOf(triggers.first()).value(QStringLiteral("at")).toString(), utc::format(expected));
    QCOMPARE(payloadOf(triggers.first()).value(QStringLiteral("at")).toString(),
             QStringLiteral("2026-11-26T09:03:00.000Z"));
    // Recorded when it happened, not at the next step (3 min 40 s).
    QCOMPARE(triggers.first().atUtc, QStringLiteral("2026-11-26T09:03:00.000Z"));
    QCOMPARE(result.incident.obligations().first().deadline, expected.addSecs(5 * 60));
}

void TestExerciseRunner::overdueObligationsAreDetected() {
    Fixture f;
    const ExerciseResult result = f.run(shipped(QStringLiteral("p1-storm.yaml")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.overdue.size(), 2);

    // The incident commander missed the 2-minute timer; the engineering lead decided 90 s late.
    const ExerciseOverdue& missed = result.overdue.at(0);
    QCOMPARE(missed.signalId, QStringLiteral("p1-count"));
    QCOMPARE(missed.ownerRole, QStringLiteral("incident-commander"));
    QCOMPARE(missed.deadline, start.addSecs(43 * 60));
    QCOMPARE(missed.late, 90s);
    QVERIFY(!missed.stillOpen);
    const ExerciseDecision& decision = result.decisions.first();
    QCOMPARE(decision.by, QStringLiteral("Alex Chen"));
    QCOMPARE(decision.byRole, QStringLiteral("engineering-lead"));
    QCOMPARE(decision.onBehalfOf, QStringLiteral("incident-commander"));
    QVERIFY(!decision.reason.isEmpty());
    QVERIFY(decision.wasLate());
    QCOMPARE(decision.late(), 90s);
    // All three on the P1 list were told.
    const Obligation* p1 = result.incident.latestObligation(QStringLiteral("p1-count"));
    QVERIFY(p1);
    QCOMPARE(p1->unconfirmedNotifications(), 0);
    QVERIFY(p1->signalCleared); // at exactly 1 hr the first P1 left the window

    // Nobody decided on the error spike: still open and overdue at the end, by 1 hr - 53 min.
    const ExerciseOverdue& open = result.overdue.at(1);
    QCOMPARE(open.signalId, QStringLiteral("error-rate"));
    QVERIFY(open.stillOpen);
    QCOMPARE(open.late, 7min);
    QCOMPARE(result.overdueAtEnd().size(), 1);
}

void TestExerciseRunner::deEscalationInTime() {
    Fixture f;
    const ExerciseResult result = f.run(shipped(QStringLiteral("error-spike-canary.yaml")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.decisions.size(), 1);
    const ExerciseDecision& d = result.decisions.first();
    QCOMPARE(d.decision, Decision::DeEscalate);
    QCOMPARE(d.level, QStringLiteral("normal"));
    QVERIFY(!d.wasLate());
    QCOMPARE(d.late(), -1min);
    QVERIFY(d.onBehalfOf.isEmpty());
    const Obligation& o = result.incident.obligations().first();
    QVERIFY(o.acknowledgedAt);
    QCOMPARE(*o.acknowledgedAt, start.addSecs(3 * 60 + 40));
    QCOMPARE(o.unconfirmedNotifications(), 0);
}

void TestExerciseRunner::endRunsTheClockOn() {
    Fixture f;
    Scenario scenario = inlineScenario("  - at: 0s\n    observe: error-rate\n    value: 12.5\n");
    scenario.end = 10min;
    const ExerciseResult result = f.run(scenario);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.highestLevel, Level::Slow);
    QCOMPARE(result.endedAt, start.addSecs(600));
    const QList<Obligation>& obligations = result.incident.obligations();
    QCOMPARE(obligations.size(), 1);
    QCOMPARE(obligations.first().triggeredAt, start.addSecs(120));
    QCOMPARE(result.overdueAtEnd().size(), 1);
    QCOMPARE(result.overdueAtEnd().first().late, 3min); // 10 min - (2 min + 5 min)

    // Without an end, the exercise stops at its last step: the wait never ran out.
    Fixture g;
    scenario.end.reset();
    const ExerciseResult short_ = g.run(scenario);
    QVERIFY(short_.ok);
    QCOMPARE(short_.highestLevel, Level::Normal);
    QVERIFY(short_.incident.obligations().isEmpty());
}

void TestExerciseRunner::stepAtTheTriggerInstantSeesTheTrigger() {
    Fixture f;
    const ExerciseResult result = f.run(inlineScenario("  - at: 0s\n    observe: error-rate\n    value: 8\n"
                                                       "  - at: 2m\n    decide: error-rate\n    decision: carry-out\n"
                                                       "    by: {name: Priya, role: engineering-lead}\n"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.decisions.size(), 1);
    QCOMPARE(result.decisions.first().decidedAt, start.addSecs(120));
    QCOMPARE(result.decisions.first().late(), -5min);
}

void TestExerciseRunner::refusedStepNamesItsPlace() {
    Fixture f;
    const Scenario scenario = inlineScenario("  - at: 0s\n    observe: p1-count\n"
                                             "  - at: 1m\n    decide: error-rate\n    decision: carry-out\n"
                                             "  - at: 2m\n    close: Never reached\n");
    QCOMPARE(scenario.steps.size(), 3);
    const ExerciseResult result = f.run(scenario);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QStringLiteral("inline.yaml:8:5: error: step 2 (decide error-rate (carry-out) at 1 min) was "
                                          "refused: There is no open decision there."));
    // What happened before the refusal is on record, verifiable, and the refusal itself (with why),
    // and nothing after it: the start, exercise.started, the inject and its observation, the refusal.
    QVERIFY(!result.incidentId.isEmpty());
    QCOMPARE(result.eventsWritten, 5);
    QVERIFY(!result.closed);
    QCOMPARE(result.endedAt, start.addSecs(60));
    QVERIFY(AuditVerifier::verify(f.path).ok);
}

void TestExerciseRunner::actingForWithoutReasonIsRefused() {
    Fixture f;
    const ExerciseResult result =
        f.run(inlineScenario("  - at: 0s\n    observe: data-loss\n"
                             "  - at: 30s\n    decide: data-loss\n    decision: carry-out\n"));
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QStringLiteral("inline.yaml:8:5: error: step 2 (decide data-loss (carry-out) at 30 s) was "
                                          "refused: You are acting for the Service owner: say why."));
}

void TestExerciseRunner::twoRunsShareOneDatabase() {
    Fixture f;
    const ExerciseResult first = f.run(shipped(QStringLiteral("error-spike-canary.yaml")));
    QVERIFY(first.ok);
    f.clock.setNow(start.addSecs(3600));
    const ExerciseResult second = f.run(shipped(QStringLiteral("data-loss-and-regulator.yaml")));
    QVERIFY2(second.ok, qPrintable(second.error));
    QVERIFY(first.incidentId != second.incidentId);
    QCOMPARE(second.eventsWritten, 46);
    QCOMPARE(second.startedAt, start.addSecs(3600));
    const AuditVerification verification = AuditVerifier::verify(f.path);
    QVERIFY(verification.ok);
    QCOMPARE(verification.count, qint64(first.eventsWritten + second.eventsWritten));
}

void TestExerciseRunner::unusableDatabaseIsReported() {
    test::ScratchDir scratch;
    const QString notADatabase = scratch.file(QStringLiteral("notes.txt"));
    QVERIFY(test::writeText(notADatabase, "these are not the droids you are looking for\n"));
    const ExerciseResult result =
        ExerciseRunner::runOnDatabase(notADatabase, baselineKit(), shipped(QStringLiteral("p1-storm.yaml")), start);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.startsWith(notADatabase + QStringLiteral(":1:1: error: cannot open the audit log: ")),
             qPrintable(result.error));
    QVERIFY(result.incidentId.isEmpty());
}

void TestExerciseRunner::summaryText() {
    Fixture f;
    ExerciseResult result = f.run(shipped(QStringLiteral("p1-storm.yaml")));
    QVERIFY(result.ok);
    result.wallMs = 42;
    QCOMPARE(result.summaryText(),
             QStringLiteral("exercise: P1 storm after the payments release\n"
                            "incident: %1 (EXERCISE)\n"
                            "events written: 34\n"
                            "simulated time: 2026-11-26T09:00:00.000Z to 2026-11-26T10:00:00.000Z (1 hr)\n"
                            "level reached: stop (at the end: stop, still open)\n"
                            "decisions: 1\n"
                            "  +44 min 30 s p1-count: carry-out by Alex Chen (engineering-lead, acting for "
                            "incident-commander), 1:30 LATE\n"
                            "overdue at the end: 1\n"
                            "  error-rate (owner engineering-lead): OVERDUE +7:00, deadline was +53 min\n"
                            "wall time: 42 ms\n")
                 .arg(result.incidentId));
}

QTEST_GUILESS_MAIN(TestExerciseRunner)
#include "TestExerciseRunner.moc"
