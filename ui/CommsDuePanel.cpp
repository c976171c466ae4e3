#include "CommsDuePanel.h"

#include "Clock.h"
#include "CommsSuggestion.h"
#include "DeadlineStyle.h"
#include "Duration.h"
#include "OwedItems.h"

#include <QLabel>
#include <QVBoxLayout>

namespace turnback {

CommsDuePanel::CommsDuePanel(const IncidentView& view, QWidget* parent)
    : QWidget(parent)
    , m_view(view) {
    setObjectName(QStringLiteral("commsDuePanel"));
    m_title = new QLabel(tr("Comms due:"), this);
    m_title->setObjectName(QStringLiteral("commsDueTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_lines = new QVBoxLayout(this);
    m_lines->setContentsMargins(0, 0, 0, 0);
    m_lines->setSpacing(1);
    m_lines->addWidget(m_title);
    refresh();
}

QLabel* CommsDuePanel::lineLabel(int index) {
    return deadlineLine(m_labels, index, m_lines, this, QStringLiteral("commsDue"));
}

void CommsDuePanel::refresh() {
    const Incident& incident = m_view.incident();
    const Kit& kit = m_view.kit();
    const QDateTime now = m_view.clock().utcNow();
    int shown = 0;
    if (incident.isStarted() && !incident.isClosed())
        for (const OwedItem& owed : owedItems(incident, now, &kit)) {
            if (owed.kind != OwedKind::Comms)
                continue;
            const Countdown countdown = countdownTo(owed.deadline, now);
            const QString title = commsTitle(kit, owed.comms);
            const QString when = countdown.phase == CountdownPhase::Overdue ? countdown.text
                                 : countdown.phase == CountdownPhase::DueSoon
                                     ? tr("DUE SOON, %1 left").arg(Duration::clockText(countdown.remaining))
                                     : tr("%1 left").arg(countdown.text);
            QLabel* label = lineLabel(shown++);
            const QString text = tr("%1 — %2").arg(title, when);
            if (label->text() != text)
                label->setText(text);
            const QString tip = tr("%1 owes the %2 to %3 by %4 UTC (Comms tab, Send...)")
                                    .arg(kit.roleTitle(owed.role), title, owed.told,
                                         owed.deadline.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            if (label->toolTip() != tip)
                label->setToolTip(tip);
            const QString style = deadlineStyle(countdown.phase);
            if (label->styleSheet() != style)
                label->setStyleSheet(style);
            label->show();
        }
    for (int i = shown; i < m_labels.size(); ++i)
        m_labels[i]->hide();
    setVisible(shown > 0);
}

QStringList CommsDuePanel::lines() const {
    QStringList lines;
    for (const QLabel* label : m_labels)
        if (!label->isHidden())
            lines << label->text();
    return lines;
}

} // namespace turnback
