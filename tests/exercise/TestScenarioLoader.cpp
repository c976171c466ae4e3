#include "KitLoader.h"
#include "ScenarioLoader.h"

#include "TestSupport.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace std::chrono_literals;
using namespace turnback;

namespace {

const Kit& baselineKit() {
    static const KitLoadResult loaded = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    return *loaded.kit;
}

QString malformedDir() {
    return test::dataFile(QStringLiteral("scenarios"));
}

/// Errors as "name.yaml:LINE:COL: error: ..." with the folder taken off.
QStringList errorLines(const ScenarioLoadResult& result, const QString& folder) {
    QStringList lines;
    for (const KitDiagnostic& error : result.errors) {
        QString line = error.toString();
        if (line.startsWith(folder + QLatin1Char('/')))
            line.remove(0, folder.size() + 1);
        lines << line;
    }
    return lines;
}

QStringList shippedScenarios() {
    QStringList files;
    const QDir dir(QStringLiteral(TURNBACK_SCENARIO_DIR));
    for (const QString& name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

const QByteArray minimal = "format: 1\n"
                           "title: Minimal\n"
                           "service: Checkout\n"
                           "operator: {name: Sam, role: incident-commander}\n"
                           "steps:\n"
                           "  - at: 0s\n"
                           "    observe: data-loss\n";

} // namespace

/// The scenario format and its strict loader: the shipped scenarios, and every way one can be wrong.
class TestScenarioLoader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void shippedScenariosLoad_data();
    void shippedScenariosLoad();
    void shippedScenariosCoverEveryRubricRow();
    void canaryScenarioIsTyped();
    void shippedScenariosRehearseTheKit();
    void format1StillLoads();
    void format2IsTyped();
    void minimalScenarioLoads();
    void serviceComesFromTheOverlay();
    void malformed_data();
    void malformed();
    void everyMalformedFileIsTested();
    void missingFile();
    void twoDocumentsAndTagsAreScenarioWorded();
};

void TestScenarioLoader::initTestCase() {
    QVERIFY(baselineKit().signal(QStringLiteral("error-rate")));
}

void TestScenarioLoader::shippedScenariosLoad_data() {
    QTest::addColumn<QString>("file");
    const QStringList files = shippedScenarios();
    QVERIFY(files.size() >= 3);
    for (const QString& file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestScenarioLoader::shippedScenariosLoad() {
    QFETCH(QString, file);
    const ScenarioLoadResult result = ScenarioLoader::load(file, baselineKit());
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    const Scenario& scenario = *result.scenario;
    QCOMPARE(scenario.sourceFile, file);
    QCOMPARE(scenario.kitId, QStringLiteral("baseline"));
    QVERIFY(!scenario.title.isEmpty());
    QVERIFY(!scenario.description.isEmpty()); // trainers read it
    QVERIFY(!scenario.steps.isEmpty());
    for (qsizetype i = 1; i < scenario.steps.size(); ++i)
        QVERIFY(scenario.steps[i - 1].at <= scenario.steps[i].at);
    // Comments are for trainers: every shipped scenario explains itself.
    QVERIFY(test::readText(file).count(QLatin1Char('#')) >= 10);
}

void TestScenarioLoader::shippedScenariosCoverEveryRubricRow() {
    QSet<QString> observed, decided;
    QSet<ScenarioStep::Action> actions;
    QSet<Decision> decisions;
    for (const QString& file : shippedScenarios()) {
        const ScenarioLoadResult result = ScenarioLoader::load(file, baselineKit());
        QVERIFY(result.ok());
        for (const ScenarioStep& step : result.scenario->steps) {
            actions << step.action;
            if (step.action == ScenarioStep::Action::Observe)
                observed << step.signalId;
            if (step.action == ScenarioStep::Action::Decide) {
                decided << step.signalId;
                decisions << step.decision;
            }
        }
    }
    for (const Signal& signal : baselineKit().signalList)
        QVERIFY2(observed.contains(signal.id) && decided.contains(signal.id), qPrintable(signal.id));
    QCOMPARE(actions.size(), 17);  // every kind of step is shown somewhere (the stages': release-stages.yaml)
    QCOMPARE(decisions.size(), 3); // carry-out, hold and de-escalate
}

void TestScenarioLoader::canaryScenarioIsTyped() {
    const ScenarioLoadResult result =
        ScenarioLoader::load(QStringLiteral(TURNBACK_SCENARIO_DIR "/error-spike-canary.yaml"), baselineKit());
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    const Scenario& s = *result.scenario;
    QCOMPARE(s.title, QStringLiteral("Error spike on the canary"));
    QCOMPARE(s.service, QStringLiteral("Checkout"));
    QCOMPARE(s.op.name, QStringLiteral("Priya Nair"));
    QCOMPARE(s.op.role, QStringLiteral("engineering-lead"));
    QVERIFY(!s.end);
    QCOMPARE(s.formatVersion, 2);
    QCOMPARE(s.steps.size(), 16);
    QCOMPARE(s.objectives.size(), 4);
    QCOMPARE(s.participants.size(), 4);
    QCOMPARE(s.participants.first().role, QStringLiteral("engineering-lead"));
    QVERIFY(s.playOperatorSteps);
    QCOMPARE(s.sourceSha256.size(), 64);

    const ScenarioStep& first = s.steps.first();
    QCOMPARE(first.action, ScenarioStep::Action::Observe);
    QCOMPARE(first.at, 0ms);
    QCOMPARE(first.signalId, QStringLiteral("error-rate"));
    QCOMPARE(first.value, std::optional<double>(1.2));
    QVERIFY(!first.note.isEmpty());
    QCOMPARE(first.where.line, 46);
    QCOMPARE(first.where.column, 5);
    QCOMPARE(first.injectId, QStringLiteral("baseline"));
    QVERIFY(first.expects.isEmpty()); // the deliberate gap

    const ScenarioStep& spike = s.steps[3];
    QCOMPARE(spike.injectId, QStringLiteral("spike"));
    QCOMPARE(spike.expects.size(), 3);
    QCOMPARE(spike.expects.last(), (events::ExerciseExpectation{QStringLiteral("decide"), QStringLiteral("error-rate"),
                                                                QStringLiteral("engineering-lead"), 7 * 60 * 1000}));
    const ScenarioStep& call = s.steps[5];
    QCOMPARE(call.action, ScenarioStep::Action::Message);
    QCOMPARE(call.to, QStringLiteral("incident-commander"));
    QVERIFY(call.message.startsWith(QStringLiteral("The on-call SRE calls")));
    QCOMPARE(call.inject(baselineKit()).type, events::ExerciseInject::Type::Message);

    QCOMPARE(s.steps[6].action, ScenarioStep::Action::Acknowledge);
    QCOMPARE(s.steps[6].at, 3min + 40s);
    QCOMPARE(s.steps[7].action, ScenarioStep::Action::Notify);
    QCOMPARE(s.steps[7].told, (QStringList{QStringLiteral("incident-commander"), QStringLiteral("service-owner")}));

    const ScenarioStep& send = s.steps[11];
    QCOMPARE(send.action, ScenarioStep::Action::Send);
    QCOMPARE(send.templateId, QStringLiteral("internal-alert"));
    QCOMPARE(send.blankValues.value(QStringLiteral("channel")), QStringLiteral("#inc-checkout"));
    QCOMPARE(send.blankValues.size(), 4);
    QVERIFY(send.withLogHead);
    QCOMPARE(send.by->role, QStringLiteral("incident-commander"));

    const ScenarioStep& decide = s.steps[12];
    QCOMPARE(decide.action, ScenarioStep::Action::Decide);
    QCOMPARE(decide.decision, Decision::DeEscalate);
    QCOMPARE(decide.deEscalateTo, std::optional<Level>(Level::Normal));
    QVERIFY(decide.reason.startsWith(QStringLiteral("Canary drained")));
    QCOMPARE(decide.describe(), QStringLiteral("decide error-rate (de-escalate to normal)"));

    const ScenarioStep& isolate = s.steps[14];
    QCOMPARE(isolate.action, ScenarioStep::Action::DataStep);
    QCOMPARE(isolate.describe(), QStringLiteral("data-step quarantine/isolate (done)"));
    QCOMPARE(isolate.evidence.size(), 2);
    QCOMPARE(isolate.evidence.first().name, QStringLiteral("quarantine location"));
    QVERIFY(isolate.confirm.isEmpty()); // typed as the kit asks when played

    QCOMPARE(s.steps.last().action, ScenarioStep::Action::Close);
    QCOMPARE(s.duration(), 10min);
}

void TestScenarioLoader::shippedScenariosRehearseTheKit() {
    // Between them (docs/scenario-format.md): each comms audience with a deadline, a regulator clock,
    // each data procedure, messages to roles, and at least one inject deliberately without an expectation.
    QSet<QString> expectedItems, triggers, addressed, sent, procedures;
    int withoutExpectation = 0;
    for (const QString& file : shippedScenarios()) {
        const ScenarioLoadResult result = ScenarioLoader::load(file, baselineKit());
        QVERIFY(result.ok());
        const Scenario& scenario = *result.scenario;
        QCOMPARE(scenario.formatVersion, 2);
        QVERIFY2(!scenario.objectives.isEmpty() && !scenario.participants.isEmpty(), qPrintable(file));
        for (const ScenarioStep& step : scenario.steps) {
            if (step.action == ScenarioStep::Action::RegulatorTrigger)
                triggers << step.trigger;
            if (step.action == ScenarioStep::Action::Message && !step.to.isEmpty())
                addressed << step.to;
            if (step.isInject() && step.expects.isEmpty())
                ++withoutExpectation;
            if (step.action == ScenarioStep::Action::Send)
                sent << step.templateId;
            if (step.action == ScenarioStep::Action::DataStep)
                procedures << step.procedure;
            for (const events::ExerciseExpectation& e : step.expects)
                expectedItems << e.act + QLatin1Char(':') + e.item.section(QLatin1Char('/'), 0, 0);
        }
    }
    for (const CommsTemplate& t : baselineKit().comms)
        if (t.dueFromStart)
            QVERIFY2(expectedItems.contains(QStringLiteral("comms:") + t.id), qPrintable(t.id));
    QVERIFY(expectedItems.contains(QStringLiteral("comms:gdpr-notification"))); // owed through a regulator clock
    for (const DataProcedure& procedure : baselineKit().dataProcedures)
        QVERIFY2(expectedItems.contains(QStringLiteral("data-step:") + procedure.id), qPrintable(procedure.id));
    // And the script plays them, for a run without a room: each owed template sent, each procedure worked.
    for (const CommsTemplate& t : baselineKit().comms)
        if (t.dueFromStart)
            QVERIFY2(sent.contains(t.id), qPrintable(t.id));
    QVERIFY(sent.contains(QStringLiteral("gdpr-notification")));
    for (const DataProcedure& procedure : baselineKit().dataProcedures)
        QVERIFY2(procedures.contains(procedure.id), qPrintable(procedure.id));
    QVERIFY(triggers.contains(QStringLiteral("became-aware")));
    QVERIFY(addressed.size() >= 4);
    QVERIFY(withoutExpectation >= 1);
}

void TestScenarioLoader::format1StillLoads() {
    // A format 1 file loads as before: its observations are injects (ids from their place), with
    // nothing expected, and the operator steps are played.
    const ScenarioLoadResult result = ScenarioLoader::loadFromBytes(minimal, QStringLiteral("min.yaml"), baselineKit());
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    const Scenario& s = *result.scenario;
    QCOMPARE(s.formatVersion, 1);
    QCOMPARE(s.steps.first().injectId, QStringLiteral("step-1"));
    QVERIFY(s.steps.first().isInject());
    QVERIFY(s.steps.first().expects.isEmpty());
    QVERIFY(s.playOperatorSteps);
    QVERIFY(s.objectives.isEmpty());
    const events::ExerciseStarted started = s.started(true);
    QCOMPARE(started.format, 1);
    QCOMPARE(started.scenarioTitle, QStringLiteral("Minimal"));
}

void TestScenarioLoader::format2IsTyped() {
    const QByteArray yaml = "format: 2\n"
                            "title: Two\n"
                            "service: Checkout\n"
                            "operator: {name: Sam, role: incident-commander}\n"
                            "operator-steps: live\n"
                            "objectives: [Decide in time, Tell the regulator]\n"
                            "participants:\n"
                            "  - {name: Rita, role: policy-lead}\n"
                            "steps:\n"
                            "  - at: 0s\n"
                            "    message: The regulator calls.\n"
                            "    to: policy-lead\n"
                            "    expect:\n"
                            "      - {act: comms, item: regulator-update, by: policy-lead, within: 30 min}\n"
                            "  - at: 1m\n"
                            "    regulator-trigger: became-aware\n"
                            "  - at: 2m\n"
                            "    answer: users-affected\n"
                            "    value: 12\n"
                            "  - at: 3m\n"
                            "    id: loss\n"
                            "    observe: data-loss\n";
    const ScenarioLoadResult result = ScenarioLoader::loadFromBytes(yaml, QStringLiteral("two.yaml"), baselineKit());
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    const Scenario& s = *result.scenario;
    QVERIFY(!s.playOperatorSteps);
    QCOMPARE(s.objectives, (QStringList{QStringLiteral("Decide in time"), QStringLiteral("Tell the regulator")}));
    QCOMPARE(s.participants.size(), 1);
    QCOMPARE(s.participants.first().name, QStringLiteral("Rita"));
    QCOMPARE(s.steps.size(), 4);
    const events::ExerciseInject call = s.steps[0].inject(baselineKit());
    QCOMPARE(call.inject, QStringLiteral("step-1"));
    QCOMPARE(call.type, events::ExerciseInject::Type::Message);
    QCOMPARE(call.to, QStringLiteral("policy-lead"));
    QCOMPARE(call.text, QStringLiteral("The regulator calls."));
    QCOMPARE(call.expects.size(), 1);
    QCOMPARE(call.expects.first().withinMs, qint64(30 * 60 * 1000));
    QCOMPARE(s.steps[1].action, ScenarioStep::Action::RegulatorTrigger);
    QCOMPARE(s.steps[1].trigger, QStringLiteral("became-aware"));
    QVERIFY(!s.steps[1].isInject());
    QCOMPARE(s.steps[2].action, ScenarioStep::Action::Answer);
    QCOMPARE(s.steps[2].answer, QStringLiteral("12"));
    const events::ExerciseInject loss = s.steps[3].inject(baselineKit());
    QCOMPARE(loss.inject, QStringLiteral("loss"));
    QCOMPARE(loss.type, events::ExerciseInject::Type::Occurrence);
    QCOMPARE(loss.signal, QStringLiteral("data-loss"));
}

void TestScenarioLoader::minimalScenarioLoads() {
    const ScenarioLoadResult result = ScenarioLoader::loadFromBytes(minimal, QStringLiteral("min.yaml"), baselineKit());
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    QCOMPARE(result.scenario->steps.size(), 1);
    QVERIFY(result.scenario->kitId.isEmpty());
    QCOMPARE(result.scenario->duration(), 0ms);
}

void TestScenarioLoader::serviceComesFromTheOverlay() {
    QByteArray withoutService = minimal;
    withoutService.replace("service: Checkout\n", "");
    const ScenarioLoadResult bare =
        ScenarioLoader::loadFromBytes(withoutService, QStringLiteral("s.yaml"), baselineKit());
    QCOMPARE(errorLines(bare, {}),
             QStringList{QStringLiteral(
                 "s.yaml:1:1: error: the scenario is missing required key 'service' (the kit names no service: only an "
                 "overlay does)")});

    const KitLoadResult overlaid =
        KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT), {QStringLiteral(TURNBACK_EXAMPLE_OVERLAY)});
    QVERIFY(overlaid.ok());
    QVERIFY(!overlaid.kit->service.isEmpty());
    const ScenarioLoadResult result =
        ScenarioLoader::loadFromBytes(withoutService, QStringLiteral("s.yaml"), *overlaid.kit);
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    QCOMPARE(result.scenario->service, overlaid.kit->service);
}

/// Each malformed file under tests/data/scenarios and exactly the errors it must give, in order.
static QList<QPair<QString, QStringList>> malformedRows() {
    QList<QPair<QString, QStringList>> rows;
    auto row = [&rows](const char* file, std::initializer_list<const char*> errors) {
        QStringList lines;
        for (const char* error : errors)
            lines << QString::fromUtf8(error);
        rows.append({QString::fromLatin1(file), lines});
    };

    row("unknown-key.yaml",
        {"unknown-key.yaml:2:1: error: unknown key 'titel' in the scenario; did you mean 'title'?"});
    row("step-unknown-key.yaml",
        {"step-unknown-key.yaml:11:5: error: unknown key 'reasn' in decide step; did you mean 'reason'?"});
    row("unknown-signal.yaml",
        {"unknown-signal.yaml:7:14: error: 'observe' refers to signal 'error-rat', which the kit does not define; did "
         "you mean 'error-rate'?",
         "unknown-signal.yaml:10:18: error: 'acknowledge' refers to signal 'latency', which the kit does not define; "
         "signals are: error-rate, p1-count, data-loss, regulator-inquiry"});
    row("unknown-role.yaml",
        {"unknown-role.yaml:6:9: error: 'role' refers to role 'incident-comander', which the kit does not define; did "
         "you mean 'incident-commander'?",
         "unknown-role.yaml:11:34: error: 'role' refers to role 'sre', which the kit does not define; roles are: "
         "incident-commander, engineering-lead, service-owner, policy-lead, communications-lead"});
    row("time-backwards.yaml", {"time-backwards.yaml:8:5: error: steps must be in time order: this one is at 1 min 30 "
                                "s, before the step at line 6 (at 2 min)"});
    row("value-not-number.yaml", {"value-not-number.yaml:8:12: error: 'value' must be a number, found 'high'",
                                  "value-not-number.yaml:11:12: error: 'value' must be a number, found the string "
                                  "\"7\""});
    row("missing-value.yaml", {"missing-value.yaml:7:14: error: signal 'error-rate' is measured: the step needs a "
                               "'value', the number observed"});
    row("value-on-count.yaml", {"value-on-count.yaml:8:12: error: signal 'p1-count' counts occurrences and takes no "
                                "'value'; write one observe step per occurrence"});
    row("two-actions.yaml",
        {"two-actions.yaml:8:5: error: a step does one thing, and this one already does 'observe'; put 'decide' in a "
         "step of its own",
         "two-actions.yaml:9:5: error: unknown key 'decision' in observe step; expected one of: at, observe, value, "
         "note, decide"});
    row("no-action.yaml", {"no-action.yaml:6:5: error: a step needs one action: observe, acknowledge, notify, decide, "
                           "hand-over, close",
                           "no-action.yaml:9:5: error: unknown key 'obsrve' in step; did you mean 'observe'?"});
    row("bad-decision.yaml",
        {"bad-decision.yaml:10:15: error: 'decision' must be one of: carry-out, hold, de-escalate; found 'carryout'; "
         "did you mean 'carry-out'?",
         "bad-decision.yaml:13:15: error: a 'de-escalate' decision needs 'to', the level to step down to: normal, slow "
         "or stop",
         "bad-decision.yaml:17:15: error: a 'hold' decision needs a 'reason'",
         "bad-decision.yaml:21:9: error: 'to' is only for a 'de-escalate' decision, not 'carry-out'"});
    row("bad-time.yaml",
        {"bad-time.yaml:6:9: error: 'at' must be a time since the start, such as '0s', '90s', '2m 30s' or '1h', found "
         "'soon'",
         "bad-time.yaml:8:5: error: observe step is missing required key 'at'",
         "bad-time.yaml:9:6: error: 'end' must be a time since the start, such as '0s', '90s', '2m 30s' or '1h', "
         "found a list"});
    row("end-before-last-step.yaml",
        {"end-before-last-step.yaml:10:6: error: 'end' is 5 min, before the last step (line 8, at 10 min)"});
    row("step-after-close.yaml",
        {"step-after-close.yaml:10:5: error: nothing can follow 'close' (line 8): the reversal is closed by then"});
    row("notify-wrong-role.yaml",
        {"notify-wrong-role.yaml:11:32: error: 'policy-lead' is not on the notification list of signal 'error-rate' "
         "(incident-commander, service-owner)",
         "notify-wrong-role.yaml:11:45: error: 'told' refers to role 'comms-lead', which the kit does not define; "
         "roles are: incident-commander, engineering-lead, service-owner, policy-lead, communications-lead",
         "notify-wrong-role.yaml:11:57: error: 'told' names 'incident-commander' twice",
         "notify-wrong-role.yaml:14:11: error: 'told' must name at least one role"});
    // Format 2 (objectives, injects with ids and expectations, messages, regulator triggers, answers).
    row("format2-key-in-format1.yaml",
        {"format2-key-in-format1.yaml:5:13: error: 'objectives' needs scenario format 2; this file says 'format: 1'",
         "format2-key-in-format1.yaml:8:5: error: 'id' needs scenario format 2; this file says 'format: 1'",
         "format2-key-in-format1.yaml:11:5: error: 'message' needs scenario format 2; this file says 'format: 1'"});
    row("bad-expectation.yaml",
        {"bad-expectation.yaml:10:15: error: 'act' must be one of: decide, acknowledge, notify, comms, data-step, "
         "answer, regulator-trigger, stage-item; found 'sing'",
         "bad-expectation.yaml:11:28: error: 'item' of a 'comms' expectation must be a comms template of the kit, not "
         "'customer-notise'; did you mean 'customer-notice'?",
         "bad-expectation.yaml:12:32: error: 'item' of a 'data-step' expectation must be a data step "
         "(PROCEDURE/STEP) of the kit, not 'snapshot/paint'; the kit has: snapshot/scope, snapshot/take-snapshot, "
         "snapshot/verify-snapshot, snapshot/restrict-access, delete/confirm-snapshot, delete/approve, "
         "delete/count-before, delete/delete-records, delete/verify-deletion, quarantine/identify, "
         "quarantine/isolate, quarantine/stop-propagation, quarantine/decide",
         "bad-expectation.yaml:13:44: error: 'by' refers to role 'sre', which the kit does not define; roles are: "
         "incident-commander, engineering-lead, service-owner, policy-lead, communications-lead",
         "bad-expectation.yaml:13:57: error: 'within' must be a duration such as '30s', '2m', '5 min', '1h' or "
         "'immediate', found 'soon'"});
    row("duplicate-inject-id.yaml",
        {"duplicate-inject-id.yaml:11:9: error: inject id 'call' is used twice: first at line 6",
         "duplicate-inject-id.yaml:13:9: error: 'to' refers to role 'polcy-lead', which the kit does not define; did "
         "you mean 'policy-lead'?",
         "duplicate-inject-id.yaml:15:24: error: 'became-awre' is not a regulator trigger; triggers are: "
         "became-aware, classified-major, determined-material, discovered",
         "duplicate-inject-id.yaml:16:5: error: answer step is missing required key 'value'"});
    row("wrong-format.yaml",
        {"wrong-format.yaml:1:9: error: scenario format 3 is not supported; this Turnback reads scenario formats 1 "
         "and 2"});
    row("wrong-kit.yaml", {"wrong-kit.yaml:2:6: error: the scenario was written for kit 'payments', but the kit "
                           "loaded is 'baseline'"});
    row("wrong-types.yaml",
        {"wrong-types.yaml:2:8: error: 'title' must be a string, found a list",
         "wrong-types.yaml:4:11: error: 'operator' must be a mapping of keys, found 'Sam'",
         "wrong-types.yaml:6:5: error: each step must be a mapping with 'at' and one action (observe, acknowledge, "
         "notify, decide, hand-over, close), found "
         "'observe data-loss at 0s'",
         "wrong-types.yaml:8:16: error: 'hand-over' must be a mapping of keys, found 'Kim'"});
    row("missing-keys.yaml",
        {"missing-keys.yaml:1:1: error: the scenario is missing required key 'title'",
         "missing-keys.yaml:1:1: error: the scenario is missing required key 'service' (the kit names no service: only "
         "an overlay does)",
         "missing-keys.yaml:1:1: error: the scenario is missing required key 'steps'",
         "missing-keys.yaml:2:11: error: 'operator' is missing required key 'role'"});
    row("yaml-syntax.yaml", {"yaml-syntax.yaml:9:1: error: YAML syntax error: end of sequence flow not found"});
    row("empty.yaml", {"empty.yaml:1:1: error: the file is empty; expected a YAML mapping of scenario keys"});
    return rows;
}

void TestScenarioLoader::malformed_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("errors");
    for (const auto& [file, errors] : malformedRows())
        QTest::newRow(qPrintable(file)) << file << errors;
}

