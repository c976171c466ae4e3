#include "AuditSigner.h"
#include "AuditTrail.h"
#include "ConsoleController.h"
#include "IncidentEvents.h"
#include "IncidentFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace turnback;
using namespace turnback::test;

/// The console without its window: a real SQLite audit log in a scratch folder, a simulated clock,
/// and no D-Bus session, so the keychain is reliably absent (the keyring path is TestKeyStore's).
class TestConsoleController : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void recordsAsTheActorUntilAReversalNamesItsOperator();
    void theActorStaysThePersonAtTheKeyboardAfterAClose();
    void kitLoadedNamesTheFilesByTheirSha256();
    void aRejectedKitIsRecordedAndTheKitInUseStays();
    void startsOneReversalAtATime();
    void resumesTheOpenReversalAfterARestart();
    void closingEndsTheReversalAndAllowsTheNext();
    void signingStatusFollowsTheKeychainThenAKeyFile();
    void listsEveryReversalNewestFirst();
    void overdueComesFromTheIncidentAndTheClock();
};

void TestConsoleController::initTestCase() {
    // Whatever session the runner had: this test must see no keychain.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
}

void TestConsoleController::recordsAsTheActorUntilAReversalNamesItsOperator() {
    Bench bench;
    QVERIFY(bench.open());
    ConsoleController console(bench.log, bench.clock, QStringLiteral("ada"));
    QSignalSpy kitChanged(&console, &ConsoleController::kitChanged);
    QCOMPARE(console.openKit(QStringLiteral(TURNBACK_BASELINE_KIT)), QStringList());
    QCOMPARE(kitChanged.size(), 1);
    QCOMPARE(console.kit().id, QStringLiteral("baseline"));

    QVERIFY(console.record(QStringLiteral("ui.click"), QStringLiteral("mainWindow/before")));
    QVERIFY(console.startReversal(liveSetup()));
    QVERIFY(console.record(QStringLiteral("ui.click"), QStringLiteral("mainWindow/during")));

    const QList<AuditRecord> clicks = bench.log.recordsOfKind(QStringLiteral("ui.click"));
    QCOMPARE(clicks.size(), 2);
    QCOMPARE(clicks.at(0).actor, QStringLiteral("ada"));
    QVERIFY(clicks.at(0).incident.isEmpty());
    QCOMPARE(clicks.at(1).actor, QStringLiteral("Ana")); // the reversal's operator
    QCOMPARE(clicks.at(1).incident, console.session()->incident().id());
    QCOMPARE(bench.log.recordsOfKind(QStringLiteral("kit.loaded")).first().actor, QStringLiteral("ada"));
}

void TestConsoleController::theActorStaysThePersonAtTheKeyboardAfterAClose() {
    // Ana started, Sam took over and closed: Sam is still at the keyboard (the console used to go
    // back to the name it was opened with, so Sam's next clicks were recorded as ada's).
    Bench bench;
    QVERIFY(bench.open());
    ConsoleController console(bench.log, bench.clock, QStringLiteral("ada"));
    QVERIFY(console.openKit(QStringLiteral(TURNBACK_BASELINE_KIT)).isEmpty());
    QVERIFY(console.startReversal(liveSetup()));
    QVERIFY(console.session()->changeOperator({QStringLiteral("Sam"), QStringLiteral("service-owner")}));
    QVERIFY(console.closeReversal(QStringLiteral("Rolled back")));
    QVERIFY(!console.isReversalRunning());

    QCOMPARE(console.actor(), QStringLiteral("Sam"));
    QVERIFY(console.record(QStringLiteral("ui.click"), QStringLiteral("mainWindow/afterClose")));
    const AuditRecord click = bench.log.recordsOfKind(QStringLiteral("ui.click")).last();
    QCOMPARE(click.target, QStringLiteral("mainWindow/afterClose"));
    QCOMPARE(click.actor, QStringLiteral("Sam"));
    QVERIFY(click.incident.isEmpty()); // the reversal is closed: the click is not part of it
    QVERIFY(console.openKit(QStringLiteral(TURNBACK_BASELINE_KIT)).isEmpty());
    QCOMPARE(bench.log.recordsOfKind(QStringLiteral("kit.loaded")).last().actor, QStringLiteral("Sam"));
}

