#include "AuditLog.h"
#include "AuditTestSupport.h"
#include "AuditVerifier.h"
#include "Clock.h"
#include "KeyFile.h"
#include "SigningKey.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace turnback;
using namespace std::chrono_literals;
using Problem = AuditVerification::Problem;

namespace {

std::shared_ptr<const SigningKey> newKey() {
    auto key = SigningKey::generate();
    return key ? std::make_shared<const SigningKey>(std::move(*key)) : nullptr;
}

SecretBytes secret(const char* text) {
    return SecretBytes(QByteArray(text));
}

/// Recomputes every hash from `fromSeq` on, as an attacker rewriting the log would.
void rehashFrom(QSqlQuery& q, const QList<AuditRecord>& original, qint64 fromSeq,
                const std::function<void(AuditRecord&)>& change) {
    QString previous = original.at(fromSeq - 2).hash;
    for (qsizetype i = fromSeq - 1; i < original.size(); ++i) {
        AuditRecord r = original.at(i);
        if (r.seq == fromSeq)
            change(r);
        r.prevHash = previous;
        r.hash = AuditLog::computeHash(previous, r);
        q.prepare(QStringLiteral("UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?"));
        q.addBindValue(r.actor);
        q.addBindValue(r.prevHash);
        q.addBindValue(r.hash);
        q.addBindValue(r.seq);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        previous = r.hash;
    }
}

} // namespace

/// Signed checkpoints without a keychain (keys given directly or from a key file): when they are
/// taken, what is signed, how the verifier and the openssl command line check them, per-incident
/// proofs, the schema 1 upgrade, and every kind of tampering the checkpoints exist to catch.
class TestCheckpoints : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signingKeyRoundTrips();
    void keyFileIsEncryptedAndOpenSslReadsIt();
    void messageFingerprintAndAnchor();
    void checkpointsOnIntervalCloseAndRequest();
    void pendingCheckpointsCatchUp();
    void signatureVerifiesWithOpenSslAsDocumented();
    void incidentCheckpointVerifiesWithOpenSslAsDocumented();
    void checkpointTableRefusesChanges();
    void tamperingIsReported_data();
    void tamperingIsReported();
    void truncationAfterTheLastCheckpointIsAnUnprovableTail();
    void truncationBeforeTheLastCheckpointIsDetected();
    void anchors();
    void oneIncidentVerifiesOnItsOwn();
    void incidentChainTamperingInTheFile();
    void upgradeFromVersion1();
    void privateKeyIsNeverInTheDatabase();
};

