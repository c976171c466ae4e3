#pragma once

#include "Duration.h"
#include "Kit.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace turnback {

/// The recorded facts a regulator clock can be anchored to (event `regulator.trigger`).
enum class RegulatorTrigger { BecameAware, ClassifiedMajor, DeterminedMaterial, Discovered };
/// "became-aware", "classified-major", "determined-material", "discovered".
QString regulatorTriggerId(RegulatorTrigger trigger);
std::optional<RegulatorTrigger> regulatorTriggerFromId(const QString& id);
QList<RegulatorTrigger> allRegulatorTriggers();

/// What has happened so far: each trigger once, and the submissions of each report
/// ("dora/intermediate") in the order they were made.
struct RegulatorFacts {
    QMap<RegulatorTrigger, QDateTime> triggers;
    QMap<QString, QList<QDateTime>> sent;
};

/// One deadline: a report owed to a regulator, counted from its own anchor (docs/regulator-clocks.md).
struct RegulatorClock {
    QString regime;     ///< "nis2"
    QString report;     ///< "early-warning"
    QString templateId; ///< the kit's comms template for it
    QString from;       ///< the anchor: a trigger id, or "sent:dora/initial"
    QDateTime anchorUtc;
    QDateTime dueUtc;
    /// Once the report is submitted the clock stops: it keeps its due time and says whether the
    /// submission met it (and by how much it missed).
    std::optional<QDateTime> submittedUtc;

    QString key() const { return regime + QLatin1Char('/') + report; }
    bool isRunning() const { return !submittedUtc.has_value(); }
    bool met() const { return submittedUtc && *submittedUtc <= dueUtc; }
    /// How late the submission was; zero when met or still running.
    Milliseconds lateBy() const;
};

/// The deadline rules of docs/regulator-clocks.md. Pure functions of the kit and the facts:
/// the console, NEXT and `turnback-cli comms clocks` all read their clocks from here.
class RegulatorClocks {
public:
    /// Every clock the facts start for the kit's enabled regimes, running or stopped, sorted by due
    /// time (then regime and report, so equal deadlines keep one order).
    static QList<RegulatorClock> clocks(const Kit& kit, const RegulatorFacts& facts);
    /// The same, running ones only.
    static QList<RegulatorClock> running(const Kit& kit, const RegulatorFacts& facts);

    /// The rules' arithmetic, exposed for the tests and the documentation's examples.
    /// `at` plus one calendar month in UTC: the same day of the next month, or its last day when it
    /// has fewer days (31 January -> 28 or 29 February); the time of day is kept.
    static QDateTime addOneMonth(const QDateTime& at);
    /// 17:30 America/New_York on the fourth business day after the determination (Form 8-K
    /// General Instruction B.1, 17 CFR 232.13), in UTC; invalid when the time zone is not installed.
    static QDateTime secForm8kDue(const QDateTime& determinedAt);
    /// Whether the America/New_York time zone is available (package tzdata).
    static bool easternTimeAvailable();
    /// The clock keys ("gdpr/notification", ...) whose anchor is `trigger`, for the kit's enabled regimes:
    /// what recording the trigger would start.
    static QStringList startedBy(const Kit& kit, RegulatorTrigger trigger);
};

} // namespace turnback
