// The review window's way to the after-action report (docs/after-action-report.md, "On screen").
#include "ReviewWindow.h"

#include "MessageBoxes.h"
#include "ReportWindow.h"

#include <QPushButton>

namespace turnback {

QWidget* ReviewWindow::buildReportButton(QWidget* parent) {
    auto* button = new QPushButton(tr("After-action &report..."), parent);
    button->setObjectName(QStringLiteral("reviewReportButton"));
    connect(button, &QPushButton::clicked, this, &ReviewWindow::openReport);
    return button;
}

void ReviewWindow::openReport() {
    if (m_incident.isEmpty()) {
        MessageBoxes::tell(
            this, QMessageBox::Information, tr("After-action report"), tr("Choose a reversal first."),
            {QStringLiteral("reviewReportNothingBox"), QStringLiteral("reviewReportNothingCloseButton")});
        return;
    }
    // No recorder: a reviewed log is read, never written; the trainer's review is shown, not editable.
    ReportWindow::open(this, m_database->path(), m_incident, m_kit ? &*m_kit : nullptr, {},
                       QStringLiteral("reviewReportFailedBox"));
}

} // namespace turnback
