// The console in exercise mode (ExerciseMode), offscreen, driven by the keyboard alone: the trainer's
// controls on their shortcuts and Tab stops, the Injects feed, EXERCISE on the window and its dialogs,
// and a pause that stops the countdowns the console shows. Real log, real kit, real scenario; real
// time is a ManualRealTimeSource.
#include "AddInjectDialog.h"
#include "AuditLog.h"
#include "ClickRecorder.h"
#include "Clock.h"
#include "ExerciseDirector.h"
#include "ExerciseLauncher.h"
#include "ExerciseMode.h"
#include "FileDialogs.h"
#include "InjectFeed.h"
#include "KitErrorDialog.h"
#include "KitLoader.h"
#include "LiveConsole.h"
#include "MainWindow.h"
#include "RealTimeSource.h"
#include "ReversalSession.h"
#include "ScenarioLoader.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTest>
#include <QToolButton>

using namespace std::chrono_literals;
using namespace turnback;

namespace {

const QDateTime start = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

struct Drill {
    test::ScratchDir scratch;
    ManualRealTimeSource realTime;
    SimulatedClock clock{start, realTime};
    AuditLog log{clock};
    std::unique_ptr<MainWindow> window;
    ExerciseMode* mode = nullptr;

    Drill() {
        QVERIFY(log.open(scratch.file(QStringLiteral("drill.sqlite"))));
        window = std::make_unique<MainWindow>(log, clock, QStringLiteral("trainer"));
        QVERIFY(window->openKit(QStringLiteral(TURNBACK_BASELINE_KIT)));
        const ScenarioLoadResult loaded =
            ScenarioLoader::load(QStringLiteral(TURNBACK_SCENARIO_DIR "/error-spike-canary.yaml"), window->kit());
        QVERIFY(loaded.ok());
        mode = new ExerciseMode(*window, clock, *loaded.scenario);
        QVERIFY2(mode->begin(), qPrintable(mode->errorString()));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
    }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window.get(), Qt::Key(key),
                        modifiers);
    }
    /// Lets real time pass; a zero jump re-arms the clock's wake-ups for the manual source's new time.
    void pass(std::chrono::milliseconds by) {
        realTime.advance(by);
        clock.setNow(clock.utcNow());
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        window->liveConsole()->refreshNow();
    }
};

} // namespace

class TestExerciseMode : public QObject {
    Q_OBJECT
private slots:
    void exerciseIsUnmistakable();
    void keyboardWalkOfTheTrainerControls();
    void pauseStopsTheConsoleCountdowns();
    void runAnExerciseFromTheFileMenu();
    void theTrainersRowsNameTheTrainerAndScriptedActsAreMarked();
};

void TestExerciseMode::exerciseIsUnmistakable() {
    Drill d;
    QVERIFY(d.window->windowTitle().startsWith(QStringLiteral("EXERCISE")));
    QVERIFY(d.window->findChild<QLabel*>(QStringLiteral("exerciseBanner"))->isVisible());
    QVERIFY(d.mode->trainerDock()->isVisible());
    QVERIFY(d.mode->injectDock()->isVisible());
    QVERIFY(d.window->findChild<QMenu*>(QStringLiteral("exerciseMenu")));
    // The inject at 0 s reached the room before the clock started.
    QCOMPARE(d.mode->feed()->count(), 1);
    QVERIFY(d.mode->clockText().contains(QStringLiteral("not started")));
    // The trainer's dock fits the 330 pixels it is given beside the console on a 1366-pixel laptop: two
    // columns of its long button labels once made the window wider than the screen.
    QVERIFY2(d.mode->trainerDock()->minimumSizeHint().width() <= 330,
             qPrintable(QString::number(d.mode->trainerDock()->minimumSizeHint().width())));
}

