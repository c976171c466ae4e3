// Scenario steps that send a comms template and record a data-handling step (docs/scenario-format.md,
// "Comms and data steps"): loaded strictly, played through the same model code as the comms and data
// wizards into a real log, and met in the after-action report like an operator's own.

#include "AfterActionReport.h"
#include "AuditLog.h"
#include "AuditVerifier.h"
#include "Clock.h"
#include "CommsEvents.h"
#include "CommsSending.h"
#include "DataEvents.h"
#include "ExerciseEvents.h"
#include "ExerciseRunner.h"
#include "KitLoader.h"
#include "ReviewDatabase.h"
#include "ScenarioLoader.h"
#include "UtcTime.h"

#include "ExerciseFixtures.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace turnback;

namespace {

const Kit& baselineKit() {
    return test::exerciseBaselineKit();
}

const QDateTime start = test::kExerciseStart;

ScenarioLoadResult loadFormat2(const QByteArray& steps, int format = 2) {
    const QByteArray yaml = "format: " + QByteArray::number(format) +
                            "\ntitle: Inline\nservice: Checkout\noperator: {name: Sam Okafor, role: "
                            "incident-commander}\nsteps:\n" +
                            steps;
    return ScenarioLoader::loadFromBytes(yaml, QStringLiteral("inline.yaml"), baselineKit());
}

Scenario scenarioOf(const QByteArray& steps) {
    const ScenarioLoadResult result = loadFormat2(steps);
    if (!result.ok())
        qWarning().noquote() << diagnosticsText(result.errors);
    return result.scenario.value_or(Scenario{});
}

QJsonObject payloadOf(const AuditRecord& record) {
    return test::exercisePayloadOf(record);
}

using Fixture = test::ExerciseFixture;

/// The whole delete procedure, in order, as a scenario writes it.
const QByteArray kDeleteProcedure = "  - at: 2m\n    data-step: delete/confirm-snapshot\n"
                                    "    evidence: {snapshot id: snap-0425}\n"
                                    "    by: {name: Lee Park, role: service-owner}\n"
                                    "  - at: 3m\n    data-step: delete/approve\n"
                                    "    evidence: {approver name: Rita Osei, approval time (UTC): "
                                    "'2026-11-26T09:03:00Z', legal basis: GDPR Art. 17}\n"
                                    "  - at: 4m\n    data-step: delete/count-before\n"
                                    "    evidence: {dataset: orders_shadow, row count before: '1204'}\n"
                                    "  - at: 5m\n    data-step: delete/delete-records\n"
                                    "    evidence: {script hash: 9f2c, operator: Lee Park, row count after: '0'}\n"
                                    "    second: {name: Rita Osei, role: policy-lead}\n"
                                    "  - at: 6m\n    data-step: delete/verify-deletion\n"
                                    "    evidence: {verification query output: 0 rows}\n";

} // namespace

class TestScenarioCommsData : public QObject {
    Q_OBJECT

private slots:
    void sendRecordsTheMessageAsTheWizardWould() {
        // The internal alert, prefilled from the record (service, start, level...) with the scenario's
        // values laid over it: recorded as sent by the script, hash of the exact text, due 15 min.
        Fixture f;
        const Scenario scenario = scenarioOf("  - at: 0s\n    observe: error-rate\n    value: 7.5\n"
                                             "  - at: 3m\n    send: internal-alert\n"
                                             "    values:\n      instructions: Drain the canary now.\n"
                                             "      channel: '#inc-checkout'\n      threshold: 5% for 2 min\n"
                                             "      signal: Edge error rate\n      release_id: rel-2026.11.3\n"
                                             "      next_update_at: '2026-11-26T09:30:00Z'\n");
        QCOMPARE(scenario.steps.size(), 2);
        const ExerciseResult result = f.run(scenario);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QList<AuditRecord> sent = f.rowsOfKind(events::CommsSent::kind);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().atUtc, utc::format(start.addSecs(180)));
        const std::optional<events::CommsSent> row = events::CommsSent::fromJson(payloadOf(sent.first()));
        QVERIFY(row);
        QCOMPARE(row->templateId, QStringLiteral("internal-alert"));
        QCOMPARE(row->channel, events::CommsChannel::Scripted);
        QCOMPARE(payloadOf(sent.first()).value(QStringLiteral("channel")).toString(),
                 QStringLiteral("exercise-script"));
        QCOMPARE(row->recipients, QStringList{baselineKit().comms.at(2).recipient});
        QCOMPARE(row->dueUtc, QStringLiteral("2026-11-26T09:15:00Z"));
        QVERIFY(row->lateReason.isEmpty());
        QVERIFY(row->body.contains(QStringLiteral("Drain the canary now.")));
        QVERIFY2(row->body.contains(QStringLiteral("Checkout")), qPrintable(row->body)); // prefilled service
        QVERIFY(!row->logHead.isEmpty());
        QVERIFY(row->body.endsWith(QStringLiteral("Turnback audit log head: %1\n").arg(row->logHead)));
        const QByteArray bytes = CommsSending::clipboardText({row->subject, row->body}).toUtf8();
        QCOMPARE(row->sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(result.incident.commsSent().size(), 1);
        QVERIFY(AuditVerifier::verify(f.path).ok);
    }

