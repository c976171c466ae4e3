#pragma once

#include "AuditLog.h"
#include "Clock.h"
#include "LiveConsole.h"
#include "MainWindow.h"
#include "StartReversalDialog.h"
#include "TestSupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <memory>

namespace turnback::test {

/// The main window on a real SQLite log and a simulated clock, with the baseline kit open: what the
/// keyboard and layout tests drive. Everything is reached with key events, as an operator without
/// a mouse would.
class ConsoleWindowFixture {
public:
    /// Opens the window on the baseline kit (and `overlays`), at the size it chooses for its screen.
    bool open(const QStringList& overlays = {}) {
        scratch = std::make_unique<ScratchDir>();
        clock = std::make_unique<SimulatedClock>(QDateTime::currentDateTimeUtc());
        log = std::make_unique<AuditLog>(*clock);
        if (!log->open(scratch->file(QStringLiteral("audit.sqlite"))))
            return false;
        window = std::make_unique<MainWindow>(*log, *clock, QStringLiteral("ada"));
        if (!window->openKit(QStringLiteral(":/kits/baseline.yaml"), overlays))
            return false;
        window->show();
        return activate(window.get());
    }

    void close() {
        window.reset();
        log.reset();
        clock.reset();
        scratch.reset();
    }

    /// Ctrl+N, type the title and service, Return: the dialog is reached and left by keyboard only.
    LiveConsole* startReversalByKeyboard() {
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        auto* dialog = window->findChild<StartReversalDialog*>(QStringLiteral("startReversalDialog"));
        if (!dialog || !activate(dialog))
            return nullptr;
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Roll back v2.14"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("checkout"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        if (!activate(window.get()))
            return nullptr;
        return window->liveConsole();
    }

    /// What a window manager does when a dialog opens or closes: activates the window, so that key
    /// events go to its focus widget. Offscreen has no window manager.
    static bool activate(QWidget* shown) {
        QApplication::setActiveWindow(shown);
        return QTest::qWaitForWindowActive(shown);
    }

    std::unique_ptr<ScratchDir> scratch;
    std::unique_ptr<SimulatedClock> clock;
    std::unique_ptr<AuditLog> log;
    std::unique_ptr<MainWindow> window;
};

} // namespace turnback::test
