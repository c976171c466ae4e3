// The comms wizard walked end to end with the keyboard alone: choose, fill (Next refused on a missing
// blank and on an ill-typed number), accountability, preview, send; drafts resumed after a restart.
#include "CommsWizard.h"
#include "CommsWizardPages.h"
#include "CommsWizardTestSupport.h"
#include "FileDialogs.h"
#include "IncidentFixtures.h"
#include "OwedItems.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

#include <algorithm>

#include <memory>

using namespace turnback;
using namespace turnback::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QWidget* focused() {
    return QApplication::focusWidget();
}

/// Key presses carrying `text`, one character at a time: QTest::keyClicks knows ASCII only, and an
/// operator types "Zoë" too.
void typeText(QWidget* widget, const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

/// Types `text` into whatever has the focus, then Tab.
void typeThenTab(const QString& text) {
    typeText(focused(), text);
    QTest::keyClick(focused(), Qt::Key_Tab);
}

QString pageName(const QWizard& wizard) {
    return wizard.currentPage()->objectName();
}

} // namespace

class TestCommsWizard : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void internalAlertEndToEndByKeyboard();
    void regulatorUpdateRefusesABadNumberAndSavesAnEml();
    void draftIsResumedAfterARestart();
    void owedCommsAppearInNextAndLeaveWhenSent();

private:
    void showWizard(const QString& templateId = {});
    void ctrlReturn() { QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier); }
    /// A button's mnemonic, pressed with the focus where it is. A mnemonic clicks the way Qt animates
    /// it: the button goes down at once and is released (clicked) a moment later.
    void alt(Qt::Key key, const char* button) {
        auto* pressed = child<QAbstractButton>(button);
        QVERIFY(pressed);
        QTest::keyClick(focused(), key, Qt::AltModifier);
        QVERIFY2(pressed->isDown(), button);
        QTRY_VERIFY(!pressed->isDown());
    }
    QAbstractButton* next() const { return m_wizard->button(QWizard::NextButton); }
    template <typename T> T* child(const char* name) const { return m_wizard->findChild<T*>(QLatin1String(name)); }

    std::unique_ptr<Bench> m_bench;
    std::unique_ptr<ReversalSession> m_session;
    std::unique_ptr<CommsWizard> m_wizard;
};

void TestCommsWizard::init() {
    m_bench = std::make_unique<Bench>();
    QVERIFY(m_bench->open());
    m_session = std::make_unique<ReversalSession>(m_bench->log, m_bench->clock, m_bench->kit);
    QVERIFY2(m_session->start(liveSetup()), qPrintable(m_session->errorString()));
    CommsWizardPageSend::s_dontOpenMailClient = true;
}

void TestCommsWizard::cleanup() {
    m_wizard.reset();
    m_session.reset();
    m_bench.reset();
}

void TestCommsWizard::showWizard(const QString& templateId) {
    m_wizard = std::make_unique<CommsWizard>(*m_session, templateId);
    QVERIFY(showActive(m_wizard.get()));
}

