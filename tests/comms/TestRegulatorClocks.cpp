#include "BusinessCalendar.h"
#include "KitLoader.h"
#include "RegulatorClocks.h"
#include "UtcTime.h"

#include "TestSupport.h"

#include <QTest>

using namespace turnback;

namespace {

QDateTime at(const char* text) {
    return utc::parse(QString::fromLatin1(text));
}

QDate day(int y, int m, int d) {
    return QDate(y, m, d);
}

Kit allRegulators() {
    const KitLoadResult loaded =
        KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT),
                        {QStringLiteral(TURNBACK_SOURCE_DIR "/resources/kits/examples/all-regulators.overlay.yaml")});
    return loaded.kit.value_or(Kit{});
}

const RegulatorClock* find(const QList<RegulatorClock>& clocks, const QString& key) {
    for (const RegulatorClock& clock : clocks)
        if (clock.key() == key)
            return &clock;
    return nullptr;
}

} // namespace

/// The deadline rules of docs/regulator-clocks.md at every boundary: hours through weekends, a month
/// that is shorter, US federal holidays on their observed dates, weekends and daylight-saving changes.
class TestRegulatorClocks : public QObject {
    Q_OBJECT
private slots:
    void federalHolidaysOnTheirObservedDates_data();
    void federalHolidaysOnTheirObservedDates();
    void ordinaryDaysAreNotHolidays();
    void oneMonthClampsToTheLastDay_data();
    void oneMonthClampsToTheLastDay();
    void secFourBusinessDays_data();
    void secFourBusinessDays();
    void gdprHoursRunThroughWeekends();
    void nis2ChainsTheFinalReportToTheNotification();
    void doraInitialIsTheEarlierOfTwo_data();
    void doraInitialIsTheEarlierOfTwo();
    void doraFinalFollowsTheLatestIntermediate();
    void hipaaSixtyCalendarDays();
    void disabledRegimesStartNoClock();
    void submittedClockStopsMetOrMissed();
    void clocksAreSortedByDue();
    void startedByNamesTheClocksOfATrigger();
};

void TestRegulatorClocks::federalHolidaysOnTheirObservedDates_data() {
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name");
    QTest::newRow("New Year 2027 (Fri)") << day(2027, 1, 1) << QStringLiteral("New Year's Day");
    // 1 January 2028 is a Saturday: observed Friday 31 December 2027, in the year before.
    QTest::newRow("New Year 2028 observed in 2027") << day(2027, 12, 31) << QStringLiteral("New Year's Day");
    QTest::newRow("MLK 2026") << day(2026, 1, 19) << QStringLiteral("Birthday of Martin Luther King, Jr.");
    QTest::newRow("Presidents 2026") << day(2026, 2, 16) << QStringLiteral("Washington's Birthday");
    QTest::newRow("Memorial 2026") << day(2026, 5, 25) << QStringLiteral("Memorial Day");
    QTest::newRow("Juneteenth 2026 (Fri)")
        << day(2026, 6, 19) << QStringLiteral("Juneteenth National Independence Day");
    // 19 June 2027 is a Saturday: observed Friday the 18th.
    QTest::newRow("Juneteenth 2027 observed")
        << day(2027, 6, 18) << QStringLiteral("Juneteenth National Independence Day");
    // 4 July 2026 is a Saturday: observed Friday 3 July.
    QTest::newRow("Independence 2026 observed") << day(2026, 7, 3) << QStringLiteral("Independence Day");
    QTest::newRow("Labor 2026") << day(2026, 9, 7) << QStringLiteral("Labor Day");
    QTest::newRow("Columbus 2026") << day(2026, 10, 12) << QStringLiteral("Columbus Day");
    QTest::newRow("Veterans 2026 (Wed)") << day(2026, 11, 11) << QStringLiteral("Veterans Day");
    QTest::newRow("Thanksgiving 2026") << day(2026, 11, 26) << QStringLiteral("Thanksgiving Day");
    QTest::newRow("Christmas 2026 (Fri)") << day(2026, 12, 25) << QStringLiteral("Christmas Day");
    // 25 December 2027 is a Saturday: observed Friday the 24th.
    QTest::newRow("Christmas 2027 observed") << day(2027, 12, 24) << QStringLiteral("Christmas Day");
    // 11 November 2029 is a Sunday: observed Monday the 12th.
    QTest::newRow("Veterans 2029 observed Monday") << day(2029, 11, 12) << QStringLiteral("Veterans Day");
}

