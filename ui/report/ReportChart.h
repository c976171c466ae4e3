#pragma once

#include "AfterActionReport.h"

#include <QImage>
#include <QSize>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace turnback {

/// The after-action report's timeline chart (Qt Charts): the incident's level over time as a step line,
/// with each inject marked at its instant (injects with a gap in red). Widgets, so it lives in ui/.
class ReportChart {
public:
    /// A new chart (the caller owns it); `kit` gives the levels' labels.
    static QChart* create(const AfterActionReport& report, const Kit* kit);
    /// The chart drawn into an image of `size` (for the PDF). Needs a QApplication.
    static QImage render(const AfterActionReport& report, const Kit* kit, const QSize& size);
};

} // namespace turnback
