#include "YamlDocument.h"

#include "YamlNesting.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <string>

namespace turnback {

namespace {

struct ByteProblem {
    qsizetype offset = -1;
    QString message;
};

bool isContinuation(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

/// Embedding, override and isolate controls and the LRM/RLM marks: they reorder what an editor or
/// the console shows, so a name could read differently from what it is (CVE-2021-42574).
bool isBidiControl(char32_t codePoint) {
    return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069) ||
           codePoint == 0x200E || codePoint == 0x200F;
}

/// The first byte that keeps the data from being UTF-8 text as YAML allows it, if any.
ByteProblem firstBadByte(const QByteArray& bytes) {
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    auto hex = [](unsigned char byte) { return QStringLiteral("0x%1").arg(byte, 2, 16, QLatin1Char('0')); };
    for (qsizetype i = 0; i < size;) {
        const unsigned char byte = data[i];
        if (byte == 0)
            return {i, QStringLiteral("NUL byte: this is not a text file; a kit must be UTF-8 text")};
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r')
            return {i, QStringLiteral("control character %1: this is not a text file; a kit must be UTF-8 text")
                           .arg(hex(byte))};
        if (byte < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t codePoint = 0;
        if (byte >= 0xC2 && byte <= 0xDF) {
            length = 2;
            codePoint = byte & 0x1F;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
            length = 3;
            codePoint = byte & 0x0F;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            length = 4;
            codePoint = byte & 0x07;
        }
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k) {
            valid = isContinuation(data[i + k]);
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8 either.
        if (valid && ((length == 3 && codePoint < 0x800) || (length == 4 && codePoint < 0x10000) ||
                      (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF))
            valid = false;
        if (!valid)
            return {i, QStringLiteral("invalid UTF-8 byte %1: a kit must be UTF-8 text").arg(hex(byte))};
        if (isBidiControl(codePoint))
            return {i, QStringLiteral("bidirectional control character U+%1: it can make text read differently "
                                      "from what it is; remove it")
                           .arg(QString::number(uint(codePoint), 16).toUpper())};
        i += length;
    }
    return {};
}

/// Code points in [from, to): columns are counted in characters, as editors show them.
int countCharacters(const QByteArray& bytes, qsizetype from, qsizetype to) {
    int count = 0;
    for (qsizetype i = qMax<qsizetype>(from, 0); i < to && i < bytes.size(); ++i)
        if (!isContinuation(static_cast<unsigned char>(bytes[i])))
            ++count;
    return count;
}

/// Thrown by the event handler to stop the parser at once; yaml-cpp unwinds cleanly.
struct StopParsing {
    YAML::Mark mark;
    QString message;
};

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(YamlDocument& document, const QByteArray& bytes, QList<KitDiagnostic>& errors)
        : m_document(document)
        , m_bytes(bytes)
        , m_errors(errors) {}

    const YamlNode* root() const { return m_root; }

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (m_documents++ > 0)
            throw StopParsing{mark, QStringLiteral("a kit file holds one YAML document; a second one starts here")};
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        YamlNode* node = make(YamlNode::Type::Null, mark, anchor);
        add(node);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        YamlNode* node = make(YamlNode::Type::Alias, mark, 0);
        node->target = anchor < m_anchors.size() ? m_anchors[anchor] : nullptr;
        if (!node->target)
            throw StopParsing{mark, QStringLiteral("alias refers to an anchor that is not defined")};
        add(node);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        checkTag(mark, tag);
        YamlNode* node = make(YamlNode::Type::Scalar, mark, anchor);
        node->scalar = QString::fromStdString(value);
        node->quoted = tag != "?";
        add(node);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(YamlNode::Type::Sequence, mark, tag, anchor);
    }
    void OnSequenceEnd() override { m_stack.pop_back(); }

    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(YamlNode::Type::Map, mark, tag, anchor);
    }
    void OnMapEnd() override { m_stack.pop_back(); }

    SourceLocation location(const YAML::Mark& mark) {
        if (mark.is_null() || mark.pos < 0)
            return {m_document.fileName(), 1, 1};
        return {m_document.fileName(), mark.line + 1, characterColumn(mark) + 1};
    }

private:
    struct Frame {
        YamlNode* node = nullptr;
        const YamlNode* pendingKey = nullptr;
    };

    int characterColumn(const YAML::Mark& mark) {
        // Marks arrive in file order, so count on from the previous mark of the same line: a
        // 4 MiB one-line flow list stays linear.
        const qsizetype pos = mark.pos;
        int column = 0;
        if (mark.line == m_lastLine && pos >= m_lastPos)
            column = m_lastColumn + countCharacters(m_bytes, m_lastPos, pos);
        else
            column = countCharacters(m_bytes, pos - mark.column, pos);
        m_lastLine = mark.line;
        m_lastPos = pos;
        m_lastColumn = column;
        return column;
    }

    void checkTag(const YAML::Mark& mark, const std::string& tag) {
        if (tag.empty() || tag == "?" || tag == "!")
            return;
        QString name = QString::fromStdString(tag);
        name.replace(QStringLiteral("tag:yaml.org,2002:"), QStringLiteral("!!"));
        m_errors << KitDiagnostic{
            location(mark),
            QStringLiteral("YAML tag '%1' is not allowed in a kit; write the plain value without a tag").arg(name)};
    }

