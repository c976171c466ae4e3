#include "AuditLog.h"
#include "AuditSigner.h"
#include "AuditTestSupport.h"
#include "AuditVerifier.h"
#include "Clock.h"
#include "KeyStore.h"
#include "SigningKey.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace turnback;
using Status = KeyStore::Status;

namespace {

/// What the Secret Service holds for Turnback, as `secret-tool` (libsecret-tools) shows it.
QString secretToolSearch() {
    const test::Run run =
        test::runProgram(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                         QStringLiteral("server"), QStringLiteral("turnback")});
    return run.out + run.err; // secret-tool prints the attributes on stderr
}

/// The stored secret for one key: QtKeychain keeps binary data base64-encoded.
QByteArray secretToolLookup(const QString& keyName) {
    const test::Run run =
        test::runProgram(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                         QStringLiteral("turnback"), QStringLiteral("user"), keyName});
    return QByteArray::fromBase64(run.out.trimmed().toLatin1());
}

} // namespace

/// The signing key in the real OS keychain: this test runs inside its own D-Bus session with an
/// unlocked gnome-keyring (KEYRING option of turnback_add_test), so QtKeychain talks to the real
/// Secret Service. Ends by locking the keyring, the other "no keychain" case.
class TestKeyStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadDeleteRoundTrip();
    void firstUseCreatesTheKeyInTheKeychainOnly();
    void reopeningUsesTheSameKey();
    void commandLineUsesTheKeychain();
    void lockedKeyringIsReportedAndAKeyFileStillWorks(); // last: it locks the keyring

private:
    QString m_db;
    QString m_keyId;
    test::ScratchDir m_dir;
};

void TestKeyStore::initTestCase() {
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no D-Bus session: run through ctest (turnback_add_test ... KEYRING)");
    m_db = m_dir.file(QStringLiteral("audit.db"));
}

void TestKeyStore::writeReadDeleteRoundTrip() {
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    KeyStore store(id);
    const QByteArray raw = QByteArray::fromHex("00ff10203040506070809000a0b0c0d0e0f00102030405060708090a0b0c0d0e0f");
    KeyStore::Result r = store.writeKeyBlocking(SecretBytes(QByteArray(raw.constData(), raw.size())));
    QCOMPARE(r.status, Status::Ok);
    const QString listing = secretToolSearch();
    QVERIFY2(listing.contains(QStringLiteral("attribute.user = audit-signing-key/") + id), qPrintable(listing));
    QVERIFY2(listing.contains(QStringLiteral("attribute.server = turnback")), qPrintable(listing));
    QCOMPARE(secretToolLookup(store.keyName()), raw);

    QSignalSpy spy(&store, &KeyStore::finished);
    store.readKey();
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Status>(), Status::Ok);
    QCOMPARE(store.takeSecret().bytes(), raw);
    QVERIFY(store.takeSecret().isEmpty()); // handed over once, not kept

    QCOMPARE(store.deleteKeyBlocking().status, Status::Ok);
    r = store.readKeyBlocking();
    QCOMPARE(r.status, Status::NotFound);
    QCOMPARE(r.message, QStringLiteral("The keychain has no signing key for this audit log (service \"turnback\", key "
                                       "\"audit-signing-key/%1\"). A locked keychain can look empty too.")
                            .arg(id));
    QTest::qWait(100);
    QCOMPARE(spy.count(), 3); // one finished() per operation, never more
}

void TestKeyStore::firstUseCreatesTheKeyInTheKeychainOnly() {
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(m_db));
    log.setCheckpointInterval(5);
    QVERIFY(test::appendEvents(log, 12)); // before any key: two checkpoints wait

    AuditSigner signer(log);
    QSignalSpy spy(&signer, &AuditSigner::finished);
    signer.useKeychain();
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Status>(), Status::Ok);
    m_keyId = log.signingKeyId();
    QCOMPARE(signer.message(), QStringLiteral("Created signing key %1 and stored it in the keychain (service "
                                              "\"turnback\"). 4 pending checkpoint(s) signed.")
                                   .arg(m_keyId));
    QCOMPARE(log.pendingCheckpointCount(), 0);
    QCOMPARE(log.signingKeys().size(), 1);
    QCOMPARE(log.signingKeys().constFirst().storage, QStringLiteral("keychain"));

    // In the keyring, under this log's database id, and it is the key that signed.
    const QString keyName = KeyStore::keyNameFor(log.databaseId());
    const QString listing = secretToolSearch();
    QVERIFY2(listing.contains(QStringLiteral("attribute.user = ") + keyName), qPrintable(listing));
    const QByteArray raw = secretToolLookup(keyName);
    QCOMPARE(raw.size(), 32);
    // SecretBytes wipes the bytes it is given, so give it a copy.
    const auto fromKeyring = SigningKey::fromRawPrivateKey(SecretBytes(QByteArray(raw.constData(), raw.size())));
    QVERIFY(fromKeyring);
    QCOMPARE(fromKeyring->keyId(), m_keyId);
    QVERIFY(test::appendEvents(log, 3));
    QVERIFY(log.checkpoint(QStringLiteral("quit")));

    // ...and nowhere in the database: not raw, not hex, not base64, not PEM; main file nor WAL.
    for (const QString& file : QStringList{m_db, m_db + QStringLiteral("-wal")}) {
        const QByteArray bytes = test::fileBytes(file);
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(raw), qPrintable(file));
        QVERIFY2(!bytes.contains(raw.toHex()), qPrintable(file));
        QVERIFY2(!bytes.contains(raw.toBase64()), qPrintable(file));
        QVERIFY2(!bytes.contains("PRIVATE KEY"), qPrintable(file));
    }
    const AuditVerification v = AuditVerifier::verify(m_db);
    QVERIFY2(v.ok, qPrintable(v.message));
    QCOMPARE(v.keyIds, QStringList{m_keyId});
}

