#include "TimelineText.h"

#include "Kit.h"
#include "StageText.h"

namespace turnback {

using namespace events;

namespace {

/// Fills the slots of one event's sentence with names from the kit, or ids without one.
class Renderer {
    Q_DECLARE_TR_FUNCTIONS(TimelineText)
public:
    Renderer(const TimelineEntry& entry, const Kit* kit)
        : m_entry(entry)
        , m_kit(kit) {}

    QString operator()(const ReversalStarted& e) const {
        return tr("%1 started the reversal \"%2\" of %3 (%4)")
            .arg(m_entry.actor, e.title, e.service, e.exercise ? tr("EXERCISE") : tr("live"));
    }
    QString operator()(const ObservationRecorded& e) const {
        return e.value ? tr("Observed %1 = %2")
                             .arg(signal(e.signal),
                                  QString::number(*e.value, 'g', QLocale::FloatingPointShortest) + unit(e.signal))
                       : tr("Observed one occurrence of %1").arg(signal(e.signal));
    }
    QString operator()(const SignalTriggered& e) const {
        return tr("%1 triggered: %2 called for; %3 owes a decision by %4 UTC")
            .arg(signal(e.signal), level(e.level), role(e.owner), e.deadline.toString(QStringLiteral("HH:mm:ss")));
    }
    QString operator()(const SignalCleared& e) const {
        return tr("%1 cleared (the level stays until a decision lowers it)").arg(signal(e.signal));
    }
    QString operator()(const LevelEntered& e) const { return tr("Level %1 entered").arg(level(e.level)); }
    QString operator()(const LevelChanged& e) const {
        const QString change = e.to > e.from ? tr("Level raised to %1 (from %2)").arg(level(e.to), level(e.from))
                                             : tr("Level lowered to %1 (from %2)").arg(level(e.to), level(e.from));
        switch (e.cause) {
        case LevelCause::Trigger:
            return tr("%1: %2 triggered").arg(change, signal(e.signal));
        case LevelCause::Decision:
            return tr("%1: %2 de-escalated").arg(change, signal(e.signal));
        case LevelCause::StandDown:
            return tr("%1: the incident was stood down").arg(change);
        case LevelCause::Resume:
            return tr("%1: recorded on resume (the log missed the change)").arg(change);
        }
        return change;
    }
    QString operator()(const DecisionRefused& e) const {
        const QString what = e.obligation
                                 ? tr("%1 (%2) tried to %3 on %4")
                                       .arg(m_entry.actor, role(e.role), decision(e.decision), signal(e.signal))
                                 : tr("%1 (%2) tried to %3").arg(m_entry.actor, role(e.role), decision(e.decision));
        QString text = e.level && e.decision == Decision::DeEscalate
                           ? tr("%1 to %2: refused. %3").arg(what, level(*e.level), refusal(e))
                           : tr("%1: refused. %2").arg(what, refusal(e));
        if (!e.reason.isEmpty())
            text += tr(" — \"%1\"").arg(e.reason);
        return text;
    }
    QString operator()(const DataProcedureStarted& e) const {
        return tr("%1 began the data procedure %2").arg(m_entry.actor, procedure(e.procedure));
    }
    QString operator()(const DataStepRecorded& e) const {
        QString text = e.outcome == DataStepRecorded::Outcome::Done
                           ? tr("%1 did step \"%2\" of %3").arg(m_entry.actor, e.step, procedure(e.procedure))
                           : tr("%1 marked step \"%2\" of %3 BLOCKED: \"%4\"")
                                 .arg(m_entry.actor, e.step, procedure(e.procedure), e.reason);
        if (!e.confirmation.isEmpty())
            text += tr("; confirmed \"%1\"").arg(e.confirmation);
        if (e.secondPerson)
            text += tr("; second person %1 (%2)").arg(e.secondPerson->name, e.secondPerson->role);
        if (!e.attachments.isEmpty())
            text += tr("; %n file(s) attached", nullptr, int(e.attachments.size()));
        return text;
    }
    QString procedure(const QString& id) const {
        const DataProcedure* p = m_kit ? m_kit->dataProcedure(id) : nullptr;
        return p ? p->title : id;
    }
    QString refusal(const DecisionRefused& e) const {
        switch (e.refusal) {
        case Refusal::NotOpen:
            return tr("There is no open decision there.");
        case Refusal::NoReason:
            if (e.decision == Decision::Hold)
                return tr("Say why you are holding.");
            if (e.decision == Decision::DeEscalate)
                return tr("Say why you are de-escalating.");
            return tr("You are acting for the %1: say why.").arg(role(e.onBehalfOf));
        case Refusal::NotBelow:
            return e.blockingLevel ? tr("Choose a level below %1, which %2 calls for, to de-escalate to.")
                                         .arg(level(*e.blockingLevel), signal(e.blockingSignal))
                                   : tr("Choose a level below the current one to de-escalate to.");
        case Refusal::BelowAnotherItem:
            return tr("%1 still calls for %2, so de-escalating %3 to %4 would put the incident below what %1 calls "
                      "for. Nothing was changed.")
                .arg(signal(e.blockingSignal), level(e.blockingLevel.value_or(Level::Normal)), signal(e.signal),
                     level(e.level.value_or(Level::Normal)));
        case Refusal::DecisionsOpen:
            return tr("The decision on %1 is still open: stand the incident down once every decision is in.")
                .arg(signal(e.blockingSignal));
        }
        return {};
    }
    QString operator()(const ActRefused& e) const {
        QString tried;
        switch (e.act) {
        case RefusedAct::StageItem:
        case RefusedAct::Gate:
        case RefusedAct::OpenWindow:
        case RefusedAct::CloseWindow:
        case RefusedAct::Harm:
        case RefusedAct::Relaunch:
        case RefusedAct::Close:
            tried = StageText::attempt(e, m_entry.actor, role(e.role));
            break;
        case RefusedAct::Acknowledge:
            tried = tr("%1 (%2) tried to acknowledge %3").arg(m_entry.actor, role(e.role), item(e));
            break;
        case RefusedAct::ConfirmNotification:
            tried = tr("%1 (%2) tried to tick that %3 was told about %4")
                        .arg(m_entry.actor, role(e.role), role(e.told), item(e));
            break;
        case RefusedAct::Retract:
            tried = tr("%1 (%2) tried to retract entry %3").arg(m_entry.actor, role(e.role)).arg(e.retracts);
            break;
        }
        QString text = tr("%1: refused. %2").arg(tried, refusal(e));
        if (!e.reason.isEmpty())
            text += tr(" — \"%1\"").arg(e.reason);
        return text;
    }
    /// The item acted on: its signal, or its number when no such item exists.
    QString item(const ActRefused& e) const {
        return e.signal.isEmpty() ? tr("item %1").arg(e.obligation) : signal(e.signal);
    }
    QString refusal(const ActRefused& e) const {
        if (e.isStageAct())
            return StageText::refusal(e, m_kit);
        const QString when =
            e.earlierAt.isValid() ? e.earlierAt.toString(QStringLiteral("HH:mm:ss")) : tr("an unknown time");
        switch (e.refusal) {
        case ActRefusal::NotOpen:
            return e.act == RefusedAct::ConfirmNotification ? tr("There is no such notification list.")
                                                            : tr("There is nothing open to acknowledge there.");
        case ActRefusal::AlreadyDone:
            switch (e.act) {
            case RefusedAct::Acknowledge:
                return tr("%1 was already acknowledged by %2 at %3 UTC.").arg(signal(e.signal), e.earlierBy, when);
            case RefusedAct::ConfirmNotification:
                return tr("%1 was already told, at %2 UTC, ticked by %3.").arg(role(e.told), when, e.earlierBy);
            case RefusedAct::Retract:
                return tr("That entry was already retracted by %1 at %2 UTC.").arg(e.earlierBy, when);
            default:
                break;
            }
            break;
        case ActRefusal::NotOnList:
            return tr("%1 is not on this notification list.").arg(role(e.told));
        case ActRefusal::NotRetractable:
            return tr("Only an observation or a notification tick can be retracted.");
        case ActRefusal::NoReason:
            return tr("Say why you are retracting it.");
        default:
            break;
        }
        return {};
    }
    QString operator()(const OwnerAcknowledged& e) const {
        return tr("%1 acknowledged %2").arg(m_entry.actor, signal(e.signal));
    }
    QString operator()(const NotificationConfirmed& e) const {
        return tr("%1 confirmed %2 was told about %3").arg(m_entry.actor, role(e.told), signal(e.signal));
    }
    QString operator()(const DecisionRecorded& e) const {
        QString text = e.obligation
                           ? tr("%1 (%2) decided to %3 on %4")
                                 .arg(m_entry.actor, role(e.role), decision(e.decision), signal(e.signal))
                           : tr("%1 (%2) decided to %3").arg(m_entry.actor, role(e.role), decision(e.decision));
        if (m_entry.levelLoweredTo)
            text += tr(": level lowered to %1").arg(level(*m_entry.levelLoweredTo));
        if (!e.onBehalfOf.isEmpty())
            text += tr(", acting for %1").arg(role(e.onBehalfOf));
        if (!e.reason.isEmpty())
            text += tr(" — \"%1\"").arg(e.reason);
        return text;
    }
    QString operator()(const RegulatorTriggerRecorded& e) const {
        return tr("%1 recorded (regulator clocks start): %2")
            .arg(m_entry.actor, TimelineText::regulatorTrigger(e.trigger));
    }
    QString operator()(const OperatorChanged& e) const {
        return tr("%1 (%2) took the keyboard").arg(e.name, role(e.role));
    }
    QString operator()(const ReversalClosed& e) const {
        return tr("%1 closed the reversal: %2").arg(m_entry.actor, e.summary);
    }
    QString operator()(const EntryRetracted& e) const {
        const QString what = e.retractedKind == EventKind::NotificationConfirmed
                                 ? tr("the tick that %1 was told").arg(role(e.subject))
                                 : tr("the observation of %1").arg(signal(e.subject));
        return tr("%1 retracted %2 (entry %3) — \"%4\"").arg(m_entry.actor, what).arg(e.retracts).arg(e.reason);
    }