void TestExerciseMode::keyboardWalkOfTheTrainerControls() {
    Drill d;
    ExerciseDirector& director = *d.mode->director();
    // Every control is a Tab stop of the trainer's dock.
    const QList<QToolButton*> buttons = d.mode->trainerDock()->findChildren<QToolButton*>();
    QCOMPARE(buttons.size(), 5);
    for (QToolButton* button : buttons)
        QVERIFY2(button->focusPolicy() & Qt::TabFocus, qPrintable(button->objectName()));

    d.key(Qt::Key_F6); // start
    QVERIFY(director.isStarted());
    QVERIFY(!d.clock.isPaused());
    d.key(Qt::Key_F7); // pause
    QVERIFY(d.clock.isPaused());
    d.key(Qt::Key_F6); // resume
    QVERIFY(!d.clock.isPaused());
    d.key(Qt::Key_F9); // faster: 2x
    QCOMPARE(director.speed(), 2.0);
    d.key(Qt::Key_F9);
    d.key(Qt::Key_F9);
    QCOMPARE(director.speed(), 10.0);
    d.key(Qt::Key_F9); // no faster than 10x
    QCOMPARE(director.speed(), 10.0);
    d.key(Qt::Key_F9, Qt::ShiftModifier); // slower
    QCOMPARE(director.speed(), 5.0);

    d.key(Qt::Key_F8); // jump to the blip at 30 s
    QCOMPARE(d.clock.utcNow(), start.addSecs(30));
    QCOMPARE(d.mode->feed()->count(), 2);
    QVERIFY2(d.mode->statusText().contains(QStringLiteral("6.1")), qPrintable(d.mode->statusText()));

    // Add an inject: the dialog says EXERCISE, the words typed, Ctrl+Return adds it.
    d.key(Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    AddInjectDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = d.window->findChild<AddInjectDialog*>()) && dialog->isVisible());
    QVERIFY(dialog->windowTitle().startsWith(QStringLiteral("EXERCISE")));
    QTRY_VERIFY(dialog->findChild<QPlainTextEdit*>()->hasFocus());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(), QStringLiteral("The press calls."));
    QTest::keyClick(dialog->findChild<QPlainTextEdit*>(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // to the first role
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!d.window->findChild<AddInjectDialog*>());
    d.window->activateWindow(); // offscreen has no window manager to give the focus back
    QTRY_VERIFY(d.window->isActiveWindow());
    QCOMPARE(d.mode->feed()->count(), 3);
    QVERIFY(d.mode->feed()->newestText().endsWith(QStringLiteral("The press calls.")));
    QVERIFY(d.mode->feed()->newestText().startsWith(QStringLiteral("To Incident commander:")));

    // The room plays the operators from here on.
    QVERIFY(director.playOperatorSteps());
    d.key(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!director.playOperatorSteps());
    QVERIFY(!d.mode->trainerDock()->findChild<QCheckBox*>()->isChecked());

    // Hand the keyboard to a participant: the console's own dialog, which records who acts.
    d.window->findChild<QAction*>(QStringLiteral("exerciseHandOverAction"))->trigger();
    QDialog* handOver = nullptr;
    QTRY_VERIFY((handOver = d.window->findChild<QDialog*>(QStringLiteral("changeOperatorDialog"))) &&
                handOver->isVisible());
    QVERIFY(handOver->windowTitle().startsWith(QStringLiteral("EXERCISE")));
    QTest::keyClick(handOver, Qt::Key_Escape);
    QTRY_VERIFY(!handOver->isVisible());

    // Every act of the trainer is on record.
    QStringList actions;
    for (const AuditRecord& r : d.log.incidentRecords(d.window->session()->incident().id()))
        if (r.kind == events::ExerciseControl::kind)
            actions << r.target;
    QCOMPARE(actions, (QStringList{QStringLiteral("start"), QStringLiteral("pause"), QStringLiteral("resume"),
                                   QStringLiteral("speed"), QStringLiteral("speed"), QStringLiteral("speed"),
                                   QStringLiteral("speed"), QStringLiteral("jump"), QStringLiteral("inject-added"),
                                   QStringLiteral("operator-steps")}));
}

