#pragma once

#include "Countdown.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QBoxLayout;
class QLabel;
class QWidget;

namespace turnback {

/// The style sheet of a deadline's label beside the owner countdowns, by its phase: red on white for
/// OVERDUE, amber for DUE SOON, grey once done. The text says the state too: colour is never alone.
QString deadlineStyle(CountdownPhase phase);

/// The lines of a list of deadlines beside the owner countdowns (owed comms, regulator clocks): plain-text,
/// word-wrapped labels named `namePrefix` + number, made as needed at the end of `layout`, each changed
/// only when what it says changes (the console refreshes them every second).
class DeadlineLines {
    Q_DECLARE_TR_FUNCTIONS(DeadlineLines)
public:
    DeadlineLines(QBoxLayout* layout, QWidget* parent, const QString& namePrefix);

    /// Shows line `index` saying `text`, in the colours of `phase`, with `toolTip` on hover.
    void show(int index, const QString& text, CountdownPhase phase, const QString& toolTip = {});
    /// Hides the lines from `count` on: what is no longer owed.
    void hideFrom(int count);
    /// The lines shown, as plain text.
    QStringList texts() const;

    /// How a deadline stands, after its name: "14:59 left", "DUE SOON, 0:42 left" or the overdue text,
    /// by `phase` (which may be stricter than the countdown's own).
    static QString when(const Countdown& countdown, CountdownPhase phase);

private:
    QBoxLayout* m_layout;
    QWidget* m_parent;
    QString m_namePrefix;
    QList<QLabel*> m_labels;
};

} // namespace turnback
