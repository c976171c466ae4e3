#include "KitElements.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace turnback::KitElements {

QStringList roleKeys() {
    return {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("person"), QStringLiteral("contacts"),
            QStringLiteral("notifies")};
}

QStringList thresholdKeys() {
    return {QStringLiteral("kind"), QStringLiteral("compare"), QStringLiteral("limit"), QStringLiteral("unit"),
            QStringLiteral("of"),   QStringLiteral("for"),     QStringLiteral("within")};
}

QStringList stepKeys() {
    return {QStringLiteral("id"),        QStringLiteral("text"),        QStringLiteral("checkpoint"),
            QStringLiteral("evidence"),  QStringLiteral("destructive"), QStringLiteral("confirm"),
            QStringLiteral("two-person")};
}

QStringList itemKeys() {
    return {QStringLiteral("id"),        QStringLiteral("text"),  QStringLiteral("owner"),
            QStringLiteral("procedure"), QStringLiteral("comms"), QStringLiteral("within")};
}

QStringList promptKeys() {
    return {QStringLiteral("id"),       QStringLiteral("group"), QStringLiteral("question"), QStringLiteral("stage"),
            QStringLiteral("required"), QStringLiteral("type"),  QStringLiteral("choices")};
}

void checkRole(YamlReader& reader, const Kit& kit, const QString& key, const QString& roleId, const YamlNode* at) {
    if (roleId.isEmpty() || kit.role(roleId))
        return;
    QStringList ids;
    for (const Role& role : kit.roles)
        if (!role.id.isEmpty())
            ids << role.id;
    ids.removeDuplicates();
    QString hint = YamlReader::didYouMean(roleId, ids);
    if (hint.isEmpty())
        hint = ids.isEmpty() ? QStringLiteral("; it defines no roles")
                             : QStringLiteral("; roles are: ") + ids.join(QStringLiteral(", "));
    reader.error(at,
                 QStringLiteral("'%1' refers to role '%2', which this kit does not define%3").arg(key, roleId, hint));
}

QStringList readRoleList(YamlMap& map, const QString& key, const Kit& kit) {
    QStringList ids;
    for (const auto& [id, node] : map.textListNodes(key, Need::Optional)) {
        checkRole(map.reader(), kit, key, id, node);
        ids << id;
    }
    return ids;
}

void checkPlaceholders(YamlMap& map, const QString& key, const QString& text) {
    static const QRegularExpression wellFormed(QStringLiteral(R"(\{\{\s*[A-Za-z0-9_.-]+\s*\}\})"));
    const qsizetype opened = text.count(QStringLiteral("{{"));
    qsizetype matched = 0;
    for (auto it = wellFormed.globalMatch(text); it.hasNext(); it.next())
        ++matched;
    if (opened != matched)
        map.error(key, QStringLiteral("'%1' has a malformed placeholder; write blanks as {{name}} with letters, "
                                      "digits, '_', '-' or '.'")
                           .arg(key));
}

Role readRole(YamlReader& reader, const YamlNode* node, IdRegistry& ids,
              QList<QPair<QString, const YamlNode*>>* notifies) {
    YamlMap map(reader, node, QStringLiteral("role"), roleKeys());
    const QString id = map.id();
    ids.add(reader, id, map.at(QStringLiteral("id")));
    return readRoleFrom(map, id, notifies);
}

Role readRoleFrom(YamlMap& map, const QString& id, QList<QPair<QString, const YamlNode*>>* notifies) {
    YamlReader& reader = map.reader();
    Role role;
    role.id = id;
    if (!role.id.isEmpty())
        map.setWhat(QStringLiteral("role '%1'").arg(role.id));
    role.title = map.text(QStringLiteral("title"), Need::Required);
    role.person = map.text(QStringLiteral("person"), Need::Optional);
    role.contacts = map.textList(QStringLiteral("contacts"), Need::Optional);
    const auto notified = map.textListNodes(QStringLiteral("notifies"), Need::Optional);
    for (const auto& entry : notified)
        role.notifies << entry.first;
    if (notifies)
        *notifies = notified;
    role.where = reader.document().location(map.node());
    return role;
}

