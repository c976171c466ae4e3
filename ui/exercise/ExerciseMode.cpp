#include "ExerciseMode.h"

#include "AddInjectDialog.h"
#include "Clock.h"
#include "ConsoleController.h"
#include "ExerciseDirector.h"
#include "InjectFeed.h"
#include "LiveConsole.h"
#include "MainWindow.h"
#include "ReversalSession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace turnback {

namespace {
/// How often the trainer's clock line is redrawn (display only; the steps wait on the clock itself).
constexpr int kRefreshMs = 250;
/// How long an inject stays in the status bar.
constexpr int kInjectMessageMs = 20'000;

/// "0:34", "12:05", "1:02:03": exercise time as a trainer reads it off a wall clock.
QString clockSpan(qint64 ms) {
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

ExerciseMode::ExerciseMode(MainWindow& window, SimulatedClock& clock, const Scenario& scenario)
    : QObject(&window)
    , m_window(window)
    , m_clock(clock)
    , m_scenario(scenario) {
    setObjectName(QStringLiteral("exerciseMode"));
}

ExerciseMode::~ExerciseMode() {
    qApp->removeEventFilter(this);
}

bool ExerciseMode::begin() {
    ConsoleController& controller = m_window.controller();
    if (!controller.startReversal(
            {m_scenario.title, m_scenario.service, {m_scenario.op.name, m_scenario.op.role}, true})) {
        m_error = controller.errorString();
        return false;
    }
    m_director = new ExerciseDirector(*controller.session(), m_clock, m_scenario, this);
    m_feed = new InjectFeed(controller.kit());
    connect(m_director, &ExerciseDirector::injected, this,
            [this](const events::ExerciseInject& inject, const QDateTime& at) {
                m_feed->add(inject, at);
                say(tr("INJECT: %1").arg(m_feed->newestText()));
            });
    connect(m_director, &ExerciseDirector::stepRefused, this,
            [this](const QString& message) { say(tr("The script stopped: %1").arg(message)); });
    connect(m_director, &ExerciseDirector::stateChanged, this, &ExerciseMode::updateControls);
    m_injectStatus = new QLabel(&m_window);
    m_injectStatus->setObjectName(QStringLiteral("exerciseInjectStatus"));
    m_injectStatus->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; color: #0d47a1; }"));
    m_injectStatus->hide();
    m_window.statusBar()->insertPermanentWidget(0, m_injectStatus, 2);
    m_sayTimer = new QTimer(this);
    m_sayTimer->setSingleShot(true);
    connect(m_sayTimer, &QTimer::timeout, m_injectStatus, &QWidget::hide);
    createActions();
    createDocks();
    if (!m_director->begin()) {
        m_error = m_director->errorString();
        return false;
    }
    // EXERCISE on every dialog's title too (dialogs where practical: every one shown from here on).
    qApp->installEventFilter(this);
    m_refresh = new QTimer(this);
    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &ExerciseMode::updateControls);
    m_refresh->start();
    updateControls();
    return true;
}

void ExerciseMode::say(const QString& text) {
    // A label of its own: the status bar's permanent fields leave a passing message no room.
    m_injectStatus->setText(text);
    m_injectStatus->show();
    m_sayTimer->start(kInjectMessageMs);
}

void ExerciseMode::createActions() {
    QMenu* menu = new QMenu(tr("E&xercise"), &m_window);
    menu->setObjectName(QStringLiteral("exerciseMenu"));
    // Before Help, as the last menu of the work.
    QAction* help = m_window.findChild<QMenu*>(QStringLiteral("helpMenu"))->menuAction();
    m_window.menuBar()->insertMenu(help, menu);
    const auto add = [&](const QString& text, const QString& name, const QKeySequence& key, auto slot) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(name);
        action->setShortcut(key);
        return action;
    };
    m_start = add(tr("&Start / resume the exercise clock"), QStringLiteral("exerciseStartAction"),
                  QKeySequence(Qt::Key_F6), [this] { startOrResume(); });
    m_pause =
        add(tr("&Pause the exercise clock"), QStringLiteral("exercisePauseAction"), QKeySequence(Qt::Key_F7), [this] {
            if (!m_director->pause())
                say(m_director->errorString());
        });
    m_faster = add(tr("&Faster"), QStringLiteral("exerciseFasterAction"), QKeySequence(Qt::Key_F9),
                   [this] { changeSpeed(+1); });
    m_slower = add(tr("Slo&wer"), QStringLiteral("exerciseSlowerAction"), QKeySequence(Qt::SHIFT | Qt::Key_F9),
                   [this] { changeSpeed(-1); });
    menu->addSeparator();
    m_jump =
        add(tr("&Jump to the next inject"), QStringLiteral("exerciseJumpAction"), QKeySequence(Qt::Key_F8), [this] {
            if (!m_director->jumpToNextInject())
                say(m_director->errorString());
        });
    m_add = add(tr("&Add an inject..."), QStringLiteral("exerciseAddInjectAction"), QKeySequence(tr("Ctrl+Shift+J")),
                [this] { addInject(); });
    m_handOver = add(tr("&Hand the keyboard to a participant..."), QStringLiteral("exerciseHandOverAction"),
                     QKeySequence(), [this] {
                         if (LiveConsole* console = m_window.liveConsole())
                             console->changeOperator();
                     });
    menu->addSeparator();
    m_playSteps = add(tr("Play the script's &operator steps"), QStringLiteral("exercisePlayStepsAction"),
                      QKeySequence(tr("Ctrl+Shift+P")), [] {});
    m_playSteps->setCheckable(true);
    m_playSteps->setChecked(m_director->playOperatorSteps());
    // One place that asks the director (and records it): the menu's check, whichever way it was set.
    connect(m_playSteps, &QAction::toggled, this, [this](bool on) {
        if (!m_director->setPlayOperatorSteps(on))
            say(m_director->errorString());
    });
}

