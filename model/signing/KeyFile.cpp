#include "KeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace turnback::KeyFile {

namespace {

QString shown(const QString& path) {
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

bool write(const QString& path, const SigningKey& key, const SecretBytes& passphrase, QString* error) {
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (passphrase.size() < kMinimumPassphraseLength)
        return fail(QStringLiteral("The passphrase for a new key file must have at least %1 characters.")
                        .arg(kMinimumPassphraseLength));
    if (QFileInfo::exists(path))
        return fail(QStringLiteral("%1 already exists; Turnback never overwrites a key file. Name a new file.")
                        .arg(shown(path)));
    QString reason;
    QByteArray pem = key.toEncryptedPem(passphrase, &reason);
    if (pem.isEmpty())
        return fail(QStringLiteral("Cannot encrypt the signing key (%1).").arg(reason));
    QFile file(path);
    // NewOnly and the permissions at creation: the file is never readable by others, not even briefly.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(QStringLiteral("Cannot create the key file %1 (%2).").arg(shown(path), file.errorString()));
    const bool written = file.write(pem) == pem.size() && file.flush();
    file.close();
    if (!written) {
        file.remove();
        return fail(QStringLiteral("Cannot write the key file %1 (%2).").arg(shown(path), file.errorString()));
    }
    return true;
}

std::optional<SigningKey> read(const QString& path, const SecretBytes& passphrase, QString* error) {
    QFile file(path);
    if (!file.exists()) {
        if (error)
            *error = QStringLiteral("There is no key file at %1.").arg(shown(path));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Cannot read the key file %1 (%2).").arg(shown(path), file.errorString());
        return std::nullopt;
    }
    const QByteArray pem = file.read(64 * 1024);
    QString reason;
    auto key = SigningKey::fromEncryptedPem(pem, passphrase, &reason);
    if (!key && error)
        *error = QStringLiteral("Cannot open the key file %1: %2.").arg(shown(path), reason);
    return key;
}

SecretBytes readPassphraseFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Cannot read the passphrase file %1 (%2).").arg(shown(path), file.errorString());
        return {};
    }
    QByteArray all = file.read(64 * 1024);
    qsizetype end = all.indexOf('\n');
    if (end < 0)
        end = all.size();
    if (end > 0 && all.at(end - 1) == '\r')
        --end;
    QByteArray line(all.constData(), end);
    wipe(all);
    if (line.isEmpty() && error)
        *error = QStringLiteral("The passphrase file %1 is empty.").arg(shown(path));
    return SecretBytes(std::move(line));
}

} // namespace turnback::KeyFile