    QString operator()(const ImpactAnswered& e) const {
        const ImpactPrompt* p = m_kit ? m_kit->impactPrompt(e.prompt) : nullptr;
        const QString prompt = p ? p->question : e.prompt;
        if (e.unknown)
            return tr("%1 recorded the impact question “%2” as unknown — \"%3\"").arg(m_entry.actor, prompt, e.reason);
        return tr("%1 answered the impact question “%2”: %3").arg(m_entry.actor, prompt, e.answer);
    }

    template <typename StageEvent>
    auto operator()(const StageEvent& e) const -> decltype(StageText::render(e, QString(), nullptr)) {
        return StageText::render(e, m_entry.actor, m_kit);
    }

private:
    QString signal(const QString& id) const {
        const Signal* s = m_kit ? m_kit->signal(id) : nullptr;
        return s ? s->name : id;
    }
    QString unit(const QString& id) const {
        const Signal* s = m_kit ? m_kit->signal(id) : nullptr;
        return s ? s->threshold.unit : QString();
    }
    QString role(const QString& id) const { return m_kit && m_kit->role(id) ? m_kit->roleTitle(id) : id; }
    QString level(Level l) const {
        if (l == Level::Normal)
            return tr("Normal");
        if (m_kit)
            return m_kit->levelLabel(l);
        const QString id = levelId(l);
        return id.at(0).toUpper() + id.mid(1);
    }
    static QString decision(Decision d) {
        switch (d) {
        case Decision::CarryOut:
            return tr("carry out");
        case Decision::Hold:
            return tr("hold");
        case Decision::DeEscalate:
            return tr("de-escalate");
        }
        return {};
    }

