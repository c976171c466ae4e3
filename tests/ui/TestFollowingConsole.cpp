#include "AuditLog.h"
#include "AuditTrail.h"
#include "Clock.h"
#include "ConsoleController.h"
#include "IncidentFollower.h"
#include "KitLoader.h"
#include "LiveConsole.h"
#include "LiveRubricModel.h"
#include "MainWindow.h"
#include "ReversalSession.h"
#include "TestSupport.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace turnback;
using namespace std::chrono_literals;

/// A second console opened on a log that another console records into: it shows the open reversal
/// from the replay, follows it as the log grows, records nothing and never claims to hold anything.
class TestFollowingConsole : public QObject {
    Q_OBJECT
private slots:
    void followsTheReversalAnotherConsoleRecords();
};

void TestFollowingConsole::followsTheReversalAnotherConsoleRecords() {
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("audit.sqlite"));
    SimulatedClock clock;
    const KitLoadResult kit = KitLoader::load(QStringLiteral(":/kits/baseline.yaml"));
    QVERIFY(kit.ok());

    // The first console: it records.
    AuditLog recording(clock);
    QVERIFY(recording.open(db));
    ReversalSession writer(recording, clock, *kit.kit);
    QVERIFY(writer.start({QStringLiteral("Checkout rollback"),
                          QStringLiteral("checkout"),
                          {QStringLiteral("Ana"), QStringLiteral("incident-commander")},
                          false}));
    QVERIFY(writer.recordObservation(QStringLiteral("error-rate"), 7.5));

    // The second console on the same file: read-only, and it shows the reversal.
    AuditLog second(clock);
    QVERIFY(second.openForConsole(db));
    QVERIFY(second.isReadOnly());
    const qint64 headBefore = recording.headSeq();
    MainWindow window(second, clock, QStringLiteral("bob"));
    QVERIFY(window.openKit(QStringLiteral(":/kits/baseline.yaml")));
    QVERIFY(window.resumeOpenReversal());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LiveConsole* console = window.liveConsole();
    QVERIFY(console);
    QVERIFY(console->isReadOnly());
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("followingBanner"))->isVisible());
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("decideButton"))->isEnabled());
    QCOMPARE(window.controller().follower()->incident().title(), QStringLiteral("Checkout rollback"));
    QVERIFY2(console->levelBannerText().startsWith(QStringLiteral("NORMAL")), qPrintable(console->levelBannerText()));
    // The error rate is pending ("for 2 min"): the follower's rubric moves on with the clock.
    auto* table = window.findChild<QTableView*>(QStringLiteral("liveRubricTable"));
    const QModelIndex errorRate = table->model()
                                      ->match(table->model()->index(0, 0), LiveRubricModel::SignalIdRole,
                                              QStringLiteral("error-rate"), 1, Qt::MatchExactly)
                                      .value(0);
    QVERIFY(errorRate.isValid());
    const QModelIndex state = errorRate.siblingAtColumn(LiveRubricModel::StateColumn);
    clock.advance(30s);
    console->refreshNow();
    QVERIFY2(state.data().toString().contains(QStringLiteral("fires in 1:30")), qPrintable(state.data().toString()));

    // The writer goes on: two minutes later the rubric fires and the level rises. The follower
    // reads the new rows on its next refresh and shows the level the record holds.
    clock.advance(90s);
    QVERIFY(writer.tick());
    QCOMPARE(writer.incident().level(), Level::Slow);
    console->refreshNow();
    QCOMPARE(window.controller().follower()->incident().level(), Level::Slow);
    QVERIFY2(console->levelBannerText().startsWith(QStringLiteral("SLOW")), qPrintable(console->levelBannerText()));
    QVERIFY2(console->nextOwedText().contains(QStringLiteral("Engineering lead")), qPrintable(console->nextOwedText()));

    // It wrote nothing into the other console's record, and holds nothing "not yet recorded".
    auto* banner = window.findChild<QLabel*>(QStringLiteral("auditFaultBanner"));
    QVERIFY2(!banner->text().contains(QStringLiteral("NOT YET RECORDED")), qPrintable(banner->text()));
    QCOMPARE(window.trail().pendingCount(), 0);
    QCOMPARE(recording.count(), recording.headSeq());
    QCOMPARE(recording.headSeq(), writer.incident().timeline().last().seq);
    QVERIFY(recording.headSeq() > headBefore);
    // Acting is refused with a reason, not attempted.
    console->decideSelected();
    QCOMPARE(window.trail().pendingCount(), 0);
}

QTEST_MAIN(TestFollowingConsole)
#include "TestFollowingConsole.moc"
