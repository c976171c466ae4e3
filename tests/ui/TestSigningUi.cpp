#include "AuditLog.h"
#include "Checkpoint.h"
#include "Clock.h"
#include "MainWindow.h"
#include "ReversalSession.h"
#include "SigningKeyDialog.h"
#include "TestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace turnback;

/// The signing key as the operator meets it. Run twice by ctest: once with a real gnome-keyring
/// (test_signing_ui_keyring) and once with no D-Bus session at all (test_signing_ui_no_keychain),
/// where the dialog must explain and offer a passphrase-protected key file.
class TestSigningUi : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void keychainOrKeyFileThenAnchor();
#ifndef TURNBACK_TEST_WITH_KEYRING
    // Only without a keychain is there a dialog to keep out of the way: the test does not exist in
    // test_signing_ui_keyring rather than skip there.
    void aLiveReversalIsNeverCoveredByTheSigningDialog();
#endif

private:
    /// tests/run-test.sh gives KEYRING tests a private D-Bus session and removes it from all others.
    static bool keyringExpected() {
        return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
    }

    std::unique_ptr<test::ScratchDir> m_scratch;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<MainWindow> m_window;
};

void TestSigningUi::init() {
    m_scratch = std::make_unique<test::ScratchDir>();
    m_clock = std::make_unique<SimulatedClock>();
    m_log = std::make_unique<AuditLog>(*m_clock);
    QVERIFY(m_log->open(m_scratch->file(QStringLiteral("audit.sqlite"))));
    m_window = std::make_unique<MainWindow>(*m_log, *m_clock, QStringLiteral("ada"));
    QVERIFY(m_window->openKit(QStringLiteral(":/kits/baseline.yaml")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSigningUi::cleanup() {
    m_window.reset();
    m_log.reset();
    m_clock.reset();
    m_scratch.reset();
}

void TestSigningUi::keychainOrKeyFileThenAnchor() {
    // Before any key: nothing to copy, and a checkpoint is recorded but waits for its signature.
    QVERIFY(!m_window->copyAnchor());
    QVERIFY(m_log->checkpoint(QStringLiteral("test")));
    QCOMPARE(m_log->pendingCheckpointCount(), 1);

    m_window->startSigning();
    if (keyringExpected()) {
        QTRY_VERIFY_WITH_TIMEOUT(m_log->hasSigningKey(), 20'000);
        QVERIFY(!m_window->findChild<SigningKeyDialog*>());
    } else {
        SigningKeyDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<SigningKeyDialog*>(QStringLiteral("signingKeyDialog"))),
                                 20'000);
        QVERIFY(!m_log->hasSigningKey());
        // It says what is wrong and that recording goes on.
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("signingProblemLabel"))->text().isEmpty());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("signingExplainLabel"))
                    ->text()
                    .contains(QStringLiteral("Recording goes on")));
        auto* status = m_window->findChild<QLabel*>(QStringLiteral("signingStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("NOT SIGNED YET")), qPrintable(status->text()));

        const QString keyFile = m_scratch->file(QStringLiteral("signing.key"));
        dialog->findChild<QLineEdit*>(QStringLiteral("keyFilePathEdit"))->setText(keyFile);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")),
                         QStringLiteral("correct horse"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseRepeatEdit")),
                         QStringLiteral("correct hors"));
        auto* use = dialog->findChild<QPushButton*>(QStringLiteral("useKeyFileButton"));
        QTest::mouseClick(use, Qt::LeftButton);
        // A typo in the repeat is caught; nothing is created.
        QVERIFY(dialog->isVisible());
        QVERIFY(!QFile::exists(keyFile));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("signingProblemLabel"))
                    ->text()
                    .contains(QStringLiteral("differ")));
        // The passphrase stays; only the repeat is cleared, to type again.
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseRepeatEdit"))->text().isEmpty());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseRepeatEdit")),
                         QStringLiteral("correct horse"));
        QTest::mouseClick(use, Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<SigningKeyDialog*>());
        QVERIFY(QFile::exists(keyFile));
        QVERIFY(m_log->hasSigningKey());
        // The key file is encrypted: no plaintext PEM private key in it.
        QVERIFY(!test::readText(keyFile).contains(QStringLiteral("BEGIN PRIVATE KEY")));
    }
    // The waiting checkpoint caught up.
    QCOMPARE(m_log->pendingCheckpointCount(), 0);

    QVERIFY(m_window->copyAnchor());
    const std::optional<Checkpoint> signedOne = m_log->latestSignedCheckpoint();
    QVERIFY(signedOne);
    QCOMPARE(QApplication::clipboard()->text(), signedOne->anchor());
    const QList<AuditRecord> copied = m_log->recordsOfKind(QStringLiteral("anchor.copied"));
    QCOMPARE(copied.size(), 1);
    QVERIFY(copied.first().payload.contains(signedOne->anchor()));
}

#ifndef TURNBACK_TEST_WITH_KEYRING
void TestSigningUi::aLiveReversalIsNeverCoveredByTheSigningDialog() {
    QVERIFY2(!keyringExpected(), "a session bus may offer a keychain: run this test through ctest");
    auto session = std::make_unique<ReversalSession>(m_window->trail(), *m_clock, m_window->kit());
    QVERIFY(session->start({QStringLiteral("v2.14"),
                            QStringLiteral("checkout"),
                            {QStringLiteral("ada"), QStringLiteral("incident-commander")},
                            false}));
    // The window's own session is what matters: start one through the window.
    session.reset();
    QVERIFY(m_window->resumeOpenReversal());
    m_window->startSigning();
    auto* button = m_window->findChild<QPushButton*>(QStringLiteral("setUpSigningButton"));
    QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 20'000);
    QVERIFY(!m_window->findChild<SigningKeyDialog*>()); // the rubric stays in view
    QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("signingStatus"))->toolTip().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<SigningKeyDialog*>(QStringLiteral("signingKeyDialog")));
}
#endif

QTEST_MAIN(TestSigningUi)
#include "TestSigningUi.moc"
