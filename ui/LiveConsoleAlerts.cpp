#include "LiveConsole.h"

#include "Clock.h"
#include "ClockScheduler.h"
#include "CommsSuggestion.h"
#include "Countdown.h"
#include "IncidentView.h"
#include "OwedItems.h"
#include "RubricEngine.h"
#include "TimelineText.h"

#include <QApplication>

// The console's alerts: what went overdue (once per item), and the exact wake that notices a
// deadline or a rubric change at its instant rather than up to a tick later.
namespace turnback {

void LiveConsole::scheduleExactWake() {
    const Incident& incident = m_view.incident();
    if (incident.isClosed()) {
        m_exactWake->cancel();
        return;
    }
    // The rubric's next change, or the next deadline of anything owed, whichever comes first: an
    // owed update or a regulator report raises its alert at its deadline, not up to a tick later.
    std::optional<QDateTime> wake = nextOwedDeadline(m_view.clock().utcNow());
    if (const std::optional<Milliseconds> next = m_view.engine().nextScheduledTransition()) {
        const QDateTime transition = incident.startedAt().addMSecs(next->count());
        if (!wake || transition < *wake)
            wake = transition;
    }
    if (wake)
        m_exactWake->wakeAt(*wake);
    else
        m_exactWake->cancel();
}

std::optional<QDateTime> LiveConsole::nextOwedDeadline(const QDateTime& now) const {
    std::optional<QDateTime> next;
    for (const OwedItem& owed : owedItems(m_view.incident(), now, &m_view.kit()))
        if (owed.deadline.isValid() && owed.deadline > now && (!next || owed.deadline < *next))
            next = owed.deadline;
    return next;
}

void LiveConsole::raiseOverdueAlerts() {
    const QDateTime now = m_view.clock().utcNow();
    for (const Obligation& o : m_view.incident().obligations()) {
        if (!o.isOpen() || m_alerted.contains(o.id) || countdownFor(&o, now).phase != CountdownPhase::Overdue)
            continue;
        m_alerted.insert(o.id);
        const Signal* signal = m_view.kit().signal(o.signalId);
        const QString text = tr("OVERDUE: %1 owes a decision on %2 (%3)")
                                 .arg(m_view.kit().roleTitle(o.ownerRole), signal ? signal->name : o.signalId,
                                      m_view.kit().levelLabel(o.level));
        QApplication::alert(window());
        emit overdue(text);
    }
    raiseOverdueOwedAlerts(now);
}

void LiveConsole::raiseOverdueOwedAlerts(const QDateTime& now) {
    const Incident& incident = m_view.incident();
    const Kit& kit = m_view.kit();
    if (!incident.isStarted() || incident.isClosed())
        return;
    // Decisions, acknowledgements and ticks are the obligations' (above). A data procedure and an
    // impact prompt have no deadline, so they never go overdue. Every other kind with a deadline alerts.
    for (const OwedItem& owed : owedItems(incident, now, &kit)) {
        if (!owed.overdue || (owed.kind != OwedKind::Comms && owed.kind != OwedKind::RegulatorReport &&
                              owed.kind != OwedKind::StageItem))
            continue;
        QString key, text;
        switch (owed.kind) {
        case OwedKind::Comms:
            key = QStringLiteral("comms:") + owed.comms;
            text = tr("OVERDUE: %1 owes the %2 to %3 (due %4 UTC)")
                       .arg(kit.roleTitle(owed.role), commsTitle(kit, owed.comms), owed.told,
                            owed.deadline.toUTC().toString(QStringLiteral("HH:mm")));
            break;
        case OwedKind::RegulatorReport:
            key = QStringLiteral("report:") + owed.report;
            text = tr("OVERDUE: %1 owes the regulator report %2 (due %3 UTC)")
                       .arg(kit.roleTitle(owed.role), TimelineText::regulatorReport(owed.report, &kit),
                            owed.deadline.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            break;
        default: // a stage item with a deadline, the open window running out, a missing go / no-go
            key = QStringLiteral("stage:%1/%2/%3").arg(owed.stage, owed.stageItem, owed.stageOwes);
            text = tr("OVERDUE: %1 owes %2 of the stage %3 (due %4 UTC)")
                       .arg(kit.roleTitle(owed.role), owed.stageItem.isEmpty() ? owed.stageOwes : owed.stageItem,
                            owed.stage, owed.deadline.toUTC().toString(QStringLiteral("HH:mm")));
            break;
        }
        if (m_alertedOwed.contains(key))
            continue;
        m_alertedOwed.insert(key);
        QApplication::alert(window());
        emit overdue(text);
    }
}

} // namespace turnback
