#pragma once

#include <QByteArrayView>

#include <optional>

namespace turnback {

/// A pre-scan of a YAML text's flow collections ([...] and {...}) before yaml-cpp sees it. yaml-cpp
/// reads a whole flow collection ahead before it reports anything, so a file of four million '['
/// would cost gigabytes and seconds before the event handler's depth check ever ran; this scan finds
/// the bracket that goes too deep in one linear pass and constant memory.
///
/// It is exact about what is not a bracket: comments, single- and double-quoted scalars (across
/// lines, with their escapes), block scalars (| and >, by indentation), and plain scalars such as
/// `see [1]` in block context. Block nesting is left to the parser, which reports it as it goes.
namespace YamlNesting {

struct Position {
    int line = 1;   ///< 1-based
    int column = 1; ///< 1-based, in characters
};

/// The first '[' or '{' that opens a collection nested deeper than `maxDepth` levels, counting the
/// block collection every flow collection inside a mapping or sequence has around it. `text` is
/// UTF-8 with LF line ends only.
std::optional<Position> firstTooDeep(QByteArrayView text, int maxDepth);

} // namespace YamlNesting
} // namespace turnback
