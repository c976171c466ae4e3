// The Stages tab with the keyboard alone (issue 12, "The three moments"): a gate not met refused
// without a reason, then recorded; a no-go standing out beside the level, then a go with unmet gates
// refused without a reason and recorded with one; the rollback window opened (asked first, default
// No) with its countdown beside the level; a step done, another running OVERDUE in NEXT; the window
// closed early (refused without a reason); the harm recorded and the relaunch decided; and the close
// dialog naming the unfinished recovery. Real widgets, a real SQLite log, a simulated clock.

#include "CloseReversalDialog.h"
#include "CommsWizard.h"
#include "ConsoleWindowFixture.h"
#include "DataWizard.h"
#include "IncidentEvents.h"
#include "MessageBoxes.h"
#include "OwedItems.h"
#include "ReversalSession.h"
#include "StageActDialog.h"
#include "StagesPanel.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace turnback;

class TestStagesUi : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_f.open()); }
    void cleanup() {
        MessageBoxes::clearNextAnswer();
        m_f.close();
    }
    void walkTheThreeStagesByKeyboard();
    void withoutAReversalTheKitTextIsShown();

private:
    QList<AuditRecord> ofKind(const QString& kind) const { return m_f.log->recordsOfKind(kind); }
    QJsonObject lastPayload(const QString& kind) const {
        return QJsonDocument::fromJson(ofKind(kind).last().payload.toUtf8()).object();
    }
    QTreeWidget* tree() const { return m_f.window->findChild<QTreeWidget*>(QStringLiteral("stagesTree")); }
    bool goToStagesTab();
    /// Down (or Up) in the tree until the row of `stage` / `item` is current.
    bool moveTo(const QString& stage, const QString& item);
    /// Space on the current row opens its act; waits for the dialog.
    StageActDialog* openAct();
    QString rowText(const QString& stage, const QString& item, int column) const;
    bool backToWindow() {
        m_f.window->activateWindow();
        return test::ConsoleWindowFixture::activate(m_f.window.get());
    }
    void type(const QString& text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    void alt(Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key, Qt::AltModifier); }

    test::ConsoleWindowFixture m_f;
};

bool TestStagesUi::goToStagesTab() {
    QTest::keyClick(m_f.window.get(), Qt::Key_G, Qt::AltModifier);
    auto* tabs = m_f.window->findChild<QTabWidget*>(QStringLiteral("kitTabs"));
    if (!QTest::qWaitFor([&] { return tabs->currentWidget()->objectName() == QLatin1String("stagesPanel"); }))
        return false;
    for (int i = 0; i < 12 && QApplication::focusWidget() != tree(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    return QApplication::focusWidget() == tree();
}

bool TestStagesUi::moveTo(const QString& stage, const QString& item) {
    const auto at = [&] {
        const QTreeWidgetItem* row = tree()->currentItem();
        return row && row->data(0, Qt::UserRole + 1).toString() == stage &&
               row->data(0, Qt::UserRole + 2).toString() == item;
    };
    for (int key : {Qt::Key_Down, Qt::Key_Up})
        for (int i = 0; i < 40 && !at(); ++i)
            QTest::keyClick(tree(), Qt::Key(key));
    return at();
}

StageActDialog* TestStagesUi::openAct() {
    QTest::keyClick(tree(), Qt::Key_Space);
    StageActDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = m_f.window->findChild<StageActDialog*>(QStringLiteral("stageActDialog"));
            return dialog && dialog->isVisible();
        }))
        return nullptr;
    return test::ConsoleWindowFixture::activate(dialog) ? dialog : nullptr;
}

QString TestStagesUi::rowText(const QString& stage, const QString& item, int column) const {
    for (QTreeWidgetItemIterator it(tree()); *it; ++it)
        if ((*it)->data(0, Qt::UserRole + 1).toString() == stage && (*it)->data(0, Qt::UserRole + 2).toString() == item)
            return (*it)->text(column);
    return {};
}