void TestConsoleController::kitLoadedNamesTheFilesByTheirSha256() {
    Bench bench;
    QVERIFY(bench.open());
    ConsoleController console(bench.log, bench.clock, QStringLiteral("ada"));
    QVERIFY(
        console.openKit(QStringLiteral(TURNBACK_BASELINE_KIT), {QStringLiteral(TURNBACK_EXAMPLE_OVERLAY)}).isEmpty());
    const QJsonObject p =
        QJsonDocument::fromJson(bench.log.recordsOfKind(QStringLiteral("kit.loaded")).first().payload.toUtf8())
            .object();
    QCOMPARE(p.value(QStringLiteral("kit_id")).toString(), QStringLiteral("baseline"));
    QCOMPARE(p.value(QStringLiteral("version")).toString(), console.kit().version);
    QVERIFY(!console.kit().version.isEmpty());
    QCOMPARE(p.value(QStringLiteral("sha256")).toString(), console.kit().sourceSha256);
    QCOMPARE(p.value(QStringLiteral("sha256")).toString().size(), 64);
    QCOMPARE(p.value(QStringLiteral("overlay_sha256")).toArray(),
             QJsonArray::fromStringList(console.kit().overlaySha256));
    QCOMPARE(console.kit().overlaySha256.size(), 1);
}

void TestConsoleController::aRejectedKitIsRecordedAndTheKitInUseStays() {
    Bench bench;
    QVERIFY(bench.open());
    ConsoleController console(bench.log, bench.clock, QStringLiteral("ada"));
    QVERIFY(console.openKit(QStringLiteral(TURNBACK_BASELINE_KIT)).isEmpty());
    const QString bad = dataFile(QStringLiteral("kits/bad/several-errors.yaml"));
    const QStringList errors = console.openKit(bad);
    QVERIFY(errors.size() > 1);
    QVERIFY2(errors.first().startsWith(bad + QLatin1Char(':')), qPrintable(errors.first()));
    QCOMPARE(console.kit().id, QStringLiteral("baseline"));
    QCOMPARE(console.kitFile(), QStringLiteral(TURNBACK_BASELINE_KIT));
    const QList<AuditRecord> rejected = bench.log.recordsOfKind(QStringLiteral("kit.rejected"));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().target, bad);
    QVERIFY(rejected.first().payload.contains(QStringLiteral("\"error_count\":%1").arg(errors.size())));
}

void TestConsoleController::startsOneReversalAtATime() {
    Bench bench;
    QVERIFY(bench.open());
    ConsoleController console(bench.log, bench.clock, QStringLiteral("ada"));
    QVERIFY(!console.canStartReversal());
    QVERIFY(!console.startReversal(liveSetup())); // no kit yet
    QVERIFY(console.errorString().contains(QStringLiteral("Open a kit")));
    QVERIFY(!console.session());

    QVERIFY(console.openKit(QStringLiteral(TURNBACK_BASELINE_KIT)).isEmpty());
    QVERIFY(console.canStartReversal());
    QSignalSpy attached(&console, &ConsoleController::sessionAttached);
    QSignalSpy changed(&console, &ConsoleController::sessionChanged);
    QVERIFY2(console.startReversal(liveSetup()), qPrintable(console.errorString()));
    QCOMPARE(attached.size(), 1);
    QCOMPARE(attached.first().first().value<ReversalSession*>(), console.session());
    QVERIFY(console.isReversalRunning());
    QVERIFY(!console.canStartReversal());
    QCOMPARE(bench.log.recordsOfKind(EventKind::ReversalStarted).size(), 1);

    QVERIFY(console.session()->recordObservation(kDataLoss));
    QVERIFY(changed.size() >= 1); // the session's changes reach the console's views

    QVERIFY(!console.startReversal(liveSetup()));
    QVERIFY(console.errorString().contains(QStringLiteral("already running")));
    QCOMPARE(attached.size(), 1);
    QCOMPARE(bench.log.recordsOfKind(EventKind::ReversalStarted).size(), 1);
}

