#include "LiveConsole.h"

#include "CachedSizeDelegate.h"
#include "ChangeOperatorDialog.h"
#include "ClickRecorder.h"
#include "Clock.h"
#include "ClockScheduler.h"
#include "CloseReversalDialog.h"
#include "CommsDuePanel.h"
#include "CommsSuggestion.h"
#include "Countdown.h"
#include "DecisionDialog.h"
#include "ExerciseBanner.h"
#include "FileDialogs.h"
#include "ImportProgress.h"
#include "IncidentRegulators.h"
#include "LiveRubricModel.h"
#include "MessageBoxes.h"
#include "NotificationModel.h"
#include "ObservationImport.h"
#include "ObservationPanel.h"
#include "OwedItems.h"
#include "RegulatorClocksPanel.h"
#include "RegulatorTriggerDialog.h"
#include "RetractDialog.h"
#include "ReversalSession.h"
#include "StageBanner.h"
#include "StageText.h"
#include "TableColumnFitter.h"
#include "TimelineModel.h"
#include "TimelineText.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
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

QPushButton* actionButton(const QString& text, const QString& name, const QKeySequence& shortcut, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    // The shortcut itself lives on the Reversal menu's action, so it works from every tab;
    // the button only says what it is.
    if (!shortcut.isEmpty())
        button->setToolTip(shortcut.toString(QKeySequence::NativeText));
    return button;
}

/// The timeline's title and its navigation toggle: every click is recorded, but the timeline
/// shows the acts; tab switches and other looking around only when asked.
QLayout* timelineHeader(QLabel* title, TimelineModel* timeline, QWidget* parent) {
    auto* toggle = new QCheckBox(LiveConsole::tr("Sho&w navigation clicks"), parent);
    toggle->setObjectName(QStringLiteral("timelineNavigationToggle"));
    toggle->setToolTip(LiveConsole::tr("Every click is recorded. The timeline shows acts; tick this to also see "
                                       "tab switches and other navigation."));
    ClickRecorder::markNavigation(toggle);
    QObject::connect(toggle, &QCheckBox::toggled, timeline, &TimelineModel::setShowNavigation);
    auto* row = new QHBoxLayout;
    row->addWidget(title);
    row->addStretch();
    row->addWidget(toggle);
    return row;
}
} // namespace

LiveConsole::LiveConsole(ReversalSession& session, QWidget* parent)
    : LiveConsole(session, &session, parent) {}