    void aLateSendNeedsAReasonAndRecordsIt() {
        {
            Fixture f;
            const ExerciseResult refused = f.run(scenarioOf("  - at: 0s\n    observe: error-rate\n    value: 7.5\n"
                                                            "  - at: 16m\n    send: internal-alert\n"
                                                            "    values: {instructions: Stand by, channel: x, "
                                                            "threshold: x, signal: x, release_id: x, "
                                                            "next_update_at: '2026-11-26T10:00:00Z'}\n"));
            QVERIFY(!refused.ok);
            QCOMPARE(refused.error, QStringLiteral("inline.yaml:9:5: error: step 2 (send internal-alert at 16 min) was "
                                                   "refused: Internal alert was due at 2026-11-26T09:15:00Z: a late "
                                                   "send needs a 'reason' for the delay."));
            QVERIFY(f.rowsOfKind(events::CommsSent::kind).isEmpty());
        }
        Fixture f;
        const ExerciseResult late = f.run(scenarioOf("  - at: 0s\n    observe: error-rate\n    value: 7.5\n"
                                                     "  - at: 16m\n    send: internal-alert\n"
                                                     "    reason: The bridge line was down.\n"
                                                     "    values: {instructions: Stand by, channel: x, "
                                                     "threshold: x, signal: x, release_id: x, "
                                                     "next_update_at: '2026-11-26T10:00:00Z'}\n"));
        QVERIFY2(late.ok, qPrintable(late.error));
        const auto row = events::CommsSent::fromJson(payloadOf(f.rowsOfKind(events::CommsSent::kind).first()));
        QCOMPARE(row->lateReason, QStringLiteral("The bridge line was down."));
    }

