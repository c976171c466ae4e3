// The comms wizard's "Open in the mail client" channel end to end, for real: QDesktopServices hands the
// .eml to xdg-open, which finds the user's mail client for message/rfc822 through mimeapps.list. The
// "mail client" is a .desktop entry in a private XDG_DATA_HOME whose program writes the path it was
// given into a file; the test reads it back and checks it is the .eml recorded, with its SHA-256.
#include "CommsWizard.h"
#include "CommsWizardPages.h"
#include "FileDialogs.h"
#include "IncidentFixtures.h"

#include <QAbstractButton>
#include <QCryptographicHash>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

using namespace turnback;
using namespace turnback::test;
using namespace Qt::Literals::StringLiterals;

namespace {
bool writeFile(const QString& path, const QByteArray& bytes, bool executable = false) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return !executable || file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
}

void typeInto(QWidget* editor, const QString& text) {
    QTest::keyClicks(editor, text);
}
} // namespace

class TestMailClientChannel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void theEmlRecordedIsTheFileTheMailClientGets();

private:
    QTemporaryDir m_xdg;
    QString m_received; ///< where the fake mail client writes the path it was given
};

void TestMailClientChannel::initTestCase() {
    QVERIFY2(!QStandardPaths::findExecutable(u"xdg-open"_s).isEmpty(),
             "xdg-open is not installed: install xdg-utils (scripts/packages.txt)");
    QVERIFY(m_xdg.isValid());
    const QDir root(m_xdg.path());
    QVERIFY(root.mkpath(u"data/applications"_s) && root.mkpath(u"config"_s));
    m_received = root.filePath(u"received"_s);
    const QString client = root.filePath(u"fake-mail-client"_s);
    QVERIFY(writeFile(client, "#!/bin/sh\nprintf '%s' \"$1\" > '" + m_received.toUtf8() + "'\n", true));
    QVERIFY(writeFile(root.filePath(u"data/applications/turnback-test-mail.desktop"_s),
                      "[Desktop Entry]\nType=Application\nName=Turnback test mail client\nExec=" + client.toUtf8() +
                          " %f\nMimeType=message/rfc822;\n"));
    QVERIFY(writeFile(root.filePath(u"config/mimeapps.list"_s),
                      "[Default Applications]\nmessage/rfc822=turnback-test-mail.desktop\n"));
    qputenv("XDG_DATA_HOME", root.filePath(u"data"_s).toUtf8());
    qputenv("XDG_CONFIG_HOME", root.filePath(u"config"_s).toUtf8());
    qunsetenv("XDG_CURRENT_DESKTOP"); // xdg-open's generic path: mimeapps.list, then the .desktop entry
    // The offscreen platform opens no URL at all (its services are Qt's empty default): the test runs
    // on a real X server (Xvfb, see tests/ui/CMakeLists.txt), where Qt hands the file to xdg-open.
    QVERIFY2(QGuiApplication::platformName() == u"xcb"_s,
             "run under Xvfb with QT_QPA_PLATFORM=xcb: offscreen cannot open a URL");
}

void TestMailClientChannel::theEmlRecordedIsTheFileTheMailClientGets() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    bench.setTime(5 * kMinute); // the internal alert is due at 15 min: not late
    CommsWizardPageSend::s_dontOpenMailClient = false;
    CommsWizard wizard(session, u"internal-alert"_s);
    // Under Xvfb no window manager makes the wizard active, so keys would not reach it: this test drives
    // the buttons (test_comms_wizard walks the same pages with the keyboard alone).
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    QCOMPARE(wizard.currentPage()->objectName(), u"commsFillPage"_s);
    QWidget* level = wizard.findChild<QWidget*>(u"commsBlank_level"_s);
    QTest::keyClick(level, Qt::Key_Down);
    typeInto(wizard.findChild<QLineEdit*>(u"commsBlank_release_id"_s), u"v2.3.1"_s);
    typeInto(wizard.findChild<QLineEdit*>(u"commsBlank_level_entered_at"_s), u"2026-03-14T09:04Z"_s);
    typeInto(wizard.findChild<QLineEdit*>(u"commsBlank_signal"_s), u"Error rate"_s);
    typeInto(wizard.findChild<QLineEdit*>(u"commsBlank_threshold"_s), u">5%"_s);
    typeInto(wizard.findChild<QPlainTextEdit*>(u"commsBlank_instructions"_s), u"Hold deploys."_s);
    typeInto(wizard.findChild<QLineEdit*>(u"commsBlank_next_update_at"_s), u"2026-03-14T10:00Z"_s);
    typeInto(wizard.findChild<QLineEdit*>(u"commsBlank_channel"_s), u"#inc-checkout"_s);
    QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(),
             qPrintable(wizard.findChild<QLabel*>(u"commsBlankProblemLabel"_s)->text()));
    for (int page = 0; page < 3; ++page) // accountability, preview, send
        wizard.next();
    QCOMPARE(wizard.currentPage()->objectName(), u"commsSendPage"_s);

    const QString eml = bench.dir.file(u"internal-alert.eml"_s);
    FileDialogs::setNextAnswer({eml});
    wizard.findChild<QAbstractButton*>(u"commsMailClientButton"_s)->click();
    const QList<AuditRecord> sent = rowsOf(bench.log, session.incident().id(), u"comms.sent"_s);
    const QJsonObject payload = payloadOf(sent.first());
    QCOMPARE(payload.value(u"channel"_s).toString(), u"mail-client"_s);
    QCOMPARE(payload.value(u"file"_s).toString(), eml);

    // xdg-open runs the "mail client" on its own: wait for what it was given.
    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(m_received),
                              qPrintable(wizard.findChild<QLabel*>(u"commsSendStatusLabel"_s)->text()), 15000);
    QFile received(m_received);
    QVERIFY(received.open(QIODevice::ReadOnly));
    const QString given = QString::fromUtf8(received.readAll());
    QCOMPARE(QFileInfo(given).canonicalFilePath(), QFileInfo(eml).canonicalFilePath());
    QFile file(given);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()),
             payload.value(u"sha256"_s).toString());
}

QTEST_MAIN(TestMailClientChannel)
#include "TestMailClientChannel.moc"
