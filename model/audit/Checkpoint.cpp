#include "Checkpoint.h"

#include "PublicKey.h"

#include <QRegularExpression>

namespace turnback {

namespace {

QString group(const QString& hex16) {
    return hex16.mid(0, 4) + u'-' + hex16.mid(4, 4) + u'-' + hex16.mid(8, 4) + u'-' + hex16.mid(12, 4);
}

} // namespace

QByteArray Checkpoint::messageFor(const QString& signingKeyId) const {
    QByteArray m;
    if (scope == Scope::Log) {
        m = QByteArrayLiteral("turnback-checkpoint-v1\n");
    } else {
        m = QByteArrayLiteral("turnback-incident-checkpoint-v1\n");
        m += incident.toUtf8() + '\n';
    }
    m += QByteArray::number(seq) + '\n';
    m += headHash.toUtf8() + '\n';
    m += atUtc.toUtf8() + '\n';
    m += signingKeyId.toUtf8() + '\n';
    m += clockSource.toUtf8() + '\n';
    return m;
}

QByteArray Checkpoint::message() const {
    return keyId.isEmpty() ? QByteArray() : messageFor(keyId);
}

QByteArray Checkpoint::signatureBytes() const {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{128}$"));
    return hex.match(signature).hasMatch() ? QByteArray::fromHex(signature.toLatin1()) : QByteArray();
}

QString checkpointFingerprint(const QByteArray& message) {
    return group(sha256Hex(message).left(16));
}

QString Checkpoint::fingerprint() const {
    return isSigned() ? checkpointFingerprint(message()) : QString();
}

QString Checkpoint::anchor() const {
    return isSigned() ? QStringLiteral("%1:%2").arg(seq).arg(fingerprint()) : QString();
}

std::optional<CheckpointAnchor> CheckpointAnchor::parse(const QString& text) {
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 seq = text.left(colon).trimmed().toLongLong(&ok);
    QString hex = text.mid(colon + 1).toLower();
    hex.remove(u'-');
    hex.remove(u' ');
    static const QRegularExpression hex16(QStringLiteral("^[0-9a-f]{16}$"));
    if (!ok || seq < 1 || !hex16.match(hex).hasMatch())
        return std::nullopt;
    return CheckpointAnchor{seq, group(hex)};
}

} // namespace turnback
