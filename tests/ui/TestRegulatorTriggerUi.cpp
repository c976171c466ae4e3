#include "AuditTrail.h"
#include "ConsoleWindowFixture.h"
#include "MessageBoxes.h"
#include "RegulatorClocksPanel.h"
#include "RegulatorTriggerDialog.h"
#include "ReversalSession.h"

#include <QLabel>
#include <QListWidget>
#include <QTimer>

using namespace turnback;

/// Recording a regulator trigger with the keyboard alone: Ctrl+Shift+G, the arrows, Return, and a
/// confirmation whose default is No and which names the clocks; the clocks then show beside the rubric.
class TestRegulatorTriggerUi : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void noLeavesNothingRecorded();
    void yesRecordsAndTheClockShows();
    void aRecordedTriggerCannotBeChosenAgain();
    void withoutRegimesThePanelIsHidden();

private:
    /// Opens the chooser with Ctrl+Shift+G, moves down `downs` rows and presses `finish` in it.
    void chooseByKeyboard(int downs, Qt::Key finish = Qt::Key_Return);
    QList<AuditRecord> triggerRows() const;
    RegulatorClocksPanel* panel() const {
        return m_f.window->findChild<RegulatorClocksPanel*>(QStringLiteral("regulatorClocksPanel"));
    }

    test::ConsoleWindowFixture m_f;
    QStringList m_chooserRows; ///< what the chooser listed, read while it was open
};

void TestRegulatorTriggerUi::init() {
    MessageBoxes::clearNextAnswer();
    QVERIFY(m_f.open({QStringLiteral(TURNBACK_SOURCE_DIR "/resources/kits/examples/all-regulators.overlay.yaml")}));
    QVERIFY(m_f.startReversalByKeyboard());
}

void TestRegulatorTriggerUi::cleanup() {
    MessageBoxes::clearNextAnswer();
    m_f.close();
}

void TestRegulatorTriggerUi::chooseByKeyboard(int downs, Qt::Key finish) {
    m_chooserRows.clear();
    bool reached = false;
    // The chooser is modal (exec): drive it from inside its own event loop.
    QTimer::singleShot(0, this, [&] {
        auto* dialog = m_f.window->findChild<RegulatorTriggerDialog*>(QStringLiteral("regulatorTriggerDialog"));
        if (!dialog || !test::ConsoleWindowFixture::activate(dialog))
            return;
        reached = true;
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("regulatorTriggerList"));
        for (int row = 0; row < list->count(); ++row)
            m_chooserRows << list->item(row)->text();
        for (int i = 0; i < downs; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), finish);
    });
    QTest::keyClick(m_f.window.get(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(reached);
    QVERIFY(test::ConsoleWindowFixture::activate(m_f.window.get()));
}

QList<AuditRecord> TestRegulatorTriggerUi::triggerRows() const {
    QList<AuditRecord> rows;
    for (const AuditRecord& record : m_f.log->records())
        if (record.kind == QLatin1String("regulator.trigger"))
            rows << record;
    return rows;
}

void TestRegulatorTriggerUi::noLeavesNothingRecorded() {
    QVERIFY(panel() && panel()->isVisible());
    QVERIFY(panel()->lines().isEmpty());
    MessageBoxes::setNextAnswer(QMessageBox::No);
    chooseByKeyboard(2); // became aware, classified as major, determined material
    QVERIFY2(m_chooserRows.value(2).contains(QStringLiteral("SEC: Form 8-K Item 1.05")),
             qPrintable(m_chooserRows.join(QLatin1Char('\n'))));
    const QString asked = MessageBoxes::lastAnsweredText();
    QVERIFY2(asked.contains(QStringLiteral("determined the incident material")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("SEC: Form 8-K Item 1.05")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("cannot be taken back")), qPrintable(asked));
    QVERIFY(triggerRows().isEmpty());
    QVERIFY(m_f.window->session()->incident().regulatorTriggers().isEmpty());
    QVERIFY(panel()->lines().isEmpty());
}

void TestRegulatorTriggerUi::yesRecordsAndTheClockShows() {
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    chooseByKeyboard(0); // became aware: GDPR, NIS2 twice, DORA
    const QList<AuditRecord> rows = triggerRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().target, QStringLiteral("became-aware"));
    LiveConsole* console = m_f.window->liveConsole();
    console->refreshNow();
    const QStringList lines = panel()->lines();
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.first().startsWith(QStringLiteral("NIS2: early warning — due ")), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(QStringLiteral("counted from became aware")), qPrintable(lines.first()));
    // NEXT counts the four reports with the three comms updates and the five pre-release gates owed
    // from the start (the internal alert, due in 15 minutes, comes first).
    QVERIFY2(console->nextOwedText().contains(QStringLiteral("12 owed in all")), qPrintable(console->nextOwedText()));

    // The report sent (what the comms wizard records): its clock stops and says it was met.
    ReversalSession& session = *m_f.window->session();
    session.trail().append({QStringLiteral("ada"), QStringLiteral("comms.sent"), QStringLiteral("nis2-early-warning"),
                            session.incident().id(),
                            QJsonObject{{QStringLiteral("template"), QStringLiteral("nis2-early-warning")},
                                        {QStringLiteral("channel"), QStringLiteral("eml")}}});
    console->refreshNow();
    // A stopped clock keeps its place (due order) and says how the submission went.
    QVERIFY2(panel()->lines().first().startsWith(QStringLiteral("NIS2: early warning — sent ")),
             qPrintable(panel()->lines().first()));
    QVERIFY2(panel()->lines().first().contains(QStringLiteral(", met (due ")), qPrintable(panel()->lines().first()));
    QVERIFY(!console->nextOwedText().contains(QStringLiteral("NIS2: early warning")));

    // A day later the DORA initial notification (aware + 24 h) is OVERDUE, in the panel and in NEXT
    // (which names first the comms update overdue longest: the internal alert).
    m_f.clock->advance(std::chrono::hours(25));
    console->refreshNow();
    QVERIFY2(panel()->lines().value(1).startsWith(QStringLiteral("DORA: initial notification")),
             qPrintable(panel()->lines().value(1)));
    QVERIFY2(panel()->lines().value(1).contains(QStringLiteral("OVERDUE")), qPrintable(panel()->lines().value(1)));
    QVERIFY(console->nextOwedText().contains(QStringLiteral("OVERDUE")));
}

void TestRegulatorTriggerUi::aRecordedTriggerCannotBeChosenAgain() {
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    chooseByKeyboard(3); // discovered
    QCOMPARE(triggerRows().size(), 1);
    // Opened again: "discovered" is listed with its time and cannot be chosen; Escape leaves.
    chooseByKeyboard(3, Qt::Key_Escape);
    QVERIFY2(m_chooserRows.value(3).contains(QStringLiteral("recorded at")), qPrintable(m_chooserRows.value(3)));
    QCOMPARE(triggerRows().size(), 1);
}

void TestRegulatorTriggerUi::withoutRegimesThePanelIsHidden() {
    m_f.close();
    QVERIFY(m_f.open());
    QVERIFY(m_f.startReversalByKeyboard());
    QVERIFY(panel());
    QVERIFY(!panel()->isVisible());
}

QTEST_MAIN(TestRegulatorTriggerUi)
#include "TestRegulatorTriggerUi.moc"
