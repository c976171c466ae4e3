// File > After-action report (docs/after-action-report.md, "On screen").
#include "MainWindow.h"

#include "AuditLog.h"
#include "ConsoleController.h"
#include "MessageBoxes.h"
#include "ReportWindow.h"
#include "ReversalSession.h"

namespace turnback {

void MainWindow::showAfterActionReport() {
    const AuditLog& log = m_controller->log();
    // The reversal on screen; with none, the one started last in this log.
    QString incident;
    if (ReversalSession* running = session())
        incident = running->incident().id();
    else if (const QList<IncidentSummary> all = log.incidentSummaries(); !all.isEmpty())
        incident = all.last().incident;
    if (incident.isEmpty()) {
        MessageBoxes::tell(this, QMessageBox::Information, tr("After-action report"),
                           tr("This log holds no reversal yet: there is nothing to report on."),
                           {QStringLiteral("reportNothingBox"), QStringLiteral("reportNothingCloseButton")});
        return;
    }
    // The report reads the log read-only; the trainer's review is written only through this console,
    // into its own log, and only when this console writes that log (not when it follows another's).
    ReportWindow::Recorder recorder;
    if (!log.isReadOnly() && !m_controller->isFollowingAnotherWriter())
        recorder = [controller = m_controller](const QString& kind, const QString& target, const QJsonObject& payload) {
            return controller->recordConsoleLevel(kind, target, payload);
        };
    auto* report =
        new ReportWindow(log.path(), incident, m_controller->hasKit() ? &m_controller->kit() : nullptr, recorder, this);
    report->setWindowFlag(Qt::Window);
    if (!report->load()) {
        MessageBoxes::tell(this, QMessageBox::Warning, tr("After-action report"), report->errorString(),
                           {QStringLiteral("reportFailedBox"), QStringLiteral("reportFailedCloseButton")});
        delete report;
        return;
    }
    report->show();
}

} // namespace turnback
