#pragma once

#include "KeyStore.h"
#include "SecretBytes.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace turnback {

class AuditLog;
class SigningKey;

/// Finds the signing key for an AuditLog and hands it over (AuditLog::setSigningKey), so pending
/// checkpoints get signed. Two ways, both explicit:
///  - useKeychain(): the OS keychain through KeyStore (service "turnback", key scoped by the log's
///    database id). On first use (the log has no key registered and the keychain none stored) it
///    creates an Ed25519 key and stores it there. Asynchronous: exactly one finished() per call.
///  - useKeyFile(): a passphrase-protected key file the operator names (the alternative when the
///    keychain is missing, locked or refuses). Never a silent fallback: the UI offers it when
///    finished() reports anything but Ok.
/// Recording never depends on this: until a key is set, checkpoints are recorded pending.
class AuditSigner : public QObject {
    Q_OBJECT
public:
    enum class KeyFileMode {
        OpenExisting, ///< read the key from an existing file
        CreateNew,    ///< create a new key in a new file (refuses to overwrite)
    };

    explicit AuditSigner(AuditLog& log, QObject* parent = nullptr);
    ~AuditSigner() override;

    /// Asynchronous; ends in exactly one finished(). Status Ok: the log signs from now on.
    /// NoBackend / AccessDenied / Other / NotFound: message() says why in plain words and what to do
    /// (unlock the keychain, or use a key file); the log keeps recording, checkpoints pending.
    void useKeychain();
    /// useKeychain() for the command line: runs one local QEventLoop until finished().
    KeyStore::Result useKeychainBlocking();

    /// Synchronous (no keychain involved). Ok, or Other with a plain message.
    KeyStore::Result useKeyFile(const QString& path, const SecretBytes& passphrase, KeyFileMode mode);

    bool isBusy() const { return m_busy; }
    /// The outcome of the last call (Other and empty before any).
    KeyStore::Status status() const { return m_last.status; }
    QString message() const { return m_last.message; }
    void setKeychainTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

Q_SIGNALS:
    void finished(turnback::KeyStore::Status status, const QString& message);

private:
    void onKeyRead(KeyStore::Status status, const QString& message);
    void onKeyWritten(KeyStore::Status status, const QString& message);
    KeyStore::Result adopt(std::shared_ptr<const SigningKey> key, const QString& storage, const QString& done);
    void finish(KeyStore::Status status, const QString& message);
    QString keepsRecording() const;

    AuditLog& m_log;
    std::unique_ptr<KeyStore> m_store;
    std::shared_ptr<const SigningKey> m_newKey; // created, waiting for the keychain to store it
    std::chrono::milliseconds m_timeout{30'000};
    KeyStore::Result m_last;
    bool m_busy = false;
};

} // namespace turnback
