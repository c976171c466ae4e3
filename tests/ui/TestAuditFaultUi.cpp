#include "AuditLog.h"
#include "AuditTrail.h"
#include "Clock.h"
#include "FullDisk.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "TestSupport.h"
#include "UtcTime.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QTest>

using namespace turnback;

/// What the operator sees when the audit log cannot be written: real faults (a full disk, a
/// second console on the same log), the real window offscreen.
class TestAuditFaultUi : public QObject {
    Q_OBJECT
private slots:
    void fullDiskShowsNotYetRecordedAndLosesNothing_data() { test::FullDisk::addRows(); }
    void fullDiskShowsNotYetRecordedAndLosesNothing();
    void secondConsoleIsReadOnlyAndSaysSo();
};

void TestAuditFaultUi::fullDiskShowsNotYetRecordedAndLosesNothing() {
    QFETCH(bool, realDisk);
    test::ScratchDir scratch;
    test::FullDisk disk(scratch.file(QStringLiteral("small-disk")), realDisk);
    QVERIFY(disk.prepare());
    const QString db = disk.folder() + QStringLiteral("/audit.sqlite");
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(db));
    MainWindow window(log, clock, QStringLiteral("ada"));
    QVERIFY(window.openKit(QStringLiteral(":/kits/baseline.yaml")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* banner = window.findChild<QLabel*>(QStringLiteral("auditFaultBanner"));
    QVERIFY(banner->isHidden());
    const qint64 before = log.headSeq();

    QVERIFY(disk.fill());
    const QDateTime heldAt = clock.utcNow();
    QVERIFY(!window.record(QStringLiteral("ui.click"), QStringLiteral("mainWindow/some/button")));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("NOT YET RECORDED: 1 event(s)")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("is full")), qPrintable(banner->text()));
    QCOMPARE(log.headSeq(), before); // nothing is shown as recorded that is not

    // Quitting now would lose what is held: the window asks first, and Cancel keeps it open.
    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY2(MessageBoxes::lastAnsweredText().startsWith(
                 QStringLiteral("1 event(s) could not be written to the audit log yet")),
             qPrintable(MessageBoxes::lastAnsweredText()));

    clock.advance(std::chrono::minutes(2));
    QVERIFY(disk.makeRoom());
    QVERIFY(window.trail().retry());
    QVERIFY(banner->isHidden());
    QCOMPARE(log.headSeq(), before + 1);
    const AuditRecord held = log.records(before + 1).first();
    QCOMPARE(held.target, QStringLiteral("mainWindow/some/button"));
    QCOMPARE(held.atUtc, utc::format(heldAt)); // its original time, not the time of the retry
}

void TestAuditFaultUi::secondConsoleIsReadOnlyAndSaysSo() {
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("audit.sqlite"));
    SimulatedClock clock;
    AuditLog recording(clock);
    QVERIFY(recording.open(db));
    AuditLog second(clock);
    QVERIFY(second.openForConsole(db));
    QVERIFY(second.isReadOnly());

    MainWindow window(second, clock, QStringLiteral("bob"));
    QVERIFY(window.openKit(QStringLiteral(":/kits/baseline.yaml")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* banner = window.findChild<QLabel*>(QStringLiteral("auditFaultBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("READ-ONLY: ")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("read-only")), qPrintable(banner->text()));
    // It writes nothing into the other console's record, so nothing waits to be written: no
    // "NOT YET RECORDED" banner that could never clear, and quitting does not ask.
    QVERIFY2(!banner->text().contains(QStringLiteral("NOT YET RECORDED")), qPrintable(banner->text()));
    QCOMPARE(window.trail().pendingCount(), 0);
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("startReversalAction"))->isEnabled());
    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestAuditFaultUi)
#include "TestAuditFaultUi.moc"
