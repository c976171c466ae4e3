#include "AuditSigner.h"

#include "AuditLog.h"
#include "AuditLogging.h"
#include "KeyFile.h"
#include "SigningKey.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

namespace turnback {

using Status = KeyStore::Status;

AuditSigner::AuditSigner(AuditLog& log, QObject* parent)
    : QObject(parent)
    , m_log(log) {}

AuditSigner::~AuditSigner() = default;

QString AuditSigner::keepsRecording() const {
    const qint64 pending = m_log.pendingCheckpointCount();
    return QStringLiteral(" Turnback keeps recording events; %1 waiting to be signed. To sign now, keep the signing "
                          "key in a passphrase-protected file that you name instead (it is never stored in the clear), "
                          "or make the keychain available and try again.")
        .arg(pending == 1 ? QStringLiteral("1 checkpoint is") : QStringLiteral("%1 checkpoints are").arg(pending));
}

void AuditSigner::finish(Status status, const QString& message) {
    m_busy = false;
    m_last = {status, message};
    // Not a warning: a missing keychain is a situation the UI offers a choice for, not a fault.
    qCInfo(lcAudit).noquote() << KeyStore::statusName(status) << message;
    Q_EMIT finished(status, message);
}

void AuditSigner::useKeychain() {
    if (m_busy || !m_log.isOpen() || m_log.isReadOnly()) {
        // Still exactly one finished(), asynchronously like every other path.
        const QString why = m_busy ? QStringLiteral("The signing key is still being looked up.")
                                   : QStringLiteral("The audit log is not open for writing, so it cannot be signed.");
        QTimer::singleShot(0, this, [this, why] {
            m_last = {Status::Other, why};
            Q_EMIT finished(Status::Other, why);
        });
        return;
    }
    m_busy = true;
    m_store = std::make_unique<KeyStore>(m_log.databaseId());
    m_store->setTimeout(m_timeout);
    connect(m_store.get(), &KeyStore::finished, this, &AuditSigner::onKeyRead);
    m_store->readKey();
}

void AuditSigner::onKeyRead(Status status, const QString& message) {
    m_store->disconnect(this);
    if (status == Status::Ok) {
        const SecretBytes raw = m_store->takeSecret();
        QString why;
        auto key = SigningKey::fromRawPrivateKey(raw, &why);
        if (!key)
            return finish(Status::Other, QStringLiteral("The keychain entry \"%1\" is not a usable signing key (%2).")
                                                 .arg(m_store->keyName(), why) +
                                             keepsRecording());
        const QString id = key->keyId();
        const KeyStore::Result r =
            adopt(std::make_shared<const SigningKey>(std::move(*key)), QStringLiteral("keychain"),
                  QStringLiteral("Signing with key %1 from the keychain.").arg(id));
        return finish(r.status, r.message);
    }
    if (status == Status::NotFound) {
        const QList<RegisteredKey> keys = m_log.signingKeys();
        if (!keys.isEmpty()) {
            QStringList ids;
            for (const RegisteredKey& k : keys)
                ids << QStringLiteral("key %1 (kept in the %2)").arg(k.keyId, k.storage);
            return finish(Status::NotFound,
                          QStringLiteral("This audit log is signed with %1, but the keychain has no private key "
                                         "for it (the keychain may be locked, or the key is kept in a file).")
                                  .arg(ids.join(QStringLiteral(" and "))) +
                              keepsRecording());
        }
        // First use: this log has never had a key. Create one; it is used only once the keychain holds it.
        QString why;
        auto key = SigningKey::generate(&why);
        if (!key)
            return finish(Status::Other,
                          QStringLiteral("Cannot create a signing key (%1).").arg(why) + keepsRecording());
        m_newKey = std::make_shared<const SigningKey>(std::move(*key));
        connect(m_store.get(), &KeyStore::finished, this, &AuditSigner::onKeyWritten);
        const SecretBytes raw = m_newKey->rawPrivateKey();
        m_store->writeKey(raw);
        return;
    }
    finish(status, message + keepsRecording());
}

void AuditSigner::onKeyWritten(Status status, const QString& message) {
    m_store->disconnect(this);
    auto key = std::exchange(m_newKey, nullptr);
    if (status != Status::Ok)
        return finish(status, QStringLiteral("A new signing key could not be stored in the keychain, so it was "
                                             "discarded: ") +
                                  message + keepsRecording());
    const QString id = key->keyId();
    const KeyStore::Result r =
        adopt(std::move(key), QStringLiteral("keychain"),
              QStringLiteral("Created signing key %1 and stored it in the keychain (service \"%2\").")
                  .arg(id, KeyStore::serviceName()));
    finish(r.status, r.message);
}

KeyStore::Result AuditSigner::adopt(std::shared_ptr<const SigningKey> key, const QString& storage,
                                    const QString& done) {
    if (!m_log.setSigningKey(std::move(key), storage))
        return {Status::Other, QStringLiteral("The audit log cannot use the signing key: %1").arg(m_log.errorString())};
    const qint64 signedNow = m_log.lastSignedCount();
    QString message = signedNow > 0 ? done + QStringLiteral(" %1 pending checkpoint(s) signed.").arg(signedNow) : done;
    // A pending row whose head the chain does not have is never signed, and the operator is told.
    const QStringList refused = m_log.refusedCheckpoints();
    if (!refused.isEmpty())
        message += QStringLiteral(" Refused to sign %1 pending checkpoint(s) that do not match the log (%2); "
                                  "check the file with turnback-cli audit verify.")
                       .arg(refused.size())
                       .arg(refused.join(QStringLiteral("; ")));
    return {Status::Ok, message};
}

KeyStore::Result AuditSigner::useKeychainBlocking() {
    if (m_busy)
        return {Status::Other, QStringLiteral("The signing key is still being looked up.")};
    bool done = false;
    QEventLoop loop;
    const auto connection = connect(this, &AuditSigner::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    useKeychain();
    if (!done)
        loop.exec();
    disconnect(connection);
    return m_last;
}

KeyStore::Result AuditSigner::useKeyFile(const QString& path, const SecretBytes& passphrase, KeyFileMode mode) {
    auto result = [this](Status status, const QString& message) {
        m_last = {status, message};
        return m_last;
    };
    if (m_busy)
        return result(Status::Other, QStringLiteral("The signing key is still being looked up."));
    if (!m_log.isOpen() || m_log.isReadOnly())
        return result(Status::Other, QStringLiteral("The audit log is not open for writing, so it cannot be signed."));
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QString why;
    if (mode == KeyFileMode::CreateNew) {
        auto key = SigningKey::generate(&why);
        if (!key)
            return result(Status::Other, QStringLiteral("Cannot create a signing key (%1).").arg(why));
        if (!KeyFile::write(path, *key, passphrase, &why))
            return result(Status::Other, why);
        const QString id = key->keyId();
        const auto r =
            adopt(std::make_shared<const SigningKey>(std::move(*key)), QStringLiteral("file"),
                  QStringLiteral("Created signing key %1 in the passphrase-protected file %2.").arg(id, shown));
        return result(r.status, r.message);
    }
    auto key = KeyFile::read(path, passphrase, &why);
    if (!key)
        return result(Status::Other, why);
    const QString id = key->keyId();
    const auto r = adopt(std::make_shared<const SigningKey>(std::move(*key)), QStringLiteral("file"),
                         QStringLiteral("Signing with key %1 from %2.").arg(id, shown));
    return result(r.status, r.message);
}

} // namespace turnback
