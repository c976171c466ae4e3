// The comms wizard with regulator clocks running: it suggests what the level's updates AND the running
// clocks call for (the deadline due first wins, and the page says why), a regulator report is due by
// its clock (not by the start), and its blanks are pre-filled from what the record holds: the triggers'
// times, the impact answers and the files attached as evidence with their SHA-256.
#include "CommsWizard.h"
#include "CommsWizardPages.h"
#include "CommsWizardTestSupport.h"
#include "IncidentFixtures.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

#include <memory>

using namespace turnback;
using namespace turnback::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QWidget* focused() {
    return QApplication::focusWidget();
}

} // namespace

class TestCommsWizardRegulators : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void theLevelsUpdateDueFirstIsSuggested();
    void theClockDueFirstWinsAndThePageSaysWhy();
    void aReportIsDueByItsClockNotByTheStart();

private:
    void showWizard(const QString& templateId = {});
    /// Records the three updates the baseline owes from the start as sent.
    void sendTheLevelsUpdates();
    QString suggestion() const { return m_wizard->findChild<QLabel*>(u"commsSuggestionLabel"_s)->text(); }
    QString current() const {
        return m_wizard->findChild<QListWidget*>(u"commsTemplateList"_s)->currentItem()->data(Qt::UserRole).toString();
    }

    std::unique_ptr<Bench> m_bench;
    std::unique_ptr<ReversalSession> m_session;
    std::unique_ptr<CommsWizard> m_wizard;
};

void TestCommsWizardRegulators::init() {
    m_bench = std::make_unique<Bench>();
    QVERIFY(m_bench->open());
    const KitLoadResult loaded =
        KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT),
                        {QStringLiteral(TURNBACK_SOURCE_DIR "/resources/kits/examples/all-regulators.overlay.yaml")});
    QVERIFY(loaded.ok());
    m_bench->kit = *loaded.kit;
    m_session = std::make_unique<ReversalSession>(m_bench->log, m_bench->clock, m_bench->kit);
    QVERIFY2(m_session->start(liveSetup()), qPrintable(m_session->errorString()));
    CommsWizardPageSend::s_dontOpenMailClient = true;
}

void TestCommsWizardRegulators::cleanup() {
    m_wizard.reset();
    m_session.reset();
    m_bench.reset();
}

void TestCommsWizardRegulators::showWizard(const QString& templateId) {
    m_wizard = std::make_unique<CommsWizard>(*m_session, templateId);
    QVERIFY(showActive(m_wizard.get()));
}

void TestCommsWizardRegulators::sendTheLevelsUpdates() {
    for (const QString& id : {u"internal-alert"_s, u"customer-notice"_s, u"regulator-update"_s}) {
        events::CommsSent sent;
        sent.templateId = id;
        QVERIFY(m_session->recordComms(sent));
    }
}

void TestCommsWizardRegulators::theLevelsUpdateDueFirstIsSuggested() {
    // Became aware at the start: NIS2's early warning runs 24 hours; the internal alert is due in 15 min.
    QVERIFY(m_session->recordRegulatorTrigger(u"became-aware"_s));
    m_bench->setTime(5 * kMinute);
    showWizard();
    QVERIFY2(suggestion().contains(u"<b>Internal alert</b> due 2026-03-14 09:15 UTC (in 10 min)"_s),
             qPrintable(suggestion()));
    QCOMPARE(current(), u"internal-alert"_s);
    // The clocks are named after it, each with its deadline.
    QVERIFY2(suggestion().contains(u"NIS2: early warning (due 2026-03-15 09:00 UTC)"_s), qPrintable(suggestion()));
}

void TestCommsWizardRegulators::theClockDueFirstWinsAndThePageSaysWhy() {
    sendTheLevelsUpdates();
    m_bench->setTime(1 * kHour);
    QVERIFY(m_session->recordRegulatorTrigger(u"became-aware"_s)); // 10:00
    m_bench->setTime(2 * kHour);
    QVERIFY(m_session->recordRegulatorTrigger(u"classified-major"_s)); // 11:00: DORA's 4 hours run to 15:00
    m_bench->setTime(4 * kHour);
    showWizard();
    // Before: "Every update the kit owes has been sent", with four clocks running.
    QVERIFY2(suggestion().contains(u"<b>DORA: initial notification</b> due 2026-03-14 15:00 UTC (in 2 hr)"_s),
             qPrintable(suggestion()));
    QVERIFY2(suggestion().contains(u"counted from classified as major at 2026-03-14 11:00 UTC"_s),
             qPrintable(suggestion()));
    QCOMPARE(current(), u"dora-initial"_s);
    QVERIFY2(suggestion().contains(u"NIS2: early warning (due 2026-03-15 10:00 UTC)"_s), qPrintable(suggestion()));
    screenshot(m_wizard.get(), "1-choose-regulator-clock");

    // Past its deadline the clock stays first and says so.
    m_bench->setTime(6 * kHour + 30 * kMinute);
    showWizard();
    QVERIFY2(suggestion().contains(u"(OVERDUE by 30 min)"_s), qPrintable(suggestion()));
    QCOMPARE(current(), u"dora-initial"_s);
}

void TestCommsWizardRegulators::aReportIsDueByItsClockNotByTheStart() {
    sendTheLevelsUpdates();
    m_bench->setTime(1 * kHour);
    showWizard(u"dora-initial"_s);
    // No clock running for it: no deadline, so never late.
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_wizard->chosen()->id, u"dora-initial"_s);
    QVERIFY(!m_wizard->dueAt().isValid());
    QVERIFY(!m_wizard->isLate());
    m_wizard.reset();

    QVERIFY(m_session->recordRegulatorTrigger(u"classified-major"_s)); // 10:00
    m_bench->setTime(3 * kHour);
    showWizard(u"dora-initial"_s);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_wizard->dueAt(), at(5 * kHour)); // 4 hours after classifying it as major
    QVERIFY(!m_wizard->isLate());
    // Its typed blanks, the trigger's time pre-filled from the record.
    QCOMPARE(m_wizard->findChild<QLineEdit*>(u"commsBlank_classified_at"_s)->text(), u"2026-03-14T10:00:00Z"_s);
    QVERIFY(m_wizard->findChild<QComboBox*>(u"commsBlank_criteria"_s));
    screenshot(m_wizard.get(), "2-fill-regulator-template");
    m_wizard.reset();

    m_bench->setTime(5 * kHour + kMinute);
    showWizard(u"dora-initial"_s);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_wizard->isLate());
}

QTEST_MAIN(TestCommsWizardRegulators)
#include "TestCommsWizardRegulators.moc"
