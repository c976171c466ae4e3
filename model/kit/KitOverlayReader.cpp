#include "KitOverlayReader.h"

#include "KitCommsBlanks.h"
#include "KitElements.h"

#include <algorithm>

namespace turnback {

namespace {

QString str(const char* text) {
    return QString::fromLatin1(text);
}

template <typename T> QStringList idsOf(const QList<T>& parts) {
    QStringList ids;
    for (const T& part : parts)
        ids << part.id;
    return ids;
}

template <typename T> T* findById(QList<T>& parts, const QString& id) {
    for (T& part : parts)
        if (part.id == id)
            return &part;
    return nullptr;
}

} // namespace

KitOverlayReader::KitOverlayReader(YamlReader& reader, Kit& kit)
    : m_reader(reader)
    , m_kit(kit) {}

void KitOverlayReader::apply() {
    const YamlNode* root = m_reader.resolve(m_reader.document().root());
    if (root && root->type == YamlNode::Type::Map) {
        const bool hasOverlay = std::any_of(root->entries.cbegin(), root->entries.cend(), [](const auto& entry) {
            return entry.first->type == YamlNode::Type::Scalar && entry.first->scalar == QLatin1String("overlay");
        });
        for (const auto& [key, value] : root->entries) {
            Q_UNUSED(value)
            if (!hasOverlay && key->type == YamlNode::Type::Scalar && key->scalar == QLatin1String("format")) {
                m_reader.error(key, str("this is a kit, not an overlay; an overlay starts with 'overlay: 1' and "
                                        "'kit: <kit id>'"));
                return;
            }
        }
    }
    YamlMap top(m_reader, root, str("the overlay"),
                {str("overlay"), str("kit"), str("service"), str("roles"), str("rubric"), str("comms"), str("data"),
                 str("stages"), str("impact"), str("regulators")});
    if (!top.isMap())
        return;
    if (!top.has(str("overlay"))) {
        top.missing(str("overlay"));
        return;
    }
    const YamlNode* format = top.value(str("overlay"));
    const bool isNumber =
        format && format->type == YamlNode::Type::Scalar && !format->quoted && !format->scalar.isEmpty() &&
        format->scalar.size() <= 6 &&
        std::all_of(format->scalar.cbegin(), format->scalar.cend(), [](QChar c) { return c.isDigit(); });
    if (!isNumber) {
        top.error(str("overlay"), QStringLiteral("'overlay' must be the overlay format version, %1; found %2")
                                      .arg(QString::number(FormatVersion), YamlReader::describe(format)));
        return;
    }
    if (format->scalar.toInt() != FormatVersion) {
        top.error(str("overlay"),
                  QStringLiteral("overlay format %1 is not supported; this Turnback reads overlay format %2")
                      .arg(format->scalar, QString::number(FormatVersion)));
        return;
    }
    // An overlay written for another kit would patch the wrong signals: refuse it outright.
    const QString kitId = top.text(str("kit"), Need::Required);
    if (!top.has(str("kit")) || kitId.isEmpty())
        return;
    if (kitId != m_kit.id) {
        top.error(
            str("kit"),
            QStringLiteral("this overlay is for kit '%1', but the kit being loaded is '%2'").arg(kitId, m_kit.id));
        return;
    }
    const QString service = top.text(str("service"), Need::Optional);
    if (!service.isEmpty())
        m_kit.service = service;
    applyRoles(top);
    applySignals(top);
    applyComms(top);
    applyData(top);
    applyStages(top);
    applyImpact(top);
    applyRegulators(top);
    m_kit.overlayFiles << m_reader.document().fileName();
}

QString KitOverlayReader::existingId(YamlMap& map, const QString& kind, const QStringList& known) {
    const QString id = map.id();
    if (id.isEmpty())
        return {};
    map.setWhat(QStringLiteral("%1 '%2'").arg(kind, id));
    if (known.contains(id))
        return id;
    const QString hint = YamlReader::didYouMean(id, known);
    map.error(
        str("id"),
        QStringLiteral("the kit has no %1 '%2'%3; an overlay adjusts the kit's %1s, it cannot add "
                       "or remove them")
            .arg(kind, id, hint.isEmpty() ? QStringLiteral("; it has: ") + known.join(QStringLiteral(", ")) : hint));
    return {};
}

void KitOverlayReader::applyRoles(YamlMap& top) {
    // Existing roles are adjusted field by field; a new id adds a role (and then needs a title).
    IdRegistry seen(str("role"));
    QList<QPair<QString, const YamlNode*>> notifies;
    for (const YamlNode* node : top.list(str("roles"), Need::Optional)) {
        if (m_reader.aborted())
            return;
        YamlMap map(m_reader, node, str("role"), KitElements::roleKeys());
        const QString id = map.id();
        seen.add(m_reader, id, map.at(str("id")));
        if (id.isEmpty())
            continue;
        Role* role = findById(m_kit.roles, id);
        if (!role) {
            QList<QPair<QString, const YamlNode*>> notified;
            m_kit.roles << KitElements::readRoleFrom(map, id, &notified);
            notifies << notified;
            continue;
        }
        map.setWhat(QStringLiteral("role '%1'").arg(id));
        if (map.has(str("title")))
            role->title = map.text(str("title"), Need::Required);
        if (map.has(str("person")))
            role->person = map.text(str("person"), Need::Optional);
        if (map.has(str("contacts")))
            role->contacts = map.textList(str("contacts"), Need::Optional);
        if (map.has(str("notifies"))) {
            const auto notified = map.textListNodes(str("notifies"), Need::Optional);
            role->notifies.clear();
            for (const auto& entry : notified)
                role->notifies << entry.first;
            notifies << notified;
        }
    }
    for (const auto& [id, at] : std::as_const(notifies))
        KitElements::checkRole(m_reader, m_kit, str("notifies"), id, at);
}

void KitOverlayReader::applySignals(YamlMap& top) {
    YamlMap rubric = top.child(str("rubric"), str("'rubric'"), {str("signals")});
    IdRegistry seen(str("signal"));
    for (const YamlNode* node : rubric.list(str("signals"), Need::Required)) {
        if (m_reader.aborted())
            return;
        YamlMap map(m_reader, node, str("signal"),
                    {str("id"), str("threshold"), str("owner"), str("timer"), str("notify")});
        const QString id = existingId(map, str("signal"), idsOf(m_kit.signalList));
        seen.add(m_reader, id, map.at(str("id")));
        Signal* signal = findById(m_kit.signalList, id);
        if (!signal)
            continue;
        if (map.has(str("threshold"))) {
            YamlMap patch = map.child(str("threshold"), QStringLiteral("the threshold of %1").arg(map.what()),
                                      {str("limit"), str("for"), str("within")});
            if (patch.isMap()) {
                Threshold& threshold = signal->threshold;
                if (patch.has(str("limit")) && threshold.kind == Threshold::Kind::Any)
                    m_reader.error(patch.keyNode(str("limit")),
                                   str("'limit' does not apply to an 'any' threshold, which fires on any single "
                                       "occurrence"));
                else if (patch.has(str("limit")))
                    threshold.limit = patch.number(str("limit"), Need::Required).value_or(threshold.limit);
                if (patch.has(str("for")) && threshold.kind == Threshold::Kind::Measured)
                    if (const auto sustain = patch.duration(str("for"), Need::Required))
                        threshold.sustain = sustain;
                if (patch.has(str("within")) && threshold.kind == Threshold::Kind::Count)
                    threshold.window = patch.duration(str("within"), Need::Required).value_or(threshold.window);
                KitElements::checkThreshold(threshold, patch);
            }
        }
        if (map.has(str("owner"))) {
            signal->owner = map.text(str("owner"), Need::Required);
            KitElements::checkRole(m_reader, m_kit, str("owner"), signal->owner, map.at(str("owner")));
        }
        if (map.has(str("timer")))
            signal->timer = map.duration(str("timer"), Need::Required).value_or(signal->timer);
        if (map.has(str("notify")))
            signal->notify = KitElements::readRoleList(map, str("notify"), m_kit);
    }
}

void KitOverlayReader::applyComms(YamlMap& top) {
    IdRegistry seen(str("comms"));
    for (const YamlNode* node : top.list(str("comms"), Need::Optional)) {
        if (m_reader.aborted())
            return;
        YamlMap map(m_reader, node, str("comms template"),
                    {str("id"), str("owner"), str("recipient"), str("due"), str("blanks")});
        const QString id = existingId(map, str("comms template"), idsOf(m_kit.comms));
        seen.add(m_reader, id, map.at(str("id")));
        CommsTemplate* comms = findById(m_kit.comms, id);
        if (!comms)
            continue;
        if (map.has(str("owner"))) {
            comms->owner = map.text(str("owner"), Need::Required);
            KitElements::checkRole(m_reader, m_kit, str("owner"), comms->owner, map.at(str("owner")));
        }
        if (map.has(str("recipient")))
            comms->recipient = map.text(str("recipient"), Need::Required);
        if (map.has(str("due")))
            comms->due = map.duration(str("due"), Need::Required).value_or(comms->due);
        if (map.has(str("blanks")))
            KitCommsBlanks::overrideBlanks(map, *comms);
    }
}

void KitOverlayReader::applyData(YamlMap& top) {
    YamlMap data = top.child(str("data"), str("'data'"), {str("procedures")});
    IdRegistry seen(str("procedure"));
    for (const YamlNode* node : data.list(str("procedures"), Need::Required)) {
        if (m_reader.aborted())
            return;
        YamlMap map(m_reader, node, str("data procedure"), {str("id"), str("owner"), str("add-steps")});
        const QString id = existingId(map, str("data procedure"), idsOf(m_kit.dataProcedures));
        seen.add(m_reader, id, map.at(str("id")));
        DataProcedure* procedure = findById(m_kit.dataProcedures, id);
        if (!procedure)
            continue;
        if (map.has(str("owner"))) {
            procedure->owner = map.text(str("owner"), Need::Required);
            KitElements::checkRole(m_reader, m_kit, str("owner"), procedure->owner, map.at(str("owner")));
        }
        IdRegistry stepIds(str("step"));
        for (const DataStep& step : std::as_const(procedure->steps))
            stepIds.seed(step.id, step.where);
        for (const YamlNode* step : map.list(str("add-steps"), Need::Optional)) {
            DataStep added = KitElements::readStep(m_reader, step, stepIds, procedure->steps);
            procedure->steps << added;
        }
    }
}

void KitOverlayReader::applyStages(YamlMap& top) {
    IdRegistry seen(str("stage"));
    for (const YamlNode* node : top.list(str("stages"), Need::Optional)) {
        if (m_reader.aborted())
            return;
        YamlMap map(m_reader, node, str("stage checklist"), {str("id"), str("add-items")});
        const QString id = existingId(map, str("stage checklist"), idsOf(m_kit.stages));
        seen.add(m_reader, id, map.at(str("id")));
        StageChecklist* stage = findById(m_kit.stages, id);
        if (!stage)
            continue;
        IdRegistry itemIds(str("checklist item"));
        for (const ChecklistItem& item : std::as_const(stage->items))
            itemIds.seed(item.id, item.where);
        for (const YamlNode* item : map.list(str("add-items"), Need::Required))
            stage->items << KitElements::readItem(m_reader, item, itemIds, m_kit);
    }
}

void KitOverlayReader::applyImpact(YamlMap& top) {
    YamlMap impact = top.child(str("impact"), str("'impact'"), {str("add-prompts"), str("require")});
    IdRegistry ids(str("impact prompt"));
    for (const ImpactPrompt& prompt : std::as_const(m_kit.impactPrompts))
        ids.seed(prompt.id, prompt.where);
    // An overlay that only makes the kit's own prompts required need not add any.
    const Need addNeed = impact.has(str("require")) ? Need::Optional : Need::Required;
    for (const YamlNode* node : impact.list(str("add-prompts"), addNeed)) {
        if (m_reader.aborted())
            return;
        m_kit.impactPrompts << KitElements::readPrompt(m_reader, node, ids);
    }
    requirePrompts(impact);
}

void KitOverlayReader::requirePrompts(YamlMap& impact) {
    QStringList known;
    for (const ImpactPrompt& prompt : std::as_const(m_kit.impactPrompts))
        known << prompt.id;
    for (const auto& [id, node] : impact.textListNodes(str("require"), Need::Optional)) {
        const QString wanted = id; // a copy: clang 14 (the fuzz build) cannot capture a structured binding
        auto prompt = std::find_if(m_kit.impactPrompts.begin(), m_kit.impactPrompts.end(),
                                   [&](const ImpactPrompt& p) { return p.id == wanted; });
        if (prompt == m_kit.impactPrompts.end())
            m_reader.error(node, str("'require' names impact prompt '%1', which the kit does not define%2")
                                     .arg(id, YamlReader::didYouMean(id, known)));
        else
            prompt->required = true;
    }
}

void KitOverlayReader::applyRegulators(YamlMap& top) {
    // An overlay switches the kit's regimes on or off; the rules and reports stay the kit's.
    IdRegistry seen(str("regulator"));
    for (const YamlNode* node : top.list(str("regulators"), Need::Optional)) {
        if (m_reader.aborted())
            return;
        YamlMap map(m_reader, node, str("regulator"), {str("id"), str("enabled")});
        const QString id = existingId(map, str("regulator"), idsOf(m_kit.regulators));
        seen.add(m_reader, id, map.at(str("id")));
        Regulator* regulator = findById(m_kit.regulators, id);
        if (!regulator)
            continue;
        if (!map.has(str("enabled")))
            map.missing(str("enabled"));
        else if (const std::optional<bool> enabled = map.boolean(str("enabled"), Need::Required))
            regulator->enabled = *enabled;
    }
}

} // namespace turnback
