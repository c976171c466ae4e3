// Issue 8, driven from the keyboard only (QTest key events on the real widgets): a de-escalation on one
// item cannot lower the incident below what another item still calls for, Ctrl+D decides the item the
// dialog names (NEXT's, preselected) and offers that item's level, and NEXT, the close dialog and the
// close record agree on what is still owed.

#include "AuditLog.h"
#include "Clock.h"
#include "CloseReversalDialog.h"
#include "DecisionDialog.h"
#include "IncidentEvents.h"
#include "LiveConsole.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "ReversalSession.h"
#include "StartReversalDialog.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using namespace turnback;

class TestDecisionRule : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void deEscalationBelowAnotherOpenItemIsRefusedAndRecorded();
    void decisionDialogDecidesTheItemItNames();
    void nextIsOverdueFirstThenHigherLevelThenEarlierDeadline();

private:
    LiveConsole* startReversal();
    void press(QWidget* widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void occur(const QString& signal, int times = 1);
    DecisionDialog* openDecisionDialog();
    /// Presses "Record decision" and waits for the dialog to close (it must accept).
    void record(DecisionDialog* dialog);
    QList<AuditRecord> ofKind(const QString& kind) const { return m_log->recordsOfKind(kind); }
    static QJsonObject payloadOf(const AuditRecord& record) {
        return QJsonDocument::fromJson(record.payload.toUtf8()).object();
    }

    std::unique_ptr<test::ScratchDir> m_scratch;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<MainWindow> m_window;
};

void TestDecisionRule::init() {
    m_scratch = std::make_unique<test::ScratchDir>();
    m_clock = std::make_unique<SimulatedClock>(QDateTime::currentDateTimeUtc());
    m_log = std::make_unique<AuditLog>(*m_clock);
    QVERIFY(m_log->open(m_scratch->file(QStringLiteral("audit.sqlite"))));
    m_window = std::make_unique<MainWindow>(*m_log, *m_clock, QStringLiteral("ada"));
    QVERIFY(m_window->openKit(QStringLiteral(":/kits/baseline.yaml")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDecisionRule::cleanup() {
    m_window.reset();
    m_log.reset();
    m_clock.reset();
    m_scratch.reset();
}

void TestDecisionRule::press(QWidget* widget, Qt::Key key, Qt::KeyboardModifiers modifiers) {
    QVERIFY(widget);
    QTest::keyClick(widget, key, modifiers);
}

LiveConsole* TestDecisionRule::startReversal() {
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    StartReversalDialog* dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_window->findChild<StartReversalDialog*>(QStringLiteral("startReversalDialog")))); }();
    if (!dialog)
        return nullptr;
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reversalTitleEdit")),
                     QStringLiteral("Roll back v2.14"));
    auto* service = dialog->findChild<QLineEdit*>(QStringLiteral("reversalServiceEdit"));
    QTest::keyClicks(service, QStringLiteral("checkout"));
    QTest::keyClick(service, Qt::Key_Return);
    return m_window->liveConsole();
}

void TestDecisionRule::occur(const QString& signal, int times) {
    auto* button = m_window->liveConsole()->findChild<QPushButton*>(QStringLiteral("observeOccurred-") + signal);
    QVERIFY(button);
    for (int i = 0; i < times; ++i) {
        // An occurrence that raises the level asks first (default No): this operator means it.
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(button, Qt::Key_Space);
        MessageBoxes::clearNextAnswer();
    }
}

DecisionDialog* TestDecisionRule::openDecisionDialog() {
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    // A dialog closed before may still wait for its deferred delete: take the one on screen.
    const auto shown = [this]() -> DecisionDialog* {
        for (DecisionDialog* d :
             m_window->liveConsole()->findChildren<DecisionDialog*>(QStringLiteral("decisionDialog")))
            if (d->isVisible())
                return d;
        return nullptr;
    };
    DecisionDialog* dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = shown())); }();
    return dialog;
}

void TestDecisionRule::record(DecisionDialog* dialog) {
    QPointer<DecisionDialog> closing(dialog);
    press(dialog->findChild<QPushButton*>(QStringLiteral("recordDecisionButton")), Qt::Key_Space);
    QTRY_VERIFY2(!closing || !closing->isVisible(),
                 qPrintable(dialog->findChild<QLabel*>(QStringLiteral("decisionProblemLabel"))->text()));
}

