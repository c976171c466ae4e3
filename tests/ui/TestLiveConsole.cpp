#include "AuditLog.h"
#include "ClickRecorder.h"
#include "Clock.h"
#include "DecisionDialog.h"
#include "FileDialogs.h"
#include "IncidentEvents.h"
#include "LiveConsole.h"
#include "LiveRubricModel.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "NotificationModel.h"
#include "RetractDialog.h"
#include "ReversalSession.h"
#include "StartReversalDialog.h"
#include "TestSupport.h"
#include "TimelineModel.h"
#include "UtcTime.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using namespace turnback;

/// The live console driven as an operator would: real widgets offscreen, a real SQLite log,
/// and a simulated clock so minutes pass without waiting.
class TestLiveConsole : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void startAReversalThroughTheDialog();
    void escalatesWithLiveCountdownsAndOverdueAlert();
    void decisionDialogRequiresAReasonWhenActingForAnotherOwner();
    void tickingANotificationRecordsIt();
    void retractingAnOccurrenceByKeyboard();
    void retractingATickByKeyboard();
    void restartResumesWithCountdownsIntact();
    void exerciseIsUnmistakable();
    void importIsAllOrNothingAndNamesEveryBadLine();
    void anAgeIsNeverNegative();
    void timelineShowsActsAndNavigationOnRequest();

private:
    void openWindow();
    LiveConsole* startReversal(bool exercise = false);
    QString cell(int row, int column) const;
    QList<AuditRecord> ofKind(const QString& kind) const { return m_log->recordsOfKind(kind); }

    std::unique_ptr<test::ScratchDir> m_scratch;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ClickRecorder> m_recorder;
};

void TestLiveConsole::init() {
    m_scratch = std::make_unique<test::ScratchDir>();
    m_clock = std::make_unique<SimulatedClock>(QDateTime::currentDateTimeUtc());
    m_log = std::make_unique<AuditLog>(*m_clock);
    QVERIFY(m_log->open(m_scratch->file(QStringLiteral("audit.sqlite"))));
    openWindow();
}

void TestLiveConsole::openWindow() {
    m_recorder.reset();
    m_window = std::make_unique<MainWindow>(*m_log, *m_clock, QStringLiteral("ada"));
    MainWindow* window = m_window.get();
    m_recorder = std::make_unique<ClickRecorder>([window](const QString& target, const QJsonObject& detail) {
        window->record(QStringLiteral("ui.click"), target, detail);
    });
    m_recorder->install();
    QVERIFY(m_window->openKit(QStringLiteral(":/kits/baseline.yaml")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLiveConsole::cleanup() {
    m_recorder.reset();
    m_window.reset();
    m_log.reset();
    m_clock.reset();
    m_scratch.reset();
}

LiveConsole* TestLiveConsole::startReversal(bool exercise) {
    m_window->findChild<QAction*>(QStringLiteral("startReversalAction"))->trigger();
    StartReversalDialog* dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_window->findChild<StartReversalDialog*>(QStringLiteral("startReversalDialog")))); }();
    if (!dialog)
        return nullptr;
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reversalTitleEdit")),
                     QStringLiteral("Roll back v2.14"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reversalServiceEdit")), QStringLiteral("checkout"));
    if (exercise)
        QTest::mouseClick(dialog->findChild<QRadioButton*>(QStringLiteral("exerciseModeRadio")), Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("startReversalOkButton")), Qt::LeftButton);
    return m_window->liveConsole();
}

QString TestLiveConsole::cell(int row, int column) const {
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("liveRubricTable"));
    return table->model()->index(row, column).data().toString();
}

void TestLiveConsole::startAReversalThroughTheDialog() {
    // A blank field is refused in the dialog, before anything is recorded.
    m_window->findChild<QAction*>(QStringLiteral("startReversalAction"))->trigger();
    StartReversalDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<StartReversalDialog*>(QStringLiteral("startReversalDialog"))));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("startReversalOkButton")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("startProblemLabel"))->isVisible());
    QVERIFY(ofKind(EventKind::ReversalStarted).isEmpty());
    dialog->reject();

    LiveConsole* console = startReversal();
    QVERIFY(console);
    const QList<AuditRecord> started = ofKind(EventKind::ReversalStarted);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().actor, QStringLiteral("ada"));
    QVERIFY(started.first().payload.contains(QStringLiteral("\"role\":\"incident-commander\"")));
    QVERIFY(started.first().payload.contains(QStringLiteral("\"mode\":\"live\"")));
    QVERIFY(console->levelBannerText().contains(QStringLiteral("NORMAL")));
    // Nothing has triggered, but the kit's comms are owed from the start: the internal alert first.
    QVERIFY2(console->nextOwedText().contains(QStringLiteral("must send the Internal alert")),
             qPrintable(console->nextOwedText()));
    // The OK click itself is in the log too (a button reports its click after its own handlers ran).
    const QList<AuditRecord> clicks = ofKind(QStringLiteral("ui.click"));
    QVERIFY(!clicks.isEmpty());
    QCOMPARE(clicks.last().target,
             QStringLiteral("mainWindow/startReversalDialog/startReversalButtons/startReversalOkButton"));
}