void TestConsoleController::resumesTheOpenReversalAfterARestart() {
    Bench bench;
    QVERIFY(bench.open());
    QString id;
    {
        ConsoleController console(bench.log, bench.clock, QStringLiteral("ada"));
        QVERIFY(console.openKit(QStringLiteral(TURNBACK_BASELINE_KIT)).isEmpty());
        QVERIFY(console.resumeOpenReversal() == false); // nothing open yet
        QVERIFY(console.startReversal(liveSetup()));
        id = console.session()->incident().id();
        QVERIFY(console.session()->recordObservation(kP1));
    }
    bench.setTime(10 * kMinute);
    ConsoleController restarted(bench.log, bench.clock, QStringLiteral("bob"));
    QCOMPARE(restarted.openReversalIds(), QStringList{id});
    QVERIFY(!restarted.resumeOpenReversal()); // no kit loaded: nothing to resume it with
    QVERIFY(restarted.openKit(QStringLiteral(TURNBACK_BASELINE_KIT)).isEmpty());
    QSignalSpy attached(&restarted, &ConsoleController::sessionAttached);
    QVERIFY(restarted.resumeOpenReversal());
    QCOMPARE(attached.size(), 1);
    QCOMPARE(restarted.session()->incident().id(), id);
    QCOMPARE(restarted.session()->incident().title(), liveSetup().title);
    QVERIFY(restarted.isReversalRunning());
    QVERIFY(!restarted.resumeReversal(id)); // already running
}

void TestConsoleController::closingEndsTheReversalAndAllowsTheNext() {
    Bench bench;
    QVERIFY(bench.open());
    ConsoleController console(bench.log, bench.clock, QStringLiteral("ada"));
    QVERIFY(console.openKit(QStringLiteral(TURNBACK_BASELINE_KIT)).isEmpty());
    QVERIFY(!console.closeReversal(QStringLiteral("nothing to close")));
    QVERIFY(console.startReversal(liveSetup()));
    QVERIFY(!console.closeReversal(QString())); // a summary is required
    QVERIFY(!console.errorString().isEmpty());
    QVERIFY(console.isReversalRunning());
    QVERIFY2(console.closeReversal(QStringLiteral("Rolled back; all clear.")), qPrintable(console.errorString()));
    QVERIFY(!console.isReversalRunning());
    QVERIFY(console.session()); // still shown, for review
    QCOMPARE(console.openReversalIds(), QStringList());
    QVERIFY(console.canStartReversal());
}

void TestConsoleController::signingStatusFollowsTheKeychainThenAKeyFile() {
    Bench bench;
    QVERIFY(bench.open());
    ConsoleController console(bench.log, bench.clock, QStringLiteral("ada"));
    QSignalSpy statusChanged(&console, &ConsoleController::signingStatusChanged);
    QSignalSpy unavailable(&console, &ConsoleController::keychainUnavailable);
    QVERIFY(!console.signingStatus().hasKey);
    QVERIFY(!console.signingStatus().isUrgent());
    QVERIFY(console.copyAnchor().isEmpty()); // nothing signed: nothing to copy, nothing recorded
    QCOMPARE(bench.log.recordsOfKind(QStringLiteral("anchor.copied")).size(), 0);

    QVERIFY(console.record(QStringLiteral("ui.click"), QStringLiteral("x")));
    QVERIFY(bench.log.checkpoint(QStringLiteral("test")));
    console.refreshSigningStatus();
    QCOMPARE(statusChanged.size(), 1);
    QCOMPARE(console.signingStatus().waitingCheckpoints, 1);
    QVERIFY(console.signingStatus().isUrgent());
    QVERIFY(!console.signingStatus().needsOperator()); // the keychain was not asked yet
    console.refreshSigningStatus();
    QCOMPARE(statusChanged.size(), 1); // said once, not on every refresh

    console.startSigning();
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, 20'000);
    QVERIFY(unavailable.first().first().toString().contains(QStringLiteral("No keychain")));
    QVERIFY(console.signingStatus().needsOperator());
    QCOMPARE(console.signingStatus().problem, unavailable.first().first().toString());

    const QString keyFile = bench.dir.file(QStringLiteral("signing.key"));
    const KeyStore::Result used = console.signer().useKeyFile(keyFile, SecretBytes(QByteArray("correct horse")),
                                                              AuditSigner::KeyFileMode::CreateNew);
    QCOMPARE(used.status, KeyStore::Status::Ok);
    console.refreshSigningStatus();
    const SigningStatus status = console.signingStatus();
    QVERIFY(status.hasKey);
    QVERIFY(status.problem.isEmpty());
    QVERIFY(!status.needsOperator());
    QCOMPARE(status.waitingCheckpoints, 0);
    QCOMPARE(status.signedToSeq, bench.log.latestSignedCheckpoint()->seq);
    QCOMPARE(unavailable.size(), 1); // a key file is not the keychain failing again

    const QString anchor = console.copyAnchor();
    QCOMPARE(anchor, bench.log.latestSignedCheckpoint()->anchor());
    const QList<AuditRecord> copied = bench.log.recordsOfKind(QStringLiteral("anchor.copied"));
    QCOMPARE(copied.size(), 1);
    QVERIFY(copied.first().payload.contains(anchor));
}

