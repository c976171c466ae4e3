#include "StagesPanel.h"

#include "Countdown.h"
#include "FollowView.h"
#include "Incident.h"
#include "IncidentView.h"
#include "ReversalSession.h"
#include "StageText.h"
#include "StageTimers.h"

#include "Clock.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace turnback {

namespace {
enum Column { ItemColumn, OwnerColumn, StateColumn, DueColumn, LinksColumn };
constexpr int KindRole = Qt::UserRole;
constexpr int StageRole = Qt::UserRole + 1;
constexpr int ItemRole = Qt::UserRole + 2;
const QColor kRed(0xb7, 0x1c, 0x1c);

QString hhmmss(const QDateTime& at) {
    return at.toString(QStringLiteral("HH:mm:ss"));
}
} // namespace

StagesPanel::StagesPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("stagesPanel"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("stagesNote"));
    m_note->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("stagesTree"));
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({tr("Item"), tr("Owner"), tr("What stands"), tr("Due"), tr("Links")});
    m_tree->header()->setObjectName(QStringLiteral("stagesHeader"));
    m_tree->header()->setSectionResizeMode(ItemColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(ItemColumn, 380);
    m_tree->header()->setSectionResizeMode(OwnerColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(LinksColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    // Every clickable part has a name, for the click record (docs/architecture.md).
    m_tree->verticalScrollBar()->setObjectName(QStringLiteral("verticalScrollBar"));
    m_tree->horizontalScrollBar()->setObjectName(QStringLiteral("horizontalScrollBar"));
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { actOnSelected(); });
    // Keys on the tree only, so they never shadow typing elsewhere: Space acts (Return does, through
    // itemActivated), P opens the linked procedure, C the linked comms.
    const auto key = [this](const QKeySequence& sequence, const QString& name, void (StagesPanel::*slot)()) {
        auto* action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(sequence);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_tree->addAction(action);
    };
    key(QKeySequence(Qt::Key_Space), QStringLiteral("stageActAction"), &StagesPanel::actOnSelected);
    key(QKeySequence(Qt::Key_P), QStringLiteral("stageProcedureAction"), &StagesPanel::openProcedure);
    key(QKeySequence(Qt::Key_C), QStringLiteral("stageCommsAction"), &StagesPanel::openComms);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("stageDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &StagesPanel::showDetail);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("stagesBrowser"));
    m_browser->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_browser, 1);
    // Countdowns move with the clock: once a second while the tab is on screen.
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    rebuild();
}

void StagesPanel::setKit(const Kit& kit) {
    m_kit = kit;
    rebuild();
}

void StagesPanel::setView(IncidentView* view, ReversalSession* session) {
    followView(m_view, view, this, &StagesPanel::refresh);
    m_session = session;
    if (m_view) {
        m_kit = m_view->kit();
        m_tick->start();
    } else {
        m_tick->stop();
    }
    rebuild();
}

void StagesPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    updateKeys();
}

void StagesPanel::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    updateKeys();
}

void StagesPanel::updateKeys() {
    const bool shown = isVisible() && !m_tree->isHidden();
    for (QAction* action : m_tree->actions())
        action->setVisible(shown);
}

bool StagesPanel::canRecord() const {
    return m_session && m_view && m_view->incident().isStarted() && !m_view->incident().isClosed();
}

QTreeWidgetItem* StagesPanel::addRow(QTreeWidgetItem* parent, Row kind, const QString& stage, const QString& item) {
    auto* row = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    row->setData(ItemColumn, KindRole, int(kind));
    row->setData(ItemColumn, StageRole, stage);
    row->setData(ItemColumn, ItemRole, item);
    return row;
}

