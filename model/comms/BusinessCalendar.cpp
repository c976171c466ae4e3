#include "BusinessCalendar.h"

#include <QList>
#include <QPair>

namespace turnback {

namespace {

/// The `n`-th `weekday` (1 = Monday) of a month; n = -1 for the last one.
QDate nthWeekday(int year, int month, int weekday, int n) {
    if (n < 0) {
        QDate day(year, month, QDate(year, month, 1).daysInMonth());
        while (day.dayOfWeek() != weekday)
            day = day.addDays(-1);
        return day;
    }
    QDate day(year, month, 1);
    while (day.dayOfWeek() != weekday)
        day = day.addDays(1);
    return day.addDays(7 * (n - 1));
}

/// A fixed-date holiday moves off the weekend: Saturday to Friday, Sunday to Monday
/// (5 U.S.C. 6103(b); Executive Order 11582).
QDate observed(const QDate& date) {
    if (date.dayOfWeek() == Qt::Saturday)
        return date.addDays(-1);
    if (date.dayOfWeek() == Qt::Sunday)
        return date.addDays(1);
    return date;
}

/// The holidays of `year` as their actual (not observed) dates, with their names.
QList<QPair<QDate, QString>> holidaysOf(int year) {
    QList<QPair<QDate, QString>> days = {
        {QDate(year, 1, 1), QStringLiteral("New Year's Day")},
        {nthWeekday(year, 1, Qt::Monday, 3), QStringLiteral("Birthday of Martin Luther King, Jr.")},
        {nthWeekday(year, 2, Qt::Monday, 3), QStringLiteral("Washington's Birthday")},
        {nthWeekday(year, 5, Qt::Monday, -1), QStringLiteral("Memorial Day")},
        {QDate(year, 7, 4), QStringLiteral("Independence Day")},
        {nthWeekday(year, 9, Qt::Monday, 1), QStringLiteral("Labor Day")},
        {nthWeekday(year, 10, Qt::Monday, 2), QStringLiteral("Columbus Day")},
        {QDate(year, 11, 11), QStringLiteral("Veterans Day")},
        {nthWeekday(year, 11, Qt::Thursday, 4), QStringLiteral("Thanksgiving Day")},
        {QDate(year, 12, 25), QStringLiteral("Christmas Day")},
    };
    // Juneteenth National Independence Day became a federal holiday in June 2021.
    if (year >= 2021)
        days.insert(4, {QDate(year, 6, 19), QStringLiteral("Juneteenth National Independence Day")});
    return days;
}

} // namespace

QString BusinessCalendar::holidayObservedOn(const QDate& date) {
    if (!date.isValid())
        return {};
    // A New Year's Day on a Saturday is observed on 31 December of the year before: look one year ahead too.
    for (const int year : {date.year(), date.year() + 1})
        for (const auto& [day, name] : holidaysOf(year))
            if (observed(day) == date)
                return name;
    return {};
}

bool BusinessCalendar::isWeekend(const QDate& date) {
    return date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday;
}

QDate BusinessCalendar::nextBusinessDay(const QDate& date) {
    QDate day = date.addDays(1);
    while (!isBusinessDay(day))
        day = day.addDays(1);
    return day;
}

QDate BusinessCalendar::addBusinessDays(const QDate& date, int count) {
    QDate day = date;
    for (int i = 0; i < count; ++i)
        day = nextBusinessDay(day);
    return day;
}

} // namespace turnback