void TestLiveConsole::escalatesWithLiveCountdownsAndOverdueAlert() {
    LiveConsole* console = startReversal();
    QVERIFY(console);
    QSignalSpy overdue(m_window.get(), &MainWindow::overdueAlert);

    auto* value = console->findChild<QLineEdit*>(QStringLiteral("observeValue-error-rate"));
    QVERIFY(value);
    QTest::keyClicks(value, QStringLiteral("6.5"));
    QTest::keyClick(value, Qt::Key_Return);
    QCOMPARE(ofKind(EventKind::ObservationRecorded).size(), 1);
    QCOMPARE(cell(0, LiveRubricModel::LatestColumn), QStringLiteral("6.5%"));
    QCOMPARE(cell(0, LiveRubricModel::StateColumn), QStringLiteral("pending — fires in 2:00"));

    m_clock->advance(90s);
    console->refreshNow();
    QCOMPARE(cell(0, LiveRubricModel::StateColumn), QStringLiteral("pending — fires in 0:30"));
    QVERIFY(ofKind(EventKind::SignalTriggered).isEmpty());

    m_clock->advance(30s);
    console->refreshNow();
    QCOMPARE(ofKind(EventKind::SignalTriggered).size(), 1);
    QCOMPARE(cell(0, LiveRubricModel::StateColumn), QStringLiteral("TRIGGERED"));
    QCOMPARE(cell(0, LiveRubricModel::CountdownColumn), QStringLiteral("5:00"));
    QVERIFY(console->levelBannerText().contains(QStringLiteral("SLOW (CANARY ONLY)")));
    QVERIFY(console->nextOwedText().contains(QStringLiteral("Engineering lead")));

    m_clock->advance(4min + 30s);
    console->refreshNow();
    QCOMPARE(cell(0, LiveRubricModel::CountdownColumn), QStringLiteral("DUE SOON 0:30"));
    QCOMPARE(overdue.count(), 0);

    m_clock->advance(31s);
    console->refreshNow();
    QCOMPARE(cell(0, LiveRubricModel::CountdownColumn), QStringLiteral("OVERDUE +0:01"));
    QVERIFY(console->nextOwedText().contains(QStringLiteral("OVERDUE +0:01")));
    QCOMPARE(overdue.count(), 1);
    QVERIFY(overdue.first().first().toString().contains(QStringLiteral("Engineering lead")));
    console->refreshNow();
    QCOMPARE(overdue.count(), 1); // alerted once, not every second

    // Three P1s... and the fourth within the hour: Stop.
    auto* p1 = console->findChild<QPushButton*>(QStringLiteral("observeOccurred-p1-count"));
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(p1, Qt::LeftButton);
    // The fourth raises the level: it asks first, naming the level and its owner (issue 8).
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(p1, Qt::LeftButton);
    QCOMPARE(MessageBoxes::lastAnsweredText(),
             QStringLiteral("Record an occurrence of P1 count? This calls for STOP (HALT DEPLOY) (owner: Incident "
                            "commander)."));
    QVERIFY(console->levelBannerText().contains(QStringLiteral("STOP (HALT DEPLOY)")));
    QCOMPARE(cell(1, LiveRubricModel::CountdownColumn), QStringLiteral("2:00"));
    QCOMPARE(ofKind(EventKind::LevelChanged).size(), 2);

    // Confirmed data loss: Reverse, due immediately.
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(console->findChild<QPushButton*>(QStringLiteral("observeOccurred-data-loss")), Qt::LeftButton);
    QVERIFY(console->levelBannerText().contains(QStringLiteral("REVERSE (ROLL BACK)")));
    QVERIFY(cell(2, LiveRubricModel::CountdownColumn).startsWith(QStringLiteral("OVERDUE")));
}

