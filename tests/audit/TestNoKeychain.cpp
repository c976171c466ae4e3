#include "AuditLog.h"
#include "AuditSigner.h"
#include "AuditTestSupport.h"
#include "AuditVerifier.h"
#include "Clock.h"
#include "KeyStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace turnback;
using Status = KeyStore::Status;

/// The "no keychain" path, for real: this test runs WITHOUT a D-Bus session (no KEYRING option, and
/// it removes any session bus it inherited), so QtKeychain cannot reach a Secret Service. The
/// model must say so with a typed status and a plain message, keep recording, and sign through the
/// passphrase-protected key file once the operator chooses it. The same through turnback-cli.
class TestNoKeychain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyStoreSaysThereIsNoKeychain();
    void everyOperationEndsInExactlyOneFinished();
    void recordingGoesOnAndAKeyFileSignsWhatWaited();
    void commandLineWithoutKeychain();

private:
    QProcessEnvironment m_environment;
};

void TestNoKeychain::initTestCase() {
    // Whatever session the test runner had: this test must see none.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    m_environment = QProcessEnvironment::systemEnvironment();
    QVERIFY(!m_environment.contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")));
}

void TestNoKeychain::keyStoreSaysThereIsNoKeychain() {
    KeyStore store(QStringLiteral("6f1c2f1e-0000-4000-8000-000000000001"));
    QCOMPARE(store.keyName(), QStringLiteral("audit-signing-key/6f1c2f1e-0000-4000-8000-000000000001"));
    const KeyStore::Result read = store.readKeyBlocking();
    QCOMPARE(read.status, Status::NoBackend);
    QCOMPARE(read.message, QStringLiteral("No keychain is available in this session: the Secret Service cannot be "
                                          "reached (Cannot autolaunch D-Bus without X11 $DISPLAY)."));
    QVERIFY(store.takeSecret().isEmpty());
    const KeyStore::Result write = store.writeKeyBlocking(SecretBytes(QByteArray(32, '\x01')));
    QCOMPARE(write.status, Status::NoBackend);
    QCOMPARE(KeyStore::statusName(write.status), QStringLiteral("no-backend"));
}

void TestNoKeychain::everyOperationEndsInExactlyOneFinished() {
    KeyStore store(QStringLiteral("db"));
    QSignalSpy spy(&store, &KeyStore::finished);
    store.readKey();
    store.readKey(); // while busy: refused, but still answered, once
    QTRY_COMPARE(spy.count(), 2);
    QTest::qWait(200);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).value<Status>(), Status::Other);
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("The keychain is still busy with the previous request."));
    QCOMPARE(spy.at(1).at(0).value<Status>(), Status::NoBackend);

    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    AuditSigner signer(log);
    QSignalSpy signerSpy(&signer, &AuditSigner::finished);
    signer.useKeychain();
    signer.useKeychain(); // busy
    QTRY_COMPARE(signerSpy.count(), 2);
    QTest::qWait(200);
    QCOMPARE(signerSpy.count(), 2);
    QCOMPARE(signer.status(), Status::NoBackend);
}

