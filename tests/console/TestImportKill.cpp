// An import killed half-way (issue 9: it left 4,018 of 10,000 rows and no record that it had begun):
// import_child imports a large file into a reversal and is killed with SIGKILL while the rows are
// being written. After the kill the log verifies, holds the import's start, and none of its rows.

#include "AuditLog.h"
#include "AuditVerifier.h"
#include "IncidentEvents.h"
#include "IncidentFixtures.h"

#include <QProcess>
#include <QTest>

using namespace turnback;
using namespace turnback::test;

class TestImportKill : public QObject {
    Q_OBJECT
private slots:
    void killedWhileRecordingLeavesTheStartAndNoRow();
};

void TestImportKill::killedWhileRecordingLeavesTheStartAndNoRow() {
    ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    const QString csv = dir.file(QStringLiteral("large.csv"));
    QString incident;
    {
        // A reversal started a day ago on the wall clock, so every row of the file is in the past.
        SimulatedClock clock(QDateTime::currentDateTimeUtc().addDays(-1));
        AuditLog log(clock);
        QVERIFY(log.open(db));
        ReversalSession session(log, clock, baselineKit());
        QVERIFY(session.start(liveSetup()));
        incident = session.incident().id();
    }
    QByteArray text = "at,signal,value\n";
    for (int i = 0; i < 200'000; ++i) // one sample every 100 ms for 5.5 hours, below every threshold
        text += QByteArray::number(i / 10) + '.' + QByteArray::number(i % 10) + ",error-rate,1\n";
    QVERIFY(writeText(csv, text));

    QProcess child;
    child.start(QStringLiteral(TURNBACK_IMPORT_CHILD), {db, csv});
    QVERIFY(child.waitForStarted());
    // Killed as soon as the first slice of rows is in the open transaction.
    QByteArray out;
    while (!out.contains("recording ") && child.state() == QProcess::Running) {
        child.waitForReadyRead(60'000);
        out += child.readAllStandardOutput();
    }
    QVERIFY2(out.contains("recording ") && !out.contains("finished"), out.constData());
    child.kill();
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    const AuditVerification verified = AuditVerifier::verify(db);
    QVERIFY2(verified.ok, qPrintable(verified.message));
    SystemClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(db, AuditLog::Access::ReadOnly));
    const QList<AuditRecord> rows = log.incidentRecords(incident);
    QCOMPARE(rows.size(), 2); // ReversalStarted and the import's start: no observation, no end
    QCOMPARE(rows.last().kind, QStringLiteral("observations.import.started"));
    QCOMPARE(payloadOf(rows.last()).value(QStringLiteral("rows")).toInt(), 200'000);
    QVERIFY(log.recordsOfKind(EventKind::ObservationRecorded).isEmpty());
}

QTEST_GUILESS_MAIN(TestImportKill)
#include "TestImportKill.moc"
