#include "ScenarioLoader.h"

#include "ExerciseLogging.h"
#include "ScenarioCommsDataSteps.h"
#include "ScenarioReader.h"
#include "ScenarioStageSteps.h"
#include "YamlDocument.h"
#include "YamlReader.h"

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>
#include <memory>
#include <utility>

namespace turnback {

namespace {

QString str(const char* text) {
    return QString::fromLatin1(text);
}

/// The YamlDocument messages speak of kits; a scenario file deserves its own word.
void rewordDocumentErrors(QList<KitDiagnostic>& errors) {
    for (qsizetype i = 0; i < errors.size(); ++i) {
        QString& message = errors[i].message;
        message.replace(str("a kit file"), str("a scenario file"));
        message.replace(str("kit files"), str("scenario files"));
        message.replace(str("kit keys"), str("scenario keys"));
        message.replace(str("a kit"), str("a scenario"));
    }
}

} // namespace

const QStringList& ScenarioReader::actionKeys() {
    static const QStringList keys = QStringList{str("observe"), str("acknowledge"),       str("notify"),
                                                str("decide"),  str("hand-over"),         str("close"),
                                                str("message"), str("regulator-trigger"), str("answer")} +
                                    ScenarioStageSteps::actionKeys() + ScenarioCommsDataSteps::actionKeys();
    return keys;
}

QStringList ScenarioReader::stepKeys(const QString& action) {
    QStringList keys = {str("at")};
    if (action == QLatin1String("observe"))
        keys << str("observe") << str("value") << str("id") << str("expect") << str("message");
    else if (action == QLatin1String("acknowledge"))
        keys << str("acknowledge") << str("by");
    else if (action == QLatin1String("notify"))
        keys << str("notify") << str("told") << str("by");
    else if (action == QLatin1String("decide"))
        keys << str("decide") << str("decision") << str("reason") << str("to") << str("by");
    else if (action == QLatin1String("hand-over"))
        keys << str("hand-over");
    else if (action == QLatin1String("close"))
        keys << str("close") << str("by");
    else if (action == QLatin1String("message"))
        keys << str("message") << str("to") << str("id") << str("expect");
    else if (action == QLatin1String("regulator-trigger"))
        keys << str("regulator-trigger") << str("by");
    else if (action == QLatin1String("answer"))
        keys << str("answer") << str("value") << str("by");
    else if (const QStringList stage = ScenarioStageSteps::stepKeys(action); !stage.isEmpty())
        keys << stage;
    else if (const QStringList work = ScenarioCommsDataSteps::stepKeys(action); !work.isEmpty())
        keys << work;
    else // no action found: offer every key, so a misspelt action gets its "did you mean"
        keys << actionKeys() << str("value") << str("told") << str("decision") << str("reason") << str("to")
             << str("by") << str("id") << str("expect");
    keys << str("note");
    return keys;
}

namespace {

/// Errors of one file in reading order (line, then column), whatever order the checks ran in.
void sortErrors(QList<KitDiagnostic>& errors) {
    std::stable_sort(errors.begin(), errors.end(), [](const KitDiagnostic& a, const KitDiagnostic& b) {
        return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
    });
}

} // namespace

Scenario ScenarioReader::read() {
    m_scenario.sourceFile = m_reader.document().fileName();
    YamlMap top(m_reader, m_reader.document().root(), str("the scenario"),
                {str("format"), str("title"), str("description"), str("kit"), str("service"), str("operator"),
                 str("steps"), str("end"), str("objectives"), str("participants"), str("operator-steps")});
    if (!top.isMap())
        return m_scenario;

    // As for kits: the format number decides how the rest is read, so nothing else is checked without it.
    if (!top.has(str("format"))) {
        top.missing(str("format"));
        return m_scenario;
    }
    const YamlNode* format = top.value(str("format"));
    const bool known = format && format->type == YamlNode::Type::Scalar && !format->quoted &&
                       (format->scalar == QLatin1String("1") || format->scalar == QLatin1String("2"));
    if (!known) {
        const bool isNumber =
            format && format->type == YamlNode::Type::Scalar && !format->quoted && !format->scalar.isEmpty() &&
            format->scalar.size() <= 6 &&
            std::all_of(format->scalar.cbegin(), format->scalar.cend(), [](QChar c) { return c.isDigit(); });
        top.error(str("format"),
                  isNumber
                      ? QStringLiteral("scenario format %1 is not supported; this Turnback reads scenario formats 1 "
                                       "and %2")
                            .arg(format->scalar, QString::number(ScenarioLoader::FormatVersion))
                      : QStringLiteral("'format' must be the scenario format version, 1 or %1; found %2")
                            .arg(QString::number(ScenarioLoader::FormatVersion), YamlReader::describe(format)));
        return m_scenario;
    }
    m_scenario.formatVersion = format->scalar.toInt();

    m_scenario.title = top.text(str("title"), Need::Required);
    m_scenario.description = top.text(str("description"), Need::Optional);
    if (top.has(str("kit"))) {
        m_scenario.kitId = top.text(str("kit"), Need::Required);
        if (!m_scenario.kitId.isEmpty() && m_scenario.kitId != m_kit.id)
            top.error(str("kit"), QStringLiteral("the scenario was written for kit '%1', but the kit loaded is '%2'")
                                      .arg(m_scenario.kitId, m_kit.id));
    }
    m_scenario.service = top.text(str("service"), Need::Optional);
    if (!top.has(str("service")) && m_kit.service.isEmpty())
        m_reader.error(top.node(), str("the scenario is missing required key 'service' (the kit names no service: "
                                       "only an overlay does)"));
    else if (m_scenario.service.isEmpty())
        m_scenario.service = m_kit.service;
    if (const std::optional<ScenarioOperator> op = readOperator(top, str("operator"), Need::Required))
        m_scenario.op = *op;
    readFormat2Top(top);

    const ScenarioStep* previous = nullptr;
    const ScenarioStep* closing = nullptr;
    bool reportedAfterClose = false;
    int number = 0;
    for (const YamlNode* node : top.list(str("steps"), Need::Required)) {
        if (m_reader.aborted())
            return m_scenario;
        const std::optional<ScenarioStep> step = readStep(node, ++number);
        if (!step)
            continue;
        if (previous && step->at < previous->at)
            m_reader.error(node, QStringLiteral("steps must be in time order: this one is at %1, before the step at "
                                                "line %2 (at %3)")
                                     .arg(Duration::humanText(step->at), QString::number(previous->where.line),
                                          Duration::humanText(previous->at)));
        if (closing && !reportedAfterClose) {
            m_reader.error(node, QStringLiteral("nothing can follow 'close' (line %1): the reversal is closed by then")
                                     .arg(closing->where.line));
            reportedAfterClose = true;
        }
        m_scenario.steps << *step;
        previous = &m_scenario.steps.last();
        if (step->action == ScenarioStep::Action::Close && !closing)
            closing = previous;
    }

    m_scenario.end = time(top, str("end"), Need::Optional);
    if (m_scenario.end && previous && *m_scenario.end < previous->at)
        top.error(str("end"), QStringLiteral("'end' is %1, before the last step (line %2, at %3)")
                                  .arg(Duration::humanText(*m_scenario.end), QString::number(previous->where.line),
                                       Duration::humanText(previous->at)));
    return m_scenario;
}

std::optional<Milliseconds> ScenarioReader::time(YamlMap& map, const QString& key, Need need) {
    if (!map.isMap())
        return std::nullopt;
    if (!map.has(key)) {
        if (need == Need::Required)
            map.missing(key);
        return std::nullopt;
    }
    const YamlNode* node = map.value(key);
    if (!node)
        return std::nullopt;
    std::optional<Milliseconds> parsed;
    if (node->type == YamlNode::Type::Scalar)
        parsed = Duration::parse(node->scalar);
    if (!parsed)
        map.error(key, QStringLiteral("'%1' must be a time since the start, such as '0s', '90s', '2m 30s' or '1h', "
                                      "found %2")
                           .arg(key, YamlReader::describe(node)));
    return parsed;
}

std::optional<ScenarioOperator> ScenarioReader::readOperator(YamlMap& parent, const QString& key, Need need) {
    if (!parent.isMap())
        return std::nullopt;
    if (!parent.has(key)) {
        if (need == Need::Required)
            parent.missing(key);
        return std::nullopt;
    }
    YamlMap map = parent.child(key, QStringLiteral("'%1'").arg(key), {str("name"), str("role")});
    if (!map.isMap())
        return std::nullopt;
    ScenarioOperator op;
    op.name = map.text(str("name"), Need::Required);
    op.role = map.text(str("role"), Need::Required);
    op.where = m_reader.document().location(map.node());
    const bool roleOk = checkRole(str("role"), op.role, map.at(str("role")));
    if (op.name.isEmpty() || op.role.isEmpty() || !roleOk)
        return std::nullopt;
    return op;
}

const Signal* ScenarioReader::checkSignal(YamlMap& map, const QString& key, const QString& signalId) {
    if (signalId.isEmpty())
        return nullptr;
    if (const Signal* signal = m_kit.signal(signalId))
        return signal;
    QStringList ids;
    for (const Signal& signal : m_kit.signalList)
        ids << signal.id;
    QString hint = YamlReader::didYouMean(signalId, ids);
    if (hint.isEmpty())
        hint = QStringLiteral("; signals are: ") + ids.join(QStringLiteral(", "));
    map.error(key,
              QStringLiteral("'%1' refers to signal '%2', which the kit does not define%3").arg(key, signalId, hint));
    return nullptr;
}

bool ScenarioReader::checkRole(const QString& key, const QString& roleId, const YamlNode* at) {
    if (roleId.isEmpty() || m_kit.role(roleId))
        return true;
    QStringList ids;
    for (const Role& role : m_kit.roles)
        ids << role.id;
    QString hint = YamlReader::didYouMean(roleId, ids);
    if (hint.isEmpty())
        hint = QStringLiteral("; roles are: ") + ids.join(QStringLiteral(", "));
    m_reader.error(at,
                   QStringLiteral("'%1' refers to role '%2', which the kit does not define%3").arg(key, roleId, hint));
    return false;
}

std::optional<ScenarioStep> ScenarioReader::readStep(const YamlNode* node, int number) {
    const YamlNode* resolved = m_reader.resolve(node);
    if (!resolved)
        return std::nullopt;
    if (resolved->type != YamlNode::Type::Map) {
        m_reader.error(resolved,
                       QStringLiteral("each step must be a mapping with 'at' and one action (%1), found %2")
                           .arg(actionsOfFormat().join(QStringLiteral(", ")), YamlReader::describe(resolved)));
        return std::nullopt;
    }

    // Which action this step is decides which keys it may have.
    QString action;
    QStringList extraActions;
    for (const auto& [rawKey, value] : resolved->entries) {
        Q_UNUSED(value)
        const YamlNode* key = m_reader.resolve(rawKey);
        if (!key || key->type != YamlNode::Type::Scalar || !actionKeys().contains(key->scalar))
            continue;
        if (action.isEmpty()) {
            action = key->scalar;
        } else if (key->scalar != action) {
            m_reader.error(rawKey, QStringLiteral("a step does one thing, and this one already does '%1'; put '%2' "
                                                  "in a step of its own")
                                       .arg(action, key->scalar));
            extraActions << key->scalar; // reported here, so not again as an unknown key
        }
    }
    // A format 2 key in a format 1 file gets its own message, not "unknown key".
    const QStringList keys = keysOfFormat(stepKeys(action), resolved) + extraActions;
    // Misspelt keys already get "did you mean"; the checks below must not also call them missing.
    m_suggested.clear();
    for (const auto& [rawKey, value] : resolved->entries) {
        Q_UNUSED(value)
        const YamlNode* key = m_reader.resolve(rawKey);
        if (key && key->type == YamlNode::Type::Scalar && !keys.contains(key->scalar))
            if (const QString hint = YamlReader::didYouMean(key->scalar, keys); !hint.isEmpty())
                m_suggested << hint.section(QLatin1Char('\''), 1, 1);
    }
    const bool misspeltAction = std::any_of(m_suggested.cbegin(), m_suggested.cend(),
                                            [](const QString& k) { return actionKeys().contains(k); });

    YamlMap map(m_reader, resolved, action.isEmpty() ? str("step") : QStringLiteral("%1 step").arg(action), keys);
    ScenarioStep step;
    step.where = m_reader.document().location(resolved);
    const std::optional<Milliseconds> at = time(map, str("at"), Need::Required);
    step.note = map.text(str("note"), Need::Optional);
    if (action.isEmpty()) {
        if (!misspeltAction)
            m_reader.error(resolved,
                           QStringLiteral("a step needs one action: %1").arg(actionsOfFormat().join(str(", "))));
        return std::nullopt;
    }

    if (action == QLatin1String("observe")) {
        step.action = ScenarioStep::Action::Observe;
        readObserve(map, step);
    } else if (action == QLatin1String("acknowledge")) {
        step.action = ScenarioStep::Action::Acknowledge;
        step.signalId = map.text(action, Need::Required);
        checkSignal(map, action, step.signalId);
    } else if (action == QLatin1String("notify")) {
        step.action = ScenarioStep::Action::Notify;
        readNotify(map, step);
    } else if (action == QLatin1String("decide")) {
        step.action = ScenarioStep::Action::Decide;
        readDecide(map, step);
    } else if (action == QLatin1String("hand-over")) {
        step.action = ScenarioStep::Action::HandOver;
        if (const std::optional<ScenarioOperator> op = readOperator(map, action, Need::Required))
            step.handOver = *op;
    } else if (action == QLatin1String("close")) {
        step.action = ScenarioStep::Action::Close;
        step.summary = map.text(action, Need::Required);
    } else if (!ScenarioStageSteps::stepKeys(action).isEmpty()) {
        ScenarioStageSteps::read(map, action, m_kit, step);
    }
    readFormat2Step(map, action, step, number);
    if (map.has(str("by")))
        step.by = readOperator(map, str("by"), Need::Optional);
    if (!at)
        return std::nullopt;
    step.at = *at;
    // A step with an error is still returned when its time is known, so later steps are checked for order.
    return step;
}

void ScenarioReader::readObserve(YamlMap& map, ScenarioStep& step) {
    step.signalId = map.text(str("observe"), Need::Required);
    const Signal* signal = checkSignal(map, str("observe"), step.signalId);
    if (!signal)
        return;
    if (signal->threshold.kind == Threshold::Kind::Measured) {
        if (!hasOrSuggested(map, str("value")))
            map.error(str("observe"), QStringLiteral("signal '%1' is measured: the step needs a 'value', the number "
                                                     "observed")
                                          .arg(step.signalId));
        else if (map.has(str("value")))
            step.value = map.number(str("value"), Need::Required);
    } else if (map.has(str("value"))) {
        map.error(str("value"), QStringLiteral("signal '%1' counts occurrences and takes no 'value'; write one "
                                               "observe step per occurrence")
                                    .arg(step.signalId));
    }
}

void ScenarioReader::readNotify(YamlMap& map, ScenarioStep& step) {
    step.signalId = map.text(str("notify"), Need::Required);
    const Signal* signal = checkSignal(map, str("notify"), step.signalId);
    QList<QPair<QString, const YamlNode*>> told;
    const YamlNode* value = map.value(str("told"));
    if (!map.has(str("told"))) {
        map.missing(str("told"));
    } else if (!value) {
        return; // the reader gave up (alias budget)
    } else if (value->type == YamlNode::Type::Null ||
               (value->type == YamlNode::Type::Scalar && value->scalar.trimmed().isEmpty())) {
        map.error(str("told"), str("'told' must not be empty"));
    } else if (value->type == YamlNode::Type::Scalar) {
        told.append({value->scalar.trimmed(), value}); // one role, written without brackets
    } else {
        told = map.textListNodes(str("told"), Need::Required);
        if (value->type == YamlNode::Type::Sequence && value->items.empty())
            map.error(str("told"), str("'told' must name at least one role"));
    }
    for (const auto& [role, at] : std::as_const(told)) {
        if (step.told.contains(role)) {
            m_reader.error(at, QStringLiteral("'told' names '%1' twice").arg(role));
            continue;
        }
        step.told << role;
        if (!checkRole(str("told"), role, at) || !signal)
            continue;
        if (!signal->notify.contains(role))
            m_reader.error(at, QStringLiteral("'%1' is not on the notification list of signal '%2' (%3)")
                                   .arg(role, signal->id, signal->notify.join(QStringLiteral(", "))));
    }
}

void ScenarioReader::readDecide(YamlMap& map, ScenarioStep& step) {
    step.signalId = map.text(str("decide"), Need::Required);
    checkSignal(map, str("decide"), step.signalId);
    const QString decision =
        map.choice(str("decision"), {str("carry-out"), str("hold"), str("de-escalate")}, Need::Required);
    step.reason = map.text(str("reason"), Need::Optional);
    const QString to = map.choice(str("to"), {str("normal"), str("slow"), str("stop")}, Need::Optional);
    if (!to.isEmpty())
        step.deEscalateTo = to == QLatin1String("normal") ? Level::Normal : levelFromId(to);
    if (decision.isEmpty() || !decisionFromId(decision, &step.decision))
        return;
    if (step.decision == Decision::DeEscalate && !hasOrSuggested(map, str("to")))
        map.error(str("decision"), str("a 'de-escalate' decision needs 'to', the level to step down to: normal, "
                                       "slow or stop"));
    if (step.decision != Decision::DeEscalate && map.has(str("to")))
        map.error(str("to"), QStringLiteral("'to' is only for a 'de-escalate' decision, not '%1'").arg(decision));
    if (step.decision != Decision::CarryOut && step.reason.isEmpty() &&
        (map.has(str("reason")) || !m_suggested.contains(str("reason"))))
        map.error(str("decision"), QStringLiteral("a '%1' decision needs a 'reason'").arg(decision));
}

ScenarioLoadResult ScenarioLoader::load(const QString& file, const Kit& kit) {
    ScenarioLoadResult result;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        result.errors << KitDiagnostic{{file, 1, 1}, QStringLiteral("cannot read the file: %1").arg(in.errorString())};
        return result;
    }
    if (in.size() > YamlDocument::MaxFileBytes) {
        result.errors << KitDiagnostic{
            {file, 1, 1},
            QStringLiteral("file is %1 bytes; scenario files larger than %2 bytes (4 MiB) "
                           "are refused")
                .arg(QString::number(in.size()), QString::number(YamlDocument::MaxFileBytes))};
        return result;
    }
    return loadFromBytes(in.read(YamlDocument::MaxFileBytes + 1), file, kit);
}

ScenarioLoadResult ScenarioLoader::loadFromBytes(const QByteArray& yaml, const QString& fileName, const Kit& kit) {
    ScenarioLoadResult result;
    const std::unique_ptr<YamlDocument> document = YamlDocument::parse(yaml, fileName, result.errors);
    rewordDocumentErrors(result.errors);
    if (!document->root())
        return result;
    YamlReader reader(*document, result.errors);
    Scenario scenario = ScenarioReader(reader, kit).read();
    sortErrors(result.errors);
    if (!result.errors.isEmpty())
        return result;
    scenario.sourceSha256 = QString::fromLatin1(QCryptographicHash::hash(yaml, QCryptographicHash::Sha256).toHex());
    qCDebug(lcExercise) << "loaded scenario" << fileName << "with" << scenario.steps.size() << "steps";
    result.scenario = std::move(scenario);
    return result;
}

} // namespace turnback