    void aBlankTheRecordCannotFillIsRefusedWhenPlayed() {
        // Nothing in the record fills the instructions: the send is refused, naming the blank.
        Fixture f;
        const ExerciseResult result = f.run(scenarioOf("  - at: 1m\n    send: internal-alert\n"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("Internal alert cannot be sent as it stands:")),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("(instructions)")), qPrintable(result.error));
    }

    void dataStepsRecordEvidenceConfirmationAndSecondPerson() {
        Fixture f;
        const ExerciseResult result = f.run(scenarioOf(kDeleteProcedure));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(f.rowsOfKind(events::DataProcedureStarted::kind).size(), 1);
        const QList<AuditRecord> steps = f.rowsOfKind(events::DataStepRecorded::kind);
        QCOMPARE(steps.size(), 5);
        const auto destructive = events::DataStepRecorded::fromJson(payloadOf(steps.at(3)));
        QVERIFY(destructive);
        QCOMPARE(destructive->step, QStringLiteral("delete-records"));
        QCOMPARE(destructive->confirmation, QStringLiteral("orders_shadow")); // typed as the kit asks
        QVERIFY(destructive->secondPerson);
        QCOMPARE(destructive->secondPerson->name, QStringLiteral("Rita Osei"));
        QCOMPARE(destructive->role, QStringLiteral("service-owner"));
        QCOMPARE(steps.at(3).atUtc, utc::format(start.addSecs(300)));
        const DataProgress* progress = result.incident.dataProgress(QStringLiteral("delete"));
        QVERIFY(progress);
        QVERIFY(progress->isFinished());
        QVERIFY(AuditVerifier::verify(f.path).ok);
    }

    void theSessionRefusesWhatAnOperatorCouldNotDo() {
        // Out of order, and a second person who is the operator at the keyboard: the session's own
        // refusals, reported at the step's place.
        {
            Fixture f;
            const ExerciseResult result =
                f.run(scenarioOf("  - at: 1m\n    data-step: delete/approve\n    evidence: {approver name: R, "
                                 "approval time (UTC): x, legal basis: y}\n"));
            QVERIFY(!result.ok);
            QVERIFY2(result.error.endsWith(QStringLiteral("refused: Steps are carried out in order: the next step "
                                                          "of Delete data written in error is \"confirm-snapshot\".")),
                     qPrintable(result.error));
        }
        Fixture f;
        QByteArray steps = kDeleteProcedure;
        steps.replace("second: {name: Rita Osei, role: policy-lead}", "second: {name: Lee Park, role: service-owner}");
        const ExerciseResult result = f.run(scenarioOf(steps));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("The second person must be someone other than Lee Park")),
                 qPrintable(result.error));
    }

    void loadErrorsNameTheLineAndWhatWasExpected_data() {
        QTest::addColumn<QByteArray>("steps");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown template") << QByteArray("  - at: 1m\n    send: internal-alret\n")
                                          << QStringLiteral("inline.yaml:7:11: error: 'send' refers to comms template "
                                                            "'internal-alret', which the kit does not define; did you "
                                                            "mean 'internal-alert'?");
        QTest::newRow("unknown blank") << QByteArray("  - at: 1m\n    send: internal-alert\n"
                                                     "    values: {instructons: x}\n")
                                       << QStringLiteral("inline.yaml:8:14: error: unknown key 'instructons' in "
                                                         "values of 'internal-alert'; did you mean 'instructions'?");
        QTest::newRow("blank type") << QByteArray("  - at: 1m\n    send: internal-alert\n"
                                                  "    values: {next_update_at: tomorrow}\n")
                                    << QStringLiteral("inline.yaml:8:30: error: 'Next update by (UTC)' "
                                                      "(next_update_at) must be a date and time in UTC");
        QTest::newRow("unknown step") << QByteArray("  - at: 1m\n    data-step: delete/aprove\n")
                                      << QStringLiteral("inline.yaml:7:16: error: 'data-step' must name a step of the "
                                                        "kit's data procedures as PROCEDURE/STEP, such as "
                                                        "'snapshot/scope'; found 'delete/aprove'; did you mean "
                                                        "'delete/approve'?");
        QTest::newRow("checkpoint evidence") << QByteArray("  - at: 1m\n    data-step: delete/confirm-snapshot\n")
                                             << QStringLiteral("inline.yaml:7:16: error: step "
                                                               "'delete/confirm-snapshot' is a checkpoint: 'evidence' "
                                                               "needs 'snapshot id'");
        QTest::newRow("unknown evidence") << QByteArray("  - at: 1m\n    data-step: delete/confirm-snapshot\n"
                                                        "    evidence: {snapshot: s1, snapshot id: s1}\n")
                                          << QStringLiteral("inline.yaml:8:16: error: unknown key 'snapshot' in "
                                                            "evidence of 'delete/confirm-snapshot'");
        QTest::newRow("blocked without reason")
            << QByteArray("  - at: 1m\n    data-step: delete/confirm-snapshot\n    outcome: blocked\n")
            << QStringLiteral("inline.yaml:7:16: error: a 'blocked' data step needs a 'reason'");
        QTest::newRow("two-person") << QByteArray("  - at: 1m\n    data-step: delete/delete-records\n"
                                                  "    evidence: {script hash: a, operator: b, row count after: '0'}\n")
                                    << QStringLiteral("inline.yaml:7:16: error: step 'delete/delete-records' needs a "
                                                      "second person: add 'second: {name: ..., role: ...}'");
        QTest::newRow("confirm on a safe step")
            << QByteArray("  - at: 1m\n    data-step: delete/confirm-snapshot\n    evidence: {snapshot id: s}\n"
                          "    confirm: yes please\n")
            << QStringLiteral("inline.yaml:9:14: error: step 'delete/confirm-snapshot' does not delete or change "
                              "data: it takes no 'confirm'");
    }

    void loadErrorsNameTheLineAndWhatWasExpected() {
        QFETCH(QByteArray, steps);
        QFETCH(QString, error);
        const ScenarioLoadResult result = loadFormat2(steps);
        QVERIFY(!result.ok());
        const QString text = diagnosticsText(result.errors);
        QVERIFY2(text.startsWith(error), qPrintable(text));
    }

    void timesAreWrittenFromTheExercisesOwnStart() {
        // A scenario is played on any day: "+1h" in a date-time blank or in evidence is the exercise's
        // start plus an hour, never a fixed date that contradicts the record; other text stays as written.
        Fixture f;
        const ExerciseResult result =
            f.run(scenarioOf("  - at: 0s\n    observe: error-rate\n    value: 7.5\n"
                             "  - at: 3m\n    send: internal-alert\n"
                             "    values: {instructions: Call +49 30 1234, channel: '+inc', threshold: x, signal: x,"
                             " release_id: x, next_update_at: '+1h 30m'}\n"
                             "  - at: 4m\n    data-step: snapshot/scope\n"
                             "    evidence: {list of stores and tables: orders, time range (UTC): '+2m'}\n"));
        QVERIFY2(result.ok, qPrintable(result.error));
        const auto sent = events::CommsSent::fromJson(payloadOf(f.rowsOfKind(events::CommsSent::kind).first()));
        QVERIFY2(sent->body.contains(QStringLiteral("Next update by 2026-11-26T10:30:00Z in +inc.")),
                 qPrintable(sent->body));
        QVERIFY(sent->body.contains(QStringLiteral("Call +49 30 1234")));
        const auto step =
            events::DataStepRecorded::fromJson(payloadOf(f.rowsOfKind(events::DataStepRecorded::kind).first()));
        QCOMPARE(*step->evidenceValue(QStringLiteral("time range (UTC)")), QStringLiteral("2026-11-26T09:02:00Z"));

        const ScenarioLoadResult bad = loadFormat2("  - at: 1m\n    send: internal-alert\n"
                                                   "    values: {next_update_at: '+soon'}\n");
        QVERIFY(!bad.ok());
        QVERIFY2(diagnosticsText(bad.errors)
                     .startsWith(QStringLiteral("inline.yaml:8:30: error: 'next_update_at' starts with '+' but '+soon' "
                                                "is not a time since the start of the exercise")),
                 qPrintable(diagnosticsText(bad.errors)));
    }

    void format1RefusesTheNewSteps() {
        const ScenarioLoadResult result = loadFormat2("  - at: 1m\n    send: internal-alert\n", 1);
        QVERIFY(!result.ok());
        QVERIFY2(diagnosticsText(result.errors)
                     .contains(QStringLiteral("'send' needs scenario format 2; this file says 'format: 1'")),
                 qPrintable(diagnosticsText(result.errors)));
    }

    void theReportCountsScriptedWorkAsMet() {
        // An inject expecting the internal alert within 10 min and the snapshot's scope within 5 min,
        // met by the script at 4 and 3 minutes: both met, and the comms timer met 11 min early.
        Fixture f;
        const Scenario scenario =
            scenarioOf("  - at: 0s\n    id: spike\n    observe: error-rate\n    value: 7.5\n    expect:\n"
                       "      - {act: comms, item: internal-alert, by: incident-commander, within: 10m}\n"
                       "      - {act: data-step, item: snapshot/scope, by: service-owner, within: 5m}\n"
                       "  - at: 3m\n    data-step: snapshot/scope\n"
                       "    evidence: {list of stores and tables: orders, time range (UTC): 08:00-09:00}\n"
                       "    by: {name: Lee Park, role: service-owner}\n"
                       "  - at: 4m\n    send: internal-alert\n    by: {name: Sam Okafor, role: incident-commander}\n"
                       "    values: {instructions: Drain, channel: x, threshold: x, signal: x, release_id: x, "
                       "next_update_at: '2026-11-26T10:00:00Z'}\n");
        const ExerciseResult result = f.run(scenario);
        QVERIFY2(result.ok, qPrintable(result.error));
        ReviewDatabase db;
        QVERIFY(db.open(f.path));
        QString error;
        const std::optional<AfterActionReport> report =
            AfterActionReportBuilder::build(db, result.incidentId, &baselineKit(), &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->injects.size(), 1);
        const QList<AarExpectation>& expects = report->injects.first().expects;
        QCOMPARE(expects.size(), 2);
        for (const AarExpectation& e : expects) {
            QVERIFY2(e.isMet(), qPrintable(e.act + QLatin1Char(' ') + expectationOutcomeId(e.outcome)));
            QVERIFY(e.actedByScript); // the script did it, not the room: the report says so
        }
        QCOMPARE(report->score.metByScript, 2);
        QVERIFY(report->toJson().value(QStringLiteral("score")).toObject().value(QStringLiteral("met_by_script")) ==
                QJsonValue(2));
        // The inject is the trainer's row; the acts are the participants', marked as played by the script.
        QCOMPARE(f.rowsOfKind(events::ExerciseInject::kind).first().actor, events::kTrainerActor);
        QVERIFY(payloadOf(f.rowsOfKind(events::CommsSent::kind).first()).value(QStringLiteral("scripted")).toBool());
        QCOMPARE(f.rowsOfKind(events::CommsSent::kind).first().actor, QStringLiteral("Sam Okafor"));
        QCOMPARE(expects.at(0).acted, start.addSecs(240));
        QCOMPARE(expects.at(1).acted, start.addSecs(180));
        QCOMPARE(report->gaps.size(), 0);
        bool commsTimer = false;
        for (const AarTimer& t : report->timers)
            if (t.kind == QLatin1String("comms") && t.item == QLatin1String("internal-alert")) {
                commsTimer = true;
                QVERIFY(t.met);
                QCOMPARE(t.marginMs, qint64(11 * 60 * 1000));
            }
        QVERIFY(commsTimer);
    }
};

QTEST_GUILESS_MAIN(TestScenarioCommsData)
#include "TestScenarioCommsData.moc"
