#include "EveryClickWalk.h"

#include "IncidentEvents.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QTest>
#include <QWizard>

using namespace std::chrono_literals;
using namespace turnback;
using namespace turnback::test;

/// Every click (EveryClickWalk.h) past the first page of the kit tabs' dialogs, in an open reversal: the impact
/// answer, a data step (evidence, attach, done / blocked) and the comms wizard's blanks.
class TestEveryClickWizards : public EveryClickWalk {
    Q_OBJECT
private slots:
    void startReversalDialog() { startReversalByClicks(); }
    void impactAnswerDialog();
    void dataWizardStepPage();
    void commsWizardBlanks();

private:
    /// Brings the kit tab `panel` forward and clicks its `button`, which must open `dialogName`.
    void openDialogFromTab(const QString& panel, const QString& button, const QString& dialogName,
                           QPointer<QWidget>* dialog);
    /// Cancels a wizard part of the way through, with its own Cancel button.
    void cancelWizard(const QPointer<QWidget>& dialog);
};

void TestEveryClickWizards::openDialogFromTab(const QString& panel, const QString& button, const QString& dialogName,
                                              QPointer<QWidget>* dialog) {
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("kitTabs"));
    tabs->setCurrentWidget(m_window->findChild<QWidget*>(panel));
    openDialogWith(button, dialogName, dialog);
}

void TestEveryClickWizards::cancelWizard(const QPointer<QWidget>& dialog) {
    clickNamed(dialog, QStringLiteral("cancelButton"));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void TestEveryClickWizards::impactAnswerDialog() {
    // The Human impact tab's answer dialog, accepted: its Record answer button records an answer.
    QPointer<QWidget> dialog;
    openDialogFromTab(QStringLiteral("impactPanel"), QStringLiteral("impactAnswerButton"),
                      QStringLiteral("impactAnswerDialog"), &dialog);
    if (QTest::currentTestFailed())
        return;
    exercise(dialog, Finish::Accept);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_log->recordsOfKind(EventKind::ImpactAnswered).size(), 1);
}

void TestEveryClickWizards::dataWizardStepPage() {
    // The data wizard past its first page: a step's evidence, attach, done / blocked (the walk of the
    // main window opens the wizard on its first page only).
    QPointer<QWidget> dialog;
    openDialogFromTab(QStringLiteral("dataHandlingPanel"), QStringLiteral("carryOutButton"),
                      QStringLiteral("dataWizard"), &dialog);
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
    cancelWizard(dialog);
}

void TestEveryClickWizards::commsWizardBlanks() {
    // The comms wizard's blanks, each a field of its own (the walk presses Next before reaching them).
    QPointer<QWidget> dialog;
    openDialogFromTab(QStringLiteral("commsPanel"), QStringLiteral("commsSendButton"), QStringLiteral("commsWizard"),
                      &dialog);
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
    cancelWizard(dialog);
}

QTEST_MAIN(TestEveryClickWizards)
#include "TestEveryClickWizards.moc"