void TestCheckpoints::signingKeyRoundTrips() {
    auto key = SigningKey::generate();
    QVERIFY(key);
    const QByteArray message("turnback-checkpoint-v1\n1\n");
    const QByteArray signature = key->sign(message);
    QCOMPARE(signature.size(), 64);
    QVERIFY(key->publicKey().verify(message, signature));
    QVERIFY(!key->publicKey().verify(message + 'x', signature));
    QVERIFY(key->keyId().contains(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$"))));

    const auto fromPem = PublicKey::fromPem(key->publicKey().pem());
    QVERIFY(fromPem);
    QCOMPARE(*fromPem, key->publicKey());
    QVERIFY(key->publicKey().pem().startsWith("-----BEGIN PUBLIC KEY-----"));

    const auto fromRaw = SigningKey::fromRawPrivateKey(key->rawPrivateKey());
    QVERIFY(fromRaw);
    QCOMPARE(fromRaw->keyId(), key->keyId());

    const QByteArray pem = key->toEncryptedPem(secret("correct horse battery"));
    QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    const auto decrypted = SigningKey::fromEncryptedPem(pem, secret("correct horse battery"));
    QVERIFY(decrypted);
    QCOMPARE(decrypted->keyId(), key->keyId());
    QString error;
    QVERIFY(!SigningKey::fromEncryptedPem(pem, secret("wrong horse battery"), &error));
    QCOMPARE(error, QStringLiteral("the passphrase is wrong, or the file is damaged"));
    QVERIFY(!SigningKey::fromRawPrivateKey(SecretBytes(QByteArray(31, 'x')), &error));
    QCOMPARE(error, QStringLiteral("the stored key has 31 bytes instead of 32"));
}

void TestCheckpoints::keyFileIsEncryptedAndOpenSslReadsIt() {
    test::ScratchDir dir;
    const QString path = dir.file(QStringLiteral("signing-key.pem"));
    const QString passFile = dir.file(QStringLiteral("pass.txt"));
    QVERIFY(test::writeText(passFile, "correct horse battery\n"));
    QString error;
    const SecretBytes passphrase = KeyFile::readPassphraseFile(passFile, &error);
    QCOMPARE(passphrase.bytes(), QByteArray("correct horse battery"));

    auto key = SigningKey::generate();
    QVERIFY(key);
    QVERIFY(!KeyFile::write(path, *key, secret("short"), &error));
    QCOMPARE(error, QStringLiteral("The passphrase for a new key file must have at least 8 characters."));
    QVERIFY2(KeyFile::write(path, *key, passphrase, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
             QFile::Permissions());
    const QByteArray stored = test::fileBytes(path);
    QVERIFY(stored.contains("ENCRYPTED PRIVATE KEY"));
    const SecretBytes raw = key->rawPrivateKey();
    QVERIFY(!stored.contains(raw.bytes()) && !stored.contains(raw.bytes().toHex()) &&
            !stored.contains(raw.bytes().toBase64()));
    QVERIFY(!KeyFile::write(path, *key, passphrase, &error));
    QVERIFY2(error.endsWith(QStringLiteral("already exists; Turnback never overwrites a key file. Name a new file.")),
             qPrintable(error));

    // Standard tools read it with the same passphrase: the operator is never locked in.
    const test::Run openssl = test::runProgram(
        QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"), path, QStringLiteral("-passin"),
                                    QStringLiteral("file:") + passFile, QStringLiteral("-pubout")});
    QCOMPARE(openssl.exitCode, 0);
    QCOMPARE(openssl.out.toLatin1(), key->publicKey().pem());
    const test::Run asn1 =
        test::runProgram(QStringLiteral("openssl"), {QStringLiteral("asn1parse"), QStringLiteral("-in"), path});
    QVERIFY2(asn1.out.contains(QStringLiteral(":scrypt")) && asn1.out.contains(QStringLiteral("aes-256-cbc")),
             qPrintable(asn1.out));

    const auto back = KeyFile::read(path, passphrase, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->keyId(), key->keyId());
    QVERIFY(!KeyFile::read(path, secret("not the passphrase"), &error));
    QCOMPARE(error, QStringLiteral("Cannot open the key file %1: the passphrase is wrong, or the file is damaged.")
                        .arg(QDir::toNativeSeparators(path)));
}

void TestCheckpoints::messageFingerprintAndAnchor() {
    Checkpoint c;
    c.seq = 1200;
    c.headHash = QString(64, QLatin1Char('a'));
    c.atUtc = QStringLiteral("2026-11-26T18:06:11.123Z");
    c.clockSource = QStringLiteral("system");
    QVERIFY(c.message().isEmpty()); // pending: no key id yet
    QVERIFY(c.fingerprint().isEmpty());
    c.keyId = QStringLiteral("0123456789abcdef");
    c.signature = QString(128, QLatin1Char('0'));
    const QByteArray expected = "turnback-checkpoint-v1\n1200\n" + QByteArray(64, 'a') +
                                "\n2026-11-26T18:06:11.123Z\n0123456789abcdef\nsystem\n";
    QCOMPARE(c.message(), expected);
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex());
    const QString fingerprint =
        digest.mid(0, 4) + u'-' + digest.mid(4, 4) + u'-' + digest.mid(8, 4) + u'-' + digest.mid(12, 4);
    QCOMPARE(c.fingerprint(), fingerprint);
    QCOMPARE(c.anchor(), QStringLiteral("1200:") + fingerprint);

    c.scope = Checkpoint::Scope::Incident;
    c.incident = QStringLiteral("rev-2026-11-26-01");
    c.seq = 7;
    QCOMPARE(c.message(), "turnback-incident-checkpoint-v1\nrev-2026-11-26-01\n7\n" + QByteArray(64, 'a') +
                              "\n2026-11-26T18:06:11.123Z\n0123456789abcdef\nsystem\n");

    const auto anchor = CheckpointAnchor::parse(QStringLiteral("1200:AB12CD34-ef56 7890"));
    QVERIFY(anchor);
    QCOMPARE(anchor->seq, 1200);
    QCOMPARE(anchor->toString(), QStringLiteral("1200:ab12-cd34-ef56-7890"));
    QVERIFY(!CheckpointAnchor::parse(QStringLiteral("ab12-cd34-ef56-7890")));
    QVERIFY(!CheckpointAnchor::parse(QStringLiteral("0:ab12-cd34-ef56-7890")));
    QVERIFY(!CheckpointAnchor::parse(QStringLiteral("12:ab12-cd34-ef56")));
}

void TestCheckpoints::checkpointsOnIntervalCloseAndRequest() {
    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    QCOMPARE(log.checkpointInterval(), AuditLog::kDefaultCheckpointInterval);
    log.setCheckpointInterval(10);
    const auto key = newKey();
    QVERIFY2(log.setSigningKey(key, QStringLiteral("file")), qPrintable(log.errorString()));
    QCOMPARE(log.signingKeys().size(), 1);
    QCOMPARE(log.signingKeys().constFirst().keyId, key->keyId());
    QCOMPARE(log.signingKeys().constFirst().publicKeyPem, key->publicKey().pem());

    QVERIFY(test::appendEvents(log, 25));
    QList<Checkpoint> all = log.checkpoints();
    // Seq 10 and 20, each with the head of rev-1 that changed since the last one.
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(0).scope, Checkpoint::Scope::Log);
    QCOMPARE(all.at(0).seq, 10);
    QCOMPARE(all.at(0).reason, QStringLiteral("interval"));
    QCOMPARE(all.at(0).clockSource, QStringLiteral("simulated"));
    QCOMPARE(all.at(1).scope, Checkpoint::Scope::Incident);
    QCOMPARE(all.at(1).incident, QStringLiteral("rev-1"));
    QCOMPARE(all.at(1).seq, 7); // seq 1..10 hold 7 rev-1 events (every third is console-level)
    QCOMPARE(all.at(2).seq, 20);
    for (const Checkpoint& c : all) {
        QVERIFY(c.isSigned());
        QCOMPARE(c.keyId, key->keyId());
        QVERIFY(key->publicKey().verify(c.message(), c.signatureBytes()));
    }

    // Closing a reversal signs at once, including that reversal's last row.
    QVERIFY(log.append({QStringLiteral("ann"), QStringLiteral("ReversalClosed"), {}, QStringLiteral("rev-1"), {}}));
    all = log.checkpoints();
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.at(4).seq, 26);
    QCOMPARE(all.at(4).reason, QStringLiteral("reversal-closed"));
    QCOMPARE(all.at(5).incident, QStringLiteral("rev-1"));
    QCOMPARE(all.at(5).headHash, log.records(26).constFirst().incidentHash);

    // On quit, with nothing new: nothing to add. With something new: one more.
    QVERIFY(log.checkpoint(QStringLiteral("quit")));
    QCOMPARE(log.checkpoints().size(), 6);
    QVERIFY(test::appendEvents(log, 2, QStringLiteral("rev-2")));
    QVERIFY(log.checkpoint(QStringLiteral("quit")));
    const auto latest = log.latestCheckpoint();
    QVERIFY(latest);
    QCOMPARE(latest->seq, 28);
    QCOMPARE(latest->reason, QStringLiteral("quit"));
    QCOMPARE(log.incidentCheckpoints(QStringLiteral("rev-2")).size(), 1);
    QCOMPARE(AuditLog::checkpointFingerprint(*latest), latest->fingerprint());

    const AuditVerification v = AuditVerifier::verify(log.path());
    QVERIFY2(v.ok, qPrintable(v.message));
    QCOMPARE(v.signedCheckpoints, 8);
    QCOMPARE(v.pendingCheckpoints, 0);
    QCOMPARE(v.lastSignedSeq, 28);
    QCOMPARE(v.keyIds, QStringList{key->keyId()});
    QCOMPARE(v.tail, QStringLiteral("Every row up to the head (seq 28) is covered by a signed checkpoint; rows removed "
                                    "from the end after it cannot be detected without an anchor of a later "
                                    "checkpoint."));

    AuditLog readOnly(clock);
    QVERIFY(readOnly.open(log.path(), AuditLog::Access::ReadOnly));
    QVERIFY(!readOnly.checkpoint(QStringLiteral("quit")));
    QVERIFY(readOnly.errorString().contains(QStringLiteral("read-only")));
}

