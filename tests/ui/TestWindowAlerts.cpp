#include "AuditTrail.h"
#include "ConsoleController.h"
#include "IncidentFixtures.h"
#include "LiveConsole.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "StartReversalDialog.h"
#include "StartScreen.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace turnback;
using namespace turnback::test;
using namespace std::chrono_literals;

/// The window around a reversal (issue 8): overdue in the title and in a banner over every tab,
/// quitting asks while a reversal is open, the start screen says what to do and lets the operator
/// choose which open reversal to resume. The real window offscreen, a real SQLite log, a simulated
/// clock; where the issue says keyboard only, only key events reach the widgets.
class TestWindowAlerts : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void overdueIsInTheTitleAndInABannerOverEveryTab();
    void overdueByTimeAloneReachesTheTitle();
    void anOverdueUpdateCountsInTheTitleAndTheBanner();
    void quittingDuringAnOpenReversalAsksFirst();
    void quittingWithNoOpenReversalDoesNotAsk();
    void startScreenSaysWhatToDoAndListsTheLog();
    void severalOpenReversalsAskWhichToResume();
    void oneOpenReversalResumesAsBefore();

private:
    /// A reversal written by an earlier console; one minute later the next.
    QString seed(const QString& title, bool exercise, bool close);
    /// As app/gui/main.cpp does: the kit, then resume, then show; the window is made active.
    void openWindow();
    /// A key press where the keyboard focus is, as a person's would land.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QLabel* overdueBanner() const { return m_window->findChild<QLabel*>(QStringLiteral("overdueBanner")); }
    QTabWidget* tabs() const { return m_window->findChild<QTabWidget*>(QStringLiteral("kitTabs")); }

    std::unique_ptr<Bench> m_bench;
    std::unique_ptr<MainWindow> m_window;
    bool m_resumed = false;
};

void TestWindowAlerts::init() {
    m_bench = std::make_unique<Bench>();
    QVERIFY(m_bench->open());
}

void TestWindowAlerts::cleanup() {
    m_window.reset();
    m_bench.reset();
}

QString TestWindowAlerts::seed(const QString& title, bool exercise, bool close) {
    AuditTrail trail(m_bench->log);
    ReversalSession session(trail, m_bench->clock, m_bench->kit);
    ReversalSetup setup = liveSetup();
    setup.title = title;
    setup.exercise = exercise;
    if (!session.start(setup) || (close && !session.close(QStringLiteral("Rolled back."))))
        qFatal("could not seed a reversal: %s", qPrintable(session.errorString()));
    m_bench->clock.advance(1min);
    return session.incident().id();
}

void TestWindowAlerts::openWindow() {
    m_window = std::make_unique<MainWindow>(m_bench->log, m_bench->clock, QStringLiteral("ada"));
    QVERIFY(m_window->openKit(QStringLiteral(":/kits/baseline.yaml")));
    m_resumed = m_window->resumeOpenReversal();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

// An owed comms update past its due time is as overdue as a decision: the title and the banner
// over every tab count it and name it, so they never say "1 overdue" while NEXT says more.
void TestWindowAlerts::anOverdueUpdateCountsInTheTitleAndTheBanner() {
    openWindow();
    QVERIFY(m_window->controller().startReversal(liveSetup()));
    LiveConsole* console = m_window->liveConsole();
    QVERIFY(console);
    console->refreshNow();
    QVERIFY(!overdueBanner()->isVisible());
    // The release's go is on record (its gates decided over), so the pre-release gates owe nothing.
    QVERIFY(m_window->session()->decideGate(QStringLiteral("pre-release"), true,
                                            QStringLiteral("gates signed off on paper")));
    // The baseline's internal alert is due 15 min after the start; nothing else is owed by then.
    m_bench->clock.advance(15min + 1s);
    console->refreshNow();
    QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("OVERDUE 1 — NORMAL — ")),
             qPrintable(m_window->windowTitle()));
    QVERIFY(overdueBanner()->isVisible());
    const QString banner = overdueBanner()->text();
    QVERIFY2(banner.startsWith(QStringLiteral("OVERDUE: 1 item is past its deadline.")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("Incident commander owes the update \"Internal alert\"")),
             qPrintable(banner));
    // Later every update the baseline owes from the start is overdue, and each is named.
    m_bench->clock.advance(std::chrono::hours(24 * 40));
    console->refreshNow();
    QCOMPARE(m_window->controller().overdueOwedBeyondDecisions().size(), 3);
    QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("OVERDUE 3 — ")), qPrintable(m_window->windowTitle()));
    QCOMPARE(overdueBanner()->text().split(QLatin1Char('\n')).size(), 4);
}

