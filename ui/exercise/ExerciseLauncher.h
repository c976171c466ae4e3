#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QMenu;
class QWidget;

namespace turnback {

class ConsoleController;
struct Kit;

/// File > Run an exercise...: a scenario chosen, checked against the kit in use, and run in a
/// Turnback of its own (`turnback --exercise`), with its own exercise clock and its own log beside
/// this one, so a drill never writes into the live log or steers this console's clock.
class ExerciseLauncher {
public:
    /// The exercise's log: "drill.sqlite" beside "/logs/turnback.sqlite" is "/logs/turnback-exercises.sqlite".
    static QString exerciseLogFor(const QString& liveLog);
    /// The command line of the exercise's Turnback.
    static QStringList arguments(const QString& scenario, const QString& kitFile, const QStringList& overlays,
                                 const QString& liveLog);
    /// Asks for a scenario, checks it against `kit` (every problem shown, FILE:LINE:COLUMN) and starts
    /// the exercise. False when nothing was started.
    static bool chooseAndRun(QWidget* parent, const Kit& kit, const QString& kitFile, const QStringList& overlays,
                             const QString& liveLog);
    /// Adds "Run an exercise..." to `menu` (the File menu) for the kit `controller` has open.
    static void addTo(QMenu* menu, ConsoleController& controller, QWidget* parent);
    /// Tests: starts the program instead of QProcess::startDetached; returns whether it started.
    static void setStarterForTests(std::function<bool(const QStringList&)> starter);
};

} // namespace turnback
