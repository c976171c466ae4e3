#include "LiveConsole.h"

#include "CachedSizeDelegate.h"
#include "ChangeOperatorDialog.h"
#include "ClickRecorder.h"
#include "Clock.h"
#include "ClockScheduler.h"
#include "CloseReversalDialog.h"
#include "CommsDuePanel.h"
#include "DecisionDialog.h"
#include "FileDialogs.h"
#include "ImportProgress.h"
#include "IncidentRegulators.h"
#include "LiveConsoleHeader.h"
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

namespace turnback {

namespace {
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

    m_header = new LiveConsoleHeader(view, session, this);
    connect(m_header, &LiveConsoleHeader::commsRequested, this, &LiveConsole::commsRequested);

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
    m_header->addTo(layout);
    layout->addWidget(splitter, 1);

    connect(&view, &IncidentView::changed, this, [this] {
        m_columns->fit();
        updateCanAct();
        m_header->updateRecordingProblem();
        updateScreen();
        scheduleExactWake();
    });
    if (m_session)
        connect(m_session, &ReversalSession::recordingFailed, m_header, &LiveConsoleHeader::showRecordingProblem);

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
    updateScreen();
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
    updateScreen();
    raiseOverdueAlerts();
    scheduleExactWake();
}

QString LiveConsole::nextOwedText() const {
    return m_header->nextOwedText();
}

QString LiveConsole::stageBannerText() const {
    return m_header->stageBannerText();
}

QString LiveConsole::levelBannerText() const {
    return m_header->levelBannerText();
}

void LiveConsole::updateScreen() {
    m_header->refresh(m_view.clock().utcNow());
    m_regulatorClocks->refresh();
    m_commsDue->refresh();
    const int untold = m_notifications->unconfirmedCount();
    m_notifyTitle->setText(untold ? tr("Who must be told: %1 not told yet (tick when told)").arg(untold)
                                  : tr("Who must be told (tick when told)"));
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
        updateScreen();
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
