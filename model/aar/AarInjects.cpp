// Injects and what was expected of them (docs/after-action-report.md, "Injects and gaps").
#include "AarParts.h"

#include "UtcTime.h"

#include <QJsonArray>

namespace turnback::aar {

using namespace Qt::Literals::StringLiterals;

namespace {

/// The role at the keyboard at each row: from ReversalStarted and OperatorChanged, as the fold saw them.
class RoleAtKeyboard {
public:
    void see(const TimelineEntry& entry) {
        if (const auto* started = std::get_if<events::ReversalStarted>(&entry.event))
            m_role = started->role;
        else if (const auto* changed = std::get_if<events::OperatorChanged>(&entry.event))
            m_role = changed->role;
    }
    QString role() const { return m_role; }

private:
    QString m_role;
};

/// The act a timeline entry is, if it is one an expectation can name.
std::optional<Act> actOf(const TimelineEntry& entry) {
    Act act;
    if (const auto* e = std::get_if<events::DecisionRecorded>(&entry.event))
        act = {u"decide"_s, {e->signal}, e->role, entry.actor, entry.at};
    else if (const auto* e = std::get_if<events::OwnerAcknowledged>(&entry.event))
        act = {u"acknowledge"_s, {e->signal}, e->role, entry.actor, entry.at};
    else if (const auto* e = std::get_if<events::NotificationConfirmed>(&entry.event))
        act = {u"notify"_s, {e->told, e->signal}, e->role, entry.actor, entry.at};
    else if (const auto* e = std::get_if<events::DataStepRecorded>(&entry.event)) {
        if (e->outcome != events::DataStepRecorded::Outcome::Done)
            return std::nullopt; // a blocked step is not the step done
        act = {u"data-step"_s, {e->procedure + u'/' + e->step}, e->role, entry.actor, entry.at};
    } else if (const auto* e = std::get_if<events::ImpactAnswered>(&entry.event))
        act = {u"answer"_s, {e->prompt}, e->role, entry.actor, entry.at};
    else if (const auto* e = std::get_if<events::RegulatorTriggerRecorded>(&entry.event))
        act = {u"regulator-trigger"_s, {e->trigger}, {}, entry.actor, entry.at};
    else if (const auto* e = std::get_if<events::StageItemRecorded>(&entry.event)) {
        if (!e->isPositive())
            return std::nullopt; // not met or blocked is not the item done
        // An expectation names the item as "stage/item" or by the item's id alone.
        act = {u"stage-item"_s, {e->target(), e->item}, e->role, entry.actor, entry.at};
    } else
        return std::nullopt;
    return act;
}

/// The first act that answers `expectation` at or after the inject, by its role when it names one.
/// Fills acted / outcome against the due time and the end of the record.
void evaluate(AarExpectation& expectation, const QDateTime& injectAt, const QList<Act>& acts) {
    const Act* byAnyone = nullptr;
    const Act* byRole = nullptr;
    for (const Act& act : acts) {
        if (act.act != expectation.act || !act.items.contains(expectation.item) || act.at < injectAt)
            continue;
        if (!byAnyone)
            byAnyone = &act;
        if (expectation.role.isEmpty() || act.role == expectation.role) {
            byRole = &act;
            break;
        }
    }
    const Act* answered = byRole ? byRole : byAnyone;
    if (answered) {
        expectation.acted = answered->at;
        expectation.actedBy = answered->actor;
        expectation.actedByRole = answered->role;
        expectation.actedByScript = answered->scripted;
    }
    if (!byRole)
        expectation.outcome = byAnyone ? AarExpectation::Outcome::WrongRole : AarExpectation::Outcome::Unmet;
    else if (expectation.due && byRole->at > *expectation.due)
        expectation.outcome = AarExpectation::Outcome::Late;
    else
        expectation.outcome = AarExpectation::Outcome::Met;
}

AarInject injectFrom(const AuditRecord& row) {
    const QJsonObject p = parsePayload(row);
    AarInject inject;
    inject.seq = row.seq;
    inject.at = utc::parse(row.atUtc);
    inject.id = p.value("inject"_L1).toString(row.target);
    inject.kind = p.value("kind"_L1).toString();
    inject.to = p.value("to"_L1).toString();
    inject.text = p.value("text"_L1).toString();
    inject.signal = p.value("signal"_L1).toString();
    inject.value = p.value("value"_L1);
    for (const QJsonValue& value : p.value("expects"_L1).toArray()) {
        const QJsonObject e = value.toObject();
        AarExpectation expectation;
        expectation.act = e.value("act"_L1).toString();
        expectation.item = e.value("item"_L1).toString();
        expectation.role = e.value("role"_L1).toString();
        if (e.value("within_ms"_L1).isDouble()) {
            expectation.withinMs = qint64(e.value("within_ms"_L1).toDouble());
            expectation.due = inject.at.addMSecs(*expectation.withinMs);
        }
        inject.expects.append(expectation);
    }
    return inject;
}

} // namespace

QList<Act> actsOf(const Incident& incident, const QSet<qint64>& scripted) {
    QList<Act> acts;
    RoleAtKeyboard keyboard;
    for (const TimelineEntry& entry : incident.timeline()) {
        keyboard.see(entry);
        if (entry.isRetracted())
            continue;
        if (std::optional<Act> act = actOf(entry)) {
            if (act->role.isEmpty())
                act->role = keyboard.role();
            act->scripted = scripted.contains(entry.seq);
            acts.append(*act);
        }
    }
    // Comms are kept beside the timeline: the role is whoever was at the keyboard when it was sent.
    for (const CommsEntry<events::CommsSent>& sent : incident.commsSent()) {
        QString role;
        RoleAtKeyboard then;
        for (const TimelineEntry& entry : incident.timeline()) {
            if (entry.seq > sent.seq)
                break;
            then.see(entry);
        }
        acts.append(
            {u"comms"_s, {sent.event.templateId}, then.role(), sent.actor, sent.at, scripted.contains(sent.seq)});
    }
    std::stable_sort(acts.begin(), acts.end(), [](const Act& a, const Act& b) { return a.at < b.at; });
    return acts;
}

QList<AarInject> injectsOf(const QList<AuditRecord>& rows, const QList<Act>& acts) {
    QList<AarInject> injects;
    for (const AuditRecord& row : rows) {
        if (row.kind != "exercise.inject"_L1)
            continue;
        AarInject inject = injectFrom(row);
        for (AarExpectation& expectation : inject.expects)
            evaluate(expectation, inject.at, acts);
        injects.append(inject);
    }
    return injects;
}

void scoreInjects(const QList<AarInject>& injects, QList<AarGap>* gaps, AarScore* score) {
    *score = {};
    score->injects = int(injects.size());
    for (const AarInject& inject : injects) {
        if (inject.expects.isEmpty()) {
            // Nothing was asked of anyone: the inject tested nothing, and says so in the score.
            gaps->append({inject.id, inject.at, u"no-expectation"_s, {}, {}, {}});
            ++score->counted;
            continue;
        }
        for (const AarExpectation& e : inject.expects) {
            ++score->expectations;
            ++score->counted;
            if (e.isMet() && e.actedByScript)
                ++score->metByScript;
            if (e.isMet())
                ++score->met;
            else
                gaps->append({inject.id, inject.at, expectationOutcomeId(e.outcome), e.act, e.item, e.role});
        }
    }
    score->gaps = int(gaps->size());
}

} // namespace turnback::aar

namespace turnback {

QString expectationOutcomeId(AarExpectation::Outcome outcome) {
    switch (outcome) {
    case AarExpectation::Outcome::Met:
        return QStringLiteral("met");
    case AarExpectation::Outcome::Late:
        return QStringLiteral("late");
    case AarExpectation::Outcome::WrongRole:
        return QStringLiteral("wrong-role");
    case AarExpectation::Outcome::Unmet:
        return QStringLiteral("unmet");
    }
    return {};
}

} // namespace turnback
