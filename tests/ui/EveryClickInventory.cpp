#include "EveryClickWalk.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSplitterHandle>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

#include <algorithm>

// What the walk finds and how it judges it: the controls of a window, the naming rules, the windows on
// screen, and what a walk saw and clicked (its coverage), kept apart from how it clicks (EveryClickWalk.cpp).
namespace turnback::test {

namespace {

Kind kindOf(QWidget* widget) {
    if (widget->isWindow())
        return Kind::None;
    if (qobject_cast<QAbstractButton*>(widget))
        return Kind::Button;
    if (qobject_cast<QComboBox*>(widget))
        return Kind::Combo;
    if (qobject_cast<QLineEdit*>(widget)) {
        // The editor inside a spin box or an editable combo is part of that control.
        QWidget* parent = widget->parentWidget();
        return qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QComboBox*>(parent) ? Kind::None
                                                                                           : Kind::LineEdit;
    }
    if (qobject_cast<QAbstractSpinBox*>(widget))
        return Kind::SpinBox;
    if (qobject_cast<QAbstractSlider*>(widget)) // sliders, dials and scroll bars
        return Kind::Slider;
    if (qobject_cast<QHeaderView*>(widget))
        return Kind::Header;
    if (qobject_cast<QAbstractItemView*>(widget))
        return Kind::ItemView;
    // Read-only ones too (text browsers, the kit error list): a person clicks into them to select and copy.
    if (qobject_cast<QTextEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget))
        return Kind::TextArea;
    if (qobject_cast<QTabBar*>(widget))
        return Kind::TabBar;
    if (auto* group = qobject_cast<QGroupBox*>(widget))
        return group->isCheckable() ? Kind::Other : Kind::None;
    // Menus and menu bars only open: what is clicked in them is an action, inventoried as such.
    if (qobject_cast<QMenu*>(widget) || qobject_cast<QMenuBar*>(widget))
        return Kind::None;
    if (qobject_cast<QSplitterHandle*>(widget))
        return Kind::Other;
    // Anything else that takes focus when clicked (a custom control, a selectable label) is clickable.
    return (widget->focusPolicy() & Qt::ClickFocus) ? Kind::Other : Kind::None;
}

/// The window an action is clicked in: a menu's action belongs to the window of the menu bar the menu hangs from.
QWidget* windowOfAction(const QAction* action) {
    const QList<QObject*> associated = action->associatedObjects();
    for (QObject* object : associated) {
        auto* widget = qobject_cast<QWidget*>(object);
        while (qobject_cast<QMenu*>(widget))
            widget = widget->parentWidget();
        if (widget)
            return widget->window();
    }
    return nullptr;
}

} // namespace

bool isEnabled(const Control& control) {
    if (auto* action = qobject_cast<QAction*>(control.object))
        return action->isEnabled();
    auto* widget = qobject_cast<QWidget*>(control.object);
    if (!widget || !widget->isEnabled())
        return false;
    if (auto* bar = qobject_cast<QTabBar*>(widget))
        return bar->isTabEnabled(control.tab);
    return true;
}

/// A dialog button that ends its dialog: these are clicked last, once the rest of the dialog is done.
QDialogButtonBox::ButtonRole closingRole(const Control& control) {
    auto* button = qobject_cast<QAbstractButton*>(control.object);
    auto* box = button ? qobject_cast<QDialogButtonBox*>(button->parentWidget()) : nullptr;
    if (!box)
        return QDialogButtonBox::InvalidRole;
    switch (const QDialogButtonBox::ButtonRole role = box->buttonRole(button)) {
    case QDialogButtonBox::AcceptRole:
    case QDialogButtonBox::YesRole:
    case QDialogButtonBox::RejectRole:
    case QDialogButtonBox::NoRole:
    case QDialogButtonBox::DestructiveRole:
        return role;
    default:
        return QDialogButtonBox::InvalidRole;
    }
}

bool isAccepting(QDialogButtonBox::ButtonRole role) {
    return role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::YesRole;
}

/// Windows a person can see and click (not menus, combo pop-ups or tool tips).
QList<QWidget*> visibleWindows() {
    QList<QWidget*> windows;
    const QList<QWidget*> topLevels = QApplication::topLevelWidgets();
    for (QWidget* widget : topLevels) {
        const Qt::WindowType type = widget->windowType();
        if (widget->isVisible() && type != Qt::Popup && type != Qt::ToolTip)
            windows << widget;
    }
    return windows;
}

/// What a person types into a blank field: a number where only numbers go.
QString typedText(const QLineEdit* edit) {
    return edit->validator() ? QStringLiteral("99") : QStringLiteral("Every click");
}

void fillBlankFields(QWidget* window) {
    const QList<QLineEdit*> edits = window->findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits)
        if (edit->window() == window && edit->isVisible() && edit->isEnabled() && !edit->isReadOnly() &&
            edit->text().isEmpty() && kindOf(edit) == Kind::LineEdit)
            QTest::keyClicks(edit, typedText(edit));
}

/// What a window says (its visible labels), for a failure message.
QStringList visibleTexts(QWidget* window) {
    QStringList texts;
    const QList<QLabel*> labels = window->findChildren<QLabel*>();
    for (QLabel* label : labels)
        if (label->isVisible() && !label->text().isEmpty())
            texts << label->text();
    return texts;
}

