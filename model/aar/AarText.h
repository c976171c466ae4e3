#pragma once

#include "AfterActionReport.h"

#include <QCoreApplication>
#include <QString>

namespace turnback {

/// The report in words, translated: the table cells the report window shows and the HTML the PDF is
/// laid out from. The kit (optional) gives names for roles and signals.
class AarText {
    Q_DECLARE_TR_FUNCTIONS(AarText)
public:
    /// "met, 2 min 0 s to spare", "exactly on time", "missed by 45 s", "never: 3 min 0 s past due at the end".
    static QString timerOutcome(const AarTimer& timer);
    static QString timerKind(const QString& kind);
    static QString expectationOutcome(const AarExpectation& expectation);
    static QString gapReason(const QString& reason);
    /// "decide error-rate (incident-commander) within 5 min 0 s".
    static QString expectation(const AarExpectation& expectation);
    /// "1 h 2 min", "4 min 12 s", "0 s".
    static QString duration(qint64 ms);
    static QString time(const QDateTime& at); ///< "2026-03-14 09:02:00 UTC"
    /// The whole report as HTML; `chartUrl` (may be empty) names the level chart image the document holds.
    static QString html(const AfterActionReport& report, const QString& chartUrl);
};

} // namespace turnback