void TestRegulatorClocks::federalHolidaysOnTheirObservedDates() {
    QFETCH(QDate, date);
    QFETCH(QString, name);
    QCOMPARE(BusinessCalendar::holidayObservedOn(date), name);
    QVERIFY(!BusinessCalendar::isBusinessDay(date));
}

void TestRegulatorClocks::ordinaryDaysAreNotHolidays() {
    // The actual dates of holidays observed elsewhere are weekends, not extra holidays.
    QVERIFY(BusinessCalendar::holidayObservedOn(day(2026, 7, 4)).isEmpty());
    QVERIFY(BusinessCalendar::holidayObservedOn(day(2028, 1, 1)).isEmpty());
    QVERIFY(BusinessCalendar::isBusinessDay(day(2026, 11, 3)));  // Election Day is no federal holiday
    QVERIFY(BusinessCalendar::isBusinessDay(day(2026, 11, 27))); // the day after Thanksgiving neither
    QVERIFY(BusinessCalendar::isBusinessDay(day(2020, 6, 19)));  // Juneteenth counts from 2021
    QVERIFY(!BusinessCalendar::isBusinessDay(day(2026, 11, 28)));
    QCOMPARE(BusinessCalendar::nextBusinessDay(day(2026, 11, 25)), day(2026, 11, 27));
    QCOMPARE(BusinessCalendar::addBusinessDays(day(2026, 12, 31), 1), day(2027, 1, 4));
}

void TestRegulatorClocks::oneMonthClampsToTheLastDay_data() {
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("31 Jan -> 28 Feb") << at("2027-01-31T09:00:00.000Z") << at("2027-02-28T09:00:00.000Z");
    QTest::newRow("31 Jan leap -> 29 Feb") << at("2028-01-31T09:00:00.000Z") << at("2028-02-29T09:00:00.000Z");
    QTest::newRow("31 Mar -> 30 Apr") << at("2027-03-31T23:59:59.999Z") << at("2027-04-30T23:59:59.999Z");
    QTest::newRow("15 Dec -> 15 Jan") << at("2026-12-15T12:00:00.000Z") << at("2027-01-15T12:00:00.000Z");
    QTest::newRow("28 Feb -> 28 Mar") << at("2027-02-28T00:00:00.000Z") << at("2027-03-28T00:00:00.000Z");
}

void TestRegulatorClocks::oneMonthClampsToTheLastDay() {
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, expected);
    QCOMPARE(RegulatorClocks::addOneMonth(from), expected);
}