void TestLiveConsole::decisionDialogRequiresAReasonWhenActingForAnotherOwner() {
    LiveConsole* console = startReversal();
    QVERIFY(console);
    QTest::keyClicks(console->findChild<QLineEdit*>(QStringLiteral("observeValue-error-rate")), QStringLiteral("9"));
    QTest::mouseClick(console->findChild<QPushButton*>(QStringLiteral("observeRecord-error-rate")), Qt::LeftButton);
    m_clock->advance(2min);
    console->refreshNow();
    QCOMPARE(ofKind(EventKind::SignalTriggered).size(), 1);

    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    DecisionDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = console->findChild<DecisionDialog*>(QStringLiteral("decisionDialog"))));
    // Ada is the incident commander; error-rate belongs to the engineering lead.
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("actingForLabel"))
                ->text()
                .contains(QStringLiteral("acting for the Engineering lead")));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("recordDecisionButton")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(
        dialog->findChild<QLabel*>(QStringLiteral("decisionProblemLabel"))->text().contains(QStringLiteral("say why")));
    QVERIFY(ofKind(EventKind::DecisionRecorded).isEmpty());

    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("decisionReasonEdit")),
                     QStringLiteral("Eng lead unreachable; canary is burning"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("recordDecisionButton")), Qt::LeftButton);
    const QList<AuditRecord> decisions = ofKind(EventKind::DecisionRecorded);
    QCOMPARE(decisions.size(), 1);
    const QJsonObject payload = QJsonDocument::fromJson(decisions.first().payload.toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("decision")).toString(), QStringLiteral("carry-out"));
    QCOMPARE(payload.value(QStringLiteral("on_behalf_of")).toString(), QStringLiteral("engineering-lead"));
    QCOMPARE(payload.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Eng lead unreachable; canary is burning"));
    QCOMPARE(decisions.first().actor, QStringLiteral("ada"));
    QCOMPARE(cell(0, LiveRubricModel::CountdownColumn), QStringLiteral("DONE: carried out"));
}

