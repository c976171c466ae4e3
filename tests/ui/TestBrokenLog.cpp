#include "AuditLog.h"
#include "AuditTestSupport.h"
#include "AuditTrail.h"
#include "Clock.h"
#include "ConsoleController.h"
#include "FileDialogs.h"
#include "FullDisk.h"
#include "KitLoader.h"
#include "LiveConsole.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "ReversalSession.h"
#include "SigningKey.h"
#include "TestSupport.h"

#include <QAction>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace turnback;
using namespace std::chrono_literals;

namespace {

const QString kKit = QStringLiteral(":/kits/baseline.yaml");

ReversalSetup setup() {
    return {QStringLiteral("Checkout rollback"),
            QStringLiteral("checkout"),
            {QStringLiteral("Ana"), QStringLiteral("incident-commander")},
            false};
}

/// A log with one open reversal and a few observations in it, written by a console that then quit.
bool writeReversal(const QString& db, SimulatedClock& clock) {
    const KitLoadResult kit = KitLoader::load(kKit);
    AuditLog log(clock);
    if (!kit.ok() || !log.open(db))
        return false;
    ReversalSession session(log, clock, *kit.kit);
    return session.start(setup()) && session.recordObservation(QStringLiteral("error-rate"), 1.5) &&
           session.recordObservation(QStringLiteral("error-rate"), 2.0);
}

qint64 rowsWhere(const QString& db, const QString& where) {
    return test::sqlOn(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE ") + where).toLongLong();
}

} // namespace

/// The console on a record it must not extend, and on one it may write again (issue 9): real log
/// files, changed as an attacker with the sqlite3 shell would, and the real window offscreen.
class TestBrokenLog : public QObject {
    Q_OBJECT
private slots:
    void changedRowOpensBrokenAndAppendsNothing();
    void changedRowUnderASignedCheckpointOfTheOpenReversal();
    void droppedTriggersOpenBroken();
    void aNewLogIsOfferedAndSaysWhereItCameFrom();
    void repeatedActWhileHeldIsRecordedOnce_data() { test::FullDisk::addRows(); }
    void repeatedActWhileHeldIsRecordedOnce();
    void takesOverWhenTheOtherWriterQuits();
    void takesOverWhenTheFileIsMadeWritable();
    void refusedCheckpointsAreShown();
};

void TestBrokenLog::changedRowOpensBrokenAndAppendsNothing() {
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("audit.sqlite"));
    SimulatedClock clock;
    QVERIFY(writeReversal(db, clock));
    // The second observation's value changed in place, its stored hash left as it was.
    test::attack(db, [](QSqlQuery& q) {
        test::run(q, QStringLiteral("UPDATE audit_log SET payload = replace(payload, '2', '9') WHERE seq = 3"));
    });
    const QByteArray before = test::fileBytes(db);

    AuditLog log(clock);
    QVERIFY(log.openForConsole(db));
    QVERIFY(log.isBroken());
    QVERIFY(log.isReadOnly());
    QCOMPARE(log.brokenSeq(), 3);
    QCOMPARE(log.lastFault(), AuditFault::Broken);
    {
        MainWindow window(log, clock, QStringLiteral("bob"));
        QVERIFY(window.openKit(kKit));
        // The forged reversal is not shown, neither resumed nor followed.
        QVERIFY(!window.resumeOpenReversal());
        QVERIFY(!window.liveConsole());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* banner = window.findChild<QLabel*>(QStringLiteral("auditFaultBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("BROKEN at seq 3 (")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("does not hash to what it stores")),
                 qPrintable(banner->text()));
        QVERIFY(window.findChild<QPushButton*>(QStringLiteral("startNewLogButton"))->isVisible());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("startReversalAction"))->isEnabled());
        QVERIFY(!window.record(QStringLiteral("ui.click"), QStringLiteral("mainWindow/x")));
        QCOMPARE(window.trail().pendingCount(), 0); // nothing waits to go into a broken log either
        QVERIFY(!window.controller().takeOverWhenWritable());
        QVERIFY(!log.reopenForWriting());
        QVERIFY(!log.checkpoint(QStringLiteral("quit")));
        QVERIFY(window.close());
    }
    log.close();
    QCOMPARE(test::fileBytes(db), before); // nothing appended, nothing migrated, nothing signed
}

