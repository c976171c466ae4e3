#include "AuditLog.h"
#include "ClickRecorder.h"
#include "Clock.h"
#include "FileDialogs.h"
#include "IncidentEvents.h"
#include "LiveConsole.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "ReversalSession.h"
#include "StartScreen.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSplitterHandle>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QWizard>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace std::chrono_literals;
using namespace turnback;

namespace {

const QString kClickKind = QStringLiteral("ui.click");

/// What kind of thing a person clicks, which decides where the click lands and what it records.
enum class Kind { None, Button, Combo, LineEdit, TextArea, SpinBox, Slider, ItemView, Header, TabBar, Other, Action };

/// One thing a person can click: a widget, one tab of a tab bar, or an action (menu item, shortcut).
struct Control {
    QPointer<QObject> object;
    Kind kind = Kind::None;
    QString path; ///< ClickRecorder::objectPath(object): what its ui.click row must name
    int tab = -1; ///< a tab bar's tab
    QString tabText;

    /// Identifies the control across windows and states (a tab bar's tabs are separate controls).
    QString key() const { return tab < 0 ? path : path + QStringLiteral(" tab \"%1\"").arg(tabText); }
};

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

/// Every control a person can see in `window` now (visible; enabled or not), in creation order.
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

/// Lets the quit action be clicked for real: the main window refuses to close while this is installed.
class CloseRefuser : public QObject {
public:
    using QObject::QObject;
    int refused = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Close) {
            event->ignore(); // QCloseEvent starts accepted: ignoring it is what keeps the window open
            ++refused;
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

/// "Every click, provably" (docs/architecture.md): opens every window and dialog the console has, in the
/// states that show their widgets, finds every interactive widget and action generically, checks that
/// each has a unique objectName path, clicks each one for real and reads back its one `ui.click` row.
/// A widget added without a name fails this test with its path; so does a click that is not recorded.
/// Not clicked, on purpose: menu titles (a menu only opens; its actions are the clicks, and are clicked),
/// the platform file dialog (FileDialogs answers instead, so nothing blocks), and the "reversal was not
/// started" box (MessageBoxes::tell, shown only when the audit log refuses the start).
class TestEveryClick : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void inventoryReportsAWidgetWithoutAName();
    void signingKeyDialog();
    void mainWindowWithoutAReversal();
    void startReversalDialog();
    void liveConsoleWithEverySignalTriggered();
    void decisionDialog();
    void handOverDialog();
    void evidencePickerDialog();
    void impactAnswerDialog();
    void dataWizardStepPage();
    void commsWizardBlanks();
    void closeReversalDialog();
    void kitErrorDialog();
    void aboutBox();
    void startScreenResumesTheChosenReversal();
    void everyControlSeenWasClicked();

private:
    enum class Finish { Stay, Cancel, Accept };

    void exercise(QWidget* window, Finish finish);
    void clickVerified(const Control& control, QWidget* window, QList<QPointer<QWidget>>* opened,
                       const QStringList& fileAnswer = {});
    void performClick(const Control& control, QWidget* window);
    void clickWidget(const Control& control);
    void triggerAction(QAction* action, QWidget* window);
    void openMenu(QMenu* menu);
    void clickNamed(QWidget* window, const QString& objectName, QList<QPointer<QWidget>>* opened = nullptr,
                    const QStringList& fileAnswer = {});
    void openDialogWith(const QString& objectName, const QString& dialogName, QPointer<QWidget>* dialog,
                        const QStringList& fileAnswer = {});
    void noteInventory(QWidget* window, const QList<Control>& controls);
    QStringList newClickTargets(qint64 afterSeq) const;

    std::unique_ptr<test::ScratchDir> m_scratch;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ClickRecorder> m_recorder;
    CloseRefuser* m_closeRefuser = nullptr;

    QSet<QString> m_windowsSeen;    ///< window paths, each opened at least once
    QHash<QString, QString> m_seen; ///< control key -> where it was first seen
    QSet<QString> m_clicked;        ///< control keys clicked and verified
    QSet<QString> m_itemViewsSeen;
    QSet<QString> m_viewsWithCellClicks; ///< item views clicked on a cell, not just their empty viewport
    int m_verifiedClicks = 0;
    int m_episodes = 0;
};

void TestEveryClick::initTestCase() {
    // Never a keychain, wherever this runs: the signing key dialog only shows when none answers, and it
    // is part of what must be clicked (ctest runs this without a session bus anyway: tests/run-test.sh).
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    m_scratch = std::make_unique<test::ScratchDir>();
    m_clock = std::make_unique<SimulatedClock>();
    m_log = std::make_unique<AuditLog>(*m_clock);
    QVERIFY2(m_log->open(m_scratch->file(QStringLiteral("audit.sqlite"))), qPrintable(m_log->errorString()));
    m_window = std::make_unique<MainWindow>(*m_log, *m_clock, QStringLiteral("tester"));
    MainWindow* window = m_window.get();
    // Wired as app/gui/main.cpp wires it.
    m_recorder = std::make_unique<ClickRecorder>(
        [window](const QString& target, const QJsonObject& detail) { window->record(kClickKind, target, detail); });
    m_recorder->install();
    m_closeRefuser = new CloseRefuser(this);
    m_window->installEventFilter(m_closeRefuser);
    QVERIFY(m_window->openKit(QStringLiteral(":/kits/baseline.yaml")));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestEveryClick::init() {
    // Each step starts from the main window alone: a dialog an earlier failure left open would block every click.
    const QList<QWidget*> windows = visibleWindows();
    for (QWidget* window : windows)
        if (auto* dialog = qobject_cast<QDialog*>(window))
            dialog->reject();
    QTRY_COMPARE(visibleWindows(), QList<QWidget*>{m_window.get()});
}

void TestEveryClick::cleanupTestCase() {
    if (m_window)
        m_window->removeEventFilter(m_closeRefuser);
    m_recorder.reset();
    m_window.reset();
    m_log.reset();
    m_clock.reset();
    m_scratch.reset();
}

QStringList TestEveryClick::newClickTargets(qint64 afterSeq) const {
    QStringList targets;
    const QList<AuditRecord> rows = m_log->records(afterSeq + 1);
    for (const AuditRecord& row : rows)
        if (row.kind == kClickKind)
            targets << row.target;
    return targets;
}

void TestEveryClick::noteInventory(QWidget* window, const QList<Control>& controls) {
    const QString where = ClickRecorder::objectPath(window);
    for (const Control& control : controls) {
        if (!m_seen.contains(control.key()))
            m_seen.insert(control.key(), where);
        if (control.kind == Kind::ItemView)
            m_itemViewsSeen.insert(control.path);
    }
}

/// Clicks everything in `window` that is not yet clicked in this visit, checking names first each round
/// (a click can show new widgets: a tab's page, an enabled field). Windows a click opens are exercised
/// in turn and cancelled. Then, for a dialog, `finish` clicks its Cancel (or OK) button, which must close it.
void TestEveryClick::exercise(QWidget* window, Finish finish) {
    QVERIFY(window);
    QPointer<QWidget> guard(window);
    ++m_episodes;
    m_windowsSeen.insert(ClickRecorder::objectPath(window));
    bool wasAccepted = false;
    QMetaObject::Connection acceptance;
    if (auto* dialog = qobject_cast<QDialog*>(window))
        acceptance = connect(dialog, &QDialog::accepted, this, [&wasAccepted] { wasAccepted = true; });

    QSet<QString> done;
    for (int round = 0; round < 1000 && guard && guard->isVisible(); ++round) {
        const QList<Control> controls = inventory(guard);
        const QStringList problems = namingProblems(controls);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("in %1:\n  %2")
                                .arg(ClickRecorder::objectPath(guard), problems.join(QStringLiteral("\n  ")))));
        noteInventory(guard, controls);
        // Everything but tabs first, so a tab's page is done before the next tab hides it; closing buttons last.
        const Control* next = nullptr;
        for (const bool tabs : {false, true}) {
            for (const Control& control : controls)
                if ((control.tab >= 0) == tabs && !done.contains(control.key()) && isEnabled(control) &&
                    closingRole(control) == QDialogButtonBox::InvalidRole) {
                    next = &control;
                    break;
                }
            if (next)
                break;
        }
        if (!next)
            break;
        done.insert(next->key());
        QList<QPointer<QWidget>> opened;
        clickVerified(*next, guard, &opened);
        if (QTest::currentTestFailed())
            return;
        for (const QPointer<QWidget>& child : std::as_const(opened)) {
            if (child)
                exercise(child, Finish::Cancel);
            if (QTest::currentTestFailed())
                return;
        }
    }
    if (finish == Finish::Stay || !guard || !guard->isVisible()) {
        disconnect(acceptance);
        return;
    }

