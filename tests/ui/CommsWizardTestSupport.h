#pragma once
// Shared by the comms wizard tests: the wizard shown and active, and screenshots on request.

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace turnback::test {

/// Shows `wizard` and makes it the active window, as a window manager would: key events reach it.
inline bool showActive(QWidget* wizard) {
    wizard->show();
    QApplication::setActiveWindow(wizard);
    return QTest::qWaitForWindowActive(wizard);
}

/// With TURNBACK_SCREENSHOT_DIR set, saves the wizard as it stands, at 1366x768, as
/// comms-wizard-NAME.png there (docs/screenshots/); otherwise does nothing.
inline void screenshot(QWidget* wizard, const char* name) {
    const QString dir = qEnvironmentVariable("TURNBACK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    wizard->resize(1366, 768);
    QTest::qWait(50); // let the layout settle at the new size
    wizard->grab().save(dir + QStringLiteral("/comms-wizard-") + QString::fromLatin1(name) + QStringLiteral(".png"));
}

} // namespace turnback::test
