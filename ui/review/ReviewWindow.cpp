#include "ReviewWindow.h"

#include "ClickRecorder.h"
#include "ExerciseBanner.h"
#include "ReviewDatabase.h"
#include "ReviewIndex.h"
#include "ReviewSnapshot.h"
#include "ReviewTimelineModel.h"
#include "ReviewVerification.h"
#include "UtcTime.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace turnback {

namespace {

enum ReversalColumn { TitleColumn, ServiceColumn, StartColumn, EndColumn, LevelColumn, OverdueColumn, IdColumn };

QString localText(const QDateTime& at) {
    return QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// The kind filter's choices: a label and the kinds it stands for (empty: every kind).
struct KindChoice {
    const char* label;
    QStringList kinds;
};

QList<KindChoice> kindChoices() {
    return {{QT_TRANSLATE_NOOP("ReviewWindow", "All kinds"), {}},
            {QT_TRANSLATE_NOOP("ReviewWindow", "Decisions"), ReviewFilter::decisionKinds()},
            {QT_TRANSLATE_NOOP("ReviewWindow", "Level changes"), ReviewFilter::levelKinds()},
            {QT_TRANSLATE_NOOP("ReviewWindow", "Triggers and clears"), ReviewFilter::triggerKinds()},
            {QT_TRANSLATE_NOOP("ReviewWindow", "Observations"), ReviewFilter::observationKinds()},
            {QT_TRANSLATE_NOOP("ReviewWindow", "Acknowledgements and notifications"), ReviewFilter::ownerKinds()},
            {QT_TRANSLATE_NOOP("ReviewWindow", "Corrections"), ReviewFilter::correctionKinds()},
            {QT_TRANSLATE_NOOP("ReviewWindow", "Comms and data steps"), ReviewFilter::commsAndDataKinds()},
            {QT_TRANSLATE_NOOP("ReviewWindow", "Clicks"), ReviewFilter::clickKinds()}};
}

} // namespace

ReviewWindow::ReviewWindow(const Kit* kit, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::make_unique<ReviewDatabase>())
    , m_model(new ReviewTimelineModel(this))
    , m_verification(new ReviewVerification(this))
    , m_indexer(new ReviewIndexBuilder(this)) {
    if (kit)
        m_kit = *kit;
    setObjectName(QStringLiteral("reviewWindow"));
    setWindowTitle(tr("Review (read-only)"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_exerciseBanner = new ExerciseBanner(central);
    m_exerciseBanner->hide();
    layout->addWidget(m_exerciseBanner);
    layout->addWidget(buildBadge());

    auto* split = new QSplitter(Qt::Horizontal, central);
    m_reversals = new QTreeWidget(split);
    m_reversals->setObjectName(QStringLiteral("reversalList"));
    m_reversals->setHeaderLabels(
        {tr("Reversal"), tr("Service"), tr("Started"), tr("Ended"), tr("Level reached"), tr("Overdue"), tr("Id")});
    m_reversals->setRootIsDecorated(false);
    m_reversals->setAccessibleName(tr("Reversals in this log"));
    connect(m_reversals, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && !item->text(IdColumn).isEmpty())
            showReversal(item->text(IdColumn));
    });

    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(buildTimelineTab(), tr("&Timeline"));
    m_tabs->addTab(buildConsoleTab(), tr("&Console at an instant"));
    m_reversals->setMinimumWidth(360);
    split->setSizes({430, 936});
    layout->addWidget(split, 1);
    setCentralWidget(central);
    resize(1366, 768);

    connect(m_verification, &ReviewVerification::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
    });
    connect(m_verification, &ReviewVerification::finished, this, &ReviewWindow::showVerification);
    connect(m_indexer, &ReviewIndexBuilder::progress, this, &ReviewWindow::showStatus);
    connect(m_indexer, &ReviewIndexBuilder::finished, this, &ReviewWindow::indexFinished);

    // Opened from a console, the reviewer's clicks here are recorded in that console's log like every
    // click; none of them acts on its reversal, so each is marked navigation, never shown as an act.
    for (QWidget* control : findChildren<QWidget*>())
        if (qobject_cast<QAbstractButton*>(control) || qobject_cast<QComboBox*>(control) ||
            qobject_cast<QTabBar*>(control))
            ClickRecorder::markNavigation(control);
}