void TestCommsWizard::internalAlertEndToEndByKeyboard() {
    m_bench->setTime(20 * kMinute); // the internal alert (due 15 min) is overdue
    showWizard();
    QCOMPARE(pageName(*m_wizard), u"commsChoosePage"_s);
    QVERIFY2(child<QLabel>("commsSuggestionLabel")->text().contains(u"Internal alert"_s),
             qPrintable(child<QLabel>("commsSuggestionLabel")->text()));
    QCOMPARE(child<QListWidget>("commsTemplateList")->currentItem()->data(Qt::UserRole).toString(),
             u"internal-alert"_s);
    screenshot(m_wizard.get(), "1-choose");
    ctrlReturn();
    QCOMPARE(pageName(*m_wizard), u"commsFillPage"_s);

    // Pre-filled from the record: the service, the commander at the keyboard. The reversal is still at
    // Normal, so no level was entered: when it was is left to the operator, not guessed.
    QCOMPARE(child<QLineEdit>("commsBlank_service")->text(), u"checkout"_s);
    QCOMPARE(child<QLineEdit>("commsBlank_level_entered_at")->text(), QString());
    QCOMPARE(child<QLineEdit>("commsBlank_incident_commander")->text(), u"Ana"_s);
    // Missing blanks: Next refused, the reason shown.
    QVERIFY(!next()->isEnabled());
    const QString problems = child<QLabel>("commsBlankProblemLabel")->text();
    QVERIFY2(problems.contains(u"'Release' (release_id) is required and empty"_s), qPrintable(problems));
    screenshot(m_wizard.get(), "2-fill-refused");
    ctrlReturn();
    QCOMPARE(pageName(*m_wizard), u"commsFillPage"_s);

    // Fill with the keyboard, in the form's order: level, service, release, started, signal,
    // threshold, commander, instructions, next update, channel.
    QCOMPARE(focused()->objectName(), u"commsBlank_level"_s);
    QTest::keyClick(focused(), Qt::Key_Down); // "slow"
    QTest::keyClick(focused(), Qt::Key_Down); // "stop"
    QTest::keyClick(focused(), Qt::Key_Tab);
    typeThenTab({});                     // service as filled in
    typeThenTab(u"v2.3.1"_s);            // release_id
    typeThenTab(u"2026-03-14T09:12Z"_s); // level_entered_at
    typeThenTab(u"Error rate"_s);        // signal
    typeThenTab(u">5%"_s);               // threshold
    typeThenTab({});                     // incident_commander
    typeThenTab(u"Hold deploys; watch the canary."_s);
    typeThenTab(u"2026-03-14T10:00"_s); // not UTC: refused
    typeThenTab(u"#inc-checkout"_s);
    QVERIFY(!next()->isEnabled());
    QVERIFY2(child<QLabel>("commsBlankProblemLabel")->text().contains(u"next_update_at"_s),
             qPrintable(child<QLabel>("commsBlankProblemLabel")->text()));
    QCOMPARE(focused()->objectName(), u"commsSaveDraftButton"_s); // after the last blank
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier); // back to next_update_at
    QCOMPARE(focused()->objectName(), u"commsBlank_next_update_at"_s);
    QTest::keyClick(focused(), Qt::Key_End);
    typeText(focused(), u"Z"_s);
    QVERIFY(next()->isEnabled());
    QCOMPARE(child<QLabel>("commsBlankProblemLabel")->text(), QString());
    screenshot(m_wizard.get(), "3-fill-valid");
    ctrlReturn();

    QCOMPARE(pageName(*m_wizard), u"commsAccountabilityPage"_s);
    const QString owed = child<QLabel>("commsOwedLabel")->text();
    QVERIFY2(owed.contains(u"Incident commander"_s) && owed.contains(u"Engineering, support and partner teams"_s) &&
                 owed.contains(u"2026-03-14 09:15 UTC"_s) && owed.contains(u"OVERDUE"_s),
             qPrintable(owed));
    screenshot(m_wizard.get(), "4-accountability");
    ctrlReturn();

    QCOMPARE(pageName(*m_wizard), u"commsPreviewPage"_s);
    const QString preview = child<QPlainTextEdit>("commsPreviewText")->toPlainText();
    QVERIFY2(preview.contains(u"Subject: [stop] checkout release v2.3.1"_s), qPrintable(preview));
    QVERIFY2(preview.contains(u"Audit log head: %1:"_s.arg(m_bench->log.headSeq())), qPrintable(preview));
    screenshot(m_wizard.get(), "5-preview");
    ctrlReturn();

    QCOMPARE(pageName(*m_wizard), u"commsSendPage"_s);
    QVERIFY(child<QLabel>("commsLateLabel")->isVisible());
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
    alt(Qt::Key_C, "commsCopyButton"); // copy: refused without a reason
    QVERIFY2(child<QLabel>("commsSendStatusLabel")->text().contains(u"reason for the delay"_s),
             qPrintable(child<QLabel>("commsSendStatusLabel")->text()));
    QCOMPARE(rowsOf(m_bench->log, m_session->incident().id(), u"comms.sent"_s).size(), 0);
    QCOMPARE(focused()->objectName(), u"commsLateReasonEdit"_s);
    screenshot(m_wizard.get(), "6-send-late");
    typeText(focused(), u"Paged the wrong channel first"_s);
    alt(Qt::Key_C, "commsCopyButton");
    const QList<AuditRecord> sent = rowsOf(m_bench->log, m_session->incident().id(), u"comms.sent"_s);
    QCOMPARE(sent.size(), 1);
    const QJsonObject payload = payloadOf(sent.first());
    const QString clipboard = QGuiApplication::clipboard()->text();
    QVERIFY(clipboard.startsWith(u"Subject: [stop] checkout release v2.3.1\n\nLevel: stop"_s));
    QCOMPARE(payload.value(u"sha256"_s).toString(),
             QString::fromLatin1(QCryptographicHash::hash(clipboard.toUtf8(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(payload.value(u"template"_s).toString(), u"internal-alert"_s);
    QCOMPARE(payload.value(u"audience"_s).toString(), u"internal"_s);
    QCOMPARE(payload.value(u"channel"_s).toString(), u"clipboard"_s);
    QCOMPARE(payload.value(u"late_reason"_s).toString(), u"Paged the wrong channel first"_s);
    QCOMPARE(payload.value(u"due_utc"_s).toString(), u"2026-03-14T09:15:00Z"_s);
    QCOMPARE(payload.value(u"recipients"_s).toArray().first().toString(), u"Engineering, support and partner teams"_s);
    QVERIFY(payload.value(u"body"_s).toString().contains(u"Turnback audit log head: "_s));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    screenshot(m_wizard.get(), "7-sent");
    ctrlReturn();
    QVERIFY(!m_wizard->isVisible());
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
}

void TestCommsWizard::regulatorUpdateRefusesABadNumberAndSavesAnEml() {
    showWizard(u"regulator-update"_s);
    ctrlReturn();
    QCOMPARE(pageName(*m_wizard), u"commsFillPage"_s);
    auto* count = child<QLineEdit>("commsBlank_affected_count");
    count->setFocus();
    typeText(count, u"many"_s);
    QVERIFY(!next()->isEnabled());
    QVERIFY2(child<QLabel>("commsBlankProblemLabel")->text().contains(u"(affected_count) must be a number"_s),
             qPrintable(child<QLabel>("commsBlankProblemLabel")->text()));
    QTest::keyClick(count, Qt::Key_A, Qt::ControlModifier);
    typeText(count, u"1200"_s);
    const QList<std::pair<const char*, QString>> rest = {{"commsBlank_release_id", u"v2.3.1"_s},
                                                         {"commsBlank_decision_owner", u"Zoë Ångström"_s},
                                                         {"commsBlank_decided_at", u"2026-03-14T09:05Z"_s},
                                                         {"commsBlank_summary", u"Zahlungen schlugen fehl."_s},
                                                         {"commsBlank_actions", u"Rolled back."_s},
                                                         {"commsBlank_next_update_at", u"2026-03-15T09:00Z"_s}};
    for (const auto& [name, text] : rest) {
        QWidget* editor = m_wizard->findChild<QWidget*>(QLatin1String(name));
        editor->setFocus();
        typeText(editor, text);
    }
    auto* data = child<QComboBox>("commsBlank_data_categories");
    data->setFocus();
    QTest::keyClick(data, Qt::Key_Down);
    QVERIFY2(next()->isEnabled(), qPrintable(child<QLabel>("commsBlankProblemLabel")->text()));
    ctrlReturn();
    auto* to = child<QLineEdit>("commsRecipientsEdit");
    QTest::keyClick(to, Qt::Key_A, Qt::ControlModifier);
    typeText(to, u"Jörg Weiß <jw@example.com>; Lead supervisory authority"_s);
    ctrlReturn();
    ctrlReturn();
    QCOMPARE(pageName(*m_wizard), u"commsSendPage"_s);
    QVERIFY(!child<QLabel>("commsLateLabel")->isVisible()); // due in 24 h: not late
    const QString file = m_bench->dir.file(u"regulator.eml"_s);
    FileDialogs::setNextAnswer({file});
    alt(Qt::Key_E, "commsSaveEmlButton");
    const QList<AuditRecord> sent = rowsOf(m_bench->log, m_session->incident().id(), u"comms.sent"_s);
    QCOMPARE(sent.size(), 1);
    QFile eml(file);
    QVERIFY(eml.open(QIODevice::ReadOnly));
    const QByteArray bytes = eml.readAll();
    const QJsonObject payload = payloadOf(sent.first());
    QCOMPARE(payload.value(u"channel"_s).toString(), u"eml"_s);
    QCOMPARE(payload.value(u"file"_s).toString(), file);
    QCOMPARE(payload.value(u"sha256"_s).toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    const QByteArray logHeadLine = "X-Turnback-Log-Head: " + payload.value(u"log_head"_s).toString().toLatin1();
    QVERIFY(bytes.contains(logHeadLine));
    QByteArray unfolded = bytes;
    unfolded.replace("\r\n ", " "); // RFC 5322 unfolding
    QVERIFY(unfolded.contains("<jw@example.com>, Lead supervisory authority:;"));
    QCOMPARE(payload.value(u"late_reason"_s).toString(), QString());
}

void TestCommsWizard::draftIsResumedAfterARestart() {
    showWizard(u"customer-notice"_s);
    ctrlReturn();
    auto* symptom = child<QLineEdit>("commsBlank_symptom");
    symptom->setFocus();
    typeText(symptom, u"failed payments"_s);
    alt(Qt::Key_F, "commsSaveDraftButton"); // Save draft
    typeText(symptom, u" at checkout"_s);
    alt(Qt::Key_F, "commsSaveDraftButton");
    const QList<AuditRecord> drafts = rowsOf(m_bench->log, m_session->incident().id(), u"comms.draft.saved"_s);
    QCOMPARE(drafts.size(), 2);
    QCOMPARE(payloadOf(drafts[0]).value(u"changed"_s).toArray().size(), 3); // service, started_at, symptom
    QCOMPARE(payloadOf(drafts[1]).value(u"changed"_s).toArray(), QJsonArray{u"symptom"_s});
    const QString id = m_session->incident().id();
    m_wizard.reset();

    // A restart: a fresh session resumed from the log finds the draft.
    m_session = std::make_unique<ReversalSession>(m_bench->log, m_bench->clock, m_bench->kit);
    QVERIFY(m_session->resume(id));
    showWizard(u"customer-notice"_s);
    ctrlReturn();
    QCOMPARE(child<QLineEdit>("commsBlank_symptom")->text(), u"failed payments at checkout"_s);
    QVERIFY(child<QLabel>("commsDraftStatusLabel")->text().contains(u"Resumed the draft"_s));
}

void TestCommsWizard::owedCommsAppearInNextAndLeaveWhenSent() {
    const QList<OwedItem> before = owedItems(m_session->incident(), at(16 * kMinute), &m_bench->kit);
    QCOMPARE(countOwed(before).comms, 3);
    QCOMPARE(before.first().kind, OwedKind::Comms); // the overdue internal alert comes first
    QCOMPARE(before.first().comms, u"internal-alert"_s);
    QVERIFY(before.first().overdue);
    events::CommsSent sent;
    sent.templateId = u"internal-alert"_s;
    QVERIFY(m_session->recordComms(sent));
    const QList<OwedItem> after = owedItems(m_session->incident(), at(16 * kMinute), &m_bench->kit);
    QCOMPARE(countOwed(after).comms, 2);
    // No update is overdue now (the pre-release gate due at 15 min is, and comes first).
    const auto update =
        std::find_if(after.cbegin(), after.cend(), [](const OwedItem& owed) { return owed.kind == OwedKind::Comms; });
    QVERIFY(update != after.cend() && !update->overdue);
    QCOMPARE(update->comms, u"customer-notice"_s);
}

QTEST_MAIN(TestCommsWizard)
#include "TestCommsWizard.moc"