void TestExerciseMode::theTrainersRowsNameTheTrainerAndScriptedActsAreMarked() {
    // The trainer starts, pauses and jumps while a participant holds the keyboard: the trainer's rows
    // (exercise.inject, exercise.control, the clicks on the trainer's controls) name the trainer, and
    // the script's operator steps carry "scripted", so no participant is credited with either.
    Drill d;
    ClickRecorder recorder([&d](const QString& target, const QJsonObject& detail) {
        d.window->record(QStringLiteral("ui.click"), target, detail);
    });
    recorder.install();
    const QString participant = d.window->session()->incident().currentOperator().name;
    QCOMPARE(participant, QStringLiteral("Priya Nair"));
    d.key(Qt::Key_F6);
    for (int i = 0; i < 9; ++i)
        d.key(Qt::Key_F8); // to the recovered sample at 6 min: the acknowledgement and the notices on the way
    d.key(Qt::Key_F7);
    int trainerRows = 0, scripted = 0, clicks = 0;
    for (const AuditRecord& r : d.log.incidentRecords(d.window->session()->incident().id())) {
        const QJsonObject payload = QJsonDocument::fromJson(r.payload.toUtf8()).object();
        if (r.kind.startsWith(QLatin1String("exercise."))) {
            QCOMPARE(r.actor, events::kTrainerActor);
            ++trainerRows;
        }
        if (r.kind == QLatin1String("ui.click") && r.target.contains(QLatin1String("exercise"))) {
            QVERIFY2(r.actor == events::kTrainerActor, qPrintable(r.target + QLatin1String(": ") + r.actor));
            ++clicks;
        }
        if (r.kind == EventKind::OwnerAcknowledged || r.kind == EventKind::NotificationConfirmed) {
            QVERIFY2(payload.value(QStringLiteral("scripted")).toBool(), qPrintable(r.payload));
            QCOMPARE(r.actor, participant); // acting as the participant, and marked as the script
            ++scripted;
        }
        if (r.kind == EventKind::ObservationRecorded)
            QVERIFY(!payload.contains(QStringLiteral("scripted"))); // an inject is the trainer's, not an act
    }
    QVERIFY(trainerRows >= 12); // started, the injects, start, the jumps, pause
    QVERIFY(clicks >= 3);       // start, the jumps, pause (the Exercise menu's actions, by their keys)
    QCOMPARE(scripted, 3);      // the acknowledgement, two roles told
}

void TestExerciseMode::pauseStopsTheConsoleCountdowns() {
    Drill d;
    d.key(Qt::Key_F6);
    for (int i = 0; i < 20; ++i) // 3 min 20 s, ten seconds at a time as the room lives it: each step at its
        d.pass(10s);             // instant, the spike fired at 3 min, the owner's 5-minute timer runs
    LiveConsole* console = d.window->liveConsole();
    QVERIFY2(console->levelBannerText().contains(QStringLiteral("SLOW"), Qt::CaseInsensitive),
             qPrintable(console->levelBannerText()));
    const QString owed = console->nextOwedText();
    const QString level = console->levelBannerText();
    d.key(Qt::Key_F7);
    d.pass(5min);
    QCOMPARE(console->nextOwedText(), owed);
    QCOMPARE(console->levelBannerText(), level);
    QCOMPARE(d.clock.utcNow(), start.addSecs(200));
    d.key(Qt::Key_F6);
    d.pass(10s);
    QVERIFY(console->nextOwedText() != owed); // and it runs again
}

void TestExerciseMode::runAnExerciseFromTheFileMenu() {
    // A live console starts the exercise in a Turnback of its own, on the same kit, into a log beside its own.
    test::ScratchDir scratch;
    SystemClock clock;
    AuditLog log(clock);
    const QString live = scratch.file(QStringLiteral("turnback.sqlite"));
    QVERIFY(log.open(live));
    MainWindow window(log, clock, QStringLiteral("trainer"));
    QVERIFY(window.openKit(QStringLiteral(TURNBACK_BASELINE_KIT), {QStringLiteral(TURNBACK_EXAMPLE_OVERLAY)}));
    QStringList started;
    ExerciseLauncher::setStarterForTests([&started](const QStringList& args) {
        started = args;
        return true;
    });
    const QString scenario = QStringLiteral(TURNBACK_SCENARIO_DIR "/p1-storm.yaml");
    FileDialogs::setNextAnswer({scenario});
    window.findChild<QAction*>(QStringLiteral("runExerciseAction"))->trigger();
    QCOMPARE(started, (QStringList{QStringLiteral("--exercise"), scenario, QStringLiteral("--kit"),
                                   QStringLiteral(TURNBACK_BASELINE_KIT), QStringLiteral("--overlay"),
                                   QStringLiteral(TURNBACK_EXAMPLE_OVERLAY), QStringLiteral("--db"),
                                   scratch.file(QStringLiteral("turnback-exercises.sqlite"))}));
    // A scenario that does not load is not started: every problem is shown instead.
    started.clear();
    FileDialogs::setNextAnswer(
        {QStringLiteral(TURNBACK_SCENARIO_DIR "/../../tests/data/scenarios/unknown-signal.yaml")});
    window.findChild<QAction*>(QStringLiteral("runExerciseAction"))->trigger();
    QVERIFY(started.isEmpty());
    QTRY_VERIFY(window.findChild<KitErrorDialog*>());
    ExerciseLauncher::setStarterForTests({});
}

QTEST_MAIN(TestExerciseMode)
#include "TestExerciseMode.moc"