void TestDecisionRule::deEscalationBelowAnotherOpenItemIsRefusedAndRecorded() {
    LiveConsole* console = startReversal();
    QVERIFY(console);
    occur(QStringLiteral("p1-count"), 4); // Stop
    occur(QStringLiteral("data-loss"));   // Reverse, due at once: overdue and undecided
    QVERIFY(console->levelBannerText().contains(QStringLiteral("REVERSE (ROLL BACK)")));

    DecisionDialog* dialog = openDecisionDialog();
    QVERIFY(dialog);
    auto* item = dialog->findChild<QComboBox*>(QStringLiteral("decisionItemCombo"));
    QVERIFY(item);
    QCOMPARE(item->count(), 2);
    // Move to P1 count and de-escalate it to Normal.
    press(item, Qt::Key_Down);
    QVERIFY(item->currentText().contains(QStringLiteral("P1 count")));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("decisionSubjectLabel"))
                ->text()
                .contains(QStringLiteral("P1 count")));
    press(dialog->findChild<QRadioButton*>(QStringLiteral("deEscalateRadio")), Qt::Key_Space);
    auto* to = dialog->findChild<QComboBox*>(QStringLiteral("deEscalateLevelCombo"));
    QCOMPARE(to->currentData().toInt(), int(Level::Normal));
    auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("decisionReasonEdit"));
    QTest::keyClicks(reason, QStringLiteral("P1s were one duplicate ticket"));
    press(dialog->findChild<QPushButton*>(QStringLiteral("recordDecisionButton")), Qt::Key_Space);

    // Refused, in plain words naming the item that still calls for Reverse; nothing lowered.
    QVERIFY(dialog->isVisible());
    const QString problem = dialog->findChild<QLabel*>(QStringLiteral("decisionProblemLabel"))->text();
    QVERIFY2(problem.contains(QStringLiteral("User-facing data loss")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("Reverse")), qPrintable(problem));
    QVERIFY(ofKind(EventKind::DecisionRecorded).isEmpty());
    QVERIFY(console->levelBannerText().contains(QStringLiteral("REVERSE (ROLL BACK)")));
    QCOMPARE(m_window->session()->incident().level(), Level::Reverse);

    // The refusal is on record with its reason, not only as a click.
    const QList<AuditRecord> refused = ofKind(EventKind::DecisionRefused);
    QCOMPARE(refused.size(), 1);
    const QJsonObject why = payloadOf(refused.first());
    QCOMPARE(why.value(QStringLiteral("signal")).toString(), QStringLiteral("p1-count"));
    QCOMPARE(why.value(QStringLiteral("decision")).toString(), QStringLiteral("de-escalate"));
    QCOMPARE(why.value(QStringLiteral("level")).toString(), QStringLiteral("normal"));
    QCOMPARE(why.value(QStringLiteral("refusal")).toString(), QStringLiteral("below-another-item"));
    QCOMPARE(why.value(QStringLiteral("blocking_signal")).toString(), QStringLiteral("data-loss"));
    QCOMPARE(why.value(QStringLiteral("blocking_level")).toString(), QStringLiteral("reverse"));
    QCOMPARE(why.value(QStringLiteral("reason")).toString(), QStringLiteral("P1s were one duplicate ticket"));

    // Every rise was its own recorded change with its cause.
    const QList<AuditRecord> changes = ofKind(EventKind::LevelChanged);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(payloadOf(changes.last()).value(QStringLiteral("cause")).toString(), QStringLiteral("trigger"));
    QCOMPARE(payloadOf(changes.last()).value(QStringLiteral("to")).toString(), QStringLiteral("reverse"));
}

void TestDecisionRule::decisionDialogDecidesTheItemItNames() {
    LiveConsole* console = startReversal();
    QVERIFY(console);
    occur(QStringLiteral("p1-count"), 4);
    occur(QStringLiteral("data-loss"));
    // The operator's cursor sits on the P1 count row of the rubric.
    auto* table = console->findChild<QTableView*>(QStringLiteral("liveRubricTable"));
    press(table, Qt::Key_Down);
    press(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);

    // Ctrl+D names what NEXT names (the overdue data loss), not the selected row.
    QVERIFY2(console->nextOwedText().contains(QStringLiteral("User-facing data loss")),
             qPrintable(console->nextOwedText()));
    DecisionDialog* dialog = openDecisionDialog();
    QVERIFY(dialog);
    auto* item = dialog->findChild<QComboBox*>(QStringLiteral("decisionItemCombo"));
    QVERIFY(item);
    QVERIFY(item->currentText().contains(QStringLiteral("User-facing data loss")));
    auto* carryOut = dialog->findChild<QRadioButton*>(QStringLiteral("carryOutRadio"));
    QCOMPARE(carryOut->text(), QStringLiteral("Carry &out: Reverse (roll back)"));
    QVERIFY(carryOut->isChecked());

    // Choosing P1 count offers exactly its level.
    press(item, Qt::Key_Down);
    QCOMPARE(carryOut->text(), QStringLiteral("Carry &out: Stop (halt deploy)"));
    auto* to = dialog->findChild<QComboBox*>(QStringLiteral("deEscalateLevelCombo"));
    QCOMPARE(to->count(), 2); // Normal and Slow: below what P1 count calls for
    press(item, Qt::Key_Up);
    QCOMPARE(carryOut->text(), QStringLiteral("Carry &out: Reverse (roll back)"));

    // Ada (incident commander) acts for the service owner: she says why, and it is recorded on data loss.
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("decisionReasonEdit")),
                     QStringLiteral("Service owner on the bridge, agreed"));
    record(dialog);
    const QList<AuditRecord> decisions = ofKind(EventKind::DecisionRecorded);
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(payloadOf(decisions.first()).value(QStringLiteral("signal")).toString(), QStringLiteral("data-loss"));
    QCOMPARE(payloadOf(decisions.first()).value(QStringLiteral("level")).toString(), QStringLiteral("reverse"));

    // The one decision left is P1 count's: preselected, and carrying it out keeps the level at Reverse.
    dialog = openDecisionDialog();
    QVERIFY(dialog);
    item = dialog->findChild<QComboBox*>(QStringLiteral("decisionItemCombo"));
    QCOMPARE(item->count(), 1);
    QVERIFY(item->currentText().contains(QStringLiteral("P1 count")));
    record(dialog);
    QCOMPARE(ofKind(EventKind::DecisionRecorded).size(), 2);
    QCOMPARE(payloadOf(ofKind(EventKind::DecisionRecorded).last()).value(QStringLiteral("signal")).toString(),
             QStringLiteral("p1-count"));
    QVERIFY(console->levelBannerText().contains(QStringLiteral("REVERSE (ROLL BACK)")));
}

