// AuditLog batches (docs/audit-log.md, "Batches"): many rows in one transaction, committed together
// or not at all; the chain, the checkpoints and the signing witness as if each row had been appended.

#include "AuditLog.h"
#include "AuditTrail.h"
#include "AuditVerifier.h"
#include "Clock.h"
#include "SigningKey.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace turnback;

class TestAuditBatch : public QObject {
    Q_OBJECT
private slots:
    void aCommittedBatchChainsAndIsCheckpointed();
    void aRolledBackBatchLeavesNothingAndTheWitnessUnchanged();
    void eventsDuringABatchAreHeldAndWrittenAfterIt();
};

namespace {

AuditEvent row(int n, const QString& incident = QStringLiteral("rev-1")) {
    return {QStringLiteral("Ana"), QStringLiteral("ObservationRecorded"), QStringLiteral("error-rate"), incident,
            QJsonObject{{QStringLiteral("n"), n}}};
}

std::shared_ptr<const SigningKey> newKey() {
    auto key = SigningKey::generate();
    return key ? std::make_shared<const SigningKey>(std::move(*key)) : nullptr;
}

} // namespace

void TestAuditBatch::aCommittedBatchChainsAndIsCheckpointed() {
    test::ScratchDir dir;
    SimulatedClock clock(QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC));
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    QVERIFY(log.setSigningKey(newKey(), QStringLiteral("file")));
    QVERIFY(log.append(row(0)));
    QVERIFY(log.beginBatch());
    for (int i = 1; i <= 150; ++i)
        QVERIFY(log.appendToBatch(row(i), clock.utcNow()));
    QCOMPARE(log.headSeq(), 1); // nothing is in the log before the commit
    QVERIFY(log.commitBatch());
    QCOMPARE(log.headSeq(), 151);
    QCOMPARE(log.count(), 151);
    QVERIFY(!log.isBatchOpen());
    // The interval (100 rows) is counted across the batch: one checkpoint, signed, after the commit.
    QVERIFY(log.latestSignedCheckpoint());
    QCOMPARE(log.latestSignedCheckpoint()->seq, 151);
    const AuditVerification verified = AuditVerifier::verify(log.path());
    QVERIFY2(verified.ok, qPrintable(verified.message));
    QCOMPARE(verified.count, 151);
    QVERIFY(verified.signedCheckpoints >= 1);
}

void TestAuditBatch::aRolledBackBatchLeavesNothingAndTheWitnessUnchanged() {
    test::ScratchDir dir;
    SimulatedClock clock(QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC));
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    QVERIFY(log.setSigningKey(newKey(), QStringLiteral("file")));
    QVERIFY(log.append(row(0)));
    QVERIFY(log.beginBatch());
    QVERIFY(!log.append(row(99))); // nothing else writes while a batch is open
    QVERIFY(!log.checkpoint(QStringLiteral("test")));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(log.appendToBatch(row(i), clock.utcNow()));
    log.rollbackBatch();
    QCOMPARE(log.count(), 1);
    QCOMPARE(log.headSeq(), 1);
    // The next rows take the seqs the batch had used; the signer still vouches only for rows on file.
    QVERIFY(log.append(row(4)));
    QVERIFY(log.append(row(5)));
    QVERIFY(log.checkpoint(QStringLiteral("test")));
    QCOMPARE(log.latestSignedCheckpoint()->seq, 3);
    QVERIFY(log.refusedCheckpoints().isEmpty());
    const AuditVerification verified = AuditVerifier::verify(log.path());
    QVERIFY2(verified.ok, qPrintable(verified.message));
    QCOMPARE(verified.count, 3);
}

void TestAuditBatch::eventsDuringABatchAreHeldAndWrittenAfterIt() {
    test::ScratchDir dir;
    SimulatedClock clock(QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC));
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    AuditTrail trail(log);
    QSignalSpy recorded(&trail, &AuditTrail::recorded);
    QSignalSpy batches(&trail, &AuditTrail::batchRecorded);
    QVERIFY(trail.beginBatch());
    QVERIFY(trail.addToBatch(row(1)));
    QVERIFY(trail.addToBatch(row(2)));
    // A click meanwhile is held, not refused and not a fault, and goes in right after the batch.
    const AuditTrail::AppendResult click = trail.append(row(3, {}));
    QVERIFY(click.isPending());
    QCOMPARE(trail.fault(), AuditFault::None);
    QVERIFY(trail.commitBatch());
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().at(0).toLongLong(), 1);
    QCOMPARE(batches.first().at(1).toLongLong(), 2);
    QCOMPARE(recorded.size(), 1); // the held click, not the batch's rows one by one
    QCOMPARE(trail.pendingCount(), 0);
    QCOMPARE(log.count(), 3);
}

QTEST_GUILESS_MAIN(TestAuditBatch)
#include "TestAuditBatch.moc"
