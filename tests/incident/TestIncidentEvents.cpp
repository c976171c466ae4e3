// The typed events: each kind writes exactly the payload docs/incident-events.md documents (the
// public contract auditors query with sqlite3), and reads back what it wrote.

#include "AttachmentCheck.h"
#include "AuditLog.h"
#include "CommsEvents.h"
#include "ExerciseEvents.h"
#include "ExerciseReviewEvent.h"
#include "ImportEvents.h"
#include "IncidentEvent.h"
#include "UtcTime.h"

#include <QJsonDocument>
#include <QTest>

using namespace turnback;
using namespace turnback::events;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(turnback::events::IncidentEvent)

namespace {
QDateTime t(const char* text) {
    return utc::parse(QString::fromLatin1(text));
}

const QString kKitSha = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
const QString kOverlaySha = u"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"_s;
} // namespace

class TestIncidentEvents : public QObject {
    Q_OBJECT
private slots:
    void writesTheDocumentedPayload_data() {
        QTest::addColumn<IncidentEvent>("event");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("payload");
        QTest::newRow("ReversalStarted")
            << IncidentEvent(ReversalStarted{u"Rollout"_s,
                                             u"checkout"_s,
                                             u"incident-commander"_s,
                                             true,
                                             u"baseline"_s,
                                             u"/k/baseline.yaml"_s,
                                             {u"/k/o.yaml"_s},
                                             u"2026.11"_s,
                                             1,
                                             kKitSha,
                                             {kOverlaySha}})
            << u"checkout"_s
            << QString(
                   uR"({"kit_file":"/k/baseline.yaml","kit_format":1,"kit_id":"baseline","kit_sha256":")"_s + kKitSha +
                   uR"(","kit_version":"2026.11","mode":"exercise","overlay_sha256":[")"_s + kOverlaySha +
                   uR"("],"overlays":["/k/o.yaml"],"role":"incident-commander","service":"checkout","title":"Rollout"})"_s);
        QTest::newRow("ObservationRecorded measured")
            << IncidentEvent(ObservationRecorded{u"error-rate"_s, t("2026-03-14T09:00:30.000Z"), 30000, 6.5})
            << u"error-rate"_s
            << uR"({"observed_at":"2026-03-14T09:00:30.000Z","rubric_ms":30000,"signal":"error-rate","value":6.5})"_s;
        QTest::newRow("ObservationRecorded occurrence")
            << IncidentEvent(ObservationRecorded{u"p1-count"_s, t("2026-03-14T09:00:30.000Z"), 30000, std::nullopt})
            << u"p1-count"_s
            << uR"({"observed_at":"2026-03-14T09:00:30.000Z","rubric_ms":30000,"signal":"p1-count"})"_s;
        QTest::newRow("SignalTriggered")
            << IncidentEvent(SignalTriggered{u"error-rate"_s,
                                             Level::Slow,
                                             t("2026-03-14T09:02:00.000Z"),
                                             u"engineering-lead"_s,
                                             300000,
                                             t("2026-03-14T09:07:00.000Z"),
                                             {u"incident-commander"_s}})
            << u"error-rate"_s
            << uR"({"at":"2026-03-14T09:02:00.000Z","deadline":"2026-03-14T09:07:00.000Z","level":"slow","notify":["incident-commander"],"owner":"engineering-lead","signal":"error-rate","timer_ms":300000})"_s;
        QTest::newRow("SignalCleared") << IncidentEvent(SignalCleared{u"p1-count"_s, t("2026-03-14T10:00:00.000Z")})
                                       << u"p1-count"_s
                                       << uR"({"at":"2026-03-14T10:00:00.000Z","signal":"p1-count"})"_s;
        QTest::newRow("LevelEntered")
            << IncidentEvent(
                   LevelEntered{Level::Stop, Level::Slow, u"p1-count"_s, t("2026-03-14T09:41:00.000Z"), false})
            << u"stop"_s << uR"({"at":"2026-03-14T09:41:00.000Z","from":"slow","level":"stop","signal":"p1-count"})"_s;
        QTest::newRow("LevelEntered repaired")
            << IncidentEvent(
                   LevelEntered{Level::Reverse, Level::Normal, u"data-loss"_s, t("2026-03-14T09:41:00.000Z"), true})
            << u"reverse"_s
            << uR"({"at":"2026-03-14T09:41:00.000Z","from":"normal","level":"reverse","repaired":true,"signal":"data-loss"})"_s;
        QTest::newRow("LevelChanged trigger")
            << IncidentEvent(LevelChanged{Level::Stop, Level::Reverse, LevelCause::Trigger, 9, u"data-loss"_s,
                                          t("2026-03-14T09:41:00.000Z")})
            << u"reverse"_s
            << uR"({"at":"2026-03-14T09:41:00.000Z","cause":"trigger","from":"stop","obligation":9,"signal":"data-loss","to":"reverse"})"_s;
        QTest::newRow("LevelChanged stand-down")
            << IncidentEvent(LevelChanged{
                   Level::Reverse, Level::Normal, LevelCause::StandDown, 0, {}, t("2026-03-14T10:00:00.000Z")})
            << u"normal"_s
            << uR"({"at":"2026-03-14T10:00:00.000Z","cause":"stand-down","from":"reverse","obligation":0,"signal":"","to":"normal"})"_s;
        QTest::newRow("OwnerAcknowledged")
            << IncidentEvent(OwnerAcknowledged{7, u"error-rate"_s, u"engineering-lead"_s}) << u"error-rate"_s
            << uR"({"obligation":7,"role":"engineering-lead","signal":"error-rate"})"_s;
        QTest::newRow("NotificationConfirmed")
            << IncidentEvent(NotificationConfirmed{7, u"error-rate"_s, u"service-owner"_s, u"incident-commander"_s})
            << u"service-owner"_s
            << uR"({"obligation":7,"role":"incident-commander","signal":"error-rate","told":"service-owner"})"_s;
        QTest::newRow("DecisionRecorded on behalf")
            << IncidentEvent(DecisionRecorded{7, u"data-loss"_s, Decision::CarryOut, u"incident-commander"_s,
                                              u"Owner unreachable"_s, Level::Reverse, u"service-owner"_s})
            << u"data-loss"_s
            << uR"({"decision":"carry-out","level":"reverse","obligation":7,"on_behalf_of":"service-owner","reason":"Owner unreachable","role":"incident-commander","signal":"data-loss"})"_s;
        QTest::newRow("DecisionRecorded stand-down")
            << IncidentEvent(DecisionRecorded{
                   0, {}, Decision::DeEscalate, u"incident-commander"_s, u"All clear"_s, Level::Normal, {}})
            << u"normal"_s
            << uR"({"decision":"de-escalate","level":"normal","obligation":0,"reason":"All clear","role":"incident-commander"})"_s;
        {
            DecisionRecorded item{
                7, u"p1-count"_s, Decision::DeEscalate, u"incident-commander"_s, u"Duplicate tickets"_s, Level::Slow,
                {}};
            item.appliesTo = DecisionRecorded::Scope::Item;
            QTest::newRow("DecisionRecorded item")
                << IncidentEvent(item) << u"p1-count"_s
                << uR"({"applies_to":"item","decision":"de-escalate","level":"slow","obligation":7,"reason":"Duplicate tickets","role":"incident-commander","signal":"p1-count"})"_s;
            DecisionRecorded all{0, {}, Decision::DeEscalate, u"incident-commander"_s, u"All clear"_s, Level::Normal,
                                 {}};
            all.appliesTo = DecisionRecorded::Scope::All;
            QTest::newRow("DecisionRecorded all")
                << IncidentEvent(all) << u"normal"_s
                << uR"({"applies_to":"all","decision":"de-escalate","level":"normal","obligation":0,"reason":"All clear","role":"incident-commander"})"_s;
        }
        QTest::newRow("DecisionRefused below another item")
            << IncidentEvent(DecisionRefused{7,
                                             u"p1-count"_s,
                                             Decision::DeEscalate,
                                             Level::Normal,
                                             u"incident-commander"_s,
                                             u"Duplicate tickets"_s,
                                             {},
                                             Refusal::BelowAnotherItem,
                                             9,
                                             u"data-loss"_s,
                                             Level::Reverse})
            << u"p1-count"_s
            << uR"({"blocking_level":"reverse","blocking_obligation":9,"blocking_signal":"data-loss","decision":"de-escalate","level":"normal","obligation":7,"reason":"Duplicate tickets","refusal":"below-another-item","role":"incident-commander","signal":"p1-count"})"_s;
        QTest::newRow("DecisionRefused no reason")
            << IncidentEvent(DecisionRefused{7,
                                             u"data-loss"_s,
                                             Decision::CarryOut,
                                             std::nullopt,
                                             u"incident-commander"_s,
                                             {},
                                             u"service-owner"_s,
                                             Refusal::NoReason})
            << u"data-loss"_s
            << uR"({"decision":"carry-out","obligation":7,"on_behalf_of":"service-owner","reason":"","refusal":"no-reason","role":"incident-commander","signal":"data-loss"})"_s;
        {
            ActRefused told;
            told.act = RefusedAct::ConfirmNotification;
            told.refusal = ActRefusal::AlreadyDone;
            told.obligation = 7;
            told.signal = u"data-loss"_s;
            told.told = u"policy-lead"_s;
            told.role = u"incident-commander"_s;
            told.earlierBy = u"Ana"_s;
            told.earlierAt = QDateTime(QDate(2026, 11, 30), QTime(3, 12, 5), Qt::UTC);
            QTest::newRow("ActRefused tick already done")
                << IncidentEvent(told) << u"data-loss"_s
                << uR"({"act":"confirm-notification","earlier_at":"2026-11-30T03:12:05.000Z","earlier_by":"Ana","obligation":7,"refusal":"already-done","role":"incident-commander","signal":"data-loss","told":"policy-lead"})"_s;
            ActRefused retract;
            retract.act = RefusedAct::Retract;
            retract.refusal = ActRefusal::NotRetractable;
            retract.retracts = 12;
            retract.subject = u"data-loss"_s;
            retract.reason = u"The rubric was wrong"_s;
            retract.role = u"incident-commander"_s;
            QTest::newRow("ActRefused retraction")
                << IncidentEvent(retract) << u"data-loss"_s
                << uR"({"act":"retract","obligation":0,"reason":"The rubric was wrong","refusal":"not-retractable","retracts":12,"role":"incident-commander","signal":"","subject":"data-loss"})"_s;
        }
        QTest::newRow("OperatorChanged")
            << IncidentEvent(OperatorChanged{u"Sam"_s, u"service-owner"_s, u"Ana"_s, u"incident-commander"_s})
            << u"Sam"_s
            << uR"({"name":"Sam","previous":"Ana","previous_role":"incident-commander","role":"service-owner"})"_s;
        QTest::newRow("EntryRetracted observation")
            << IncidentEvent(EntryRetracted{12, u"ObservationRecorded"_s, u"regulator-inquiry"_s, u"Wrong key"_s,
                                            u"incident-commander"_s, 180000})
            << u"regulator-inquiry"_s
            << uR"({"kind":"ObservationRecorded","reason":"Wrong key","retracts":12,"role":"incident-commander","rubric_ms":180000,"subject":"regulator-inquiry"})"_s;
        QTest::newRow("EntryRetracted tick")
            << IncidentEvent(EntryRetracted{14, u"NotificationConfirmed"_s, u"policy-lead"_s, u"Not reached"_s,
                                            u"incident-commander"_s, std::nullopt})
            << u"policy-lead"_s
            << uR"({"kind":"NotificationConfirmed","reason":"Not reached","retracts":14,"role":"incident-commander","subject":"policy-lead"})"_s;
        QTest::newRow("ReversalClosed") << IncidentEvent(ReversalClosed{u"Rolled back"_s, u"stop"_s, 2}) << QString()
                                        << uR"({"level":"stop","open_obligations":2,"summary":"Rolled back"})"_s;
        QTest::newRow("ReversalClosed owed")
            << IncidentEvent(ReversalClosed{u"Rolled back"_s, u"stop"_s, 6, 1, 1, 4}) << QString()
            << uR"({"level":"stop","open_acknowledgements":1,"open_decisions":1,"open_notifications":4,"open_obligations":6,"summary":"Rolled back"})"_s;
        QTest::newRow("regulator.trigger") << IncidentEvent(RegulatorTriggerRecorded{u"became-aware"_s})
                                           << u"became-aware"_s << uR"({"trigger":"became-aware"})"_s;
        QTest::newRow("ReversalClosed comms owed")
            << IncidentEvent(ReversalClosed{u"Rolled back"_s, u"stop"_s, 8, 1, 1, 4, 2}) << QString()
            << uR"({"level":"stop","open_acknowledgements":1,"open_comms":2,"open_decisions":1,"open_notifications":4,"open_obligations":8,"summary":"Rolled back"})"_s;
        QTest::newRow("data.procedure.started")
            << IncidentEvent(DataProcedureStarted{
                   u"delete"_s, u"service-owner"_s, {u"confirm-snapshot"_s, u"approve"_s}, u"incident-commander"_s})
            << u"delete"_s
            << uR"({"owner":"service-owner","procedure":"delete","role":"incident-commander","steps":["confirm-snapshot","approve"]})"_s;
        QTest::newRow("data.step.recorded done")
            << IncidentEvent(DataStepRecorded{u"delete"_s,
                                              u"delete-records"_s,
                                              DataStepRecorded::Outcome::Done,
                                              {},
                                              u"incident-commander"_s,
                                              {{u"script hash"_s, u"ab12"_s}, {u"operator"_s, u"Ana"_s}},
                                              {u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s},
                                              u"orders_2026_03"_s,
                                              SecondPerson{u"Bo"_s, u"policy-lead"_s}})
            << u"delete/delete-records"_s
            << uR"({"attachments":["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],"confirmation":"orders_2026_03","evidence":[{"name":"script hash","value":"ab12"},{"name":"operator","value":"Ana"}],"outcome":"done","procedure":"delete","role":"incident-commander","second_person":{"name":"Bo","role":"policy-lead"},"step":"delete-records"})"_s;
        QTest::newRow("data.step.recorded blocked")
            << IncidentEvent(DataStepRecorded{u"snapshot"_s, u"scope"_s, DataStepRecorded::Outcome::Blocked,
                                              u"DBA unreachable"_s, u"service-owner"_s})
            << u"snapshot/scope"_s
            << uR"({"attachments":[],"evidence":[],"outcome":"blocked","procedure":"snapshot","reason":"DBA unreachable","role":"service-owner","step":"scope"})"_s;
        QTest::newRow("ReversalClosed impact")
            << IncidentEvent(ReversalClosed{u"Rolled back"_s, u"normal"_s, 0, 0, 0, 0, std::nullopt, 4, 1, 2})
            << QString()
            << uR"({"impact_answered":4,"impact_unanswered":2,"impact_unknown":1,"level":"normal","open_acknowledgements":0,"open_decisions":0,"open_notifications":0,"open_obligations":0,"summary":"Rolled back"})"_s;
        QTest::newRow("impact.answered answer")
            << IncidentEvent(ImpactAnswered{u"users-affected"_s, u"1200"_s, false, {}, u"incident-commander"_s})
            << u"users-affected"_s
            << uR"({"answer":"1200","prompt":"users-affected","reason":"","role":"incident-commander","unknown":false})"_s;
        QTest::newRow("impact.answered unknown")
            << IncidentEvent(
                   ImpactAnswered{u"partners-actions"_s, {}, true, u"Partners not reached yet"_s, u"service-owner"_s})
            << u"partners-actions"_s
            << uR"({"answer":"","prompt":"partners-actions","reason":"Partners not reached yet","role":"service-owner","unknown":true})"_s;
        // The stages (docs/incident-events.md, "Stages").
        using StageOutcome = StageItemRecorded::Outcome;
        QTest::newRow("stage.item.recorded met")
            << IncidentEvent(StageItemRecorded{
                   u"pre-release"_s, u"owners-named"_s, StageOutcome::Met, {}, u"incident-commander"_s, {}})
            << u"pre-release/owners-named"_s
            << uR"({"item":"owners-named","outcome":"met","role":"incident-commander","stage":"pre-release"})"_s;
        QTest::newRow("stage.item.recorded blocked for the owner")
            << IncidentEvent(StageItemRecorded{u"live-rollback"_s, u"pause-traffic"_s, StageOutcome::Blocked,
                                               u"flag service down"_s, u"incident-commander"_s, u"engineering-lead"_s})
            << u"live-rollback/pause-traffic"_s
            << uR"({"item":"pause-traffic","on_behalf_of":"engineering-lead","outcome":"blocked","reason":"flag service down","role":"incident-commander","stage":"live-rollback"})"_s;
        QTest::newRow("stage.gate.decided go")
            << IncidentEvent(StageGateDecided{
                   u"pre-release"_s, true, u"risk accepted"_s, {u"data-mapped"_s}, u"incident-commander"_s})
            << u"pre-release"_s
            << uR"({"decision":"go","reason":"risk accepted","role":"incident-commander","stage":"pre-release","unmet":["data-mapped"]})"_s;
        QTest::newRow("stage.window.opened")
            << IncidentEvent(StageWindowOpened{u"live-rollback"_s, 7200000,
                                               QDateTime(QDate(2026, 3, 14), QTime(11, 0), Qt::UTC),
                                               u"engineering-lead"_s})
            << u"live-rollback"_s
            << uR"({"closes_at":"2026-03-14T11:00:00.000Z","duration_ms":7200000,"role":"engineering-lead","stage":"live-rollback"})"_s;
        QTest::newRow("stage.window.closed")
            << IncidentEvent(StageWindowClosed{u"live-rollback"_s, QDateTime(QDate(2026, 3, 14), QTime(9, 40), Qt::UTC),
                                               true, u"rolled back"_s, u"incident-commander"_s})
            << u"live-rollback"_s
            << uR"({"at":"2026-03-14T09:40:00.000Z","early":true,"reason":"rolled back","role":"incident-commander","stage":"live-rollback"})"_s;
        QTest::newRow("stage.harm.recorded")
            << IncidentEvent(StageHarmRecorded{u"post-reversal"_s, u"EU customers"_s, u"1,342"_s, u"41 min"_s,
                                               u"order totals"_s, u""_s, 17, u"service-owner"_s})
            << u"post-reversal"_s
            << uR"({"affected":"EU customers","corrects":17,"count":"1,342","data":"order totals","duration":"41 min","note":"","role":"service-owner","stage":"post-reversal"})"_s;
        QTest::newRow("stage.relaunch.decided")
            << IncidentEvent(StageRelaunchDecided{
                   u"post-reversal"_s,
                   false,
                   {{u"cause-understood"_s, true, u"fix #412"_s}, {u"harm-addressed"_s, false, {}}},
                   {},
                   u"incident-commander"_s})
            << u"post-reversal"_s
            << uR"({"criteria":[{"id":"cause-understood","met":true,"note":"fix #412"},{"id":"harm-addressed","met":false}],"decision":"no-relaunch","role":"incident-commander","stage":"post-reversal"})"_s;
        QTest::newRow("stage.left-open")
            << IncidentEvent(StagesLeftOpen{u"post-reversal"_s,
                                            {u"post-reversal/restore-trust"_s},
                                            true,
                                            u"continues in OPS-7"_s,
                                            u"incident-commander"_s})
            << u"post-reversal"_s
            << uR"({"open":["post-reversal/restore-trust"],"reason":"continues in OPS-7","relaunch_missing":true,"role":"incident-commander","stage":"post-reversal"})"_s;
        ActRefused gate;
        gate.act = RefusedAct::Gate;
        gate.refusal = ActRefusal::NoReason;
        gate.subject = u"pre-release"_s;
        gate.role = u"incident-commander"_s;
        gate.unmet = QStringList{u"data-mapped"_s};
        QTest::newRow("ActRefused gate")
            << IncidentEvent(gate) << u"pre-release"_s
            << uR"({"act":"gate","obligation":0,"reason":"","refusal":"no-reason","role":"incident-commander","signal":"","subject":"pre-release","unmet":["data-mapped"]})"_s;
    }
    void writesTheDocumentedPayload() {
        QFETCH(IncidentEvent, event);
        QFETCH(QString, target);
        QFETCH(QString, payload);
        QCOMPARE(AuditLog::canonicalPayload(toJson(event)), payload);
        QCOMPARE(targetOf(event), target);
        const QString kind = QString::fromLatin1(QTest::currentDataTag()).section(u' ', 0, 0);
        QCOMPARE(kindOf(event), kind);
        QVERIFY(isIncidentEventKind(kind));
        // What is written reads back as the same event.
        const std::optional<IncidentEvent> back = fromJson(kind, QJsonDocument::fromJson(payload.toUtf8()).object());
        QVERIFY(back.has_value());
        QVERIFY(*back == event);
    }

    void evidenceAttachedWritesTheDocumentedPayload() {
        // A row of the reversal that the fold does not read; audit verify re-hashes the file it names.
        const EvidenceAttached attached{u"inc-1/e3b0c44298fc-manifest.txt"_s,
                                        u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s, 0,
                                        u"manifest.txt"_s, u"data:snapshot/take-snapshot"_s};
        QCOMPARE(EvidenceAttached::kind, u"evidence.attached"_s);
        QCOMPARE(
            AuditLog::canonicalPayload(attached.toJson()),
            uR"({"context":"data:snapshot/take-snapshot","original_name":"manifest.txt","path":"inc-1/e3b0c44298fc-manifest.txt","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","size":0})"_s);
        QCOMPARE(EvidenceAttached::fromJson(attached.toJson()), attached);
        QVERIFY(!isIncidentEventKind(EvidenceAttached::kind));
    }

    void exerciseRowsWriteTheDocumentedPayload() {
        // A tabletop exercise's own rows (docs/incident-events.md, "Exercises"): what an after-action
        // report reads. Beside the fold, like the import rows.
        ExerciseStarted started;
        started.scenarioTitle = u"Error spike on the canary"_s;
        started.scenarioFile = u"resources/scenarios/error-spike-canary.yaml"_s;
        started.scenarioSha256 = u"9f86d081884c7d65"_s;
        started.objectives = {u"Decide in time"_s};
        started.participants = {{u"Priya Nair"_s, u"engineering-lead"_s}};
        started.format = 2;
        QCOMPARE(
            AuditLog::canonicalPayload(started.toJson()),
            uR"({"format":2,"objectives":["Decide in time"],"operator_steps":"scripted","participants":[{"name":"Priya Nair","role":"engineering-lead"}],"scenario_file":"resources/scenarios/error-spike-canary.yaml","scenario_sha256":"9f86d081884c7d65","scenario_title":"Error spike on the canary"})"_s);
        QCOMPARE(ExerciseStarted::fromJson(started.toJson()), started);
        started.operatorSteps = false;
        QCOMPARE(started.toJson().value(u"operator_steps"_s).toString(), u"live"_s);
        QCOMPARE(ExerciseStarted::fromJson(started.toJson()), started);

        ExerciseInject call;
        call.inject = u"dpa-calls"_s;
        call.type = ExerciseInject::Type::Message;
        call.to = u"policy-lead"_s;
        call.text = u"The regulator calls."_s;
        call.expects = {{u"comms"_s, u"regulator-update"_s, u"policy-lead"_s, 1'200'000}};
        QCOMPARE(
            AuditLog::canonicalPayload(call.toJson()),
            uR"({"expects":[{"act":"comms","item":"regulator-update","role":"policy-lead","within_ms":1200000}],"inject":"dpa-calls","kind":"message","text":"The regulator calls.","to":"policy-lead"})"_s);
        QCOMPARE(ExerciseInject::fromJson(call.toJson()), call);
        const ExerciseInject sample{
            u"spike"_s, ExerciseInject::Type::Observation, {}, u"observe error-rate = 6.8"_s, u"error-rate"_s, 6.8, {}};
        QCOMPARE(
            AuditLog::canonicalPayload(sample.toJson()),
            uR"({"expects":[],"inject":"spike","kind":"observation","signal":"error-rate","text":"observe error-rate = 6.8","value":6.8})"_s);
        QCOMPARE(ExerciseInject::fromJson(sample.toJson()), sample);
        QCOMPARE(injectKindId(ExerciseInject::Type::Occurrence), u"occurrence"_s);
        QVERIFY(!ExerciseInject::fromJson(QJsonObject{{u"kind"_s, u"rumour"_s}}));

        const ExerciseControl jump{ExerciseControl::Action::Jump, 10.0,
                                   u"2026-11-26T09:01:00.000Z"_s, u"2026-11-26T09:03:10.000Z"_s,
                                   u"incident-commander"_s,       {}};
        QCOMPARE(
            AuditLog::canonicalPayload(jump.toJson()),
            uR"({"action":"jump","from":"2026-11-26T09:01:00.000Z","role":"incident-commander","speed":10,"to":"2026-11-26T09:03:10.000Z"})"_s);
        QCOMPARE(ExerciseControl::fromJson(jump.toJson()), jump);
        QCOMPARE(jump.target(), u"jump"_s);
        const ExerciseControl added{ExerciseControl::Action::InjectAdded,
                                    1.0,
                                    u"2026-11-26T09:05:00.000Z"_s,
                                    u"2026-11-26T09:05:00.000Z"_s,
                                    u"incident-commander"_s,
                                    u"trainer-1"_s};
        QCOMPARE(
            AuditLog::canonicalPayload(added.toJson()),
            uR"({"action":"inject-added","from":"2026-11-26T09:05:00.000Z","inject":"trainer-1","role":"incident-commander","speed":1,"to":"2026-11-26T09:05:00.000Z"})"_s);
        QCOMPARE(ExerciseControl::fromJson(added.toJson()), added);
        const ExerciseControl live{ExerciseControl::Action::OperatorSteps,
                                   2.0,
                                   u"2026-11-26T09:06:00.000Z"_s,
                                   u"2026-11-26T09:06:00.000Z"_s,
                                   u"incident-commander"_s,
                                   {},
                                   false};
        QCOMPARE(
            AuditLog::canonicalPayload(live.toJson()),
            uR"({"action":"operator-steps","from":"2026-11-26T09:06:00.000Z","operator_steps":"live","role":"incident-commander","speed":2,"to":"2026-11-26T09:06:00.000Z"})"_s);
        QCOMPARE(ExerciseControl::fromJson(live.toJson()), live);
        QCOMPARE(controlActionId(ExerciseControl::Action::Pause), u"pause"_s);
        QCOMPARE(controlActionId(ExerciseControl::Action::Resume), u"resume"_s);
        QCOMPARE(controlActionId(ExerciseControl::Action::Speed), u"speed"_s);
        QCOMPARE(controlActionId(ExerciseControl::Action::Start), u"start"_s);
        QVERIFY(!ExerciseControl::fromJson(QJsonObject{{u"action"_s, u"rewind"_s}}));
        QVERIFY(!isIncidentEventKind(ExerciseStarted::kind));
        QVERIFY(!isIncidentEventKind(ExerciseInject::kind));
        QVERIFY(!isIncidentEventKind(ExerciseControl::kind));
    }

    void importRowsWriteTheDocumentedPayload() {
        // An observation import's start and end: rows of the reversal that the fold does not read.
        const ImportStarted started{u"/data/obs.csv"_s, 1234, u"9f86d081884c7d65"_s, 10, 12};
        QCOMPARE(AuditLog::canonicalPayload(started.toJson()),
                 uR"({"file":"/data/obs.csv","observations":12,"rows":10,"sha256":"9f86d081884c7d65","size":1234})"_s);
        QCOMPARE(ImportStarted::fromJson(started.toJson()), started);
        const ImportFinished recorded{u"/data/obs.csv"_s, 41, ImportFinished::Outcome::Recorded, 12, 0, {}};
        QCOMPARE(AuditLog::canonicalPayload(recorded.toJson()),
                 uR"({"file":"/data/obs.csv","outcome":"recorded","recorded":12,"started_seq":41})"_s);
        QCOMPARE(ImportFinished::fromJson(recorded.toJson()), recorded);
        const ImportFinished refused{u"/data/obs.csv"_s,
                                     41,
                                     ImportFinished::Outcome::Refused,
                                     0,
                                     2,
                                     u"/data/obs.csv:3: error: unknown signal 'x'"_s};
        QCOMPARE(
            AuditLog::canonicalPayload(refused.toJson()),
            uR"({"file":"/data/obs.csv","outcome":"refused","problems":2,"reason":"/data/obs.csv:3: error: unknown signal 'x'","recorded":0,"started_seq":41})"_s);
        QCOMPARE(ImportFinished::fromJson(refused.toJson()), refused);
        QCOMPARE(outcomeId(ImportFinished::Outcome::Cancelled), u"cancelled"_s);
        QCOMPARE(outcomeId(ImportFinished::Outcome::Failed), u"failed"_s);
        QVERIFY(!ImportFinished::fromJson(QJsonObject{{u"outcome"_s, u"maybe"_s}}));
        QVERIFY(!isIncidentEventKind(ImportStarted::kind));
        QVERIFY(!isIncidentEventKind(ImportFinished::kind));
    }

    void exerciseReviewWritesTheDocumentedPayload() {
        // The trainer's review in an after-action report: a console-level row about the reversal.
        const ExerciseReview review{u"rev-1"_s,
                                    {u"calm"_s},
                                    {u"tell the regulator sooner"_s},
                                    {{u"Add a GDPR reminder"_s, u"policy-lead"_s, u"2026-04-30"_s}},
                                    u"Good room."_s};
        QCOMPARE(
            AuditLog::canonicalPayload(review.toJson()),
            uR"({"improvements":["tell the regulator sooner"],"incident":"rev-1","notes":"Good room.","plan":[{"action":"Add a GDPR reminder","due":"2026-04-30","owner":"policy-lead"}],"strengths":["calm"]})"_s);
        QCOMPARE(ExerciseReview::fromJson(review.toJson()), review);
        QVERIFY(!ExerciseReview::fromJson(QJsonObject{{u"notes"_s, u"no reversal"_s}}));
        QVERIFY(!isIncidentEventKind(ExerciseReview::kind));
    }

    void commsRowsWriteTheDocumentedPayload() {
        // A comms message sent and a draft saved: rows of the reversal kept beside the fold.
        CommsSent sent;
        sent.templateId = u"regulator-update"_s;
        sent.audience = u"regulator"_s;
        sent.recipients = {u"Jörg Weiß <jw@example.com>"_s, u"Lead supervisory authority"_s};
        sent.channel = CommsChannel::EmlFile;
        sent.subject = u"Kasse: notification"_s;
        sent.body = u"Decision owner: Ana\n"_s;
        sent.sha256 = u"9f86d081884c7d65"_s;
        sent.file = u"/tmp/r.eml"_s;
        sent.logHead = u"41:ab12-cd34-ef56-7890"_s;
        sent.dueUtc = u"2026-03-15T09:00:00Z"_s;
        sent.lateReason = u"Waited for legal"_s;
        QCOMPARE(
            AuditLog::canonicalPayload(sent.toJson()),
            uR"({"audience":"regulator","body":"Decision owner: Ana\n","channel":"eml","due_utc":"2026-03-15T09:00:00Z","file":"/tmp/r.eml","late_reason":"Waited for legal","log_head":"41:ab12-cd34-ef56-7890","recipients":["Jörg Weiß <jw@example.com>","Lead supervisory authority"],"sha256":"9f86d081884c7d65","subject":"Kasse: notification","template":"regulator-update"})"_s);
        QCOMPARE(CommsSent::fromJson(sent.toJson()), sent);
        CommsSent copied = sent;
        copied.channel = CommsChannel::Clipboard;
        copied.file.clear();
        QVERIFY(!copied.toJson().contains(u"file"_s)); // absent for the clipboard
        QCOMPARE(channelId(CommsChannel::MailClient), u"mail-client"_s);
        QVERIFY(!CommsSent::fromJson(QJsonObject{{u"template"_s, u"x"_s}, {u"channel"_s, u"pigeon"_s}}));
        const CommsDraftSaved draft{u"customer-notice"_s,
                                    {{u"service"_s, u"Kasse"_s}, {u"symptom"_s, u"errors"_s}},
                                    {u"symptom"_s},
                                    {u"Affected customers"_s}};
        QCOMPARE(
            AuditLog::canonicalPayload(draft.toJson()),
            uR"({"changed":["symptom"],"recipients":["Affected customers"],"template":"customer-notice","values":{"service":"Kasse","symptom":"errors"}})"_s);
        QCOMPARE(CommsDraftSaved::fromJson(draft.toJson()), draft);
        QVERIFY(!isIncidentEventKind(CommsSent::kind));
        QVERIFY(!isIncidentEventKind(CommsDraftSaved::kind));
        QCOMPARE(CommsSent::kind, u"comms.sent"_s);
        QCOMPARE(CommsDraftSaved::kind, u"comms.draft.saved"_s);
    }

    void readsWhatOldLogsLeftOut() {
        // Reversals started before the kit was fingerprinted: no version, format or hashes.
        const auto started = fromJson(EventKind::ReversalStarted,
                                      QJsonDocument::fromJson(R"({"title":"T","service":"s","role":"r","mode":"live",
                                          "kit_id":"baseline","kit_file":"k.yaml","overlays":[]})")
                                          .object());
        QVERIFY(started);
        const ReversalStarted& s = std::get<ReversalStarted>(*started);
        QCOMPARE(s.kitId, u"baseline"_s);
        QVERIFY(s.kitVersion.isEmpty() && s.kitFormat == 0 && s.kitSha256.isEmpty() && s.overlaySha256.isEmpty());

        // The oldest observations carry no rubric_ms; a decision row may lack its signal field.
        const auto seen = fromJson(
            EventKind::ObservationRecorded,
            QJsonDocument::fromJson(R"({"signal":"p1-count","observed_at":"2026-03-14T09:00:30.000Z"})").object());
        QVERIFY(seen && !std::get<ObservationRecorded>(*seen).rubricMs && !std::get<ObservationRecorded>(*seen).value);
        const auto decided =
            fromJson(EventKind::DecisionRecorded,
                     QJsonDocument::fromJson(R"({"obligation":3,"decision":"hold","level":"slow"})").object());
        QVERIFY(decided && std::get<DecisionRecorded>(*decided).signal.isEmpty());
    }

    void refusesWhatCannotBeApplied() {
        QVERIFY(!fromJson(EventKind::DecisionRecorded, QJsonObject{{u"decision"_s, u"maybe"_s}}));
        // A de-escalation whose level cannot be read still stands as a decision (the old fold kept
        // it); it lowers nothing.
        const auto noLevel = fromJson(EventKind::DecisionRecorded, QJsonObject{{u"decision"_s, u"de-escalate"_s}});
        QVERIFY(noLevel && !std::get<DecisionRecorded>(*noLevel).levelRecorded);
        QVERIFY(!fromJson(EventKind::LevelEntered, QJsonObject{{u"level"_s, u"panic"_s}}));
        // A change of level that does not say from what, to what and why cannot be applied.
        QVERIFY(!fromJson(EventKind::LevelChanged, QJsonObject{{u"from"_s, u"slow"_s}, {u"to"_s, u"stop"_s}}));
        QVERIFY(!fromJson(EventKind::LevelChanged,
                          QJsonObject{{u"from"_s, u"slow"_s}, {u"to"_s, u"panic"_s}, {u"cause"_s, u"trigger"_s}}));
        QVERIFY(!fromJson(EventKind::DecisionRefused, QJsonObject{{u"decision"_s, u"hold"_s}}));
        // A refused act that does not say which act, or why, is not one this version can show.
        QVERIFY(!fromJson(EventKind::ActRefused, QJsonObject{{u"act"_s, u"acknowledge"_s}}));
        QVERIFY(!fromJson(EventKind::ActRefused, QJsonObject{{u"act"_s, u"wave"_s}, {u"refusal"_s, u"not-open"_s}}));
        // A retraction that does not say what it retracts cannot be applied.
        QVERIFY(!fromJson(EventKind::EntryRetracted, QJsonObject{{u"kind"_s, u"ObservationRecorded"_s}}));
        QVERIFY(!fromJson(EventKind::EntryRetracted, QJsonObject{{u"retracts"_s, 12}}));
        // A regulator trigger names one of the four triggers (docs/regulator-clocks.md), nothing else.
        QVERIFY(!fromJson(u"regulator.trigger"_s, QJsonObject{}));
        QVERIFY(!fromJson(u"regulator.trigger"_s, QJsonObject{{u"trigger"_s, u"felt-uneasy"_s}}));
        // An impact answer must name its prompt, and be an answer or "unknown" with a reason.
        QVERIFY(!fromJson(EventKind::ImpactAnswered, QJsonObject{{u"answer"_s, u"12"_s}}));
        QVERIFY(!fromJson(EventKind::ImpactAnswered, QJsonObject{{u"prompt"_s, u"users-affected"_s}}));
        QVERIFY(
            !fromJson(EventKind::ImpactAnswered,
                      QJsonObject{{u"prompt"_s, u"users-affected"_s}, {u"unknown"_s, true}, {u"reason"_s, u" "_s}}));
        QVERIFY(!fromJson(u"ui.click"_s, QJsonObject{}));
        QVERIFY(!isIncidentEventKind(u"ui.click"_s));
    }
};

QTEST_GUILESS_MAIN(TestIncidentEvents)
#include "TestIncidentEvents.moc"
