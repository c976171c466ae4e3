#pragma once

#include "Duration.h"
#include "Kit.h"

#include <QString>

namespace turnback {

/// A signal entering or leaving the triggered state, at the exact instant it happened.
struct RubricTransition {
    enum class Event { Triggered, Cleared };
    Milliseconds at{0};
    QString signalId;
    Event event = Event::Triggered;
    Level level = Level::Slow; ///< the signal's action level (also on a clear, for the reader's convenience)

    friend bool operator==(const RubricTransition&, const RubricTransition&) = default;
};

/// "triggered" / "cleared": the wording of `rubric replay` and of the audit log.
inline QString transitionEventId(RubricTransition::Event event) {
    return event == RubricTransition::Event::Triggered ? QStringLiteral("triggered") : QStringLiteral("cleared");
}

} // namespace turnback