    // Close it with its own buttons: Accept wants the accepting one, Cancel prefers the rejecting one.
    const QList<Control> controls = inventory(guard);
    QList<Control> order;
    for (const bool wantAccept : {finish == Finish::Accept, finish != Finish::Accept})
        for (const Control& control : controls)
            if (closingRole(control) != QDialogButtonBox::InvalidRole && isEnabled(control) &&
                isAccepting(closingRole(control)) == wantAccept)
                order << control;
    QVERIFY2(!order.isEmpty(),
             qPrintable(ClickRecorder::objectPath(guard) + QStringLiteral(" has no button that closes it")));
    const QString name = ClickRecorder::objectPath(guard);
    const Control closer = order.first();
    if (finish == Finish::Accept)
        QVERIFY2(isAccepting(closingRole(closer)), qPrintable(name + QStringLiteral(" has no enabled OK button")));
    // A dialog may refuse while something it started is still running (the signing key dialog while its
    // keychain retry is out): like a person, read the answer, type again what it cleared, click again.
    for (int attempt = 0; attempt < 40 && guard && guard->isVisible(); ++attempt) {
        if (attempt > 0) {
            QTest::qWait(250);
            fillBlankFields(guard); // what the refusal cleared (a passphrase), typed again
        }
        clickVerified(closer, guard, nullptr);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(!guard || !guard->isVisible(),
             qPrintable(QStringLiteral("%1 refused %2: it stayed open, saying: %3")
                            .arg(name, closer.path, visibleTexts(guard).join(QStringLiteral(" | ")))));
    QTRY_VERIFY2(!guard || !guard->isVisible(), qPrintable(name + QStringLiteral(" did not close")));
    disconnect(acceptance);
    if (finish == Finish::Accept)
        QVERIFY2(wasAccepted, qPrintable(name + QStringLiteral(" closed without being accepted")));
}

/// Clicks one control as a person would and checks that exactly one new ui.click row names it.
/// `opened` receives the windows the click opened (dialogs are opened with open(), so nothing blocks).
void TestEveryClick::clickVerified(const Control& control, QWidget* window, QList<QPointer<QWidget>>* opened,
                                   const QStringList& fileAnswer) {
    QVERIFY2(control.object, qPrintable(control.key() + QStringLiteral(" is gone")));
    const QList<QWidget*> before = visibleWindows();
    const qint64 lastSeq = m_log->count();
    // A generic click on "Open kit..." or "Import..." answers the file dialog like a person who cancels it,
    // so no real file dialog ever blocks the test.
    FileDialogs::setNextAnswer(fileAnswer);

    // Where the recorder reports a click: the control itself (a click inside a text area lands on its
    // viewport, and the recorder names the area).
    const QString expected = control.path;

    performClick(control, window);
    if (QTest::currentTestFailed())
        return;
    const QStringList targets = newClickTargets(lastSeq);
    QVERIFY2(targets == QStringList{expected},
             qPrintable(QStringLiteral("clicking %1 should add one ui.click row for %2; it added %3: [%4]")
                            .arg(control.key(), expected)
                            .arg(targets.size())
                            .arg(targets.join(QStringLiteral(", ")))));
    ++m_verifiedClicks;
    m_clicked.insert(control.key());
    if (control.kind == Kind::ItemView) {
        const QList<AuditRecord> rows = m_log->records(lastSeq + 1);
        for (const AuditRecord& row : rows)
            if (row.kind == kClickKind && row.payload.contains(QStringLiteral("\"row\":")))
                m_viewsWithCellClicks.insert(control.path);
    }
    if (opened) {
        const QList<QWidget*> after = visibleWindows();
        for (QWidget* widget : after)
            if (!before.contains(widget))
                opened->append(widget);
    }
}

void TestEveryClick::performClick(const Control& control, QWidget* window) {
    if (auto* action = qobject_cast<QAction*>(control.object)) {
        triggerAction(action, window);
        return;
    }
    clickWidget(control);
}

void TestEveryClick::clickWidget(const Control& control) {
    auto* widget = static_cast<QWidget*>(control.object.data());
    switch (control.kind) {
    case Kind::Button: {
        auto* button = static_cast<QAbstractButton*>(widget);
        QPoint at = button->rect().center();
        // A check box or radio button is clicked on its indicator, where a person aims.
        const bool radio = qobject_cast<QRadioButton*>(button);
        if (radio || button->inherits("QCheckBox")) {
            QStyleOptionButton option;
            option.initFrom(button);
            option.text = button->text();
            at = button->style()
                     ->subElementRect(radio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator, &option,
                                      button)
                     .center();
        }
        QTest::mouseClick(button, Qt::LeftButton, {}, at);
        return;
    }
    case Kind::Combo: {
        // Open the list with a click, then choose the next entry with the keyboard: that is a choice
        // (QComboBox::activated), recorded for the combo. Not with a second click: ClickRecorder records a
        // release inside the pop-up list as a click on "<combo>/[QComboBoxPrivateContainer]/[QComboBoxListView]"
        // on top of the choice (a second, unnamed row), which is the recorder's to fix, not the app's names.
        auto* combo = static_cast<QComboBox*>(widget);
        QVERIFY2(combo->count() > 0, qPrintable(control.path + QStringLiteral(" offers nothing to choose")));
        QTest::mouseClick(combo, Qt::LeftButton, {}, combo->rect().center());
        QAbstractItemView* list = combo->view();
        QTRY_VERIFY2(list->isVisible(), qPrintable(control.path + QStringLiteral(": the list did not open")));
        const int choice = (combo->currentIndex() + 1) % combo->count();
        QTest::keyClick(list, choice == 0 ? Qt::Key_Home : Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY2(!list->isVisible(), qPrintable(control.path + QStringLiteral(": the list did not close")));
        QCOMPARE(combo->currentIndex(), choice);
        return;
    }
    case Kind::LineEdit: {
        auto* edit = static_cast<QLineEdit*>(widget);
        QTest::mouseClick(edit, Qt::LeftButton, {}, edit->rect().center());
        // Fill a blank field, so the dialog's OK can succeed; a number satisfies numeric validators too.
        if (edit->text().isEmpty() && !edit->isReadOnly())
            QTest::keyClicks(edit, typedText(edit));
        return;
    }
    case Kind::TextArea: {
        auto* area = static_cast<QAbstractScrollArea*>(widget);
        QTest::mouseClick(area->viewport(), Qt::LeftButton, {}, area->viewport()->rect().center());
        auto* plain = qobject_cast<QPlainTextEdit*>(widget);
        auto* rich = qobject_cast<QTextEdit*>(widget);
        if (plain && !plain->isReadOnly() && plain->toPlainText().isEmpty())
            QTest::keyClicks(plain, QStringLiteral("Every click is recorded"));
        if (rich && !rich->isReadOnly() && rich->toPlainText().isEmpty())
            QTest::keyClicks(rich, QStringLiteral("Every click is recorded"));
        return;
    }
    case Kind::SpinBox: {
        // The arrows are drawn by the spin box itself; the middle is its line edit.
        auto* spin = static_cast<QAbstractSpinBox*>(widget);
        QStyleOptionSpinBox option;
        option.initFrom(spin);
        option.subControls = QStyle::SC_SpinBoxUp | QStyle::SC_SpinBoxDown | QStyle::SC_SpinBoxFrame;
        option.buttonSymbols = spin->buttonSymbols();
        option.frame = spin->hasFrame();
        option.stepEnabled = QAbstractSpinBox::StepUpEnabled | QAbstractSpinBox::StepDownEnabled;
        const QRect up = spin->style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxUp, spin);
        QTest::mouseClick(spin, Qt::LeftButton, {}, up.isValid() ? up.center() : spin->rect().center());
        return;
    }
    case Kind::ItemView: {
        // On a cell when there is one: the row is what the audit trail is about.
        auto* view = static_cast<QAbstractItemView*>(widget);
        QPoint at = view->viewport()->rect().center();
        if (view->model()) {
            const QModelIndex first = view->model()->index(0, 0, view->rootIndex());
            if (first.isValid()) {
                view->scrollTo(first);
                at = view->visualRect(first).center();
            }
        }
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        return;
    }
    case Kind::Header: {
        auto* header = static_cast<QHeaderView*>(widget);
        QPoint at = header->viewport()->rect().center();
        if (header->count() > 0) {
            const int logical = header->logicalIndex(0);
            const int middle = header->sectionViewportPosition(logical) + header->sectionSize(logical) / 2;
            at = header->orientation() == Qt::Horizontal ? QPoint(middle, header->viewport()->height() / 2)
                                                         : QPoint(header->viewport()->width() / 2, middle);
        }
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        return;
    }
    case Kind::TabBar: {
        auto* bar = static_cast<QTabBar*>(widget);
        const QPoint at = bar->tabRect(control.tab).center();
        QVERIFY2(bar->rect().contains(at), qPrintable(control.key() + QStringLiteral(" is scrolled out of sight")));
        QTest::mouseClick(bar, Qt::LeftButton, {}, at);
        QCOMPARE(bar->currentIndex(), control.tab);
        return;
    }
    case Kind::Slider:
    case Kind::Other:
        QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
        return;
    case Kind::None:
    case Kind::Action:
        break;
    }
    QFAIL(qPrintable(control.key() + QStringLiteral(": no way to click it")));
}

/// An action is clicked the way a person would: its keyboard shortcut when it has one, else its menu entry.
void TestEveryClick::triggerAction(QAction* action, QWidget* window) {
    const QKeySequence shortcut = action->shortcut();
    if (!shortcut.isEmpty()) {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        // A shortcut that belongs to one widget (Delete in a list) works where a person first puts the focus.
        if (action->shortcutContext() == Qt::WidgetShortcut) {
            const QList<QObject*> owners = action->associatedObjects();
            for (QObject* owner : owners)
                if (auto* widget = qobject_cast<QWidget*>(owner); widget && widget->window() == window) {
                    widget->setFocus(Qt::TabFocusReason);
                    break;
                }
        }
        // Sent where the keyboard focus is, as a real key press would be.
        QWidget* focus = QApplication::focusWidget();
        QTest::keySequence(focus && focus->window() == window ? focus : window, shortcut);
        return;
    }
    QMenu* menu = nullptr;
    const QList<QObject*> associated = action->associatedObjects();
    for (QObject* object : associated)
        if ((menu = qobject_cast<QMenu*>(object)))
            break;
    QVERIFY2(menu,
             qPrintable(ClickRecorder::objectPath(action) + QStringLiteral(" has neither a shortcut nor a menu")));
    openMenu(menu);
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    QTRY_VERIFY(!menu->isVisible());
}

/// Opens a menu as a person does: its title in the menu bar, then each submenu entry down to it.
void TestEveryClick::openMenu(QMenu* menu) {
    QWidget* parent = menu->parentWidget();
    if (auto* bar = qobject_cast<QMenuBar*>(parent)) {
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    } else if (auto* above = qobject_cast<QMenu*>(parent)) {
        openMenu(above);
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(above, Qt::LeftButton, {}, above->actionGeometry(menu->menuAction()).center());
    } else {
        QFAIL(
            qPrintable(ClickRecorder::objectPath(menu) + QStringLiteral(" hangs from neither a menu bar nor a menu")));
    }
    QTRY_VERIFY2(menu->isVisible(), qPrintable(ClickRecorder::objectPath(menu) + QStringLiteral(" did not open")));
}

/// A click on the control called `objectName` in `window`, to move the state machine on.
void TestEveryClick::clickNamed(QWidget* window, const QString& objectName, QList<QPointer<QWidget>>* opened,
                                const QStringList& fileAnswer) {
    const QList<Control> controls = inventory(window);
    for (const Control& control : controls)
        if (control.object && control.object->objectName() == objectName) {
            QVERIFY2(isEnabled(control), qPrintable(control.path + QStringLiteral(" is disabled")));
            clickVerified(control, window, opened, fileAnswer);
            return;
        }
    QFAIL(qPrintable(
        QStringLiteral("no visible control named %1 in %2").arg(objectName, ClickRecorder::objectPath(window))));
}

/// Clicks a main-window control that must open the dialog called `dialogName`.
void TestEveryClick::openDialogWith(const QString& objectName, const QString& dialogName, QPointer<QWidget>* dialog,
                                    const QStringList& fileAnswer) {
    QList<QPointer<QWidget>> opened;
    clickNamed(m_window.get(), objectName, &opened, fileAnswer);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(opened.size(), 1);
    QVERIFY(opened.first());
    QCOMPARE(opened.first()->objectName(), dialogName);
    *dialog = opened.first();
}

void TestEveryClick::inventoryReportsAWidgetWithoutAName() {
    // A real dialog of the app, with a button added the way a careless change would add it.
    QPointer<QWidget> about;
    openDialogWith(QStringLiteral("aboutAction"), QStringLiteral("aboutDialog"), &about);
    QVERIFY(about);
    QCOMPARE(namingProblems(inventory(about)), QStringList());

    auto* unnamed = new QPushButton(QStringLiteral("New feature"), about);
    unnamed->show();
    auto* buttonBox = about->findChild<QDialogButtonBox*>();
    QVERIFY(buttonBox);
    auto* twin = new QPushButton(QStringLiteral("Twin"), buttonBox);
    twin->setObjectName(QStringLiteral("aboutCloseButton"));
    twin->show();
    const QStringList problems = namingProblems(inventory(about));
    const QString boxPath = ClickRecorder::objectPath(buttonBox);
    QCOMPARE(problems,
             QStringList({QStringLiteral("2 controls share the path %1/aboutCloseButton").arg(boxPath),
                          QStringLiteral("no objectName: mainWindow/aboutDialog/[QPushButton] (a QPushButton)")}));

    // And the inventory is what exercise() checks first, so the real run fails on it too.
    const QList<Control> controls = inventory(about);
    QVERIFY(
        std::any_of(controls.cbegin(), controls.cend(), [unnamed](const Control& c) { return c.object == unnamed; }));

    delete unnamed;
    delete twin;
    QCOMPARE(namingProblems(inventory(about)), QStringList());
    exercise(about, Finish::Cancel);
}

void TestEveryClick::signingKeyDialog() {
    const auto visibleDialog = [this]() -> QDialog* {
        const QList<QDialog*> dialogs = m_window->findChildren<QDialog*>(QStringLiteral("signingKeyDialog"));
        for (QDialog* dialog : dialogs)
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    };
    // As at two start-ups without a keychain: "Not now" the first time, a new key file the second.
    // The dialog comes from the status bar's offer, never by itself.
    for (const Finish finish : {Finish::Cancel, Finish::Accept}) {
        m_window->startSigning();
        auto* setUp = m_window->findChild<QPushButton*>(QStringLiteral("setUpSigningButton"));
        QTRY_VERIFY_WITH_TIMEOUT(setUp->isVisible(), 20'000);
        QVERIFY(!visibleDialog());
        QTest::mouseClick(setUp, Qt::LeftButton);
        QPointer<QDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog()), 20'000);
        if (finish == Finish::Accept) {
            // Where the new key goes (the generic click would otherwise type its own text into the blank field).
            auto* path = dialog->findChild<QLineEdit*>(QStringLiteral("keyFilePathEdit"));
            QVERIFY(path);
            path->setText(m_scratch->file(QStringLiteral("signing.key")));
        }
        exercise(dialog, finish);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(m_log->hasSigningKey());
}

void TestEveryClick::mainWindowWithoutAReversal() {
    QVERIFY(!m_window->session());
    exercise(m_window.get(), Finish::Stay);
    if (QTest::currentTestFailed())
        return;
    // The quit action was clicked for real and refused by the test's close filter, not skipped.
    QVERIFY(m_clicked.contains(QStringLiteral("mainWindow/menuBar/fileMenu/quitAction")));
    QVERIFY(m_closeRefuser->refused > 0);
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_window->session()); // every dialog on the way was cancelled
}

void TestEveryClick::startReversalDialog() {
    QPointer<QWidget> dialog;
    openDialogWith(QStringLiteral("startReversalAction"), QStringLiteral("startReversalDialog"), &dialog);
    if (QTest::currentTestFailed())
        return;
    exercise(dialog, Finish::Accept);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_window->session());
    QVERIFY(m_window->liveConsole());
    QCOMPARE(m_log->recordsOfKind(EventKind::ReversalStarted).size(), 1);
}