void TestDecisionRule::nextIsOverdueFirstThenHigherLevelThenEarlierDeadline() {
    LiveConsole* console = startReversal();
    QVERIFY(console);
    auto* value = console->findChild<QLineEdit*>(QStringLiteral("observeValue-error-rate"));
    QTest::keyClicks(value, QStringLiteral("9"));
    press(value, Qt::Key_Return);
    m_clock->advance(2min);
    console->refreshNow(); // error rate triggers: Slow, the engineering lead owes a decision in 5:00
    QCOMPARE(ofKind(EventKind::SignalTriggered).size(), 1);

    m_clock->advance(4min);
    occur(QStringLiteral("p1-count"), 4); // Stop, due in 2:00, after the error rate's deadline
    console->refreshNow();
    // Nothing overdue: the higher level comes first, though its deadline is later.
    QVERIFY2(console->nextOwedText().contains(QStringLiteral("P1 count")), qPrintable(console->nextOwedText()));

    m_clock->advance(61s);
    console->refreshNow();
    // The error rate is overdue now: it comes first.
    QVERIFY2(console->nextOwedText().contains(QStringLiteral("Error rate spike")), qPrintable(console->nextOwedText()));
    QVERIFY2(console->nextOwedText().contains(QStringLiteral("OVERDUE")), qPrintable(console->nextOwedText()));

    // Decide both (the dialog preselects what NEXT names each time).
    for (const QString& reason : {QStringLiteral("Eng lead unreachable"), QString()}) {
        DecisionDialog* dialog = openDecisionDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("decisionReasonEdit")), reason);
        record(dialog);
    }
    QCOMPARE(ofKind(EventKind::DecisionRecorded).size(), 2);

    // No decision is open, but five people are still to be told (and the kit's three comms updates
    // are still to send, and its five pre-release gates to sign off): that is what is owed next.
    console->refreshNow();
    const QString next = console->nextOwedText();
    QVERIFY2(!next.contains(QStringLiteral("nothing is owed")), qPrintable(next));
    QVERIFY2(next.contains(QStringLiteral("Tell ")), qPrintable(next));
    QVERIFY2(next.contains(QStringLiteral("Error rate spike")), qPrintable(next)); // overdue first
    QVERIFY2(next.contains(QStringLiteral("13 owed")), qPrintable(next));

    // The close dialog and the close record say the same.
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    CloseReversalDialog* close = nullptr;
    QTRY_VERIFY((close = console->findChild<CloseReversalDialog*>(QStringLiteral("closeReversalDialog"))));
    const QString warning = close->findChild<QLabel*>(QStringLiteral("closeWarningLabel"))->text();
    QVERIFY2(warning.contains(QStringLiteral("13 still owed")), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("3 comms update(s) not sent")), qPrintable(warning));
    auto* summary = close->findChild<QLineEdit*>(QStringLiteral("closeSummaryEdit"));
    QTest::keyClicks(summary, QStringLiteral("Rolled back; notifications to follow by phone"));
    press(summary, Qt::Key_Return);
    const QList<AuditRecord> closed = ofKind(EventKind::ReversalClosed);
    QCOMPARE(closed.size(), 1);
    QCOMPARE(payloadOf(closed.first()).value(QStringLiteral("open_obligations")).toInt(), 13);
    QCOMPARE(payloadOf(closed.first()).value(QStringLiteral("open_comms")).toInt(), 3);
    QCOMPARE(payloadOf(closed.first()).value(QStringLiteral("open_notifications")).toInt(), 5);
    QCOMPARE(payloadOf(closed.first()).value(QStringLiteral("open_decisions")).toInt(), 0);
}

QTEST_MAIN(TestDecisionRule)
#include "TestDecisionRule.moc"
