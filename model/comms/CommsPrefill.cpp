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

/// "report.pdf  sha256:ab12…" per file attached, in the order attached.
QStringList artifactLines(const Incident& incident) {
    QStringList lines;
    for (const CommsEntry<EvidenceAttached>& entry : incident.attachments())
        lines << QStringLiteral("%1  sha256:%2").arg(entry.event.originalName, entry.event.sha256);
    return lines;
}

/// {{users-affected}}, {{impact.users-affected}}, {{users_affected}}: the answer that stands; an answer
/// recorded as unknown says so with its reason.
void addImpactAnswers(const Incident& incident, BlankValues& v) {
    for (const ImpactAnswer& answer : incident.impactAnswers()) {
        const QString value = answer.unknown ? QStringLiteral("Unknown: %1").arg(answer.reason) : answer.answer;
        v.insert(answer.prompt, value);
        v.insert(QStringLiteral("impact.") + answer.prompt, value);
        v.insert(QString(answer.prompt).replace(u'-', u'_'), value);
    }
}

/// {{aware_at}}, {{classified_at}}, {{determined_at}}, {{discovered_at}}: when each regulator trigger
/// was recorded; {{dora_initial_sent_at}} and the like: when a regulator report's template was first sent.
void addRegulatorTimes(const Incident& incident, const Kit& kit, BlankValues& v) {
    static const QHash<QString, QString> names = {
        {QStringLiteral("became-aware"), QStringLiteral("aware_at")},
        {QStringLiteral("classified-major"), QStringLiteral("classified_at")},
        {QStringLiteral("determined-material"), QStringLiteral("determined_at")},
        {QStringLiteral("discovered"), QStringLiteral("discovered_at")}};
    for (auto it = incident.regulatorTriggers().cbegin(); it != incident.regulatorTriggers().cend(); ++it)
        if (names.contains(it.key()))
            v.insert(names.value(it.key()), CommsRender::formatUtc(it.value()));
    for (const Regulator& regulator : kit.regulators)
        for (const RegulatorReport& report : regulator.reports)
            if (const auto* sent = incident.firstSent(report.templateId))
                v.insert(QStringLiteral("%1_%2_sent_at").arg(regulator.id, report.id).replace(u'-', u'_'),
                         CommsRender::formatUtc(sent->at));
}

BlankValues known(const Incident& incident, const Kit& kit, const QString& logHead) {
    BlankValues v;
    v.insert(QStringLiteral("service"), incident.service().isEmpty() ? kit.service : incident.service());
    if (incident.startedAt().isValid())
        v.insert(QStringLiteral("started_at"), CommsRender::formatUtc(incident.startedAt()));
    if (incident.level() != Level::Normal) {
        v.insert(QStringLiteral("level"), levelId(incident.level()));
        if (incident.levelSince().isValid())
            v.insert(QStringLiteral("level_entered_at"), CommsRender::formatUtc(incident.levelSince()));
    }
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
    // The files attached as evidence with their SHA-256, then the log head: what a recipient can check.
    QStringList evidence = artifactLines(incident);
    if (!evidence.isEmpty())
        v.insert(QStringLiteral("artifacts"), evidence.join(QLatin1Char('\n')));
    if (!logHead.isEmpty()) {
        v.insert(QStringLiteral("log_head"), logHead);
        evidence << QStringLiteral("Audit log head: %1").arg(logHead);
    }
    if (!evidence.isEmpty())
        v.insert(QStringLiteral("evidence_refs"), evidence.join(QLatin1Char('\n')));
    addImpactAnswers(incident, v);
    addRegulatorTimes(incident, kit, v);
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
