#pragma once

#include <QStringList>

namespace turnback::RegulatorCatalog {

// The regimes and reports whose deadline rules Turnback knows (docs/regulator-clocks.md). The kit
// reader checks `regulators:` against these names; model/comms/RegulatorClocks holds the rules.

/// "gdpr", "nis2", "dora", "sec", "hipaa", in the order the documentation lists them.
QStringList regimes();
/// The reports of `regime` in the order they are owed ("early-warning", "notification", "final");
/// empty for an unknown regime.
QStringList reports(const QString& regime);

} // namespace turnback::RegulatorCatalog
