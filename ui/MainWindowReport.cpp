// File > After-action report (docs/after-action-report.md, "On screen").
#include "MainWindow.h"

#include "AuditLog.h"
#include "ConsoleController.h"
#include "MessageBoxes.h"
#include "ReportWindow.h"
#include "ReversalSession.h"

namespace turnback {

QString MainWindow::incidentOnScreenOrNewest() const {
    if (ReversalSession* running = session())
        return running->incident().id();
    const QList<IncidentSummary> all = m_controller->log().incidentSummaries();
    return all.isEmpty() ? QString() : all.last().incident;
}

void MainWindow::showAfterActionReport() {
    const AuditLog& log = m_controller->log();
    const QString incident = incidentOnScreenOrNewest();
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
    ReportWindow::open(this, log.path(), incident, m_controller->hasKit() ? &m_controller->kit() : nullptr, recorder,
                       QStringLiteral("reportFailedBox"));
}

} // namespace turnback
