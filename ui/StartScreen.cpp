#include "StartScreen.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace turnback {

namespace {
enum Column { StateColumn, ModeColumn, TitleColumn, ServiceColumn, StartedColumn, KitColumn, ColumnCount };
constexpr int kIncidentRole = Qt::UserRole;
constexpr int kResumableRole = Qt::UserRole + 1;
constexpr int kOpenRole = Qt::UserRole + 2;

QString whenText(const QDateTime& utc) {
    return StartScreen::tr("%1 (%2 UTC)")
        .arg(utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), utc.toString(QStringLiteral("HH:mm")));
}
} // namespace

StartScreen::StartScreen(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("startScreen"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("startHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; font-weight: bold; }"));

    // Ctrl+N is the menu's shortcut; the button says so, so a newcomer learns it here.
    m_start = new QPushButton(tr("Start a reversal (Ctrl+N)"), this);
    m_start->setObjectName(QStringLiteral("startReversalButton"));
    m_start->setAutoDefault(true); // Return on the focused button starts, as Space does
    m_start->setMinimumHeight(40);
    m_start->setStyleSheet(QStringLiteral("QPushButton { font-size: 13pt; font-weight: bold; padding: 4px 16px; }"));
    connect(m_start, &QPushButton::clicked, this, &StartScreen::startRequested);

    m_listTitle = new QLabel(this);
    m_listTitle->setObjectName(QStringLiteral("reversalListTitle"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("reversalList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("State"), tr("Mode"), tr("Title"), tr("Service"), tr("Started"), tr("Kit")});
    m_list->header()->setObjectName(QStringLiteral("reversalListHeader"));
    m_list->verticalScrollBar()->setObjectName(QStringLiteral("verticalScrollBar"));
    m_list->horizontalScrollBar()->setObjectName(QStringLiteral("horizontalScrollBar"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &StartScreen::updateResumeButton);
    connect(m_list, &QTreeWidget::itemActivated, this, &StartScreen::resumeSelected);

    m_resume = new QPushButton(tr("Resume the selected reversal (Return)"), this);
    m_resume->setObjectName(QStringLiteral("resumeReversalButton"));
    m_resume->setAutoDefault(true);
    connect(m_resume, &QPushButton::clicked, this, &StartScreen::resumeSelected);
    m_resumeHint = new QLabel(this);
    m_resumeHint->setObjectName(QStringLiteral("resumeHint"));
    m_resumeHint->setTextFormat(Qt::PlainText);

    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addStretch(1);
    auto* resumeRow = new QHBoxLayout;
    resumeRow->addWidget(m_resume);
    resumeRow->addWidget(m_resumeHint, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(startRow);
    layout->addSpacing(12);
    layout->addWidget(m_listTitle);
    layout->addWidget(m_list, 1);
    layout->addLayout(resumeRow);
    setState({});
}

void StartScreen::setState(const State& state) {
    const QString selected = selectedIncident();
    m_state = state;
    m_start->setEnabled(state.canStart);
    m_list->clear();
    QTreeWidgetItem* reselect = nullptr;
    QTreeWidgetItem* newestResumable = nullptr;
    for (const ReversalListing& row : state.reversals) {
        const bool resumable = row.isOpen() && row.kitId == state.loadedKitId;
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(StateColumn, row.isOpen() ? tr("OPEN") : tr("closed %1").arg(whenText(row.closedAt)));
        item->setText(ModeColumn, row.exercise ? tr("EXERCISE") : tr("live"));
        item->setText(TitleColumn, row.title);
        item->setText(ServiceColumn, row.service);
        item->setText(StartedColumn, whenText(row.startedAt));
        item->setText(KitColumn, row.kitId);
        item->setData(StateColumn, kIncidentRole, row.incident);
        item->setData(StateColumn, kResumableRole, resumable);
        item->setData(StateColumn, kOpenRole, row.isOpen());
        if (row.isOpen()) {
            QFont bold = item->font(StateColumn);
            bold.setBold(true);
            for (int column = 0; column < ColumnCount; ++column)
                item->setFont(column, bold);
        }
        if (row.incident == selected && resumable)
            reselect = item; // the operator's pick stays while it can still be resumed
        if (resumable && !newestResumable)
            newestResumable = item;
    }
    QTreeWidgetItem* current = reselect ? reselect : newestResumable ? newestResumable : m_list->topLevelItem(0);
    if (current)
        m_list->setCurrentItem(current);
    m_heading->setText(headingText());
    m_listTitle->setText(state.reversals.isEmpty() ? tr("Reversals in this audit log: none yet.")
                                                   : tr("Reversals in this audit log (newest first):"));
    updateResumeButton();
}

QString StartScreen::headingText() const {
    if (m_state.readOnly)
        return tr("Another console records into this audit log: this one follows its open reversal and records "
                  "nothing.");
    if (!m_state.runningTitle.isEmpty())
        return tr("Reversal \"%1\" is open: it is on the Live reversal tab.").arg(m_state.runningTitle);
    if (m_state.loadedKitId.isEmpty())
        return tr("Open a kit first: File > Open kit (Ctrl+O).");
    const qsizetype open = resumableCount();
    if (open > 1)
        return tr("%1 reversals are open in this log. Choose the one to resume (arrow keys) and press Return.")
            .arg(open);
    return tr("No reversal is open. When a deployment has to be unwound, start one: Ctrl+N.");
}

qsizetype StartScreen::resumableCount() const {
    return std::count_if(m_state.reversals.cbegin(), m_state.reversals.cend(), [this](const ReversalListing& row) {
        return row.isOpen() && row.kitId == m_state.loadedKitId;
    });
}

QString StartScreen::selectedIncident() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(StateColumn, kIncidentRole).toString() : QString();
}

void StartScreen::updateResumeButton() {
    const QTreeWidgetItem* item = m_list->currentItem();
    const bool resumable = item && item->data(StateColumn, kResumableRole).toBool();
    const bool free = m_state.runningTitle.isEmpty() && !m_state.readOnly;
    m_resume->setEnabled(resumable && free);
    QString hint;
    if (item && !free)
        hint = m_state.readOnly ? tr("This console only follows.")
                                : tr("Close the running reversal before resuming another.");
    else if (item && !item->data(StateColumn, kOpenRole).toBool())
        hint = tr("Closed: it stays in the log for review.");
    else if (item && !resumable)
        hint = tr("Started with the kit '%1': open that kit to resume it.").arg(item->text(KitColumn));
    m_resumeHint->setText(hint);
}

void StartScreen::resumeSelected() {
    if (m_resume->isEnabled())
        emit resumeRequested(selectedIncident());
}

void StartScreen::focusNextStep() {
    if (resumableCount() > 1 && m_resume->isEnabled())
        m_list->setFocus(Qt::OtherFocusReason);
    else if (m_start->isEnabled())
        m_start->setFocus(Qt::OtherFocusReason);
    else
        m_list->setFocus(Qt::OtherFocusReason);
}

} // namespace turnback