void TestBrokenLog::changedRowUnderASignedCheckpointOfTheOpenReversal() {
    // The walk on open starts at the newest signed checkpoint; the open reversal's rows before it
    // are re-hashed all the same, since the console would show them.
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("audit.sqlite"));
    SimulatedClock clock;
    QVERIFY(writeReversal(db, clock));
    {
        auto key = SigningKey::generate();
        QVERIFY(key);
        AuditLog log(clock);
        QVERIFY(log.open(db));
        QVERIFY(log.setSigningKey(std::make_shared<const SigningKey>(std::move(*key)), QStringLiteral("file")));
        QVERIFY(log.checkpoint(QStringLiteral("quit")));
        QVERIFY(log.latestVouchedCheckpoint());
    }
    test::attack(db, [](QSqlQuery& q) {
        test::run(q, QStringLiteral("UPDATE audit_log SET payload = replace(payload, '1.5', '0.5') WHERE seq = 2"));
    });
    AuditLog log(clock);
    QVERIFY(log.openForConsole(db));
    QVERIFY(log.isBroken());
    QCOMPARE(log.brokenSeq(), 2);
}

void TestBrokenLog::droppedTriggersOpenBroken() {
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("audit.sqlite"));
    SimulatedClock clock;
    QVERIFY(writeReversal(db, clock));
    test::attack(db, [](QSqlQuery&) {}); // drops every trigger, changes no row
    const QByteArray before = test::fileBytes(db);

    AuditLog log(clock);
    QVERIFY(log.openForConsole(db));
    QVERIFY(log.isBroken());
    QCOMPARE(log.brokenSeq(), 3); // the head: any row up to it could have been changed without a trace
    QVERIFY2(log.brokenWhy().contains(QStringLiteral("the guard audit_log_no_update was dropped")),
             qPrintable(log.brokenWhy()));
    QVERIFY2(log.readOnlyReason().contains(QStringLiteral("is BROKEN at seq 3")), qPrintable(log.readOnlyReason()));
    {
        MainWindow window(log, clock, QStringLiteral("bob"));
        QVERIFY(window.openKit(kKit));
        QVERIFY(!window.resumeOpenReversal());
        auto* banner = window.findChild<QLabel*>(QStringLiteral("auditFaultBanner"));
        QVERIFY2(banner->text().startsWith(QStringLiteral("BROKEN at seq 3 (")), qPrintable(banner->text()));
    }
    log.close();
    QCOMPARE(test::fileBytes(db), before);

    // A guard replaced by one that lets everything through is no guard either.
    test::attack(db, [](QSqlQuery& q) {
        test::run(q,
                  QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END"));
    });
    AuditLog again(clock);
    QVERIFY(again.openForConsole(db));
    QVERIFY2(again.brokenWhy().contains(QStringLiteral("the guard audit_log_no_update was replaced by another")),
             qPrintable(again.brokenWhy()));

    // An intact log is not broken: the same check passes on a fresh one.
    const QString fresh = scratch.file(QStringLiteral("fresh.sqlite"));
    QVERIFY(writeReversal(fresh, clock));
    AuditLog intact(clock);
    QVERIFY(intact.openForConsole(fresh));
    QVERIFY(!intact.isBroken());
    QVERIFY(!intact.isReadOnly());
}

void TestBrokenLog::aNewLogIsOfferedAndSaysWhereItCameFrom() {
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("audit.sqlite"));
    SimulatedClock clock;
    QVERIFY(writeReversal(db, clock));
    test::attack(
        db, [](QSqlQuery& q) { test::run(q, QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")); });
    const QByteArray before = test::fileBytes(db);
    AuditLog log(clock);
    QVERIFY(log.openForConsole(db));
    QVERIFY(log.isBroken());
    MainWindow window(log, clock, QStringLiteral("bob"));
    QVERIFY(window.openKit(kKit));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // An existing file is refused: the new log must not mix with another.
    FileDialogs::setNextAnswer({db});
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("startNewLogButton")), Qt::LeftButton);
    QVERIFY(log.isBroken());

    const QString next = scratch.file(QStringLiteral("audit-new.sqlite"));
    FileDialogs::setNextAnswer({next});
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("startNewLogButton")), Qt::LeftButton);
    QVERIFY(!log.isBroken());
    QVERIFY(!log.isReadOnly());
    QCOMPARE(log.path(), QFileInfo(next).absoluteFilePath());
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("auditFaultBanner"))->isHidden());
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("startNewLogButton"))->isHidden());
    QVERIFY(window.findChild<QAction*>(QStringLiteral("startReversalAction"))->isEnabled());
    const AuditRecord first = log.records(1, 1).value(0);
    QCOMPARE(first.kind, QStringLiteral("log.started"));
    const QJsonObject payload = QJsonDocument::fromJson(first.payload.toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("broken_at_seq")).toInteger(), 2);
    QCOMPARE(payload.value(QStringLiteral("after_broken_log")).toString(), QFileInfo(db).absoluteFilePath());
    QVERIFY(window.controller().startReversal(setup()));
    log.close();
    QCOMPARE(test::fileBytes(db), before);
}

