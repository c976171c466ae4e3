#pragma once

#include <QObject>

namespace turnback {

class Clock;
class Incident;
class RubricEngine;
struct Kit;

/// A read-only view of one reversal: its folded state, the kit it runs on, the rubric's state and
/// the clock it is read against. The item models and the screens that only show stand on this, not
/// on the session that writes (docs/architecture.md, "The replay"): the live session is one view,
/// a replay of a log that another console writes, or a review, are others.
class IncidentView : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual const Incident& incident() const = 0;
    virtual const Kit& kit() const = 0;
    virtual const RubricEngine& engine() const = 0;
    virtual const Clock& clock() const = 0;
    /// Brings the view to the clock's now: the live session records what fell due (tick()), a
    /// console that follows another's log reads what was written since. Called at 1 Hz and at the
    /// instant the rubric is due to change.
    virtual void catchUp() = 0;
    /// Whether this view can record acts (a live session), or only shows (a replay, a follower).
    virtual bool canRecord() const = 0;

signals:
    /// The incident changed (an event was applied).
    void changed();
};

} // namespace turnback
