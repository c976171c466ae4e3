#include "AuditLog.h"
#include "ClickRecorder.h"
#include "Clock.h"
#include "FileDialogs.h"
#include "KitErrorDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QAction>
#include <QDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace turnback;

/// Drives the real main window offscreen, with a real SQLite audit log, and reads back what was recorded.
class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void opensTheBaselineKit();
    void clickingARealButtonIsRecorded();
    void clickingATableCellIsRecordedWithItsRow();
    void menuShortcutCountsAsAClick();
    void badKitShowsEveryErrorAndKeepsTheCurrentKit();
    void tabsShowEveryPartOfTheKit();
    void startingWithoutAKitSaysWhyAndOpensNothing();

private:
    QList<AuditRecord> clicks() const { return m_log->recordsOfKind(QStringLiteral("ui.click")); }

    std::unique_ptr<test::ScratchDir> m_scratch;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ClickRecorder> m_recorder;
};

void TestMainWindow::init() {
    m_scratch = std::make_unique<test::ScratchDir>();
    m_clock = std::make_unique<SimulatedClock>();
    m_log = std::make_unique<AuditLog>(*m_clock);
    QVERIFY2(m_log->open(m_scratch->file(QStringLiteral("audit.sqlite"))), qPrintable(m_log->errorString()));
    m_window = std::make_unique<MainWindow>(*m_log, *m_clock, QStringLiteral("test-operator"));
    MainWindow* window = m_window.get();
    m_recorder = std::make_unique<ClickRecorder>([window](const QString& target, const QJsonObject& detail) {
        window->record(QStringLiteral("ui.click"), target, detail);
    });
    m_recorder->install();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup() {
    m_recorder.reset();
    m_window.reset();
    m_log.reset();
    m_clock.reset();
    m_scratch.reset();
}

void TestMainWindow::opensTheBaselineKit() {
    QVERIFY(m_window->openKit(QStringLiteral(":/kits/baseline.yaml")));
    QCOMPARE(m_window->kit().id, QStringLiteral("baseline"));
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("rubricTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(table->model()->index(1, 0).data().toString(), QStringLiteral("P1 count"));
    const QList<AuditRecord> loaded = m_log->recordsOfKind(QStringLiteral("kit.loaded"));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().actor, QStringLiteral("test-operator"));
    QVERIFY(loaded.first().payload.contains(QStringLiteral("\"kit_id\":\"baseline\"")));
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("auditStatus"));
    QVERIFY(status->text().contains(QStringLiteral("1 event")));
}

void TestMainWindow::clickingARealButtonIsRecorded() {
    QVERIFY(!m_window->openKit(test::dataFile(QStringLiteral("kits/bad/unknown-key.yaml"))));
    KitErrorDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<KitErrorDialog*>(QStringLiteral("kitErrorDialog"))));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* copy = dialog->findChild<QPushButton*>(QStringLiteral("copyErrorsButton"));
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);

    const QList<AuditRecord> recorded = clicks();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().target, QStringLiteral("mainWindow/kitErrorDialog/kitErrorButtons/copyErrorsButton"));
    QCOMPARE(recorded.first().actor, QStringLiteral("test-operator"));
    QVERIFY(recorded.first().payload.contains(QStringLiteral("\"via\":\"button\"")));

    // Keyboard activation of a button is a click too.
    auto* close = dialog->findChild<QPushButton*>(QStringLiteral("closeButton"));
    close->setFocus();
    QTest::keyClick(close, Qt::Key_Space);
    QCOMPARE(clicks().size(), 2);
    QCOMPARE(clicks().last().target, QStringLiteral("mainWindow/kitErrorDialog/kitErrorButtons/closeButton"));
}

void TestMainWindow::clickingATableCellIsRecordedWithItsRow() {
    QVERIFY(m_window->openKit(QStringLiteral(":/kits/baseline.yaml")));
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("rubricTable"));
    m_window->findChild<QTabWidget*>(QStringLiteral("kitTabs"))
        ->setCurrentWidget(table); // the start screen is in front
    const int clicksBefore = int(clicks().size());
    const QRect cell = table->visualRect(table->model()->index(2, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    const QList<AuditRecord> recorded = clicks();
    QCOMPARE(recorded.size(), clicksBefore + 1);
    QCOMPARE(recorded.last().target,
             QStringLiteral("mainWindow/central/kitTabs/qt_tabwidget_stackedwidget/rubricTable"));
    const QJsonObject detail = QJsonDocument::fromJson(recorded.last().payload.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("row")).toInt(), 2);
    QCOMPARE(detail.value(QStringLiteral("column")).toInt(), 0);
    QCOMPARE(detail.value(QStringLiteral("text")).toString(), QStringLiteral("User-facing data loss"));
}

