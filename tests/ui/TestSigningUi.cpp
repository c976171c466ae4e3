#include "AuditLog.h"
#include "Checkpoint.h"
#include "Clock.h"
#include "ConsoleController.h"
#include "MainWindow.h"
#include "RememberedKeyFile.h"
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

/// The signing key as the operator meets it. Run twice by ctest, each run in an environment that
/// fixes the answer: test_signing_ui_keyring (TURNBACK_TEST_KEYCHAIN=keyring) inside its own D-Bus
/// session with an unlocked gnome-keyring, and test_signing_ui_no_keychain with no D-Bus session at
/// all, where the dialog must explain and offer a passphrase-protected key file. Every test function
/// checks its variant's answer in both: nothing is skipped.
class TestSigningUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keychainOrKeyFileThenAnchor();
    void aLiveReversalIsNeverCoveredByTheSigningDialog();
    void theKeyFileChosenOnceIsOfferedAfterARestart();

private:
    /// Set by the ctest entry of the keyring variant (tests/ui/CMakeLists.txt); any other run has no keychain.
    static bool keyringExpected() { return qgetenv("TURNBACK_TEST_KEYCHAIN") == "keyring"; }

    std::unique_ptr<test::ScratchDir> m_scratch;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<MainWindow> m_window;
};

void TestSigningUi::initTestCase() {
    if (keyringExpected()) {
        // tests/run-test.sh keyring mode: a private session bus with gnome-keyring's Secret Service.
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "the keyring variant needs its private D-Bus session: run it through ctest");
    } else {
        // Whatever session the runner had: the no-keychain variant must see none (and never the user's keyring).
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }
}

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
        // First launch without a keychain: no dialog over the start screen, and none of the
        // keychain's raw words on screen; the status bar says what it means and offers the choice.
        auto* setUp = m_window->findChild<QPushButton*>(QStringLiteral("setUpSigningButton"));
        QTRY_VERIFY_WITH_TIMEOUT(setUp->isVisible(), 20'000);
        QVERIFY(!m_window->findChild<SigningKeyDialog*>());
        QVERIFY(!m_log->hasSigningKey());
        const QString problem = m_window->controller().signingStatus().problem;
        QVERIFY(!problem.isEmpty());
        for (const QLabel* label : m_window->findChildren<QLabel*>())
            QVERIFY2(!label->isVisible() || (!label->text().contains(problem) &&
                                             !label->text().contains(QStringLiteral("D-Bus"), Qt::CaseInsensitive)),
                     qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
        QCOMPARE(setUp->text(), QStringLiteral("Set up &signing..."));
        QTest::mouseClick(setUp, Qt::LeftButton);
        SigningKeyDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<SigningKeyDialog*>(QStringLiteral("signingKeyDialog"))));
        // It says what is wrong in plain words (the keychain's own in the tooltip) and that recording goes on.
        auto* problemLabel = dialog->findChild<QLabel*>(QStringLiteral("signingProblemLabel"));
        QCOMPARE(problemLabel->text(),
                 QStringLiteral("No keychain can keep the signing key on this computer right now."));
        QCOMPARE(problemLabel->toolTip(), problem);
        QVERIFY(
            dialog->findChild<QLineEdit*>(QStringLiteral("keyFilePathEdit"))->text().isEmpty()); // none remembered yet
        auto* status = m_window->findChild<QLabel*>(QStringLiteral("signingStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("NOT SIGNED YET")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("Events are recorded; 1 checkpoint(s) wait for a signature")),
                 qPrintable(status->text()));

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
        // Its path is remembered (under this test's private XDG_CONFIG_HOME), never the passphrase.
        QCOMPARE(RememberedKeyFile::path(), keyFile);
        const QString settings = qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/turnback/turnback.conf");
        QVERIFY2(test::readText(settings).contains(keyFile), qPrintable(settings));
        QVERIFY(!test::readText(settings).contains(QStringLiteral("correct")));
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

void TestSigningUi::aLiveReversalIsNeverCoveredByTheSigningDialog() {
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
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("signingStatus"));
    if (keyringExpected()) {
        // The keychain answers: the key is used and there is nothing to set up, during the reversal too.
        QTRY_VERIFY_WITH_TIMEOUT(m_log->hasSigningKey(), 20'000);
        QVERIFY(!button->isVisible());
        QVERIFY(status->toolTip().isEmpty());
        QVERIFY2(!status->text().contains(QStringLiteral("NOT SIGNED")), qPrintable(status->text()));
        QVERIFY(!m_window->findChild<SigningKeyDialog*>());
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 20'000);
    QVERIFY(!m_window->findChild<SigningKeyDialog*>()); // the rubric stays in view
    QVERIFY(!status->toolTip().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<SigningKeyDialog*>(QStringLiteral("signingKeyDialog")));
}

void TestSigningUi::theKeyFileChosenOnceIsOfferedAfterARestart() {
    const QString keyFile = m_scratch->file(QStringLiteral("remembered.key"));
    {
        // Chosen once, on this log (created by the dialog: a new key file).
        SigningKeyDialog first(m_window->controller().signer(), QStringLiteral("no keychain"), m_window.get());
        first.findChild<QLineEdit*>(QStringLiteral("keyFilePathEdit"))->setText(keyFile);
        QTest::keyClicks(first.findChild<QLineEdit*>(QStringLiteral("passphraseEdit")),
                         QStringLiteral("correct horse"));
        QTest::keyClicks(first.findChild<QLineEdit*>(QStringLiteral("passphraseRepeatEdit")),
                         QStringLiteral("correct horse"));
        QTest::mouseClick(first.findChild<QPushButton*>(QStringLiteral("useKeyFileButton")), Qt::LeftButton);
        QCOMPARE(first.result(), int(QDialog::Accepted));
    }
    QCOMPARE(RememberedKeyFile::path(), keyFile);

    // Restart: a new window on the same log, which has no key until one is given again.
    const QString db = m_log->path();
    m_window.reset();
    m_log = std::make_unique<AuditLog>(*m_clock);
    QVERIFY(m_log->open(db));
    QVERIFY(!m_log->hasSigningKey());
    m_window = std::make_unique<MainWindow>(*m_log, *m_clock, QStringLiteral("ada"));
    QVERIFY(m_window->openKit(QStringLiteral(":/kits/baseline.yaml")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->startSigning();
    auto* unlock = m_window->findChild<QPushButton*>(QStringLiteral("setUpSigningButton"));
    // With a keychain, it has no key for this log (the key lives in the file): the file is offered
    // there too. Without one, the keychain cannot help at all.
    QTRY_VERIFY_WITH_TIMEOUT(unlock->isVisible(), 20'000);
    QVERIFY(!m_log->hasSigningKey());
    QCOMPARE(unlock->text(), QStringLiteral("Unlock the &signing key file..."));
    QTest::mouseClick(unlock, Qt::LeftButton);
    SigningKeyDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SigningKeyDialog*>(QStringLiteral("signingKeyDialog"))));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("keyFilePathEdit"))->text(), keyFile);
    // Only the passphrase is asked for: it is where the keyboard is.
    auto* passphrase = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    QVERIFY(passphrase->text().isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), passphrase);
    QTest::keyClicks(passphrase, QStringLiteral("correct horse"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    QTRY_VERIFY(m_log->hasSigningKey());
}

QTEST_MAIN(TestSigningUi)
#include "TestSigningUi.moc"
