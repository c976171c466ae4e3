// Every timer of the reversal and what became of it (docs/after-action-report.md, "Timers"). Each
// deadline comes from the code the console counts it with: the obligation's deadline (the fold),
// commsDue (OwedItems), IncidentRegulators (RegulatorClocks), stageTimers (the stages). None is computed a second time
// here.
#include "AarParts.h"

#include "IncidentRegulators.h"
#include "OwedItems.h"
#include "StageTimers.h"

#include <algorithm>

namespace turnback::aar {

using namespace Qt::Literals::StringLiterals;

namespace {

QString templateOwner(const Kit& kit, const QString& templateId) {
    for (const CommsTemplate& comms : kit.comms)
        if (comms.id == templateId)
            return comms.owner;
    return {};
}

void addDecisions(const Incident& incident, const QDateTime& end, QList<AarTimer>& timers) {
    for (const Obligation& o : incident.obligations()) {
        std::optional<QDateTime> acted;
        if (o.decision)
            acted = o.decidedAt;
        timers.append(timer(u"decision"_s, o.signalId, o.ownerRole, o.triggeredAt, o.deadline, acted, end));
    }
}

void addComms(const Incident& incident, const Kit& kit, const QDateTime& end, QList<AarTimer>& timers) {
    for (const CommsTemplate& comms : kit.comms) {
        if (!comms.dueFromStart)
            continue; // a regulator report's template: its clock owes it (below)
        std::optional<QDateTime> acted;
        if (const auto* sent = incident.firstSent(comms.id))
            acted = sent->at;
        timers.append(
            timer(u"comms"_s, comms.id, comms.owner, incident.startedAt(), commsDue(incident, comms), acted, end));
    }
}

void addRegulatorClocks(const Incident& incident, const Kit& kit, const QDateTime& end, QList<AarTimer>& timers) {
    for (const RegulatorClock& clock : IncidentRegulators::clocks(incident, kit))
        timers.append(timer(u"regulator"_s, clock.templateId, templateOwner(kit, clock.templateId), clock.anchorUtc,
                            clock.dueUtc, clock.submittedUtc, end));
}

/// Data steps have no deadline in a kit; an inject that expects one `within_ms` gives it one.
void addDataSteps(const Incident& incident, const QList<AarInject>& injects, const QDateTime& end,
                  QList<AarTimer>& timers) {
    for (const AarInject& inject : injects)
        for (const AarExpectation& e : inject.expects) {
            if (e.act != "data-step"_L1 || !e.due)
                continue;
            QString owner = e.role;
            if (owner.isEmpty())
                if (const DataProgress* progress = incident.dataProgress(e.item.section(u'/', 0, 0)))
                    owner = progress->owner;
            timers.append(timer(u"data-step"_s, e.item, owner, inject.at, *e.due, e.acted, end));
        }
}

/// The stages' deadlines (gates, window steps, recovery steps, the window itself), as the console
/// counts them (stageTimers). An item without a deadline is no timer.
void addStageTimers(const Incident& incident, const Kit& kit, const QDateTime& end, QList<AarTimer>& timers) {
    for (const StageTimer& s : stageTimers(incident, kit))
        if (s.dueUtc)
            timers.append(timer(s.kind, s.item, s.owner, s.startedUtc, *s.dueUtc, s.actedUtc, end));
}

} // namespace

AarTimer timer(const QString& kind, const QString& item, const QString& owner, const QDateTime& started,
               const QDateTime& due, const std::optional<QDateTime>& acted, const QDateTime& end) {
    AarTimer t{kind, item, owner, started, due, acted};
    t.met = acted && *acted <= due;
    t.marginMs = acted ? acted->msecsTo(due) : end.msecsTo(due);
    return t;
}

QList<AarTimer> timersOf(const Incident& incident, const Kit* kit, const QList<AarInject>& injects,
                         const QDateTime& end) {
    QList<AarTimer> timers;
    addDecisions(incident, end, timers);
    if (kit) {
        addComms(incident, *kit, end, timers);
        addRegulatorClocks(incident, *kit, end, timers);
    }
    addDataSteps(incident, injects, end, timers);
    if (kit)
        addStageTimers(incident, *kit, end, timers);
    std::stable_sort(timers.begin(), timers.end(), [](const AarTimer& a, const AarTimer& b) { return a.due < b.due; });
    return timers;
}

} // namespace turnback::aar
