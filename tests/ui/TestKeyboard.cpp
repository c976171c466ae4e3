#include "ChangeOperatorDialog.h"
#include "CloseReversalDialog.h"
#include "ConsoleController.h"
#include "ConsoleWindowFixture.h"
#include "DecisionDialog.h"
#include "ImpactAnswerDialog.h"
#include "IncidentEvents.h"
#include "KitErrorDialog.h"
#include "Language.h"
#include "OwedItems.h"
#include "ReversalSession.h"
#include "SigningKeyDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTableView>
#include <QTextBrowser>

using namespace std::chrono_literals;
using namespace turnback;

namespace {

/// Every Alt+letter a window offers (buttons, labels with a buddy, tab titles, group boxes and the
/// menu bar's titles), and which of them are offered more than once.
QStringList mnemonicClashes(QWidget* window, const QList<QAction*>& menuTitles = {}) {
    QMap<QString, QStringList> byKey;
    auto add = [&byKey](const QString& text, const QString& where) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey[key.toString()] << QStringLiteral("%1 \"%2\"").arg(where, text);
    };
    for (QAction* title : menuTitles)
        add(title->text(), QStringLiteral("menu"));
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->window() != window)
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(button->text(), button->objectName());
        else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            add(label->text(), label->objectName());
        else if (auto* group = qobject_cast<QGroupBox*>(w))
            add(group->title(), group->objectName());
        else if (auto* bar = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i), bar->objectName());
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            clashes << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    return clashes;
}

QStringList menuClashes(QMenu* menu) {
    QMap<QString, QStringList> byKey;
    for (QAction* action : menu->actions()) {
        const QKeySequence key = QKeySequence::mnemonic(action->text());
        if (!key.isEmpty())
            byKey[key.toString()] << action->text();
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            clashes << menu->title() + QStringLiteral(" ") + it.key() + QStringLiteral(": ") +
                           it.value().join(QStringLiteral(", "));
    return clashes;
}

} // namespace

/// Every flow with the keyboard alone (docs/keyboard.md): unique mnemonics, Tab through the panels
/// in reading order, Ctrl+Return from a multi-line field, errors that go once fixed, and nothing
/// offered that cannot act once the reversal is closed.
class TestKeyboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mnemonicsAreUniqueInTheMainWindow();
    void mnemonicsAreUniqueInEveryMenu();
    void mnemonicsAreUniqueInEveryDialog();
    void altHOpensTheHelpMenu();
    void tabMovesThroughThePanelsInReadingOrder();
    void ctrlReturnRecordsTheDecisionFromTheReasonField();
    void aDialogErrorGoesOnceFixed();
    void nothingOffersToActAfterClose();
    void helpKeyboardListsEveryShortcut();

private:
    /// Records 9% errors and lets two minutes pass: the engineering lead owes a decision.
    void triggerErrorRate(LiveConsole* console);
    DecisionDialog* openDecisionDialog();
    QList<AuditRecord> ofKind(const QString& kind) const { return m_f.log->recordsOfKind(kind); }

    test::ConsoleWindowFixture m_f;
};

void TestKeyboard::initTestCase() {
    // test_keyboard_de: the same letters checked on the German interface (docs/keyboard.md).
    if (qEnvironmentVariable("TURNBACK_TEST_LANGUAGE") == QLatin1String("de"))
        QCOMPARE(Language::install(QStringLiteral("de"), this).size(), 2);
}

void TestKeyboard::init() {
    QVERIFY(m_f.open());
}

void TestKeyboard::cleanup() {
    m_f.close();
}

void TestKeyboard::triggerErrorRate(LiveConsole* console) {
    auto* value = console->findChild<QLineEdit*>(QStringLiteral("observeValue-error-rate"));
    QTest::keyClicks(value, QStringLiteral("9"));
    QTest::keyClick(value, Qt::Key_Return);
    m_f.clock->advance(2min);
    console->refreshNow();
    QCOMPARE(ofKind(EventKind::SignalTriggered).size(), 1);
}

DecisionDialog* TestKeyboard::openDecisionDialog() {
    QTest::keyClick(m_f.window.get(), Qt::Key_D, Qt::ControlModifier);
    auto* dialog = m_f.window->findChild<DecisionDialog*>(QStringLiteral("decisionDialog"));
    if (dialog && !test::ConsoleWindowFixture::activate(dialog))
        return nullptr;
    return dialog;
}

