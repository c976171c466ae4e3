// The Human impact tab with the keyboard alone (issue 10, "Human impact"): answer a prompt (a
// refused answer first), record one as unknown with its reason, see the close refused while a
// required prompt is unanswered, go to it from the close dialog, answer it, and close. Real widgets,
// a real SQLite log; the kit is the baseline with the example overlay that makes prompts required.

#include "CloseReversalDialog.h"
#include "ConsoleWindowFixture.h"
#include "ImpactAnswerDialog.h"
#include "ImpactPanel.h"
#include "IncidentEvents.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

using namespace turnback;

class TestImpactUi : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_f.close(); }
    void answerUnknownAndCloseByKeyboard();
    void tabShowsThePromptsByStageBeforeAReversal();

private:
    QList<AuditRecord> ofKind(const QString& kind) const { return m_f.log->recordsOfKind(kind); }
    QTreeWidget* tree() const { return m_f.window->findChild<QTreeWidget*>(QStringLiteral("impactTree")); }
    /// Alt+M (the tab's letter), then Tab until the list of prompts has the focus.
    bool goToImpactTab();
    /// Down (or Up) in the list until the prompt `id` is current.
    bool moveTo(const QString& id);
    QString currentPrompt() const;
    /// Return on the current prompt opens the answer dialog; waits for it.
    ImpactAnswerDialog* openAnswerDialog(int key = Qt::Key_Return);
    CloseReversalDialog* openCloseDialog();
    /// After a dialog closes, the main window is the active one again (a window manager's job).
    bool backToWindow() {
        m_f.window->activateWindow();
        return test::ConsoleWindowFixture::activate(m_f.window.get());
    }

    test::ConsoleWindowFixture m_f;
};

void TestImpactUi::init() {
    QVERIFY(m_f.open({QStringLiteral(":/kits/examples/impact-required.overlay.yaml")}));
}

bool TestImpactUi::goToImpactTab() {
    QTest::keyClick(m_f.window.get(), Qt::Key_M, Qt::AltModifier);
    auto* tabs = m_f.window->findChild<QTabWidget*>(QStringLiteral("kitTabs"));
    if (!QTest::qWaitFor([&] { return tabs->currentWidget()->objectName() == QLatin1String("impactPanel"); }))
        return false;
    for (int i = 0; i < 12 && QApplication::focusWidget() != tree(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    return QApplication::focusWidget() == tree();
}

QString TestImpactUi::currentPrompt() const {
    const QTreeWidgetItem* item = tree()->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

bool TestImpactUi::moveTo(const QString& id) {
    for (int key : {Qt::Key_Down, Qt::Key_Up})
        for (int i = 0; i < 15 && currentPrompt() != id; ++i)
            QTest::keyClick(tree(), Qt::Key(key));
    return currentPrompt() == id;
}

ImpactAnswerDialog* TestImpactUi::openAnswerDialog(int key) {
    if (key == Qt::Key_Q)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Q, Qt::AltModifier);
    else
        QTest::keyClick(tree(), Qt::Key(key));
    ImpactAnswerDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = m_f.window->findChild<ImpactAnswerDialog*>(QStringLiteral("impactAnswerDialog"));
            return dialog && dialog->isVisible();
        }))
        return nullptr;
    return test::ConsoleWindowFixture::activate(dialog) ? dialog : nullptr;
}

CloseReversalDialog* TestImpactUi::openCloseDialog() {
    QTest::keyClick(m_f.window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    CloseReversalDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = m_f.window->findChild<CloseReversalDialog*>(QStringLiteral("closeReversalDialog"));
            return dialog && dialog->isVisible();
        }))
        return nullptr;
    return test::ConsoleWindowFixture::activate(dialog) ? dialog : nullptr;
}