void TestCheckpoints::pendingCheckpointsCatchUp() {
    test::ScratchDir dir;
    SimulatedClock clock(QDateTime(QDate(2026, 11, 26), QTime(18, 0), Qt::UTC));
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    log.setCheckpointInterval(10);
    QVERIFY(test::appendEvents(log, 25)); // no key: recording goes on, checkpoints wait
    QCOMPARE(log.count(), 25);
    QCOMPARE(log.pendingCheckpointCount(), 4);
    QVERIFY(!log.latestSignedCheckpoint());
    QVERIFY(log.latestCheckpoint());
    QVERIFY(log.latestCheckpoint()->anchor().isEmpty());
    AuditVerification v = AuditVerifier::verify(log.path());
    QVERIFY(v.ok);
    QCOMPARE(v.pendingCheckpoints, 4);
    QCOMPARE(v.signedCheckpoints, 0);
    QCOMPARE(v.tail, QStringLiteral("No signed checkpoint: the 25 rows are chained but not signed; rows removed from "
                                    "the end, or a rewrite of the whole log, cannot be detected without an anchor."));

    clock.advance(5min);
    const auto key = newKey();
    QVERIFY(log.setSigningKey(key, QStringLiteral("file")));
    QCOMPARE(log.pendingCheckpointCount(), 0);
    for (const Checkpoint& c : log.checkpoints()) {
        QVERIFY(c.isSigned());
        QCOMPARE(c.atUtc.left(16), QStringLiteral("2026-11-26T18:00"));
        QCOMPARE(c.signedAtUtc, QStringLiteral("2026-11-26T18:05:00.000Z")); // the signature caught up later
    }
    v = AuditVerifier::verify(log.path());
    QVERIFY2(v.ok, qPrintable(v.message));
    QCOMPARE(v.signedCheckpoints, 4);
    QCOMPARE(v.lastSignedSeq, 20);
    QCOMPARE(v.unsignedTail, 5);
    QCOMPARE(v.tail,
             QStringLiteral("5 rows after the last checkpoint (seq 20) are chained but not signed; rows removed "
                            "from the end after seq 20 cannot be detected without an anchor."));
}

