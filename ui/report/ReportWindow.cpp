#include "ReportWindow.h"

#include "AarText.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "ReportChart.h"
#include "ReportPdf.h"
#include "ReviewDatabase.h"

#include <QChartView>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace turnback {

namespace {

const QColor kMissed(176, 0, 0);

QTableWidget* table(QWidget* parent, const QString& name, const QStringList& headers) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setTabKeyNavigation(false); // Tab leaves the table: keyboard users move on with Tab, within it with arrows
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells, bool missed) {
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (missed)
            item->setForeground(kMissed);
        t->setItem(row, c, item);
    }
}

QStringList lines(const QPlainTextEdit* edit) {
    QStringList out;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

} // namespace

ReportWindow::ReportWindow(const QString& logPath, const QString& incident, const Kit* kit, Recorder recorder,
                           QWidget* parent)
    : QMainWindow(parent)
    , m_logPath(logPath)
    , m_incident(incident)
    , m_recorder(std::move(recorder)) {
    if (kit)
        m_kit = *kit;
    setObjectName(QStringLiteral("reportWindow"));
    setAttribute(Qt::WA_DeleteOnClose, parent != nullptr);

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("reportCentral"));
    auto* layout = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("reportExerciseBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #b00000; color: white; font-weight: bold; padding: 4px; }"));
    m_banner->setText(tr("EXERCISE: this reversal was an exercise, not a live incident."));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_overview = new QTextBrowser(m_tabs);
    m_overview->setObjectName(QStringLiteral("reportOverview"));
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(buildTimersTab(), tr("T&imers"));
    m_tabs->addTab(buildInjectsTab(), tr("In&jects and gaps"));
    m_chart = new QChartView(m_tabs);
    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    // A picture to look at, nothing to click or type into (the figures are in the tables): no focus.
    m_chart->setFocusPolicy(Qt::NoFocus);
    m_chart->viewport()->setFocusPolicy(Qt::NoFocus);
    m_chart->viewport()->setObjectName(QStringLiteral("qt_scrollarea_viewport"));
    m_tabs->addTab(m_chart, tr("&Level chart"));
    m_tabs->addTab(buildReviewTab(), tr("Trainer's re&view"));
    layout->addWidget(m_tabs, 1);

    // A button box, so Close is the window's rejecting button as in every dialog (Escape too).
    auto* buttons = new QDialogButtonBox(central);
    buttons->setObjectName(QStringLiteral("reportButtons"));
    auto* exportButton = buttons->addButton(tr("Export &PDF..."), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("reportExportPdfButton"));
    connect(exportButton, &QPushButton::clicked, this, &ReportWindow::chooseAndExport);
    QPushButton* closeButton = buttons->addButton(QDialogButtonBox::Close);
    closeButton->setObjectName(QStringLiteral("reportCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    layout->addWidget(buttons);
    setCentralWidget(central);
    // Every click is recorded by its widget's path (docs/incident-events.md, "Clicks"): scroll bars too.
    for (QAbstractScrollArea* area : findChildren<QAbstractScrollArea*>()) {
        area->verticalScrollBar()->setObjectName(QStringLiteral("verticalScrollBar"));
        area->horizontalScrollBar()->setObjectName(QStringLiteral("horizontalScrollBar"));
    }
    for (QTableWidget* t : findChildren<QTableWidget*>()) {
        t->horizontalHeader()->setObjectName(QStringLiteral("horizontalHeader"));
        t->verticalHeader()->setObjectName(QStringLiteral("verticalHeader"));
    }
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    // Room for the frame and title bar a window manager adds, as the main window leaves (fitToScreen).
    const QSize frameAllowance(16, 40);
    resize(QSize(1366, 768).boundedTo(screen()->availableGeometry().size() - frameAllowance));
}

QWidget* ReportWindow::buildTimersTab() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("reportTimersPage"));
    auto* layout = new QVBoxLayout(page);
    m_timers = table(page, QStringLiteral("reportTimers"),
                     {tr("Kind"), tr("Item"), tr("Owner"), tr("Started"), tr("Due"), tr("Acted"), tr("Margin (s)"),
                      tr("Met or missed")});
    m_timers->setAccessibleName(tr("Every timer, met or missed"));
    layout->addWidget(m_timers);
    return page;
}

