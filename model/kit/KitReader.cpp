#include "KitReader.h"

#include "KitCommsBlanks.h"
#include "KitElements.h"
#include "RegulatorCatalog.h"

#include <algorithm>

namespace turnback {

namespace {

QString str(const char* text) {
    return QString::fromLatin1(text);
}

} // namespace

KitReader::KitReader(YamlReader& reader)
    : m_reader(reader) {}

Kit KitReader::read() {
    const YamlNode* root = m_reader.document().root();
    m_kit.sourceFile = m_reader.document().fileName();
    const QStringList keys = {str("format"), str("id"),     str("version"),   str("name"),  str("description"),
                              str("roles"),  str("levels"), str("rubric"),    str("comms"), str("data"),
                              str("stages"), str("impact"), str("regulators")};
    const YamlNode* resolved = m_reader.resolve(root);
    if (resolved && resolved->type == YamlNode::Type::Map) {
        for (const auto& [key, value] : resolved->entries) {
            Q_UNUSED(value)
            if (key->type == YamlNode::Type::Scalar && key->scalar == QLatin1String("overlay")) {
                m_reader.error(key, str("this is an overlay, not a kit; load it with --overlay after the kit it "
                                        "applies to"));
                return m_kit;
            }
        }
    }
    YamlMap top(m_reader, root, str("the kit"), keys);
    if (!top.isMap())
        return m_kit;

    // The format number decides how everything else is read, so nothing else is checked without it.
    if (!top.has(str("format"))) {
        top.missing(str("format"));
        return m_kit;
    }
    const YamlNode* format = top.value(str("format"));
    const bool isNumber =
        format && format->type == YamlNode::Type::Scalar && !format->quoted && !format->scalar.isEmpty() &&
        std::all_of(format->scalar.cbegin(), format->scalar.cend(), [](QChar c) { return c.isDigit(); });
    if (!isNumber || format->scalar.size() > 6) {
        top.error(str("format"), QStringLiteral("'format' must be the kit format version, %1; found %2")
                                     .arg(QString::number(FormatVersion), YamlReader::describe(format)));
        return m_kit;
    }
    m_kit.formatVersion = format->scalar.toInt();
    if (m_kit.formatVersion != FormatVersion) {
        top.error(str("format"), QStringLiteral("kit format %1 is not supported; this Turnback reads kit format %2")
                                     .arg(QString::number(m_kit.formatVersion), QString::number(FormatVersion)));
        return m_kit;
    }

    m_kit.id = top.id();
    m_kit.version = top.text(str("version"), Need::Optional);
    m_kit.name = top.text(str("name"), Need::Required);
    m_kit.description = top.text(str("description"), Need::Optional);
    readRoles(top);
    readLevels(top);
    readSignals(top);
    readComms(top);
    readData(top);
    readStages(top);
    readImpact(top);
    readRegulators(top);
    checkCommsOwed();
    return m_kit;
}

void KitReader::readRoles(YamlMap& top) {
    IdRegistry ids(str("role"));
    QList<QList<QPair<QString, const YamlNode*>>> notifies;
    for (const YamlNode* node : top.list(str("roles"), Need::Required)) {
        if (m_reader.aborted())
            return;
        QList<QPair<QString, const YamlNode*>> notified;
        m_kit.roles << KitElements::readRole(m_reader, node, ids, &notified);
        notifies << notified;
    }
    // Roles may notify roles defined after them, so references are checked once all are known.
    for (const auto& notified : std::as_const(notifies))
        for (const auto& [id, at] : notified)
            KitElements::checkRole(m_reader, m_kit, str("notifies"), id, at);
}

void KitReader::readLevels(YamlMap& top) {
    if (!top.has(str("levels"))) {
        top.missing(str("levels"));
        return;
    }
    YamlMap levels = top.child(str("levels"), str("'levels'"), {str("slow"), str("stop"), str("reverse")});
    if (!levels.isMap())
        return;
    if (levels.node()->entries.empty())
        top.error(str("levels"), str("'levels' must define at least one of slow, stop, reverse"));
    for (const Level level : {Level::Slow, Level::Stop, Level::Reverse}) {
        const QString id = levelId(level);
        if (!levels.has(id))
            continue;
        YamlMap map = levels.child(id, QStringLiteral("level '%1'").arg(id), {str("label"), str("description")});
        LevelDefinition definition;
        definition.level = level;
        definition.label = map.text(str("label"), Need::Required);
        definition.description = map.text(str("description"), Need::Optional);
        definition.where = m_reader.document().location(map.node());
        m_kit.levels << definition;
    }
}

std::optional<Level> KitReader::readLevelRef(YamlMap& map, const QString& key) {
    const QString id = map.choice(key, {str("slow"), str("stop"), str("reverse")}, Need::Required);
    const std::optional<Level> level = levelFromId(id);
    if (level && !m_kit.levelDefinition(*level))
        map.error(key,
                  QStringLiteral("'%1' is level '%2', which this kit does not define under 'levels'").arg(key, id));
    return level;
}

void KitReader::readSignals(YamlMap& top) {
    if (!top.has(str("rubric"))) {
        top.missing(str("rubric"));
        return;
    }
    YamlMap rubric = top.child(str("rubric"), str("'rubric'"), {str("signals")});
    IdRegistry ids(str("signal"));
    for (const YamlNode* node : rubric.list(str("signals"), Need::Required)) {
        if (m_reader.aborted())
            return;
        YamlMap map(m_reader, node, str("signal"),
                    {str("id"), str("name"), str("description"), str("threshold"), str("action"), str("owner"),
                     str("timer"), str("notify")});
        Signal signal;
        signal.id = map.id();
        if (!signal.id.isEmpty())
            map.setWhat(QStringLiteral("signal '%1'").arg(signal.id));
        ids.add(m_reader, signal.id, map.at(str("id")));
        signal.name = map.text(str("name"), Need::Required);
        signal.description = map.text(str("description"), Need::Optional);
        if (map.has(str("threshold"))) {
            YamlMap threshold = map.child(str("threshold"), QStringLiteral("the threshold of %1").arg(map.what()),
                                          KitElements::thresholdKeys());
            if (threshold.isMap())
                signal.threshold = KitElements::readThreshold(threshold);
        } else if (map.isMap()) {
            map.missing(str("threshold"));
        }
        signal.action = readLevelRef(map, str("action")).value_or(Level::Slow);
        signal.owner = map.text(str("owner"), Need::Required);
        KitElements::checkRole(m_reader, m_kit, str("owner"), signal.owner, map.at(str("owner")));
        signal.timer = map.duration(str("timer"), Need::Required).value_or(Milliseconds(0));
        signal.notify = KitElements::readRoleList(map, str("notify"), m_kit);
        signal.where = m_reader.document().location(map.node());
        m_kit.signalList << signal;
    }
}

void KitReader::readComms(YamlMap& top) {
    IdRegistry ids(str("comms"));
    for (const YamlNode* node : top.list(str("comms"), Need::Optional)) {
        if (m_reader.aborted())
            return;
        YamlMap map(m_reader, node, str("comms template"),
                    {str("id"), str("audience"), str("title"), str("owner"), str("recipient"), str("due"),
                     str("subject"), str("body"), str("blanks")});
        CommsTemplate comms;
        comms.id = map.id();
        if (!comms.id.isEmpty())
            map.setWhat(QStringLiteral("comms template '%1'").arg(comms.id));
        ids.add(m_reader, comms.id, map.at(str("id")));
        comms.audience =
            map.choice(str("audience"), {str("customer"), str("regulator"), str("internal")}, Need::Required);
        comms.title = map.text(str("title"), Need::Required);
        comms.owner = map.text(str("owner"), Need::Required);
        KitElements::checkRole(m_reader, m_kit, str("owner"), comms.owner, map.at(str("owner")));
        comms.recipient = map.text(str("recipient"), Need::Required);
        // A template without `due` is owed only through a regulator clock; checkCommsOwed() makes sure one is.
        comms.dueFromStart = map.has(str("due")) || !map.isMap();
        if (comms.dueFromStart)
            comms.due = map.duration(str("due"), Need::Required).value_or(Milliseconds(0));
        else
            m_withoutDue << qMakePair(comms.id, map.node());
        comms.subject = map.text(str("subject"), Need::Required);
        KitElements::checkPlaceholders(map, str("subject"), comms.subject);
        comms.body = map.text(str("body"), Need::Required);
        KitElements::checkPlaceholders(map, str("body"), comms.body);
        comms.blanks = KitCommsBlanks::readBlanks(map, comms);
        comms.where = m_reader.document().location(map.node());
        m_kit.comms << comms;
    }
}

void KitReader::readData(YamlMap& top) {
    if (!top.has(str("data")))
        return;
    YamlMap data = top.child(str("data"), str("'data'"), {str("procedures")});
    IdRegistry ids(str("procedure"));
    for (const YamlNode* node : data.list(str("procedures"), Need::Required)) {
        if (m_reader.aborted())
            return;
        YamlMap map(m_reader, node, str("data procedure"),
                    {str("id"), str("kind"), str("title"), str("owner"), str("purpose"), str("steps")});
        DataProcedure procedure;
        procedure.id = map.id();
        if (!procedure.id.isEmpty())
            map.setWhat(QStringLiteral("data procedure '%1'").arg(procedure.id));
        ids.add(m_reader, procedure.id, map.at(str("id")));
        procedure.kind = map.choice(str("kind"), {str("snapshot"), str("delete"), str("quarantine")}, Need::Required);
        procedure.title = map.text(str("title"), Need::Required);
        procedure.owner = map.text(str("owner"), Need::Required);
        KitElements::checkRole(m_reader, m_kit, str("owner"), procedure.owner, map.at(str("owner")));
        procedure.purpose = map.text(str("purpose"), Need::Optional);
        IdRegistry stepIds(str("step"));
        for (const YamlNode* step : map.list(str("steps"), Need::Required))
            procedure.steps << KitElements::readStep(m_reader, step, stepIds, procedure.steps);
        procedure.where = m_reader.document().location(map.node());
        m_kit.dataProcedures << procedure;
    }
}

void KitReader::readStages(YamlMap& top) {
    IdRegistry ids(str("stage"));
    for (const YamlNode* node : top.list(str("stages"), Need::Optional)) {
        if (m_reader.aborted())
            return;
        YamlMap map(m_reader, node, str("stage checklist"),
                    {str("id"), str("stage"), str("title"), str("summary"), str("items"), str("window"),
                     str("relaunch_criteria")});
        StageChecklist stage;
        stage.id = map.id();
        if (!stage.id.isEmpty())
            map.setWhat(QStringLiteral("stage checklist '%1'").arg(stage.id));
        ids.add(m_reader, stage.id, map.at(str("id")));
        stage.stage =
            map.choice(str("stage"), {str("pre-release"), str("live-rollback"), str("post-reversal")}, Need::Required);
        stage.title = map.text(str("title"), Need::Required);
        stage.summary = map.text(str("summary"), Need::Optional);
        IdRegistry itemIds(str("checklist item"));
        for (const YamlNode* item : map.list(str("items"), Need::Required))
            stage.items << KitElements::readItem(m_reader, item, itemIds, m_kit);
        readStageExtras(map, stage);
        stage.where = m_reader.document().location(map.node());
        m_kit.stages << stage;
    }
}

void KitReader::readStageExtras(YamlMap& map, StageChecklist& stage) {
    // A window belongs to the live rollback, criteria to the recovery: anywhere else they would be
    // read by nothing, and a kit author would believe they count.
    if (map.has(str("window")) && !stage.stage.isEmpty() && stage.stage != str("live-rollback"))
        map.error(
            str("window"),
            QStringLiteral("'window' belongs to a live-rollback stage; %1 is a %2 stage").arg(map.what(), stage.stage));
    stage.window = map.duration(str("window"), Need::Optional);
    if (stage.window && stage.window->count() <= 0)
        map.error(str("window"), str("'window' must be longer than zero, such as '2 hr'"));
    if (map.has(str("relaunch_criteria")) && !stage.stage.isEmpty() && stage.stage != str("post-reversal"))
        map.error(str("relaunch_criteria"),
                  QStringLiteral("'relaunch_criteria' belongs to a post-reversal stage; %1 is a %2 stage")
                      .arg(map.what(), stage.stage));
    IdRegistry ids(str("relaunch criterion"));
    for (const YamlNode* node : map.list(str("relaunch_criteria"), Need::Optional)) {
        YamlMap criterion(m_reader, node, str("relaunch criterion"), {str("id"), str("text")});
        RelaunchCriterion added;
        added.id = criterion.id();
        if (!added.id.isEmpty())
            criterion.setWhat(QStringLiteral("relaunch criterion '%1'").arg(added.id));
        ids.add(m_reader, added.id, criterion.at(str("id")));
        added.text = criterion.text(str("text"), Need::Required);
        added.where = m_reader.document().location(criterion.node());
        stage.relaunchCriteria << added;
    }
}

void KitReader::readImpact(YamlMap& top) {
    if (!top.has(str("impact")))
        return;
    YamlMap impact = top.child(str("impact"), str("'impact'"), {str("prompts")});
    IdRegistry ids(str("impact prompt"));
    for (const YamlNode* node : impact.list(str("prompts"), Need::Required)) {
        if (m_reader.aborted())
            return;
        m_kit.impactPrompts << KitElements::readPrompt(m_reader, node, ids);
    }
}

void KitReader::readRegulators(YamlMap& top) {
    IdRegistry ids(str("regulator"));
    for (const YamlNode* node : top.list(str("regulators"), Need::Optional)) {
        if (m_reader.aborted())
            return;
        YamlMap map(m_reader, node, str("regulator"), {str("id"), str("title"), str("enabled"), str("reports")});
        Regulator regulator;
        regulator.id = map.id();
        if (!regulator.id.isEmpty()) {
            map.setWhat(QStringLiteral("regulator '%1'").arg(regulator.id));
            if (!RegulatorCatalog::regimes().contains(regulator.id)) {
                const QString hint = YamlReader::didYouMean(regulator.id, RegulatorCatalog::regimes());
                map.error(str("id"), QStringLiteral("Turnback knows no regulator '%1'%2")
                                         .arg(regulator.id, hint.isEmpty() ? QStringLiteral("; it knows: ") +
                                                                                 RegulatorCatalog::regimes().join(
                                                                                     QStringLiteral(", "))
                                                                           : hint));
            }
        }
        ids.add(m_reader, regulator.id, map.at(str("id")));
        regulator.title = map.text(str("title"), Need::Required);
        regulator.enabled = map.boolean(str("enabled"), Need::Optional).value_or(false);
        IdRegistry reportIds(str("report"));
        const QStringList known = RegulatorCatalog::reports(regulator.id);
        for (const YamlNode* item : map.list(str("reports"), Need::Required)) {
            YamlMap report(m_reader, item, str("report"), {str("id"), str("template")});
            RegulatorReport added;
            added.id = report.id();
            if (!added.id.isEmpty())
                report.setWhat(QStringLiteral("report '%1' of regulator '%2'").arg(added.id, regulator.id));
            if (!added.id.isEmpty() && !known.isEmpty() && !known.contains(added.id))
                report.error(str("id"), QStringLiteral("regulator '%1' has no report '%2'; its reports are: %3")
                                            .arg(regulator.id, added.id, known.join(QStringLiteral(", "))));
            reportIds.add(m_reader, added.id, report.at(str("id")));
            added.templateId = report.text(str("template"), Need::Required);
            if (!added.templateId.isEmpty() &&
                !std::any_of(m_kit.comms.cbegin(), m_kit.comms.cend(),
                             [&](const CommsTemplate& c) { return c.id == added.templateId; }))
                report.error(str("template"), QStringLiteral("'template' refers to comms template '%1', which this "
                                                             "kit does not define under 'comms'")
                                                  .arg(added.templateId));
            added.where = m_reader.document().location(report.node());
            regulator.reports << added;
        }
        regulator.where = m_reader.document().location(map.node());
        m_kit.regulators << regulator;
    }
}

void KitReader::checkCommsOwed() {
    for (const auto& [id, node] : std::as_const(m_withoutDue)) {
        const QString templateId = id; // a copy: clang 14 (the fuzz build) cannot capture a structured binding
        const bool clocked = std::any_of(m_kit.regulators.cbegin(), m_kit.regulators.cend(), [&](const Regulator& r) {
            return std::any_of(r.reports.cbegin(), r.reports.cend(),
                               [&](const RegulatorReport& report) { return report.templateId == templateId; });
        });
        if (!clocked)
            m_reader.error(node, QStringLiteral("comms template '%1' is missing required key 'due'; only a template "
                                                "that a regulator report uses may leave it out (its clock says when "
                                                "it is owed)")
                                     .arg(id));
    }
}

} // namespace turnback
