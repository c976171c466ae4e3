#include "AuditLog.h"
#include "AuditTrail.h"
#include "Clock.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "SmallDisk.h"
#include "TestSupport.h"
#include "UtcTime.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QTest>

using namespace turnback;

/// What the operator sees when the audit log cannot be written: real faults (a full tmpfs, a
/// second console on the same log), the real window offscreen.
class TestAuditFaultUi : public QObject {
    Q_OBJECT
private slots:
    void fullDiskShowsNotYetRecordedAndLosesNothing();
    void secondConsoleIsReadOnlyAndSaysSo();
};

void TestAuditFaultUi::fullDiskShowsNotYetRecordedAndLosesNothing() {
    test::ScratchDir scratch;
    test::SmallDisk disk{scratch.file(QStringLiteral("small-disk"))};
    QVERIFY(QDir().mkpath(disk.folder));
    if (!disk.mount(1024 * 1024))
        QSKIP("mounting a small tmpfs needs root (CAP_SYS_ADMIN); test_audit_faults covers the model either way");
    const QString db = disk.folder + QStringLiteral("/audit.sqlite");
    const QString filler = disk.folder + QStringLiteral("/filler");
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

    QVERIFY(test::fillDisk(filler));
    const QDateTime heldAt = clock.utcNow();
    QVERIFY(!window.record(QStringLiteral("ui.click"), QStringLiteral("mainWindow/some/button")));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("NOT YET RECORDED: 1 event(s)")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("is full")), qPrintable(banner->text()));
    QCOMPARE(log.headSeq(), before); // nothing is shown as recorded that is not

    clock.advance(std::chrono::minutes(2));
    QVERIFY(QFile::remove(filler));
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