ReviewWindow::~ReviewWindow() = default;

QWidget* ReviewWindow::buildBadge() {
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_badge = new QLabel(tr("Not verified yet."), box);
    m_badge->setObjectName(QStringLiteral("verificationBadge"));
    m_badge->setWordWrap(true);
    m_badge->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("verificationProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Verifying %p%"));
    m_progress->hide();
    m_verifyButton = new QPushButton(tr("&Verify again"), box);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    connect(m_verifyButton, &QPushButton::clicked, this, &ReviewWindow::verify);
    row->addWidget(m_badge, 1);
    row->addWidget(m_progress);
    row->addWidget(m_verifyButton);
    row->addWidget(buildReportButton(box));
    return box;
}

QWidget* ReviewWindow::buildTimelineTab() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);

    auto* filters = new QHBoxLayout;
    auto addLabelled = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, page);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    for (const KindChoice& choice : kindChoices())
        m_kind->addItem(tr(choice.label), choice.kinds);
    addLabelled(tr("&Kind:"), m_kind);
    m_actor = new QLineEdit(page);
    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_actor->setPlaceholderText(tr("anyone"));
    addLabelled(tr("&Actor:"), m_actor);
    m_text = new QLineEdit(page);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("text recorded in the row"));
    m_text->setClearButtonEnabled(true);
    addLabelled(tr("Te&xt:"), m_text);
    m_from = new QLineEdit(page);
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_from->setPlaceholderText(tr("HH:MM"));
    addLabelled(tr("&From:"), m_from);
    m_to = new QLineEdit(page);
    m_to->setObjectName(QStringLiteral("toFilter"));
    m_to->setPlaceholderText(tr("HH:MM"));
    addLabelled(tr("T&o:"), m_to);
    m_order = new QComboBox(page);
    m_order->setObjectName(QStringLiteral("sortOrder"));
    // Recorded order both ways, then grouped by actor or by kind (each group in recorded order): the
    // same choices as a click on the Time, Actor or Kind column's header.
    m_order->addItems({tr("Oldest first"), tr("Newest first"), tr("Actor A to Z"), tr("Actor Z to A"),
                       tr("Kind A to Z"), tr("Kind Z to A")});
    addLabelled(tr("&Sort:"), m_order);
    m_jump = new QLineEdit(page);
    m_jump->setObjectName(QStringLiteral("jumpTime"));
    m_jump->setPlaceholderText(tr("HH:MM"));
    addLabelled(tr("&Jump to:"), m_jump);
    layout->addLayout(filters);

    // Typing narrows the timeline after a short pause; Return applies at once.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(debounce, &QTimer::timeout, this, &ReviewWindow::applyFilter);
    for (QLineEdit* edit : {m_actor, m_text, m_from, m_to}) {
        connect(edit, &QLineEdit::textEdited, debounce, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &ReviewWindow::applyFilter);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReviewWindow::applyFilter);
    connect(m_order, &QComboBox::currentIndexChanged, this, &ReviewWindow::applyFilter);
    connect(m_jump, &QLineEdit::returnPressed, this, &ReviewWindow::jumpToTime);

    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("timelineStatus"));
    layout->addWidget(m_status);

    auto* split = new QSplitter(Qt::Vertical, page);
    m_timeline = new QTableView(split);
    m_timeline->setObjectName(QStringLiteral("reviewTimeline"));
    m_timeline->setModel(m_model);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setWordWrap(false);
    m_timeline->verticalHeader()->hide();
    m_timeline->verticalHeader()->setDefaultSectionSize(m_timeline->fontMetrics().height() + 6);
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerItem); // rows dropped above are made up in rows
    m_timeline->horizontalHeader()->setSectionsClickable(true);
    m_timeline->horizontalHeader()->setSortIndicatorShown(true);
    m_timeline->horizontalHeader()->setSortIndicator(ReviewTimelineModel::LocalTimeColumn, Qt::AscendingOrder);
    connect(m_timeline->horizontalHeader(), &QHeaderView::sectionClicked, this, &ReviewWindow::sortByColumn);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex&, int first, int last) { keepPlaceAfterRowsDropped(first, last); });
    m_timeline->setAccessibleName(tr("Timeline"));
    connect(m_timeline->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewWindow::showDetail);
    connect(m_timeline->verticalScrollBar(), &QScrollBar::valueChanged, this, &ReviewWindow::fetchEarlierIfAtTop);
    m_detail = new QTextBrowser(split);
    m_detail->setObjectName(QStringLiteral("detailPane"));
    m_detail->setAccessibleName(tr("The chosen row in full"));
    m_detail->setPlaceholderText(tr("Choose a row to see it in full: every field, its hashes and its payload."));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    return page;
}