void TestKeyboard::mnemonicsAreUniqueInTheMainWindow() {
    QVERIFY(m_f.startReversalByKeyboard());
    const QStringList clashes = mnemonicClashes(m_f.window.get(), m_f.window->menuBar()->actions());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestKeyboard::mnemonicsAreUniqueInEveryMenu() {
    const QList<QMenu*> menus = m_f.window->findChildren<QMenu*>();
    QVERIFY(menus.size() >= 3);
    QStringList clashes;
    for (QMenu* menu : menus)
        clashes << menuClashes(menu);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestKeyboard::mnemonicsAreUniqueInEveryDialog() {
    LiveConsole* console = m_f.startReversalByKeyboard();
    QVERIFY(console);
    triggerErrorRate(console);
    ReversalSession& session = *m_f.window->session();
    const QList<OwedItem> owedNow = owedItems(session.incident(), session.clock().utcNow());
    QVERIFY(!owedNow.isEmpty());
    const qint64 owed = owedNow.constFirst().obligation;
    QList<QDialog*> dialogs{
        new StartReversalDialog(m_f.window->kit(), QStringLiteral("ada"), m_f.window.get()),
        new DecisionDialog(session, owed, m_f.window.get()),
        new DecisionDialog(session, 0, m_f.window.get()),
        new ChangeOperatorDialog(session, m_f.window.get()),
        new CloseReversalDialog(session, m_f.window.get()),
        // A text prompt and a choice prompt: their fields differ, their letters must not clash.
        new ImpactAnswerDialog(session, session.kit().impactPrompts.at(2), m_f.window.get()),
        new ImpactAnswerDialog(session, session.kit().impactPrompts.at(1), m_f.window.get()),
        new SigningKeyDialog(m_f.window->controller().signer(), QStringLiteral("No keychain"), m_f.window.get()),
        new KitErrorDialog(QStringLiteral("kit.yaml"), {QStringLiteral("line 1: bad")}, m_f.window.get()),
    };
    auto* helpAction = m_f.window->findChild<QAction*>(QStringLiteral("keyboardHelpAction"));
    QVERIFY(helpAction);
    helpAction->trigger();
    auto* help = m_f.window->findChild<QDialog*>(QStringLiteral("keyboardHelpDialog"));
    QVERIFY(help);
    dialogs << help;
    for (QDialog* dialog : std::as_const(dialogs)) {
        const QStringList clashes = mnemonicClashes(dialog);
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(dialog->objectName() + QStringLiteral(": ") + clashes.join(QLatin1Char('\n'))));
        delete dialog;
    }
}

void TestKeyboard::altHOpensTheHelpMenu() {
    QVERIFY(m_f.startReversalByKeyboard());
    auto* tabs = m_f.window->findChild<QTabBar*>(QStringLiteral("kitTabBar"));
    const int tabBefore = tabs->currentIndex();
    QTest::keyClick(m_f.window.get(), Qt::Key_H, Qt::AltModifier);
    auto* help = m_f.window->findChild<QMenu*>(QStringLiteral("helpMenu"));
    QTRY_VERIFY(help->isVisible());
    QCOMPARE(tabs->currentIndex(), tabBefore);
    QVERIFY(ofKind(EventKind::OperatorChanged).isEmpty());
    QTest::keyClick(help, Qt::Key_Escape);
}

void TestKeyboard::tabMovesThroughThePanelsInReadingOrder() {
    LiveConsole* console = m_f.startReversalByKeyboard();
    QVERIFY(console);
    // A new reversal puts the cursor where the first thing is recorded.
    auto* first = console->findChild<QLineEdit*>(QStringLiteral("observeValue-error-rate"));
    QTRY_COMPARE(QApplication::focusWidget(), first);

    QStringList stops;
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        QVERIFY(now);
        if (now == first)
            break;
        stops << now->objectName();
    }
    const auto at = [&stops](const char* name) { return stops.indexOf(QLatin1String(name)); };
    // record -> what is owed -> the table -> who must be told -> the timeline
    QVERIFY2(at("observeRecord-error-rate") >= 0, qPrintable(stops.join(QLatin1Char(' '))));
    QVERIFY2(at("observeRecord-error-rate") < at("acknowledgeButton"), qPrintable(stops.join(QLatin1Char(' '))));
    QVERIFY2(at("acknowledgeButton") < at("decideButton"), qPrintable(stops.join(QLatin1Char(' '))));
    QVERIFY2(at("decideButton") < at("liveRubricTable"), qPrintable(stops.join(QLatin1Char(' '))));
    // The table is one stop, by row: the next Tab leaves it for the notification checklist.
    QVERIFY2(stops.count(QStringLiteral("liveRubricTable")) == 1, qPrintable(stops.join(QLatin1Char(' '))));
    QCOMPARE(stops.value(at("liveRubricTable") + 1), QStringLiteral("notificationList"));
    QCOMPARE(stops.value(at("notificationList") + 1), QStringLiteral("timelineList"));

    // In the table the arrows move a whole row at a time.
    auto* table = console->findChild<QTableView*>(QStringLiteral("liveRubricTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().row(), 1);
}

void TestKeyboard::ctrlReturnRecordsTheDecisionFromTheReasonField() {
    LiveConsole* console = m_f.startReversalByKeyboard();
    QVERIFY(console);
    triggerErrorRate(console);
    DecisionDialog* dialog = openDecisionDialog();
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_H, Qt::AltModifier);
    // A mnemonic "animates" the click: the radio is checked a moment later.
    QTRY_VERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("holdRadio"))->isChecked());
    QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
    auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("decisionReasonEdit"));
    QCOMPARE(QApplication::focusWidget(), reason);
    QTest::keyClicks(reason, QStringLiteral("Canary holds at 5.2%"));
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);

    const QList<AuditRecord> decisions = ofKind(EventKind::DecisionRecorded);
    QCOMPARE(decisions.size(), 1);
    const QJsonObject payload = QJsonDocument::fromJson(decisions.first().payload.toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("decision")).toString(), QStringLiteral("hold"));
    QCOMPARE(payload.value(QStringLiteral("reason")).toString(), QStringLiteral("Canary holds at 5.2%"));
    QTRY_VERIFY(!m_f.window->findChild<DecisionDialog*>(QStringLiteral("decisionDialog")));
}

