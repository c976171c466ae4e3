// Data procedures carried out step by step (docs/incident-events.md, "Data handling"): the session's
// refusals, the fold's progress, NEXT, and resuming exactly where a procedure stopped after the
// log is reopened (a restart).

#include "DataStepRules.h"
#include "IncidentFixtures.h"
#include "IncidentReplay.h"
#include "OwedItems.h"

using namespace turnback;
using namespace turnback::test;
using namespace turnback::events;
using namespace Qt::StringLiterals;

namespace {
DataStepRecorded step(const QString& procedure, const QString& id, QList<EvidenceValue> evidence = {}) {
    DataStepRecorded s;
    s.procedure = procedure;
    s.step = id;
    s.evidence = std::move(evidence);
    return s;
}
} // namespace

class TestDataProcedures : public QObject {
    Q_OBJECT
private slots:
    void stepsAreRecordedInOrderWithTheirEvidence() {
        Bench b;
        QVERIFY(b.open());
        ReversalSession session(b.log, b.clock, b.kit);
        QVERIFY(session.start(liveSetup()));
        QVERIFY(session.startDataProcedure(u"snapshot"_s));
        // Out of order: refused, nothing recorded.
        QVERIFY(!session.recordDataStep(step(u"snapshot"_s, u"take-snapshot"_s)));
        QVERIFY2(session.errorString().contains(u"\"scope\""_s), qPrintable(session.errorString()));
        // A checkpoint without all its evidence: refused, naming the missing field.
        QVERIFY(
            !session.recordDataStep(step(u"snapshot"_s, u"scope"_s, {{u"list of stores and tables"_s, u"orders"_s}})));
        QVERIFY2(session.errorString().contains(u"time range (UTC)"_s), qPrintable(session.errorString()));
        // Blocked needs a reason.
        DataStepRecorded blocked = step(u"snapshot"_s, u"scope"_s);
        blocked.outcome = DataStepRecorded::Outcome::Blocked;
        QVERIFY(!session.recordDataStep(blocked));
        blocked.reason = u"DBA unreachable"_s;
        QVERIFY(session.recordDataStep(blocked));
        QCOMPARE(session.incident().dataProgress(u"snapshot"_s)->nextStep(), 0);
        QVERIFY(session.recordDataStep(
            step(u"snapshot"_s, u"scope"_s,
                 {{u"list of stores and tables"_s, u"orders"_s}, {u"time range (UTC)"_s, u"09:00-09:40"_s}})));
        const DataProgress* progress = session.incident().dataProgress(u"snapshot"_s);
        QCOMPARE(progress->nextStep(), 1);
        QCOMPARE(progress->records.size(), 2);
        QCOMPARE(rowsOf(b.log, session.incident().id(), DataStepRecorded::kind).size(), 2);
        // A step done is done once.
        QVERIFY(!session.recordDataStep(
            step(u"snapshot"_s, u"scope"_s,
                 {{u"list of stores and tables"_s, u"orders"_s}, {u"time range (UTC)"_s, u"09:00-09:40"_s}})));
    }

    void destructiveStepsNeedTheTypedConfirmationAndASecondPerson() {
        Bench b;
        QVERIFY(b.open());
        ReversalSession session(b.log, b.clock, b.kit);
        QVERIFY(session.start(liveSetup()));
        QVERIFY(session.startDataProcedure(u"delete"_s));
        QVERIFY(session.recordDataStep(step(u"delete"_s, u"confirm-snapshot"_s, {{u"snapshot id"_s, u"snap-1"_s}})));
        QVERIFY(session.recordDataStep(step(u"delete"_s, u"approve"_s,
                                            {{u"approver name"_s, u"Lee"_s},
                                             {u"approval time (UTC)"_s, u"09:30"_s},
                                             {u"legal basis"_s, u"Art. 17"_s}})));
        QVERIFY(session.recordDataStep(step(u"delete"_s, u"count-before"_s,
                                            {{u"dataset"_s, u"orders_2026_03"_s}, {u"row count before"_s, u"42"_s}})));
        DataStepRecorded deletion =
            step(u"delete"_s, u"delete-records"_s,
                 {{u"script hash"_s, u"ab12"_s}, {u"operator"_s, u"Ana"_s}, {u"row count after"_s, u"0"_s}});
        QVERIFY(!session.recordDataStep(deletion)); // nothing typed
        deletion.confirmation = u"orders_2026_3"_s;
        QVERIFY(!session.recordDataStep(deletion)); // mistyped
        QVERIFY2(session.errorString().contains(u"\"orders_2026_03\""_s), qPrintable(session.errorString()));
        deletion.confirmation = u"orders_2026_03"_s;
        QVERIFY(!session.recordDataStep(deletion)); // no second person
        deletion.secondPerson = SecondPerson{u" ana "_s, u"policy-lead"_s};
        QVERIFY(!session.recordDataStep(deletion)); // the operator is not a second person
        QVERIFY2(session.errorString().contains(u"other than Ana"_s), qPrintable(session.errorString()));
        deletion.secondPerson = SecondPerson{u"Bo"_s, u""_s};
        QVERIFY(!session.recordDataStep(deletion)); // no role
        deletion.secondPerson = SecondPerson{u"Bo"_s, u"policy-lead"_s};
        QVERIFY2(session.recordDataStep(deletion), qPrintable(session.errorString()));
        const QJsonObject payload = payloadOf(rowsOf(b.log, session.incident().id(), DataStepRecorded::kind).last());
        QCOMPARE(payload.value(u"confirmation"_s).toString(), u"orders_2026_03"_s);
        QCOMPARE(payload.value(u"second_person"_s).toObject().value(u"name"_s).toString(), u"Bo"_s);
        // Four refusals and one record: the refused attempts left nothing in the log.
        QCOMPARE(rowsOf(b.log, session.incident().id(), DataStepRecorded::kind).size(), 4);
    }