void checkThreshold(const Threshold& threshold, YamlMap& map) {
    const QString limitKey = QStringLiteral("limit");
    if (threshold.kind != Threshold::Kind::Any && map.has(limitKey) && map.value(limitKey) &&
        map.value(limitKey)->type == YamlNode::Type::Scalar) {
        if (threshold.limit < 0)
            map.error(limitKey, QStringLiteral("'limit' must not be negative, found %1")
                                    .arg(QString::number(threshold.limit, 'g', 15)));
        else if (threshold.unit == QLatin1String("%") && threshold.limit > 100)
            map.error(limitKey, QStringLiteral("'limit' is a percentage and must be between 0 and 100, found %1")
                                    .arg(QString::number(threshold.limit, 'g', 15)));
        else if (threshold.kind == Threshold::Kind::Count && threshold.limit != std::floor(threshold.limit))
            map.error(limitKey, QStringLiteral("'limit' of a count threshold must be a whole number, found %1")
                                    .arg(QString::number(threshold.limit, 'g', 15)));
    }
    if (map.has(QStringLiteral("for")) && threshold.kind != Threshold::Kind::Measured)
        map.reader().error(map.keyNode(QStringLiteral("for")),
                           QStringLiteral("'for' applies only to a measured threshold; a count threshold counts "
                                          "over 'within'"));
    if (map.has(QStringLiteral("within")) && threshold.kind != Threshold::Kind::Count)
        map.reader().error(map.keyNode(QStringLiteral("within")),
                           QStringLiteral("'within' applies only to a count threshold"));
    if (threshold.kind == Threshold::Kind::Measured && threshold.sustain && threshold.sustain->count() == 0)
        map.error(QStringLiteral("for"), QStringLiteral("'for' must be longer than zero; leave it out for a "
                                                        "threshold that fires at once"));
    if (threshold.kind == Threshold::Kind::Count && map.has(QStringLiteral("within")) && threshold.window.count() == 0)
        map.error(QStringLiteral("within"), QStringLiteral("'within' must be longer than zero"));
}

Threshold readThreshold(YamlMap& map) {
    Threshold threshold;
    const QString kind =
        map.choice(QStringLiteral("kind"), {QStringLiteral("measured"), QStringLiteral("count"), QStringLiteral("any")},
                   Need::Required);
    threshold.unit = map.text(QStringLiteral("unit"), Need::Optional);
    threshold.of = map.text(QStringLiteral("of"), Need::Optional);
    if (kind == QLatin1String("any")) {
        threshold.kind = Threshold::Kind::Any;
        for (const QString& key : {QStringLiteral("compare"), QStringLiteral("limit"), QStringLiteral("unit")})
            if (map.has(key))
                map.reader().error(map.keyNode(key),
                                   QStringLiteral("'%1' does not apply to an 'any' threshold, which fires on any "
                                                  "single occurrence")
                                       .arg(key));
    } else if (!kind.isEmpty()) {
        threshold.kind = kind == QLatin1String("count") ? Threshold::Kind::Count : Threshold::Kind::Measured;
        const QString compare = map.choice(
            QStringLiteral("compare"),
            {QStringLiteral(">"), QStringLiteral(">="), QStringLiteral("<"), QStringLiteral("<=")}, Need::Optional);
        threshold.comparison = comparisonFromText(compare).value_or(Comparison::Greater);
        threshold.limit = map.number(QStringLiteral("limit"), Need::Required).value_or(0);
        if (threshold.kind == Threshold::Kind::Measured) {
            threshold.sustain = map.duration(QStringLiteral("for"), Need::Optional);
        } else {
            if (!map.has(QStringLiteral("within")))
                map.reader().error(map.node(), QStringLiteral("%1 is missing required key 'within': a count threshold "
                                                              "counts over a trailing window such as '1h'")
                                                   .arg(map.what()));
            threshold.window = map.duration(QStringLiteral("within"), Need::Optional).value_or(Milliseconds(0));
        }
    }
    if (!kind.isEmpty())
        checkThreshold(threshold, map);
    return threshold;
}