void TestLiveConsole::tickingANotificationRecordsIt() {
    LiveConsole* console = startReversal();
    QVERIFY(console);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(console->findChild<QPushButton*>(QStringLiteral("observeOccurred-regulator-inquiry")),
                      Qt::LeftButton);
    auto* list = console->findChild<QListView*>(QStringLiteral("notificationList"));
    QVERIFY(list->model()->rowCount() > 0);
    const QModelIndex first = list->model()->index(0, 0);
    QVERIFY(first.data().toString().startsWith(QStringLiteral("Tell ")));
    // A tick asks first, default No (issue 8): No records nothing.
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QVERIFY(!list->model()->setData(first, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(MessageBoxes::lastAnsweredText(),
             QStringLiteral("Record that Incident commander was told about Regulator inquiry received?"));
    QVERIFY(ofKind(EventKind::NotificationConfirmed).isEmpty());
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QVERIFY(list->model()->setData(first, Qt::Checked, Qt::CheckStateRole));
    const QList<AuditRecord> told = ofKind(EventKind::NotificationConfirmed);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().actor, QStringLiteral("ada"));
    QVERIFY(list->model()->index(0, 0).data().toString().contains(QStringLiteral(" told about ")));
    // A tick is a record: unticking does not take it back (a retraction with a reason does).
    QVERIFY(!list->model()->setData(list->model()->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!(list->model()->flags(list->model()->index(0, 0)) & Qt::ItemIsUserCheckable));
}

// Issue 8: an occurrence recorded in error is retracted from the timeline, keyboard only: the
// entry stays, struck through with the reason; the signal clears; the level stays until the owner
// decides, and the decision starts from the reason.
void TestLiveConsole::retractingAnOccurrenceByKeyboard() {
    LiveConsole* console = startReversal();
    QVERIFY(console);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("observeOccurred-regulator-inquiry"));
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(console->levelBannerText().contains(QStringLiteral("REVERSE (ROLL BACK)")));
    const qint64 seen = ofKind(EventKind::ObservationRecorded).constLast().seq;

    auto* timeline = console->findChild<QListView*>(QStringLiteral("timelineList"));
    timeline->setFocus(Qt::TabFocusReason);
    QTest::keyClick(timeline, Qt::Key_End);
    for (int up = 0; up < 10 && timeline->currentIndex().data(TimelineModel::SeqRole).toLongLong() != seen; ++up)
        QTest::keyClick(timeline, Qt::Key_Up);
    QCOMPARE(timeline->currentIndex().data(TimelineModel::SeqRole).toLongLong(), seen);
    QTest::keyClick(timeline, Qt::Key_Delete);
    RetractDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = console->findChild<RetractDialog*>(QStringLiteral("retractDialog"))));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("retractSubjectLabel"))
                ->text()
                .contains(QStringLiteral("Observed one occurrence of Regulator inquiry received")));
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("retractReasonEdit"));
    QTest::keyClick(reason, Qt::Key_Return); // no reason: refused in the dialog
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("retractProblemLabel"))->text(),
             QStringLiteral("Say why you are retracting it."));
    QVERIFY(ofKind(EventKind::EntryRetracted).isEmpty());
    QTest::keyClicks(reason, QStringLiteral("Pressed Alt+4 by mistake"));
    QTest::keyClick(reason, Qt::Key_Return);
    QTRY_VERIFY(!console->findChild<RetractDialog*>(QStringLiteral("retractDialog")));
    QCOMPARE(ofKind(EventKind::EntryRetracted).size(), 1);
    QCOMPARE(ofKind(EventKind::SignalCleared).size(), 1);

    // Struck through, the reason beside it; the correction is a line of its own.
    // By seq, not by position in the incident's timeline: the list shows the acts among the events.
    const QModelIndexList found =
        timeline->model()->match(timeline->model()->index(0, 0), TimelineModel::SeqRole, seen, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    const QModelIndex entry = found.constFirst();
    QVERIFY(entry.data(TimelineModel::RetractedRole).toBool());
    QVERIFY(entry.data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY2(entry.data().toString().endsWith(QStringLiteral("RETRACTED by ada at %1 UTC: \"Pressed Alt+4 by mistake\"")
                                                  .arg(m_clock->utcNow().toString(QStringLiteral("HH:mm:ss")))),
             qPrintable(entry.data().toString()));
    QVERIFY(!entry.data(TimelineModel::RetractableRole).toBool());
    QCOMPARE(cell(3, LiveRubricModel::StateColumn), QStringLiteral("cleared"));
    // The level stays until its owner decides; the decision starts from the reason.
    QVERIFY(console->levelBannerText().contains(QStringLiteral("REVERSE (ROLL BACK)")));
    // Offscreen has no window manager to give the focus back once the dialog is gone.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    DecisionDialog* decision = nullptr;
    QTRY_VERIFY((decision = console->findChild<DecisionDialog*>(QStringLiteral("decisionDialog"))));
    QCOMPARE(decision->findChild<QPlainTextEdit*>(QStringLiteral("decisionReasonEdit"))->toPlainText(),
             QStringLiteral("Observation retracted: Pressed Alt+4 by mistake"));
    decision->reject();

    // A retracted entry cannot be retracted again: Delete on it says so and opens nothing.
    QSignalSpy said(console, &LiveConsole::message);
    timeline->setFocus(Qt::TabFocusReason);
    timeline->setCurrentIndex(entry);
    QTest::keyClick(timeline, Qt::Key_Delete);
    QVERIFY(!console->findChild<RetractDialog*>(QStringLiteral("retractDialog")));
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.constFirst().constFirst().toString().startsWith(
                 QStringLiteral("That entry was already retracted by ada at ")),
             qPrintable(said.constFirst().constFirst().toString()));
    // The attempt is on record with why, not only as a click on Retract (as is the first attempt,
    // without a reason, refused in the dialog).
    QCOMPARE(ofKind(EventKind::ActRefused).size(), 2);
    const AuditRecord refused = ofKind(EventKind::ActRefused).constLast();
    QCOMPARE(QJsonDocument::fromJson(refused.payload.toUtf8()).object().value(QStringLiteral("refusal")).toString(),
             QStringLiteral("already-done"));
}