/// Found generically, so a widget added tomorrow is inventoried without touching this test.
QList<Control> inventory(QWidget* window) {
    QList<Control> controls;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    QSet<QAction*> actions;
    const QList<QAction*> ownActions = window->findChildren<QAction*>();
    for (QAction* action : ownActions)
        actions.insert(action);
    for (QAction* action : window->actions())
        actions.insert(action);
    for (QWidget* widget : widgets) {
        for (QAction* action : widget->actions())
            actions.insert(action);
        if (widget->window() != window || !widget->isVisible())
            continue;
        const Kind kind = kindOf(widget);
        if (kind == Kind::None)
            continue;
        const QString path = ClickRecorder::objectPath(widget);
        if (auto* bar = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < bar->count(); ++i)
                if (bar->isTabVisible(i))
                    controls.append({widget, kind, path, i, bar->tabText(i).remove(QLatin1Char('&'))});
            continue;
        }
        controls.append({widget, kind, path, -1, {}});
    }
    QList<Control> actionControls;
    for (QAction* action : std::as_const(actions)) {
        if (action->isSeparator() || action->menu() || !action->isVisible() || windowOfAction(action) != window)
            continue;
        actionControls.append({action, Kind::Action, ClickRecorder::objectPath(action), -1, {}});
    }
    // QSet has no order: sort the actions by path so runs are repeatable.
    std::sort(actionControls.begin(), actionControls.end(),
              [](const Control& a, const Control& b) { return a.path < b.path; });
    return controls + actionControls;
}

/// The naming rules the audit trail depends on: every segment of a control's path is an objectName
/// (no "[Class]" from ClickRecorder::objectPath), and no two controls share a path. One line per problem.
QStringList namingProblems(const QList<Control>& controls) {
    QStringList problems;
    QHash<QString, QSet<QObject*>> byPath;
    for (const Control& control : controls) {
        if (!control.object)
            continue;
        byPath[control.path].insert(control.object);
        if (control.tab > 0)
            continue; // the tab bar is one widget: reported once
        const QStringList segments = control.path.split(QLatin1Char('/'));
        for (const QString& segment : segments)
            if (segment.startsWith(QLatin1Char('[')) && segment.endsWith(QLatin1Char(']'))) {
                problems << QStringLiteral("no objectName: %1 (a %2)")
                                .arg(control.path, QLatin1String(control.object->metaObject()->className()));
                break;
            }
    }
    for (auto it = byPath.cbegin(); it != byPath.cend(); ++it)
        if (it.value().size() > 1)
            problems << QStringLiteral("%1 controls share the path %2").arg(it.value().size()).arg(it.key());
    problems.sort();
    return problems;
}

namespace {
QJsonArray sortedArray(const QSet<QString>& set) {
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return QJsonArray::fromStringList(list);
}

QSet<QString> stringSet(const QJsonValue& value) {
    QSet<QString> set;
    for (const QJsonValue& item : value.toArray())
        set.insert(item.toString());
    return set;
}
} // namespace

void EveryClickCoverage::merge(const EveryClickCoverage& other) {
    windowsSeen.unite(other.windowsSeen);
    for (auto it = other.seen.cbegin(); it != other.seen.cend(); ++it)
        if (!seen.contains(it.key()))
            seen.insert(it.key(), it.value());
    clicked.unite(other.clicked);
    itemViewsSeen.unite(other.itemViewsSeen);
    viewsWithCellClicks.unite(other.viewsWithCellClicks);
    verifiedClicks += other.verifiedClicks;
    episodes += other.episodes;
}

QJsonObject EveryClickCoverage::toJson() const {
    QJsonObject seenWhere;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        seenWhere.insert(it.key(), it.value());
    return {{QStringLiteral("windowsSeen"), sortedArray(windowsSeen)},
            {QStringLiteral("seen"), seenWhere},
            {QStringLiteral("clicked"), sortedArray(clicked)},
            {QStringLiteral("itemViewsSeen"), sortedArray(itemViewsSeen)},
            {QStringLiteral("viewsWithCellClicks"), sortedArray(viewsWithCellClicks)},
            {QStringLiteral("verifiedClicks"), verifiedClicks},
            {QStringLiteral("episodes"), episodes}};
}

EveryClickCoverage EveryClickCoverage::fromJson(const QJsonObject& json) {
    EveryClickCoverage coverage;
    coverage.windowsSeen = stringSet(json.value(QStringLiteral("windowsSeen")));
    const QJsonObject seenWhere = json.value(QStringLiteral("seen")).toObject();
    for (auto it = seenWhere.constBegin(); it != seenWhere.constEnd(); ++it)
        coverage.seen.insert(it.key(), it.value().toString());
    coverage.clicked = stringSet(json.value(QStringLiteral("clicked")));
    coverage.itemViewsSeen = stringSet(json.value(QStringLiteral("itemViewsSeen")));
    coverage.viewsWithCellClicks = stringSet(json.value(QStringLiteral("viewsWithCellClicks")));
    coverage.verifiedClicks = json.value(QStringLiteral("verifiedClicks")).toInt();
    coverage.episodes = json.value(QStringLiteral("episodes")).toInt();
    return coverage;
}

QString coverageFile(const QString& part) {
    return QStringLiteral(EVERY_CLICK_RESULTS "/%1.json").arg(part);
}

} // namespace turnback::test
