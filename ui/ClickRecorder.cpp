#include "ClickRecorder.h"

#include "UiClick.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAction>
#include <QActionEvent>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QTabBar>

namespace turnback {

namespace {
// Marks objects whose signals are already connected, so polishing twice does not record twice.
constexpr char kWatchedProperty[] = "_turnback_click_watched";
// Set by NotAClick while the program changes a widget itself.
constexpr char kProgrammaticProperty[] = "_turnback_not_a_click";
// Set by markNavigation on buttons and actions that only show something.
constexpr char kNavigationProperty[] = "_turnback_navigation";

using Nature = events::UiClick::Nature;

bool markWatched(QObject* object) {
    if (object->property(kWatchedProperty).toBool())
        return false;
    object->setProperty(kWatchedProperty, true);
    return true;
}
} // namespace

ClickRecorder::NotAClick::NotAClick(QObject* object)
    : m_object(object) {
    if (m_object)
        m_object->setProperty(kProgrammaticProperty, true);
}

ClickRecorder::NotAClick::~NotAClick() {
    if (m_object)
        m_object->setProperty(kProgrammaticProperty, QVariant());
}

void ClickRecorder::markNavigation(QObject* object) {
    object->setProperty(kNavigationProperty, true);
}

ClickRecorder::ClickRecorder(Sink sink, QObject* parent)
    : QObject(parent)
    , m_sink(std::move(sink)) {
    setObjectName(QStringLiteral("clickRecorder"));
}

void ClickRecorder::install() {
    qApp->installEventFilter(this);
    // Widgets and actions that exist before installation.
    const QList<QWidget*> widgets = QApplication::allWidgets();
    for (QWidget* widget : widgets) {
        watchWidget(widget);
        const QList<QAction*> actions = widget->actions();
        for (QAction* action : actions)
            watchAction(action);
    }
}

QString ClickRecorder::objectPath(const QObject* object) {
    QStringList parts;
    for (const QObject* o = object; o; o = o->parent()) {
        const QString name = o->objectName();
        parts.prepend(name.isEmpty() ? QLatin1Char('[') + QLatin1String(o->metaObject()->className()) + QLatin1Char(']')
                                     : name);
    }
    return parts.join(QLatin1Char('/'));
}

bool ClickRecorder::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::Polish:
        if (watched->isWidgetType())
            watchWidget(static_cast<QWidget*>(watched));
        break;
    case QEvent::ActionAdded:
        watchAction(static_cast<QActionEvent*>(event)->action());
        break;
    case QEvent::MouseButtonRelease:
        if (watched->isWidgetType())
            recordMouseRelease(static_cast<QWidget*>(watched), event);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ClickRecorder::watchWidget(QWidget* widget) {
    // Signals rather than mouse events for these, so keyboard activation counts as a click too.
    if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
        if (markWatched(button))
            connect(button, &QAbstractButton::clicked, this, [this, button](bool checked) {
                QJsonObject detail{{QStringLiteral("via"), QStringLiteral("button")},
                                   {QStringLiteral("text"), button->text()}};
                if (button->isCheckable())
                    detail.insert(QStringLiteral("checked"), checked);
                recordControl(button, detail);
            });
    } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        if (markWatched(combo))
            connect(combo, &QComboBox::activated, this, [this, combo](int index) {
                recordControl(combo, {{QStringLiteral("via"), QStringLiteral("choice")},
                                      {QStringLiteral("index"), index},
                                      {QStringLiteral("text"), combo->itemText(index)}});
            });
    } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
        if (markWatched(tabs)) {
            // A mouse click on a tab (even the current one) reports tabBarClicked; a keyboard switch
            // (mnemonic, Ctrl+Tab) only currentChanged. Record each user act once.
            connect(tabs, &QTabBar::tabBarClicked, this, [this, tabs](int index) {
                if (index != tabs->currentIndex())
                    tabs->setProperty("_turnback_clicked_tab", index);
                recordNavigation(objectPath(tabs), {{QStringLiteral("via"), QStringLiteral("mouse")},
                                                    {QStringLiteral("index"), index},
                                                    {QStringLiteral("text"), tabs->tabText(index)}});
            });
            connect(tabs, &QTabBar::currentChanged, this, [this, tabs](int index) {
                const QVariant clicked = tabs->property("_turnback_clicked_tab");
                tabs->setProperty("_turnback_clicked_tab", QVariant());
                if ((clicked.isValid() && clicked.toInt() == index) || !tabs->isVisible() ||
                    tabs->property(kProgrammaticProperty).toBool())
                    return;
                recordNavigation(objectPath(tabs), {{QStringLiteral("via"), QStringLiteral("keyboard")},
                                                    {QStringLiteral("index"), index},
                                                    {QStringLiteral("text"), tabs->tabText(index)}});
            });
        }
    }
}

