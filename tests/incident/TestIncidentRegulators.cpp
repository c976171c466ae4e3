#include "AuditTrail.h"
#include "IncidentFixtures.h"
#include "IncidentRegulators.h"
#include "OwedItems.h"

#include <QTest>

using namespace turnback;
using namespace turnback::test;

namespace {

Kit allRegulatorsKit() {
    const KitLoadResult loaded =
        KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT),
                        {QStringLiteral(TURNBACK_SOURCE_DIR "/resources/kits/examples/all-regulators.overlay.yaml")});
    if (!loaded.ok())
        qFatal("the all-regulators overlay does not load");
    return *loaded.kit;
}

/// What the comms wizard records when a message goes out (docs/incident-events.md, `comms.sent`);
/// only its kind and `template` matter to the clocks.
void recordSent(ReversalSession& session, const QString& templateId) {
    session.trail().append(
        {QStringLiteral("Ana"), QStringLiteral("comms.sent"), templateId, session.incident().id(),
         QJsonObject{{QStringLiteral("template"), templateId}, {QStringLiteral("channel"), QStringLiteral("eml")}}});
}

QStringList reportsOwed(const QList<OwedItem>& owed) {
    QStringList reports;
    for (const OwedItem& item : owed)
        if (item.kind == OwedKind::RegulatorReport)
            reports << item.report;
    return reports;
}

} // namespace

/// Regulator triggers recorded in a reversal, the clocks they start, the reports they owe, and the
/// submissions (`comms.sent`) that stop them: live and folded from the log alike.
class TestIncidentRegulators : public QObject {
    Q_OBJECT
private slots:
    void triggerStartsItsClocksAsOwedItems();
    void aTriggerIsRecordedOnce();
    void submissionStopsTheClockAndStartsTheChained();
    void foldFromTheLogGivesTheSameClocks();
    void disabledRegimesOweNothing();
    void overdueReportComesFirst();
};