void TestRegulatorClocks::secFourBusinessDays_data() {
    QTest::addColumn<QDateTime>("determined");
    QTest::addColumn<QDateTime>("due");
    // Tuesday: Wed, Thu, Fri, Mon -> Monday 17:30 EST.
    QTest::newRow("business day") << at("2026-12-01T15:00:00.000Z") << at("2026-12-07T22:30:00.000Z");
    // Saturday: the count starts on and includes Monday -> Thursday.
    QTest::newRow("Saturday") << at("2026-12-05T15:00:00.000Z") << at("2026-12-10T22:30:00.000Z");
    // Friday gives the same Thursday as the Saturday after it.
    QTest::newRow("Friday") << at("2026-12-04T15:00:00.000Z") << at("2026-12-10T22:30:00.000Z");
    // Wednesday before Thanksgiving: Fri 27, Mon 30, Tue 1, Wed 2 December.
    QTest::newRow("Thanksgiving") << at("2026-11-25T15:00:00.000Z") << at("2026-12-02T22:30:00.000Z");
    // Determined on Thanksgiving itself: the count starts on and includes Friday 27.
    QTest::newRow("on a holiday") << at("2026-11-26T15:00:00.000Z") << at("2026-12-02T22:30:00.000Z");
    // Thursday 2 July 2026; Friday 3 July is Independence Day observed: Mon 6 .. Thu 9, 17:30 EDT.
    QTest::newRow("observed Independence Day") << at("2026-07-02T15:00:00.000Z") << at("2026-07-09T21:30:00.000Z");
    // Friday 30 October 2026 in EDT (UTC-4); daylight saving ends 1 November: Thursday 5 November 17:30 EST (UTC-5).
    QTest::newRow("DST end") << at("2026-10-30T15:00:00.000Z") << at("2026-11-05T22:30:00.000Z");
    // Friday 6 March 2026 in EST; DST starts 8 March: Thursday 12 March 17:30 EDT = 21:30 UTC.
    QTest::newRow("DST start") << at("2026-03-06T15:00:00.000Z") << at("2026-03-12T21:30:00.000Z");
    // 02:00 UTC on Saturday 31 October is still Friday 30 October 22:00 in New York.
    QTest::newRow("date taken in New York") << at("2026-10-31T02:00:00.000Z") << at("2026-11-05T22:30:00.000Z");
    // Across New Year: Wednesday 30 December 2026; 1 January is a holiday: Thu 31, Mon 4, Tue 5, Wed 6.
    QTest::newRow("New Year") << at("2026-12-30T15:00:00.000Z") << at("2027-01-06T22:30:00.000Z");
}

void TestRegulatorClocks::secFourBusinessDays() {
    QVERIFY2(RegulatorClocks::easternTimeAvailable(), "America/New_York missing: install the package tzdata");
    QFETCH(QDateTime, determined);
    QFETCH(QDateTime, due);
    QCOMPARE(RegulatorClocks::secForm8kDue(determined), due);
}

void TestRegulatorClocks::gdprHoursRunThroughWeekends() {
    RegulatorFacts facts;
    facts.triggers.insert(RegulatorTrigger::BecameAware, at("2026-12-04T16:00:00.000Z")); // a Friday
    const QList<RegulatorClock> clocks = RegulatorClocks::clocks(allRegulators(), facts);
    const RegulatorClock* gdpr = find(clocks, QStringLiteral("gdpr/notification"));
    QVERIFY(gdpr);
    QCOMPARE(gdpr->dueUtc, at("2026-12-07T16:00:00.000Z"));
    QCOMPARE(gdpr->from, QStringLiteral("became-aware"));
    QCOMPARE(gdpr->templateId, QStringLiteral("gdpr-notification"));
    // 72 hours across the end of daylight saving in Europe are still 72 hours of UTC.
    facts.triggers.insert(RegulatorTrigger::BecameAware, at("2026-10-24T12:00:00.000Z"));
    QCOMPARE(find(RegulatorClocks::clocks(allRegulators(), facts), QStringLiteral("gdpr/notification"))->dueUtc,
             at("2026-10-27T12:00:00.000Z"));
}

void TestRegulatorClocks::nis2ChainsTheFinalReportToTheNotification() {
    RegulatorFacts facts;
    facts.triggers.insert(RegulatorTrigger::BecameAware, at("2027-01-28T09:00:00.000Z"));
    QList<RegulatorClock> clocks = RegulatorClocks::clocks(allRegulators(), facts);
    QCOMPARE(find(clocks, QStringLiteral("nis2/early-warning"))->dueUtc, at("2027-01-29T09:00:00.000Z"));
    QCOMPARE(find(clocks, QStringLiteral("nis2/notification"))->dueUtc, at("2027-01-31T09:00:00.000Z"));
    QVERIFY(!find(clocks, QStringLiteral("nis2/final"))); // not before the notification is submitted
    facts.sent[QStringLiteral("nis2/notification")] << at("2027-01-31T08:00:00.000Z");
    clocks = RegulatorClocks::clocks(allRegulators(), facts);
    const RegulatorClock* final = find(clocks, QStringLiteral("nis2/final"));
    QVERIFY(final);
    QCOMPARE(final->from, QStringLiteral("sent:nis2/notification"));
    QCOMPARE(final->dueUtc, at("2027-02-28T08:00:00.000Z"));
}

