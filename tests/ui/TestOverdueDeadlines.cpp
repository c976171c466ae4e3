#include "AuditTrail.h"
#include "ConsoleController.h"
#include "ConsoleWindowFixture.h"
#include "ReversalSession.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTimer>

using namespace turnback;
using namespace std::chrono_literals;

/// Owed comms and regulator reports raise the window alert the moment they go overdue, once per item,
/// exactly as an owner's countdown does; and their due timers show beside the owner countdowns with
/// the same states (pending, DUE SOON, OVERDUE). The real window offscreen, a real SQLite log, a
/// simulated clock; the console's 1 Hz tick is stopped, so only the exact wake can raise an alert.
class TestOverdueDeadlines : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void commsDueTimersShowTheirStates();
    void anOverdueCommsUpdateAlertsOnceAtItsDeadline();
    void anOverdueRegulatorReportAlertsOnce();
    void aSentUpdateNeitherShowsNorAlerts();
    void anOverdueStageStepAlertsOnce();

private:
    bool start(const QStringList& overlays = {});
    /// The due line of the comms template titled `title`, as shown.
    QString dueLine(const QString& title) const;
    QStringList alertsNaming(const QString& words) const;

    test::ConsoleWindowFixture m_f;
    LiveConsole* m_console = nullptr;
    std::unique_ptr<QSignalSpy> m_alerts;
};

void TestOverdueDeadlines::init() {
    m_console = nullptr;
}

void TestOverdueDeadlines::cleanup() {
    m_alerts.reset();
    m_f.close();
}

bool TestOverdueDeadlines::start(const QStringList& overlays) {
    if (!m_f.open(overlays))
        return false;
    m_console = m_f.startReversalByKeyboard();
    if (!m_console)
        return false;
    // Only the exact wake may notice a deadline: the test does not wait for a 1 Hz tick to do it.
    auto* tick = m_console->findChild<QTimer*>(QStringLiteral("liveTickTimer"));
    if (!tick)
        return false;
    tick->stop();
    m_alerts = std::make_unique<QSignalSpy>(m_console, &LiveConsole::overdue);
    return true;
}

QString TestOverdueDeadlines::dueLine(const QString& title) const {
    auto* panel = m_console->findChild<QWidget*>(QStringLiteral("commsDuePanel"));
    if (!panel || !panel->isVisible())
        return {};
    for (const QLabel* label : panel->findChildren<QLabel*>())
        if (label->isVisible() && label->text().startsWith(title))
            return label->text();
    return {};
}

QStringList TestOverdueDeadlines::alertsNaming(const QString& words) const {
    QStringList found;
    for (const QList<QVariant>& alert : *m_alerts)
        if (alert.first().toString().contains(words))
            found << alert.first().toString();
    return found;
}

void TestOverdueDeadlines::commsDueTimersShowTheirStates() {
    QVERIFY(start());
    // The baseline owes three updates from the start: internal alert 15 min, customer notice 1 h,
    // regulator update 24 h. Each shows beside the rubric, pending, with the time left.
    QVERIFY2(dueLine(QStringLiteral("Internal alert")).contains(QStringLiteral("15:00 left")),
             qPrintable(dueLine(QStringLiteral("Internal alert"))));
    QVERIFY2(dueLine(QStringLiteral("Customer notice")).contains(QStringLiteral("left")),
             qPrintable(dueLine(QStringLiteral("Customer notice"))));
    QVERIFY(!dueLine(QStringLiteral("Regulator update")).isEmpty());

    m_f.clock->advance(14min + 30s);
    m_console->refreshNow();
    QVERIFY2(dueLine(QStringLiteral("Internal alert")).contains(QStringLiteral("DUE SOON, 0:30 left")),
             qPrintable(dueLine(QStringLiteral("Internal alert"))));
    auto* panel = m_console->findChild<QWidget*>(QStringLiteral("commsDuePanel"));
    QLabel* soon = nullptr;
    for (QLabel* label : panel->findChildren<QLabel*>())
        if (label->text().startsWith(QStringLiteral("Internal alert")))
            soon = label;
    QVERIFY(soon);
    QVERIFY2(soon->styleSheet().contains(QStringLiteral("#ffb300")), qPrintable(soon->styleSheet()));

    m_f.clock->advance(40s);
    m_console->refreshNow();
    QVERIFY2(dueLine(QStringLiteral("Internal alert")).contains(QStringLiteral("OVERDUE +0:10")),
             qPrintable(dueLine(QStringLiteral("Internal alert"))));
    QVERIFY2(soon->styleSheet().contains(QStringLiteral("#c62828")), qPrintable(soon->styleSheet()));
    // The others still run: only the one past its deadline is red.
    QVERIFY(!dueLine(QStringLiteral("Customer notice")).contains(QStringLiteral("OVERDUE")));
}

