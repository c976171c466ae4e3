#include "CommsDuePanel.h"

#include "Clock.h"
#include "CommsSuggestion.h"
#include "DeadlineStyle.h"
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
    auto* lines = new QVBoxLayout(this);
    lines->setContentsMargins(0, 0, 0, 0);
    lines->setSpacing(1);
    lines->addWidget(m_title);
    m_lines = std::make_unique<DeadlineLines>(lines, this, QStringLiteral("commsDue"));
    refresh();
}

CommsDuePanel::~CommsDuePanel() = default;

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
            const QString tip = tr("%1 owes the %2 to %3 by %4 UTC (Comms tab, Send...)")
                                    .arg(kit.roleTitle(owed.role), title, owed.told,
                                         owed.deadline.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            m_lines->show(shown++, tr("%1 — %2").arg(title, DeadlineLines::when(countdown, countdown.phase)),
                          countdown.phase, tip);
        }
    m_lines->hideFrom(shown);
    setVisible(shown > 0);
}

QStringList CommsDuePanel::lines() const {
    return m_lines->texts();
}

} // namespace turnback
