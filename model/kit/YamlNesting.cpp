#include "YamlNesting.h"

namespace turnback::YamlNesting {

namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t';
}

class Scanner {
public:
    Scanner(QByteArrayView text, int maxDepth)
        : m_text(text)
        , m_maxDepth(maxDepth) {}

    std::optional<Position> run() {
        while (m_i < m_text.size()) {
            const char c = m_text[m_i];
            if (c == '\n') {
                newLine();
            } else if (isBlank(c)) {
                ++m_i;
            } else if (c == '#' && (m_i == m_lineStart || isBlank(m_text[m_i - 1]))) {
                m_inPlain = false; // a comment ends a plain scalar
                skipToLineEnd();
            } else if ((c == '"' || c == '\'') && quoteMayStart()) {
                skipQuoted(c);
            } else if (m_depth > 0 || (m_nodeStart && (c == '[' || c == '{'))) {
                if (flow(c))
                    return Position{m_line, column(m_i)};
            } else {
                block(c);
            }
        }
        return std::nullopt;
    }

private:
    char at(qsizetype i) const { return i < m_text.size() ? m_text[i] : '\n'; }

    /// Columns in characters: UTF-8 continuation bytes do not count.
    int column(qsizetype i) const {
        int count = 0;
        for (qsizetype k = m_lineStart; k < i; ++k)
            if ((static_cast<unsigned char>(m_text[k]) & 0xC0) != 0x80)
                ++count;
        return count + 1;
    }

    void newLine() {
        ++m_i;
        ++m_line;
        m_lineStart = m_i;
        if (m_depth > 0)
            return;
        qsizetype indent = 0;
        while (at(m_i + indent) == ' ')
            ++indent;
        if (at(m_i + indent) == '\n')
            return; // a blank line changes nothing, not even inside a multi-line plain scalar
        // A line indented past the one a plain scalar started on continues that scalar.
        m_nodeStart = !(m_inPlain && indent > m_plainIndent);
        m_inPlain = !m_nodeStart;
        m_lineIndent = indent;
        if (m_nodeStart)
            m_owner = indent;
    }

    void skipToLineEnd() {
        while (m_i < m_text.size() && m_text[m_i] != '\n')
            ++m_i;
    }

    bool quoteMayStart() const {
        if (m_depth == 0)
            return m_nodeStart;
        return m_lastFlow == '[' || m_lastFlow == '{' || m_lastFlow == ',' || m_lastFlow == ':' || m_lastFlow == '?';
    }

    /// From an opening quote to past its closing one; a '' in single quotes and a \x in double quotes
    /// are escapes. An unclosed quote runs to the end, as yaml-cpp would complain anyway.
    void skipQuoted(char quote) {
        if (m_depth == 0)
            m_owner = m_i - m_lineStart;
        for (++m_i; m_i < m_text.size(); ++m_i) {
            const char c = m_text[m_i];
            if (c == '\n') {
                ++m_line;
                m_lineStart = m_i + 1;
            } else if (quote == '"' && c == '\\' && at(m_i + 1) != '\n') {
                ++m_i;
            } else if (c == quote && quote == '\'' && at(m_i + 1) == '\'') {
                ++m_i;
            } else if (c == quote) {
                ++m_i;
                break;
            }
        }
        m_nodeStart = false;
        m_inPlain = false;
        m_lastFlow = quote;
    }

    /// Inside a flow collection, or opening one: true when this bracket goes too deep.
    bool flow(char c) {
        if (c == '[' || c == '{') {
            if (m_depth == 0)
                m_limit = m_sawNode ? m_maxDepth - 1 : m_maxDepth; // a nested flow collection has a block parent
            if (++m_depth > m_limit)
                return true;
        } else if ((c == ']' || c == '}') && m_depth > 0) {
            --m_depth;
        }
        m_sawNode = true;
        m_lastFlow = c;
        m_nodeStart = false;
        ++m_i;
        return false;
    }

    /// Block context, outside any flow collection.
    void block(char c) {
        const bool indicatorFollows = isBlank(at(m_i + 1)) || at(m_i + 1) == '\n';
        if (m_nodeStart && (c == '-' || c == '?') && indicatorFollows) {
            m_owner = m_i - m_lineStart;
            m_sawNode = true;
            ++m_i;
        } else if (m_nodeStart && (c == '|' || c == '>')) {
            skipBlockScalar();
        } else if (m_nodeStart && (c == '&' || c == '!')) {
            while (m_i < m_text.size() && !isBlank(m_text[m_i]) && m_text[m_i] != '\n')
                ++m_i; // an anchor or a tag: the node follows
        } else if (c == ':' && indicatorFollows) {
            m_nodeStart = true;
            m_inPlain = false;
            ++m_i;
        } else {
            if (m_nodeStart) {
                m_owner = m_i - m_lineStart; // a plain scalar (or alias) starts: a key, perhaps
                m_inPlain = true;
                m_plainIndent = m_lineIndent;
            }
            m_sawNode = true;
            m_nodeStart = false;
            ++m_i;
        }
    }

    /// A | or > scalar: its header line, then every line that is blank or indented past its owner.
    void skipBlockScalar() {
        skipToLineEnd();
        while (m_i < m_text.size()) {
            qsizetype next = m_i + 1;
            qsizetype indent = 0;
            while (at(next + indent) == ' ')
                ++indent;
            const char first = at(next + indent);
            if (next >= m_text.size() || (first != '\n' && indent <= m_owner))
                break;
            m_i = next;
            ++m_line;
            m_lineStart = m_i;
            skipToLineEnd();
        }
        m_sawNode = true;
        m_nodeStart = false;
    }

    QByteArrayView m_text;
    int m_maxDepth;
    qsizetype m_i = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    int m_depth = 0;
    int m_limit = 0;
    bool m_nodeStart = true;
    bool m_sawNode = false;
    qsizetype m_owner = 0; ///< block context: the column of the node that owns what follows
    qsizetype m_lineIndent = 0;
    bool m_inPlain = false;      ///< block context: inside a plain scalar, which may go on over lines
    qsizetype m_plainIndent = 0; ///< the indentation of the line it started on
    char m_lastFlow = '[';
};

} // namespace

std::optional<Position> firstTooDeep(QByteArrayView text, int maxDepth) {
    return Scanner(text, maxDepth).run();
}

} // namespace turnback::YamlNesting