void TestKeyStore::reopeningUsesTheSameKey() {
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(m_db));
    QVERIFY(test::appendEvents(log, 2));
    QVERIFY(log.checkpoint(QStringLiteral("quit"))); // pending: this instance has no key yet
    AuditSigner signer(log);
    const KeyStore::Result r = signer.useKeychainBlocking();
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.message,
             QStringLiteral("Signing with key %1 from the keychain. 2 pending checkpoint(s) signed.").arg(m_keyId));
    QCOMPARE(log.signingKeys().size(), 1); // no second key
    QVERIFY(AuditVerifier::verify(m_db).ok);
}

void TestKeyStore::commandLineUsesTheKeychain() {
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(m_db));
        QVERIFY(test::appendEvents(log, 4));
    }
    test::Run run = test::cli({QStringLiteral("audit"), QStringLiteral("checkpoint"), m_db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(m_db + QStringLiteral(": Signing with key %1 from the keychain.\n").arg(m_keyId)),
             qPrintable(run.out));
    const QString anchor = run.out.section(QStringLiteral("anchor: "), 1).trimmed();
    QVERIFY(anchor.startsWith(QStringLiteral("21:")));
    run = test::cli({QStringLiteral("audit"), QStringLiteral("verify"), m_db, QStringLiteral("--anchor"), anchor});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("; last signed checkpoint at seq 21\n")), qPrintable(run.out));
}

void TestKeyStore::lockedKeyringIsReportedAndAKeyFileStillWorks() {
    const test::Run lock = test::runProgram(
        QStringLiteral("gdbus"), {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                                  QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                                  QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                                  QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                                  QStringLiteral("[objectpath '/org/freedesktop/secrets/collection/login']")});
    QVERIFY2(lock.exitCode == 0, qPrintable(lock.err));

    // A new log on a locked keyring: the key cannot be stored, so it is not used; recording goes on.
    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("fresh.db"))));
    QVERIFY(test::appendEvents(log, 3));
    QVERIFY(log.checkpoint(QStringLiteral("quit")));
    AuditSigner signer(log);
    QSignalSpy spy(&signer, &AuditSigner::finished);
    signer.useKeychain();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
    QCOMPARE(signer.status(), Status::AccessDenied);
    QCOMPARE(signer.message(),
             QStringLiteral("A new signing key could not be stored in the keychain, so it was discarded: The keychain "
                            "refused access to the signing key: it is locked, or access was denied (Cannot create an "
                            "item in a locked collection). Turnback keeps recording events; 2 checkpoints are waiting "
                            "to be signed. To sign now, keep the signing key in a passphrase-protected file that you "
                            "name instead (it is never stored in the clear), or make the keychain available and try "
                            "again."));
    QVERIFY(!log.hasSigningKey());
    QVERIFY(log.signingKeys().isEmpty());
    QVERIFY(test::appendEvents(log, 2));

    const KeyStore::Result r =
        signer.useKeyFile(dir.file(QStringLiteral("key.pem")), SecretBytes(QByteArray("correct horse battery")),
                          AuditSigner::KeyFileMode::CreateNew);
    QCOMPARE(r.status, Status::Ok);
    QVERIFY(r.message.endsWith(QStringLiteral(" 2 pending checkpoint(s) signed.")));

    // The log whose key is in the (now locked) keyring: a locked collection reads as empty.
    AuditLog existing(clock);
    QVERIFY(existing.open(m_db));
    AuditSigner again(existing);
    const KeyStore::Result locked = again.useKeychainBlocking();
    QCOMPARE(locked.status, Status::NotFound);
    QVERIFY2(
        locked.message.startsWith(QStringLiteral("This audit log is signed with key %1 (kept in the keychain), but "
                                                 "the keychain has no private key for it (the keychain may be "
                                                 "locked, or the key is kept in a file).")
                                      .arg(m_keyId)),
        qPrintable(locked.message));
    QCOMPARE(existing.signingKeys().size(), 1); // no new key was made behind the operator's back
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "TestKeyStore.moc"
