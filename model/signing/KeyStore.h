#pragma once

#include "SecretBytes.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace QKeychain {
class Job;
}

namespace turnback {

/// The signing key's place in the OS keychain, after ownCloud's credential manager: one service
/// name ("turnback"), one key per audit log (scoped by the log's database id), QtKeychain linked
/// PRIVATE behind this class. Asynchronous: start one operation, get exactly one finished() with
/// a typed status and a sentence a person can read, whatever happens (including a keychain that
/// never answers: a timeout ends the operation). The *Blocking helpers, for the command line, run
/// one local QEventLoop until that finished() - never a processEvents() loop.
///
/// QKeychain::isAvailable() does not exist in QtKeychain 0.13: a missing Secret Service shows as
/// NoBackendAvailable, or as OtherError mentioning D-Bus, and is reported as Status::NoBackend.
/// Never uses QtKeychain's insecure (plaintext) fallback.
class KeyStore : public QObject {
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,     ///< no entry for this key (a locked collection reads as empty too)
        NoBackend,    ///< no keychain service on this session (no D-Bus, no Secret Service)
        AccessDenied, ///< the keychain refused: locked, or the user said no
        Other,        ///< anything else, including no answer before the timeout
    };
    Q_ENUM(Status)
    struct Result {
        Status status = Status::Other;
        QString message;
    };

    /// "turnback": the service (QtKeychain stores it as the "server" attribute on Linux).
    static QString serviceName();
    /// "audit-signing-key/<database id>" (QtKeychain's "user" attribute on Linux).
    static QString keyNameFor(const QString& databaseId);
    /// "ok", "not-found", "no-backend", "access-denied", "other".
    static QString statusName(Status status);

    explicit KeyStore(const QString& databaseId, QObject* parent = nullptr);
    ~KeyStore() override;

    QString keyName() const { return m_keyName; }
    bool isBusy() const { return m_job != nullptr; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// On Ok, takeSecret() hands over the 32 raw key bytes.
    void readKey();
    void writeKey(const SecretBytes& rawKey);
    void deleteKey();
    /// The secret a successful readKey() fetched; the store keeps no copy afterwards.
    SecretBytes takeSecret() { return std::move(m_secret); }

    Result readKeyBlocking();
    Result writeKeyBlocking(const SecretBytes& rawKey);
    Result deleteKeyBlocking();

Q_SIGNALS:
    void finished(turnback::KeyStore::Status status, const QString& message);

private:
    enum class Operation { Read, Write, Delete };
    void start(QKeychain::Job* job, Operation operation);
    void onJobFinished(QKeychain::Job* job);
    void finish(Status status, const QString& message);
    Result waitForFinished();

    QString m_keyName;
    QKeychain::Job* m_job = nullptr;
    Operation m_operation = Operation::Read;
    SecretBytes m_secret;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{30'000};
    Result m_last;
    bool m_done = false;
};

} // namespace turnback
