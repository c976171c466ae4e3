#include "TimelineText.h"

#include "Kit.h"

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
        return e.value ? tr("Observed %1 = %2").arg(signal(e.signal)).arg(*e.value)
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

private:
    QString signal(const QString& id) const {
        const Signal* s = m_kit ? m_kit->signal(id) : nullptr;
        return s ? s->name : id;
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

QString TimelineText::retractionNote(const TimelineEntry& entry) {
    if (!entry.retractedBy)
        return {};
    const Retraction& r = *entry.retractedBy;
    return tr("RETRACTED by %1 at %2 UTC: \"%3\"").arg(r.actor, r.at.toString(QStringLiteral("HH:mm:ss")), r.reason);
}

} // namespace turnback
