#pragma once

#include "Incident.h"
#include "RegulatorClocks.h"

namespace turnback {

/// The regulator clocks of a reversal (docs/regulator-clocks.md): its recorded triggers and the
/// submissions of the kit's report templates (`comms.sent`), counted by RegulatorClocks, the same
/// code `turnback-cli comms clocks` runs.
namespace IncidentRegulators {

/// The facts the incident holds, in the terms of the kit's regulator reports.
RegulatorFacts facts(const Incident& incident, const Kit& kit);
/// Every clock, running or stopped, in due order.
QList<RegulatorClock> clocks(const Incident& incident, const Kit& kit);
/// The running ones: the reports still owed.
QList<RegulatorClock> running(const Incident& incident, const Kit& kit);
/// Whether the kit switches any regime on (otherwise the console shows no regulator clocks at all).
bool anyEnabled(const Kit& kit);

} // namespace IncidentRegulators
} // namespace turnback
