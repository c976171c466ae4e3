// The data wizard (ui/wizards/DataWizard), keyboard only: every baseline procedure walked end to
// end on a real audit log, every refusal (evidence missing at a checkpoint, a mistyped confirmation,
// no or the same second person), a step blocked with a reason, and resuming after the database is
// reopened. Screenshots of its pages land in $TURNBACK_SCREENSHOTS when set.

#include "DataHandlingPanel.h"
#include "DataWizard.h"
#include "DataWizardStepPage.h"
#include "FileDialogs.h"
#include "IncidentFixtures.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTreeWidget>

using namespace turnback;
using namespace turnback::test;
using namespace turnback::events;
using namespace Qt::StringLiterals;

namespace {

QAbstractButton* button(QWizard& wizard, const char* name) {
    return wizard.findChild<QAbstractButton*>(QLatin1String(name));
}

/// Ctrl+Return, as an operator presses it: Next, or Finish on the last page.
void advance(QWizard& wizard) {
    QWidget* focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : &wizard, Qt::Key_Return, Qt::ControlModifier);
}

/// Types into the field of the current page named `name` (keyboard events, no mouse).
void type(QWizard& wizard, const QString& name, const QString& text) {
    auto* field = wizard.currentPage()->findChild<QLineEdit*>(name);
    QVERIFY2(field, qPrintable(name));
    QVERIFY(field->isEnabled());
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

QString why(QWizard& wizard) {
    return wizard.currentPage()->findChild<QLabel*>(u"whyLabel"_s)->text();
}

void shoot(QWizard& wizard, const QString& name) {
    const QByteArray folder = qgetenv("TURNBACK_SCREENSHOTS");
    if (!folder.isEmpty())
        wizard.grab().save(QString::fromLocal8Bit(folder) + u"/data-wizard-"_s + name + u".png"_s);
}

} // namespace

class TestDataWizard : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void snapshotEndToEndWithAnAttachment();
    void deleteRefusesUntilConfirmedByASecondPerson();
    void quarantineBlockedThenResumedAfterReopening();
    void dataTabListsProgressAndCarriesOut();

private:
    std::unique_ptr<DataWizard> open(const QString& procedure = {});
    void fillStep(DataWizard& wizard, const QStringList& values);

    std::unique_ptr<Bench> m_bench;
    std::unique_ptr<ReversalSession> m_session;
};

void TestDataWizard::init() {
    m_bench = std::make_unique<Bench>();
    QVERIFY(m_bench->open());
    m_session = std::make_unique<ReversalSession>(m_bench->log, m_bench->clock, m_bench->kit);
    QVERIFY(m_session->start(liveSetup()));
}

void TestDataWizard::cleanup() {
    m_session.reset();
    m_bench.reset();
}

std::unique_ptr<DataWizard> TestDataWizard::open(const QString& procedure) {
    auto wizard = std::make_unique<DataWizard>(*m_session, procedure);
    wizard->resize(1366, 768);
    wizard->show();
    [&] { QVERIFY(QTest::qWaitForWindowActive(wizard.get())); }();
    return wizard;
}

void TestDataWizard::fillStep(DataWizard& wizard, const QStringList& values) {
    for (int i = 0; i < values.size(); ++i)
        type(wizard, u"evidenceEdit%1"_s.arg(i), values[i]);
}

