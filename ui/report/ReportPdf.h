#pragma once

#include "AfterActionReport.h"

#include <QByteArray>
#include <QString>

namespace turnback {

/// The after-action report as a PDF: AarText's HTML with the level chart, on the evidence pack's pages
/// (PagedPdf), an EXERCISE watermark on every page of an exercise. Needs a QApplication (the chart).
class ReportPdf {
public:
    static QByteArray render(const AfterActionReport& report, const Kit* kit);
    /// Writes it to `path` (replacing it only once written whole). False with `error`.
    static bool write(const AfterActionReport& report, const Kit* kit, const QString& path, QString* error);
};

} // namespace turnback