void TestNoKeychain::recordingGoesOnAndAKeyFileSignsWhatWaited() {
    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    log.setCheckpointInterval(5);
    QVERIFY(test::appendEvents(log, 12));

    AuditSigner signer(log);
    QSignalSpy spy(&signer, &AuditSigner::finished);
    signer.useKeychain();
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Status>(), Status::NoBackend);
    QCOMPARE(signer.message(),
             QStringLiteral("No keychain is available in this session: the Secret Service cannot be reached (Cannot "
                            "autolaunch D-Bus without X11 $DISPLAY). Turnback keeps recording events; 4 checkpoints "
                            "are waiting to be signed. To sign now, keep the signing key in a passphrase-protected "
                            "file that you name instead (it is never stored in the clear), or make the keychain "
                            "available and try again."));
    QVERIFY(!log.hasSigningKey());
    QVERIFY(log.signingKeys().isEmpty());

    // Recording never stopped.
    QVERIFY(test::appendEvents(log, 4));
    QCOMPARE(log.count(), 16);
    QCOMPARE(log.pendingCheckpointCount(), 6);

    // The operator chooses a key file: what waited is signed now.
    const QString keyFile = dir.file(QStringLiteral("signing-key.pem"));
    KeyStore::Result r = signer.useKeyFile(keyFile, SecretBytes(QByteArray("correct horse battery")),
                                           AuditSigner::KeyFileMode::CreateNew);
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.message, QStringLiteral("Created signing key %1 in the passphrase-protected file %2. 6 pending "
                                       "checkpoint(s) signed.")
                            .arg(log.signingKeyId(), QDir::toNativeSeparators(keyFile)));
    QCOMPARE(log.pendingCheckpointCount(), 0);
    QCOMPARE(log.signingKeys().constFirst().storage, QStringLiteral("file"));
    const AuditVerification v = AuditVerifier::verify(log.path());
    QVERIFY2(v.ok, qPrintable(v.message));
    QCOMPARE(v.signedCheckpoints, 6);

    // Wrong passphrase, missing file, existing file: plain words, and the key in use stays.
    r = signer.useKeyFile(keyFile, SecretBytes(QByteArray("wrong horse battery")),
                          AuditSigner::KeyFileMode::OpenExisting);
    QCOMPARE(r.status, Status::Other);
    QCOMPARE(r.message, QStringLiteral("Cannot open the key file %1: the passphrase is wrong, or the file is damaged.")
                            .arg(QDir::toNativeSeparators(keyFile)));
    r = signer.useKeyFile(keyFile, SecretBytes(QByteArray("correct horse battery")),
                          AuditSigner::KeyFileMode::CreateNew);
    QVERIFY(r.message.contains(QStringLiteral("Turnback never overwrites a key file")));
    QVERIFY(log.hasSigningKey());
}