void TestDataWizard::snapshotEndToEndWithAnAttachment() {
    auto wizard = open();
    QCOMPARE(wizard->currentId(), int(DataWizard::kChoosePage));
    shoot(*wizard, u"1-choose"_s);
    // The list has the focus; the first procedure (snapshot) is chosen. Passing the page begins it.
    QVERIFY(QApplication::focusWidget() == wizard->findChild<QListWidget*>(u"procedureList"_s));
    advance(*wizard);
    QCOMPARE(wizard->currentId(), DataWizard::kFirstStepPage);
    QCOMPARE(rowsOf(m_bench->log, m_session->incident().id(), DataProcedureStarted::kind).size(), 1);

    // A checkpoint: Next stays disabled, with the reason, until all of its evidence is there.
    QVERIFY(!button(*wizard, "nextButton")->isEnabled());
    QVERIFY2(why(*wizard).contains(u"list of stores and tables"_s), qPrintable(why(*wizard)));
    shoot(*wizard, u"2-checkpoint-refused"_s);
    type(*wizard, u"evidenceEdit0"_s, u"orders, payments"_s);
    QVERIFY(!button(*wizard, "nextButton")->isEnabled());
    QVERIFY(why(*wizard).contains(u"time range (UTC)"_s));
    advance(*wizard); // refused: nothing happens
    QCOMPARE(wizard->currentId(), DataWizard::kFirstStepPage);
    type(*wizard, u"evidenceEdit1"_s, u"09:00-09:40"_s);
    QVERIFY(button(*wizard, "nextButton")->isEnabled());
    QVERIFY(why(*wizard).isEmpty());

    // Attach a file with Space on its button (the dialog answered through the seam): copied, hashed, recorded.
    const QString manifest = m_bench->dir.file(u"scope.txt"_s);
    {
        QFile f(manifest);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("orders: 42 rows\n");
    }
    FileDialogs::setNextAnswer({manifest});
    auto* attach = wizard->currentPage()->findChild<QAbstractButton*>(u"attachButton"_s);
    attach->setFocus();
    QTest::keyClick(attach, Qt::Key_Space);
    QVERIFY2(wizard->currentPage()->findChild<QLabel*>(u"attachmentsLabel"_s)->text().contains(u"scope.txt"_s),
             qPrintable(why(*wizard)));
    shoot(*wizard, u"3-evidence-attached"_s);
    advance(*wizard);
    QCOMPARE(wizard->currentId(), DataWizard::kFirstStepPage + 1);
    // Recorded when passed, with its evidence and the attachment's hash.
    QList<AuditRecord> steps = rowsOf(m_bench->log, m_session->incident().id(), DataStepRecorded::kind);
    QCOMPARE(steps.size(), 1);
    const auto scope = DataStepRecorded::fromJson(payloadOf(steps.first()));
    QCOMPARE(*scope->evidenceValue(u"time range (UTC)"_s), u"09:00-09:40"_s);
    QCOMPARE(scope->attachments.size(), 1);
    QCOMPARE(rowsOf(m_bench->log, m_session->incident().id(), u"evidence.attached"_s).size(), 1);

    fillStep(*wizard, {u"snap-orders-1"_s, u"09:41"_s});
    advance(*wizard);
    fillStep(*wizard, {u"sha256:ab12"_s, u"orders 42"_s});
    advance(*wizard);
    // The last step is no checkpoint: Finish passes it without evidence.
    QCOMPARE(wizard->currentId(), DataWizard::kFirstStepPage + 3);
    QVERIFY(button(*wizard, "finishButton")->isVisible() && button(*wizard, "finishButton")->isEnabled());
    advance(*wizard);
    QVERIFY(!wizard->isVisible());
    QVERIFY(m_session->incident().dataProgress(u"snapshot"_s)->isFinished());
    QCOMPARE(rowsOf(m_bench->log, m_session->incident().id(), DataStepRecorded::kind).size(), 4);
}

void TestDataWizard::deleteRefusesUntilConfirmedByASecondPerson() {
    auto wizard = open(u"delete"_s);
    QCOMPARE(wizard->currentId(), int(DataWizard::kChoosePage)); // not begun: chosen, then begun here
    advance(*wizard);
    fillStep(*wizard, {u"snap-orders-1"_s});
    advance(*wizard);
    fillStep(*wizard, {u"Lee"_s, u"09:50"_s, u"GDPR Art. 17"_s});
    advance(*wizard);
    fillStep(*wizard, {u"orders_2026_03"_s, u"42"_s});
    advance(*wizard);
    QCOMPARE(wizard->currentId(), DataWizard::kFirstStepPage + 3);
    fillStep(*wizard, {u"ab12"_s, u"Ana"_s, u"0"_s});
    // The confirmation asks for what the earlier step recorded.
    QVERIFY(wizard->currentPage()->findChild<QLabel*>(u"confirmLabel"_s)->text().contains(u"orders_2026_03"_s));
    QVERIFY2(why(*wizard).contains(u"type \"orders_2026_03\""_s), qPrintable(why(*wizard)));
    type(*wizard, u"confirmEdit"_s, u"orders_2026_3"_s);
    QVERIFY(!button(*wizard, "nextButton")->isEnabled());
    QVERIFY(why(*wizard).contains(u"does not match"_s));
    shoot(*wizard, u"4-confirmation-mistyped"_s);
    type(*wizard, u"confirmEdit"_s, u"orders_2026_03"_s);
    // No second person yet.
    QVERIFY(!button(*wizard, "nextButton")->isEnabled());
    QVERIFY(why(*wizard).contains(u"second person"_s));
    // The operator is not their own second person.
    type(*wizard, u"secondNameEdit"_s, u"ana"_s);
    type(*wizard, u"secondRoleEdit"_s, u"policy lead"_s);
    QVERIFY(!button(*wizard, "nextButton")->isEnabled());
    QVERIFY(why(*wizard).contains(u"other than Ana"_s));
    shoot(*wizard, u"5-same-second-person"_s);
    type(*wizard, u"secondNameEdit"_s, u"Bo"_s);
    QVERIFY(button(*wizard, "nextButton")->isEnabled());
    shoot(*wizard, u"6-destructive-confirmed"_s);
    advance(*wizard);
    fillStep(*wizard, {u"0 rows in replicas"_s});
    advance(*wizard);
    QVERIFY(!wizard->isVisible());
    const QList<AuditRecord> steps = rowsOf(m_bench->log, m_session->incident().id(), DataStepRecorded::kind);
    QCOMPARE(steps.size(), 5);
    const auto deletion = DataStepRecorded::fromJson(payloadOf(steps[3]));
    QCOMPARE(deletion->confirmation, u"orders_2026_03"_s);
    QCOMPARE(deletion->secondPerson, (SecondPerson{u"Bo"_s, u"policy lead"_s}));
    QVERIFY(m_session->incident().dataProgress(u"delete"_s)->isFinished());
}