void ExerciseMode::createDocks() {
    auto* controls = new QWidget;
    controls->setObjectName(QStringLiteral("trainerControls"));
    auto* grid = new QGridLayout(controls);
    m_clockLabel = new QLabel(controls);
    m_clockLabel->setObjectName(QStringLiteral("exerciseClockLabel"));
    m_clockLabel->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; font-size: 12pt; }"));
    m_nextLabel = new QLabel(controls);
    m_nextLabel->setObjectName(QStringLiteral("exerciseNextInjectLabel"));
    m_clockLabel->setWordWrap(true);
    grid->addWidget(m_clockLabel, 0, 0, 1, 2);
    grid->addWidget(m_nextLabel, 1, 0, 1, 2);
    int column = 0;
    for (QAction* action : {m_start, m_pause, m_jump, m_add, m_handOver}) {
        auto* button = new QToolButton(controls);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setDefaultAction(action);
        button->setFocusPolicy(Qt::StrongFocus); // a Tab stop: the controls are keyboard reachable
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // One column: two columns of these long labels made the window wider than a 1366-pixel screen.
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        grid->addWidget(button, 2 + column, 0, 1, 2);
        ++column;
    }
    m_speed = new QComboBox(controls);
    m_speed->setObjectName(QStringLiteral("exerciseSpeedCombo"));
    for (double speed : ExerciseDirector::speeds())
        m_speed->addItem(tr("%1x").arg(speed), speed);
    connect(m_speed, &QComboBox::activated, this, [this](int index) {
        if (!m_director->setSpeed(m_speed->itemData(index).toDouble()))
            say(m_director->errorString());
        updateControls();
    });
    auto* speedLabel = new QLabel(tr("Speed:"), controls);
    speedLabel->setBuddy(m_speed);
    grid->addWidget(speedLabel, 7, 0);
    grid->addWidget(m_speed, 7, 1);
    m_operatorSteps = new QCheckBox(tr("Play the script's operator steps"), controls);
    m_operatorSteps->setObjectName(QStringLiteral("exercisePlayStepsCheck"));
    connect(m_operatorSteps, &QCheckBox::toggled, m_playSteps, &QAction::setChecked);
    connect(m_playSteps, &QAction::toggled, m_operatorSteps, &QCheckBox::setChecked);
    m_operatorSteps->setChecked(m_director->playOperatorSteps());
    grid->addWidget(m_operatorSteps, 8, 0, 1, 2);
    grid->setRowStretch(9, 1);

    m_trainerDock = new QDockWidget(tr("Trainer — %1").arg(m_scenario.title), &m_window);
    m_trainerDock->setObjectName(QStringLiteral("trainerDock"));
    m_trainerDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_trainerDock->setWidget(controls);
    m_injectDock = new QDockWidget(tr("Injects"), &m_window);
    m_injectDock->setObjectName(QStringLiteral("injectDock"));
    m_injectDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_injectDock->setWidget(m_feed);
    m_window.addDockWidget(Qt::RightDockWidgetArea, m_trainerDock);
    m_window.addDockWidget(Qt::RightDockWidgetArea, m_injectDock);
    // Narrow enough that the live console keeps its table readable on a 1366-pixel laptop.
    m_window.resizeDocks({m_trainerDock, m_injectDock}, {330, 330}, Qt::Horizontal);
    m_window.resizeDocks({m_trainerDock, m_injectDock}, {340, 320}, Qt::Vertical);
}