void TestBrokenLog::repeatedActWhileHeldIsRecordedOnce() {
    QFETCH(bool, realDisk);
    test::ScratchDir scratch;
    test::FullDisk disk(scratch.file(QStringLiteral("small-disk")), realDisk);
    QVERIFY(disk.prepare());
    const QString db = disk.folder() + QStringLiteral("/audit.sqlite");
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.openForConsole(db));
    MainWindow window(log, clock, QStringLiteral("ana"));
    QVERIFY(window.openKit(kKit));
    QVERIFY(window.controller().startReversal(setup()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ReversalSession* session = window.session();

    QVERIFY(disk.fill());
    const QString inquiry = QStringLiteral("regulator-inquiry");
    QVERIFY(!session->recordObservation(inquiry)); // held: the disk is full
    auto* banner = window.findChild<QLabel*>(QStringLiteral("auditFaultBanner"));
    QVERIFY2(banner->text().contains(QStringLiteral("ObservationRecorded regulator-inquiry")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("will be written")), qPrintable(banner->text()));
    auto* problem = window.liveConsole()->findChild<QLabel*>(QStringLiteral("recordingProblemLabel"));
    QVERIFY(problem);
    QVERIFY2(!problem->text().contains(QStringLiteral("try again")), qPrintable(problem->text()));
    QVERIFY2(problem->text().startsWith(QStringLiteral("NOT YET RECORDED: ObservationRecorded (regulator-inquiry) is "
                                                       "held in memory and will be written")),
             qPrintable(problem->text()));

    // The operator does it again, ten seconds later: the same act, recognised, not queued twice.
    clock.advance(10s);
    QVERIFY(!session->recordObservation(inquiry));
    QCOMPARE(window.trail().pendingCount(), 1);
    QVERIFY2(problem->text().startsWith(QStringLiteral("ALREADY HELD: the same ObservationRecorded")),
             qPrintable(problem->text()));

    QVERIFY(disk.makeRoom());
    QVERIFY(window.trail().retry());
    QCOMPARE(rowsWhere(db, QStringLiteral("kind = 'ObservationRecorded' AND target = 'regulator-inquiry'")), 1);
    // Once written, a new one is a new occurrence, and counts.
    clock.advance(10s);
    QVERIFY(session->recordObservation(inquiry));
    QCOMPARE(rowsWhere(db, QStringLiteral("kind = 'ObservationRecorded' AND target = 'regulator-inquiry'")), 2);
}

void TestBrokenLog::takesOverWhenTheOtherWriterQuits() {
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("audit.sqlite"));
    SimulatedClock clock;
    const KitLoadResult kit = KitLoader::load(kKit);
    QVERIFY(kit.ok());
    auto recording = std::make_unique<AuditLog>(clock);
    QVERIFY(recording->open(db));
    auto writer = std::make_unique<ReversalSession>(*recording, clock, *kit.kit);
    QVERIFY(writer->start(setup()));
    const QString id = writer->incident().id();

    AuditLog second(clock);
    QVERIFY(second.openForConsole(db));
    QVERIFY(second.isReadOnly());
    MainWindow window(second, clock, QStringLiteral("bob"));
    QVERIFY(window.openKit(kKit));
    QVERIFY(window.resumeOpenReversal());
    QVERIFY(window.controller().follower());
    QVERIFY(!window.controller().takeOverWhenWritable()); // the other console still records

    writer.reset();
    recording.reset(); // the other console quits
    QVERIFY(window.controller().takeOverWhenWritable());
    QVERIFY(!second.isReadOnly());
    QVERIFY(window.session());
    QCOMPARE(window.session()->incident().id(), id);
    QVERIFY(!window.controller().follower());
    QVERIFY(window.findChild<QAction*>(QStringLiteral("acknowledgeAction"))->isEnabled());
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("auditFaultBanner"))->isHidden());
    const qint64 head = second.headSeq();
    QVERIFY(window.session()->recordObservation(QStringLiteral("error-rate"), 4.0));
    QCOMPARE(test::sqlOn(db, QStringLiteral("SELECT max(seq) FROM audit_log")).toLongLong(), head + 1);
}

void TestBrokenLog::takesOverWhenTheFileIsMadeWritable() {
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("audit.sqlite"));
    SimulatedClock clock;
    QVERIFY(writeReversal(db, clock));
    test::WriteProtectedFile protectedFile{db};
    QVERIFY(protectedFile.set());
    AuditLog log(clock);
    QVERIFY(log.openForConsole(db));
    QVERIFY(log.isReadOnly());
    QCOMPARE(log.lastFault(), AuditFault::ReadOnly);
    MainWindow window(log, clock, QStringLiteral("bob"));
    QVERIFY(window.openKit(kKit));
    window.resumeOpenReversal();
    QVERIFY(!window.controller().takeOverWhenWritable()); // still protected

    QVERIFY(protectedFile.clear());
    QVERIFY(window.controller().takeOverWhenWritable());
    QVERIFY(!log.isReadOnly());
    QVERIFY(window.session());
    QVERIFY(!window.session()->incident().isClosed());
    QVERIFY(window.trail().retry());
    QVERIFY(window.findChild<QAction*>(QStringLiteral("acknowledgeAction"))->isEnabled());
    const qint64 head = log.headSeq();
    QVERIFY(window.session()->recordObservation(QStringLiteral("error-rate"), 4.0));
    QCOMPARE(test::sqlOn(db, QStringLiteral("SELECT max(seq) FROM audit_log")).toLongLong(), head + 1);
}

