// What scenario format 2 adds to format 1 (docs/scenario-format.md): objectives and participants,
// injects with ids and expectations, messages to roles, regulator triggers, impact answers, and
// comms sends and data steps.

#include "RegulatorClocks.h"
#include "ScenarioCommsDataSteps.h"
#include "ScenarioReader.h"

namespace turnback {

namespace {

QString str(const char* text) {
    return QString::fromLatin1(text);
}

/// The keys only format 2 knows, at the top and in steps.
const QStringList& format2Keys() {
    static const QStringList keys = {
        str("objectives"), str("participants"),      str("operator-steps"), str("id"),       str("expect"),
        str("message"),    str("regulator-trigger"), str("answer"),         str("send"),     str("data-step"),
        str("values"),     str("recipients"),        str("log-head"),       str("evidence"), str("confirm"),
        str("second")};
    return keys;
}

} // namespace

bool ScenarioReader::allowedInFormat(YamlMap& map, const QString& key) {
    if (m_scenario.formatVersion >= 2 || !map.has(key) || !format2Keys().contains(key))
        return true;
    map.error(key, QStringLiteral("'%1' needs scenario format 2; this file says 'format: %2'")
                       .arg(key, QString::number(m_scenario.formatVersion)));
    return false;
}

QStringList ScenarioReader::keysOfFormat(const QStringList& keys, const YamlNode* step) {
    if (m_scenario.formatVersion >= 2)
        return keys;
    QStringList out;
    for (const QString& key : keys)
        if (!format2Keys().contains(key))
            out << key;
    for (const auto& [rawKey, value] : step->entries) {
        Q_UNUSED(value)
        const YamlNode* key = m_reader.resolve(rawKey);
        if (!key || key->type != YamlNode::Type::Scalar || !format2Keys().contains(key->scalar) ||
            out.contains(key->scalar))
            continue;
        m_reader.error(rawKey, QStringLiteral("'%1' needs scenario format 2; this file says 'format: %2'")
                                   .arg(key->scalar, QString::number(m_scenario.formatVersion)));
        out << key->scalar;
    }
    return out;
}

void ScenarioReader::readFormat2Top(YamlMap& top) {
    for (const QString& key : {str("objectives"), str("participants"), str("operator-steps")})
        if (!allowedInFormat(top, key))
            return;
    m_scenario.objectives = top.textList(str("objectives"), Need::Optional);
    for (const YamlNode* node : top.list(str("participants"), Need::Optional)) {
        YamlMap person(m_reader, node, str("participant"), {str("name"), str("role")});
        if (!person.isMap())
            continue;
        ScenarioOperator p;
        p.name = person.text(str("name"), Need::Required);
        p.role = person.text(str("role"), Need::Required);
        p.where = m_reader.document().location(person.node());
        if (checkRole(str("role"), p.role, person.at(str("role"))) && !p.name.isEmpty() && !p.role.isEmpty())
            m_scenario.participants << p;
    }
    const QString steps = top.choice(str("operator-steps"), {str("scripted"), str("live")}, Need::Optional);
    m_scenario.playOperatorSteps = steps != QLatin1String("live");
}

bool ScenarioReader::readFormat2Step(YamlMap& map, const QString& action, ScenarioStep& step, int number) {
    if (m_scenario.formatVersion < 2) {
        // keysOfFormat() has said what needs format 2; an observation is still an inject.
        if (step.isInject())
            step.injectId = QStringLiteral("step-%1").arg(number);
        return false;
    }
    if (action == QLatin1String("message")) {
        step.action = ScenarioStep::Action::Message;
        step.message = map.text(action, Need::Required);
        step.to = map.text(str("to"), Need::Optional);
        checkRole(str("to"), step.to, map.at(str("to")));
    } else if (action == QLatin1String("regulator-trigger")) {
        step.action = ScenarioStep::Action::RegulatorTrigger;
        step.trigger = map.text(action, Need::Required);
        if (!step.trigger.isEmpty() && !regulatorTriggerFromId(step.trigger)) {
            QStringList ids;
            for (RegulatorTrigger t : allRegulatorTriggers())
                ids << regulatorTriggerId(t);
            map.error(action, QStringLiteral("'%1' is not a regulator trigger; triggers are: %2")
                                  .arg(step.trigger, ids.join(str(", "))));
        }
    } else if (action == QLatin1String("answer")) {
        step.action = ScenarioStep::Action::Answer;
        step.prompt = map.text(action, Need::Required);
        step.answer = map.text(str("value"), Need::Required);
        if (!step.prompt.isEmpty() && !m_kit.impactPrompt(step.prompt)) {
            QStringList ids;
            for (const ImpactPrompt& prompt : m_kit.impactPrompts)
                ids << prompt.id;
            map.error(action, QStringLiteral("'answer' refers to impact prompt '%1', which the kit does not define%2")
                                  .arg(step.prompt, YamlReader::didYouMean(step.prompt, ids).isEmpty()
                                                        ? QStringLiteral("; prompts are: ") + ids.join(str(", "))
                                                        : YamlReader::didYouMean(step.prompt, ids)));
        }
    } else if (!ScenarioCommsDataSteps::stepKeys(action).isEmpty()) {
        ScenarioCommsDataSteps::read(map, action, m_kit, step);
    }
    if (!step.isInject())
        return true;
    if (step.action == ScenarioStep::Action::Observe)
        step.message = map.text(str("message"), Need::Optional);
    step.injectId = map.has(str("id")) ? map.id(str("id")) : QStringLiteral("step-%1").arg(number);
    const int line = step.where.line;
    if (const auto seen = m_injectIds.constFind(step.injectId); seen != m_injectIds.constEnd())
        map.error(map.has(str("id")) ? str("id") : action,
                  QStringLiteral("inject id '%1' is used twice: first at line %2").arg(step.injectId).arg(*seen));
    else
        m_injectIds.insert(step.injectId, line);
    readExpectations(map, step);
    return true;
}

void ScenarioReader::readExpectations(YamlMap& map, ScenarioStep& step) {
    for (const YamlNode* node : map.list(str("expect"), Need::Optional)) {
        YamlMap entry(m_reader, node, str("expectation"), {str("act"), str("item"), str("by"), str("within")});
        if (!entry.isMap())
            continue;
        events::ExerciseExpectation e;
        e.act = entry.choice(str("act"), events::expectationActs(), Need::Required);
        e.item = entry.text(str("item"), Need::Required);
        e.role = entry.text(str("by"), Need::Required);
        const std::optional<Milliseconds> within = entry.duration(str("within"), Need::Required);
        const bool roleOk = checkRole(str("by"), e.role, entry.at(str("by")));
        const bool itemOk =
            e.act.isEmpty() || e.item.isEmpty() || checkExpectedItem(e.act, e.item, entry.at(str("item")));
        if (e.act.isEmpty() || e.item.isEmpty() || e.role.isEmpty() || !within || !roleOk || !itemOk)
            continue;
        e.withinMs = within->count();
        step.expects << e;
    }
}

bool ScenarioReader::checkExpectedItem(const QString& act, const QString& item, const YamlNode* at) {
    QStringList known;
    QString what;
    if (act == QLatin1String("decide") || act == QLatin1String("acknowledge") || act == QLatin1String("notify")) {
        what = str("signal");
        for (const Signal& signal : m_kit.signalList)
            known << signal.id;
    } else if (act == QLatin1String("comms")) {
        what = str("comms template");
        for (const CommsTemplate& t : m_kit.comms)
            known << t.id;
    } else if (act == QLatin1String("data-step")) {
        what = str("data step (PROCEDURE/STEP)");
        for (const DataProcedure& procedure : m_kit.dataProcedures)
            for (const DataStep& s : procedure.steps)
                known << procedure.id + QLatin1Char('/') + s.id;
    } else if (act == QLatin1String("answer")) {
        what = str("impact prompt");
        for (const ImpactPrompt& prompt : m_kit.impactPrompts)
            known << prompt.id;
    } else if (act == QLatin1String("stage-item")) {
        what = str("stage item (STAGE/ITEM)");
        for (const StageChecklist& stage : m_kit.stages)
            for (const ChecklistItem& i : stage.items)
                known << stage.id + QLatin1Char('/') + i.id;
    } else {
        what = str("regulator trigger");
        for (RegulatorTrigger t : allRegulatorTriggers())
            known << regulatorTriggerId(t);
    }
    if (known.contains(item))
        return true;
    QString hint = YamlReader::didYouMean(item, known);
    if (hint.isEmpty())
        hint = QStringLiteral("; the kit has: ") + known.join(str(", "));
    m_reader.error(
        at,
        QStringLiteral("'item' of a '%1' expectation must be a %2 of the kit, not '%3'%4").arg(act, what, item, hint));
    return false;
}

} // namespace turnback