void TestKeyboard::aDialogErrorGoesOnceFixed() {
    // Start: blank fields are refused; the complaint goes when they are filled.
    QTest::keyClick(m_f.window.get(), Qt::Key_N, Qt::ControlModifier);
    auto* start = m_f.window->findChild<StartReversalDialog*>(QStringLiteral("startReversalDialog"));
    QVERIFY(start && test::ConsoleWindowFixture::activate(start));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto* startProblem = start->findChild<QLabel*>(QStringLiteral("startProblemLabel"));
    QVERIFY(startProblem->isVisible());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Roll back v2.14"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("checkout"));
    QVERIFY(!startProblem->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(test::ConsoleWindowFixture::activate(m_f.window.get()));

    // Decide: holding without a reason is refused; the complaint goes once a reason is typed.
    LiveConsole* console = m_f.window->liveConsole();
    QVERIFY(console);
    triggerErrorRate(console);
    DecisionDialog* dialog = openDecisionDialog();
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_H, Qt::AltModifier);
    QTRY_VERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("holdRadio"))->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("decisionProblemLabel"));
    QVERIFY(problem->isVisible());
    QVERIFY(ofKind(EventKind::DecisionRecorded).isEmpty());
    QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Waiting for the canary"));
    QVERIFY(!problem->isVisible());
    dialog->reject();
}

void TestKeyboard::nothingOffersToActAfterClose() {
    LiveConsole* console = m_f.startReversalByKeyboard();
    QVERIFY(console);
    QTest::keyClick(m_f.window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = m_f.window->findChild<CloseReversalDialog*>(QStringLiteral("closeReversalDialog"));
    QVERIFY(dialog && test::ConsoleWindowFixture::activate(dialog));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Rolled back; all quiet"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(ofKind(EventKind::ReversalClosed).size(), 1);

    for (const char* name : {"acknowledgeButton", "decideButton", "importObservationsButton", "changeOperatorButton",
                             "closeReversalButton"}) {
        auto* button = console->findChild<QPushButton*>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->isEnabled(), name);
    }
    for (QWidget* field : console->findChild<QWidget*>(QStringLiteral("observationPanel"))->findChildren<QWidget*>())
        if (field->focusPolicy() != Qt::NoFocus)
            QVERIFY2(!field->isEnabled(), qPrintable(field->objectName()));
    for (const char* name : {"acknowledgeAction", "decideAction", "importObservationsAction", "changeOperatorAction",
                             "closeReversalAction"})
        QVERIFY2(!m_f.window->findChild<QAction*>(QLatin1String(name))->isEnabled(), name);
    // What is left to do is start the next one.
    QVERIFY(m_f.window->findChild<QAction*>(QStringLiteral("startReversalAction"))->isEnabled());
}

void TestKeyboard::helpKeyboardListsEveryShortcut() {
    QVERIFY(m_f.startReversalByKeyboard());
    QTest::keyClick(m_f.window.get(), Qt::Key_F1);
    auto* dialog = m_f.window->findChild<QDialog*>(QStringLiteral("keyboardHelpDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString text = dialog->findChild<QTextBrowser*>(QStringLiteral("keyboardHelpText"))->toPlainText();
    // The map is built from the window's own actions, so it cannot drift from what the keys do.
    for (QAction* action : m_f.window->findChildren<QAction*>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(text.contains(key), qPrintable(key + QStringLiteral(" for ") + action->text()));
    }
    for (const QString& also :
         {QStringLiteral("Ctrl+Return"), QStringLiteral("Tab"), QStringLiteral("Alt+1"), QStringLiteral("Space")})
        QVERIFY2(text.contains(also), qPrintable(also));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_f.window->findChild<QDialog*>(QStringLiteral("keyboardHelpDialog")));
}

QTEST_MAIN(TestKeyboard)
#include "TestKeyboard.moc"
