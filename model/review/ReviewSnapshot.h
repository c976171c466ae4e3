#pragma once

#include "IncidentReplay.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace turnback {

class Kit;
class ReviewDatabase;

/// "What did the console show at 10:42?" (docs/review.md): the reversal replayed from its rows
/// written by that instant (IncidentReplay, fed a page at a time from the read-only database), and
/// the rubric, the level and every owner's countdown as they stood then, as text for the review.
class ReviewSnapshot {
    Q_DECLARE_TR_FUNCTIONS(ReviewSnapshot)
public:
    /// The state at `instant`; nullopt with `error` set when the rows cannot be read or the reversal
    /// had not started by then.
    static std::optional<IncidentSnapshot> at(ReviewDatabase& database, const QString& incident, const Kit& kit,
                                              const QDateTime& instant, QString* error);
    /// The console at that instant as HTML: the level, each signal's state, each owner's countdown.
    static QString html(const IncidentSnapshot& snapshot, const Kit& kit);
};

} // namespace turnback
