#pragma once

#include <QDialog>

class QAction;

namespace turnback {

/// Help > Keyboard (F1): the keyboard map of docs/keyboard.md, with the shortcuts read from the
/// window's own actions, so what it lists is what the keys do.
class KeyboardHelpDialog : public QDialog {
    Q_OBJECT
public:
    /// `actions`: the window's actions; each one with a shortcut is listed under its menu.
    explicit KeyboardHelpDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);

    /// The map as HTML (for the dialog and for tests).
    static QString mapHtml(const QList<QAction*>& actions);
};

} // namespace turnback