void TestCheckpoints::signatureVerifiesWithOpenSslAsDocumented() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    Checkpoint latest;
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(db));
        QVERIFY(log.setSigningKey(newKey(), QStringLiteral("file")));
        QVERIFY(test::appendEvents(log, 12));
        QVERIFY(log.checkpoint(QStringLiteral("quit")));
        latest = *log.latestSignedCheckpoint();
    }
    const QString steps = test::documentedShellBlock(QStringLiteral(TURNBACK_SOURCE_DIR "/docs/audit-log.md"),
                                                     QStringLiteral("<!-- test: auditor-checkpoint-steps"));
    QVERIFY2(steps.contains(QStringLiteral("openssl pkeyutl -verify -pubin -inkey pub.pem -rawin -in message.bin "
                                           "-sigfile sig.bin")),
             qPrintable(steps));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DB"), db);
    const test::Run run = test::runProgram(QStringLiteral("sh"), {QStringLiteral("-e"), QStringLiteral("-c"), steps},
                                           environment, dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Signature Verified Successfully")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("fingerprint: ") + latest.fingerprint()), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("head hash ok: ") + latest.headHash), qPrintable(run.out));
    QCOMPARE(test::fileBytes(dir.file(QStringLiteral("message.bin"))), latest.message());

    // The same steps fail on a changed checkpoint: openssl itself says so.
    test::attack(db, [](QSqlQuery& q) {
        test::run(q, QStringLiteral("UPDATE audit_checkpoint SET at_utc = '2025-06-01T00:00:00.000Z' WHERE id = "
                                    "(SELECT max(id) FROM audit_checkpoint WHERE scope = 'log')"));
    });
    const test::Run tampered = test::runProgram(
        QStringLiteral("sh"), {QStringLiteral("-e"), QStringLiteral("-c"), steps}, environment, dir.path());
    QVERIFY2(tampered.exitCode != 0, qPrintable(tampered.out + tampered.err));
    QVERIFY2(tampered.out.contains(QStringLiteral("Signature Verification Failure")), qPrintable(tampered.out));
}

void TestCheckpoints::incidentCheckpointVerifiesWithOpenSslAsDocumented() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(db));
        QVERIFY(log.setSigningKey(newKey(), QStringLiteral("file")));
        QVERIFY(test::appendEvents(log, 6, QStringLiteral("rev-2026-11-26-01")));
        QVERIFY(test::appendEvents(log, 4, QStringLiteral("rev-other")));
        QVERIFY(log.append(
            {QStringLiteral("ann"), QStringLiteral("ReversalClosed"), {}, QStringLiteral("rev-2026-11-26-01"), {}}));
    }
    const QString steps = test::documentedShellBlock(QStringLiteral(TURNBACK_SOURCE_DIR "/docs/audit-log.md"),
                                                     QStringLiteral("<!-- test: auditor-incident-steps"));
    QVERIFY(!steps.isEmpty());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DB"), db);
    environment.insert(QStringLiteral("INCIDENT"), QStringLiteral("rev-2026-11-26-01"));
    const test::Run run = test::runProgram(QStringLiteral("sh"), {QStringLiteral("-e"), QStringLiteral("-c"), steps},
                                           environment, dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Signature Verified Successfully")), qPrintable(run.out));
}

void TestCheckpoints::checkpointTableRefusesChanges() {
    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    QVERIFY(test::appendEvents(log, 3));
    QVERIFY(log.checkpoint(QStringLiteral("quit")));              // pending
    QVERIFY(log.setSigningKey(newKey(), QStringLiteral("file"))); // signs it: the one allowed change
    QSqlQuery query(QSqlDatabase::database(log.connectionName(), false));
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_checkpoint SET seq = 2")));
    QCOMPARE(query.lastError().databaseText(), QStringLiteral("a checkpoint is signed once and never changed"));
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_checkpoint SET signature = NULL, key_id = NULL")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_checkpoint")));
    QCOMPARE(query.lastError().databaseText(), QStringLiteral("audit_checkpoint is append-only"));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM signing_key")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_incident_chain")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_incident_chain SET incident_seq = incident_seq + 1")));
}

