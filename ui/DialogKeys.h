#pragma once

#include <QList>

class QDialog;
class QLabel;
class QWidget;

namespace turnback {

/// What every dialog does with the keyboard (docs/keyboard.md), in one place so each dialog only
/// says which of its parts it applies to.
namespace DialogKeys {

/// Ctrl+Return (and Ctrl+Enter on the keypad) accept `dialog` from anywhere in it, a multi-line
/// field included, where Return starts a new line.
void submitOnCtrlReturn(QDialog* dialog);

/// Hides `problem` as soon as the operator changes any of `fields` (line and text edits, buttons
/// that toggle, combo boxes): the complaint was about what was there before, and a stale error
/// next to corrected input would mislead.
void hideWhenEdited(QLabel* problem, const QList<QWidget*>& fields);

} // namespace DialogKeys
} // namespace turnback
