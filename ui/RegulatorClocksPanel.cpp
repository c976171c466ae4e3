#include "RegulatorClocksPanel.h"

#include "Clock.h"
#include "Countdown.h"
#include "DeadlineStyle.h"
#include "IncidentRegulators.h"
#include "TimelineText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace turnback {

namespace {

QString utcText(const QDateTime& at) {
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

RegulatorClocksPanel::RegulatorClocksPanel(const IncidentView& view, QWidget* parent)
    : QWidget(parent)
    , m_view(view) {
    setObjectName(QStringLiteral("regulatorClocksPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("regulatorClocksTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_record = new QPushButton(tr("Record regulator trigger..."), this);
    m_record->setObjectName(QStringLiteral("recordRegulatorTriggerButton"));
    m_record->setToolTip(QKeySequence(tr("Ctrl+Shift+G")).toString(QKeySequence::NativeText));
    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_record);
    auto* lines = new QVBoxLayout;
    lines->setContentsMargins(0, 0, 0, 0);
    lines->setSpacing(1);
    m_lines = std::make_unique<DeadlineLines>(lines, this, QStringLiteral("regulatorClock"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(1);
    layout->addLayout(header);
    layout->addLayout(lines);
    refresh();
}

RegulatorClocksPanel::~RegulatorClocksPanel() = default;

void RegulatorClocksPanel::refresh() {
    const Kit& kit = m_view.kit();
    setVisible(IncidentRegulators::anyEnabled(kit));
    if (!IncidentRegulators::anyEnabled(kit))
        return;
    const QDateTime now = m_view.clock().utcNow();
    const QList<RegulatorClock> clocks = IncidentRegulators::clocks(m_view.incident(), kit);
    m_title->setText(clocks.isEmpty() ? tr("Regulator clocks: none running (record a trigger to start them)")
                                      : tr("Regulator clocks"));
    m_record->setEnabled(m_view.canRecord() && !m_view.incident().isClosed());
    int shown = 0;
    for (const RegulatorClock& clock : clocks) {
        const QString report = TimelineText::regulatorReport(clock.key(), &kit);
        CountdownPhase phase = CountdownPhase::Done;
        QString text;
        if (clock.submittedUtc) {
            // A stopped clock keeps its deadline and says how the submission went.
            text = clock.met() ? tr("%1 — sent %2 UTC, met (due %3 UTC)")
                                     .arg(report, utcText(*clock.submittedUtc), utcText(clock.dueUtc))
                               : tr("%1 — sent %2 UTC, MISSED by %3 (due %4 UTC)")
                                     .arg(report, utcText(*clock.submittedUtc), Duration::clockText(clock.lateBy()),
                                          utcText(clock.dueUtc));
        } else {
            const Countdown countdown = countdownTo(clock.dueUtc, now);
            phase = countdown.phase;
            // A report takes longer to write than a decision: due soon is the last hour, not the last minute.
            if (phase == CountdownPhase::Running && countdown.remaining <= dueSoonWithin)
                phase = CountdownPhase::DueSoon;
            const QString when = DeadlineLines::when(countdown, phase);
            const QString from = clock.from.startsWith(QLatin1String("sent:"))
                                     ? tr("sent: %1").arg(TimelineText::regulatorReport(clock.from.mid(5), &kit))
                                     : TimelineText::regulatorAnchor(clock.from);
            text = tr("%1 — due %2 UTC — %3 (counted from %4, %5 UTC)")
                       .arg(report, utcText(clock.dueUtc), when, from, utcText(clock.anchorUtc));
        }
        m_lines->show(shown++, text, phase);
    }
    m_lines->hideFrom(shown);
}

QStringList RegulatorClocksPanel::lines() const {
    return m_lines->texts();
}

} // namespace turnback