// From the checklist: a tick recorded in error is taken back with a reason, and shows as not told.
void TestLiveConsole::retractingATickByKeyboard() {
    LiveConsole* console = startReversal();
    QVERIFY(console);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    auto* list = console->findChild<QListView*>(QStringLiteral("notificationList"));
    list->setFocus(Qt::TabFocusReason);
    list->setCurrentIndex(list->model()->index(1, 0));
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(MessageBoxes::lastAnsweredText(),
             QStringLiteral("Record that Policy lead was told about User-facing data loss?"));
    QCOMPARE(ofKind(EventKind::NotificationConfirmed).size(), 1);
    QVERIFY(list->currentIndex().data(NotificationModel::ConfirmedRole).toBool());

    QTest::keyClick(list, Qt::Key_Delete);
    RetractDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = console->findChild<RetractDialog*>(QStringLiteral("retractDialog"))));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("retractSubjectLabel"))
                ->text()
                .contains(QStringLiteral("confirmed Policy lead was told about User-facing data loss")));
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("retractReasonEdit"));
    QTest::keyClicks(reason, QStringLiteral("Voicemail only; not reached"));
    QTest::keyClick(reason, Qt::Key_Return);
    QTRY_VERIFY(!console->findChild<RetractDialog*>(QStringLiteral("retractDialog")));
    QCOMPARE(ofKind(EventKind::EntryRetracted).size(), 1);
    QVERIFY(!list->model()->index(1, 0).data(NotificationModel::ConfirmedRole).toBool());
    QVERIFY(list->model()->index(1, 0).data().toString().startsWith(QStringLiteral("Tell Policy lead")));
}

void TestLiveConsole::restartResumesWithCountdownsIntact() {
    LiveConsole* console = startReversal();
    QVERIFY(console);
    QTest::mouseClick(console->findChild<QPushButton*>(QStringLiteral("observeOccurred-p1-count")), Qt::LeftButton);
    QTest::keyClicks(console->findChild<QLineEdit*>(QStringLiteral("observeValue-error-rate")), QStringLiteral("7"));
    QTest::mouseClick(console->findChild<QPushButton*>(QStringLiteral("observeRecord-error-rate")), Qt::LeftButton);
    const QString id = m_window->session()->incident().id();

    // Quit mid-reversal, with the error-rate wait still pending.
    m_recorder.reset();
    m_window.reset();
    m_clock->advance(3min); // time spent closed counts: the 2-minute wait ended while we were away
    openWindow();
    QVERIFY(m_window->resumeOpenReversal());
    QCOMPARE(m_window->session()->incident().id(), id);
    console = m_window->liveConsole();
    QVERIFY(console);
    const QList<AuditRecord> triggered = ofKind(EventKind::SignalTriggered);
    QCOMPARE(triggered.size(), 1);
    const QJsonObject payload = QJsonDocument::fromJson(triggered.first().payload.toUtf8()).object();
    const QDateTime observedAt =
        utc::parse(QJsonDocument::fromJson(ofKind(EventKind::ObservationRecorded).last().payload.toUtf8())
                       .object()
                       .value(QStringLiteral("observed_at"))
                       .toString());
    QCOMPARE(utc::parse(payload.value(QStringLiteral("at")).toString()), observedAt.addSecs(120));
    // Triggered 1 minute ago with a 5-minute timer: 4:00 left, not 5:00.
    QCOMPARE(cell(0, LiveRubricModel::CountdownColumn), QStringLiteral("4:00"));
    QCOMPARE(cell(1, LiveRubricModel::LatestColumn), QStringLiteral("1 P1s in 1 hr"));
}

