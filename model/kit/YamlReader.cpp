#include "YamlReader.h"

#include <QRegularExpression>

#include <cmath>
#include <vector>

namespace turnback {

YamlReader::YamlReader(const YamlDocument& document, QList<KitDiagnostic>& errors)
    : m_document(document)
    , m_errors(errors) {}

void YamlReader::error(const YamlNode* at, const QString& message) {
    if (!m_aborted)
        m_errors << KitDiagnostic{m_document.location(at), message};
}

bool YamlReader::charge(const YamlNode* at, qint64 count) {
    if (m_aborted)
        return false;
    m_visits += count;
    if (m_visits <= MaxVisits)
        return true;
    error(at, QStringLiteral("aliases expand to more than %1 nodes; refusing to read further (an alias bomb?)")
                  .arg(MaxVisits));
    m_aborted = true;
    return false;
}

const YamlNode* YamlReader::resolve(const YamlNode* node) {
    if (!node || !charge(node, 1))
        return nullptr;
    return node->type == YamlNode::Type::Alias ? node->target : node;
}

QString YamlReader::describe(const YamlNode* node) {
    if (!node)
        return QStringLiteral("nothing");
    switch (node->type) {
    case YamlNode::Type::Null:
        return QStringLiteral("nothing");
    case YamlNode::Type::Scalar: {
        // Long values are cut: the message names the place, the file has the rest.
        const QString text = node->scalar.size() > 60 ? node->scalar.left(57) + QStringLiteral("...") : node->scalar;
        return node->quoted ? QStringLiteral("the string \"%1\"").arg(text) : QStringLiteral("'%1'").arg(text);
    }
    case YamlNode::Type::Sequence:
        return QStringLiteral("a list");
    case YamlNode::Type::Map:
        return QStringLiteral("a mapping");
    case YamlNode::Type::Alias:
        return describe(node->target);
    }
    return {};
}

int YamlReader::editDistance(const QString& a, const QString& b) {
    std::vector<int> previous(b.size() + 1);
    std::vector<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString YamlReader::didYouMean(const QString& word, const QStringList& candidates) {
    if (word.size() > 64)
        return {};
    QString best;
    int bestDistance = 3;
    for (const QString& candidate : candidates) {
        const int distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best.isEmpty() ? QString() : QStringLiteral("; did you mean '%1'?").arg(best);
}

YamlMap::YamlMap(YamlReader& reader, const YamlNode* node, const QString& what, const QStringList& keys,
                 const YamlNode* errorAt)
    : m_reader(reader)
    , m_node(reader.resolve(node))
    , m_what(what) {
    if (!m_node)
        return;
    if (m_node->type != YamlNode::Type::Map) {
        reader.error(errorAt ? errorAt : m_node,
                     QStringLiteral("%1 must be a mapping of keys, found %2").arg(what, reader.describe(m_node)));
        return;
    }
    m_isMap = true;
    if (!reader.charge(m_node, qint64(m_node->entries.size())))
        return;
    for (const auto& [rawKey, value] : m_node->entries) {
        const YamlNode* key = reader.resolve(rawKey);
        if (!key)
            return;
        if (key->type != YamlNode::Type::Scalar) {
            reader.error(rawKey,
                         QStringLiteral("a key in %1 must be a plain name, found %2").arg(what, reader.describe(key)));
            continue;
        }
        const QString name = key->scalar;
        if (const auto first = m_entries.constFind(name); first != m_entries.constEnd()) {
            reader.error(rawKey, QStringLiteral("duplicate key '%1' in %2; the first is at line %3")
                                     .arg(name, what, QString::number(first->key->line)));
            continue;
        }
        if (!keys.contains(name)) {
            const QString hint = YamlReader::didYouMean(name, keys);
            if (!hint.isEmpty())
                m_suggested << hint.section(QLatin1Char('\''), 1, 1);
            reader.error(rawKey, QStringLiteral("unknown key '%1' in %2%3")
                                     .arg(name, what,
                                          hint.isEmpty()
                                              ? QStringLiteral("; expected one of: ") + keys.join(QStringLiteral(", "))
                                              : hint));
            continue;
        }
        m_entries.insert(name, Entry{rawKey, value});
    }
}

YamlMap YamlMap::child(const QString& key, const QString& what, const QStringList& keys) {
    if (!m_isMap || !has(key))
        return YamlMap(m_reader, nullptr, what, keys);
    return YamlMap(m_reader, m_entries.value(key).value, what, keys, at(key));
}

const YamlNode* YamlMap::keyNode(const QString& key) const {
    return m_entries.value(key).key;
}

const YamlNode* YamlMap::value(const QString& key) const {
    const auto it = m_entries.constFind(key);
    return it == m_entries.constEnd() ? nullptr : m_reader.resolve(it->value);
}

const YamlNode* YamlMap::at(const QString& key) const {
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return m_node;
    const YamlNode* value = it->value->type == YamlNode::Type::Alias ? it->value->target : it->value;
    return value->type == YamlNode::Type::Null ? it->key : it->value;
}

void YamlMap::missing(const QString& key) {
    if (m_suggested.contains(key))
        return; // "unknown key 'timr'; did you mean 'timer'?" already says it
    m_reader.error(m_node, QStringLiteral("%1 is missing required key '%2'").arg(m_what, key));
}

void YamlMap::error(const QString& key, const QString& message) {
    m_reader.error(at(key), message);
}

QString YamlMap::text(const QString& key, Need need) {
    if (!m_isMap)
        return {};
    if (!has(key)) {
        if (need == Need::Required)
            missing(key);
        return {};
    }
    const YamlNode* node = value(key);
    if (!node)
        return {};
    if (node->type == YamlNode::Type::Null) {
        if (need == Need::Required)
            error(key, QStringLiteral("'%1' must not be empty").arg(key));
        return {};
    }
    if (node->type != YamlNode::Type::Scalar) {
        error(key, QStringLiteral("'%1' must be a string, found %2").arg(key, YamlReader::describe(node)));
        return {};
    }
    const QString value = node->scalar.trimmed();
    if (value.isEmpty() && need == Need::Required)
        error(key, QStringLiteral("'%1' must not be empty").arg(key));
    return value;
}

QList<const YamlNode*> YamlMap::list(const QString& key, Need need) {
    QList<const YamlNode*> items;
    if (!m_isMap)
        return items;
    if (!has(key)) {
        if (need == Need::Required)
            missing(key);
        return items;
    }
    const YamlNode* node = value(key);
    if (!node)
        return items;
    if (node->type == YamlNode::Type::Null) {
        if (need == Need::Required)
            error(key, QStringLiteral("'%1' must not be empty").arg(key));
        return items;
    }
    if (node->type != YamlNode::Type::Sequence) {
        error(key, QStringLiteral("'%1' must be a list, found %2").arg(key, YamlReader::describe(node)));
        return items;
    }
    if (node->items.empty() && need == Need::Required)
        error(key, QStringLiteral("'%1' must not be empty").arg(key));
    for (const YamlNode* item : node->items) {
        const YamlNode* resolved = m_reader.resolve(item);
        if (!resolved)
            break;
        items << resolved;
    }
    return items;
}

QStringList YamlMap::textList(const QString& key, Need need) {
    QStringList texts;
    for (const auto& entry : textListNodes(key, need))
        texts << entry.first;
    return texts;
}

QList<QPair<QString, const YamlNode*>> YamlMap::textListNodes(const QString& key, Need need) {
    QList<QPair<QString, const YamlNode*>> texts;
    if (!m_isMap || !has(key)) {
        if (m_isMap && need == Need::Required)
            missing(key);
        return texts;
    }
    const YamlNode* node = value(key);
    if (!node || node->type == YamlNode::Type::Null)
        return texts;
    if (node->type != YamlNode::Type::Sequence) {
        error(key, QStringLiteral("'%1' must be a list of strings, found %2; write one '- item' per line or "
                                  "[a, b]")
                       .arg(key, YamlReader::describe(node)));
        return texts;
    }
    for (const YamlNode* raw : node->items) {
        const YamlNode* item = m_reader.resolve(raw);
        if (!item)
            break;
        if (item->type != YamlNode::Type::Scalar) {
            m_reader.error(
                item,
                QStringLiteral("each entry of '%1' must be a string, found %2").arg(key, YamlReader::describe(item)));
            continue;
        }
        if (item->scalar.trimmed().isEmpty()) {
            m_reader.error(item, QStringLiteral("entries of '%1' must not be empty").arg(key));
            continue;
        }
        texts.append({item->scalar.trimmed(), item});
    }
    return texts;
}

std::optional<Milliseconds> YamlMap::duration(const QString& key, Need need) {
    if (!m_isMap)
        return std::nullopt;
    if (!has(key)) {
        if (need == Need::Required)
            missing(key);
        return std::nullopt;
    }
    const YamlNode* node = value(key);
    if (!node)
        return std::nullopt;
    std::optional<Milliseconds> parsed;
    if (node->type == YamlNode::Type::Scalar)
        parsed = Duration::parse(node->scalar);
    if (!parsed)
        error(key, QStringLiteral("'%1' must be a duration such as '30s', '2m', '5 min', '1h' or 'immediate', "
                                  "found %2")
                       .arg(key, YamlReader::describe(node)));
    return parsed;
}

std::optional<double> YamlMap::number(const QString& key, Need need) {
    if (!m_isMap)
        return std::nullopt;
    if (!has(key)) {
        if (need == Need::Required)
            missing(key);
        return std::nullopt;
    }
    const YamlNode* node = value(key);
    if (!node)
        return std::nullopt;
    static const QRegularExpression decimal(QStringLiteral(R"(^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$)"));
    if (node->type == YamlNode::Type::Scalar && !node->quoted && decimal.match(node->scalar).hasMatch()) {
        const double number = node->scalar.toDouble();
        if (std::isfinite(number))
            return number;
    }
    error(key, QStringLiteral("'%1' must be a number, found %2").arg(key, YamlReader::describe(node)));
    return std::nullopt;
}

std::optional<bool> YamlMap::boolean(const QString& key, Need need) {
    if (!m_isMap)
        return std::nullopt;
    if (!has(key)) {
        if (need == Need::Required)
            missing(key);
        return std::nullopt;
    }
    const YamlNode* node = value(key);
    if (!node)
        return std::nullopt;
    if (node->type == YamlNode::Type::Scalar && !node->quoted) {
        const QString word = node->scalar.toLower();
        if (word == QLatin1String("true"))
            return true;
        if (word == QLatin1String("false"))
            return false;
    }
    error(key, QStringLiteral("'%1' must be true or false, found %2").arg(key, YamlReader::describe(node)));
    return std::nullopt;
}

QString YamlMap::choice(const QString& key, const QStringList& options, Need need) {
    if (!m_isMap)
        return {};
    if (!has(key)) {
        if (need == Need::Required)
            missing(key);
        return {};
    }
    const YamlNode* node = value(key);
    if (!node)
        return {};
    if (node->type == YamlNode::Type::Scalar && options.contains(node->scalar.trimmed()))
        return node->scalar.trimmed();
    const QString hint =
        node->type == YamlNode::Type::Scalar ? YamlReader::didYouMean(node->scalar.trimmed(), options) : QString();
    error(key, QStringLiteral("'%1' must be one of: %2; found %3%4")
                   .arg(key, options.join(QStringLiteral(", ")), YamlReader::describe(node), hint));
    return {};
}

QString YamlMap::id(const QString& key) {
    const QString value = text(key, Need::Required);
    static const QRegularExpression pattern(QStringLiteral(R"(^[a-z0-9][a-z0-9._-]*$)"));
    if (!value.isEmpty() && !pattern.match(value).hasMatch()) {
        error(key, QStringLiteral("'%1' must be lowercase letters, digits, '-', '_' or '.', starting with a letter or "
                                  "digit; found '%2'")
                       .arg(key, value));
        return {};
    }
    return value;
}

bool IdRegistry::add(YamlReader& reader, const QString& id, const YamlNode* at) {
    if (id.isEmpty())
        return true;
    if (const auto first = m_first.constFind(id); first != m_first.constEnd()) {
        const QString place = first->file == reader.document().fileName()
                                  ? QStringLiteral("line %1").arg(first->line)
                                  : QStringLiteral("%1:%2:%3")
                                        .arg(first->file, QString::number(first->line), QString::number(first->column));
        reader.error(at, QStringLiteral("duplicate %1 id '%2'; the first is at %3").arg(m_kind, id, place));
        return false;
    }
    m_first.insert(id, reader.document().location(at));
    return true;
}

} // namespace turnback
