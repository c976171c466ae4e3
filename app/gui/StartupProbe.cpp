#include "StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace turnback::StartupProbe {

namespace {
class ExposeWatcher : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        auto* window = qobject_cast<QWindow*>(watched);
        if (event->type() == QEvent::Expose && window && window->isExposed()) {
            std::fputs("turnback: window exposed\n", stdout);
            std::fflush(stdout);
            window->removeEventFilter(this);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return false;
    }
};
} // namespace

void attachIfRequested(QWidget& window) {
    if (!qEnvironmentVariableIsSet("TURNBACK_QUIT_WHEN_SHOWN") || !window.windowHandle())
        return;
    window.windowHandle()->installEventFilter(new ExposeWatcher(&window));
}

} // namespace turnback::StartupProbe