void TestEveryClick::liveConsoleWithEverySignalTriggered() {
    LiveConsole* console = m_window->liveConsole();
    QVERIFY(console);
    QWidget* window = m_window.get();
    // Trigger every signal of the kit through the observation panel, by clicks.
    const QList<Signal> signalList = console->session()->kit().signalList;
    for (const Signal& signal : signalList) {
        const Threshold& threshold = signal.threshold;
        if (threshold.kind == Threshold::Kind::Measured) {
            const bool above =
                threshold.comparison == Comparison::Greater || threshold.comparison == Comparison::GreaterOrEqual;
            auto* field = console->findChild<QLineEdit*>(QStringLiteral("observeValue-%1").arg(signal.id));
            QVERIFY(field);
            clickNamed(window, field->objectName());
            field->clear();
            QTest::keyClicks(field, QString::number(threshold.limit + (above ? 1 : -1)));
            clickNamed(window, QStringLiteral("observeRecord-%1").arg(signal.id));
            if (threshold.sustain) {
                m_clock->advance(*threshold.sustain + 1s);
                console->refreshNow();
            }
        } else {
            const int times = threshold.kind == Threshold::Kind::Count ? int(std::floor(threshold.limit)) + 1 : 1;
            for (int i = 0; i < times; ++i) {
                // An occurrence that raises the level asks first (issue 8): answered Yes here.
                if (!console->session()->levelRaisedBy(signal.id).isEmpty())
                    MessageBoxes::setNextAnswer(QMessageBox::Yes);
                clickNamed(window, QStringLiteral("observeOccurred-%1").arg(signal.id));
            }
        }
        if (QTest::currentTestFailed())
            return;
    }
    // Let the owners' timers run out, so the overdue state is on screen too.
    m_clock->advance(30min);
    console->refreshNow();
    QCOMPARE(m_log->recordsOfKind(EventKind::SignalTriggered).size(), signalList.size());

    // A bad observations file shows the import problem box.
    QList<QPointer<QWidget>> opened;
    clickNamed(window, QStringLiteral("importObservationsButton"), &opened,
               {test::dataFile(QStringLiteral("observations/invalid.csv"))});
    if (QTest::currentTestFailed())
        return;
    // The import runs beside the console: its progress dialog opens first, then the problem box.
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first()->objectName(), QStringLiteral("importProgressDialog"));
    QMessageBox* problem = nullptr;
    QTRY_VERIFY((problem = window->findChild<QMessageBox*>(QStringLiteral("importProblemDialog"))) &&
                problem->isVisible());
    QTRY_VERIFY(!opened.first()); // the progress dialog is gone once the import has ended
    exercise(problem, Finish::Cancel);
    if (QTest::currentTestFailed())
        return;

    // Now everything: rubric rows, notification and timeline lists, buttons, fields, tabs, every menu action;
    // the dialogs they open (decision, hand-over, close, start) are exercised and cancelled on the way.
    exercise(window, Finish::Stay);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!m_window->session()->incident().isClosed());
}

