#include "CommsSuggestion.h"

#include "IncidentRegulators.h"

#include <algorithm>

namespace turnback {

QList<CalledForComms> commsCalledFor(const Incident& incident, const Kit& kit) {
    QList<CalledForComms> called;
    if (!incident.isStarted() || incident.isClosed())
        return called;
    for (const CommsTemplate& comms : kit.comms)
        if (comms.dueFromStart && !incident.firstSent(comms.id))
            called.append({comms.id, incident.startedAt().addMSecs(comms.due.count()), comms.owner, {}, {}, {}});
    for (const RegulatorClock& clock : IncidentRegulators::running(incident, kit)) {
        const auto comms = std::find_if(kit.comms.cbegin(), kit.comms.cend(),
                                        [&](const CommsTemplate& c) { return c.id == clock.templateId; });
        called.append({clock.templateId, clock.dueUtc, comms != kit.comms.cend() ? comms->owner : QString(),
                       clock.key(), clock.from, clock.anchorUtc});
    }
    // Stable: on equal deadlines the kit's own order (templates owed from the start, then the clocks in
    // the order RegulatorClocks gives them).
    std::stable_sort(called.begin(), called.end(),
                     [](const CalledForComms& a, const CalledForComms& b) { return a.dueUtc < b.dueUtc; });
    return called;
}

QDateTime commsDueAt(const Incident& incident, const Kit& kit, const QString& templateId) {
    for (const CommsTemplate& comms : kit.comms)
        if (comms.id == templateId && comms.dueFromStart)
            return incident.startedAt().addMSecs(comms.due.count());
    QDateTime due;
    std::optional<QDateTime> lastMet;
    for (const RegulatorClock& clock : IncidentRegulators::clocks(incident, kit)) {
        if (clock.templateId != templateId)
            continue;
        if (clock.isRunning() && (!due.isValid() || clock.dueUtc < due))
            due = clock.dueUtc;
        else if (!clock.isRunning())
            lastMet = clock.dueUtc;
    }
    return due.isValid() ? due : lastMet.value_or(QDateTime());
}

QString commsTitle(const Kit& kit, const QString& templateId) {
    for (const CommsTemplate& comms : kit.comms)
        if (comms.id == templateId)
            return comms.title;
    return templateId;
}

} // namespace turnback