void TestWindowAlerts::press(Qt::Key key, Qt::KeyboardModifiers modifiers) {
    QWidget* target = QApplication::focusWidget();
    QTest::keyClick(target ? target : m_window.get(), key, modifiers);
}

void TestWindowAlerts::overdueIsInTheTitleAndInABannerOverEveryTab() {
    openWindow();
    QVERIFY(m_window->controller().startReversal(liveSetup()));
    LiveConsole* console = m_window->liveConsole();
    QVERIFY(console);
    QSignalSpy alerted(m_window.get(), &MainWindow::overdueAlert);
    QVERIFY(overdueBanner());
    QVERIFY(!overdueBanner()->isVisible());
    QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("NORMAL — ")), qPrintable(m_window->windowTitle()));

    // Confirmed data loss: Reverse, due at once, so overdue the moment it is recorded.
    QVERIFY(m_window->session()->recordObservation(kDataLoss));
    QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("OVERDUE 1 — REVERSE (ROLL BACK) — ")),
             qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->windowTitle().endsWith(QStringLiteral("Turnback")));
    QVERIFY(overdueBanner()->isVisible());
    const QString banner = overdueBanner()->text();
    QVERIFY2(banner.startsWith(QStringLiteral("OVERDUE: 1 decision is past its deadline. Ctrl+D records it.")),
             qPrintable(banner));
    const QString owner = m_bench->kit.roleTitle(m_bench->kit.signal(kDataLoss)->owner);
    QVERIFY2(banner.contains(owner + QStringLiteral(" owes a decision on")), qPrintable(banner));
    console->refreshNow();
    QCOMPARE(alerted.size(), 1); // the window alert and the tray go with this signal

    // On every tab: the banner sits above them.
    for (int tab = 0; tab < tabs()->count(); ++tab) {
        tabs()->setCurrentIndex(tab);
        QVERIFY2(overdueBanner()->isVisible(), qPrintable(tabs()->tabText(tab)));
    }

    // A decision recorded: no longer overdue, the level stays in the title.
    const qint64 obligation = m_window->controller().overdueObligations().first().id;
    QVERIFY(m_window->session()->decide(obligation, Decision::CarryOut, QStringLiteral("Rolling back now.")));
    QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("REVERSE (ROLL BACK) — ")),
             qPrintable(m_window->windowTitle()));
    QVERIFY(!overdueBanner()->isVisible());
}

void TestWindowAlerts::overdueByTimeAloneReachesTheTitle() {
    openWindow();
    QVERIFY(m_window->controller().startReversal(liveSetup()));
    LiveConsole* console = m_window->liveConsole();
    QVERIFY(m_window->session()->recordObservation(kErrorRate, 6.5));
    m_bench->clock.advance(2min); // the error rate's wait ends: Slow, the owner has 5 minutes
    console->refreshNow();
    QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("SLOW (CANARY ONLY) — ")),
             qPrintable(m_window->windowTitle()));
    QVERIFY(!overdueBanner()->isVisible());
    // Nothing is written when a deadline passes: the title follows the clock.
    m_bench->clock.advance(5min + 1s);
    console->refreshNow();
    QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("OVERDUE 1 — SLOW (CANARY ONLY) — ")),
             qPrintable(m_window->windowTitle()));
    QVERIFY(overdueBanner()->isVisible());
}

