#include "EveryClickWalk.h"

#include "FileDialogs.h"
#include "IncidentEvents.h"
#include "ReversalSession.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

namespace turnback::test {

namespace {
const QString kClickKind = QStringLiteral("ui.click");
} // namespace

void EveryClickWalk::initTestCase() {
    // Never a keychain, wherever this runs: the signing key dialog only shows when none answers, and it
    // is part of what must be clicked (ctest runs this without a session bus anyway: tests/run-test.sh).
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QFile::remove(coverageFile(QCoreApplication::applicationName())); // none, should this walk not finish
    m_scratch = std::make_unique<ScratchDir>();
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

void EveryClickWalk::init() {
    const QList<QWidget*> windows = visibleWindows();
    for (QWidget* window : windows)
        if (auto* dialog = qobject_cast<QDialog*>(window))
            dialog->reject();
    QTRY_COMPARE(visibleWindows(), QList<QWidget*>{m_window.get()});
}

void EveryClickWalk::cleanupTestCase() {
    QFile out(coverageFile(QCoreApplication::applicationName()));
    QDir().mkpath(QFileInfo(out).absolutePath());
    QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(out.fileName()));
    out.write(QJsonDocument(m_coverage.toJson()).toJson());
    if (m_window)
        m_window->removeEventFilter(m_closeRefuser);
    m_recorder.reset();
    m_window.reset();
    m_log.reset();
    m_clock.reset();
    m_scratch.reset();
}

QStringList EveryClickWalk::newClickTargets(qint64 afterSeq) const {
    QStringList targets;
    const QList<AuditRecord> rows = m_log->records(afterSeq + 1);
    for (const AuditRecord& row : rows)
        if (row.kind == kClickKind)
            targets << row.target;
    return targets;
}

void EveryClickWalk::noteInventory(QWidget* window, const QList<Control>& controls) {
    const QString where = ClickRecorder::objectPath(window);
    for (const Control& control : controls) {
        if (!m_coverage.seen.contains(control.key()))
            m_coverage.seen.insert(control.key(), where);
        if (control.kind == Kind::ItemView)
            m_coverage.itemViewsSeen.insert(control.path);
    }
}

/// Clicks everything in `window` that is not yet clicked in this visit, checking names first each round
/// (a click can show new widgets: a tab's page, an enabled field). Windows a click opens are exercised
/// in turn and cancelled. Then, for a dialog, `finish` clicks its Cancel (or OK) button, which must close it.
void EveryClickWalk::exercise(QWidget* window, Finish finish) {
    QVERIFY(window);
    QPointer<QWidget> guard(window);
    ++m_coverage.episodes;
    m_coverage.windowsSeen.insert(ClickRecorder::objectPath(window));
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
void EveryClickWalk::clickVerified(const Control& control, QWidget* window, QList<QPointer<QWidget>>* opened,
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
    ++m_coverage.verifiedClicks;
    m_coverage.clicked.insert(control.key());
    if (control.kind == Kind::ItemView) {
        const QList<AuditRecord> rows = m_log->records(lastSeq + 1);
        for (const AuditRecord& row : rows)
            if (row.kind == kClickKind && row.payload.contains(QStringLiteral("\"row\":")))
                m_coverage.viewsWithCellClicks.insert(control.path);
    }
    if (opened) {
        const QList<QWidget*> after = visibleWindows();
        for (QWidget* widget : after)
            if (!before.contains(widget))
                opened->append(widget);
    }
}

void EveryClickWalk::performClick(const Control& control, QWidget* window) {
    if (auto* action = qobject_cast<QAction*>(control.object)) {
        triggerAction(action, window);
        return;
    }
    clickWidget(control);
}

void EveryClickWalk::clickWidget(const Control& control) {
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
void EveryClickWalk::triggerAction(QAction* action, QWidget* window) {
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
void EveryClickWalk::openMenu(QMenu* menu) {
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
void EveryClickWalk::clickNamed(QWidget* window, const QString& objectName, QList<QPointer<QWidget>>* opened,
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
void EveryClickWalk::openDialogWith(const QString& objectName, const QString& dialogName, QPointer<QWidget>* dialog,
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

void EveryClickWalk::startReversalByClicks() {
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

} // namespace turnback::test
