#include "LiveConsoleHeader.h"

#include "ExerciseBanner.h"

#include "Clock.h"
#include "CommsSuggestion.h"
#include "Countdown.h"
#include "Duration.h"
#include "IncidentView.h"
#include "OwedItems.h"
#include "ReversalSession.h"
#include "StageBanner.h"
#include "StageText.h"
#include "TimelineText.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cstdlib>

namespace turnback {

namespace {
QString levelColour(Level level) {
    switch (level) {
    case Level::Normal:
        return QStringLiteral("#2e7d32");
    case Level::Slow:
        return QStringLiteral("#f9a825");
    case Level::Stop:
        return QStringLiteral("#ef6c00");
    case Level::Reverse:
        return QStringLiteral("#c62828");
    }
    return {};
}
} // namespace

LiveConsoleHeader::LiveConsoleHeader(IncidentView& view, ReversalSession* session, QWidget* console)
    : QObject(console)
    , m_view(view)
    , m_session(session) {
    setObjectName(QStringLiteral("liveConsoleHeader"));
    m_exerciseBanner = new ExerciseBanner(console);
    m_exerciseBanner->setVisible(view.incident().isExercise());

    // Plain-text labels, restyled only when the level or the countdown phase changes: rich text
    // re-laid out every second was most of the console's idle CPU.
    m_levelBanner = new QLabel(console);
    m_levelBanner->setObjectName(QStringLiteral("levelBanner"));
    m_levelBanner->setTextFormat(Qt::PlainText);
    m_levelSince = new QLabel(console);
    m_levelSince->setObjectName(QStringLiteral("levelSinceLabel"));
    m_levelSince->setTextFormat(Qt::PlainText);
    m_nextOwed = new QLabel(console);
    m_nextOwed->setObjectName(QStringLiteral("nextOwedLabel"));
    m_nextOwed->setTextFormat(Qt::PlainText);
    m_nextOwed->setWordWrap(true);
    // Shown while NEXT names a comms update: starts the comms wizard on it (Ctrl+Shift+M).
    m_nextComms = new QPushButton(tr("Send this update..."), console);
    m_nextComms->setObjectName(QStringLiteral("nextCommsButton"));
    m_nextComms->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_nextComms->setToolTip(tr("Fill in, preview and send the update NEXT names (Ctrl+Shift+M)"));
    m_nextComms->hide();
    connect(m_nextComms, &QPushButton::clicked, this, [this] { emit commsRequested(m_nextCommsTemplate); });
    m_context = new QLabel(console);
    m_context->setObjectName(QStringLiteral("reversalContextLabel"));
    m_context->setTextFormat(Qt::PlainText);
    m_context->setWordWrap(true); // on a 1280 px screen, in German, it is longer than the window is wide
    m_recordingProblem = new QLabel(console);
    m_recordingProblem->setObjectName(QStringLiteral("recordingProblemLabel"));
    m_recordingProblem->setWordWrap(true);
    m_recordingProblem->setStyleSheet(
        QStringLiteral("QLabel { background: #b71c1c; color: white; font-weight: bold; padding: 4px; }"));
    m_recordingProblem->hide();
    m_following =
        new QLabel(tr("FOLLOWING, READ-ONLY: another console records this reversal; this screen shows what it records "
                      "as it is written, and records nothing."),
                   console);
    m_following->setObjectName(QStringLiteral("followingBanner"));
    m_following->setWordWrap(true);
    m_following->setStyleSheet(
        QStringLiteral("QLabel { background: #455a64; color: white; font-weight: bold; padding: 4px; }"));
    m_following->setVisible(!m_session);
    m_stageBanner = new StageBanner(console);
}

void LiveConsoleHeader::addTo(QVBoxLayout* layout) {
    layout->addWidget(m_exerciseBanner);
    layout->addWidget(m_recordingProblem);
    layout->addWidget(m_following);
    auto* levelRow = new QHBoxLayout;
    levelRow->addWidget(m_levelBanner);
    levelRow->addWidget(m_stageBanner);
    levelRow->addWidget(m_levelSince, 1);
    layout->addLayout(levelRow);
    auto* nextRow = new QHBoxLayout;
    nextRow->addWidget(m_nextOwed, 1);
    nextRow->addWidget(m_nextComms, 0, Qt::AlignTop);
    layout->addLayout(nextRow);
    layout->addWidget(m_context);
}

void LiveConsoleHeader::updateRecordingProblem() {
    m_recordingProblem->setVisible(m_session && m_session->hasUnrecordedEvents());
}

void LiveConsoleHeader::showRecordingProblem(const QString& text) {
    m_recordingProblem->setText(text);
    m_recordingProblem->show();
}

QString LiveConsoleHeader::nextOwedText() const {
    return m_nextOwed->text();
}

QString LiveConsoleHeader::stageBannerText() const {
    return m_stageBanner->text();
}

QString LiveConsoleHeader::levelBannerText() const {
    return m_levelBanner->text() + QLatin1Char(' ') + m_levelSince->text();
}

void LiveConsoleHeader::refresh(const QDateTime& now) {
    refreshLevel(now);
    m_stageBanner->refresh(m_view.incident(), m_view.kit(), now);
    refreshNextOwed(now);
    refreshContext(now);
}

void LiveConsoleHeader::refreshLevel(const QDateTime& now) {
    const Incident& incident = m_view.incident();
    const Level level = incident.level();
    if (m_bannerLevel != int(level)) {
        m_bannerLevel = int(level);
        m_levelBanner->setStyleSheet(
            QStringLiteral(
                "QLabel { background: %1; color: white; font-size: 20pt; font-weight: bold; padding: 2px 8px; }")
                .arg(levelColour(level)));
        m_levelBanner->setText(level == Level::Normal ? tr("NORMAL — no restriction")
                                                      : m_view.kit().levelLabel(level).toUpper());
    }
    // An age is never negative: a level recorded ahead of this computer's clock (a log written on
    // another machine, an exercise run into the future) says so instead of "-3:00 ago".
    const qint64 age = incident.levelSince().msecsTo(now);
    m_levelSince->setText((age >= 0 ? tr("since %1 (%2 UTC), %3 ago")
                                    : tr("since %1 (%2 UTC), recorded %3 ahead of this computer's clock"))
                              .arg(incident.levelSince().toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                   incident.levelSince().toString(QStringLiteral("HH:mm:ss")),
                                   Duration::clockText(Milliseconds(std::abs(age)))));
}

void LiveConsoleHeader::refreshNextOwed(const QDateTime& now) {
    const Incident& incident = m_view.incident();
    const Kit& kit = m_view.kit();
    QString next;
    m_nextCommsTemplate.clear();
    CountdownPhase phase = CountdownPhase::None;
    if (incident.isClosed()) {
        next = tr("CLOSED at %1 UTC: %2")
                   .arg(incident.closedAt()->toString(QStringLiteral("HH:mm:ss")), incident.closingSummary());
        phase = CountdownPhase::Done;
    } else if (const QList<OwedItem> owed = owedItems(incident, now, &kit);
               !owed.isEmpty() && owed.first().kind == OwedKind::ImpactPrompt) {
        // A prompt has no deadline: no countdown, only what to do (after everything that has one). The
        // questions are long: the tab lists them, NEXT only says how many and where.
        next = tr("NEXT: answer %n required impact prompt(s) (Human impact tab, Alt+M)", nullptr,
                  countOwed(owed).impactPrompts);
    } else if (!owed.isEmpty()) {
        // The first of everything owed (OwedItems' order), and how much is owed in all: the close
        // dialog and the close record count the same list.
        // A data procedure has no deadline: no countdown, no colour.
        const Countdown countdown =
            owed.first().deadline.isValid() ? countdownTo(owed.first().deadline, now) : Countdown{};
        phase = countdown.phase;
        next = nextOwedSentence(owed.first(), countdown) + tr(" · %n owed in all", nullptr, int(owed.size()));
        m_nextCommsTemplate = owed.first().kind == OwedKind::Comms && m_session ? owed.first().comms : QString();
    } else {
        next = tr("NEXT: nothing is owed. Record what you see below.");
    }
    if (m_nextOwedPhase != int(phase)) {
        m_nextOwedPhase = int(phase);
        // Overdue is red on white text AND says OVERDUE; due soon is amber and says DUE SOON.
        const QString style = phase == CountdownPhase::Overdue   ? QStringLiteral("background: #c62828; color: white;")
                              : phase == CountdownPhase::DueSoon ? QStringLiteral("background: #ffb300; color: black;")
                                                                 : QString();
        m_nextOwed->setStyleSheet(
            QStringLiteral("QLabel { font-size: 14pt; font-weight: bold; padding: 2px; %1 }").arg(style));
    }
    m_nextOwed->setText(next);
    m_nextComms->setVisible(!m_nextCommsTemplate.isEmpty());
}

void LiveConsoleHeader::refreshContext(const QDateTime& now) {
    const Incident& incident = m_view.incident();
    const Kit& kit = m_view.kit();
    const Operator op = incident.currentOperator();
    const qint64 elapsed = incident.startedAt().msecsTo(now);
    m_context->setText((elapsed >= 0 ? tr("%1 · %2 · elapsed %3 · at the keyboard: %4 (%5) · now %6 local / %7 UTC")
                                     : tr("%1 · %2 · started %3 ahead of this computer's clock · at the keyboard: "
                                          "%4 (%5) · now %6 local / %7 UTC"))
                           .arg(incident.title(), incident.service(),
                                Duration::clockText(Milliseconds(std::abs(elapsed))), op.name, kit.roleTitle(op.role),
                                now.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                now.toString(QStringLiteral("HH:mm:ss"))));
}

QString LiveConsoleHeader::nextOwedSentence(const OwedItem& owed, const Countdown& countdown) const {
    const Kit& kit = m_view.kit();
    const Signal* signal = kit.signal(owed.signal);
    const QString item = signal ? signal->name : owed.signal;
    const QString when = countdown.phase == CountdownPhase::Overdue ? countdown.text
                         : countdown.phase == CountdownPhase::DueSoon
                             ? tr("DUE SOON, %1 left").arg(Duration::clockText(countdown.remaining))
                             : tr("due in %1").arg(countdown.text);
    switch (owed.kind) {
    case OwedKind::Acknowledgement:
        return tr("NEXT: %1 must acknowledge %2 → %3 — %4")
            .arg(kit.roleTitle(owed.role), item, kit.levelLabel(owed.level), when);
    case OwedKind::Decision:
        return tr("NEXT: %1 must decide on %2 → %3 — %4")
            .arg(kit.roleTitle(owed.role), item, kit.levelLabel(owed.level), when);
    case OwedKind::Notification:
        return tr("NEXT: Tell %1 about %2 → %3 (tick when told) — %4")
            .arg(kit.roleTitle(owed.told), item, kit.levelLabel(owed.level), when);
    case OwedKind::RegulatorReport:
        return tr("NEXT: %1 owes the regulator report %2 — %3")
            .arg(kit.roleTitle(owed.role), TimelineText::regulatorReport(owed.report, &kit), when);
    case OwedKind::Comms:
        return tr("NEXT: %1 must send the %2 to %3 (Comms tab, Send...) — %4")
            .arg(kit.roleTitle(owed.role), commsTitle(kit, owed.comms), owed.told, when);
    case OwedKind::DataProcedure: {
        const DataProcedure* procedure = kit.dataProcedure(owed.signal);
        const DataProgress* progress = m_view.incident().dataProgress(owed.signal);
        return tr("NEXT: %1 must finish %2 (%3 of %4 steps done; Data handling tab)")
            .arg(kit.roleTitle(owed.role), procedure ? procedure->title : owed.signal)
            .arg(progress ? progress->doneCount() : 0)
            .arg(progress ? progress->steps.size() : 0);
    }
    case OwedKind::StageItem:
        return tr("NEXT: %1 — %2").arg(StageText::owed(owed, kit), when);
    case OwedKind::ImpactPrompt:
        return {}; // said by refreshNextOwed(): a prompt has no countdown
    }
    return {};
}

} // namespace turnback
