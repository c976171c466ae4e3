#pragma once

#include "Kit.h"
#include "YamlReader.h"

namespace turnback::KitCommsBlanks {

/// The keys of one entry under a comms template's `blanks:`, in the order docs/kit-format.md lists them.
QStringList blankKeys();

/// Reads the `blanks:` of the comms template mapping `map`, whose subject and body are already in
/// `comms`. Reports a blank declared twice, a blank that subject and body never use, a choice
/// without choices and choices on a blank that is not a choice, each at its own line and column.
QList<CommsBlank> readBlanks(YamlMap& map, const CommsTemplate& comms);

} // namespace turnback::KitCommsBlanks