void ExerciseMode::startOrResume() {
    const bool ok = m_director->isStarted() ? m_director->resume() : m_director->start();
    if (!ok)
        say(m_director->errorString());
}

void ExerciseMode::changeSpeed(int step) {
    const QList<double>& speeds = ExerciseDirector::speeds();
    const qsizetype at = speeds.indexOf(m_director->speed());
    const qsizetype next = std::clamp<qsizetype>(at + step, 0, speeds.size() - 1);
    if (next != at && !m_director->setSpeed(speeds.at(next)))
        say(m_director->errorString());
}

void ExerciseMode::addInject() {
    auto* dialog = new AddInjectDialog(m_window.kit(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_director->addInject(dialog->text(), dialog->toRole(), dialog->expectation()))
            say(m_director->errorString());
    });
    dialog->open();
}

QString ExerciseMode::clockText() const {
    const QDateTime now = m_clock.utcNow();
    const QString elapsed = clockSpan(m_director->startUtc().msecsTo(now));
    const QString state = !m_director->isStarted() ? tr("not started (F6 starts)")
                          : m_clock.isPaused()     ? tr("PAUSED (F6 resumes)")
                                                   : tr("running at %1x").arg(m_clock.speed());
    return tr("Exercise clock %1 UTC, +%2, %3").arg(now.toString(QStringLiteral("HH:mm:ss")), elapsed, state);
}

QString ExerciseMode::statusText() const {
    return m_injectStatus->isVisible() || !m_injectStatus->isHidden() ? m_injectStatus->text() : QString();
}

void ExerciseMode::updateControls() {
    if (!m_director)
        return;
    m_clockLabel->setText(clockText());
    const std::optional<QDateTime> next = m_director->nextInjectAt();
    if (!next) {
        m_nextLabel->setText(tr("No inject is left in the script."));
    } else {
        m_nextLabel->setText(
            tr("Next inject in %1 (at +%2)")
                .arg(clockSpan(m_clock.utcNow().msecsTo(*next)), clockSpan(m_director->startUtc().msecsTo(*next))));
    }
    const bool running = m_director->isStarted() && !m_clock.isPaused();
    m_start->setEnabled(!running);
    m_start->setText(m_director->isStarted() ? tr("&Resume the exercise clock") : tr("&Start the exercise clock"));
    m_pause->setEnabled(running);
    m_jump->setEnabled(next.has_value());
    m_speed->setCurrentIndex(int(ExerciseDirector::speeds().indexOf(m_director->speed())));
}

bool ExerciseMode::eventFilter(QObject* watched, QEvent* event) {
    // Every other window of an exercise console (dialogs, wizards, a review window) says so too;
    // menus, tool tips and pop-ups are windows of other types and keep their text.
    auto* widget = qobject_cast<QWidget*>(watched);
    if (event->type() == QEvent::Show && widget && widget != &m_window && widget->isWindow() &&
        (widget->windowType() == Qt::Dialog || widget->windowType() == Qt::Window)) {
        const QString prefix = tr("EXERCISE — ");
        if (!widget->windowTitle().startsWith(prefix))
            widget->setWindowTitle(prefix + widget->windowTitle());
    }
    return QObject::eventFilter(watched, event);
}

} // namespace turnback
