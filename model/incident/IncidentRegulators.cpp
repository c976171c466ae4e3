#include "IncidentRegulators.h"

#include <algorithm>

namespace turnback::IncidentRegulators {

RegulatorFacts facts(const Incident& incident, const Kit& kit) {
    RegulatorFacts facts;
    for (auto it = incident.regulatorTriggers().cbegin(); it != incident.regulatorTriggers().cend(); ++it)
        if (const auto trigger = regulatorTriggerFromId(it.key()))
            facts.triggers.insert(*trigger, it.value());
    // A submission is a `comms.sent` of the template a report is written with.
    for (const auto& [templateId, at] : incident.sentTemplates())
        for (const Regulator& regulator : kit.regulators)
            for (const RegulatorReport& report : regulator.reports)
                if (report.templateId == templateId)
                    facts.sent[regulator.id + QLatin1Char('/') + report.id] << at;
    return facts;
}

QList<RegulatorClock> clocks(const Incident& incident, const Kit& kit) {
    return RegulatorClocks::clocks(kit, facts(incident, kit));
}

QList<RegulatorClock> running(const Incident& incident, const Kit& kit) {
    return RegulatorClocks::running(kit, facts(incident, kit));
}

bool anyEnabled(const Kit& kit) {
    return std::any_of(kit.regulators.cbegin(), kit.regulators.cend(),
                       [](const Regulator& regulator) { return regulator.enabled; });
}

} // namespace turnback::IncidentRegulators
