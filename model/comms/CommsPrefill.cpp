#include "CommsPrefill.h"

#include "Incident.h"
#include "Kit.h"

namespace turnback {

namespace {

/// "2026-11-30T18:02:11Z carry-out on Error rate spike (Slow (canary only)) by Dana Reyes (Incident commander)"
QString decisionLine(const Obligation& o, const Kit& kit) {
    const Signal* signal = kit.signal(o.signalId);
    return QStringLiteral("%1 %2 on %3 (%4) by %5 (%6)")
        .arg(CommsRender::formatUtc(o.decidedAt), decisionId(*o.decision), signal ? signal->name : o.signalId,
             kit.levelLabel(o.level), o.decidedBy, kit.roleTitle(o.decidedByRole));
}

const Obligation* latestDecision(const Incident& incident) {
    const Obligation* latest = nullptr;
    for (const Obligation& o : incident.obligations())
        if (o.decision && (!latest || o.decidedAt >= latest->decidedAt))
            latest = &o;
    return latest;
}

/// A role's holder as the kit's overlay names them, or whoever is at the keyboard in that role.
QString holderOf(const QString& roleId, const Incident& incident, const Kit& kit) {
    const Role* role = kit.role(roleId);
    if (role && !role->person.isEmpty())
        return role->person;
    if (incident.currentOperator().role == roleId)
        return incident.currentOperator().name;
    return {};
}

BlankValues known(const Incident& incident, const Kit& kit, const QString& logHead) {
    BlankValues v;
    v.insert(QStringLiteral("service"), incident.service().isEmpty() ? kit.service : incident.service());
    if (incident.startedAt().isValid())
        v.insert(QStringLiteral("started_at"), CommsRender::formatUtc(incident.startedAt()));
    if (incident.level() != Level::Normal)
        v.insert(QStringLiteral("level"), levelId(incident.level()));
    if (const Signal* signal = kit.signal(incident.levelSignal())) {
        v.insert(QStringLiteral("signal"), signal->name);
        v.insert(QStringLiteral("threshold"), signal->threshold.text());
    }
    if (const Obligation* decided = latestDecision(incident)) {
        v.insert(QStringLiteral("decision_owner"),
                 QStringLiteral("%1 (%2)").arg(decided->decidedBy, kit.roleTitle(decided->decidedByRole)));
        v.insert(QStringLiteral("decided_at"), CommsRender::formatUtc(decided->decidedAt));
    }
    QStringList actions;
    for (const Obligation& o : incident.obligations())
        if (o.decision)
            actions << decisionLine(o, kit);
    if (!actions.isEmpty())
        v.insert(QStringLiteral("actions"), actions.join(QLatin1Char('\n')));
    if (!logHead.isEmpty()) {
        v.insert(QStringLiteral("log_head"), logHead);
        v.insert(QStringLiteral("evidence_refs"), QStringLiteral("Audit log head: %1").arg(logHead));
    }
    // {{incident_commander}}, {{policy_lead}}, ...: the holder of the role with that id.
    for (const Role& role : kit.roles) {
        const QString holder = holderOf(role.id, incident, kit);
        if (!holder.isEmpty())
            v.insert(QString(role.id).replace(u'-', u'_'), holder);
    }
    return v;
}

} // namespace

BlankValues CommsPrefill::from(const CommsRender& render, const Incident& incident, const Kit& kit,
                               const QString& logHead) {
    const BlankValues all = known(incident, kit, logHead);
    BlankValues filled;
    for (const CommsBlank& blank : render.blanks()) {
        const QString value = all.value(blank.name);
        if (!value.isEmpty() && !CommsRender::check(blank, value))
            filled.insert(blank.name, value);
    }
    return filled;
}

QString logHeadFingerprint(qint64 headSeq, const QString& headHash) {
    const QString hex = headHash.left(16).toLower();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return QStringLiteral("%1:%2").arg(headSeq).arg(groups.join(QLatin1Char('-')));
}

} // namespace turnback
