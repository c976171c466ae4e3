#pragma once

#include "Scenario.h"

#include <QObject>
#include <QPointer>

class QAction;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QTimer;

namespace turnback {

class ExerciseDirector;
class InjectFeed;
class MainWindow;
class SimulatedClock;

/// The console in exercise mode (`turnback --exercise SCENARIO`): starts the exercise reversal on
/// the window's SimulatedClock, plays the scenario through an ExerciseDirector, and adds the
/// trainer's controls (a dock and the Exercise menu, every act on a shortcut: docs/keyboard.md), the
/// Injects feed, and EXERCISE on the title of every dialog. The window's title and the live
/// console's banner say EXERCISE already (an exercise reversal).
class ExerciseMode : public QObject {
    Q_OBJECT
public:
    /// `clock` must be the window's clock and outlive this; the kit must be open in `window`.
    ExerciseMode(MainWindow& window, SimulatedClock& clock, const Scenario& scenario);
    ~ExerciseMode() override;

    /// Starts the reversal and records exercise.started; false with errorString() when not.
    bool begin();
    QString errorString() const { return m_error; }

    ExerciseDirector* director() const { return m_director; }
    InjectFeed* feed() const { return m_feed; }
    QDockWidget* trainerDock() const { return m_trainerDock; }
    QDockWidget* injectDock() const { return m_injectDock; }
    /// What the trainer's clock line says now ("Exercise clock 09:03:10 UTC, +3 min 10 s, 2x").
    QString clockText() const;
    /// What the status bar says about the newest inject (empty when it says nothing).
    QString statusText() const;

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createDocks();
    void updateControls();
    void startOrResume();
    void addInject();
    void changeSpeed(int step);
    void say(const QString& text);

    MainWindow& m_window;
    SimulatedClock& m_clock;
    Scenario m_scenario;
    ExerciseDirector* m_director = nullptr;
    InjectFeed* m_feed = nullptr;
    QDockWidget* m_trainerDock = nullptr;
    QDockWidget* m_injectDock = nullptr;
    QLabel* m_clockLabel = nullptr;
    QLabel* m_nextLabel = nullptr;
    QComboBox* m_speed = nullptr;
    QCheckBox* m_operatorSteps = nullptr;
    QAction* m_start = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_jump = nullptr;
    QAction* m_add = nullptr;
    QAction* m_handOver = nullptr;
    QAction* m_faster = nullptr;
    QAction* m_slower = nullptr;
    QAction* m_playSteps = nullptr;
    QTimer* m_refresh = nullptr;
    QLabel* m_injectStatus = nullptr; ///< the newest inject, or a control that failed, in the status bar
    QTimer* m_sayTimer = nullptr;
    QString m_error;
};

} // namespace turnback