void TestOverdueDeadlines::anOverdueCommsUpdateAlertsOnceAtItsDeadline() {
    QVERIFY(start());
    m_f.clock->advance(15min - 1s);
    QTest::qWait(50);
    m_console->refreshNow();
    QVERIFY2(alertsNaming(QStringLiteral("Internal alert")).isEmpty(),
             qPrintable(alertsNaming({}).join(QLatin1Char('\n'))));

    // The deadline passes while nobody touches anything and the tick is stopped: the exact wake
    // notices at once.
    m_f.clock->advance(1s);
    QTRY_COMPARE_WITH_TIMEOUT(alertsNaming(QStringLiteral("Internal alert")).size(), 1, 2000);
    const QString alert = alertsNaming(QStringLiteral("Internal alert")).first();
    QVERIFY2(alert.startsWith(QStringLiteral("OVERDUE: ")), qPrintable(alert));
    QVERIFY2(alert.contains(m_f.window->controller().kit().roleTitle(QStringLiteral("incident-commander"))),
             qPrintable(alert));

    // Once per item, however often the console refreshes.
    m_console->refreshNow();
    m_f.clock->advance(10s);
    m_console->refreshNow();
    QCOMPARE(alertsNaming(QStringLiteral("Internal alert")).size(), 1);
    QVERIFY(alertsNaming(QStringLiteral("Customer notice")).isEmpty());

    // The next one, an hour in, raises its own.
    m_f.clock->advance(45min);
    QTRY_COMPARE_WITH_TIMEOUT(alertsNaming(QStringLiteral("Customer notice")).size(), 1, 2000);
    QCOMPARE(alertsNaming(QStringLiteral("Internal alert")).size(), 1);
}

void TestOverdueDeadlines::anOverdueRegulatorReportAlertsOnce() {
    QVERIFY(start({QStringLiteral(TURNBACK_SOURCE_DIR "/resources/kits/examples/all-regulators.overlay.yaml")}));
    QVERIFY(m_f.window->session()->recordRegulatorTrigger(QStringLiteral("became-aware")));
    m_console->refreshNow();
    QVERIFY(alertsNaming(QStringLiteral("NIS2")).isEmpty());

    // NIS2's early warning is due 24 hours after becoming aware; DORA's initial notification at the
    // latest then too.
    m_f.clock->advance(24h);
    QTRY_COMPARE_WITH_TIMEOUT(alertsNaming(QStringLiteral("NIS2: early warning")).size(), 1, 2000);
    QCOMPARE(alertsNaming(QStringLiteral("DORA: initial notification")).size(), 1);
    QVERIFY(alertsNaming(QStringLiteral("GDPR")).isEmpty()); // 72 hours
    m_console->refreshNow();
    m_console->refreshNow();
    QCOMPARE(alertsNaming(QStringLiteral("NIS2: early warning")).size(), 1);
    m_f.clock->advance(48h);
    QTRY_COMPARE_WITH_TIMEOUT(alertsNaming(QStringLiteral("GDPR")).size(), 1, 2000);
}

void TestOverdueDeadlines::aSentUpdateNeitherShowsNorAlerts() {
    QVERIFY(start());
    ReversalSession& session = *m_f.window->session();
    session.trail().append({QStringLiteral("ada"), QStringLiteral("comms.sent"), QStringLiteral("internal-alert"),
                            session.incident().id(),
                            QJsonObject{{QStringLiteral("template"), QStringLiteral("internal-alert")},
                                        {QStringLiteral("channel"), QStringLiteral("clipboard")}}});
    m_console->refreshNow();
    QVERIFY2(dueLine(QStringLiteral("Internal alert")).isEmpty(),
             qPrintable(dueLine(QStringLiteral("Internal alert"))));
    m_f.clock->advance(20min);
    m_console->refreshNow();
    QVERIFY(alertsNaming(QStringLiteral("Internal alert")).isEmpty());
}

// A rollback-window step past its deadline is as overdue as an update: the console alerts once, at
// the exact instant, so the title and banner count it without waiting for another event.
void TestOverdueDeadlines::anOverdueStageStepAlertsOnce() {
    QVERIFY(start());
    QVERIFY(m_f.window->session()->openWindow());
    // The baseline's pause-traffic step is due 15 min after the window opens.
    m_f.clock->advance(15min - 1s);
    QTest::qWait(50);
    m_console->refreshNow();
    QVERIFY(alertsNaming(QStringLiteral("pause-traffic")).isEmpty());
    m_f.clock->advance(1s);
    QTRY_COMPARE_WITH_TIMEOUT(alertsNaming(QStringLiteral("pause-traffic")).size(), 1, 2000);
    m_console->refreshNow();
    QCOMPARE(alertsNaming(QStringLiteral("pause-traffic")).size(), 1);
    QVERIFY2(m_f.window->windowTitle().contains(QStringLiteral("OVERDUE")), qPrintable(m_f.window->windowTitle()));
}

QTEST_MAIN(TestOverdueDeadlines)
#include "TestOverdueDeadlines.moc"
