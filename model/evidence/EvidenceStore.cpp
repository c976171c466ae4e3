#include "EvidenceStore.h"

#include "ReversalSession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <unistd.h>

namespace turnback {

EvidenceStore::EvidenceStore(const QString& databasePath)
    : m_folder(evidenceStoreFolder(databasePath)) {}

QString EvidenceStore::safeName(const QString& name) {
    QString safe;
    for (const QChar c : name.left(80))
        safe += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'-' || c == u'_' ? c : QChar(u'_');
    if (safe.isEmpty() || safe.startsWith(u'.'))
        safe.prepend(u'_'); // never a hidden file, never ".."
    return safe;
}

namespace {

/// Copies `in` to `out` in blocks, hashing as it goes; false with `error` on a read or write
/// failure or once more than `limit` bytes were read.
bool copyHashing(QFile& in, QFile& out, qint64 limit, QCryptographicHash& hash, qint64& size, QString& error) {
    QByteArray block(64 * 1024, Qt::Uninitialized);
    size = 0;
    for (;;) {
        const qint64 n = in.read(block.data(), block.size());
        if (n < 0) {
            error = in.errorString();
            return false;
        }
        if (n == 0)
            return true;
        size += n;
        if (size > limit) {
            error = QStringLiteral("limit");
            return false;
        }
        hash.addData(QByteArrayView(block.constData(), n));
        if (out.write(block.constData(), n) != n) {
            error = out.errorString();
            return false;
        }
    }
}

} // namespace

EvidenceStore::Result EvidenceStore::copy(const QString& file, const QString& incident, const QString& context) const {
    const QFileInfo source(file);
    if (!source.isFile())
        return {std::nullopt, std::nullopt, tr("%1 is not a file.").arg(QDir::toNativeSeparators(file))};
    if (source.size() > MaxBytes)
        return {std::nullopt, std::nullopt,
                tr("%1 is %2 MiB; evidence files are taken up to %3 MiB. Attach its manifest or checksum instead.")
                    .arg(source.fileName())
                    .arg(source.size() / (1024 * 1024))
                    .arg(MaxBytes / (1024 * 1024))};
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {std::nullopt, std::nullopt, tr("Cannot read %1: %2").arg(source.fileName(), in.errorString())};
    const QString folder = QDir(m_folder).filePath(safeName(incident));
    if (!QDir().mkpath(folder))
        return {std::nullopt, std::nullopt, tr("Cannot create the evidence folder %1.").arg(folder)};

    QTemporaryFile aside(QDir(folder).filePath(QStringLiteral(".incoming-XXXXXX")));
    if (!aside.open())
        return {std::nullopt, std::nullopt, tr("Cannot write into %1: %2").arg(folder, aside.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    QString error;
    if (!copyHashing(in, aside, MaxBytes, hash, size, error))
        return {std::nullopt, std::nullopt,
                error == u"limit" ? tr("%1 grew past %2 MiB while it was copied; nothing was attached.")
                                        .arg(source.fileName())
                                        .arg(MaxBytes / (1024 * 1024))
                                  : tr("Copying %1 failed: %2. Nothing was attached.").arg(source.fileName(), error)};
    // On disk before the name that the record will carry points at it.
    if (!aside.flush() || ::fsync(aside.handle()) != 0)
        return {std::nullopt, std::nullopt,
                tr("Copying %1 failed: %2. Nothing was attached.").arg(source.fileName(), aside.errorString())};

    const QString sha256 = QString::fromLatin1(hash.result().toHex());
    const QString name = sha256.left(12) + u'-' + safeName(source.fileName());
    const QString target = QDir(folder).filePath(name);
    if (QFileInfo::exists(target)) {
        // The same name and hash prefix: the same file attached again. Kept as it is unless it changed.
        QFile existing(target);
        QCryptographicHash again(QCryptographicHash::Sha256);
        if (!existing.open(QIODevice::ReadOnly) || !again.addData(&existing) ||
            QString::fromLatin1(again.result().toHex()) != sha256)
            return {std::nullopt, std::nullopt,
                    tr("%1 is already in the evidence store and no longer matches its hash; it was left as it is "
                       "(audit verify reports it). Nothing was attached.")
                        .arg(name)};
    } else {
        aside.setAutoRemove(false);
        aside.close();
        if (!QFile::rename(aside.fileName(), target)) {
            QFile::remove(aside.fileName());
            return {std::nullopt, std::nullopt, tr("Cannot store %1 in %2.").arg(name, folder)};
        }
    }
    const QString relative = safeName(incident) + u'/' + name;
    return {EvidenceAttached{relative, sha256, size, source.fileName(), context}, std::nullopt, {}};
}

EvidenceStore::Result EvidenceStore::attach(ReversalSession& session, const QString& file, const QString& context) {
    const QString incident = session.incident().id();
    if (incident.isEmpty())
        return {std::nullopt, std::nullopt, tr("No reversal is running.")};
    Result result = EvidenceStore(session.databasePath()).copy(file, incident, context);
    if (!result.attached)
        return result;
    result.seq = session.recordAside(EvidenceAttached::kind, result.attached->originalName, result.attached->toJson());
    if (!result.seq)
        result.error = session.errorString();
    return result;
}

} // namespace turnback