bool ReviewWindow::openLog(const QString& path) {
    m_indexer->stop();
    m_model->clear();
    if (!m_database->open(path)) {
        m_error = m_database->errorString();
        return false;
    }
    updateTitle(false);
    m_exerciseBanner->hide();
    fillReversals();
    // The first reversal listed is shown at once, with the list ready for the arrow keys.
    for (QTreeWidgetItemIterator it(m_reversals); *it; ++it)
        if (!(*it)->text(IdColumn).isEmpty()) {
            m_reversals->setCurrentItem(*it);
            break;
        }
    m_reversals->setFocus();
    verify();
    return true;
}

void ReviewWindow::fillReversals() {
    m_reversals->clear();
    // Read once per log (its level and overdue rows cost about half a second at a million events).
    const auto reversals = m_database->reversals();
    m_reversalList = reversals.value_or(QList<ReviewReversal>());
    if (!reversals)
        return;
    auto* live = new QTreeWidgetItem(m_reversals, {QString()});
    auto* exercise = new QTreeWidgetItem(m_reversals, {QString()});
    int lives = 0;
    for (const ReviewReversal& r : *reversals)
        lives += r.exercise ? 0 : 1;
    live->setText(0, tr("LIVE reversals (%1)").arg(lives));
    exercise->setText(0, tr("EXERCISES, not live (%1)").arg(reversals->size() - lives));
    for (QTreeWidgetItem* group : {live, exercise}) {
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
    }
    for (const ReviewReversal& r : *reversals) {
        const QString level = m_kit ? m_kit->levelLabel(r.levelReached) : levelId(r.levelReached);
        auto* item = new QTreeWidgetItem(
            r.exercise ? exercise : live,
            {r.title, r.service, localText(r.startedAt), r.closedAt ? localText(*r.closedAt) : tr("open"), level,
             r.overdueDecisions > 0 ? tr("%n overdue", nullptr, r.overdueDecisions) : tr("none"), r.id});
        item->setToolTip(TitleColumn, tr("%1 — %n event(s)", nullptr, int(qMin<qint64>(r.events, INT_MAX))).arg(r.id));
    }
    m_reversals->expandAll();
    for (int c = 0; c < IdColumn; ++c)
        m_reversals->resizeColumnToContents(c);
}

bool ReviewWindow::chooseReversal(const QString& id) {
    for (QTreeWidgetItemIterator it(m_reversals); *it; ++it)
        if ((*it)->text(IdColumn) == id) {
            m_reversals->setCurrentItem(*it);
            return true;
        }
    return false;
}

void ReviewWindow::showReversal(const QString& id) {
    m_incident = id;
    m_incidentStart = {};
    qint64 rows = 0;
    bool exercise = false;
    for (const ReviewReversal& r : std::as_const(m_reversalList))
        if (r.id == id) {
            m_incidentStart = r.startedAt;
            rows = r.events;
            exercise = r.exercise;
        }
    // A drill must not be read as a live reversal: the same banner as the live console's.
    m_exerciseBanner->setVisible(exercise);
    updateTitle(exercise);
    m_model->setSource(m_database.get(), id, m_kit ? &*m_kit : nullptr);
    // The side index for fast filters and sorts, built beside the review (docs/review.md, "The side index").
    m_indexer->start(m_database->path(), id, rows);
    applyFilter();
    m_timeline->resizeColumnsToContents();
}

