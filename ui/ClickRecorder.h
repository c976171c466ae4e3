#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractItemView;
class QAction;
class QWidget;

namespace turnback {

/// Records every click in the application: an application-wide event filter that reports
/// mouse clicks on any widget, button clicks (mouse or keyboard), and triggered actions
/// (menus, toolbars, shortcuts) as one call each to the sink, with the clicked object's
/// objectName path as the target. The sink decides where it goes (the audit log).
/// A click is reported when Qt reports it: for buttons and actions that is after the handlers
/// connected when the widget was built, so the click's row may follow the rows of what it caused.
class ClickRecorder : public QObject {
    Q_OBJECT
public:
    using Sink = std::function<void(const QString& target, const QJsonObject& detail)>;

    explicit ClickRecorder(Sink sink, QObject* parent = nullptr);

    /// Installs the filter on the running QApplication.
    void install();

    /// Marks a change the program makes itself (switching to a new tab, say), so that it is not
    /// recorded as a click: no person made it. Scoped: the mark goes with the guard.
    class NotAClick {
    public:
        explicit NotAClick(QObject* object);
        ~NotAClick();
        NotAClick(const NotAClick&) = delete;
        NotAClick& operator=(const NotAClick&) = delete;

    private:
        QPointer<QObject> m_object;
    };

    /// Marks a button or action that only shows something (a help page, a view toggle): its
    /// clicks are recorded as navigation, not as acts (docs/incident-events.md, `ui.click`).
    static void markNavigation(QObject* object);

    /// "mainWindow/central/kitTabs/rubricTable". Unnamed objects appear as their class name
    /// in brackets, so a missing objectName is visible in the log and caught by tests.
    static QString objectPath(const QObject* object);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void watchWidget(QWidget* widget);
    void watchAction(QAction* action);
    void recordMouseRelease(QWidget* widget, QEvent* event);
    void record(const QString& target, const QJsonObject& detail);
    /// A button's, action's or choice's click: an act, unless the object is marked as navigation.
    void recordControl(QObject* control, const QJsonObject& detail);
    void recordNavigation(const QString& target, const QJsonObject& detail);

    Sink m_sink;
    quint64 m_lastMouseTimestamp = 0;
    QPointer<QObject> m_lastMouseTarget;
};

} // namespace turnback
