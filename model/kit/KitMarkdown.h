#pragma once

#include "Kit.h"

#include <QString>

namespace turnback::KitMarkdown {

/// The kit's rubric as a Markdown table, one row per signal in kit order, as `turnback-cli kit show`
/// prints it: | Signal | Threshold | Action | Owner | Timer |. Ends with a newline.
QString rubricTable(const Kit& kit);

/// A table cell: '|' escaped as '\|', line breaks folded to spaces, so a cell never breaks the table.
QString cell(const QString& text);

} // namespace turnback::KitMarkdown