void TestBrokenLog::refusedCheckpointsAreShown() {
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("audit.sqlite"));
    SimulatedClock clock;
    {
        AuditLog writer(clock);
        QVERIFY(writer.open(db));
        QVERIFY(test::appendEvents(writer, 18));
    }
    // A pending checkpoint far past the head, for the operator's key to sign by mistake: a plain
    // INSERT, which the guards allow (a checkpoint row is added, never changed), so the log itself
    // is not broken.
    QString error;
    test::sqlOn(db,
                QStringLiteral("INSERT INTO audit_checkpoint (scope, incident, seq, head_hash, at_utc, clock_source, "
                               "reason) VALUES ('log', '', 5000, '%1', '2026-11-26T18:00:00.000Z', 'system', 'cli')")
                    .arg(QString(64, u'a')),
                &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        AuditLog log(clock);
        QVERIFY(log.openForConsole(db));
        QVERIFY2(!log.isBroken(), qPrintable(log.readOnlyReason()));
        MainWindow window(log, clock, QStringLiteral("ana"));
        auto* status = window.findChild<QLabel*>(QStringLiteral("signingStatus"));
        auto key = SigningKey::generate();
        QVERIFY(key);
        QVERIFY2(log.setSigningKey(std::make_shared<const SigningKey>(std::move(*key)), QStringLiteral("file")),
                 qPrintable(log.errorString()));
        window.controller().refreshSigningStatus();
        QVERIFY2(
            status->text().startsWith(QStringLiteral("CHECKPOINT REFUSED: 1 pending checkpoint(s) were not signed: "
                                                     "checkpoint 1 (seq 5000): seq 5000 is past the head of the "
                                                     "log (seq 18)")),
            qPrintable(status->text()));
        QVERIFY2(!status->text().contains(QStringLiteral("Signed to seq")), qPrintable(status->text()));
        QVERIFY(status->toolTip().contains(QStringLiteral("seq 5000")));
        QVERIFY(log.checkpoint(QStringLiteral("cli"))); // the real head is signed all the same
        QCOMPARE(log.latestVouchedCheckpoint()->seq, 18);
    }

    // A checkpoint past the head signed by a key the attacker registered: never "Signed to seq 6000";
    // the console opens the log as BROKEN (rows cut off the end, or a forged checkpoint).
    auto attackerKey = SigningKey::generate();
    QVERIFY(attackerKey);
    Checkpoint forged;
    forged.scope = Checkpoint::Scope::Log;
    forged.seq = 6000;
    forged.headHash = QString(64, u'b');
    forged.atUtc = QStringLiteral("2026-11-26T18:00:00.000Z");
    forged.clockSource = QStringLiteral("system");
    const QString signature = QString::fromLatin1(attackerKey->sign(forged.messageFor(attackerKey->keyId())).toHex());
    for (const QString& insert :
         {QStringLiteral("INSERT INTO signing_key VALUES ('%1', 'Ed25519', '%2', '2026-11-26T18:00:00.000Z', 'file')")
              .arg(attackerKey->keyId(), QString::fromLatin1(attackerKey->publicKey().pem())),
          QStringLiteral("INSERT INTO audit_checkpoint (scope, incident, seq, head_hash, at_utc, clock_source, reason, "
                         "key_id, signature, signed_at_utc) VALUES ('log', '', 6000, '%1', '%2', 'system', 'cli', "
                         "'%3', '%4', '%2')")
              .arg(forged.headHash, forged.atUtc, attackerKey->keyId(), signature)}) {
        test::sqlOn(db, insert, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    AuditLog log(clock);
    QVERIFY(log.openForConsole(db));
    QVERIFY(log.isBroken());
    QVERIFY2(log.brokenWhy().contains(QStringLiteral("rows were cut off the end, or the checkpoint was forged")),
             qPrintable(log.brokenWhy()));
    MainWindow window(log, clock, QStringLiteral("ana"));
    auto* status = window.findChild<QLabel*>(QStringLiteral("signingStatus"));
    QVERIFY2(!status->text().contains(QStringLiteral("6000")), qPrintable(status->text()));
    QCOMPARE(log.latestVouchedCheckpoint()->seq, 18);
}

QTEST_MAIN(TestBrokenLog)
#include "TestBrokenLog.moc"
