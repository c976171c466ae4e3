#pragma once

#include "Kit.h"
#include "ReviewDatabase.h"

#include <QDateTime>
#include <QMainWindow>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace turnback {

class ReviewIndexBuilder;
class ReviewTimelineModel;
class ReviewVerification;

/// The policy lead's review of a log (docs/review.md): the log opened strictly read-only, its
/// reversals (live and exercise apart), one reversal's paged timeline with filters, a jump to a time
/// and the full row in a detail pane, the console as it was at a chosen instant, and the
/// verification badge (`audit verify`, on a worker thread). Nothing here writes to the reviewed file.
class ReviewWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `kit` gives names and the rubric for the console at an instant (copied); null: the ids.
    explicit ReviewWindow(const Kit* kit, QWidget* parent = nullptr);
    ~ReviewWindow() override;

    /// Opens `path` for review and starts verifying it. False with errorString(); nothing changed.
    bool openLog(const QString& path);
    QString errorString() const { return m_error; }
    /// Shows reversal `id` (as choosing it in the list does).
    bool chooseReversal(const QString& id);

    /// "HH:mm[:ss]" on the chosen reversal's first day, or "yyyy-MM-dd HH:mm[:ss]", local time.
    QDateTime parseInstant(const QString& text) const;

private:
    QWidget* buildTimelineTab();
    QWidget* buildConsoleTab();
    QWidget* buildBadge();
    /// "After-action report...": the chosen reversal's report, read-only (ReviewWindowReport.cpp).
    QWidget* buildReportButton(QWidget* parent);
    void openReport();
    void fillReversals();
    void showReversal(const QString& id);
    void applyFilter();
    void jumpToTime();
    void showDetail();
    void showConsoleAt();
    void verify();
    void showVerification();
    void fetchEarlierIfAtTop(int value);
    void keepPlaceAfterRowsDropped(int first, int last);
    void sortByColumn(int column);
    void indexFinished();
    void showStatus();
    /// "Review of FILE (read-only)", led by EXERCISE while an exercise is shown.
    void updateTitle(bool exercise);

    std::optional<Kit> m_kit;
    std::unique_ptr<ReviewDatabase> m_database;
    ReviewTimelineModel* m_model = nullptr;
    ReviewVerification* m_verification = nullptr;
    ReviewIndexBuilder* m_indexer = nullptr;
    QStringList m_problems; ///< what is wrong with the filter bar's times, shown in the status line
    QString m_error;
    QList<ReviewReversal> m_reversalList;
    QString m_incident;
    QDateTime m_incidentStart;

    QLabel* m_exerciseBanner = nullptr; ///< the live console's EXERCISE banner, while an exercise is shown
    QLabel* m_badge = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QTreeWidget* m_reversals = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_actor = nullptr;
    QLineEdit* m_text = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QComboBox* m_order = nullptr;
    QLineEdit* m_jump = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_timeline = nullptr;
    QTextBrowser* m_detail = nullptr;
    QLineEdit* m_consoleTime = nullptr;
    QTextBrowser* m_console = nullptr;
};

} // namespace turnback