void TestWindowAlerts::quittingDuringAnOpenReversalAsksFirst() {
    seed(QStringLiteral("Search v9"), false, false);
    openWindow();
    QVERIFY(m_resumed);
    QVERIFY(m_window->controller().isReversalRunning());

    MessageBoxes::setNextAnswer(QMessageBox::No);
    press(Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(m_window->isVisible()); // the operator said no: still here
    const QString asked = MessageBoxes::lastAnsweredText();
    QVERIFY2(asked.contains(QStringLiteral("\"Search v9\" is still open")), qPrintable(asked));
    QVERIFY(asked.contains(QStringLiteral("Quit anyway?")));

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    press(Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(!m_window->isVisible());
}

void TestWindowAlerts::quittingWithNoOpenReversalDoesNotAsk() {
    seed(QStringLiteral("Search v9"), false, true);
    openWindow();
    QVERIFY(!m_resumed);
    MessageBoxes::setNextAnswer(QMessageBox::No);
    press(Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(!m_window->isVisible());
    // The answer was not taken: nothing asked.
    QCOMPARE(MessageBoxes::ask(nullptr, QMessageBox::Question, QStringLiteral("t"), QStringLiteral("unused"),
                               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes),
             QMessageBox::No);
}

void TestWindowAlerts::startScreenSaysWhatToDoAndListsTheLog() {
    seed(QStringLiteral("Search v9"), false, true);
    seed(QStringLiteral("Tabletop"), true, true);
    openWindow();
    QVERIFY(!m_resumed);
    auto* screen = m_window->findChild<StartScreen*>(QStringLiteral("startScreen"));
    QVERIFY(screen);
    QCOMPARE(tabs()->currentWidget(), screen);
    QCOMPARE(screen->findChild<QLabel*>(QStringLiteral("startHeading"))->text(),
             QStringLiteral("No reversal is open. When a deployment has to be unwound, start one: Ctrl+N."));
    auto* start = screen->findChild<QPushButton*>(QStringLiteral("startReversalButton"));
    QCOMPARE(start->text(), QStringLiteral("Start a reversal (Ctrl+N)"));
    QCOMPARE(QApplication::focusWidget(), start);

    auto* list = screen->findChild<QTreeWidget*>(QStringLiteral("reversalList"));
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Tabletop")); // newest first
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("EXERCISE"));
    QVERIFY(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("closed ")));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("live"));
    QVERIFY(!screen->findChild<QPushButton*>(QStringLiteral("resumeReversalButton"))->isEnabled());

    // Return on the focused button: the start dialog, as Ctrl+N opens it.
    press(Qt::Key_Return);
    QTRY_VERIFY(m_window->findChild<StartReversalDialog*>(QStringLiteral("startReversalDialog")));
}

void TestWindowAlerts::severalOpenReversalsAskWhichToResume() {
    const QString oldest = seed(QStringLiteral("Search v9"), false, false);
    seed(QStringLiteral("Payments v3"), false, true);
    const QString newest = seed(QStringLiteral("Tabletop"), true, false);
    openWindow();
    // Nothing resumed behind the operator's back.
    QVERIFY(!m_resumed);
    QVERIFY(!m_window->session());
    auto* screen = m_window->findChild<StartScreen*>(QStringLiteral("startScreen"));
    QCOMPARE(tabs()->currentWidget(), screen);
    QCOMPARE(
        screen->findChild<QLabel*>(QStringLiteral("startHeading"))->text(),
        QStringLiteral("2 reversals are open in this log. Choose the one to resume (arrow keys) and press Return."));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("choose the one to resume")));
    auto* list = screen->findChild<QTreeWidget*>(QStringLiteral("reversalList"));
    QCOMPARE(QApplication::focusWidget(), list);
    QCOMPARE(screen->selectedIncident(), newest);

    // Down to the closed one: Return resumes nothing.
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QVERIFY(!m_window->session());
    QCOMPARE(screen->findChild<QLabel*>(QStringLiteral("resumeHint"))->text(),
             QStringLiteral("Closed: it stays in the log for review."));

    // Down again, to the oldest open one, and Return: that one, not the newest.
    press(Qt::Key_Down);
    QCOMPARE(screen->selectedIncident(), oldest);
    press(Qt::Key_Return);
    QVERIFY(m_window->session());
    QCOMPARE(m_window->session()->incident().id(), oldest);
    QCOMPARE(tabs()->currentIndex(), 0);
    QVERIFY(m_window->liveConsole());
    QVERIFY2(!m_window->windowTitle().startsWith(QStringLiteral("EXERCISE")), qPrintable(m_window->windowTitle()));
    // While it runs, the start screen resumes nothing else.
    QVERIFY(!screen->findChild<QPushButton*>(QStringLiteral("resumeReversalButton"))->isEnabled());
    QCOMPARE(m_bench->log.recordsOfKind(EventKind::ReversalStarted).size(), 3);
}

void TestWindowAlerts::oneOpenReversalResumesAsBefore() {
    seed(QStringLiteral("Payments v3"), false, true);
    const QString open = seed(QStringLiteral("Search v9"), false, false);
    openWindow();
    QVERIFY(m_resumed);
    QCOMPARE(m_window->session()->incident().id(), open);
    QCOMPARE(tabs()->currentWidget(), m_window->liveConsole());
}

QTEST_MAIN(TestWindowAlerts)
#include "TestWindowAlerts.moc"
