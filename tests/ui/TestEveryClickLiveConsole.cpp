#include "EveryClickWalk.h"

#include "IncidentEvents.h"
#include "LiveConsole.h"
#include "MessageBoxes.h"
#include "ReversalSession.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <cmath>

using namespace std::chrono_literals;
using namespace turnback;
using namespace turnback::test;

/// Every click (EveryClickWalk.h) in a reversal, started by clicks: the start dialog, the live console with every
/// signal triggered and its dialogs (decision, hand-over, import problems), the evidence picker, then the close.
class TestEveryClickLiveConsole : public EveryClickWalk {
    Q_OBJECT
private slots:
    void startReversalDialog() { startReversalByClicks(); }
    void liveConsoleWithEverySignalTriggered();
    void decisionDialog();
    void handOverDialog();
    void evidencePickerDialog();
    void closeReversalDialog();
};

void TestEveryClickLiveConsole::liveConsoleWithEverySignalTriggered() {
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

void TestEveryClickLiveConsole::decisionDialog() {
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

void TestEveryClickLiveConsole::handOverDialog() {
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

void TestEveryClickLiveConsole::evidencePickerDialog() {
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

void TestEveryClickLiveConsole::closeReversalDialog() {
    QPointer<QWidget> dialog;
    openDialogWith(QStringLiteral("closeReversalAction"), QStringLiteral("closeReversalDialog"), &dialog);
    if (QTest::currentTestFailed())
        return;
    exercise(dialog, Finish::Accept);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_window->session()->incident().isClosed());
}

QTEST_MAIN(TestEveryClickLiveConsole)
#include "TestEveryClickLiveConsole.moc"