QWidget* ReportWindow::buildInjectsTab() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("reportInjectsPage"));
    auto* layout = new QVBoxLayout(page);
    m_score = new QLabel(page);
    m_score->setObjectName(QStringLiteral("reportScore"));
    m_score->setWordWrap(true);
    layout->addWidget(m_score);
    m_injects = table(page, QStringLiteral("reportInjects"),
                      {tr("Gap"), tr("At"), tr("Inject"), tr("To"), tr("Text"), tr("Expected"), tr("Outcome")});
    m_injects->setAccessibleName(tr("Injects and what was expected of them"));
    layout->addWidget(m_injects);
    return page;
}

QWidget* ReportWindow::buildReviewTab() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("reportReviewPage"));
    auto* form = new QFormLayout(page);
    const auto edit = [page](const QString& name) {
        auto* e = new QPlainTextEdit(page);
        e->setObjectName(name);
        e->setTabChangesFocus(true);
        return e;
    };
    m_strengths = edit(QStringLiteral("reportStrengths"));
    m_improvements = edit(QStringLiteral("reportImprovements"));
    m_notes = edit(QStringLiteral("reportNotes"));
    // Made before the plan table (laid out below it), so "Add a plan row" comes first in creation order.
    m_addPlanRow = new QPushButton(tr("&Add a plan row"), page);
    m_addPlanRow->setObjectName(QStringLiteral("reportAddPlanRowButton"));
    connect(m_addPlanRow, &QPushButton::clicked, this, &ReportWindow::addPlanRow);
    m_plan = new QTableWidget(0, 3, page);
    m_plan->setObjectName(QStringLiteral("reportPlan"));
    m_plan->setHorizontalHeaderLabels({tr("Corrective action"), tr("Owner"), tr("Due date")});
    m_plan->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_plan->verticalHeader()->hide();
    m_plan->setTabKeyNavigation(false);
    auto* strengthsLabel = new QLabel(tr("&Strengths (one a line):"), page);
    strengthsLabel->setObjectName(QStringLiteral("reportStrengthsLabel"));
    strengthsLabel->setBuddy(m_strengths);
    auto* improvementsLabel = new QLabel(tr("Areas for i&mprovement (one a line):"), page);
    improvementsLabel->setObjectName(QStringLiteral("reportImprovementsLabel"));
    improvementsLabel->setBuddy(m_improvements);
    auto* planLabel = new QLabel(tr("Improvement pla&n:"), page);
    planLabel->setObjectName(QStringLiteral("reportPlanLabel"));
    planLabel->setBuddy(m_plan);
    auto* notesLabel = new QLabel(tr("Trainer's no&tes:"), page);
    notesLabel->setObjectName(QStringLiteral("reportNotesLabel"));
    notesLabel->setBuddy(m_notes);
    form->addRow(strengthsLabel, m_strengths);
    form->addRow(improvementsLabel, m_improvements);
    form->addRow(planLabel, m_plan);
    form->addRow(QString(), m_addPlanRow);
    form->addRow(notesLabel, m_notes);
    m_record = new QPushButton(tr("&Record the review"), page);
    m_record->setObjectName(QStringLiteral("reportRecordReviewButton"));
    connect(m_record, &QPushButton::clicked, this, &ReportWindow::recordReview);
    m_reviewState = new QLabel(page);
    m_reviewState->setObjectName(QStringLiteral("reportReviewState"));
    m_reviewState->setWordWrap(true);
    form->addRow(m_record, m_reviewState);
    return page;
}

