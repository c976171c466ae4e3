#include "DeadlineStyle.h"

#include <QBoxLayout>
#include <QLabel>

namespace turnback {

QString deadlineStyle(CountdownPhase phase) {
    // The owner countdowns' colours: red and white for OVERDUE, amber for DUE SOON.
    switch (phase) {
    case CountdownPhase::Overdue:
        return QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; padding: 1px 4px; }");
    case CountdownPhase::DueSoon:
        return QStringLiteral("QLabel { background: #ffb300; color: black; font-weight: bold; padding: 1px 4px; }");
    case CountdownPhase::Done:
        return QStringLiteral("QLabel { color: #555555; padding: 1px 4px; }");
    default:
        return QStringLiteral("QLabel { padding: 1px 4px; }");
    }
}

QLabel* deadlineLine(QList<QLabel*>& labels, int index, QBoxLayout* layout, QWidget* parent,
                     const QString& namePrefix) {
    while (labels.size() <= index) {
        auto* label = new QLabel(parent);
        label->setObjectName(namePrefix + QString::number(labels.size()));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true); // German is longer: a narrow pane wraps rather than widening the window
        layout->addWidget(label);
        labels << label;
    }
    return labels[index];
}

} // namespace turnback
