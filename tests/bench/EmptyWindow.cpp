// The floor for the start-up benchmark: an empty QMainWindow, shown the same way turnback is,
// that says when it is first exposed and quits.
#include <QApplication>
#include <QMainWindow>
#include <QWindow>

#include <cstdio>

namespace {
class ExposeWatcher : public QObject {
protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        auto* window = qobject_cast<QWindow*>(watched);
        if (event->type() == QEvent::Expose && window && window->isExposed()) {
            std::fputs("turnback: window exposed\n", stdout);
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return false;
    }
};
} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 760);
    window.show();
    // With --stay it keeps running (the floor for the idle-CPU benchmark); otherwise it quits when exposed.
    ExposeWatcher watcher;
    if (!app.arguments().contains(QStringLiteral("--stay")))
        window.windowHandle()->installEventFilter(&watcher);
    return app.exec();
}