namespace {

/// A destructive step names what the operator types; `confirm` belongs to destructive steps only, and
/// each of its `{{step: evidence}}` blanks names an evidence field of an earlier step.
void checkConfirm(YamlMap& map, const DataStep& step, const QList<DataStep>& earlier) {
    const QString key = QStringLiteral("confirm");
    if (!step.destructive) {
        if (map.has(key))
            map.error(key, QStringLiteral("%1 has 'confirm' but is not 'destructive: true'; only a destructive step "
                                          "asks for a typed confirmation")
                               .arg(map.what()));
        return;
    }
    if (step.confirm.trimmed().isEmpty() && !map.has(key)) {
        map.error(QStringLiteral("destructive"),
                  QStringLiteral("%1 is destructive and must say in 'confirm' what the operator types to confirm it "
                                 "(e.g. the dataset's name)")
                      .arg(map.what()));
        return;
    }
    if (step.confirm.count(QStringLiteral("{{")) != step.confirmBlanks().size()) {
        map.error(key, QStringLiteral("'confirm' has a malformed blank; write {{step-id: evidence name}}, naming an "
                                      "earlier step and one of its 'evidence' fields"));
        return;
    }
    for (const auto& blank : step.confirmBlanks()) {
        // Named copies, not structured bindings: clang 14 (the fuzz build) cannot capture those.
        const QString stepId = blank.first;
        const QString evidence = blank.second;
        const auto before =
            std::find_if(earlier.begin(), earlier.end(), [&](const DataStep& s) { return s.id == stepId; });
        if (before == earlier.end())
            map.error(key, QStringLiteral("'confirm' refers to step '%1', which is not an earlier step of this "
                                          "procedure")
                               .arg(stepId));
        else if (!before->evidence.contains(evidence))
            map.error(key, QStringLiteral("'confirm' refers to '%1' of step '%2', which that step does not list in "
                                          "its 'evidence' (%3)")
                               .arg(evidence, stepId, before->evidence.join(QStringLiteral(", "))));
    }
}

} // namespace

DataStep readStep(YamlReader& reader, const YamlNode* node, IdRegistry& ids, const QList<DataStep>& earlier) {
    YamlMap map(reader, node, QStringLiteral("step"), stepKeys());
    DataStep step;
    step.id = map.id();
    if (!step.id.isEmpty())
        map.setWhat(QStringLiteral("step '%1'").arg(step.id));
    ids.add(reader, step.id, map.at(QStringLiteral("id")));
    step.text = map.text(QStringLiteral("text"), Need::Required);
    step.checkpoint = map.boolean(QStringLiteral("checkpoint"), Need::Optional).value_or(false);
    step.evidence = map.textList(QStringLiteral("evidence"), Need::Optional);
    if (map.isMap() && step.checkpoint && step.evidence.isEmpty() && !map.has(QStringLiteral("evidence")))
        reader.error(map.node(), QStringLiteral("%1 is a checkpoint and must list its 'evidence': what to capture "
                                                "before the step counts as done")
                                     .arg(map.what()));
    step.destructive = map.boolean(QStringLiteral("destructive"), Need::Optional).value_or(false);
    step.confirm = map.text(QStringLiteral("confirm"), Need::Optional);
    step.twoPerson = map.boolean(QStringLiteral("two-person"), Need::Optional).value_or(false);
    if (map.isMap())
        checkConfirm(map, step, earlier);
    step.where = reader.document().location(map.node());
    return step;
}

namespace {
/// A step's links: the data procedure it calls for and the comms it sends, each one the kit defines
/// (data and comms are read before the stages, so every id is known here).
void readItemLinks(YamlMap& map, ChecklistItem& item, const Kit& kit) {
    item.procedure = map.text(QStringLiteral("procedure"), Need::Optional);
    if (!item.procedure.isEmpty() && !kit.dataProcedure(item.procedure)) {
        QStringList ids;
        for (const DataProcedure& p : kit.dataProcedures)
            ids << p.id;
        map.error(QStringLiteral("procedure"),
                  QStringLiteral("'procedure' refers to data procedure '%1', which this kit does not define%2")
                      .arg(item.procedure, YamlReader::didYouMean(item.procedure, ids)));
    }
    QStringList templates;
    for (const CommsTemplate& c : kit.comms)
        templates << c.id;
    for (const auto& [id, node] : map.textListNodes(QStringLiteral("comms"), Need::Optional)) {
        if (!templates.contains(id))
            map.reader().error(node, QStringLiteral("'comms' refers to comms template '%1', which this kit does not "
                                                    "define%2")
                                         .arg(id, YamlReader::didYouMean(id, templates)));
        item.comms << id;
    }
}
} // namespace