void TestRegulatorClocks::doraInitialIsTheEarlierOfTwo_data() {
    QTest::addColumn<QDateTime>("aware");
    QTest::addColumn<QDateTime>("major");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QDateTime>("due");
    QTest::newRow("classified early: +4h") << at("2026-11-30T08:00:00.000Z") << at("2026-11-30T10:00:00.000Z")
                                           << QStringLiteral("classified-major") << at("2026-11-30T14:00:00.000Z");
    QTest::newRow("classified late: aware +24h") << at("2026-11-30T08:00:00.000Z") << at("2026-12-01T06:00:00.000Z")
                                                 << QStringLiteral("became-aware") << at("2026-12-01T08:00:00.000Z");
    QTest::newRow("exactly equal: classified") << at("2026-11-30T08:00:00.000Z") << at("2026-12-01T04:00:00.000Z")
                                               << QStringLiteral("classified-major") << at("2026-12-01T08:00:00.000Z");
    QTest::newRow("not yet classified") << at("2026-11-30T08:00:00.000Z") << QDateTime()
                                        << QStringLiteral("became-aware") << at("2026-12-01T08:00:00.000Z");
}

void TestRegulatorClocks::doraInitialIsTheEarlierOfTwo() {
    QFETCH(QDateTime, aware);
    QFETCH(QDateTime, major);
    QFETCH(QString, from);
    QFETCH(QDateTime, due);
    RegulatorFacts facts;
    facts.triggers.insert(RegulatorTrigger::BecameAware, aware);
    if (major.isValid())
        facts.triggers.insert(RegulatorTrigger::ClassifiedMajor, major);
    const RegulatorClock* initial =
        find(RegulatorClocks::clocks(allRegulators(), facts), QStringLiteral("dora/initial"));
    QVERIFY(initial);
    QCOMPARE(initial->from, from);
    QCOMPARE(initial->dueUtc, due);
}

void TestRegulatorClocks::doraFinalFollowsTheLatestIntermediate() {
    RegulatorFacts facts;
    facts.triggers.insert(RegulatorTrigger::ClassifiedMajor, at("2026-11-30T10:00:00.000Z"));
    facts.sent[QStringLiteral("dora/initial")] << at("2026-11-30T13:00:00.000Z");
    QList<RegulatorClock> clocks = RegulatorClocks::clocks(allRegulators(), facts);
    QCOMPARE(find(clocks, QStringLiteral("dora/intermediate"))->dueUtc, at("2026-12-03T13:00:00.000Z"));
    facts.sent[QStringLiteral("dora/intermediate")] << at("2026-12-02T09:00:00.000Z") << at("2026-12-31T17:00:00.000Z");
    clocks = RegulatorClocks::clocks(allRegulators(), facts);
    QCOMPARE(find(clocks, QStringLiteral("dora/final"))->dueUtc, at("2027-01-31T17:00:00.000Z"));
    QVERIFY(find(clocks, QStringLiteral("dora/intermediate"))->met()); // stopped by the first one
}

void TestRegulatorClocks::hipaaSixtyCalendarDays() {
    RegulatorFacts facts;
    facts.triggers.insert(RegulatorTrigger::Discovered, at("2026-11-30T08:00:00.000Z"));
    QCOMPARE(find(RegulatorClocks::clocks(allRegulators(), facts), QStringLiteral("hipaa/individuals"))->dueUtc,
             at("2027-01-29T08:00:00.000Z"));
}

