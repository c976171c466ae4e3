#include "ReviewWindow.h"

#include "ClickRecorder.h"
#include "ReviewDatabase.h"
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
    , m_verification(new ReviewVerification(this)) {
    if (kit)
        m_kit = *kit;
    setObjectName(QStringLiteral("reviewWindow"));
    setWindowTitle(tr("Review (read-only)"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
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
    m_order->addItems({tr("Oldest first"), tr("Newest first")});
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

QWidget* ReviewWindow::buildConsoleTab() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    m_consoleTime = new QLineEdit(page);
    m_consoleTime->setObjectName(QStringLiteral("consoleTime"));
    m_consoleTime->setPlaceholderText(tr("HH:MM or YYYY-MM-DD HH:MM, local time"));
    auto* label = new QLabel(tr("What did the console show at this &instant:"), page);
    label->setBuddy(m_consoleTime);
    auto* show = new QPushButton(tr("S&how"), page);
    show->setObjectName(QStringLiteral("showConsoleButton"));
    connect(show, &QPushButton::clicked, this, &ReviewWindow::showConsoleAt);
    connect(m_consoleTime, &QLineEdit::returnPressed, this, &ReviewWindow::showConsoleAt);
    row->addWidget(label);
    row->addWidget(m_consoleTime, 1);
    row->addWidget(show);
    layout->addLayout(row);
    m_console = new QTextBrowser(page);
    m_console->setObjectName(QStringLiteral("consoleView"));
    layout->addWidget(m_console, 1);
    return page;
}

bool ReviewWindow::openLog(const QString& path) {
    m_model->clear();
    if (!m_database->open(path)) {
        m_error = m_database->errorString();
        return false;
    }
    setWindowTitle(tr("Review of %1 (read-only)").arg(QFileInfo(path).fileName()));
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
    for (const ReviewReversal& r : std::as_const(m_reversalList))
        if (r.id == id)
            m_incidentStart = r.startedAt;
    m_model->setSource(m_database.get(), id, m_kit ? &*m_kit : nullptr);
    applyFilter();
    m_timeline->resizeColumnsToContents();
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
    QStringList problems;
    if (!m_from->text().trimmed().isEmpty() && !filter.from.isValid())
        problems << tr("\"From\" is not a time (HH:MM or YYYY-MM-DD HH:MM).");
    if (!m_to->text().trimmed().isEmpty() && !filter.to.isValid())
        problems << tr("\"To\" is not a time (HH:MM or YYYY-MM-DD HH:MM).");
    const bool descending = m_order->currentIndex() == 1;
    if (filter != m_model->filter() || descending != m_model->isDescending())
        m_model->setFilterAndOrder(filter, descending);
    m_status->setText(problems.isEmpty() ? (m_model->rowCount() == 0 ? tr("No event matches.") : QString())
                                         : problems.join(QLatin1Char(' ')));
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

void ReviewWindow::fetchEarlierIfAtTop(int value) {
    auto* bar = m_timeline->verticalScrollBar();
    if (value != bar->minimum() || !m_model->canFetchEarlier())
        return;
    const int added = m_model->fetchEarlier();
    if (added > 0)
        bar->setValue(added);
}

void ReviewWindow::showDetail() {
    const qint64 seq = m_model->seqAt(m_timeline->currentIndex().row());
    const auto record = seq > 0 ? m_database->record(seq) : std::nullopt;
    if (!record) {
        m_detail->clear();
        return;
    }
    const QDateTime at = utc::parse(record->atUtc);
    const QJsonDocument payload = QJsonDocument::fromJson(record->payload.toUtf8());
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    auto row = [&html](const QString& name, const QString& value) {
        html +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QModelIndex current = m_timeline->currentIndex();
    row(tr("what happened"), current.siblingAtColumn(ReviewTimelineModel::SummaryColumn).data().toString());
    row(tr("seq"), QString::number(record->seq));
    row(tr("time"), tr("%1 local, %2 UTC").arg(localText(at), record->atUtc));
    row(tr("actor"), record->actor);
    row(tr("kind"), record->kind);
    row(tr("target"), record->target);
    row(tr("reversal"), record->incident);
    // An attached file named in the payload: is it still what was recorded?
    const QJsonObject fields = payload.object();
    if (fields.contains(QStringLiteral("sha256")) && fields.contains(QStringLiteral("path"))) {
        const QString file =
            QFileInfo(m_database->path()).dir().filePath(fields.value(QStringLiteral("path")).toString());
        QFile artifact(file);
        QString state = tr("missing: %1 is not there").arg(file);
        if (artifact.open(QIODevice::ReadOnly)) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&artifact);
            state = QString::fromLatin1(hash.result().toHex()) == fields.value(QStringLiteral("sha256")).toString()
                        ? tr("matches the recorded SHA-256")
                        : tr("CHANGED: the file no longer has the recorded SHA-256");
        }
        row(tr("artifact"), state);
    }
    html += QStringLiteral("</table><pre>%1</pre><table cellspacing=\"2\">")
                .arg(QString::fromUtf8(payload.toJson(QJsonDocument::Indented)).toHtmlEscaped());
    // The hashes after the payload: what a person reads first is what happened.
    row(tr("hash"), record->hash);
    row(tr("previous hash"), record->prevHash);
    if (record->incidentSeq > 0)
        row(tr("in the reversal's chain"), tr("#%1, hash %2").arg(record->incidentSeq).arg(record->incidentHash));
    html += QStringLiteral("</table>");
    m_detail->setHtml(html);
}

void ReviewWindow::showConsoleAt() {
    if (m_incident.isEmpty() || !m_kit) {
        m_console->setPlainText(m_incident.isEmpty() ? tr("Choose a reversal first.")
                                                     : tr("No kit is loaded to rebuild the rubric with."));
        return;
    }
    const QDateTime instant = parseInstant(m_consoleTime->text());
    if (!instant.isValid()) {
        m_console->setPlainText(tr("Type a time: HH:MM or YYYY-MM-DD HH:MM, local time."));
        return;
    }
    QString error;
    const auto snapshot = ReviewSnapshot::at(*m_database, m_incident, *m_kit, instant, &error);
    if (!snapshot) {
        m_console->setPlainText(error);
        return;
    }
    m_console->setHtml(ReviewSnapshot::html(*snapshot, *m_kit));
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