ChecklistItem readItem(YamlReader& reader, const YamlNode* node, IdRegistry& ids, const Kit& kit) {
    YamlMap map(reader, node, QStringLiteral("checklist item"), itemKeys());
    ChecklistItem item;
    item.id = map.id();
    if (!item.id.isEmpty())
        map.setWhat(QStringLiteral("checklist item '%1'").arg(item.id));
    ids.add(reader, item.id, map.at(QStringLiteral("id")));
    item.text = map.text(QStringLiteral("text"), Need::Required);
    item.owner = map.text(QStringLiteral("owner"), Need::Optional);
    checkRole(reader, kit, QStringLiteral("owner"), item.owner, map.at(QStringLiteral("owner")));
    readItemLinks(map, item, kit);
    item.within = map.duration(QStringLiteral("within"), Need::Optional);
    item.where = reader.document().location(map.node());
    return item;
}

namespace {
/// A prompt's stage, whether it is required, and the answer it takes: all optional, so that kits
/// written before them still load. `choices` belongs to a `choice` prompt and to no other.
void readPromptAnswer(YamlMap& map, ImpactPrompt& prompt) {
    const QString stage =
        map.choice(QStringLiteral("stage"),
                   {QStringLiteral("pre-release"), QStringLiteral("live-rollback"), QStringLiteral("post-reversal")},
                   Need::Optional);
    if (!stage.isEmpty())
        prompt.stage = stage;
    prompt.required = map.boolean(QStringLiteral("required"), Need::Optional).value_or(false);
    const QString type =
        map.choice(QStringLiteral("type"), {QStringLiteral("text"), QStringLiteral("number"), QStringLiteral("choice")},
                   Need::Optional);
    for (ImpactAnswerType t : {ImpactAnswerType::Text, ImpactAnswerType::Number, ImpactAnswerType::Choice})
        if (impactAnswerTypeId(t) == type)
            prompt.type = t;
    if (!map.isMap())
        return;
    if (prompt.type == ImpactAnswerType::Choice) {
        prompt.choices = map.textList(QStringLiteral("choices"), Need::Required);
        if (map.has(QStringLiteral("choices")) && prompt.choices.isEmpty())
            map.error(QStringLiteral("choices"), QStringLiteral("'choices' must list at least one answer"));
        if (prompt.choices.removeDuplicates() > 0)
            map.error(QStringLiteral("choices"), QStringLiteral("'choices' must not list the same answer twice"));
    } else if (map.has(QStringLiteral("choices")) && !type.isEmpty()) {
        map.error(QStringLiteral("choices"),
                  QStringLiteral("'choices' is only for a prompt of type 'choice'; this one is '%1'").arg(type));
    } else if (map.has(QStringLiteral("choices"))) {
        map.error(QStringLiteral("choices"), QStringLiteral("'choices' needs 'type: choice'"));
    }
}
} // namespace

ImpactPrompt readPrompt(YamlReader& reader, const YamlNode* node, IdRegistry& ids) {
    YamlMap map(reader, node, QStringLiteral("impact prompt"), promptKeys());
    ImpactPrompt prompt;
    prompt.id = map.id();
    if (!prompt.id.isEmpty())
        map.setWhat(QStringLiteral("impact prompt '%1'").arg(prompt.id));
    ids.add(reader, prompt.id, map.at(QStringLiteral("id")));
    prompt.group =
        map.choice(QStringLiteral("group"),
                   {QStringLiteral("affected-users"), QStringLiteral("operators"), QStringLiteral("partner-teams")},
                   Need::Required);
    prompt.question = map.text(QStringLiteral("question"), Need::Required);
    readPromptAnswer(map, prompt);
    prompt.where = reader.document().location(map.node());
    return prompt;
}

} // namespace turnback::KitElements