void StagesPanel::rebuild() {
    // The tree replaces the kit's page while a reversal is on screen; without one, the page is read.
    const bool live = m_view && m_view->incident().isStarted();
    m_tree->setVisible(live);
    m_detail->setVisible(live);
    updateKeys();
    m_browser->setVisible(!live);
    m_tree->clear();
    if (live)
        for (const StageChecklist& stage : std::as_const(m_kit.stages)) {
            QTreeWidgetItem* group = addRow(nullptr, Row::Stage, stage.id, {});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(ItemColumn);
            bold.setBold(true);
            group->setFont(ItemColumn, bold);
            if (stage.stage == QLatin1String("live-rollback") && stage.window)
                addRow(group, Row::Window, stage.id, QStringLiteral("window"));
            for (const ChecklistItem& item : stage.items)
                addRow(group, stage.stage == QLatin1String("pre-release") ? Row::Gate : Row::Step, stage.id, item.id);
            if (stage.stage == QLatin1String("pre-release"))
                addRow(group, Row::GateDecision, stage.id, QStringLiteral("go-no-go"));
            if (stage.stage == QLatin1String("post-reversal")) {
                addRow(group, Row::Harm, stage.id, QStringLiteral("harm"));
                addRow(group, Row::Relaunch, stage.id, QStringLiteral("relaunch"));
            }
            for (const ImpactPrompt& prompt : std::as_const(m_kit.impactPrompts))
                if (prompt.stage == stage.stage)
                    addRow(group, Row::Prompt, stage.id, prompt.id);
        }
    m_tree->expandAll();
    if (m_tree->topLevelItemCount() > 0 && m_tree->topLevelItem(0)->childCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
    refresh();
}

void StagesPanel::refresh() {
    const Incident* incident = m_view ? &m_view->incident() : nullptr;
    if (m_kit.stages.isEmpty())
        m_note->setText(tr("This kit has no stage checklists."));
    else if (!incident || !incident->isStarted())
        m_note->setText(tr("The kit's stages: pre-release gates, the live rollback window, the recovery. Start a "
                           "reversal to work them on record."));
    else if (!canRecord())
        m_note->setText(incident->isClosed() ? tr("The reversal is closed: this is what its stages closed with.")
                                             : tr("This console follows another: the stages are recorded there."));
    else
        m_note->setText(tr("Space or Return on an item records it (who, when, why); P opens its data procedure, C "
                           "its comms. A later record supersedes the one shown; both stay in the log."));
    if (!incident || !incident->isStarted())
        return;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        const StageChecklist* stage = m_kit.stageChecklist(group->data(ItemColumn, StageRole).toString());
        if (!stage)
            continue;
        fillStage(group, *stage);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* row = group->child(i);
            const auto kind = Row(row->data(ItemColumn, KindRole).toInt());
            const QString id = row->data(ItemColumn, ItemRole).toString();
            if (kind == Row::Gate || kind == Row::Step) {
                if (const ChecklistItem* item = stage->item(id))
                    fillItem(row, *stage, *item);
            } else if (kind == Row::Prompt) {
                if (const ImpactPrompt* prompt = m_kit.impactPrompt(id))
                    fillPrompt(row, *prompt);
            } else {
                fillSpecial(row, *stage, kind);
            }
        }
    }
    showDetail();
}

void StagesPanel::showDetail() {
    const QTreeWidgetItem* row = m_tree->currentItem();
    QStringList lines;
    if (row && row->parent()) {
        const QString item = row->toolTip(ItemColumn).isEmpty() ? row->text(ItemColumn) : row->toolTip(ItemColumn);
        lines << item;
        for (const int column : {OwnerColumn, StateColumn, DueColumn, LinksColumn})
            if (!row->text(column).isEmpty())
                lines << tr("%1: %2").arg(m_tree->headerItem()->text(column), row->text(column));
    }
    m_detail->setText(lines.join(u'\n'));
}

void StagesPanel::fillStage(QTreeWidgetItem* row, const StageChecklist& stage) {
    const QDateTime now = m_view->clock().utcNow();
    int owed = 0, overdue = 0;
    for (const OwedItem& item : stageOwedItems(m_view->incident(), m_kit, now))
        if (item.stage == stage.id) {
            ++owed;
            overdue += item.overdue ? 1 : 0;
        }
    QString text = stage.title;
    if (overdue)
        text += tr(" — owes %1, %2 OVERDUE").arg(owed).arg(overdue);
    else if (owed)
        text += tr(" — owes %1").arg(owed);
    row->setText(ItemColumn, text);
}

