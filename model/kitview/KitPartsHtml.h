#pragma once

#include "Kit.h"

#include <QCoreApplication>

namespace turnback {

/// The kit's non-rubric parts rendered as simple HTML for a read-only browser
/// (QTextBrowser on screen, and later the printed evidence pack). Kit text is escaped.
class KitPartsHtml {
    Q_DECLARE_TR_FUNCTIONS(KitPartsHtml)
public:
    static QString overview(const Kit& kit);
    static QString roles(const Kit& kit);
    static QString comms(const Kit& kit);
    static QString dataHandling(const Kit& kit);
    static QString stages(const Kit& kit);
    static QString impact(const Kit& kit);

private:
    /// "within 1 hr", "immediately", or for a regulator report the clock that owes it.
    static QString dueText(const CommsTemplate& c);
};

} // namespace turnback