void TestDataWizard::quarantineBlockedThenResumedAfterReopening() {
    {
        auto wizard = open(u"quarantine"_s);
        advance(*wizard);
        fillStep(*wizard, {u"select * from orders where bad"_s, u"7"_s});
        advance(*wizard);
        // Destructive without a second person: the typed confirmation with the recorded count.
        fillStep(*wizard, {u"quarantine-bucket"_s, u"10:02"_s});
        type(*wizard, u"confirmEdit"_s, u"quarantine 7 records"_s);
        QVERIFY(button(*wizard, "nextButton")->isEnabled());
        advance(*wizard);
        // Blocked (Space on it): the reason is required, and Finish records it and ends here.
        auto* blocked = wizard->currentPage()->findChild<QRadioButton*>(u"blockedRadio"_s);
        blocked->setFocus();
        QTest::keyClick(blocked, Qt::Key_Space);
        QVERIFY(wizard->currentPage()->findChild<QRadioButton*>(u"blockedRadio"_s)->isChecked());
        QVERIFY(why(*wizard).contains(u"Say why"_s));
        QVERIFY(!button(*wizard, "finishButton")->isEnabled());
        type(*wizard, u"reasonEdit"_s, u"Partner export owner unreachable"_s);
        shoot(*wizard, u"7-blocked"_s);
        advance(*wizard);
        QVERIFY(!wizard->isVisible());
    }
    const QString incidentId = m_session->incident().id();
    // A restart: the session and the log are closed and the file opened again.
    m_session.reset();
    m_bench->log.close();
    AuditLog reopened(m_bench->clock);
    QVERIFY(reopened.open(m_bench->dbPath()));
    m_session = std::make_unique<ReversalSession>(reopened, m_bench->clock, m_bench->kit);
    QVERIFY(m_session->resume(incidentId));
    {
        auto wizard = open(u"quarantine"_s);
        // Resumes at the first step not done: the blocked one, saying it was blocked.
        QCOMPARE(wizard->currentId(), DataWizard::kFirstStepPage + 2);
        QVERIFY(wizard->currentPage()->findChild<QLabel*>(u"recordedLabel"_s)->text().contains(u"BLOCKED"_s));
        shoot(*wizard, u"8-resumed"_s);
        advance(*wizard); // done now (no checkpoint)
        fillStep(*wizard, {u"delete"_s, u"Lee"_s, u"11:00"_s});
        advance(*wizard);
        QVERIFY(!wizard->isVisible());
    }
    const DataProgress* progress = m_session->incident().dataProgress(u"quarantine"_s);
    QVERIFY(progress->isFinished());
    QCOMPARE(progress->records.size(), 5); // four done, one blocked
    m_session.reset();                     // before the log it records into
}

void TestDataWizard::dataTabListsProgressAndCarriesOut() {
    DataHandlingPanel panel;
    panel.setView(m_session.get(), m_session.get());
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    auto* list = panel.findChild<QTreeWidget*>(u"dataProcedures"_s);
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(1)->text(2), u"not begun"_s);
    QVERIFY(m_session->startDataProcedure(u"delete"_s));
    QCOMPARE(list->topLevelItem(1)->text(2), u"0 of 5 steps done"_s);
    // Down to "delete", then Return (as Carry out...) opens the wizard where it stands.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    auto* wizard = panel.findChild<DataWizard*>();
    QVERIFY(wizard);
    QCOMPARE(wizard->procedureId(), u"delete"_s);
    QCOMPARE(wizard->currentId(), DataWizard::kFirstStepPage);
    wizard->reject();
}

QTEST_MAIN(TestDataWizard)
#include "TestDataWizard.moc"
