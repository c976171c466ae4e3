#include "IncidentEvents.h"
#include "IncidentFixtures.h"
#include "MessageBoxes.h"
#include "ObservationPanel.h"
#include "ReversalSession.h"

#include <QLabel>
#include <QLineEdit>
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

QTEST_MAIN(TestObservationPanel)
#include "TestObservationPanel.moc"