void TestIncidentRegulators::triggerStartsItsClocksAsOwedItems() {
    Bench bench;
    bench.kit = allRegulatorsKit();
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    bench.setTime(10 * kMinute);
    QVERIFY2(session.recordRegulatorTrigger(QStringLiteral("became-aware")), qPrintable(session.errorString()));

    const QList<AuditRecord> rows = rowsOf(bench.log, session.incident().id(), QStringLiteral("regulator.trigger"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().target, QStringLiteral("became-aware"));
    QCOMPARE(payloadOf(rows.first()), (QJsonObject{{QStringLiteral("trigger"), QStringLiteral("became-aware")}}));
    QCOMPARE(session.incident().regulatorTriggers().value(QStringLiteral("became-aware")), at(10 * kMinute));

    const QList<OwedItem> owed = owedItems(session.incident(), bench.clock.utcNow(), &bench.kit);
    QCOMPARE(reportsOwed(owed),
             (QStringList{QStringLiteral("nis2/early-warning"), QStringLiteral("dora/initial"),
                          QStringLiteral("gdpr/notification"), QStringLiteral("nis2/notification")}));
    QList<OwedItem> reports; // the comms updates owed from the start are in the list too
    for (const OwedItem& item : owed)
        if (item.kind == OwedKind::RegulatorReport)
            reports.append(item);
    const OwedItem& gdpr = reports[2];
    QCOMPARE(gdpr.deadline, at(10 * kMinute + 72 * kHour));
    QCOMPARE(gdpr.templateId, QStringLiteral("gdpr-notification"));
    QCOMPARE(gdpr.role, QStringLiteral("policy-lead"));
    QVERIFY(!gdpr.overdue);
    QCOMPARE(countOwed(owed).regulatorReports, 4);
    // Without the kit (the close record's count) the rubric's items only.
    QVERIFY(reportsOwed(owedItems(session.incident(), bench.clock.utcNow())).isEmpty());
}

void TestIncidentRegulators::aTriggerIsRecordedOnce() {
    Bench bench;
    bench.kit = allRegulatorsKit();
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    QVERIFY(session.recordRegulatorTrigger(QStringLiteral("discovered")));
    bench.setTime(kHour);
    const qint64 rowsBefore = bench.log.records().size();
    QVERIFY(!session.recordRegulatorTrigger(QStringLiteral("discovered")));
    QVERIFY2(session.errorString().contains(QStringLiteral("already recorded")), qPrintable(session.errorString()));
    QVERIFY(!session.recordRegulatorTrigger(QStringLiteral("felt-uneasy")));
    QCOMPARE(bench.log.records().size(), rowsBefore); // nothing written for either refusal
    QCOMPARE(session.incident().regulatorTriggers().value(QStringLiteral("discovered")), at(0));
}

void TestIncidentRegulators::submissionStopsTheClockAndStartsTheChained() {
    Bench bench;
    bench.kit = allRegulatorsKit();
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    QVERIFY(session.recordRegulatorTrigger(QStringLiteral("became-aware")));
    bench.setTime(20 * kHour);
    recordSent(session, QStringLiteral("nis2-notification"));
    recordSent(session, QStringLiteral("customer-notice")); // not a regulator report: changes nothing
    QCOMPARE(session.incident().sentTemplates().size(), 2);

    const QList<RegulatorClock> clocks = IncidentRegulators::clocks(session.incident(), bench.kit);
    const auto notification = std::find_if(clocks.cbegin(), clocks.cend(), [](const RegulatorClock& c) {
        return c.key() == QLatin1String("nis2/notification");
    });
    QVERIFY(notification != clocks.cend());
    QVERIFY(notification->met());
    const QStringList owed = reportsOwed(owedItems(session.incident(), bench.clock.utcNow(), &bench.kit));
    QVERIFY(!owed.contains(QStringLiteral("nis2/notification")));
    QVERIFY(owed.contains(QStringLiteral("nis2/final")));
    QVERIFY(owed.contains(QStringLiteral("nis2/early-warning")));
}

void TestIncidentRegulators::foldFromTheLogGivesTheSameClocks() {
    Bench bench;
    bench.kit = allRegulatorsKit();
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    bench.setTime(kHour);
    QVERIFY(session.recordRegulatorTrigger(QStringLiteral("classified-major")));
    QVERIFY(session.recordRegulatorTrigger(QStringLiteral("determined-material")));
    bench.setTime(2 * kHour);
    recordSent(session, QStringLiteral("dora-initial"));
    const Incident folded = Incident::fold(bench.log.records(), session.incident().id());
    QCOMPARE(folded.regulatorTriggers(), session.incident().regulatorTriggers());
    QCOMPARE(folded.sentTemplates(), session.incident().sentTemplates());
    QCOMPARE(reportsOwed(owedItems(folded, bench.clock.utcNow(), &bench.kit)),
             reportsOwed(owedItems(session.incident(), bench.clock.utcNow(), &bench.kit)));
    QCOMPARE(reportsOwed(owedItems(folded, bench.clock.utcNow(), &bench.kit)),
             (QStringList{QStringLiteral("dora/intermediate"), QStringLiteral("sec/form-8k")}));
}

void TestIncidentRegulators::disabledRegimesOweNothing() {
    Bench bench; // the baseline: every regime off
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    QVERIFY(session.recordRegulatorTrigger(QStringLiteral("became-aware")));
    QVERIFY(!IncidentRegulators::anyEnabled(bench.kit));
    QVERIFY(reportsOwed(owedItems(session.incident(), bench.clock.utcNow(), &bench.kit)).isEmpty());
}

void TestIncidentRegulators::overdueReportComesFirst() {
    Bench bench;
    bench.kit = allRegulatorsKit();
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    QVERIFY(session.recordRegulatorTrigger(QStringLiteral("became-aware")));
    bench.setTime(24 * kHour); // the early warning and DORA's initial notification are due now
    const QList<OwedItem> owed = owedItems(session.incident(), bench.clock.utcNow(), &bench.kit);
    // Overdue first: the comms updates owed since the start (overdue for hours) and the two reports,
    // before anything not yet due.
    const auto firstReport = std::find_if(owed.cbegin(), owed.cend(),
                                          [](const OwedItem& item) { return item.kind == OwedKind::RegulatorReport; });
    QVERIFY(firstReport != owed.cend());
    QCOMPARE(firstReport->report, QStringLiteral("nis2/early-warning"));
    QVERIFY(firstReport->overdue);
    QVERIFY(std::all_of(owed.cbegin(), firstReport, [](const OwedItem& item) { return item.overdue; }));
    QVERIFY(!(firstReport + 2)->overdue);
}

QTEST_GUILESS_MAIN(TestIncidentRegulators)
#include "TestIncidentRegulators.moc"