void ReviewWindow::updateTitle(bool exercise) {
    const QString title = tr("Review of %1 (read-only)").arg(QFileInfo(m_database->path()).fileName());
    setWindowTitle(exercise ? tr("EXERCISE — %1").arg(title) : title);
}

QDateTime ReviewWindow::parseInstant(const QString& text) const {
    const QString trimmed = text.trimmed();
    for (const char* format : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"}) {
        const QDateTime full = QDateTime::fromString(trimmed, QString::fromLatin1(format));
        if (full.isValid())
            return full;
    }
    for (const char* format : {"HH:mm:ss", "H:mm:ss", "HH:mm", "H:mm"}) {
        const QTime time = QTime::fromString(trimmed, QString::fromLatin1(format));
        if (time.isValid() && m_incidentStart.isValid())
            return QDateTime(m_incidentStart.toLocalTime().date(), time);
    }
    return {};
}

void ReviewWindow::applyFilter() {
    if (m_incident.isEmpty())
        return;
    ReviewFilter filter;
    filter.kinds = m_kind->currentData().toStringList();
    filter.actor = m_actor->text().trimmed();
    filter.text = m_text->text().trimmed();
    filter.from = parseInstant(m_from->text());
    filter.to = parseInstant(m_to->text());
    m_problems.clear();
    if (!m_from->text().trimmed().isEmpty() && !filter.from.isValid())
        m_problems << tr("\"From\" is not a time (HH:MM or YYYY-MM-DD HH:MM).");
    if (!m_to->text().trimmed().isEmpty() && !filter.to.isValid())
        m_problems << tr("\"To\" is not a time (HH:MM or YYYY-MM-DD HH:MM).");
    const int order = m_order->currentIndex();
    const bool descending = order % 2 == 1;
    const ReviewSort sort = order >= 4 ? ReviewSort::Kind : order >= 2 ? ReviewSort::Actor : ReviewSort::Recorded;
    if (filter != m_model->filter() || descending != m_model->isDescending() || sort != m_model->sortKey())
        m_model->setView(filter, sort, descending);
    const int column = sort == ReviewSort::Actor  ? ReviewTimelineModel::ActorColumn
                       : sort == ReviewSort::Kind ? ReviewTimelineModel::KindColumn
                                                  : ReviewTimelineModel::LocalTimeColumn;
    m_timeline->horizontalHeader()->setSortIndicator(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    showStatus();
}

/// A click on a column's header sorts by it (again: the other way), through the Sort box, which
/// stays the one place the order is chosen (Alt+S from the keyboard).
void ReviewWindow::sortByColumn(int column) {
    int base = -1;
    if (column == ReviewTimelineModel::LocalTimeColumn || column == ReviewTimelineModel::UtcColumn)
        base = 0;
    else if (column == ReviewTimelineModel::ActorColumn)
        base = 2;
    else if (column == ReviewTimelineModel::KindColumn)
        base = 4;
    const int current = m_order->currentIndex();
    if (base < 0) { // the role and the sentence are not sortable at scale: the indicator stays where it was
        applyFilter();
        m_status->setText(tr("Sort by time, actor or kind; the role and what happened are not sortable."));
        return;
    }
    m_order->setCurrentIndex(current / 2 * 2 == base ? base + (1 - current % 2) : base);
}

void ReviewWindow::indexFinished() {
    if (m_indexer->incident() != m_incident)
        return;
    // The model may read its rows again (counted, or sorted as asked): the row chosen stays chosen.
    const qint64 chosen = m_model->seqAt(m_timeline->currentIndex().row());
    m_model->setIndex(m_indexer->index());
    if (const int row = chosen > 0 ? m_model->rowOfSeq(chosen) : -1; row >= 0 && !m_timeline->currentIndex().isValid())
        m_timeline->setCurrentIndex(m_model->index(row, ReviewTimelineModel::SummaryColumn));
    showStatus();
}

/// The status line: what is wrong with the filter bar, whether the index is still being built (and
/// a sort waits for it), and how many rows match when that is known.
void ReviewWindow::showStatus() {
    QStringList parts = m_problems;
    if (m_incident.isEmpty()) {
        m_status->setText(parts.join(QLatin1Char(' ')));
        return;
    }
    if (m_indexer->isRunning() && !m_model->hasIndex()) {
        parts << (m_model->isSortPending()
                      ? tr("Indexing... %1%: the sort applies when it is done; recorded order meanwhile.")
                            .arg(m_indexer->percent())
                      : tr("Indexing... %1% (filters read the log meanwhile, slower).").arg(m_indexer->percent()));
    } else if (!m_model->hasIndex() && !m_indexer->errorString().isEmpty()) {
        parts << tr("Not indexed (%1): filters read the log, and only recorded order is available.")
                     .arg(m_indexer->errorString());
    }
    if (m_model->rowCount() == 0)
        parts << tr("No event matches.");
    else if (m_model->matchCount() >= 0)
        parts << tr("Matching events: %1.").arg(QLocale().toString(m_model->matchCount()));
    // A log still being recorded into: the index is the reversal as it was when it was built.
    if (m_model->usesIndex() && !m_database->isImmutable())
        parts << tr("A console is recording into this log: filters and sorts show the rows up to %1; choose the "
                    "reversal again for newer ones.")
                     .arg(QLocale().toString(m_indexer->startedAt(), QStringLiteral("HH:mm:ss")));
    m_status->setText(parts.join(QLatin1Char(' ')));
}

void ReviewWindow::jumpToTime() {
    const QDateTime instant = parseInstant(m_jump->text());
    if (!instant.isValid()) {
        m_status->setText(tr("\"Jump to\" is not a time (HH:MM or YYYY-MM-DD HH:MM)."));
        return;
    }
    if (m_model->jumpTo(instant) < 0) {
        m_status->setText(tr("No event matches at or after %1.").arg(localText(instant)));
        return;
    }
    m_status->setText(tr("From %1; scroll up for earlier events.").arg(localText(instant)));
    m_timeline->setFocus();
    const int row = m_model->rowOfSeq(m_model->seqAt(0));
    const int jumped = m_model->fetchEarlier(); // one page above, so scrolling up just works
    m_timeline->selectRow(row + jumped);
    m_timeline->scrollTo(m_model->index(row + jumped, 0), QAbstractItemView::PositionAtTop);
}

/// Pages dropped above the view (ReviewTimelineModel::kMaxPages) would move what is on screen up by
/// as many rows: the scroll bar follows, so the rows under the reader's eyes stay where they were.
void ReviewWindow::keepPlaceAfterRowsDropped(int first, int last) {
    if (first != 0)
        return;
    auto* bar = m_timeline->verticalScrollBar();
    bar->setValue(std::max(bar->minimum(), bar->value() - (last - first + 1)));
}

void ReviewWindow::fetchEarlierIfAtTop(int value) {
    auto* bar = m_timeline->verticalScrollBar();
    if (value != bar->minimum() || !m_model->canFetchEarlier())
        return;
    const int added = m_model->fetchEarlier();
    if (added > 0)
        bar->setValue(added);
}

void ReviewWindow::verify() {
    m_badge->setText(tr("Verifying the log: the chain, then the signed checkpoints..."));
    m_badge->setStyleSheet({});
    m_progress->setRange(0, 0);
    m_progress->show();
    m_verifyButton->setEnabled(false);
    m_verification->start(m_database->path());
}

void ReviewWindow::showVerification() {
    m_progress->hide();
    m_verifyButton->setEnabled(true);
    const AuditVerification& result = m_verification->result();
    const QString lines = m_verification->lines().join(QLatin1Char('\n'));
    m_badge->setText(result.ok ? tr("VERIFIED (as audit verify says):\n%1").arg(lines)
                               : tr("BROKEN (as audit verify says):\n%1").arg(lines));
    m_badge->setStyleSheet(result.ok ? QStringLiteral("QLabel { background: #e6f4ea; padding: 4px; }")
                                     : QStringLiteral("QLabel { background: #b00020; color: white; padding: 4px; }"));
}

} // namespace turnback