void ClickRecorder::watchAction(QAction* action) {
    if (!action || action->isSeparator() || action->menu() || !markWatched(action))
        return;
    connect(action, &QAction::triggered, this, [this, action](bool checked) {
        QJsonObject detail{{QStringLiteral("via"), QStringLiteral("action")},
                           {QStringLiteral("text"), action->text().remove(QLatin1Char('&'))}};
        if (action->isCheckable())
            detail.insert(QStringLiteral("checked"), checked);
        recordControl(action, detail);
    });
}

void ClickRecorder::recordMouseRelease(QWidget* widget, QEvent* event) {
    auto* mouse = static_cast<QMouseEvent*>(event);
    // An unaccepted release travels up to the parents; record it once, at the widget that got it first.
    if (mouse->timestamp() == m_lastMouseTimestamp && m_lastMouseTarget && m_lastMouseTarget != widget)
        return;
    m_lastMouseTimestamp = mouse->timestamp();
    m_lastMouseTarget = widget;

    // These report through their signals (above), which also covers the keyboard.
    if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QMenu*>(widget) || qobject_cast<QMenuBar*>(widget) ||
        qobject_cast<QComboBox*>(widget) || qobject_cast<QTabBar*>(widget))
        return;

    // The pop-up list of a combo box reports its choice through QComboBox::activated (above).
    if (widget->window()->inherits("QComboBoxPrivateContainer"))
        return;

    QJsonObject detail{{QStringLiteral("via"), QStringLiteral("mouse")}};
    // A click into text, a table or a plain widget looks or selects; ticking a box in a list acts.
    Nature nature = Nature::Navigation;
    QObject* target = widget;
    // A click in a scroll area (text area, list, table) lands on its viewport: name the area itself,
    // and for an item view the cell too.
    if (auto* area = qobject_cast<QAbstractScrollArea*>(widget->parentWidget()); area && area->viewport() == widget)
        target = area;
    if (auto* view = qobject_cast<QAbstractItemView*>(widget->parentWidget()); view && view->viewport() == widget) {
        target = view;
        const QModelIndex index = view->indexAt(mouse->position().toPoint());
        if (index.isValid()) {
            detail.insert(QStringLiteral("row"), index.row());
            detail.insert(QStringLiteral("column"), index.column());
            detail.insert(QStringLiteral("text"), index.data().toString());
            if (index.flags().testFlag(Qt::ItemIsUserCheckable))
                nature = Nature::Act;
        }
    }
    record(objectPath(target), events::UiClick::marked(detail, nature));
}

void ClickRecorder::recordControl(QObject* control, const QJsonObject& detail) {
    const bool navigation = control->property(kNavigationProperty).toBool();
    record(objectPath(control), events::UiClick::marked(detail, navigation ? Nature::Navigation : Nature::Act));
}

void ClickRecorder::recordNavigation(const QString& target, const QJsonObject& detail) {
    record(target, events::UiClick::marked(detail, Nature::Navigation));
}

void ClickRecorder::record(const QString& target, const QJsonObject& detail) {
    if (m_sink)
        m_sink(target, detail);
}

} // namespace turnback
