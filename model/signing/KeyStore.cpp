#include "KeyStore.h"

#include "SigningLogging.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace turnback {

namespace {

/// QtKeychain 0.13 on Linux reports a missing session bus or Secret Service as OtherError with
/// D-Bus's own words ("Cannot autolaunch D-Bus without X11 $DISPLAY", "The name
/// org.freedesktop.secrets was not provided by any .service files").
bool meansNoBackend(const QString& error) {
    const QString e = error.toLower();
    return e.contains(u"d-bus") || e.contains(u"dbus") || e.contains(u"org.freedesktop.secrets") ||
           e.contains(u"secret service") || e.contains(u"serviceunknown");
}

QString what(const QString& keychainError) {
    return keychainError.isEmpty() ? QStringLiteral("no details given") : keychainError;
}

} // namespace

QString KeyStore::serviceName() {
    return QStringLiteral("turnback");
}

QString KeyStore::keyNameFor(const QString& databaseId) {
    return QStringLiteral("audit-signing-key/") + databaseId;
}

QString KeyStore::statusName(Status status) {
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::NotFound:
        return QStringLiteral("not-found");
    case Status::NoBackend:
        return QStringLiteral("no-backend");
    case Status::AccessDenied:
        return QStringLiteral("access-denied");
    case Status::Other:
        return QStringLiteral("other");
    }
    return {};
}

KeyStore::KeyStore(const QString& databaseId, QObject* parent)
    : QObject(parent)
    , m_keyName(keyNameFor(databaseId)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(Status::Other, QStringLiteral("The keychain did not answer within %1 seconds.")
                                  .arg(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count()));
    });
}

KeyStore::~KeyStore() {
    if (m_job)
        m_job->disconnect(this);
}

void KeyStore::start(QKeychain::Job* job, Operation operation) {
    if (m_job) {
        // Still one finished() for this call, and asynchronously, as for every other path.
        delete job;
        QTimer::singleShot(0, this, [this] {
            Q_EMIT finished(Status::Other, QStringLiteral("The keychain is still busy with the previous request."));
        });
        return;
    }
    m_done = false;
    m_job = job;
    m_operation = operation;
    job->setAutoDelete(true);
    job->setKey(m_keyName);
    connect(job, &QKeychain::Job::finished, this, &KeyStore::onJobFinished);
    m_timer.start(m_timeout);
    qCDebug(lcSigning) << "keychain" << int(operation) << serviceName() << m_keyName;
    job->start();
}

void KeyStore::readKey() {
    m_secret = SecretBytes();
    start(new QKeychain::ReadPasswordJob(serviceName()), Operation::Read);
}

void KeyStore::writeKey(const SecretBytes& rawKey) {
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    // A deep copy: the caller's SecretBytes wipes its buffer in place when it goes, which must not
    // wipe the job's data before the job has run. QtKeychain (which stores it base64-encoded in
    // the Secret Service item) owns this copy; it is outside our reach to wipe.
    job->setBinaryData(QByteArray(rawKey.bytes().constData(), rawKey.size()));
    start(job, Operation::Write);
}

void KeyStore::deleteKey() {
    start(new QKeychain::DeletePasswordJob(serviceName()), Operation::Delete);
}

void KeyStore::onJobFinished(QKeychain::Job* job) {
    if (job != m_job)
        return;
    const QString error = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        if (m_operation == Operation::Read) {
            QByteArray data = static_cast<QKeychain::ReadPasswordJob*>(job)->binaryData();
            m_secret = SecretBytes(std::move(data));
        }
        finish(Status::Ok, m_operation == Operation::Read ? QStringLiteral("Read the signing key from the keychain.")
                           : m_operation == Operation::Write
                               ? QStringLiteral("Stored the signing key in the keychain.")
                               : QStringLiteral("Removed the signing key from the keychain."));
        return;
    case QKeychain::EntryNotFound:
        finish(Status::NotFound, QStringLiteral("The keychain has no signing key for this audit log (service \"%1\", "
                                                "key \"%2\"). A locked keychain can look empty too.")
                                     .arg(serviceName(), m_keyName));
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        finish(
            Status::AccessDenied,
            QStringLiteral("The keychain refused access to the signing key: it is locked, or access was denied (%1).")
                .arg(what(error)));
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        finish(Status::NoBackend,
               QStringLiteral("No keychain is available on this computer or session (%1).").arg(what(error)));
        return;
    case QKeychain::OtherError:
        if (meansNoBackend(error)) {
            finish(
                Status::NoBackend,
                QStringLiteral("No keychain is available in this session: the Secret Service cannot be reached (%1).")
                    .arg(what(error)));
            return;
        }
        break;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    finish(Status::Other, QStringLiteral("The keychain failed (%1).").arg(what(error)));
}

void KeyStore::finish(Status status, const QString& message) {
    m_timer.stop();
    if (m_job) {
        m_job->disconnect(this); // a late answer after a timeout is ignored; the job deletes itself
        m_job = nullptr;
    }
    qCDebug(lcSigning).noquote() << statusName(status) << message;
    m_last = {status, message};
    m_done = true;
    Q_EMIT finished(status, message);
}

KeyStore::Result KeyStore::waitForFinished() {
    if (!m_done) {
        QEventLoop loop;
        connect(this, &KeyStore::finished, &loop, &QEventLoop::quit);
        if (!m_done)
            loop.exec();
    }
    return m_last;
}

KeyStore::Result KeyStore::readKeyBlocking() {
    if (isBusy())
        return {Status::Other, QStringLiteral("The keychain is still busy with the previous request.")};
    readKey();
    return waitForFinished();
}

KeyStore::Result KeyStore::writeKeyBlocking(const SecretBytes& rawKey) {
    if (isBusy())
        return {Status::Other, QStringLiteral("The keychain is still busy with the previous request.")};
    writeKey(rawKey);
    return waitForFinished();
}

KeyStore::Result KeyStore::deleteKeyBlocking() {
    if (isBusy())
        return {Status::Other, QStringLiteral("The keychain is still busy with the previous request.")};
    deleteKey();
    return waitForFinished();
}

} // namespace turnback