void TestCheckpoints::tamperingIsReported_data() {
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("message");
    // The log: 20 events, checkpoints at seq 10 (id 1 log, id 2 rev-1) and 20 (id 3 log, id 4 rev-1).
    QTest::newRow("checkpoint head hash changed")
        << QStringLiteral("UPDATE audit_checkpoint SET head_hash = (SELECT hash FROM audit_log WHERE seq = 9), seq = 9 "
                          "WHERE id = 1")
        << int(Problem::BadSignature)
        << QStringLiteral("checkpoint 1 (seq 9): the signature does not verify with key %1: the checkpoint was "
                          "changed after it was signed, or forged.");
    QTest::newRow("checkpoint time changed")
        << QStringLiteral("UPDATE audit_checkpoint SET at_utc = '2025-01-01T00:00:00.000Z' WHERE id = 3")
        << int(Problem::BadSignature)
        << QStringLiteral("checkpoint 3 (seq 20): the signature does not verify with key %1: the checkpoint was "
                          "changed after it was signed, or forged.");
    QTest::newRow("signature replaced")
        << QStringLiteral("UPDATE audit_checkpoint SET signature = (SELECT signature FROM audit_checkpoint WHERE id = "
                          "1) WHERE id = 3")
        << int(Problem::BadSignature)
        << QStringLiteral("checkpoint 3 (seq 20): the signature does not verify with key %1: the checkpoint was "
                          "changed after it was signed, or forged.");
    QTest::newRow("incident checkpoint changed")
        << QStringLiteral("UPDATE audit_checkpoint SET seq = 6 WHERE id = 4") << int(Problem::BadSignature)
        << QStringLiteral("checkpoint 4 (incident rev-1, incident_seq 6): the signature does not verify with key %1: "
                          "the checkpoint was changed after it was signed, or forged.");
    QTest::newRow("signing key removed")
        << QStringLiteral("DELETE FROM signing_key") << int(Problem::BadSignature)
        << QStringLiteral("checkpoint 1 (seq 10) names signing key %1, which is not in the log's signing_key table, "
                          "so its signature cannot be checked.");
    QTest::newRow("public key swapped")
        << QStringLiteral("UPDATE signing_key SET public_key_pem = '-----BEGIN PUBLIC KEY-----\n"
                          "MCowBQYDK2VwAyEAYH+VVWBNPWh4SM4zJh40g5rYrw3E4Jza9jXy1CNH0r0=\n-----END PUBLIC KEY-----\n'")
        << int(Problem::BadSignature)
        << QStringLiteral("signing key %1: its public key is key 50b524e3347c3adf, so the signing_key table was "
                          "altered.");
    QTest::newRow("covered row changed")
        << QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 4") << int(Problem::Changed)
        << QStringLiteral("seq 4: row was changed after it was written (its hash does not match its contents).");
}

void TestCheckpoints::tamperingIsReported() {
    QFETCH(QString, statement);
    QFETCH(int, problem);
    QFETCH(QString, message);
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    QString keyId;
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(db));
        log.setCheckpointInterval(10);
        const auto key = newKey();
        keyId = key->keyId();
        QVERIFY(log.setSigningKey(key, QStringLiteral("file")));
        QVERIFY(test::appendEvents(log, 20));
        QCOMPARE(log.checkpoints().size(), 4);
    }
    QVERIFY(AuditVerifier::verify(db).ok);
    test::attack(db, [&](QSqlQuery& q) { test::run(q, statement); });
    const AuditVerification v = AuditVerifier::verify(db);
    QVERIFY(!v.ok);
    QCOMPARE(AuditVerifier::problemName(v.problem), AuditVerifier::problemName(Problem(problem)));
    QCOMPARE(v.message, message.contains(QStringLiteral("%1")) ? message.arg(keyId) : message);
}

void TestCheckpoints::truncationAfterTheLastCheckpointIsAnUnprovableTail() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(db));
        log.setCheckpointInterval(10);
        QVERIFY(log.setSigningKey(newKey(), QStringLiteral("file")));
        QVERIFY(test::appendEvents(log, 26));
    }
    test::attack(db, [](QSqlQuery& q) {
        test::run(q, QStringLiteral("DELETE FROM audit_incident_chain WHERE seq > 23"));
        test::run(q, QStringLiteral("DELETE FROM audit_log WHERE seq > 23"));
    });
    const AuditVerification v = AuditVerifier::verify(db);
    QVERIFY2(v.ok, qPrintable(v.message)); // nothing signed says there were 26 rows
    QCOMPARE(v.count, 23);
    QCOMPARE(v.lastSignedSeq, 20);
    QCOMPARE(v.unsignedTail, 3);
    QCOMPARE(v.tail,
             QStringLiteral("3 rows after the last checkpoint (seq 20) are chained but not signed; rows removed "
                            "from the end after seq 20 cannot be detected without an anchor."));
}