void TestMainWindow::menuShortcutCountsAsAClick() {
    FileDialogs::setNextAnswer({QStringLiteral(":/kits/baseline.yaml")});
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QTRY_COMPARE(m_window->kit().id, QStringLiteral("baseline"));
    const QList<AuditRecord> recorded = clicks();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().target, QStringLiteral("mainWindow/menuBar/fileMenu/openKitAction"));
    QVERIFY(recorded.first().payload.contains(QStringLiteral("\"via\":\"action\"")));
    // Both the click and the work it caused are recorded, next to each other.
    const QList<AuditRecord> all = m_log->records();
    QCOMPARE(all.size(), 2);
    QCOMPARE(QSet<QString>({all.at(0).kind, all.at(1).kind}),
             QSet<QString>({QStringLiteral("ui.click"), QStringLiteral("kit.loaded")}));
}

void TestMainWindow::badKitShowsEveryErrorAndKeepsTheCurrentKit() {
    QVERIFY(m_window->openKit(QStringLiteral(":/kits/baseline.yaml")));
    const QString bad = test::dataFile(QStringLiteral("kits/bad/unknown-key.yaml"));
    QVERIFY(!m_window->openKit(bad));
    KitErrorDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<KitErrorDialog*>(QStringLiteral("kitErrorDialog"))));
    QVERIFY(dialog->errorText().startsWith(bad + QLatin1Char(':')));
    QVERIFY(dialog->errorText().contains(QStringLiteral("error:")));
    QCOMPARE(m_window->kit().id, QStringLiteral("baseline"));
    const QList<AuditRecord> rejected = m_log->recordsOfKind(QStringLiteral("kit.rejected"));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().target, bad);
}

void TestMainWindow::tabsShowEveryPartOfTheKit() {
    QVERIFY(m_window->openKit(QStringLiteral(":/kits/baseline.yaml")));
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("kitTabs"));
    QCOMPARE(tabs->count(), 8); // the start screen, the rubric and the kit's six other parts
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("commsPanel"))); // a list to act on (TestCommsWizard)
    // Human impact is a panel of prompts to answer (TestImpactUi), not a page to read.
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("impactPanel")));
    // Data handling is a panel of procedures to carry out (TestDataWizard), the kit's text below.
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("dataHandlingPanel")));
    for (const char* name : {"stagesBrowser", "rolesBrowser"}) {
        auto* browser = m_window->findChild<QTextBrowser*>(QLatin1String(name));
        QVERIFY2(browser, name);
        // Laid out when its tab is first shown, not before.
        QVERIFY2(browser->toPlainText().isEmpty(), name);
        // The stages' text is a part of the Stages panel (the tab), shown while no reversal is open.
        tabs->setCurrentWidget(tabs->indexOf(browser) >= 0 ? browser : browser->parentWidget());
        QVERIFY2(browser->toPlainText().size() > 100, name);
    }
    // A reloaded kit is shown afresh in the tab on screen.
    QVERIFY(m_window->openKit(QStringLiteral(":/kits/baseline.yaml")));
    QVERIFY(m_window->findChild<QTextBrowser*>(QStringLiteral("rolesBrowser"))->toPlainText().size() > 100);
    tabs->setCurrentIndex(0);
    const int clicksBefore = int(m_log->recordsOfKind(QStringLiteral("ui.click")).size());
    // Switching tabs with the mouse is recorded as a click on the tab bar.
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(2).center());
    QCOMPARE(tabs->currentIndex(), 2);
    QCOMPARE(clicks().size(), clicksBefore + 1);
    QCOMPARE(clicks().last().target, QStringLiteral("mainWindow/central/kitTabs/kitTabBar"));
}

void TestMainWindow::startingWithoutAKitSaysWhyAndOpensNothing() {
    QVERIFY(m_window->kit().id.isEmpty());
    m_window->findChild<QAction*>(QStringLiteral("startReversalAction"))->trigger();
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("startReversalDialog")));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Open a kit first: a reversal runs on a kit's rubric."));
    QVERIFY(!m_window->session());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
