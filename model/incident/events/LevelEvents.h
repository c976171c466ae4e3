#pragma once

#include "IncidentEvents.h"
#include "Kit.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace turnback::events {

// The incident's level and the rule behind it (docs/incident-events.md, "The level rule"): the level
// is the highest level still called for by a triggered item whose decision is open, carried out or
// held. The session computes it; every change, up or down, is one LevelChanged row with its cause.

/// Why the level changed.
enum class LevelCause {
    Trigger,   ///< a signal triggered and called for more
    Decision,  ///< a de-escalation lowered what one item calls for
    StandDown, ///< obligation 0: every item stood down to one level once no decision was open
    Resume,    ///< written on resume: the log missed the change (a crash between the cause and this row)
};
QString levelCauseId(LevelCause cause); ///< "trigger", "decision", "stand-down", "resume"
std::optional<LevelCause> levelCauseFromId(const QString& id);

/// The incident's level changed. Target: the new level's id.
struct LevelChanged {
    inline static const QString& kind = EventKind::LevelChanged;
    Level from = Level::Normal;
    Level to = Level::Normal;
    LevelCause cause = LevelCause::Trigger;
    qint64 obligation = 0; ///< the item that caused it (0: none, or a trigger not yet written)
    QString signal;        ///< that item's signal
    QDateTime at;          ///< the instant of the cause (a trigger's rubric instant, a decision's now)

    QString target() const { return levelId(to); }
    QJsonObject toJson() const;
    static std::optional<LevelChanged> fromJson(const QJsonObject& payload);
    friend bool operator==(const LevelChanged&, const LevelChanged&) = default;
};

/// Why the session refused a decision. Stored as a fact; the screen words it (DecisionRefusalText).
enum class Refusal {
    NotOpen,          ///< no open decision on that item (or no such item)
    NoReason,         ///< hold, de-escalate and acting for another owner need a written reason
    NotBelow,         ///< a de-escalation must go below what the item (or the incident) calls for
    BelowAnotherItem, ///< another item still calls for more than the level asked for
    DecisionsOpen,    ///< standing down (obligation 0) needs every decision in
};
QString refusalId(Refusal refusal); ///< "not-open", "no-reason", "not-below", "below-another-item", "decisions-open"
std::optional<Refusal> refusalFromId(const QString& id);

/// An attempted decision the session refused, with what was asked and why (nothing else changed).
/// Target: the signal id, or the level asked for when obligation 0.
struct DecisionRefused {
    inline static const QString& kind = EventKind::DecisionRefused;
    qint64 obligation = 0;
    QString signal;
    Decision decision = Decision::CarryOut;
    std::optional<Level> level; ///< the level asked for (de-escalations)
    QString role;               ///< who was at the keyboard
    QString reason;             ///< what the operator wrote, word for word (may be empty)
    QString onBehalfOf;         ///< the owner's role id when someone else tried to decide
    Refusal refusal = Refusal::NotOpen;
    qint64 blockingObligation = 0; ///< below-another-item / decisions-open: the item in the way
    QString blockingSignal;
    std::optional<Level> blockingLevel; ///< what that item calls for

    QString target() const { return obligation || !level ? signal : levelId(*level); }
    QJsonObject toJson() const;
    static std::optional<DecisionRefused> fromJson(const QJsonObject& payload);
    friend bool operator==(const DecisionRefused&, const DecisionRefused&) = default;
};

} // namespace turnback::events