void TestCheckpoints::truncationBeforeTheLastCheckpointIsDetected() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(db));
        log.setCheckpointInterval(10);
        QVERIFY(log.setSigningKey(newKey(), QStringLiteral("file")));
        QVERIFY(test::appendEvents(log, 26));
    }
    test::attack(db, [](QSqlQuery& q) {
        test::run(q, QStringLiteral("DELETE FROM audit_incident_chain WHERE seq > 17"));
        test::run(q, QStringLiteral("DELETE FROM audit_log WHERE seq > 17"));
    });
    const AuditVerification v = AuditVerifier::verify(db);
    QVERIFY(!v.ok);
    QCOMPARE(v.problem, Problem::Truncated);
    QCOMPARE(v.firstBadSeq, 18);
    QCOMPARE(v.badCheckpointId, 3);
    QCOMPARE(v.message, QStringLiteral("seq 18 to 20: cut off the end: signed checkpoint 3 (seq 20) covers the log up "
                                       "to seq 20, but the log now ends at seq 17, so rows were removed from the "
                                       "end."));

    // A rewrite of everything from seq 5 on, every hash recomputed, is caught by the checkpoint too.
    const QString rewritten = dir.file(QStringLiteral("rewritten.db"));
    QList<AuditRecord> original;
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(rewritten));
        log.setCheckpointInterval(10);
        QVERIFY(log.setSigningKey(newKey(), QStringLiteral("file")));
        QVERIFY(test::appendEvents(log, 26));
        original = log.records();
    }
    QCOMPARE(original.at(6 - 1).incident, QString()); // seq 6 is a console-level row
    test::attack(rewritten, [&](QSqlQuery& q) {
        rehashFrom(q, original, 6, [](AuditRecord& r) { r.actor = QStringLiteral("mallory"); });
    });
    const AuditVerification w = AuditVerifier::verify(rewritten);
    QVERIFY(!w.ok);
    QCOMPARE(w.problem, Problem::CheckpointMismatch);
    QCOMPARE(w.badCheckpointId, 1);
    QVERIFY2(w.message.startsWith(QStringLiteral("checkpoint 1 (seq 10): the signed head hash ")),
             qPrintable(w.message));
    QVERIFY2(w.message.endsWith(QStringLiteral("the log up to seq 10 was rewritten after it was signed (somewhere in "
                                               "seq 1 to 10, every hash recomputed).")),
             qPrintable(w.message));
}

void TestCheckpoints::anchors() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    Checkpoint anchored;
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(db));
        log.setCheckpointInterval(10);
        QVERIFY(log.setSigningKey(newKey(), QStringLiteral("file")));
        QVERIFY(test::appendEvents(log, 20));
        anchored = *log.latestSignedCheckpoint();
        QVERIFY(test::appendEvents(log, 5));
    }
    AuditVerifyOptions options;
    options.anchor = CheckpointAnchor::parse(anchored.anchor());
    AuditVerification v = AuditVerifier::verify(db, options);
    QVERIFY2(v.ok, qPrintable(v.message));
    QVERIFY(v.anchorVerified);

    options.anchor = CheckpointAnchor::parse(QStringLiteral("20:0000-0000-0000-0000"));
    v = AuditVerifier::verify(db, options);
    QCOMPARE(v.problem, Problem::AnchorMismatch);
    QCOMPARE(v.message, QStringLiteral("The log does not extend the anchored checkpoint 20:0000-0000-0000-0000: its "
                                       "signed checkpoint at seq 20 has fingerprint %1. The log was rewritten or "
                                       "re-signed since the anchor was taken, the checkpoint was removed, or the "
                                       "anchor belongs to another log.")
                            .arg(anchored.fingerprint()));

    // Someone rewrites the whole log and signs it again with a key of their own: valid on its own,
    // but not the log that was anchored.
    const QList<AuditRecord> records = [&] {
        SimulatedClock clock;
        AuditLog log(clock);
        return log.open(db, AuditLog::Access::ReadOnly) ? log.records() : QList<AuditRecord>();
    }();
    const QString forged = dir.file(QStringLiteral("forged.db"));
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(forged));
        log.setCheckpointInterval(10);
        QVERIFY(log.setSigningKey(newKey(), QStringLiteral("file")));
        QVERIFY(test::appendEvents(log, 25));
    }
    options.anchor = CheckpointAnchor::parse(anchored.anchor());
    QVERIFY(AuditVerifier::verify(forged).ok);
    v = AuditVerifier::verify(forged, options);
    QCOMPARE(v.problem, Problem::AnchorMismatch);

    // Cut off before the anchored checkpoint, checkpoint rows and all.
    test::attack(db, [](QSqlQuery& q) {
        test::run(q, QStringLiteral("DELETE FROM audit_checkpoint WHERE seq >= 20 AND scope = 'log'"));
        test::run(q, QStringLiteral("DELETE FROM audit_checkpoint WHERE scope = 'incident' AND id > 2"));
        test::run(q, QStringLiteral("DELETE FROM audit_incident_chain WHERE seq > 15"));
        test::run(q, QStringLiteral("DELETE FROM audit_log WHERE seq > 15"));
    });
    QVERIFY(AuditVerifier::verify(db).ok); // without the anchor, nothing shows
    v = AuditVerifier::verify(db, options);
    QCOMPARE(v.problem, Problem::Truncated);
    QCOMPARE(v.firstBadSeq, 16);
    QCOMPARE(v.message, QStringLiteral("seq 16 to 20: cut off the end: the anchored checkpoint %1 covers the log up to "
                                       "seq 20, but the log now ends at seq 15.")
                            .arg(anchored.anchor()));
}