ReportWindow* ReportWindow::open(QWidget* parent, const QString& logPath, const QString& incident, const Kit* kit,
                                 Recorder recorder, const QString& boxName) {
    auto* report = new ReportWindow(logPath, incident, kit, std::move(recorder), parent);
    report->setWindowFlag(Qt::Window);
    if (!report->load()) {
        MessageBoxes::tell(parent, QMessageBox::Warning, tr("After-action report"), report->errorString(),
                           {boxName, boxName + QStringLiteral("CloseButton")});
        delete report;
        return nullptr;
    }
    report->show();
    return report;
}

bool ReportWindow::load() {
    ReviewDatabase db;
    if (!db.open(m_logPath)) {
        m_error = db.errorString();
        return false;
    }
    std::optional<AfterActionReport> report =
        AfterActionReportBuilder::build(db, m_incident, m_kit ? &*m_kit : nullptr, &m_error);
    if (!report)
        return false;
    m_report = std::move(report);
    fill();
    return true;
}

void ReportWindow::fill() {
    const AfterActionReport& r = *m_report;
    const QString name = r.overview.scenarioTitle.isEmpty() ? r.overview.title : r.overview.scenarioTitle;
    setWindowTitle((r.overview.exercise ? tr("EXERCISE") + QStringLiteral(" \u2014 ") : QString()) +
                   tr("After-action report: %1").arg(name));
    m_banner->setVisible(r.overview.exercise);
    m_overview->setHtml(AarText::html(r, {}));
    fillTimers();
    fillInjects();
    QChart* old = m_chart->chart();
    m_chart->setChart(ReportChart::create(r, m_kit ? &*m_kit : nullptr));
    delete old;
    fillReview();
}

void ReportWindow::fillTimers() {
    const QList<AarTimer>& timers = m_report->timers;
    m_timers->setRowCount(int(timers.size()));
    for (int i = 0; i < timers.size(); ++i) {
        const AarTimer& t = timers.at(i);
        setRow(m_timers, i,
               {AarText::timerKind(t.kind), t.item, m_kit ? m_kit->roleTitle(t.owner) : t.owner,
                AarText::time(t.started), AarText::time(t.due), t.acted ? AarText::time(*t.acted) : tr("never"),
                QString::number(t.marginMs / 1000.0, 'f', t.marginMs % 1000 ? 1 : 0), AarText::timerOutcome(t)},
               t.missed());
    }
    m_timers->resizeColumnsToContents();
}

void ReportWindow::fillInjects() {
    const AarScore& s = m_report->score;
    m_score->setText(tr("Score: %1 of %2 met (%3%); %4 gaps. An inject that expected nothing counts as a gap.")
                         .arg(s.met)
                         .arg(s.counted)
                         .arg(QString::number(s.percent(), 'f', 0))
                         .arg(s.gaps) +
                     (s.metByScript > 0 ? QLatin1Char(' ') + tr("%1 of the %2 met were played by the scenario's script "
                                                                "(operator steps), not by the room.")
                                                                 .arg(s.metByScript)
                                                                 .arg(s.met)
                                        : QString()));
    m_injects->setRowCount(0);
    if (m_report->injects.isEmpty()) {
        m_injects->insertRow(0);
        setRow(m_injects, 0,
               {QString(), QString(), QString(), QString(), tr("No inject was recorded in this reversal.")}, false);
    }
    for (const AarInject& inject : m_report->injects) {
        // One row per expectation (one for an inject that expected nothing), so each gap has its own line.
        const int count = std::max<int>(1, int(inject.expects.size()));
        for (int i = 0; i < count; ++i) {
            const AarExpectation* e = inject.expects.isEmpty() ? nullptr : &inject.expects.at(i);
            const bool gap = !e || !e->isMet();
            const int row = m_injects->rowCount();
            m_injects->insertRow(row);
            setRow(m_injects, row,
                   {gap ? tr("GAP") : QString(), AarText::time(inject.at), inject.id, inject.to, inject.text,
                    e ? AarText::expectation(*e) : tr("(nothing)"),
                    e ? AarText::expectationOutcome(*e) : AarText::gapReason(QStringLiteral("no-expectation"))},
                   gap);
        }
    }
    m_injects->resizeColumnsToContents();
}

