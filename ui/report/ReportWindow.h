#pragma once

#include "AfterActionReport.h"
#include "Kit.h"

#include <QJsonObject>
#include <QMainWindow>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace turnback {

/// The after-action report on screen (docs/after-action-report.md, "On screen"): the overview, every
/// timer (missed ones in red, with the margin), the injects with their gaps, the level chart, and the
/// trainer's strengths, improvements, plan and notes; Export PDF. Keyboard only. Built from the log
/// opened read-only; the trainer's fields are recorded (exercise.review) only through a recorder, which
/// the console gives when the log is its own. Without one the fields are shown, not editable.
class ReportWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Records one row in the console's log (kind, target, payload); true when on record.
    using Recorder = std::function<bool(const QString& kind, const QString& target, const QJsonObject& payload)>;

    ReportWindow(const QString& logPath, const QString& incident, const Kit* kit, Recorder recorder = {},
                 QWidget* parent = nullptr);

    /// A report window of `parent`'s, built and shown; on failure a message box says why (named by
    /// `boxName`), and nullptr. What the console's File menu and the review window both open.
    static ReportWindow* open(QWidget* parent, const QString& logPath, const QString& incident, const Kit* kit,
                              Recorder recorder, const QString& boxName);

    /// Builds (again) from the log. False with errorString().
    bool load();
    QString errorString() const { return m_error; }
    const AfterActionReport& report() const { return *m_report; }
    bool canRecord() const { return bool(m_recorder); }
    /// Writes the PDF to `path`. False with errorString().
    bool exportPdf(const QString& path);

    /// The trainer's fields as they stand on screen.
    events::ExerciseReview reviewOnScreen() const;

private:
    QWidget* buildTimersTab();
    QWidget* buildInjectsTab();
    QWidget* buildReviewTab();
    void fill();
    void fillTimers();
    void fillInjects();
    void fillReview();
    void recordReview();
    void chooseAndExport();
    void addPlanRow();

    QString m_logPath, m_incident;
    std::optional<Kit> m_kit;
    Recorder m_recorder;
    std::optional<AfterActionReport> m_report;
    QString m_error;

    QLabel* m_banner = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_overview = nullptr;
    QTableWidget* m_timers = nullptr;
    QTableWidget* m_injects = nullptr;
    QLabel* m_score = nullptr;
    QChartView* m_chart = nullptr;
    QPlainTextEdit* m_strengths = nullptr;
    QPlainTextEdit* m_improvements = nullptr;
    QTableWidget* m_plan = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_addPlanRow = nullptr;
    QPushButton* m_record = nullptr;
    QLabel* m_reviewState = nullptr;
};

} // namespace turnback
