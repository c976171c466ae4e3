#pragma once

#include "Kit.h"
#include "Observation.h"
#include "RubricTransition.h"
#include "SignalStatus.h"

#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <optional>
#include <vector>

namespace turnback {

/// Evaluates a kit's signal thresholds over a time-ordered observation stream.
///
/// Pure and deterministic: time is whatever the observations (or advanceTo) say, never a clock,
/// so the same stream gives the same transitions in the GUI, in `turnback-cli rubric replay`
/// and in an after-action replay. Times are milliseconds since the start of the stream.
///
/// Rules (docs/architecture.md, "Time"):
/// - Measured: a sample's value holds until the next sample of that signal. Without "for" it
///   triggers at the sample that makes the comparison true; with "for" at exactly the instant the
///   condition has held for the whole duration, with or without a sample then. A sample that breaks
///   the condition cancels the wait (no clear: it never fired) or clears a triggered signal.
/// - Count: each observation is one occurrence; at an occurrence at t the engine counts the
///   occurrences in (t - window, t] and fires when the count first satisfies the comparison.
///   A triggered count clears at the exact instant an occurrence leaves the window and the count
///   no longer satisfies it (occurrence time + window). It fires only on an occurrence.
/// - Any: fires on its first occurrence and never clears by itself. A data loss or a regulator's
///   inquiry does not stop having happened; standing down is a recorded decision, not a rubric
///   rule.
///
/// The engine reports transitions and the level the rubric calls for; whether the incident's
/// level goes down after a clear is decided (and recorded) elsewhere.
class RubricEngine {
public:
    /// Copies what it needs from the kit's signals; the kit may go away afterwards.
    explicit RubricEngine(const Kit& kit);

    /// Feeds one observation. Returns every transition up to and including obs.at, in time order:
    /// timed "for" triggers and window-expiry clears at or before obs.at first (kit order on ties),
    /// then the observation's own effect. On error (time going backwards, unknown signal, measured
    /// sample without a finite value) returns nothing, sets *error and changes no state; on success
    /// *error is cleared.
    QList<RubricTransition> observe(const Observation& obs, QString* error = nullptr);

    /// Moves time forward without a new observation; returns the transitions up to `now`
    /// (inclusive). A time earlier than now() is ignored.
    QList<RubricTransition> advanceTo(Milliseconds now);

    /// The next instant any signal's status changes by itself: a pending "for" firing, or an
    /// occurrence leaving a count window (the window count drops, and the signal may clear).
    /// A UI timer can sleep until exactly then. std::nullopt when nothing is scheduled.
    std::optional<Milliseconds> nextScheduledChange() const;

    /// Like nextScheduledChange, but only instants that produce a transition (a trigger or a clear).
    std::optional<Milliseconds> nextScheduledTransition() const;

    /// The status of one signal; a Quiet status carrying the id when the kit has no such signal.
    SignalStatus status(const QString& signalId) const;
    /// Every signal's status, in kit order.
    QList<SignalStatus> statuses() const;

    /// The highest action level among triggered signals; Level::Normal when none is triggered.
    Level calledLevel() const;
    /// The level a signal calls for when it triggers; Level::Normal when the kit has no such signal.
    Level actionLevel(const QString& signalId) const;

    /// The time of the latest observation or advanceTo; 0 before any.
    Milliseconds now() const { return m_now; }

    /// The signal ids, in kit order.
    QStringList signalIds() const;

private:
    struct Tracked {
        QString id;
        Threshold::Kind kind = Threshold::Kind::Any;
        Comparison comparison = Comparison::Greater;
        double limit = 0;
        Milliseconds sustain{0}; ///< Measured: 0 = no "for"
        Milliseconds window{0};  ///< Count: <= 0 means occurrences never leave the window
        Level action = Level::Slow;
        int minCount = 0; ///< Count with > or >=: the smallest count that satisfies the comparison

        SignalPhase phase = SignalPhase::Quiet;
        Milliseconds since{0};
        Milliseconds firesAt{0};
        std::optional<double> latest;
        std::deque<Milliseconds> occurrences; ///< Count: times in the trailing window, oldest first
        int occurrenceCount = 0;              ///< Any: occurrences so far
    };

    int indexOf(const QString& signalId) const;
    void advance(Milliseconds target, QList<RubricTransition>& out);
    void runScheduled(Tracked& s, Milliseconds at, QList<RubricTransition>& out);
    void apply(Tracked& s, const Observation& obs, QList<RubricTransition>& out);
    SignalStatus statusOf(const Tracked& s) const;
    static Milliseconds nextChangeOf(const Tracked& s);
    static Milliseconds nextTransitionOf(const Tracked& s);

    std::vector<Tracked> m_signals;
    QHash<QString, int> m_index; ///< only for kits with many signals; small kits are scanned
    Milliseconds m_now{0};
};

} // namespace turnback