void TestEveryClick::decisionDialog() {
    QPointer<QWidget> dialog;
    openDialogWith(QStringLiteral("decideAction"), QStringLiteral("decisionDialog"), &dialog);
    if (QTest::currentTestFailed())
        return;
    // Every control, then OK. The walk leaves "de-escalate" chosen, which the level rule refuses here
    // (every signal is triggered: another item still calls for Reverse), and says so in the dialog; the
    // refusal is recorded. Then, as a person would, carry out instead and record it.
    exercise(dialog, Finish::Stay);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(dialog);
    clickNamed(dialog, QStringLiteral("recordDecisionButton"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(dialog && dialog->isVisible());
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("recordDecisionButton"));
    QCOMPARE(m_log->recordsOfKind(EventKind::DecisionRefused).size(), 1);
    QTest::keyClick(dialog->findChild<QRadioButton*>(QStringLiteral("carryOutRadio")), Qt::Key_Space);
    QTest::keyClick(ok, Qt::Key_Space);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_log->recordsOfKind(EventKind::DecisionRecorded).size(), 1);
}

void TestEveryClick::handOverDialog() {
    QPointer<QWidget> dialog;
    openDialogWith(QStringLiteral("changeOperatorAction"), QStringLiteral("changeOperatorDialog"), &dialog);
    if (QTest::currentTestFailed())
        return;
    exercise(dialog, Finish::Accept);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_log->recordsOfKind(EventKind::OperatorChanged).size(), 1);
    QCOMPARE(m_window->session()->incident().currentOperator().name, QStringLiteral("Every click"));
}

