#include "ReportPdf.h"

#include "AarText.h"
#include "PagedPdf.h"
#include "ReportChart.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QUrl>

namespace turnback {

QByteArray ReportPdf::render(const AfterActionReport& report, const Kit* kit) {
    const QUrl chart(QStringLiteral("aar://level-chart.png"));
    const QString html = AarText::html(report, chart.toString());
    const PdfPageStyle style{
        QCoreApplication::translate("ReportPdf", "After-action report: %1").arg(report.incident),
        QCoreApplication::translate("ReportPdf", "Turnback after-action report: %1").arg(report.incident),
        report.overview.exercise};
    return PagedPdf::render(html, style, {{chart, ReportChart::render(report, kit, QSize(900, 400))}});
}

bool ReportPdf::write(const AfterActionReport& report, const Kit* kit, const QString& path, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(render(report, kit)) < 0 || !file.commit()) {
        *error =
            QCoreApplication::translate("ReportPdf", "%1: cannot write the report: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace turnback