void TestStagesUi::walkTheThreeStagesByKeyboard() {
    LiveConsole* console = m_f.startReversalByKeyboard();
    QVERIFY(console);
    QVERIFY(goToStagesTab());
    QVERIFY(!m_f.window->findChild<QWidget*>(QStringLiteral("stagesBrowser"))->isVisible());

    // ---- A gate: Return in the dialog cancels (the default), so a stray key records nothing.
    QVERIFY(moveTo(QStringLiteral("pre-release"), QStringLiteral("owners-named")));
    StageActDialog* dialog = openAct();
    QVERIFY(dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!m_f.window->findChild<StageActDialog*>(QStringLiteral("stageActDialog")));
    QVERIFY(ofKind(QStringLiteral("stage.item.recorded")).isEmpty());
    QVERIFY(backToWindow());

    // Not met without a reason: refused under the fields, on record; with one, recorded.
    dialog = openAct();
    QVERIFY(dialog);
    alt(Qt::Key_N);
    alt(Qt::Key_R);
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("stageActProblem"));
    QTRY_VERIFY(problem->isVisible()); // a mnemonic clicks a button after a short animation
    QVERIFY(problem->text().contains(QStringLiteral("reason")));
    QCOMPARE(lastPayload(EventKind::ActRefused).value(QStringLiteral("act")).toString(), QStringLiteral("stage-item"));
    QVERIFY(ofKind(QStringLiteral("stage.item.recorded")).isEmpty());
    alt(Qt::Key_E);
    type(QStringLiteral("The comms lead has not confirmed"));
    alt(Qt::Key_R);
    QTRY_VERIFY(!m_f.window->findChild<StageActDialog*>(QStringLiteral("stageActDialog")));
    QCOMPARE(lastPayload(QStringLiteral("stage.item.recorded")).value(QStringLiteral("outcome")).toString(),
             QStringLiteral("not-met"));
    QVERIFY(backToWindow());
    QTRY_VERIFY(rowText(QStringLiteral("pre-release"), QStringLiteral("owners-named"), 2)
                    .startsWith(QStringLiteral("NOT MET")));

    // ---- No-go first: it stands out beside the level.
    QVERIFY(moveTo(QStringLiteral("pre-release"), QStringLiteral("go-no-go")));
    dialog = openAct();
    QVERIFY(dialog);
    alt(Qt::Key_R); // No-go is the choice already made
    QTRY_VERIFY(!m_f.window->findChild<StageActDialog*>(QStringLiteral("stageActDialog")));
    QCOMPARE(lastPayload(QStringLiteral("stage.gate.decided")).value(QStringLiteral("decision")).toString(),
             QStringLiteral("no-go"));
    console->refreshNow();
    QVERIFY2(console->stageBannerText().contains(QStringLiteral("NO-GO")), qPrintable(console->stageBannerText()));
    QVERIFY(m_f.window->findChild<QLabel*>(QStringLiteral("noGoBanner"))->isVisibleTo(console));
    QVERIFY(backToWindow());
    // A go with every gate unmet: refused without a reason, naming them; recorded with one.
    dialog = openAct();
    QVERIFY(dialog);
    alt(Qt::Key_G);
    alt(Qt::Key_R);
    QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("stageActProblem"))
                    ->text()
                    .contains(QStringLiteral("rollback-tested")));
    QCOMPARE(lastPayload(EventKind::ActRefused).value(QStringLiteral("act")).toString(), QStringLiteral("gate"));
    alt(Qt::Key_E);
    type(QStringLiteral("Canary only; the board accepted the risk"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_f.window->findChild<StageActDialog*>(QStringLiteral("stageActDialog")));
    QCOMPARE(lastPayload(QStringLiteral("stage.gate.decided")).value(QStringLiteral("unmet")).toArray().size(), 5);
    console->refreshNow();
    QVERIFY(!console->stageBannerText().contains(QStringLiteral("NO-GO")));
    QVERIFY(backToWindow());

    // ---- The window: asked first (default No: a No opens nothing), then opened.
    QVERIFY(moveTo(QStringLiteral("live-rollback"), QStringLiteral("window")));
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::keyClick(tree(), Qt::Key_Space);
    QVERIFY(ofKind(QStringLiteral("stage.window.opened")).isEmpty());
    QVERIFY(MessageBoxes::lastAnsweredText().contains(QStringLiteral("2 hr")));
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(tree(), Qt::Key_Space);
    QCOMPARE(ofKind(QStringLiteral("stage.window.opened")).size(), 1);
    console->refreshNow();
    QVERIFY2(console->stageBannerText().startsWith(QStringLiteral("ROLLBACK WINDOW OPEN 1:59:59")) ||
                 console->stageBannerText().startsWith(QStringLiteral("ROLLBACK WINDOW OPEN 2:00:00")),
             qPrintable(console->stageBannerText()));

    // A step done (for its owner, so with a reason), by keyboard.
    QVERIFY(moveTo(QStringLiteral("live-rollback"), QStringLiteral("pause-traffic")));
    dialog = openAct();
    QVERIFY(dialog);
    alt(Qt::Key_E);
    type(QStringLiteral("Priya is on the bridge; I flipped the flag"));
    alt(Qt::Key_R);
    QTRY_VERIFY(!m_f.window->findChild<StageActDialog*>(QStringLiteral("stageActDialog")));
    QCOMPARE(lastPayload(QStringLiteral("stage.item.recorded")).value(QStringLiteral("on_behalf_of")).toString(),
             QStringLiteral("engineering-lead"));
    QVERIFY(backToWindow());
    // P opens the step's data procedure, C its comms: the wizards its links name.
    QVERIFY(moveTo(QStringLiteral("live-rollback"), QStringLiteral("preserve-evidence")));
    QTest::keyClick(tree(), Qt::Key_P);
    DataWizard* data = nullptr;
    QTRY_VERIFY((data = m_f.window->findChild<DataWizard*>()) && data->isVisible());
    data->reject();
    QVERIFY(backToWindow());
    QVERIFY(moveTo(QStringLiteral("live-rollback"), QStringLiteral("notify-stakeholders")));
    QTest::keyClick(tree(), Qt::Key_C);
    CommsWizard* comms = nullptr;
    QTRY_VERIFY((comms = m_f.window->findChild<CommsWizard*>()) && comms->isVisible());
    comms->reject();
    QVERIFY(backToWindow());
    QVERIFY(goToStagesTab());
    // 31 minutes on: preserve-evidence (30 min) is OVERDUE in its row and in NEXT.
    m_f.clock->advance(Milliseconds(31 * 60'000));
    console->refreshNow();
    QTRY_VERIFY(rowText(QStringLiteral("live-rollback"), QStringLiteral("preserve-evidence"), 3)
                    .startsWith(QStringLiteral("OVERDUE")));
    QVERIFY(rowText(QStringLiteral("live-rollback"), QStringLiteral("preserve-evidence"), 4)
                .contains(QStringLiteral("not begun")));
    // NEXT's list holds it, OVERDUE (the comms updates overdue at a higher level come first).
    bool owedOverdue = false;
    for (const OwedItem& owed :
         owedItems(m_f.window->session()->incident(), m_f.clock->utcNow(), &m_f.window->session()->kit()))
        owedOverdue |=
            owed.kind == OwedKind::StageItem && owed.stageItem == QStringLiteral("preserve-evidence") && owed.overdue;
    QVERIFY(owedOverdue);
    QVERIFY(rowText(QStringLiteral("live-rollback"), QString(), 0).contains(QStringLiteral("OVERDUE")));

    // Closing early: refused without a reason, then closed with one.
    QVERIFY(moveTo(QStringLiteral("live-rollback"), QStringLiteral("window")));
    dialog = openAct();
    QVERIFY(dialog);
    alt(Qt::Key_R);
    QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("stageActProblem"))->isVisible());
    QCOMPARE(lastPayload(EventKind::ActRefused).value(QStringLiteral("act")).toString(),
             QStringLiteral("close-window"));
    type(QStringLiteral("Rolled back; nothing left for the window"));
    alt(Qt::Key_R);
    QTRY_VERIFY(!m_f.window->findChild<StageActDialog*>(QStringLiteral("stageActDialog")));
    QVERIFY(lastPayload(QStringLiteral("stage.window.closed")).value(QStringLiteral("early")).toBool());
    QVERIFY(backToWindow());

    // ---- Recovery: the harm, then the relaunch decision.
    QVERIFY(moveTo(QStringLiteral("post-reversal"), QStringLiteral("harm")));
    dialog = openAct();
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("harmAffectedEdit"));
    alt(Qt::Key_H);
    type(QStringLiteral("about 1,200"));
    alt(Qt::Key_R);
    QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("stageActProblem"))->text().contains(QStringLiteral("who")));
    alt(Qt::Key_W);
    type(QStringLiteral("EU checkout customers"));
    alt(Qt::Key_R);
    QTRY_VERIFY(!m_f.window->findChild<StageActDialog*>(QStringLiteral("stageActDialog")));
    QCOMPARE(lastPayload(QStringLiteral("stage.harm.recorded")).value(QStringLiteral("count")).toString(),
             QStringLiteral("about 1,200"));
    QVERIFY(backToWindow());
    QVERIFY(moveTo(QStringLiteral("post-reversal"), QStringLiteral("relaunch")));
    dialog = openAct();
    QVERIFY(dialog);
    alt(Qt::Key_1);
    QTRY_VERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("criterion_cause-understood"))->isChecked());
    alt(Qt::Key_R); // "Do not relaunch" is the choice already made
    QTRY_VERIFY(!m_f.window->findChild<StageActDialog*>(QStringLiteral("stageActDialog")));
    const QJsonObject relaunch = lastPayload(QStringLiteral("stage.relaunch.decided"));
    QCOMPARE(relaunch.value(QStringLiteral("decision")).toString(), QStringLiteral("no-relaunch"));
    QCOMPARE(
        relaunch.value(QStringLiteral("criteria")).toArray().first().toObject().value(QStringLiteral("met")).toBool(),
        true);
    QVERIFY(backToWindow());

    // ---- The close dialog names the unfinished recovery; closing needs a reason for it.
    QTest::keyClick(m_f.window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    CloseReversalDialog* close = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        close = m_f.window->findChild<CloseReversalDialog*>(QStringLiteral("closeReversalDialog"));
        return close && close->isVisible();
    }));
    QVERIFY(test::ConsoleWindowFixture::activate(close));
    auto* note = close->findChild<QLabel*>(QStringLiteral("closeRecoveryLabel"));
    QVERIFY(note && note->isVisibleTo(close));
    QVERIFY(note->text().contains(QStringLiteral("restore-trust")));
    QVERIFY(!note->text().contains(QStringLiteral("relaunch decision"))); // it was decided
    alt(Qt::Key_S);
    type(QStringLiteral("Rolled back in the window"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(
        close->findChild<QLabel*>(QStringLiteral("closeProblemLabel"))->text().contains(QStringLiteral("unfinished")));
    QVERIFY(ofKind(EventKind::ReversalClosed).isEmpty());
    alt(Qt::Key_W);
    type(QStringLiteral("Recovery continues in OPS-7"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(ofKind(EventKind::ReversalClosed).size(), 1);
    QCOMPARE(lastPayload(QStringLiteral("stage.left-open")).value(QStringLiteral("reason")).toString(),
             QStringLiteral("Recovery continues in OPS-7"));
}

void TestStagesUi::withoutAReversalTheKitTextIsShown() {
    auto* tabs = m_f.window->findChild<QTabWidget*>(QStringLiteral("kitTabs"));
    auto* panel = m_f.window->findChild<StagesPanel*>(QStringLiteral("stagesPanel"));
    tabs->setCurrentWidget(panel);
    auto* browser = panel->browser();
    QTRY_VERIFY(browser->toPlainText().contains(QStringLiteral("Relaunch criteria")));
    QVERIFY(!browser->toPlainText().contains(QChar(0x2610))); // no ☐ that looks tickable
    QVERIFY(!panel->findChild<QTreeWidget*>(QStringLiteral("stagesTree"))->isVisibleTo(panel));
}

QTEST_MAIN(TestStagesUi)
#include "TestStagesUi.moc"