void TestCheckpoints::oneIncidentVerifiesOnItsOwn() {
    test::ScratchDir dir;
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(dir.file(QStringLiteral("audit.db"))));
    log.setCheckpointInterval(0);
    QVERIFY(log.setSigningKey(newKey(), QStringLiteral("keychain")));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(test::appendEvents(log, 3, QStringLiteral("rev-a")));
        QVERIFY(test::appendEvents(log, 2, QStringLiteral("rev-b")));
    }
    IncidentVerification open = AuditVerifier::verifyIncident(log.incidentRecords(QStringLiteral("rev-a")),
                                                              log.signingKeys(), log.checkpoints());
    QVERIFY2(open.ok, qPrintable(open.message));
    QCOMPARE(open.signedCheckpoints, 0);
    QVERIFY(!open.complete);
    QVERIFY(log.append({QStringLiteral("ann"), QStringLiteral("ReversalClosed"), {}, QStringLiteral("rev-a"), {}}));

    // What the incident's owner hands over: its rows, its checkpoints, the public keys. No rev-b rows.
    const QList<AuditRecord> rows = log.incidentRecords(QStringLiteral("rev-a"));
    const QList<Checkpoint> checkpoints = log.incidentCheckpoints(QStringLiteral("rev-a"));
    const QList<RegisteredKey> keys = log.signingKeys();
    QCOMPARE(rows.size(), 9);
    for (const AuditRecord& r : rows)
        QCOMPARE(r.incident, QStringLiteral("rev-a"));
    QCOMPARE(checkpoints.size(), 1);
    IncidentVerification v = AuditVerifier::verifyIncident(rows, keys, checkpoints);
    QVERIFY2(v.ok, qPrintable(v.message));
    QCOMPARE(v.count, 9);
    QVERIFY(v.complete);
    QCOMPARE(v.tail, QStringLiteral("A signed checkpoint covers all 9 rows of incident rev-a, through its "
                                    "ReversalClosed event: the incident is complete and unaltered."));
    QCOMPARE(AuditVerifier::verifyIncident(log.path(), QStringLiteral("rev-a")).complete, true);

    QList<AuditRecord> changed = rows;
    changed[4].payload = QStringLiteral("{\"n\":99}");
    v = AuditVerifier::verifyIncident(changed, keys, checkpoints);
    QCOMPARE(v.problem, Problem::Changed);
    QCOMPARE(v.firstBadIncidentSeq, 5);

    QList<AuditRecord> missing = rows;
    missing.removeAt(6);
    v = AuditVerifier::verifyIncident(missing, keys, checkpoints);
    QCOMPARE(v.problem, Problem::Deleted);
    QCOMPARE(v.message, QStringLiteral("incident rev-a: incident_seq 7 missing: the incident's rows jump from "
                                       "incident_seq 6 to 8."));

    QList<AuditRecord> cut = rows;
    cut.removeLast();
    v = AuditVerifier::verifyIncident(cut, keys, checkpoints);
    QCOMPARE(v.problem, Problem::Truncated);
    QVERIFY2(v.message.contains(QStringLiteral("covers 9 rows, but only 8 are here")), qPrintable(v.message));

    QList<AuditRecord> foreign = rows;
    foreign.append(log.incidentRecords(QStringLiteral("rev-b")).constFirst());
    QCOMPARE(AuditVerifier::verifyIncident(foreign, keys, checkpoints).problem, Problem::Inserted);

    QList<Checkpoint> forgedCheckpoint = checkpoints;
    forgedCheckpoint[0].atUtc = QStringLiteral("2027-01-01T00:00:00.000Z");
    QCOMPARE(AuditVerifier::verifyIncident(rows, keys, forgedCheckpoint).problem, Problem::BadSignature);
    QCOMPARE(AuditVerifier::verifyIncident(rows, {}, checkpoints).problem, Problem::BadSignature);
}

void TestCheckpoints::incidentChainTamperingInTheFile() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(db));
        QVERIFY(test::appendEvents(log, 12));
    }
    QVERIFY(AuditVerifier::verify(db).ok);
    test::attack(db,
                 [](QSqlQuery& q) { test::run(q, QStringLiteral("DELETE FROM audit_incident_chain WHERE seq = 5")); });
    const AuditVerification v = AuditVerifier::verify(db);
    QCOMPARE(v.problem, Problem::IncidentChain);
    QCOMPARE(v.firstBadSeq, 5);
    QCOMPARE(v.message, QStringLiteral("seq 5: this row of incident rev-1 has no place in the incident's chain: its "
                                       "incident-chain row was deleted."));
    const IncidentVerification i = AuditVerifier::verifyIncident(db, QStringLiteral("rev-1"));
    QCOMPARE(i.problem, Problem::IncidentChain);
}

