#include "DeadlineStyle.h"

#include "Duration.h"

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

DeadlineLines::DeadlineLines(QBoxLayout* layout, QWidget* parent, const QString& namePrefix)
    : m_layout(layout)
    , m_parent(parent)
    , m_namePrefix(namePrefix) {}

void DeadlineLines::show(int index, const QString& text, CountdownPhase phase, const QString& toolTip) {
    while (m_labels.size() <= index) {
        auto* label = new QLabel(m_parent);
        label->setObjectName(m_namePrefix + QString::number(m_labels.size()));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true); // German is longer: a narrow pane wraps rather than widening the window
        m_layout->addWidget(label);
        m_labels << label;
    }
    QLabel* label = m_labels[index];
    if (label->text() != text)
        label->setText(text);
    if (label->toolTip() != toolTip)
        label->setToolTip(toolTip);
    const QString style = deadlineStyle(phase);
    if (label->styleSheet() != style)
        label->setStyleSheet(style);
    label->show();
}

void DeadlineLines::hideFrom(int count) {
    for (int i = count; i < m_labels.size(); ++i)
        m_labels[i]->hide();
}

QStringList DeadlineLines::texts() const {
    QStringList lines;
    for (const QLabel* label : m_labels)
        if (!label->isHidden())
            lines << label->text();
    return lines;
}

QString DeadlineLines::when(const Countdown& countdown, CountdownPhase phase) {
    return phase == CountdownPhase::Overdue   ? countdown.text
           : phase == CountdownPhase::DueSoon ? tr("DUE SOON, %1 left").arg(Duration::clockText(countdown.remaining))
                                              : tr("%1 left").arg(countdown.text);
}

} // namespace turnback