void TestLiveConsole::exerciseIsUnmistakable() {
    LiveConsole* console = startReversal(true);
    QVERIFY(console);
    auto* banner = console->findChild<QLabel*>(QStringLiteral("exerciseBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().startsWith(QStringLiteral("EXERCISE")));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("EXERCISE")));
    for (const AuditRecord& r : m_log->records())
        if (!r.incident.isEmpty())
            QVERIFY2(r.payload.contains(QStringLiteral("\"exercise\":true")), qPrintable(r.kind));
}

void TestLiveConsole::importIsAllOrNothingAndNamesEveryBadLine() {
    LiveConsole* console = startReversal();
    QVERIFY(console);
    m_clock->advance(2min);
    auto* import = console->findChild<QPushButton*>(QStringLiteral("importObservationsButton"));
    // The import runs beside the console: each one ends with a line in the status bar.
    QSignalSpy done(console, &LiveConsole::message);

    // A file with good and bad lines: nothing goes in, and the box names every bad line.
    const QString invalid = test::dataFile(QStringLiteral("observations/invalid.csv"));
    FileDialogs::setNextAnswer({invalid});
    MessageBoxes::setNextAnswer(QMessageBox::Close);
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_COMPARE(done.size(), 1);
    const QString told = MessageBoxes::lastAnsweredText();
    QVERIFY2(told.startsWith(QStringLiteral("Nothing was recorded from this file.")), qPrintable(told));
    for (const int line : {5, 6, 7, 8, 9, 10})
        QVERIFY2(told.contains(QStringLiteral("%1:%2: error:").arg(invalid).arg(line)), qPrintable(told));
    QVERIFY(ofKind(EventKind::ObservationRecorded).isEmpty());
    QVERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("importProblemDialog"))); // answered, never shown

    // A file whose lines parse but whose last time has not come yet: refused whole, not recorded up to
    // that line (the import used to record the first line, then stop).
    const QString early = m_scratch->file(QStringLiteral("ahead-of-time.csv"));
    QVERIFY(test::writeText(early, "10,error-rate,1.5\n3600,error-rate,2\n"));
    FileDialogs::setNextAnswer({early});
    MessageBoxes::setNextAnswer(QMessageBox::Close);
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_COMPARE(done.size(), 2);
    QVERIFY2(MessageBoxes::lastAnsweredText().contains(early + QStringLiteral(":2: error: 3600 s is in the future")),
             qPrintable(MessageBoxes::lastAnsweredText()));
    QVERIFY(ofKind(EventKind::ObservationRecorded).isEmpty());

    // A good file goes in whole, without a box.
    const QString good = m_scratch->file(QStringLiteral("good.csv"));
    QVERIFY(test::writeText(good, "at,signal,value\n10,error-rate,1.5\n20,p1-count\n"));
    FileDialogs::setNextAnswer({good});
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_COMPARE(done.size(), 3);
    QCOMPARE(ofKind(EventKind::ObservationRecorded).size(), 2);
    QVERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("importProblemDialog")));
}

void TestLiveConsole::anAgeIsNeverNegative() {
    // A level recorded ahead of this computer's clock (an exercise run into the future, a log from
    // a machine whose clock is ahead) used to read "since 09:03:00 (...), -3:00 ago".
    LiveConsole* console = startReversal();
    QVERIFY(console);
    auto* since = console->findChild<QLabel*>(QStringLiteral("levelSinceLabel"));
    QTRY_VERIFY2(since->text().endsWith(QStringLiteral(" ago")), qPrintable(since->text()));
    m_clock->setNow(m_clock->utcNow().addSecs(-180));
    QTRY_VERIFY2(since->text().endsWith(QStringLiteral("recorded 3:00 ahead of this computer's clock")),
                 qPrintable(since->text()));
    QVERIFY2(!since->text().contains(QLatin1Char('-')), qPrintable(since->text()));
    auto* context = console->findChild<QLabel*>(QStringLiteral("reversalContextLabel"));
    QVERIFY(context);
    QTRY_VERIFY2(context->text().contains(QStringLiteral("started 3:00 ahead of this computer's clock")),
                 qPrintable(context->text()));
    QVERIFY2(!context->text().contains(QStringLiteral("elapsed -")), qPrintable(context->text()));
}

void TestLiveConsole::timelineShowsActsAndNavigationOnRequest() {
    LiveConsole* console = startReversal();
    QVERIFY(console);
    auto* timeline = console->findChild<QListView*>(QStringLiteral("timelineList"));
    auto* toggle = console->findChild<QCheckBox*>(QStringLiteral("timelineNavigationToggle"));
    QVERIFY(timeline && toggle);
    QVERIFY(!toggle->isChecked());
    const auto shown = [timeline] {
        QStringList lines;
        for (int row = 0; row < timeline->model()->rowCount(); ++row)
            lines << timeline->model()->index(row, 0).data().toString();
        return lines.join(QLatin1Char('\n'));
    };
    const int before = timeline->model()->rowCount();
    // Switching to the kit's rubric tab and back: navigation, recorded but not shown.
    auto* tabs = m_window->findChild<QTabBar*>(QStringLiteral("kitTabBar"));
    QVERIFY(tabs);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(0).center());
    const QList<AuditRecord> clicks = ofKind(QStringLiteral("ui.click"));
    QVERIFY(clicks.size() >= 2);
    QVERIFY2(clicks.last().payload.contains(QStringLiteral("\"nature\":\"navigation\"")),
             qPrintable(clicks.last().payload));
    QCOMPARE(timeline->model()->rowCount(), before);
    // Ticking the toggle (itself navigation) shows them.
    QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
    QVERIFY(toggle->isChecked());
    QVERIFY2(shown().contains(QStringLiteral("looked at")), qPrintable(shown()));
    QVERIFY(timeline->model()->rowCount() >= before + 3);
}

QTEST_MAIN(TestLiveConsole)
#include "TestLiveConsole.moc"