void TestScenarioLoader::malformed() {
    QFETCH(QString, file);
    QFETCH(QStringList, errors);
    const ScenarioLoadResult result = ScenarioLoader::load(malformedDir() + QLatin1Char('/') + file, baselineKit());
    QVERIFY(!result.ok());
    QVERIFY(!result.scenario);
    QCOMPARE(errorLines(result, malformedDir()), errors);
}

void TestScenarioLoader::everyMalformedFileIsTested() {
    // A file added to tests/data/scenarios without a row above would test nothing.
    QStringList tested;
    for (const auto& row : malformedRows())
        tested << row.first;
    const QStringList files = QDir(malformedDir()).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 10);
    for (const QString& file : files)
        QVERIFY2(tested.contains(file), qPrintable(file));
}

void TestScenarioLoader::missingFile() {
    const ScenarioLoadResult result = ScenarioLoader::load(QStringLiteral("/nonexistent/s.yaml"), baselineKit());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().toString().startsWith(
                 QStringLiteral("/nonexistent/s.yaml:1:1: error: cannot read the file: ")),
             qPrintable(result.errors.first().toString()));
}

void TestScenarioLoader::twoDocumentsAndTagsAreScenarioWorded() {
    const ScenarioLoadResult two =
        ScenarioLoader::loadFromBytes(minimal + "---\nformat: 1\n", QStringLiteral("two.yaml"), baselineKit());
    QCOMPARE(errorLines(two, {}),
             QStringList{QStringLiteral("two.yaml:8:1: error: a scenario file holds one YAML document; a second one "
                                        "starts here")});
    QByteArray tagged = minimal;
    tagged.replace("title: Minimal", "title: !!str Minimal");
    const ScenarioLoadResult tag = ScenarioLoader::loadFromBytes(tagged, QStringLiteral("tag.yaml"), baselineKit());
    QCOMPARE(errorLines(tag, {}), QStringList{QStringLiteral("tag.yaml:2:8: error: YAML tag '!!str' is not allowed in "
                                                             "a scenario; write the plain value without a tag")});
}

QTEST_GUILESS_MAIN(TestScenarioLoader)
#include "TestScenarioLoader.moc"