void TestCheckpoints::upgradeFromVersion1() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("v1.db"));
    // A version 1 file exactly as the first release wrote it (schema from docs/audit-log.md).
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        test::run(q, QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"));
        test::run(q, QStringLiteral("CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at_utc TEXT NOT NULL, actor TEXT "
                                    "NOT NULL, kind TEXT NOT NULL, target TEXT NOT NULL, incident TEXT NOT NULL, "
                                    "payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"));
        test::run(q, QStringLiteral("INSERT INTO meta VALUES ('format', 'turnback-audit-log'), ('database_id', "
                                    "'6f1c2f1e-0000-4000-8000-000000000001'), ('clock_source', 'system')"));
        QString previous = AuditLog::genesisHash();
        for (int seq = 1; seq <= 7; ++seq) {
            AuditRecord r;
            r.seq = seq;
            r.atUtc = QStringLiteral("2026-11-26T18:00:0%1.000Z").arg(seq);
            r.actor = QStringLiteral("ann");
            r.kind = QStringLiteral("ObservationRecorded");
            r.incident = seq % 2 ? QStringLiteral("rev-odd") : QStringLiteral("rev-even");
            r.payload = QStringLiteral("{}");
            r.prevHash = previous;
            r.hash = AuditLog::computeHash(previous, r);
            q.prepare(QStringLiteral("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& value : {QVariant(r.seq), QVariant(r.atUtc), QVariant(r.actor), QVariant(r.kind),
                                          QVariant(QString::fromLatin1("", 0)), QVariant(r.incident),
                                          QVariant(r.payload), QVariant(r.prevHash), QVariant(r.hash)})
                q.addBindValue(value);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            previous = r.hash;
        }
        test::run(q, QStringLiteral("PRAGMA user_version = 1"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    QVERIFY(AuditVerifier::verify(db).ok); // a version 1 file verifies as it is

    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY2(log.open(db), qPrintable(log.errorString()));
    QCOMPARE(log.databaseId(), QStringLiteral("6f1c2f1e-0000-4000-8000-000000000001"));
    const QList<AuditRecord> odd = log.incidentRecords(QStringLiteral("rev-odd"));
    QCOMPARE(odd.size(), 4);
    QCOMPARE(odd.at(3).incidentSeq, 4);
    QCOMPARE(odd.at(0).incidentPrevHash, AuditLog::genesisHash());
    QCOMPARE(odd.at(1).incidentPrevHash, odd.at(0).incidentHash);
    const auto next =
        log.append({QStringLiteral("ann"), QStringLiteral("ReversalClosed"), {}, QStringLiteral("rev-odd"), {}});
    QVERIFY(next);
    QCOMPARE(next->incidentSeq, 5);
    QCOMPARE(next->incidentPrevHash, odd.at(3).incidentHash);
    QCOMPARE(log.pendingCheckpointCount(), 3); // closing rev-odd: the log's head, rev-odd's and rev-even's
    QVERIFY(log.setSigningKey(newKey(), QStringLiteral("file")));
    const AuditVerification v = AuditVerifier::verify(db);
    QVERIFY2(v.ok, qPrintable(v.message));
    QCOMPARE(v.signedCheckpoints, 3);
    QVERIFY(AuditVerifier::verifyIncident(db, QStringLiteral("rev-odd")).complete);
}

void TestCheckpoints::privateKeyIsNeverInTheDatabase() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    auto key = newKey();
    const SecretBytes raw = key->rawPrivateKey();
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(db));
        QVERIFY(log.setSigningKey(key, QStringLiteral("file")));
        QVERIFY(test::appendEvents(log, 30));
        QVERIFY(log.checkpoint(QStringLiteral("quit")));
        // While the log is open too: the WAL holds the newest pages.
        for (const QString& file : QStringList{db, db + QStringLiteral("-wal")}) {
            const QByteArray bytes = test::fileBytes(file);
            QVERIFY(!bytes.contains(raw.bytes()));
            QVERIFY(!bytes.contains(raw.bytes().toHex()));
            QVERIFY(!bytes.contains(raw.bytes().toBase64()));
        }
    }
    const QByteArray bytes = test::fileBytes(db);
    QVERIFY(bytes.contains(key->publicKey().pem().mid(27, 40))); // the public half is there
    QVERIFY(!bytes.contains(raw.bytes()));
    QVERIFY(!bytes.contains(raw.bytes().toHex()));
    QVERIFY(!bytes.contains(raw.bytes().toBase64()));
    QVERIFY(!bytes.contains("PRIVATE KEY"));
}

QTEST_GUILESS_MAIN(TestCheckpoints)
#include "TestCheckpoints.moc"