void StagesPanel::fillItem(QTreeWidgetItem* row, const StageChecklist& stage, const ChecklistItem& item) {
    const Incident& incident = m_view->incident();
    const StageProgress& progress = incident.stages();
    const QDateTime now = m_view->clock().utcNow();
    row->setText(ItemColumn, item.text);
    row->setToolTip(ItemColumn, item.text);
    row->setText(OwnerColumn, item.owner.isEmpty() ? QString() : m_kit.roleTitle(item.owner));
    const auto* standing = progress.latest(stage.id, item.id);
    QString state;
    if (!standing) {
        state = stage.stage == QLatin1String("pre-release") ? tr("not recorded") : tr("not done");
    } else {
        const events::StageItemRecorded& e = standing->event;
        state = tr("%1 — %2, %3 UTC").arg(StageText::outcome(e.outcome), standing->actor, hhmmss(standing->at));
        if (!e.reason.isEmpty())
            state += tr(": \"%1\"").arg(e.reason);
        const int count = progress.recordCount(stage.id, item.id);
        if (count > 1)
            state += tr(" (replaces %n earlier record(s))", nullptr, count - 1);
    }
    row->setText(StateColumn, state);
    row->setForeground(StateColumn, standing && !standing->event.isPositive() ? kRed : QBrush());
    // The deadline's state, as NEXT says it: pending, DUE SOON, OVERDUE; and when it was done, late or not.
    QString due;
    bool late = false; // OVERDUE now, or done after its deadline: red, as well as said in words
    const QDateTime start = progress.stageStart(stage, incident.startedAt());
    if (item.within && start.isValid()) {
        const QDateTime deadline = start.addMSecs(item.within->count());
        if (const auto* done = progress.firstPositive(stage.id, item.id)) {
            late = done->at > deadline;
            due = late ? tr("LATE by %1").arg(Duration::clockText(Milliseconds(deadline.msecsTo(done->at))))
                       : tr("in time (by %1)").arg(hhmmss(deadline));
        } else if (start <= now) {
            const Countdown countdown = countdownTo(deadline, now);
            late = countdown.phase == CountdownPhase::Overdue;
            due = countdown.text;
        }
    } else if (item.within) {
        due = tr("within %1").arg(Duration::humanText(*item.within));
    }
    row->setText(DueColumn, due);
    row->setForeground(DueColumn, late ? kRed : QBrush());
    QStringList links;
    if (const DataProcedure* procedure = m_kit.dataProcedure(item.procedure)) {
        const DataProgress* data = incident.dataProgress(procedure->id);
        links
            << (data && data->isFinished() ? tr("P: %1 — FINISHED").arg(procedure->title)
                : data
                    ? tr("P: %1 — %2 of %3 steps").arg(procedure->title).arg(data->doneCount()).arg(data->steps.size())
                    : tr("P: %1 — not begun").arg(procedure->title));
    }
    for (const QString& id : item.comms) {
        const auto* sent = incident.firstSent(id);
        QString title = id;
        for (const CommsTemplate& c : std::as_const(m_kit.comms))
            if (c.id == id)
                title = c.title;
        links << (sent ? tr("C: %1 — SENT %2").arg(title, hhmmss(sent->at)) : tr("C: %1 — not sent").arg(title));
    }
    row->setText(LinksColumn, links.join(QStringLiteral("; ")));
}