    const TimelineEntry& m_entry;
    const Kit* m_kit;
};

} // namespace

QString TimelineText::render(const TimelineEntry& entry, const Kit* kit) {
    return std::visit(Renderer(entry, kit), entry.event);
}

QString TimelineText::render(const ClickEntry& entry) {
    // The label as it was on screen, else the last part of the widget's path (always recorded).
    QString what = entry.click.text;
    what.remove(QLatin1Char('&'));
    if (what.trimmed().isEmpty())
        what = entry.click.target.section(QLatin1Char('/'), -1);
    switch (entry.click.nature) {
    case UiClick::Nature::Act:
        return tr("%1 clicked \"%2\"").arg(entry.actor, what);
    case UiClick::Nature::Navigation:
        return tr("%1 looked at \"%2\" (navigation)").arg(entry.actor, what);
    case UiClick::Nature::Unmarked:
        break;
    }
    return tr("%1 clicked \"%2\" (not marked act or navigation)").arg(entry.actor, what);
}

QString TimelineText::render(const CommsEntry<CommsSent>& sent, const Kit* kit) {
    QString title = sent.event.templateId;
    if (kit)
        for (const CommsTemplate& comms : kit->comms)
            if (comms.id == sent.event.templateId)
                title = comms.title;
    QString channel;
    switch (sent.event.channel) {
    case CommsChannel::Clipboard:
        channel = tr("copied to the clipboard");
        break;
    case CommsChannel::EmlFile:
        channel = tr("saved as %1").arg(sent.event.file);
        break;
    case CommsChannel::MailClient:
        channel = tr("opened in the mail client");
        break;
    case CommsChannel::Scripted:
        channel = tr("played by the exercise script; nothing left Turnback");
        break;
    }
    QString text =
        tr("%1 sent the %2 to %3 (%4), SHA-256 %5")
            .arg(sent.actor, title, sent.event.recipients.join(QStringLiteral("; ")), channel, sent.event.sha256);
    if (!sent.event.lateReason.isEmpty())
        text += tr("; late: \"%1\"").arg(sent.event.lateReason);
    return text;
}

QString TimelineText::render(const CommsEntry<EvidenceAttached>& attached, const Kit* kit) {
    // "data:delete/count-before": the procedure's title and the step.
    QString where = attached.event.context;
    if (where.startsWith(QLatin1String("data:"))) {
        const QString procedureId = where.mid(5).section(QLatin1Char('/'), 0, 0);
        const DataProcedure* procedure = kit ? kit->dataProcedure(procedureId) : nullptr;
        where = tr("%1, step \"%2\"")
                    .arg(procedure ? procedure->title : procedureId, where.mid(5).section(QLatin1Char('/'), 1));
    }
    return tr("%1 attached %2 (SHA-256 %3, %4 bytes) at %5")
        .arg(attached.actor, attached.event.originalName, attached.event.sha256)
        .arg(attached.event.size)
        .arg(where);
}

QString TimelineText::refusal(const DecisionRefused& refused, const Kit* kit) {
    const TimelineEntry entry{0, {}, {}, refused, std::nullopt};
    return Renderer(entry, kit).refusal(refused);
}

QString TimelineText::refusal(const ActRefused& refused, const Kit* kit) {
    const TimelineEntry entry{0, {}, {}, refused, std::nullopt};
    return Renderer(entry, kit).refusal(refused);
}

QString TimelineText::retractionNote(const TimelineEntry& entry) {
    if (!entry.retractedBy)
        return {};
    const Retraction& r = *entry.retractedBy;
    return tr("RETRACTED by %1 at %2 UTC: \"%3\"").arg(r.actor, r.at.toString(QStringLiteral("HH:mm:ss")), r.reason);
}

QString TimelineText::regulatorTrigger(const QString& triggerId) {
    if (triggerId == QLatin1String("became-aware"))
        return tr("became aware of the incident");
    if (triggerId == QLatin1String("classified-major"))
        return tr("classified the incident as major");
    if (triggerId == QLatin1String("determined-material"))
        return tr("determined the incident material");
    if (triggerId == QLatin1String("discovered"))
        return tr("discovered the breach");
    return triggerId;
}

QString TimelineText::regulatorAnchor(const QString& triggerId) {
    if (triggerId == QLatin1String("became-aware"))
        return tr("became aware");
    if (triggerId == QLatin1String("classified-major"))
        return tr("classified as major");
    if (triggerId == QLatin1String("determined-material"))
        return tr("determined material");
    if (triggerId == QLatin1String("discovered"))
        return tr("breach discovered");
    return triggerId;
}

QString TimelineText::regulatorReport(const QString& key, const Kit* kit) {
    const QString regime = key.section(QLatin1Char('/'), 0, 0);
    const QString report = key.section(QLatin1Char('/'), 1);
    const Regulator* regulator = kit ? kit->regulator(regime) : nullptr;
    // The report's own template names it best ("GDPR: personal data breach notification").
    if (const RegulatorReport* r = regulator ? regulator->report(report) : nullptr)
        for (const CommsTemplate& c : kit->comms)
            if (c.id == r->templateId && !c.title.isEmpty())
                return c.title;
    return tr("%1: %2").arg(regulator ? regulator->title : regime.toUpper(), report);
}

} // namespace turnback
