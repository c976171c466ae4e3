#pragma once

#include "Duration.h"
#include "KitDiagnostic.h"
#include "YamlDocument.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace turnback {

/// Reads typed values out of a YamlDocument and collects every problem as a KitDiagnostic.
/// Follows aliases by reference and charges every node it visits against a budget, so aliases
/// that would expand exponentially ("billion laughs") end in one clear error instead of a hang.
class YamlReader {
public:
    /// Nodes visited, aliases counted each time they are followed. The baseline kit needs ~2000.
    static constexpr qint64 MaxVisits = 1'000'000;

    YamlReader(const YamlDocument& document, QList<KitDiagnostic>& errors);

    const YamlDocument& document() const { return m_document; }
    void error(const YamlNode* at, const QString& message);
    /// True once the visit budget is spent: nothing more is read or reported.
    bool aborted() const { return m_aborted; }
    int errorCount() const { return int(m_errors.size()); }

    /// The node itself, or the node an alias refers to; nullptr once aborted.
    const YamlNode* resolve(const YamlNode* node);
    /// Charges `count` visits; false (and one error at `at`) when the budget is spent.
    bool charge(const YamlNode* at, qint64 count);

    /// "a string", "a list", "a mapping", "nothing".
    static QString describe(const YamlNode* node);
    /// " did you mean 'timer'?" when a candidate is within edit distance 2, else empty.
    static QString didYouMean(const QString& word, const QStringList& candidates);
    static int editDistance(const QString& a, const QString& b);

private:
    const YamlDocument& m_document;
    QList<KitDiagnostic>& m_errors;
    qint64 m_visits = 0;
    bool m_aborted = false;
};

/// Whether a key must be present, and whether an empty value is acceptable.
enum class Need { Optional, Required };

/// One YAML mapping read against a fixed set of keys: unknown and duplicate keys are reported on
/// construction, then each typed accessor reports a wrong type, a missing required key or a bad value.
class YamlMap {
public:
    /// `errorAt` is where to point when the node is not a mapping (its key, when the value is empty).
    YamlMap(YamlReader& reader, const YamlNode* node, const QString& what, const QStringList& keys,
            const YamlNode* errorAt = nullptr);
    /// The mapping under `key` of this one, or an invalid YamlMap when the key is absent.
    YamlMap child(const QString& key, const QString& what, const QStringList& keys);

    bool isMap() const { return m_isMap; }
    const YamlNode* node() const { return m_node; }
    /// Names the mapping in messages: "signal 'error-rate'".
    void setWhat(const QString& what) { m_what = what; }
    const QString& what() const { return m_what; }

    bool has(const QString& key) const { return m_entries.contains(key); }
    const YamlNode* keyNode(const QString& key) const;
    /// The resolved value; nullptr when absent.
    const YamlNode* value(const QString& key) const;
    /// Where to point for a problem with the value: the value, or its key when the value is empty.
    const YamlNode* at(const QString& key) const;
    void missing(const QString& key);
    void error(const QString& key, const QString& message);

    QString text(const QString& key, Need need);
    QStringList textList(const QString& key, Need need);
    /// As textList, with the node of each entry, to point at a bad one later.
    QList<QPair<QString, const YamlNode*>> textListNodes(const QString& key, Need need);
    std::optional<Milliseconds> duration(const QString& key, Need need);
    std::optional<double> number(const QString& key, Need need);
    std::optional<bool> boolean(const QString& key, Need need);
    QString choice(const QString& key, const QStringList& options, Need need);
    /// A required id: lowercase letters, digits, '-', '_', '.'.
    QString id(const QString& key = QStringLiteral("id"));
    /// The resolved items of a list (each charged to the budget); an error when it is not a list.
    QList<const YamlNode*> list(const QString& key, Need need);

    YamlReader& reader() const { return m_reader; }

private:
    struct Entry {
        const YamlNode* key = nullptr;
        const YamlNode* value = nullptr;
    };
    YamlReader& m_reader;
    const YamlNode* m_node = nullptr;
    QString m_what;
    bool m_isMap = false;
    QHash<QString, Entry> m_entries;
    QStringList m_suggested; ///< keys offered as "did you mean": not reported missing a second time
};

/// Ids already seen in one list, to report a duplicate with the first one's line.
class IdRegistry {
public:
    explicit IdRegistry(QString kind)
        : m_kind(std::move(kind)) {}
    /// False (and an error) when the id was seen before. Empty ids are ignored.
    bool add(YamlReader& reader, const QString& id, const YamlNode* at);
    /// An id defined in another file (the kit, when reading an overlay).
    void seed(const QString& id, const SourceLocation& where) { m_first.insert(id, where); }
    bool contains(const QString& id) const { return m_first.contains(id); }

private:
    QString m_kind;
    QHash<QString, SourceLocation> m_first;
};

} // namespace turnback