void TestNoKeychain::commandLineWithoutKeychain() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(db));
        QVERIFY(test::appendEvents(log, 12));
    }
    const QString keyFile = dir.file(QStringLiteral("key.pem"));
    const QString passFile = dir.file(QStringLiteral("pass.txt"));
    QVERIFY(test::writeText(passFile, "correct horse battery\n"));

    // Keychain by default: none here. The checkpoint is recorded anyway, pending; exit 1 says so.
    test::Run run = test::cli({QStringLiteral("audit"), QStringLiteral("checkpoint"), db}, m_environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.startsWith(db + QStringLiteral(": error: checkpoint at seq 12 recorded but NOT signed: No keychain "
                                               "is available in this session")),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("--key-file FILE --passphrase-file FILE")), qPrintable(run.err));
    run = test::cli({QStringLiteral("audit"), QStringLiteral("verify"), db}, m_environment);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("checkpoints: 0 signed, 2 pending\n")), qPrintable(run.out));

    // A key file: only created when asked to.
    run = test::cli({QStringLiteral("audit"), QStringLiteral("checkpoint"), db, QStringLiteral("--key-file"), keyFile,
                     QStringLiteral("--passphrase-file"), passFile},
                    m_environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("There is no key file at %1. To create a new signing key there, add "
                                             "--create-key-file.")
                                  .arg(keyFile)),
             qPrintable(run.err));
    run = test::cli({QStringLiteral("audit"), QStringLiteral("checkpoint"), db, QStringLiteral("--key-file"), keyFile},
                    m_environment);
    QCOMPARE(run.exitCode, 2);
    run = test::cli({QStringLiteral("audit"), QStringLiteral("checkpoint"), db, QStringLiteral("--key-file"), keyFile,
                     QStringLiteral("--passphrase-file"), passFile, QStringLiteral("--create-key-file")},
                    m_environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("2 pending checkpoint(s) signed.")), qPrintable(run.out));
    const QString anchor = run.out.section(QStringLiteral("anchor: "), 1).trimmed();
    QVERIFY2(
        anchor.contains(QRegularExpression(QStringLiteral("^12:[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$"))),
        qPrintable(run.out));
    run = test::cli({QStringLiteral("audit"), QStringLiteral("anchor"), db}, m_environment);
    QCOMPARE(run.out, anchor + u'\n');

    // The anchor holds; a wrong one fails in plain words.
    run = test::cli({QStringLiteral("audit"), QStringLiteral("verify"), db, QStringLiteral("--anchor"), anchor},
                    m_environment);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("anchor %1: the log extends this checkpoint unchanged\n").arg(anchor)),
             qPrintable(run.out));
    run = test::cli({QStringLiteral("audit"), QStringLiteral("verify"), db, QStringLiteral("--anchor"),
                     QStringLiteral("12:0000-0000-0000-0000")},
                    m_environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(db + QStringLiteral(": FAILED: The log does not extend the anchored checkpoint "
                                                    "12:0000-0000-0000-0000: its signed checkpoint at seq 12 has "
                                                    "fingerprint ")),
             qPrintable(run.err));
    run = test::cli(
        {QStringLiteral("audit"), QStringLiteral("verify"), db, QStringLiteral("--anchor"), QStringLiteral("twelve")},
        m_environment);
    QCOMPARE(run.exitCode, 2);

    // More events, another checkpoint from the existing key file, then someone cuts the log back.
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(db));
        QVERIFY(test::appendEvents(log, 3));
    }
    run = test::cli({QStringLiteral("audit"), QStringLiteral("checkpoint"), db, QStringLiteral("--key-file"), keyFile,
                     QStringLiteral("--passphrase-file"), passFile},
                    m_environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString later = run.out.section(QStringLiteral("anchor: "), 1).trimmed();
    QVERIFY(later.startsWith(QStringLiteral("15:")));
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(db));
        QVERIFY(test::appendEvents(log, 2));
    }
    run = test::cli({QStringLiteral("audit"), QStringLiteral("verify"), db}, m_environment);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(
        run.out.contains(QStringLiteral("2 rows after the last checkpoint (seq 15) are chained but not signed; rows "
                                        "removed from the end after seq 15 cannot be detected without an "
                                        "anchor.\n")),
        qPrintable(run.out));

    test::attack(db, [](QSqlQuery& q) {
        test::run(q, QStringLiteral("DELETE FROM audit_checkpoint WHERE id > 2"));
        test::run(q, QStringLiteral("DELETE FROM audit_incident_chain WHERE seq > 13"));
        test::run(q, QStringLiteral("DELETE FROM audit_log WHERE seq > 13"));
    });
    run = test::cli({QStringLiteral("audit"), QStringLiteral("verify"), db}, m_environment);
    QCOMPARE(run.exitCode, 0); // on its own, a shorter log still looks whole...
    QVERIFY2(run.out.contains(QStringLiteral("1 row after the last checkpoint (seq 12)")), qPrintable(run.out));
    run = test::cli({QStringLiteral("audit"), QStringLiteral("verify"), db, QStringLiteral("--anchor"), later},
                    m_environment);
    QCOMPARE(run.exitCode, 1); // ...the anchor shows it is not
    QCOMPARE(run.err, db + QStringLiteral(": FAILED: seq 14 to 15: cut off the end: the anchored checkpoint %1 covers "
                                          "the log up to seq 15, but the log now ends at seq 13.\n"
                                          "first bad seq: 14\n")
                               .arg(later));
    run = test::cli({QStringLiteral("audit"), QStringLiteral("verify"), db, QStringLiteral("--anchor"), anchor},
                    m_environment);
    QCOMPARE(run.exitCode, 0);

    run = test::cli(
        {QStringLiteral("audit"), QStringLiteral("verify"), db, QStringLiteral("--incident"), QStringLiteral("rev-1")},
        m_environment);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(db + QStringLiteral(": incident rev-1: ok: 9 events, incident head hash ")),
             qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "TestNoKeychain.moc"
