#pragma once

#include "Kit.h"
#include "KitDiagnostic.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace turnback {

/// A loaded kit, or every reason it could not be loaded.
struct KitLoadResult {
    std::optional<Kit> kit; ///< set only when there are no errors
    QList<KitDiagnostic> errors;
    bool ok() const { return kit.has_value() && errors.isEmpty(); }
};

/// Loads a kit file and the service overlays layered over it, strictly: see docs/kit-format.md.
/// Never throws and never crashes on bad input; hostile files (huge, binary, deeply nested,
/// alias bombs) end in an error, in time bounded by the file size limit.
class KitLoader {
public:
    /// Reads with QFile, so Qt resource paths (":/kits/baseline.yaml") work. Overlays apply in order.
    static KitLoadResult load(const QString& kitFile, const QStringList& overlayFiles = {});
    /// As load(), from bytes; the names are used in errors and recorded in the kit. Each overlay is (bytes, file name).
    static KitLoadResult loadFromBytes(const QByteArray& yaml, const QString& fileName,
                                       const QList<QPair<QByteArray, QString>>& overlays = {});
};

} // namespace turnback
