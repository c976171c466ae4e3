#include "IncidentEvents.h"
#include "IncidentFixtures.h"
#include "MessageBoxes.h"
#include "ObservationPanel.h"
#include "ReversalSession.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace turnback;
using namespace turnback::test;
using namespace Qt::StringLiterals;

/// The observation value field, typed into as an operator would, in English and German locales:
/// a value is recorded exactly as read, or not at all (issue 9).
class TestObservationPanel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void typedValues_data();
    void typedValues();
    void outOfRangeAsksFirst();
    void jumpKeysOnlyMoveFocus();
    void anOccurrenceThatRaisesTheLevelAsksFirst();
    void aValueThatRaisesTheLevelAsksFirst();
    void anOccurrenceThatRaisesNothingIsNotAsked();

private:
    /// Types `text` and presses Return; returns the values recorded since the start of the test.
    QList<double> typeAndRecord(const QString& text);
    QString preview() const { return m_panel->findChild<QLabel*>(u"observePreview-error-rate"_s)->text(); }

    std::unique_ptr<Bench> m_bench;
    std::unique_ptr<ReversalSession> m_session;
    std::unique_ptr<ObservationPanel> m_panel;
    std::unique_ptr<QSignalSpy> m_messages;
};

void TestObservationPanel::init() {
    m_bench = std::make_unique<Bench>();
    QVERIFY(m_bench->open());
    m_session = std::make_unique<ReversalSession>(m_bench->log, m_bench->clock, m_bench->kit);
    QVERIFY(m_session->start(liveSetup()));
    m_bench->setTime(kMinute);
}

void TestObservationPanel::cleanup() {
    m_messages.reset();
    m_panel.reset();
    m_session.reset();
    m_bench.reset();
    QLocale::setDefault(QLocale::c());
}

QList<double> TestObservationPanel::typeAndRecord(const QString& text) {
    if (!m_panel) {
        m_panel = std::make_unique<ObservationPanel>(*m_session);
        m_messages = std::make_unique<QSignalSpy>(m_panel.get(), &ObservationPanel::message);
    }
    auto* field = m_panel->findChild<QLineEdit*>(u"observeValue-error-rate"_s);
    field->clear();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
    QList<double> values;
    for (const AuditRecord& record : m_bench->log.recordsOfKind(EventKind::ObservationRecorded))
        values << payloadOf(record).value(u"value"_s).toDouble();
    return values;
}

void TestObservationPanel::typedValues_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<double>>("recorded");
    QTest::addColumn<QString>("preview");

    const QString refusedEn = u"not a number: cannot read '%1' as one number: write digits with at most one "
                              "decimal separator '.' and no grouping, like 6.5"_s;
    const QString refusedDe = u"not a number: cannot read '%1' as one number: write digits with at most one "
                              "decimal separator ',' and no grouping, like 6,5"_s;
    QTest::newRow("en 6.5") << u"en_US"_s << u"6.5"_s << QList<double>{6.5} << u"will record 6.5%"_s;
    QTest::newRow("de 6,5") << u"de_DE"_s << u"6,5"_s << QList<double>{6.5} << u"will record 6,5%"_s;
    for (const QString& text : {u"6,5"_s, u"5,,5"_s, u"1,000.5"_s, u"1e3"_s, u"nan"_s, u"inf"_s})
        QTest::addRow("en %s", qPrintable(text)) << u"en_US"_s << text << QList<double>{} << refusedEn.arg(text);
    for (const QString& text : {u"6.5"_s, u"5,,5"_s, u"1,000.5"_s, u"1e3"_s, u"nan"_s, u"inf"_s})
        QTest::addRow("de %s", qPrintable(text)) << u"de_DE"_s << text << QList<double>{} << refusedDe.arg(text);
}

void TestObservationPanel::typedValues() {
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QList<double>, recorded);
    QFETCH(QString, preview);
    QLocale::setDefault(QLocale(locale));
    QCOMPARE(typeAndRecord(text), recorded);
    QCOMPARE(this->preview(), preview);
    QVERIFY(!m_messages->isEmpty());
    const QString said = m_messages->last().first().toString();
    QVERIFY2(said.startsWith(recorded.isEmpty() ? u"Not recorded: "_s : u"Recorded Error rate spike = "_s),
             qPrintable(said));
}