void ReportWindow::fillReview() {
    const events::ExerciseReview review = m_report->review.value_or(events::ExerciseReview{});
    m_strengths->setPlainText(review.strengths.join(QLatin1Char('\n')));
    m_improvements->setPlainText(review.improvements.join(QLatin1Char('\n')));
    m_notes->setPlainText(review.notes);
    m_plan->setRowCount(0);
    for (const events::PlanItem& item : review.plan) {
        addPlanRow();
        const int row = m_plan->rowCount() - 1;
        m_plan->item(row, 0)->setText(item.action);
        m_plan->item(row, 1)->setText(item.owner);
        m_plan->item(row, 2)->setText(item.due);
    }
    const bool editable = canRecord();
    for (QPlainTextEdit* e : {m_strengths, m_improvements, m_notes})
        e->setReadOnly(!editable);
    // Typing or F2 edits a cell (a click only chooses it).
    m_plan->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    m_addPlanRow->setVisible(editable);
    m_record->setVisible(editable);
    QString state = m_report->review ? tr("Recorded review: row %1 of the log.").arg(m_report->reviewSeq)
                                     : tr("No review recorded yet.");
    if (m_report->earlierReviews > 0)
        state += QLatin1Char(' ') +
                 tr("It replaces %n earlier review(s), which stay in the log.", nullptr, m_report->earlierReviews);
    if (!editable)
        state += QLatin1Char(' ') + tr("Read-only: this log is not the console's own.");
    m_reviewState->setText(state);
}

void ReportWindow::addPlanRow() {
    const int row = m_plan->rowCount();
    m_plan->insertRow(row);
    for (int c = 0; c < 3; ++c)
        m_plan->setItem(row, c, new QTableWidgetItem);
    m_plan->setCurrentCell(row, 0);
}

events::ExerciseReview ReportWindow::reviewOnScreen() const {
    events::ExerciseReview review;
    review.incident = m_incident;
    review.strengths = lines(m_strengths);
    review.improvements = lines(m_improvements);
    for (int row = 0; row < m_plan->rowCount(); ++row) {
        const auto cell = [this, row](int c) {
            return m_plan->item(row, c) ? m_plan->item(row, c)->text().trimmed() : QString();
        };
        if (!cell(0).isEmpty() || !cell(1).isEmpty() || !cell(2).isEmpty())
            review.plan.append({cell(0), cell(1), cell(2)});
    }
    review.notes = m_notes->toPlainText().trimmed();
    return review;
}

void ReportWindow::recordReview() {
    if (!m_recorder)
        return;
    const events::ExerciseReview review = reviewOnScreen();
    if (review.strengths.isEmpty() && review.improvements.isEmpty() && review.plan.isEmpty() &&
        review.notes.isEmpty()) {
        m_reviewState->setText(tr("Nothing to record: write a strength, an improvement, a plan row or a note first."));
        return;
    }
    if (m_report->review && *m_report->review == review) {
        m_reviewState->setText(tr("Nothing changed since the recorded review: nothing recorded."));
        return;
    }
    if (!m_recorder(events::ExerciseReview::kind, m_incident, review.toJson())) {
        m_reviewState->setText(tr("NOT RECORDED: the log could not take the review. Nothing was changed."));
        return;
    }
    if (!load())
        m_reviewState->setText(tr("Recorded, but the report could not be read again: %1").arg(m_error));
}

bool ReportWindow::exportPdf(const QString& path) {
    return ReportPdf::write(*m_report, m_kit ? &*m_kit : nullptr, path, &m_error);
}

void ReportWindow::chooseAndExport() {
    const QString suggested =
        QFileInfo(m_logPath).dir().filePath(QStringLiteral("after-action-%1.pdf").arg(m_incident));
    const QString path = FileDialogs::saveReportPdf(this, suggested);
    if (path.isEmpty())
        return;
    statusBar()->showMessage(exportPdf(path) ? tr("Report written: %1").arg(path) : m_error, 10'000);
}

} // namespace turnback