void TestEveryClick::evidencePickerDialog() {
    // File > Export evidence pack...: the reversal picker, accepted. What follows is answered like a
    // person who stops there: No to an unsigned pack (without a key), no file chosen (with one).
    QPointer<QWidget> dialog;
    openDialogWith(QStringLiteral("exportEvidenceAction"), QStringLiteral("evidencePicker"), &dialog);
    if (QTest::currentTestFailed())
        return;
    MessageBoxes::setNextAnswer(QMessageBox::No);
    exercise(dialog, Finish::Accept);
    MessageBoxes::clearNextAnswer();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!m_window->findChild<QProgressDialog*>(QStringLiteral("evidenceProgress")));
}

void TestEveryClick::impactAnswerDialog() {
    // The Human impact tab's answer dialog, accepted: its Record answer button records an answer.
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("kitTabs"));
    tabs->setCurrentWidget(m_window->findChild<QWidget*>(QStringLiteral("impactPanel")));
    QPointer<QWidget> dialog;
    openDialogWith(QStringLiteral("impactAnswerButton"), QStringLiteral("impactAnswerDialog"), &dialog);
    if (QTest::currentTestFailed())
        return;
    exercise(dialog, Finish::Accept);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_log->recordsOfKind(EventKind::ImpactAnswered).size(), 1);
}