void TestObservationPanel::outOfRangeAsksFirst() {
    QLocale::setDefault(QLocale(u"de_DE"_s));
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QCOMPARE(typeAndRecord(u"200"_s), QList<double>{});
    QCOMPARE(preview(), u"will record 200% (out of range: asks first)"_s);
    QCOMPARE(MessageBoxes::lastAnsweredText(),
             u"Error rate spike = 200% is outside what it can measure (200 is outside 0..100 %). Record it anyway?"_s);
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QCOMPARE(typeAndRecord(u"-5"_s), QList<double>{});
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QCOMPARE(typeAndRecord(u"200"_s), QList<double>{200});
    QCOMPARE(typeAndRecord(u"99,5"_s), (QList<double>{200, 99.5})); // in range: no question
}

/// The rows of one kind recorded so far.
static qsizetype recorded(const AuditLog& log, const QString& kind) {
    return log.recordsOfKind(kind).size();
}

// Issue 8: Alt+4 pressed "Occurred" on the regulator inquiry and forced the incident to Reverse.
// A jump key only moves the focus to the row's field or button; nothing is recorded.
void TestObservationPanel::jumpKeysOnlyMoveFocus() {
    m_panel = std::make_unique<ObservationPanel>(*m_session);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    const QStringList ids = {u"error-rate"_s, u"p1-count"_s, u"data-loss"_s, u"regulator-inquiry"_s};
    for (int row = 0; row < ids.size(); ++row) {
        QTest::keyClick(m_panel.get(), char('1' + row), Qt::AltModifier);
        QWidget* focused = QApplication::focusWidget();
        QVERIFY2(focused, qPrintable(ids.at(row)));
        QVERIFY2(focused->objectName().endsWith(ids.at(row)), qPrintable(focused->objectName()));
    }
    // A label's mnemonic "animates" a click on its button buddy, released 100 ms later: wait past it.
    QTest::qWait(300);
    QCOMPARE(recorded(m_bench->log, EventKind::ObservationRecorded), 0);
    QCOMPARE(m_session->incident().level(), Level::Normal);
}

// Recording an occurrence that raises the level asks first, naming the level and its owner, and
// No (the default) records nothing. Keyboard only: Alt+4 to the row, Space to press the button.
void TestObservationPanel::anOccurrenceThatRaisesTheLevelAsksFirst() {
    m_panel = std::make_unique<ObservationPanel>(*m_session);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    QTest::keyClick(m_panel.get(), '4', Qt::AltModifier);
    QTest::qWait(300); // past a mnemonic's animated click, if there were one
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(MessageBoxes::lastAnsweredText(),
             u"Record an occurrence of Regulator inquiry received? This calls for REVERSE (ROLL BACK) "
             "(owner: Policy lead)."_s);
    QCOMPARE(recorded(m_bench->log, EventKind::ObservationRecorded), 0);
    QCOMPARE(m_session->incident().level(), Level::Normal);

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(recorded(m_bench->log, EventKind::ObservationRecorded), 1);
    QCOMPARE(m_session->incident().level(), Level::Reverse);
}

// A measured value that raises the level at once asks the same way.
void TestObservationPanel::aValueThatRaisesTheLevelAsksFirst() {
    // A measured signal without a "for": it triggers at the sample that crosses its limit.
    Kit kit = m_bench->kit;
    kit.signalList[0].threshold.sustain = std::nullopt;
    ReversalSession session(m_bench->log, m_bench->clock, kit);
    QVERIFY(session.start(liveSetup()));
    ObservationPanel panel(session);
    auto* field = panel.findChild<QLineEdit*>(u"observeValue-error-rate"_s);
    QTest::keyClicks(field, u"7"_s);
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(MessageBoxes::lastAnsweredText(),
             u"Record Error rate spike = 7%? This calls for SLOW (CANARY ONLY) (owner: Engineering lead)."_s);
    QCOMPARE(session.incident().observations().size(), 0);
    QCOMPARE(session.incident().level(), Level::Normal);
}

// Below the limit, or a count not yet reached: nothing is asked, the observation is recorded at once.
void TestObservationPanel::anOccurrenceThatRaisesNothingIsNotAsked() {
    m_panel = std::make_unique<ObservationPanel>(*m_session);
    auto* button = m_panel->findChild<QPushButton*>(u"observeOccurred-p1-count"_s);
    MessageBoxes::setNextAnswer(QMessageBox::No); // would be consumed if anything were asked
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(recorded(m_bench->log, EventKind::ObservationRecorded), 1);
    QCOMPARE(MessageBoxes::ask(nullptr, QMessageBox::Question, {}, u"left over"_s, QMessageBox::Yes | QMessageBox::No,
                               QMessageBox::Yes),
             QMessageBox::No);
}

QTEST_MAIN(TestObservationPanel)
#include "TestObservationPanel.moc"
