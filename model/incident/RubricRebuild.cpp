#include "RubricRebuild.h"

#include "Incident.h"

namespace turnback {

RubricRebuild RubricRebuild::fromStanding(const RubricEngine& fresh, const RubricEngine& before,
                                          const Incident& incident, Milliseconds at) {
    RubricRebuild rebuilt{fresh, {}};
    RubricEngine& engine = rebuilt.engine;
    // The transitions the fresh engine derives on the way are history already on record (or, for
    // the retracted observation, never true): only the end state is compared.
    for (const Observation& seen : incident.standingObservations())
        engine.observe({std::max(seen.at, engine.now()), seen.signalId, seen.value});
    engine.advanceTo(std::max(at, engine.now()));

    const QList<SignalStatus> was = before.statuses();
    const QList<SignalStatus> is = engine.statuses();
    for (qsizetype i = 0; i < std::min(was.size(), is.size()); ++i) {
        const bool wasTriggered = was.at(i).phase == SignalPhase::Triggered;
        const bool isTriggered = is.at(i).phase == SignalPhase::Triggered;
        if (wasTriggered == isTriggered)
            continue;
        const QString& id = is.at(i).signalId;
        rebuilt.transitions.append({engine.now(), id,
                                    isTriggered ? RubricTransition::Event::Triggered : RubricTransition::Event::Cleared,
                                    engine.actionLevel(id)});
    }
    return rebuilt;
}

} // namespace turnback