void TestEveryClick::dataWizardStepPage() {
    // The data wizard past its first page: a step's evidence, attach, done / blocked (the walk of the
    // main window opens the wizard on its first page only).
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("kitTabs"));
    tabs->setCurrentWidget(m_window->findChild<QWidget*>(QStringLiteral("dataHandlingPanel")));
    QPointer<QWidget> dialog;
    openDialogWith(QStringLiteral("carryOutButton"), QStringLiteral("dataWizard"), &dialog);
    if (QTest::currentTestFailed())
        return;
    auto* wizard = qobject_cast<QWizard*>(dialog.data());
    QVERIFY(wizard);
    wizard->next(); // the first procedure is chosen: its first step
    QVERIFY(wizard->currentPage()->objectName().startsWith(QStringLiteral("stepPage")));
    // By name: the walk would press Back (before the step's controls) and leave the step page.
    for (const QString& name :
         {QStringLiteral("evidenceEdit0"), QStringLiteral("evidenceEdit1"), QStringLiteral("blockedRadio"),
          QStringLiteral("reasonEdit"), QStringLiteral("doneRadio")}) {
        if (!wizard->currentPage()->findChild<QWidget*>(name))
            continue; // a step without evidence fields
        clickNamed(dialog, name);
        if (QTest::currentTestFailed())
            return;
    }
    clickNamed(dialog, QStringLiteral("attachButton"), nullptr,
               {test::dataFile(QStringLiteral("kits/bad/several-errors.yaml"))});
    if (QTest::currentTestFailed())
        return;
    // Not the whole walk: it would press Next into every later step (each its own page and path).
    clickNamed(dialog, QStringLiteral("cancelButton"));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void TestEveryClick::commsWizardBlanks() {
    // The comms wizard's blanks, each a field of its own (the walk presses Next before reaching them).
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("kitTabs"));
    tabs->setCurrentWidget(m_window->findChild<QWidget*>(QStringLiteral("commsPanel")));
    QPointer<QWidget> dialog;
    openDialogWith(QStringLiteral("commsSendButton"), QStringLiteral("commsWizard"), &dialog);
    if (QTest::currentTestFailed())
        return;
    auto* wizard = qobject_cast<QWizard*>(dialog.data());
    QVERIFY(wizard);
    while (wizard->currentPage()->objectName() != QLatin1String("commsFillPage") && wizard->currentPage()->isComplete())
        wizard->next();
    QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("commsFillPage"));
    for (QWidget* blank : wizard->currentPage()->findChildren<QWidget*>()) {
        if (!blank->objectName().startsWith(QLatin1String("commsBlank_")) || !blank->isVisible())
            continue;
        clickNamed(dialog, blank->objectName());
        if (QTest::currentTestFailed())
            return;
    }
    // A draft once something is written in it.
    if (auto* symptom = wizard->currentPage()->findChild<QLineEdit*>(QStringLiteral("commsBlank_symptom")))
        QTest::keyClicks(symptom, QStringLiteral("errors at checkout"));
    clickNamed(dialog, QStringLiteral("commsSaveDraftButton"));
    if (QTest::currentTestFailed())
        return;
    clickNamed(dialog, QStringLiteral("cancelButton"));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void TestEveryClick::closeReversalDialog() {
    QPointer<QWidget> dialog;
    openDialogWith(QStringLiteral("closeReversalAction"), QStringLiteral("closeReversalDialog"), &dialog);
    if (QTest::currentTestFailed())
        return;
    exercise(dialog, Finish::Accept);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_window->session()->incident().isClosed());
}

