#pragma once

#include "KitDiagnostic.h"
#include "Scenario.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace turnback {

/// A loaded scenario, or every reason it could not be loaded.
struct ScenarioLoadResult {
    std::optional<Scenario> scenario; ///< set only when there are no errors
    QList<KitDiagnostic> errors;      ///< in file order, each FILE:LINE:COLUMN
    bool ok() const { return scenario.has_value() && errors.isEmpty(); }
};

/// Reads a tabletop scenario (docs/scenario-format.md) as strictly as KitLoader reads kits, with
/// the same YAML reader and the same FILE:LINE:COLUMN diagnostics: unknown keys (with "did you
/// mean"), wrong types, signal and role ids the kit does not define, steps out of time order.
/// Every problem is reported, not only the first. Never throws.
class ScenarioLoader {
public:
    /// The newest scenario format this version reads; format 1 files still load.
    static constexpr int FormatVersion = 2;

    /// Reads with QFile, so Qt resource paths work.
    static ScenarioLoadResult load(const QString& file, const Kit& kit);
    /// As load(), from bytes; `fileName` is used in errors and recorded in the scenario.
    static ScenarioLoadResult loadFromBytes(const QByteArray& yaml, const QString& fileName, const Kit& kit);
};

} // namespace turnback
