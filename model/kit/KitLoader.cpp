#include "KitLoader.h"

#include "KitLogging.h"
#include "KitOverlayReader.h"
#include "KitReader.h"
#include "YamlDocument.h"
#include "YamlReader.h"

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>
#include <utility>

namespace turnback {

namespace {

/// Errors of one file in reading order (line, then column), whatever order the checks ran in.
void sortFrom(QList<KitDiagnostic>& errors, qsizetype first) {
    std::stable_sort(errors.begin() + first, errors.end(), [](const KitDiagnostic& a, const KitDiagnostic& b) {
        return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
    });
}

/// Reads at most one byte past the size limit, so a huge file is refused without reading it all.
std::optional<QByteArray> readFile(const QString& path, QList<KitDiagnostic>& errors) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors << KitDiagnostic{{path, 1, 1}, QStringLiteral("cannot read the file: %1").arg(file.errorString())};
        return std::nullopt;
    }
    if (file.size() > YamlDocument::MaxFileBytes) {
        errors << KitDiagnostic{{path, 1, 1},
                                QStringLiteral("file is %1 bytes; kit files larger than %2 bytes (4 MiB) "
                                               "are refused")
                                    .arg(QString::number(file.size()), QString::number(YamlDocument::MaxFileBytes))};
        return std::nullopt;
    }
    return file.read(YamlDocument::MaxFileBytes + 1);
}

QString sha256(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

KitLoadResult KitLoader::load(const QString& kitFile, const QStringList& overlayFiles) {
    KitLoadResult result;
    const std::optional<QByteArray> kitBytes = readFile(kitFile, result.errors);
    QList<QPair<QByteArray, QString>> overlays;
    for (const QString& overlayFile : overlayFiles)
        if (const std::optional<QByteArray> bytes = readFile(overlayFile, result.errors))
            overlays.append({*bytes, overlayFile});
    if (!result.errors.isEmpty())
        return result;
    return loadFromBytes(*kitBytes, kitFile, overlays);
}

KitLoadResult KitLoader::loadFromBytes(const QByteArray& yaml, const QString& fileName,
                                       const QList<QPair<QByteArray, QString>>& overlays) {
    KitLoadResult result;
    const std::unique_ptr<YamlDocument> document = YamlDocument::parse(yaml, fileName, result.errors);
    if (!document->root())
        return result;
    YamlReader reader(*document, result.errors);
    Kit kit = KitReader(reader).read();
    kit.sourceSha256 = sha256(yaml);
    sortFrom(result.errors, 0);
    // Overlays patch by id: on a kit that did not load, they would only add confusing errors.
    if (!result.errors.isEmpty())
        return result;

    for (const auto& [bytes, overlayName] : overlays) {
        const qsizetype first = result.errors.size();
        const std::unique_ptr<YamlDocument> overlay = YamlDocument::parse(bytes, overlayName, result.errors);
        if (!overlay->root())
            continue;
        YamlReader overlayReader(*overlay, result.errors);
        KitOverlayReader(overlayReader, kit).apply();
        if (kit.overlayFiles.size() > kit.overlaySha256.size()) // applied: keep the two lists in step
            kit.overlaySha256 << sha256(bytes);
        sortFrom(result.errors, first);
    }
    if (!result.errors.isEmpty())
        return result;
    qCDebug(lcKit) << "loaded kit" << kit.id << "from" << fileName << "with" << kit.overlayFiles.size() << "overlays";
    result.kit = std::move(kit);
    return result;
}

} // namespace turnback