void TestEveryClick::kitErrorDialog() {
    QPointer<QWidget> dialog;
    openDialogWith(QStringLiteral("openKitAction"), QStringLiteral("kitErrorDialog"), &dialog,
                   {test::dataFile(QStringLiteral("kits/bad/several-errors.yaml"))});
    if (QTest::currentTestFailed())
        return;
    exercise(dialog, Finish::Cancel);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_window->kit().id, QStringLiteral("baseline"));
}

void TestEveryClick::aboutBox() {
    QPointer<QWidget> dialog;
    openDialogWith(QStringLiteral("aboutAction"), QStringLiteral("aboutDialog"), &dialog);
    if (QTest::currentTestFailed())
        return;
    exercise(dialog, Finish::Cancel);
}

void TestEveryClick::startScreenResumesTheChosenReversal() {
    // Two reversals left open by earlier consoles: at a restart the start screen asks which to resume.
    QStringList open;
    for (const char* title : {"Search v9", "Payments v3"}) {
        ReversalSession earlier(m_window->trail(), *m_clock, m_window->kit());
        QVERIFY(earlier.start({QLatin1String(title),
                               QStringLiteral("checkout"),
                               {QStringLiteral("tester"), QStringLiteral("incident-commander")},
                               false}));
        open.prepend(earlier.incident().id());
        m_clock->advance(std::chrono::minutes(1));
    }
    QVERIFY(!m_window->resumeOpenReversal());
    auto* screen = m_window->findChild<StartScreen*>(QStringLiteral("startScreen"));
    QCOMPARE(screen->selectedIncident(), open.first());         // the newest is preselected
    clickNamed(m_window.get(), QStringLiteral("reversalList")); // a row, as a person picks one
    if (QTest::currentTestFailed())
        return;
    const QString chosen = screen->selectedIncident();
    QVERIFY(open.contains(chosen));
    clickNamed(m_window.get(), QStringLiteral("resumeReversalButton"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_window->session());
    QCOMPARE(m_window->session()->incident().id(), chosen);
}

void TestEveryClick::everyControlSeenWasClicked() {
    // Every control seen in any state was clicked in some state (one disabled everywhere is a dead control).
    QStringList missed;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it)
        if (!m_clicked.contains(it.key()))
            missed << QStringLiteral("%1 (in %2)").arg(it.key(), it.value());
    missed.sort();
    QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("never clicked:\n  ") + missed.join(QStringLiteral("\n  "))));

    // And every item view was clicked on a row at least once, not only on empty space.
    QStringList rowless;
    for (const QString& view : std::as_const(m_itemViewsSeen))
        if (!m_viewsWithCellClicks.contains(view))
            rowless << view;
    rowless.sort();
    QVERIFY2(rowless.isEmpty(),
             qPrintable(QStringLiteral("never clicked on a row:\n  ") + rowless.join(QStringLiteral("\n  "))));

    qInfo("every click: %d windows and dialogs opened (%d visits), %d interactive controls, %d clicks verified "
          "against their ui.click rows",
          int(m_windowsSeen.size()), m_episodes, int(m_seen.size()), m_verifiedClicks);
    // The walk above opens at least: main window, About, signing key, Start, import problems, Decision, Hand-over,
    // Close, Kit error.
    QVERIFY(m_windowsSeen.size() >= 9);
}

QTEST_MAIN(TestEveryClick)
#include "TestEveryClick.moc"
