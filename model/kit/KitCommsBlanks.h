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

/// Applies an overlay's `blanks:` under its comms entry `map` to `comms`: each entry names a blank by
/// `name`; the keys it gives replace the kit's (a `type` other than choice drops the old choices) and
/// the others stay; a blank the text uses but the kit never declared is declared. The same rules as
/// readBlanks() hold after the change, reported at the overlay's line and column.
void overrideBlanks(YamlMap& map, CommsTemplate& comms);

} // namespace turnback::KitCommsBlanks