void StagesPanel::fillSpecial(QTreeWidgetItem* row, const StageChecklist& stage, Row kind) {
    const Incident& incident = m_view->incident();
    const StageProgress& progress = incident.stages();
    const QDateTime now = m_view->clock().utcNow();
    QString item, state, due;
    bool alarm = false;
    switch (kind) {
    case Row::GateDecision: {
        item = tr("Go / no-go decision");
        const auto* decided = progress.gateDecision(stage.id);
        if (!decided) {
            state = tr("not recorded");
            alarm = progress.windowOpened.has_value();
            if (alarm)
                due = tr("OVERDUE: the window opened without it");
        } else {
            state = (decided->event.go ? tr("GO — %1, %2 UTC") : tr("NO-GO — %1, %2 UTC"))
                        .arg(decided->actor, hhmmss(decided->at));
            if (!decided->event.unmet.isEmpty())
                state += tr("; not met: %1").arg(decided->event.unmet.join(QStringLiteral(", ")));
            if (!decided->event.reason.isEmpty())
                state += tr(": \"%1\"").arg(decided->event.reason);
            alarm = !decided->event.go;
        }
        break;
    }
    case Row::Window: {
        item = tr("Rollback window (%1)").arg(Duration::humanText(*stage.window));
        switch (progress.windowState(now)) {
        case WindowState::NotOpened:
            state = tr("not opened — Space opens it");
            break;
        case WindowState::Open:
            state = tr("OPEN since %1 UTC, closes at %2 UTC")
                        .arg(hhmmss(progress.windowOpenedAt()), hhmmss(progress.windowOpened->event.closesAt));
            due = countdownTo(progress.windowOpened->event.closesAt, now).text;
            break;
        case WindowState::RanOut:
            state = tr("CLOSED — its time ran out at %1 UTC; close it on record")
                        .arg(hhmmss(progress.windowOpened->event.closesAt));
            due = countdownTo(progress.windowOpened->event.closesAt, now).text;
            alarm = true;
            break;
        case WindowState::Closed:
            state =
                (progress.windowClosed->event.early ? tr("CLOSED early at %1 UTC by %2") : tr("CLOSED at %1 UTC by %2"))
                    .arg(hhmmss(progress.windowClosed->event.at), progress.windowClosed->actor);
            if (!progress.windowClosed->event.reason.isEmpty())
                state += tr(": \"%1\"").arg(progress.windowClosed->event.reason);
            break;
        }
        break;
    }
    case Row::Harm: {
        item = tr("Harm record: who, how many, how long, what data");
        const auto* harm = progress.harmRecord(stage.id);
        if (!harm) {
            state = tr("not recorded");
        } else {
            const events::StageHarmRecorded& e = harm->event;
            state = tr("%1; how many: %2; for how long: %3; data: %4 — %5, %6 UTC")
                        .arg(e.affected, e.count.isEmpty() ? tr("unknown") : e.count,
                             e.duration.isEmpty() ? tr("unknown") : e.duration, e.data.isEmpty() ? tr("none") : e.data,
                             harm->actor, hhmmss(harm->at));
            const int count = progress.harmRecordCount(stage.id);
            if (count > 1)
                state += tr(" (corrects %n earlier record(s))", nullptr, count - 1);
        }
        break;
    }
    case Row::Relaunch: {
        item = tr("Relaunch decision (%n criteria)", nullptr, int(stage.relaunchCriteria.size()));
        const auto* decided = progress.relaunchDecision(stage.id);
        if (!decided) {
            state = tr("not recorded");
        } else {
            const events::StageRelaunchDecided& e = decided->event;
            state = (e.relaunch ? tr("RELAUNCH — %1 of %2 criteria met; %3, %4 UTC")
                                : tr("DO NOT RELAUNCH — %1 of %2 criteria met; %3, %4 UTC"))
                        .arg(e.criteria.size() - e.unmet().size())
                        .arg(e.criteria.size())
                        .arg(decided->actor, hhmmss(decided->at));
            if (!e.reason.isEmpty())
                state += tr(": \"%1\"").arg(e.reason);
        }
        break;
    }
    default:
        break;
    }
    row->setText(ItemColumn, item);
    row->setText(StateColumn, state);
    row->setText(DueColumn, due);
    row->setForeground(StateColumn, alarm ? kRed : QBrush());
    row->setForeground(DueColumn, alarm ? kRed : QBrush());
}

void StagesPanel::fillPrompt(QTreeWidgetItem* row, const ImpactPrompt& prompt) {
    row->setText(ItemColumn, tr("Impact: %1").arg(prompt.question));
    row->setToolTip(ItemColumn, prompt.question);
    const ImpactAnswer* answer = m_view->incident().impactAnswer(prompt.id);
    row->setText(StateColumn, answer ? (answer->unknown ? tr("unknown: \"%1\"").arg(answer->reason) : answer->answer)
                              : prompt.required ? tr("NOT ANSWERED — blocks closing (Return: Human impact tab)")
                                                : tr("not answered (Return: Human impact tab)"));
    row->setForeground(StateColumn, !answer && prompt.required ? kRed : QBrush());
}

void StagesPanel::select(const QString& stage, const QString& item) {
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(ItemColumn, StageRole).toString() == stage &&
            (*it)->data(ItemColumn, ItemRole).toString() == item) {
            m_tree->setCurrentItem(*it);
            break;
        }
    m_tree->setFocus();
}

} // namespace turnback
