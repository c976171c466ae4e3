#pragma once

#include "Kit.h"
#include "OwedItems.h"
#include "events/RefusedActs.h"
#include "events/StageEvents.h"

#include <QCoreApplication>

namespace turnback {

/// The stage rows and the refusals of stage acts as sentences for people, through tr(); with a kit,
/// ids become its titles. TimelineText hands the stage rows here, so its own file stays about the rubric.
class StageText {
    Q_DECLARE_TR_FUNCTIONS(StageText)
public:
    static QString render(const events::StageItemRecorded& e, const QString& actor, const Kit* kit);
    static QString render(const events::StageGateDecided& e, const QString& actor, const Kit* kit);
    static QString render(const events::StageWindowOpened& e, const QString& actor, const Kit* kit);
    static QString render(const events::StageWindowClosed& e, const QString& actor, const Kit* kit);
    static QString render(const events::StageHarmRecorded& e, const QString& actor, const Kit* kit);
    static QString render(const events::StageRelaunchDecided& e, const QString& actor, const Kit* kit);
    static QString render(const events::StagesLeftOpen& e, const QString& actor, const Kit* kit);
    /// "Ana (Incident commander) tried to record gate “Rollback tested”": the attempt of a stage act.
    static QString attempt(const events::ActRefused& e, const QString& actor, const QString& role);
    /// Why a stage act was refused (the session's message too).
    static QString refusal(const events::ActRefused& e, const Kit* kit);
    /// What a stage owes, for NEXT: "Engineering lead must do “pause-traffic” (Live rollback window)".
    static QString owed(const OwedItem& owed, const Kit& kit);
    /// "met", "NOT MET", "done", "BLOCKED", as the panel and the timeline say it.
    static QString outcome(events::StageItemRecorded::Outcome outcome);
    /// The stage's title, or its id without a kit.
    static QString stageTitle(const QString& stageId, const Kit* kit);
    /// The item's id as the kit's short reference ("rollback-tested"): kit items have text, not titles.
    static QString itemName(const QString& stageId, const QString& itemId, const Kit* kit);
};

} // namespace turnback
