#pragma once

#include "Countdown.h"

#include <QList>
#include <QString>

class QBoxLayout;
class QLabel;
class QWidget;

namespace turnback {

/// The style sheet of a deadline's label beside the owner countdowns, by its phase: red on white for
/// OVERDUE, amber for DUE SOON, grey once done. The text says the state too: colour is never alone.
QString deadlineStyle(CountdownPhase phase);

/// Line `index` of a list of deadlines: an existing label of `labels`, or new plain-text, word-wrapped
/// ones (named `namePrefix` + number) added to `layout` until there is one at `index`.
QLabel* deadlineLine(QList<QLabel*>& labels, int index, QBoxLayout* layout, QWidget* parent, const QString& namePrefix);

} // namespace turnback