    void anOpenProcedureIsOwedUntilFinished() {
        Bench b;
        QVERIFY(b.open());
        ReversalSession session(b.log, b.clock, b.kit);
        QVERIFY(session.start(liveSetup()));
        QVERIFY(owedItems(session.incident(), b.clock.utcNow()).isEmpty());
        QVERIFY(session.startDataProcedure(u"quarantine"_s));
        QList<OwedItem> owed = owedItems(session.incident(), b.clock.utcNow());
        QCOMPARE(owed.size(), 1);
        QCOMPARE(owed.first().kind, OwedKind::DataProcedure);
        QCOMPARE(owed.first().signal, u"quarantine"_s);
        QCOMPARE(owed.first().role, u"engineering-lead"_s);
        QCOMPARE(countOwed(owed).dataProcedures, 1);
        QVERIFY(session.recordDataStep(
            step(u"quarantine"_s, u"identify"_s, {{u"selection query"_s, u"q"_s}, {u"row count"_s, u"7"_s}})));
        DataStepRecorded isolate =
            step(u"quarantine"_s, u"isolate"_s,
                 {{u"quarantine location"_s, u"q-bucket"_s}, {u"time isolated (UTC)"_s, u"10:00"_s}});
        isolate.confirmation = u"quarantine 7 records"_s;
        QVERIFY2(session.recordDataStep(isolate), qPrintable(session.errorString()));
        QVERIFY(session.recordDataStep(step(u"quarantine"_s, u"stop-propagation"_s)));
        QVERIFY(session.recordDataStep(step(
            u"quarantine"_s, u"decide"_s,
            {{u"decision"_s, u"delete"_s}, {u"decision owner"_s, u"Lee"_s}, {u"decision time (UTC)"_s, u"11:00"_s}})));
        QVERIFY(session.incident().dataProgress(u"quarantine"_s)->isFinished());
        QVERIFY(owedItems(session.incident(), b.clock.utcNow()).isEmpty());
    }

    void resumesWhereItStoppedAfterARestart() {
        Bench b;
        QString incidentId;
        {
            AuditLog log(b.clock);
            QVERIFY(log.open(b.dbPath()));
            ReversalSession session(log, b.clock, b.kit);
            QVERIFY(session.start(liveSetup()));
            incidentId = session.incident().id();
            QVERIFY(session.startDataProcedure(u"delete"_s));
            QVERIFY(
                session.recordDataStep(step(u"delete"_s, u"confirm-snapshot"_s, {{u"snapshot id"_s, u"snap-1"_s}})));
        }
        AuditLog reopened(b.clock);
        QVERIFY(reopened.open(b.dbPath()));
        ReversalSession session(reopened, b.clock, b.kit);
        QVERIFY(session.resume(incidentId));
        const DataProgress* progress = session.incident().dataProgress(u"delete"_s);
        QVERIFY(progress);
        QCOMPARE(progress->nextStep(), 1);
        QCOMPARE(progress->recordedEvidence(u"confirm-snapshot"_s, u"snapshot id"_s), u"snap-1"_s);
        // Beginning it again carries on; it writes no second start.
        QVERIFY(session.startDataProcedure(u"delete"_s));
        QCOMPARE(rowsOf(reopened, incidentId, DataProcedureStarted::kind).size(), 1);
        // The read-only replay folds the same progress.
        IncidentReplay replay(b.kit);
        QVERIFY(replay.load(reopened, incidentId));
        QCOMPARE(replay.incident().dataProgress(u"delete"_s)->nextStep(), 1);
    }

    void theFoldRefusesStepsThatDoNotFit() {
        Incident incident;
        AuditRecord started{1,
                            u"2026-03-14T09:00:00.000Z"_s,
                            u"Ana"_s,
                            EventKind::ReversalStarted,
                            u"checkout"_s,
                            u"inc"_s,
                            uR"({"title":"t","service":"checkout","role":"incident-commander"})"_s};
        QVERIFY(incident.apply(started));
        AuditRecord stray{2,
                          u"2026-03-14T09:01:00.000Z"_s,
                          u"Ana"_s,
                          DataStepRecorded::kind,
                          u"delete/approve"_s,
                          u"inc"_s,
                          uR"({"procedure":"delete","step":"approve","outcome":"done"})"_s};
        QVERIFY(!incident.apply(stray)); // not begun
        AuditRecord begun{3,
                          u"2026-03-14T09:02:00.000Z"_s,
                          u"Ana"_s,
                          DataProcedureStarted::kind,
                          u"delete"_s,
                          u"inc"_s,
                          uR"({"procedure":"delete","steps":["approve"]})"_s};
        QVERIFY(incident.apply(begun));
        QVERIFY(!incident.apply(begun)); // begun once
        stray.seq = 4;
        QVERIFY(incident.apply(stray));
        stray.seq = 5;
        QVERIFY(!incident.apply(stray)); // done once
        QVERIFY(incident.dataProgress(u"delete"_s)->isFinished());
    }
};

QTEST_GUILESS_MAIN(TestDataProcedures)
#include "TestDataProcedures.moc"
