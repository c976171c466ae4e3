#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace turnback::events {

// The kit's three stages worked in the console (docs/incident-events.md, "Stages"): pre-release
// gates, the live rollback window and the post-reversal recovery. Each act is one row; a later row
// about the same thing supersedes the earlier one on screen, and both stay in the log.

/// One checklist item of a stage recorded: a gate met or not met, a window or recovery step done
/// or blocked. Target: "stage/item".
struct StageItemRecorded {
    inline static const QString kind = QStringLiteral("stage.item.recorded");
    enum class Outcome { Met, NotMet, Done, Blocked };
    QString stage; ///< the stage checklist's id in the kit
    QString item;
    Outcome outcome = Outcome::Done;
    QString reason;     ///< required for not-met, blocked, and for anyone acting for the owner
    QString role;       ///< role of whoever was at the keyboard
    QString onBehalfOf; ///< the item's owner (role id), when someone else recorded it

    QString target() const { return stage + u'/' + item; }
    bool isPositive() const { return outcome == Outcome::Met || outcome == Outcome::Done; }
    QJsonObject toJson() const;
    static std::optional<StageItemRecorded> fromJson(const QJsonObject& payload);
    friend bool operator==(const StageItemRecorded&, const StageItemRecorded&) = default;
};
QString stageOutcomeId(StageItemRecorded::Outcome outcome); ///< "met", "not-met", "done", "blocked"
std::optional<StageItemRecorded::Outcome> stageOutcomeFromId(const QString& id);

/// The go / no-go of a pre-release stage. Target: the stage id.
struct StageGateDecided {
    inline static const QString kind = QStringLiteral("stage.gate.decided");
    QString stage;
    bool go = false;
    QString reason;    ///< required for a go while any gate is not met or not recorded
    QStringList unmet; ///< the gates not met or not recorded when it was decided, in the kit's order
    QString role;

    QString target() const { return stage; }
    QJsonObject toJson() const;
    static std::optional<StageGateDecided> fromJson(const QJsonObject& payload);
    friend bool operator==(const StageGateDecided&, const StageGateDecided&) = default;
};

/// The live rollback window opened: it closes `durationMs` later unless closed early. Target: the stage id.
struct StageWindowOpened {
    inline static const QString kind = QStringLiteral("stage.window.opened");
    QString stage;
    qint64 durationMs = 0;
    QDateTime closesAt;
    QString role;

    QString target() const { return stage; }
    QJsonObject toJson() const;
    static std::optional<StageWindowOpened> fromJson(const QJsonObject& payload);
    friend bool operator==(const StageWindowOpened&, const StageWindowOpened&) = default;
};

/// The window closed by an act: early (before its time ran out, reason required) or after. Target: the stage id.
struct StageWindowClosed {
    inline static const QString kind = QStringLiteral("stage.window.closed");
    QString stage;
    QDateTime at;
    bool early = false;
    QString reason;
    QString role;

    QString target() const { return stage; }
    QJsonObject toJson() const;
    static std::optional<StageWindowClosed> fromJson(const QJsonObject& payload);
    friend bool operator==(const StageWindowClosed&, const StageWindowClosed&) = default;
};

/// Who was harmed, how many, for how long, what data. A later record corrects it (`corrects`: the
/// seq of the record it replaces); nothing is overwritten. Target: the stage id.
struct StageHarmRecorded {
    inline static const QString kind = QStringLiteral("stage.harm.recorded");
    QString stage;
    QString affected; ///< who: required
    QString count;    ///< how many, as known ("about 1,200")
    QString duration; ///< for how long, as known ("41 min")
    QString data;     ///< what data, if any
    QString note;
    qint64 corrects = 0; ///< the harm record this one corrects; 0 for the first
    QString role;

    QString target() const { return stage; }
    QJsonObject toJson() const;
    static std::optional<StageHarmRecorded> fromJson(const QJsonObject& payload);
    friend bool operator==(const StageHarmRecorded&, const StageHarmRecorded&) = default;
};

/// One relaunch criterion as judged in a relaunch decision.
struct CriterionJudged {
    QString id;
    bool met = false;
    QString note;
    friend bool operator==(const CriterionJudged&, const CriterionJudged&) = default;
};

/// Whether to relaunch, against the kit's criteria. Target: the stage id.
struct StageRelaunchDecided {
    inline static const QString kind = QStringLiteral("stage.relaunch.decided");
    QString stage;
    bool relaunch = false; ///< "relaunch" / "no-relaunch"
    QList<CriterionJudged> criteria;
    QString reason; ///< required for a relaunch while any criterion is not met
    QString role;

    QString target() const { return stage; }
    QStringList unmet() const;
    QJsonObject toJson() const;
    static std::optional<StageRelaunchDecided> fromJson(const QJsonObject& payload);
    friend bool operator==(const StageRelaunchDecided&, const StageRelaunchDecided&) = default;
};

/// Written just before ReversalClosed when the recovery was left unfinished: what was open and the
/// operator's reason for closing anyway. Target: the stage id.
struct StagesLeftOpen {
    inline static const QString kind = QStringLiteral("stage.left-open");
    QString stage;
    QStringList open;             ///< "stage/item" of every recovery step not done
    bool relaunchMissing = false; ///< no relaunch decision was recorded
    QString reason;
    QString role;

    QString target() const { return stage; }
    QJsonObject toJson() const;
    static std::optional<StagesLeftOpen> fromJson(const QJsonObject& payload);
    friend bool operator==(const StagesLeftOpen&, const StagesLeftOpen&) = default;
};

} // namespace turnback::events
