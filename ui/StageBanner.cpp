#include "StageBanner.h"

#include "Countdown.h"
#include "Incident.h"
#include "StageText.h"

#include <QHBoxLayout>
#include <QLabel>

namespace turnback {

namespace {
QLabel* bannerLabel(const QString& name, const QString& colours, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(
        QStringLiteral("QLabel { %1 font-size: 14pt; font-weight: bold; padding: 2px 8px; }").arg(colours));
    label->hide();
    return label;
}
} // namespace

StageBanner::StageBanner(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("stageBanner"));
    m_noGo = bannerLabel(QStringLiteral("noGoBanner"), QStringLiteral("background: #b71c1c; color: white;"), this);
    m_window = bannerLabel(QStringLiteral("windowBanner"), QString(), this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noGo);
    layout->addWidget(m_window);
    hide();
}

void StageBanner::refresh(const Incident& incident, const Kit& kit, const QDateTime& now) {
    const StageProgress& progress = incident.stages();
    QString noGo;
    for (const StageChecklist& stage : kit.stages)
        if (const auto* decided = progress.gateDecision(stage.id); decided && !decided->event.go)
            noGo = tr("NO-GO: %1 (%2)").arg(StageText::stageTitle(stage.id, &kit), decided->actor);
    m_noGo->setText(noGo);
    m_noGo->setVisible(!noGo.isEmpty());

    QString window;
    QString colours;
    switch (progress.windowState(now)) {
    case WindowState::NotOpened:
        break;
    case WindowState::Open: {
        const Countdown left = countdownTo(progress.windowOpened->event.closesAt, now);
        window = tr("ROLLBACK WINDOW OPEN %1").arg(left.text);
        colours = left.phase == CountdownPhase::DueSoon ? QStringLiteral("background: #ffb300; color: black;")
                                                        : QStringLiteral("background: #1565c0; color: white;");
        break;
    }
    case WindowState::RanOut:
        window = tr("ROLLBACK WINDOW CLOSED — time ran out, %1: close it on record")
                     .arg(countdownTo(progress.windowOpened->event.closesAt, now).text);
        colours = QStringLiteral("background: #c62828; color: white;");
        break;
    case WindowState::Closed:
        window = tr("ROLLBACK WINDOW CLOSED at %1 UTC")
                     .arg(progress.windowClosed->event.at.toString(QStringLiteral("HH:mm:ss")));
        colours = QStringLiteral("background: #616161; color: white;");
        break;
    }
    m_window->setText(window);
    // Restyled only when the colour changes: the countdown's text changes every second.
    const QString style =
        QStringLiteral("QLabel { %1 font-size: 14pt; font-weight: bold; padding: 2px 8px; }").arg(colours);
    if (!colours.isEmpty() && m_window->styleSheet() != style)
        m_window->setStyleSheet(style);
    m_window->setVisible(!window.isEmpty());
    setVisible(!noGo.isEmpty() || !window.isEmpty());
}

QString StageBanner::text() const {
    QStringList parts;
    for (const QLabel* label : {m_noGo, m_window})
        if (!label->isHidden())
            parts << label->text();
    return parts.join(QStringLiteral(" · "));
}

} // namespace turnback
