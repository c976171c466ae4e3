#pragma once

#include "KitDiagnostic.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace turnback {

/// One node of a parsed YAML document, with the 1-based line and column (in characters) it starts at.
/// Aliases are kept as references to their anchored node and never copied, so a "billion laughs"
/// file costs no more memory than its own size.
struct YamlNode {
    enum class Type { Null, Scalar, Sequence, Map, Alias };
    Type type = Type::Null;
    int line = 1;
    int column = 1;
    QString scalar;                     ///< Scalar: the value
    bool quoted = false;                ///< Scalar: written in quotes or as a block, so never a number or boolean
    std::vector<const YamlNode*> items; ///< Sequence
    std::vector<std::pair<const YamlNode*, const YamlNode*>> entries; ///< Map: key, value, in file order
    const YamlNode* target = nullptr;                                 ///< Alias: the anchored node
};

/// A YAML file parsed into a tree of YamlNode, after the checks that protect everything downstream:
/// size, UTF-8, control bytes, nesting depth, node count, one document only.
class YamlDocument {
public:
    /// Files larger than this are refused before parsing: kits are a few kilobytes.
    static constexpr qsizetype MaxFileBytes = 4 * 1024 * 1024;
    /// Collections nested deeper than this are refused; a kit needs about six levels.
    static constexpr int MaxDepth = 64;
    /// Documents with more nodes than this are refused; the baseline kit has about a thousand.
    static constexpr int MaxNodes = 200'000;

    /// Parses bytes; on failure root() is null and the errors say why.
    static std::unique_ptr<YamlDocument> parse(const QByteArray& bytes, const QString& fileName,
                                               QList<KitDiagnostic>& errors);

    const YamlNode* root() const { return m_root; }
    const QString& fileName() const { return m_fileName; }
    SourceLocation location(const YamlNode* node) const;

    /// A node allocated in this document (used by the parser).
    YamlNode* create();

private:
    QString m_fileName;
    const YamlNode* m_root = nullptr;
    std::vector<std::unique_ptr<YamlNode>> m_nodes; // flat ownership: no recursive destruction
};

} // namespace turnback
