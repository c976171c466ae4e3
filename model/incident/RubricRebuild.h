#pragma once

#include "RubricEngine.h"

#include <QList>

namespace turnback {

class Incident;

/// The rubric after a retraction, rebuilt from what stands (docs/incident-events.md, "Corrections").
///
/// RubricEngine is incremental and cannot forget an observation, so the honest rebuild is a fresh
/// engine fed the observations that stand, at the rubric times they were given, and moved to the
/// instant of the retraction. What differs from the engine before is owed to the record: a signal
/// that no longer holds clears, one that holds only now triggers (both at that instant, in kit
/// order). The live session and the replay both rebuild through here, so they cannot disagree.
struct RubricRebuild {
    RubricEngine engine;
    QList<RubricTransition> transitions;

    /// `fresh` is the kit's engine before any observation; `before` the engine as it stood at `at`.
    static RubricRebuild fromStanding(const RubricEngine& fresh, const RubricEngine& before, const Incident& incident,
                                      Milliseconds at);
};

} // namespace turnback