LiveConsole::LiveConsole(IncidentView& view, ReversalSession* session, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
    , m_session(session) {
    setObjectName(QStringLiteral("liveConsole"));
    m_liveModel = new LiveRubricModel(view, this);
    m_notifications = new NotificationModel(view, this);
    connect(m_notifications, &NotificationModel::confirmRequested, this, &LiveConsole::confirmNotification);
    m_timeline = new TimelineModel(view, this);

    m_exerciseBanner = new ExerciseBanner(this);
    m_exerciseBanner->setVisible(view.incident().isExercise());

    // Plain-text labels, restyled only when the level or the countdown phase changes: rich text
    // re-laid out every second was most of the console's idle CPU.
    m_levelBanner = new QLabel(this);
    m_levelBanner->setObjectName(QStringLiteral("levelBanner"));
    m_levelBanner->setTextFormat(Qt::PlainText);
    m_levelSince = new QLabel(this);
    m_levelSince->setObjectName(QStringLiteral("levelSinceLabel"));
    m_levelSince->setTextFormat(Qt::PlainText);
    m_nextOwed = new QLabel(this);
    m_nextOwed->setObjectName(QStringLiteral("nextOwedLabel"));
    m_nextOwed->setTextFormat(Qt::PlainText);
    m_nextOwed->setWordWrap(true);
    // Shown while NEXT names a comms update: starts the comms wizard on it (Ctrl+Shift+M).
    m_nextComms = new QPushButton(tr("Send this update..."), this);
    m_nextComms->setObjectName(QStringLiteral("nextCommsButton"));
    m_nextComms->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_nextComms->setToolTip(tr("Fill in, preview and send the update NEXT names (Ctrl+Shift+M)"));
    m_nextComms->hide();
    connect(m_nextComms, &QPushButton::clicked, this, [this] { emit commsRequested(m_nextCommsTemplate); });
    m_context = new QLabel(this);
    m_context->setObjectName(QStringLiteral("reversalContextLabel"));
    m_context->setTextFormat(Qt::PlainText);
    m_context->setWordWrap(true); // on a 1280 px screen, in German, it is longer than the window is wide
    m_recordingProblem = new QLabel(this);
    m_recordingProblem->setObjectName(QStringLiteral("recordingProblemLabel"));
    m_recordingProblem->setWordWrap(true);
    m_recordingProblem->setStyleSheet(
        QStringLiteral("QLabel { background: #b71c1c; color: white; font-weight: bold; padding: 4px; }"));
    m_recordingProblem->hide();
    auto* following =
        new QLabel(tr("FOLLOWING, READ-ONLY: another console records this reversal; this screen shows what it records "
                      "as it is written, and records nothing."),
                   this);
    following->setObjectName(QStringLiteral("followingBanner"));
    following->setWordWrap(true);
    following->setStyleSheet(
        QStringLiteral("QLabel { background: #455a64; color: white; font-weight: bold; padding: 4px; }"));
    following->setVisible(!m_session);

    m_regulatorClocks = new RegulatorClocksPanel(view, this);
    connect(m_regulatorClocks->recordButton(), &QPushButton::clicked, this, &LiveConsole::recordRegulatorTrigger);
    m_commsDue = new CommsDuePanel(view, this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("liveRubricTable"));
    m_table->verticalScrollBar()->setObjectName(QStringLiteral("verticalScrollBar"));
    m_table->horizontalScrollBar()->setObjectName(QStringLiteral("horizontalScrollBar"));
    m_table->setModel(m_liveModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setObjectName(QStringLiteral("liveRubricHeader"));
    // One Tab stop, moved through by row with the arrows (docs/keyboard.md).
    m_table->setTabKeyNavigation(false);
    // Fitted to its pane when events change the text, not on every 1 Hz repaint: measuring every
    // cell each second was most of the console's idle CPU. The signal and its countdown stay whole
    // and in sight; the other columns wrap (docs/keyboard.md, "Small screens").
    m_columns = new TableColumnFitter(m_table, {LiveRubricModel::SignalColumn, LiveRubricModel::CountdownColumn},
                                      {LiveRubricModel::StateColumn, LiveRubricModel::LevelColumn});
    QFont tableFont = m_table->font();
    tableFont.setPointSizeF(tableFont.pointSizeF() * 1.15);
    m_table->setFont(tableFont);

    if (m_session) {
        m_observe = new ObservationPanel(*m_session, this);
        connect(m_observe, &ObservationPanel::message, this, &LiveConsole::message);
    }

    auto* acknowledge =
        actionButton(tr("&Acknowledge"), QStringLiteral("acknowledgeButton"), QKeySequence(tr("Ctrl+K")), this);
    auto* decide = actionButton(tr("&Decide..."), QStringLiteral("decideButton"), QKeySequence(tr("Ctrl+D")), this);
    auto* import = actionButton(tr("&Import CSV..."), QStringLiteral("importObservationsButton"),
                                QKeySequence(tr("Ctrl+I")), this);
    // Alt+H is the Help menu's and Alt+R the Reversal menu's: each letter once per window.
    auto* handOver =
        actionButton(tr("Ha&nd over..."), QStringLiteral("changeOperatorButton"), QKeySequence(tr("Ctrl+H")), this);
    auto* close = actionButton(tr("Clos&e reversal..."), QStringLiteral("closeReversalButton"), QKeySequence(), this);
    connect(acknowledge, &QPushButton::clicked, this, &LiveConsole::acknowledgeSelected);
    connect(decide, &QPushButton::clicked, this, &LiveConsole::decideSelected);
    connect(import, &QPushButton::clicked, this, &LiveConsole::importObservations);
    connect(handOver, &QPushButton::clicked, this, &LiveConsole::changeOperator);
    connect(close, &QPushButton::clicked, this, &LiveConsole::closeReversal);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {acknowledge, decide, import, handOver})
        buttons->addWidget(b);
    m_acts = {acknowledge, decide, import, handOver, close};
    buttons->addStretch(1);
    buttons->addWidget(close);

    m_notificationView = new QListView(this);
    m_notificationView->setObjectName(QStringLiteral("notificationList"));
    m_notificationView->verticalScrollBar()->setObjectName(QStringLiteral("verticalScrollBar"));
    m_notificationView->horizontalScrollBar()->setObjectName(QStringLiteral("horizontalScrollBar"));
    m_notificationView->setModel(m_notifications);
    m_notificationView->setWordWrap(true);
    m_notificationView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timelineView = new QListView(this);
    m_timelineView->setObjectName(QStringLiteral("timelineList"));
    m_timelineView->verticalScrollBar()->setObjectName(QStringLiteral("verticalScrollBar"));
    m_timelineView->horizontalScrollBar()->setObjectName(QStringLiteral("horizontalScrollBar"));
    m_timelineView->setModel(m_timeline);
    // Each entry measured once, not on every insertion (issue 9: thousands of rows made it quadratic).
    auto* timelineSizes = new CachedSizeDelegate(m_timelineView);
    timelineSizes->setObjectName(QStringLiteral("timelineSizes"));
    timelineSizes->watch(m_timeline, m_timelineView);
    m_timelineView->setItemDelegate(timelineSizes);
    m_timelineView->setWordWrap(true);
    m_timelineView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    addRetractAction(m_notificationView);
    addRetractAction(m_timelineView);
    // Newest last, and always in view: on opening and whenever something is recorded.
    connect(m_timeline, &QAbstractItemModel::rowsInserted, m_timelineView, &QListView::scrollToBottom);
    connect(m_timeline, &QAbstractItemModel::modelReset, m_timelineView, &QListView::scrollToBottom);
    QTimer::singleShot(0, m_timelineView, &QListView::scrollToBottom);

    auto* left = new QWidget(this);
    left->setObjectName(QStringLiteral("liveLeftPane"));
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    // Tight spacing: at 1280x720 in German every pixel goes to the rubric's rows (TestLayout).
    leftLayout->setSpacing(2);
    leftLayout->addWidget(m_table, 3);
    leftLayout->addWidget(m_regulatorClocks);
    leftLayout->addLayout(buttons);
    if (m_observe)
        leftLayout->addWidget(m_observe);
    auto* right = new QWidget(this);
    right->setObjectName(QStringLiteral("liveRightPane"));
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_notifyTitle = new QLabel(right);
    m_notifyTitle->setObjectName(QStringLiteral("notificationTitle"));
    m_notifyTitle->setTextFormat(Qt::PlainText);
    m_notifyTitle->setWordWrap(true);
    QFont bold = m_notifyTitle->font();
    bold.setBold(true);
    m_notifyTitle->setFont(bold);
    auto* timelineTitle = new QLabel(tr("<b>Timeline</b>"), right);
    timelineTitle->setObjectName(QStringLiteral("timelineTitle"));
    m_commsDue->setParent(right);
    rightLayout->addWidget(m_commsDue);
    rightLayout->addWidget(m_notifyTitle);
    rightLayout->addWidget(m_notificationView, 1);
    rightLayout->addLayout(timelineHeader(timelineTitle, m_timeline, right));
    rightLayout->addWidget(m_timelineView, 2);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("liveSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    // The rubric gets two thirds: on a 1280 px screen its columns need it more than the lists do.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    layout->addWidget(m_exerciseBanner);
    layout->addWidget(m_recordingProblem);
    layout->addWidget(following);
    auto* levelRow = new QHBoxLayout;
    levelRow->addWidget(m_levelBanner);
    m_stageBanner = new StageBanner(this);
    levelRow->addWidget(m_stageBanner);
    levelRow->addWidget(m_levelSince, 1);
    layout->addLayout(levelRow);
    auto* nextRow = new QHBoxLayout;
    nextRow->addWidget(m_nextOwed, 1);
    nextRow->addWidget(m_nextComms, 0, Qt::AlignTop);
    layout->addLayout(nextRow);
    layout->addWidget(m_context);
    layout->addWidget(splitter, 1);

    connect(&view, &IncidentView::changed, this, [this] {
        m_columns->fit();
        updateCanAct();
        m_recordingProblem->setVisible(m_session && m_session->hasUnrecordedEvents());
        updateHeader();
        scheduleExactWake();
    });
    if (m_session)
        connect(m_session, &ReversalSession::recordingFailed, this, [this](const QString& text) {
            // The session says what is held and that it will be written: never "try again", which
            // recorded a held act twice (issue 9).
            m_recordingProblem->setText(text);
            m_recordingProblem->show();
        });

    m_tick = new QTimer(this);
    m_tick->setObjectName(QStringLiteral("liveTickTimer"));
    m_tick->setInterval(1000);
    m_tick->setTimerType(Qt::CoarseTimer); // 1 Hz is what people read; the exact wake below is precise
    connect(m_tick, &QTimer::timeout, this, &LiveConsole::refreshNow);
    m_tick->start();
    m_exactWake = new ClockScheduler(view.clock(), this);
    m_exactWake->setObjectName(QStringLiteral("exactWake"));
    connect(m_exactWake, &ClockScheduler::due, this, &LiveConsole::refreshNow);

    m_columns->fit();
    updateCanAct();
    orderTabStops();
    updateHeader();
    scheduleExactWake();
}

void LiveConsole::updateCanAct() {
    // A console that follows another's log shows everything and records nothing; nor does a closed reversal.
    const bool canRecord = m_session && !m_view.incident().isClosed();
    for (QWidget* act : std::as_const(m_acts))
        act->setEnabled(canRecord);
    if (m_observe)
        m_observe->setEnabled(canRecord);
}

void LiveConsole::orderTabStops() {
    QList<QWidget*> order;
    if (m_observe)
        for (QWidget* field : m_observe->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (field->focusPolicy() & Qt::TabFocus)
                order << field;
    // Shown, the console puts the cursor where the first thing is recorded (a read-only one: the table).
    setFocusProxy(order.isEmpty() ? static_cast<QWidget*>(m_table) : order.first());
    order << m_acts << m_regulatorClocks->recordButton() << m_table << m_notificationView << m_timelineView;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void LiveConsole::refreshNow() {
    m_view.catchUp();
    m_liveModel->refresh();
    updateHeader();
    raiseOverdueAlerts();
    scheduleExactWake();
}

QString LiveConsole::nextOwedText() const {
    return m_nextOwed->text();
}

QString LiveConsole::stageBannerText() const {
    return m_stageBanner->text();
}

QString LiveConsole::levelBannerText() const {
    return m_levelBanner->text() + QLatin1Char(' ') + m_levelSince->text();
}

void LiveConsole::updateHeader() {
    const Incident& incident = m_view.incident();
    const Kit& kit = m_view.kit();
    const QDateTime now = m_view.clock().utcNow();
    const Level level = incident.level();
    if (m_bannerLevel != int(level)) {
        m_bannerLevel = int(level);
        m_levelBanner->setStyleSheet(
            QStringLiteral(
                "QLabel { background: %1; color: white; font-size: 20pt; font-weight: bold; padding: 2px 8px; }")
                .arg(levelColour(level)));
        m_levelBanner->setText(level == Level::Normal ? tr("NORMAL — no restriction")
                                                      : kit.levelLabel(level).toUpper());
    }
    // An age is never negative: a level recorded ahead of this computer's clock (a log written on
    // another machine, an exercise run into the future) says so instead of "-3:00 ago".
    const qint64 age = incident.levelSince().msecsTo(now);
    m_levelSince->setText((age >= 0 ? tr("since %1 (%2 UTC), %3 ago")
                                    : tr("since %1 (%2 UTC), recorded %3 ahead of this computer's clock"))
                              .arg(incident.levelSince().toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                   incident.levelSince().toString(QStringLiteral("HH:mm:ss")),
                                   Duration::clockText(Milliseconds(std::abs(age)))));

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
    m_regulatorClocks->refresh();
    m_stageBanner->refresh(incident, kit, now);
    m_commsDue->refresh();
    const int untold = m_notifications->unconfirmedCount();
    m_notifyTitle->setText(untold ? tr("Who must be told: %1 not told yet (tick when told)").arg(untold)
                                  : tr("Who must be told (tick when told)"));
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

QString LiveConsole::nextOwedSentence(const OwedItem& owed, const Countdown& countdown) const {
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
        return {}; // said by updateHeader(): a prompt has no countdown
    }
    return {};
}

void LiveConsole::recordRegulatorTrigger() {
    if (!canAct())
        return;
    if (!IncidentRegulators::anyEnabled(m_view.kit())) {
        emit message(tr("This kit switches no regulator regime on: no trigger starts a clock."));
        return;
    }
    RegulatorTriggerDialog dialog(m_view, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenTrigger().isEmpty())
        return;
    const QString trigger = dialog.chosenTrigger();
    const QStringList clocks = RegulatorTriggerDialog::clockNames(m_view.kit(), trigger);
    // A fact that starts legal deadlines cannot be taken back: a second, deliberate step, default No.
    const QString text =
        tr("Record now that you %1?\n\n%2\n\nThis is recorded with the current time and cannot be taken back.")
            .arg(TimelineText::regulatorTrigger(trigger),
                 clocks.isEmpty() ? tr("It starts no regulator clock in this kit.")
                                  : tr("It starts these clocks:\n• %1").arg(clocks.join(QStringLiteral("\n• "))));
    if (MessageBoxes::ask(this, QMessageBox::Question, tr("Record the regulator trigger?"), text,
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        emit message(tr("Nothing recorded."));
        return;
    }
    emit message(m_session->recordRegulatorTrigger(trigger)
                     ? tr("Recorded: %1.").arg(TimelineText::regulatorTrigger(trigger))
                     : m_session->errorString());
}

qint64 LiveConsole::targetObligation() const {
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        const qint64 id = current.siblingAtColumn(0).data(LiveRubricModel::ObligationIdRole).toLongLong();
        if (id > 0)
            return id;
    }
    // No row chosen: the first acknowledgement owed, in NEXT's order.
    for (const OwedItem& owed : owedItems(m_view.incident(), m_view.clock().utcNow()))
        if (owed.kind == OwedKind::Acknowledgement)
            return owed.obligation;
    return 0;
}

bool LiveConsole::canAct() {
    if (m_session)
        return true;
    emit message(tr("This console follows a reversal that another console records: it cannot record here."));
    return false;
}

void LiveConsole::acknowledgeSelected() {
    if (!canAct())
        return;
    const qint64 id = targetObligation();
    if (!id) {
        emit message(tr("Nothing is owed yet: there is nothing to acknowledge."));
        return;
    }
    emit message(m_session->acknowledge(id) ? tr("Acknowledged.") : m_session->errorString());
}

void LiveConsole::decideSelected() {
    if (!canAct())
        return;
    const Incident& incident = m_view.incident();
    const bool anyOpen = std::any_of(incident.obligations().cbegin(), incident.obligations().cend(),
                                     [](const Obligation& o) { return o.isOpen(); });
    if (!anyOpen && incident.level() == Level::Normal) {
        emit message(tr("No open decision: nothing has triggered that is still to be decided."));
        return;
    }
    // Not the selected table row: the dialog names the item it decides, lets the operator choose
    // among the open ones, and starts on the one NEXT names.
    auto* dialog = new DecisionDialog(*m_session, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LiveConsole::changeOperator() {
    if (!canAct())
        return;
    auto* dialog = new ChangeOperatorDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LiveConsole::closeReversal() {
    if (!canAct())
        return;
    auto* dialog = new CloseReversalDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CloseReversalDialog::goToImpactPrompts, this, &LiveConsole::goToImpactPrompts);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_tick->stop();
        m_exactWake->cancel();
        updateHeader();
    });
    dialog->open();
}

void LiveConsole::confirmNotification(qint64 obligation, const QString& role) {
    if (!m_session)
        return;
    const Obligation* o = m_view.incident().obligation(obligation);
    const Signal* signal = o ? m_view.kit().signal(o->signalId) : nullptr;
    // A tick is a fact in the audit trail: one stray Space must not record it (issue 8).
    const auto answer =
        MessageBoxes::ask(this, QMessageBox::Question, tr("Record that they were told?"),
                          tr("Record that %1 was told about %2?")
                              .arg(m_view.kit().roleTitle(role), signal ? signal->name : (o ? o->signalId : QString())),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        emit message(tr("Not recorded: %1 is still shown as not told.").arg(m_view.kit().roleTitle(role)));
        return;
    }
    if (!m_session->confirmNotification(obligation, role))
        emit message(m_session->errorString());
}

void LiveConsole::addRetractAction(QListView* view) {
    auto* retract = new QAction(tr("&Retract (recorded in error)..."), view);
    retract->setObjectName(view->objectName() + QStringLiteral("RetractAction"));
    retract->setShortcut(QKeySequence(Qt::Key_Delete));
    retract->setShortcutContext(Qt::WidgetShortcut);
    retract->setEnabled(m_session != nullptr);
    connect(retract, &QAction::triggered, this, [this, view] { retractFrom(view); });
    view->addAction(retract);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void LiveConsole::retractSelected() {
    retractFrom(m_notificationView->hasFocus() ? m_notificationView : m_timelineView);
}

void LiveConsole::retractFrom(QListView* view) {
    if (!canAct())
        return;
    qint64 seq = 0;
    const QModelIndex tick = m_notificationView->currentIndex();
    if (view == m_notificationView) {
        if (!tick.isValid()) {
            emit message(tr("Select a ticked line of the checklist to retract its tick."));
            return;
        }
        seq = tick.data(NotificationModel::ConfirmedSeqRole).toLongLong();
        if (!seq) {
            emit message(tr("That person is not ticked as told: there is nothing to retract."));
            return;
        }
    } else {
        const QModelIndex line = m_timelineView->currentIndex();
        if (!line.isValid()) {
            emit message(tr("Select an observation or a notification tick that stands in the timeline to retract it."));
            return;
        }
        seq = line.data(TimelineModel::SeqRole).toLongLong();
        if (!line.data(TimelineModel::RetractableRole).toBool()) {
            // Asked of the session all the same, so the attempt is on record with why (ActRefused).
            m_session->retract(seq, {});
            emit message(m_session->errorString());
            return;
        }
    }
    auto* dialog = new RetractDialog(*m_session, seq, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LiveConsole::importObservations() {
    if (!canAct())
        return;
    const QString file = FileDialogs::openObservationsFile(this);
    if (file.isEmpty())
        return;
    // Runs beside the console (issue 9): this returns at once; the refresh and the alerts keep going.
    connect(ImportProgress::start(*m_session, file, this), &ImportProgress::finished, this,
            [this, file](const ObservationImportResult& imported) { reportImport(file, imported); });
}

void LiveConsole::reportImport(const QString& file, const ObservationImportResult& imported) {
    using Outcome = ObservationImportResult::Outcome;
    if (imported.outcome == Outcome::Recorded)
        return emit message(tr("Imported %1 observation(s) from %2").arg(imported.recorded).arg(file));
    if (imported.outcome == Outcome::Cancelled)
        return emit message(tr("Import cancelled: nothing was recorded from %1").arg(file));
    MessageBoxes::tell(this, QMessageBox::Warning, tr("Import stopped"),
                       tr("Nothing was recorded from this file. Correct it and import it again:\n\n%1")
                           .arg(imported.problems.join(QLatin1Char('\n'))),
                       {QStringLiteral("importProblemDialog"), QStringLiteral("importProblemCloseButton")});
    emit message(tr("Nothing was imported from %1").arg(file));
}

} // namespace turnback
