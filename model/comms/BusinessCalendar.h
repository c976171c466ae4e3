#pragma once

#include <QDate>
#include <QString>

namespace turnback {

/// United States federal business days, for the SEC's Form 8-K clock (docs/regulator-clocks.md,
/// "Business days"): Monday to Friday except the eleven federal holidays of 5 U.S.C. 6103 on their
/// observed dates (a Saturday holiday is observed the Friday before, a Sunday holiday the Monday after).
class BusinessCalendar {
public:
    /// The holiday observed on `date` ("Thanksgiving Day"), or an empty string.
    static QString holidayObservedOn(const QDate& date);
    static bool isHoliday(const QDate& date) { return !holidayObservedOn(date).isEmpty(); }
    static bool isWeekend(const QDate& date);
    static bool isBusinessDay(const QDate& date) { return !isWeekend(date) && !isHoliday(date); }
    /// The first business day strictly after `date`.
    static QDate nextBusinessDay(const QDate& date);
    /// The `count`-th business day strictly after `date` (count >= 1).
    static QDate addBusinessDays(const QDate& date, int count);
};

} // namespace turnback