void TestImpactUi::answerUnknownAndCloseByKeyboard() {
    QVERIFY(m_f.startReversalByKeyboard());
    QVERIFY(goToImpactTab());

    // A number prompt: a word is refused under the field and nothing is recorded; a number is.
    QVERIFY(moveTo(QStringLiteral("users-affected")));
    ImpactAnswerDialog* dialog = openAnswerDialog();
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("impactAnswerEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("lots"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("impactProblemLabel"));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QStringLiteral("must be a number")));
    QVERIFY(ofKind(EventKind::ImpactAnswered).isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("340"));
    QVERIFY(!problem->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!m_f.window->findChild<ImpactAnswerDialog*>(QStringLiteral("impactAnswerDialog")));
    QVERIFY(backToWindow());
    QCOMPARE(ofKind(EventKind::ImpactAnswered).size(), 1);
    QCOMPARE(ofKind(EventKind::ImpactAnswered).first().target, QStringLiteral("users-affected"));
    // The tab shows the answer that stands, who gave it and when; the cursor stays on the prompt.
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(tree()));
    QCOMPARE(currentPrompt(), QStringLiteral("users-affected"));
    QCOMPARE(tree()->currentItem()->text(1), QStringLiteral("340"));
    QVERIFY(tree()->currentItem()->text(2).startsWith(QStringLiteral("ada")));
    QVERIFY(!tree()->currentItem()->text(3).isEmpty());

    // "Unknown..." asks for the reason; Alt+Q is the tab's own way to the dialog.
    QVERIFY(moveTo(QStringLiteral("partners-actions")));
    dialog = openAnswerDialog(Qt::Key_Q);
    QVERIFY(dialog);
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("impactReasonEdit"));
    QVERIFY(!reason->isVisible());
    QTest::keyClick(dialog, Qt::Key_U, Qt::AltModifier);
    QTRY_VERIFY(reason->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(reason));
    QTest::keyClick(reason, Qt::Key_Return); // no reason yet: refused
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("impactProblemLabel"))->isVisible());
    QCOMPARE(ofKind(EventKind::ImpactAnswered).size(), 1);
    QTest::keyClicks(reason, QStringLiteral("Ledger team not reached yet"));
    QTest::keyClick(reason, Qt::Key_Return);
    QTRY_VERIFY(!m_f.window->findChild<ImpactAnswerDialog*>(QStringLiteral("impactAnswerDialog")));
    QVERIFY(backToWindow());
    const QList<AuditRecord> answers = ofKind(EventKind::ImpactAnswered);
    QCOMPARE(answers.size(), 2);
    const QJsonObject unknown = QJsonDocument::fromJson(answers.last().payload.toUtf8()).object();
    QCOMPARE(unknown.value(QStringLiteral("unknown")).toBool(), true);
    QCOMPARE(unknown.value(QStringLiteral("reason")).toString(), QStringLiteral("Ledger team not reached yet"));
    QVERIFY(tree()->currentItem()->text(1).contains(QStringLiteral("Ledger team not reached yet")));

    // Closing is refused while "operators-relief" (required) is unanswered; the dialog says so.
    CloseReversalDialog* close = openCloseDialog();
    QVERIFY(close);
    QVERIFY(close->findChild<QWidget*>(QStringLiteral("closeImpactBlockers"))->isVisible());
    QVERIFY(close->findChild<QLabel*>(QStringLiteral("closeImpactLabel"))
                ->text()
                .contains(QStringLiteral("relieved or handed over")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Rolled back"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto* closeProblem = close->findChild<QLabel*>(QStringLiteral("closeProblemLabel"));
    QVERIFY(closeProblem->isVisible());
    QVERIFY2(closeProblem->text().contains(QStringLiteral("operators-relief")), qPrintable(closeProblem->text()));
    QVERIFY(ofKind(EventKind::ReversalClosed).isEmpty());

    // Alt+G leaves the dialog for the prompt that blocks it.
    QTest::keyClick(close, Qt::Key_G, Qt::AltModifier);
    QTRY_VERIFY(!m_f.window->findChild<CloseReversalDialog*>(QStringLiteral("closeReversalDialog")));
    QVERIFY(backToWindow());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(tree()));
    QCOMPARE(currentPrompt(), QStringLiteral("operators-relief"));
    dialog = openAnswerDialog();
    QVERIFY(dialog);
    auto* choice = dialog->findChild<QComboBox*>(QStringLiteral("impactChoiceBox"));
    QVERIFY(choice);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(choice));
    QTest::keyClick(choice, Qt::Key_Down);
    QCOMPARE(choice->currentText(), QStringLiteral("still on shift"));
    QTest::keyClick(choice, Qt::Key_Return);
    QTRY_VERIFY(!m_f.window->findChild<ImpactAnswerDialog*>(QStringLiteral("impactAnswerDialog")));
    QVERIFY(backToWindow());
    QCOMPARE(ofKind(EventKind::ImpactAnswered).size(), 3);

    // Now it closes, and the record names the answers' state.
    close = openCloseDialog();
    QVERIFY(close);
    QVERIFY(!close->findChild<QWidget*>(QStringLiteral("closeImpactBlockers"))->isVisible());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Rolled back"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(ofKind(EventKind::ReversalClosed).size(), 1);
    const QJsonObject closed =
        QJsonDocument::fromJson(ofKind(EventKind::ReversalClosed).first().payload.toUtf8()).object();
    QCOMPARE(closed.value(QStringLiteral("impact_answered")).toInt(), 2);
    QCOMPARE(closed.value(QStringLiteral("impact_unknown")).toInt(), 1);
    QCOMPARE(closed.value(QStringLiteral("impact_unanswered")).toInt(), 4);
    // A closed reversal offers nothing to record.
    QTRY_VERIFY(!m_f.window->findChild<QPushButton*>(QStringLiteral("impactAnswerButton"))->isEnabled());
}

void TestImpactUi::tabShowsThePromptsByStageBeforeAReversal() {
    QVERIFY(goToImpactTab());
    QStringList stages;
    for (int i = 0; i < tree()->topLevelItemCount(); ++i)
        stages << tree()->topLevelItem(i)->text(0);
    QCOMPARE(stages, (QStringList{QStringLiteral("Before release"), QStringLiteral("During the rollback"),
                                  QStringLiteral("After the reversal")}));
    QCOMPARE(tree()->topLevelItem(2)->childCount(), 3);
    QVERIFY(tree()->topLevelItem(2)->child(1)->text(0).startsWith(QStringLiteral("REQUIRED · ")));
    // With no reversal there is nothing to answer: the button is off and Return opens nothing.
    QVERIFY(!m_f.window->findChild<QPushButton*>(QStringLiteral("impactAnswerButton"))->isEnabled());
    QVERIFY(moveTo(QStringLiteral("users-affected")));
    QTest::keyClick(tree(), Qt::Key_Return);
    QTest::qWait(50);
    QVERIFY(!m_f.window->findChild<ImpactAnswerDialog*>());
}

QTEST_MAIN(TestImpactUi)
#include "TestImpactUi.moc"
