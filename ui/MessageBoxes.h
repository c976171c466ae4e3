#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace turnback {

/// Message boxes behind one seam, as FileDialogs is for file dialogs (and as KeePassXC's MessageBox
/// does): a test sets the next answer and no box is shown, so no test ever blocks on a modal. Every
/// QMessageBox in ui/ goes through here.
class MessageBoxes {
public:
    /// The objectNames a box and its one button get, for the click record (docs/architecture.md).
    struct Names {
        QString box;
        QString closeButton;
    };

    /// Asks and waits for the answer (exec). With a test's next answer set, returns it without showing anything.
    static QMessageBox::StandardButton ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                           const QString& text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);

    /// Tells without waiting: a window-modal box (open()) with one Close button, deleted when closed,
    /// so timers and the live console keep running behind it. Returns the box, or nullptr when a test
    /// answered instead.
    static QMessageBox* tell(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                             const Names& names);

    /// Tests: the next ask() or tell() returns `answer` without showing a box.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Tests: forgets a next answer no box asked for, so it cannot answer a later, unrelated box.
    static void clearNextAnswer();
    /// Tests: the text of the last box answered through setNextAnswer(), to check what it would have said.
    static QString lastAnsweredText();
};

} // namespace turnback