void TestRegulatorClocks::disabledRegimesStartNoClock() {
    const KitLoadResult baseline = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    QVERIFY(baseline.ok());
    RegulatorFacts facts;
    for (const RegulatorTrigger trigger : allRegulatorTriggers())
        facts.triggers.insert(trigger, at("2026-11-30T08:00:00.000Z"));
    QVERIFY(RegulatorClocks::clocks(*baseline.kit, facts).isEmpty());
    QCOMPARE(RegulatorClocks::clocks(allRegulators(), facts).size(), 6);
}

void TestRegulatorClocks::submittedClockStopsMetOrMissed() {
    RegulatorFacts facts;
    facts.triggers.insert(RegulatorTrigger::BecameAware, at("2026-11-30T08:00:00.000Z"));
    facts.sent[QStringLiteral("nis2/early-warning")] << at("2026-12-01T08:00:00.000Z"); // at the deadline: met
    facts.sent[QStringLiteral("gdpr/notification")] << at("2026-12-03T09:30:00.000Z");  // 90 minutes late
    const QList<RegulatorClock> clocks = RegulatorClocks::clocks(allRegulators(), facts);
    const RegulatorClock* warning = find(clocks, QStringLiteral("nis2/early-warning"));
    QVERIFY(!warning->isRunning());
    QVERIFY(warning->met());
    QCOMPARE(warning->lateBy(), Milliseconds(0));
    const RegulatorClock* gdpr = find(clocks, QStringLiteral("gdpr/notification"));
    QVERIFY(!gdpr->met());
    QCOMPARE(gdpr->lateBy(), Milliseconds(90 * 60'000));
    QCOMPARE(gdpr->dueUtc, at("2026-12-03T08:00:00.000Z")); // a stopped clock keeps its deadline
    const QList<RegulatorClock> running = RegulatorClocks::running(allRegulators(), facts);
    QVERIFY(!find(running, QStringLiteral("gdpr/notification")));
    QVERIFY(find(running, QStringLiteral("nis2/notification")));
}

void TestRegulatorClocks::clocksAreSortedByDue() {
    RegulatorFacts facts;
    facts.triggers.insert(RegulatorTrigger::BecameAware, at("2026-11-30T08:00:00.000Z"));
    facts.triggers.insert(RegulatorTrigger::ClassifiedMajor, at("2026-11-30T09:00:00.000Z"));
    facts.triggers.insert(RegulatorTrigger::Discovered, at("2026-10-03T08:00:00.000Z")); // due 2 December
    QStringList keys;
    for (const RegulatorClock& clock : RegulatorClocks::clocks(allRegulators(), facts))
        keys << clock.key();
    QCOMPARE(keys, (QStringList{QStringLiteral("dora/initial"), QStringLiteral("nis2/early-warning"),
                                QStringLiteral("hipaa/individuals"), QStringLiteral("gdpr/notification"),
                                QStringLiteral("nis2/notification")}));
}

void TestRegulatorClocks::startedByNamesTheClocksOfATrigger() {
    QCOMPARE(RegulatorClocks::startedBy(allRegulators(), RegulatorTrigger::BecameAware),
             (QStringList{QStringLiteral("nis2/early-warning"), QStringLiteral("dora/initial"),
                          QStringLiteral("gdpr/notification"), QStringLiteral("nis2/notification")}));
    QCOMPARE(RegulatorClocks::startedBy(allRegulators(), RegulatorTrigger::DeterminedMaterial),
             QStringList{QStringLiteral("sec/form-8k")});
    const KitLoadResult baseline = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    QVERIFY(RegulatorClocks::startedBy(*baseline.kit, RegulatorTrigger::BecameAware).isEmpty());
}

QTEST_GUILESS_MAIN(TestRegulatorClocks)
#include "TestRegulatorClocks.moc"