    YamlNode* make(YamlNode::Type type, const YAML::Mark& mark, YAML::anchor_t anchor) {
        if (++m_count > YamlDocument::MaxNodes)
            throw StopParsing{
                mark,
                QStringLiteral("more than %1 YAML nodes; a kit is far smaller than that").arg(YamlDocument::MaxNodes)};
        YamlNode* node = m_document.create();
        node->type = type;
        const SourceLocation where = location(mark);
        node->line = where.line;
        node->column = where.column;
        if (anchor > 0) {
            if (m_anchors.size() <= anchor)
                m_anchors.resize(anchor + 1, nullptr);
            m_anchors[anchor] = node;
        }
        return node;
    }

    void open(YamlNode::Type type, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor) {
        if (int(m_stack.size()) >= YamlDocument::MaxDepth)
            throw StopParsing{
                mark,
                QStringLiteral("nesting deeper than %1 levels; a kit needs far fewer").arg(YamlDocument::MaxDepth)};
        checkTag(mark, tag);
        YamlNode* node = make(type, mark, anchor);
        add(node);
        m_stack.push_back({node, nullptr});
    }

    void add(const YamlNode* node) {
        if (m_stack.empty()) {
            m_root = node;
            return;
        }
        Frame& frame = m_stack.back();
        if (frame.node->type == YamlNode::Type::Sequence) {
            frame.node->items.push_back(node);
        } else if (!frame.pendingKey) {
            frame.pendingKey = node;
        } else {
            frame.node->entries.emplace_back(frame.pendingKey, node);
            frame.pendingKey = nullptr;
        }
    }

    YamlDocument& m_document;
    const QByteArray& m_bytes;
    QList<KitDiagnostic>& m_errors;
    const YamlNode* m_root = nullptr;
    std::vector<Frame> m_stack;
    std::vector<const YamlNode*> m_anchors;
    int m_documents = 0;
    int m_count = 0;
    int m_lastLine = -1;
    qsizetype m_lastPos = 0;
    int m_lastColumn = 0;
};

bool isBlank(const QByteArray& bytes) {
    // Only whitespace and comments: YAML reads that as no document at all.
    bool inComment = false;
    for (char c : bytes) {
        if (c == '\n' || c == '\r') {
            inComment = false;
        } else if (!inComment) {
            if (c == '#')
                inComment = true;
            else if (c != ' ' && c != '\t')
                return false;
        }
    }
    return true;
}

} // namespace

YamlNode* YamlDocument::create() {
    m_nodes.push_back(std::make_unique<YamlNode>());
    return m_nodes.back().get();
}

SourceLocation YamlDocument::location(const YamlNode* node) const {
    return {m_fileName, node ? node->line : 1, node ? node->column : 1};
}

std::unique_ptr<YamlDocument> YamlDocument::parse(const QByteArray& input, const QString& fileName,
                                                  QList<KitDiagnostic>& errors) {
    auto document = std::make_unique<YamlDocument>();
    document->m_fileName = fileName;
    auto fail = [&](int line, int column, const QString& message) {
        errors << KitDiagnostic{{fileName, line, column}, message};
        document->m_root = nullptr;
        document->m_nodes.clear();
        return std::move(document);
    };

    if (input.size() > MaxFileBytes)
        return fail(1, 1,
                    QStringLiteral("file is %1 bytes; kit files larger than %2 bytes (4 MiB) are refused")
                        .arg(input.size())
                        .arg(MaxFileBytes));

    // A UTF-8 byte order mark is harmless; columns are counted after it, as editors do. CR LF and a
    // lone CR (old Mac files) end a line as LF does, so line numbers are what an editor shows.
    QByteArray bytes = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
    bytes.replace("\r\n", "\n").replace('\r', '\n');
    if (const ByteProblem problem = firstBadByte(bytes); problem.offset >= 0) {
        const qsizetype lineStart = bytes.lastIndexOf('\n', problem.offset - 1) + 1;
        const int line = int(bytes.left(problem.offset).count('\n')) + 1;
        return fail(line, countCharacters(bytes, lineStart, problem.offset) + 1, problem.message);
    }
    if (isBlank(bytes))
        return fail(1, 1, QStringLiteral("the file is empty; expected a YAML mapping of kit keys"));
    if (const std::optional<YamlNesting::Position> deep = YamlNesting::firstTooDeep(bytes, MaxDepth))
        return fail(deep->line, deep->column,
                    QStringLiteral("nesting deeper than %1 levels; a kit needs far fewer").arg(MaxDepth));

    std::istringstream stream(bytes.toStdString());
    TreeBuilder builder(*document, bytes, errors);
    try {
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
        parser.HandleNextDocument(builder); // only to catch a second document
    } catch (const StopParsing& stop) {
        const SourceLocation where = builder.location(stop.mark);
        return fail(where.line, where.column, stop.message);
    } catch (const YAML::DeepRecursion& deep) {
        const SourceLocation where = builder.location(deep.mark);
        return fail(where.line, where.column,
                    QStringLiteral("nesting deeper than %1 levels; a kit needs far fewer").arg(MaxDepth));
    } catch (const YAML::ParserException& syntax) {
        const SourceLocation where = builder.location(syntax.mark);
        return fail(where.line, where.column,
                    QStringLiteral("YAML syntax error: %1").arg(QString::fromStdString(syntax.msg)));
    }
    if (!builder.root() || builder.root()->type == YamlNode::Type::Null)
        return fail(1, 1, QStringLiteral("the file is empty; expected a YAML mapping of kit keys"));
    document->m_root = builder.root();
    return document;
}

} // namespace turnback