void TestConsoleController::listsEveryReversalNewestFirst() {
    Bench bench;
    QVERIFY(bench.open());
    ConsoleController console(bench.log, bench.clock, QStringLiteral("ada"));
    QVERIFY(console.reversals().isEmpty());
    QVERIFY(console.openKit(QStringLiteral(TURNBACK_BASELINE_KIT)).isEmpty());
    // A closed live one, then two open ones (one of them an exercise) written by earlier consoles.
    QVERIFY(console.startReversal(liveSetup()));
    const QString closed = console.session()->incident().id();
    QVERIFY(console.closeReversal(QStringLiteral("done")));
    QStringList open;
    for (bool exercise : {false, true}) {
        bench.clock.advance(std::chrono::minutes(1));
        ReversalSession earlier(console.trail(), bench.clock, bench.kit);
        ReversalSetup setup = liveSetup();
        setup.title = exercise ? QStringLiteral("Tabletop") : QStringLiteral("Search v9");
        setup.exercise = exercise;
        QVERIFY(earlier.start(setup));
        open.prepend(earlier.incident().id());
    }
    const QList<ReversalListing> listed = console.reversals();
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.at(0).incident, open.at(0));
    QCOMPARE(listed.at(0).title, QStringLiteral("Tabletop"));
    QVERIFY(listed.at(0).exercise);
    QVERIFY(listed.at(0).isOpen());
    QCOMPARE(listed.at(0).startedAt, at(2 * kMinute));
    QCOMPARE(listed.at(1).title, QStringLiteral("Search v9"));
    QVERIFY(!listed.at(1).exercise);
    QCOMPARE(listed.at(2).incident, closed);
    QVERIFY(!listed.at(2).isOpen());
    QCOMPARE(listed.at(2).service, QStringLiteral("checkout"));
    QCOMPARE(listed.at(2).kitId, QStringLiteral("baseline"));
    QCOMPARE(console.resumableReversalIds(), open);
}

void TestConsoleController::overdueComesFromTheIncidentAndTheClock() {
    Bench bench;
    QVERIFY(bench.open());
    ConsoleController console(bench.log, bench.clock, QStringLiteral("ada"));
    QVERIFY(console.overdueObligations().isEmpty()); // nothing on screen
    QVERIFY(console.openKit(QStringLiteral(TURNBACK_BASELINE_KIT)).isEmpty());
    QVERIFY(console.startReversal(liveSetup()));
    QVERIFY(console.session()->recordObservation(kP1));
    QVERIFY(console.overdueObligations().isEmpty());
    // Confirmed data loss is due at once: overdue from the instant it triggers, with no event written since.
    QVERIFY(console.session()->recordObservation(kDataLoss));
    const QList<Obligation> overdue = console.overdueObligations();
    QCOMPARE(overdue.size(), 1);
    QCOMPARE(overdue.first().signalId, kDataLoss);
    QVERIFY(console.session()->decide(overdue.first().id, Decision::CarryOut, QStringLiteral("Rolling back now.")));
    QVERIFY(console.overdueObligations().isEmpty());
}

QTEST_GUILESS_MAIN(TestConsoleController)
#include "TestConsoleController.moc"
