#include "StageText.h"

namespace turnback {

using namespace events;

namespace {
QString roleName(const QString& id, const Kit* kit) {
    return kit && kit->role(id) ? kit->roleTitle(id) : id;
}
QString withReason(QString text, const QString& reason) {
    if (!reason.isEmpty())
        text += StageText::tr(" — \"%1\"").arg(reason);
    return text;
}
} // namespace

QString StageText::stageTitle(const QString& stageId, const Kit* kit) {
    const StageChecklist* stage = kit ? kit->stageChecklist(stageId) : nullptr;
    return stage ? stage->title : stageId;
}

QString StageText::itemName(const QString& stageId, const QString& itemId, const Kit* kit) {
    Q_UNUSED(stageId)
    Q_UNUSED(kit)
    return itemId;
}

QString StageText::owed(const OwedItem& owed, const Kit& kit) {
    const QString stage = stageTitle(owed.stage, &kit);
    if (owed.stageOwes == QLatin1String("window"))
        return tr("the %1 must be closed on record").arg(stage);
    if (owed.stageOwes == QLatin1String("go-no-go"))
        return tr("the go / no-go of %1 is not on record, and the window is open").arg(stage);
    const QString who = owed.role.isEmpty() ? tr("someone") : roleName(owed.role, &kit);
    return tr("%1 must do “%2” (%3; Stages tab)").arg(who, owed.stageItem, stage);
}

QString StageText::outcome(StageItemRecorded::Outcome outcome) {
    switch (outcome) {
    case StageItemRecorded::Outcome::Met:
        return tr("met");
    case StageItemRecorded::Outcome::NotMet:
        return tr("NOT MET");
    case StageItemRecorded::Outcome::Done:
        return tr("done");
    case StageItemRecorded::Outcome::Blocked:
        return tr("BLOCKED");
    }
    return {};
}

QString StageText::render(const StageItemRecorded& e, const QString& actor, const Kit* kit) {
    QString text = tr("%1 (%2) recorded %3 “%4”: %5")
                       .arg(actor, roleName(e.role, kit), stageTitle(e.stage, kit), itemName(e.stage, e.item, kit),
                            outcome(e.outcome));
    if (!e.onBehalfOf.isEmpty())
        text += tr(", acting for %1").arg(roleName(e.onBehalfOf, kit));
    return withReason(text, e.reason);
}

QString StageText::render(const StageGateDecided& e, const QString& actor, const Kit* kit) {
    QString text = e.go
                       ? tr("%1 (%2) decided GO for %3").arg(actor, roleName(e.role, kit), stageTitle(e.stage, kit))
                       : tr("%1 (%2) decided NO-GO for %3").arg(actor, roleName(e.role, kit), stageTitle(e.stage, kit));
    if (!e.unmet.isEmpty())
        text +=
            tr(" with %n gate(s) not met: %1", nullptr, int(e.unmet.size())).arg(e.unmet.join(QStringLiteral(", ")));
    return withReason(text, e.reason);
}

QString StageText::render(const StageWindowOpened& e, const QString& actor, const Kit* kit) {
    return tr("%1 (%2) opened the %3 for %4: it closes at %5 UTC")
        .arg(actor, roleName(e.role, kit), stageTitle(e.stage, kit), Duration::humanText(Milliseconds(e.durationMs)),
             e.closesAt.toString(QStringLiteral("HH:mm:ss")));
}

QString StageText::render(const StageWindowClosed& e, const QString& actor, const Kit* kit) {
    const QString text =
        e.early ? tr("%1 (%2) closed the %3 early").arg(actor, roleName(e.role, kit), stageTitle(e.stage, kit))
                : tr("%1 (%2) closed the %3 after its time ran out")
                      .arg(actor, roleName(e.role, kit), stageTitle(e.stage, kit));
    return withReason(text, e.reason);
}

QString StageText::render(const StageHarmRecorded& e, const QString& actor, const Kit* kit) {
    QString text = e.corrects ? tr("%1 (%2) corrected the harm record (entry %3): %4")
                                    .arg(actor, roleName(e.role, kit))
                                    .arg(e.corrects)
                                    .arg(e.affected)
                              : tr("%1 (%2) recorded the harm: %3").arg(actor, roleName(e.role, kit), e.affected);
    if (!e.count.isEmpty())
        text += tr("; how many: %1").arg(e.count);
    if (!e.duration.isEmpty())
        text += tr("; for how long: %1").arg(e.duration);
    if (!e.data.isEmpty())
        text += tr("; data: %1").arg(e.data);
    if (!e.note.isEmpty())
        text += tr("; note: %1").arg(e.note);
    return text;
}

QString StageText::render(const StageRelaunchDecided& e, const QString& actor, const Kit* kit) {
    const int met = int(e.criteria.size() - e.unmet().size());
    QString text = e.relaunch ? tr("%1 (%2) decided to RELAUNCH: %3 of %4 criteria met")
                                    .arg(actor, roleName(e.role, kit))
                                    .arg(met)
                                    .arg(e.criteria.size())
                              : tr("%1 (%2) decided NOT to relaunch: %3 of %4 criteria met")
                                    .arg(actor, roleName(e.role, kit))
                                    .arg(met)
                                    .arg(e.criteria.size());
    if (!e.unmet().isEmpty())
        text += tr(" (not met: %1)").arg(e.unmet().join(QStringLiteral(", ")));
    return withReason(text, e.reason);
}

QString StageText::render(const StagesLeftOpen& e, const QString& actor, const Kit* kit) {
    QString text = tr("%1 (%2) closed with the %3 unfinished: %n step(s) open", nullptr, int(e.open.size()))
                       .arg(actor, roleName(e.role, kit), stageTitle(e.stage, kit));
    if (e.relaunchMissing)
        text += tr(", no relaunch decision");
    return withReason(text, e.reason);
}

QString StageText::attempt(const ActRefused& e, const QString& actor, const QString& role) {
    switch (e.act) {
    case RefusedAct::StageItem:
        return tr("%1 (%2) tried to record “%3”").arg(actor, role, e.subject);
    case RefusedAct::Gate:
        return tr("%1 (%2) tried to decide go / no-go on %3").arg(actor, role, e.subject);
    case RefusedAct::OpenWindow:
        return tr("%1 (%2) tried to open the rollback window").arg(actor, role);
    case RefusedAct::CloseWindow:
        return tr("%1 (%2) tried to close the rollback window").arg(actor, role);
    case RefusedAct::Harm:
        return tr("%1 (%2) tried to record the harm").arg(actor, role);
    case RefusedAct::Relaunch:
        return tr("%1 (%2) tried to decide on a relaunch").arg(actor, role);
    case RefusedAct::Close:
        return tr("%1 (%2) tried to close with the recovery unfinished").arg(actor, role);
    default:
        break;
    }
    return {};
}

QString StageText::refusal(const ActRefused& e, const Kit* kit) {
    const QString unmet = e.unmet.join(QStringLiteral(", "));
    switch (e.refusal) {
    case ActRefusal::NotOpen:
        return e.act == RefusedAct::OpenWindow || e.act == RefusedAct::CloseWindow
                   ? tr("The kit has no rollback window to act on.")
                   : tr("The kit has no stage item “%1”.").arg(e.subject);
    case ActRefusal::AlreadyDone:
        return e.act == RefusedAct::OpenWindow
                   ? tr("The rollback window was already opened by %1 at %2 UTC.")
                         .arg(e.earlierBy, e.earlierAt.toString(QStringLiteral("HH:mm:ss")))
                   : tr("The rollback window was already closed by %1 at %2 UTC.")
                         .arg(e.earlierBy, e.earlierAt.toString(QStringLiteral("HH:mm:ss")));
    case ActRefusal::NoReason:
        switch (e.act) {
        case RefusedAct::Gate:
            return tr("A go with gates not met or not recorded (%1) needs a reason.").arg(unmet);
        case RefusedAct::Relaunch:
            return tr("A relaunch with criteria not met (%1) needs a reason.").arg(unmet);
        case RefusedAct::CloseWindow:
            return tr("Closing the window before its time runs out needs a reason.");
        case RefusedAct::Close:
            return tr("The recovery is unfinished (%1): say why you are closing anyway.")
                .arg(unmet.isEmpty() ? tr("no relaunch decision") : unmet);
        default:
            return tr("Say why: not met, blocked, or recorded for its owner, it needs a reason.");
        }
    case ActRefusal::WindowNotOpen:
        return tr("The rollback window is not open: open it before recording its steps.");
    case ActRefusal::WindowClosed:
        return tr("The rollback window is closed on record; its steps can no longer be recorded.");
    case ActRefusal::Incomplete:
        return tr("Say who was affected.");
    default:
        break;
    }
    Q_UNUSED(kit)
    return {};
}

} // namespace turnback
