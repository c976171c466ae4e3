// The live console's item models (docs/architecture.md, "Console"): QAbstractItemModelTester on each
// through a whole scripted reversal, the texts an incident commander reads, and the notification
// checklist whose ticks are records.

#include "Countdown.h"
#include "IncidentFixtures.h"
#include "LiveRubricModel.h"
#include "NotificationModel.h"
#include "ReversalSession.h"
#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace turnback;
using namespace turnback::test;
using namespace Qt::StringLiterals;

namespace {

enum Row { ErrorRateRow = 0, P1Row = 1, DataLossRow = 2, InquiryRow = 3 };

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole) {
    return model.index(row, column).data(role).toString();
}

/// The row of the notification checklist that asks to tell `role` about `obligation`; -1 if none.
int notificationRow(const NotificationModel& model, qint64 obligation, const QString& role) {
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        if (i.data(NotificationModel::ObligationIdRole).toLongLong() == obligation &&
            i.data(NotificationModel::RoleIdRole).toString() == role)
            return row;
    }
    return -1;
}

} // namespace

class TestLiveModels : public QObject {
    Q_OBJECT
private slots:
    void modelsStayConsistentThroughAWholeReversal();
    void rubricRowsShowTheKitBeforeAnythingHappens();
    void rubricColumnsFollowTheReversal();
    void rubricRolesCarryRawValues();
    void overdueIsColourAndText();
    void refreshSignalsTheTimeColumns();
    void notificationTickIsARecord();
    void notificationTickCannotBeTakenBack();
    void notificationsAfterCloseAreReadOnly();
    void timelineShowsEveryRecordInOrder();
};

void TestLiveModels::modelsStayConsistentThroughAWholeReversal() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    LiveRubricModel rubric(session);
    NotificationModel notifications(session);
    connect(&notifications, &NotificationModel::confirmRequested, &session, &ReversalSession::confirmNotification);
    TimelineModel timeline(session);
    QAbstractItemModelTester rubricTester(&rubric, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester notificationTester(&notifications, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester timelineTester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy rubricChanged(&rubric, &QAbstractItemModel::dataChanged);
    QSignalSpy notificationsInserted(&notifications, &QAbstractItemModel::rowsInserted);
    QSignalSpy timelineInserted(&timeline, &QAbstractItemModel::rowsInserted);
    QSignalSpy timelineReset(&timeline, &QAbstractItemModel::modelReset);

    QCOMPARE(rubric.rowCount(), 4);
    QCOMPARE(rubric.columnCount(), int(LiveRubricModel::ColumnCount));
    QCOMPARE(notifications.rowCount(), 0);
    QCOMPARE(timeline.rowCount(), 0);

    QVERIFY(session.start(liveSetup()));
    QCOMPARE(timeline.rowCount(), 1);
    QVERIFY(session.recordObservation(kErrorRate, 6.0));
    for (qint64 t = 30 * kSecond; t <= 8 * kMinute; t += 30 * kSecond) {
        bench.setTime(t);
        QVERIFY(session.tick());
        rubric.refresh();
        if (t == 3 * kMinute) {
            for (int i = 0; i < 4; ++i)
                QVERIFY(session.recordObservation(kP1));
            QVERIFY(session.recordObservation(kDataLoss));
        }
    }
    QCOMPARE(notifications.rowCount(), 2 + 3 + 3);
    const qint64 errorRate = session.incident().latestObligation(kErrorRate)->id;
    const qint64 p1 = session.incident().latestObligation(kP1)->id;
    QVERIFY(session.acknowledge(errorRate));
    QVERIFY(
        notifications.setData(notifications.index(notificationRow(notifications, p1, QStringLiteral("service-owner"))),
                              Qt::Checked, Qt::CheckStateRole));
    QVERIFY(session.decide(errorRate, Decision::Hold, QStringLiteral("Watching the canary")));
    QVERIFY(session.decide(p1, Decision::CarryOut, {}));
    QVERIFY(session.changeOperator({QStringLiteral("Sam"), QStringLiteral("service-owner")}));
    QVERIFY(session.decide(session.incident().latestObligation(kDataLoss)->id, Decision::DeEscalate,
                           QStringLiteral("Display bug"), Level::Stop));
    bench.setTime(kHour + 5 * kMinute);
    QVERIFY(session.tick()); // the P1 window clears
    rubric.refresh();
    QVERIFY(session.close(QStringLiteral("Rolled back to v2.2")));
    rubric.refresh();

    // Every record is one timeline row, inserted one at a time at the end; nothing was reset.
    const int events = int(rowsOf(bench.log, session.incident().id()).size());
    QCOMPARE(timeline.rowCount(), events);
    QCOMPARE(timelineInserted.count(), events);
    QCOMPARE(timelineReset.count(), 0);
    for (const QList<QVariant>& args : timelineInserted)
        QCOMPARE(args.at(1).toInt(), args.at(2).toInt());
    QCOMPARE(notificationsInserted.count(), 3);
    QCOMPARE(notifications.rowCount(), 8);
    QVERIFY(rubricChanged.count() >= events);
}

void TestLiveModels::rubricRowsShowTheKitBeforeAnythingHappens() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    LiveRubricModel rubric(session);
    QAbstractItemModelTester tester(&rubric, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(rubric.headerData(LiveRubricModel::SignalColumn, Qt::Horizontal).toString(), QStringLiteral("Signal"));
    QCOMPARE(rubric.headerData(LiveRubricModel::CountdownColumn, Qt::Horizontal).toString(),
             QStringLiteral("Owner's countdown"));
    // In column order: Signal, Owner's countdown, Owner, State, Level, Latest, Threshold.
    const QList<QStringList> expected = {
        {u"Error rate spike"_s, u"5 min once triggered"_s, u"Engineering lead"_s, u"quiet"_s, u"Slow (canary only)"_s,
         u"—"_s, u">5% of traffic for 2 min"_s},
        {u"P1 count"_s, u"2 min once triggered"_s, u"Incident commander"_s, u"quiet"_s, u"Stop (halt deploy)"_s,
         u"0 P1s in 1 hr"_s, u">3 P1s in 1 hr"_s},
        {u"User-facing data loss"_s, u"Immediately once triggered"_s, u"Service owner"_s, u"quiet"_s,
         u"Reverse (roll back)"_s, u"—"_s, u"Any confirmed loss"_s},
        {u"Regulator inquiry received"_s, u"Immediately once triggered"_s, u"Policy lead"_s, u"quiet"_s,
         u"Reverse (roll back)"_s, u"—"_s, u"Any"_s},
    };
    QCOMPARE(int(LiveRubricModel::CountdownColumn), 1); // never scrolled out of sight
    for (int row = 0; row < 4; ++row) {
        for (int column = 0; column < LiveRubricModel::ColumnCount; ++column)
            QCOMPARE(cell(rubric, row, column), expected[row][column]);
        QCOMPARE(rubric.index(row, 0).data(LiveRubricModel::ObligationIdRole).toLongLong(), 0);
        QCOMPARE(rubric.index(row, 0).data(LiveRubricModel::CountdownPhaseRole).toInt(), int(CountdownPhase::None));
        QVERIFY(!rubric.index(row, LiveRubricModel::CountdownColumn).data(Qt::BackgroundRole).isValid());
    }
}

void TestLiveModels::rubricColumnsFollowTheReversal() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    LiveRubricModel rubric(session);
    QAbstractItemModelTester tester(&rubric, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int latest = LiveRubricModel::LatestColumn;
    const int state = LiveRubricModel::StateColumn;
    const int countdown = LiveRubricModel::CountdownColumn;

    QVERIFY(session.recordObservation(kErrorRate, 6.0));
    QCOMPARE(cell(rubric, ErrorRateRow, latest), QStringLiteral("6%"));
    bench.setTime(30 * kSecond);
    QVERIFY(session.tick());
    QCOMPARE(cell(rubric, ErrorRateRow, state), QStringLiteral("pending — fires in 1:30"));
    QVERIFY(rubric.index(ErrorRateRow, state).data(Qt::BackgroundRole).isValid());
    QCOMPARE(cell(rubric, ErrorRateRow, countdown), QStringLiteral("5 min once triggered"));
    bench.setTime(kMinute + 500);
    QVERIFY(session.recordObservation(kErrorRate, 6.25));
    QCOMPARE(cell(rubric, ErrorRateRow, latest), QStringLiteral("6.25%"));
    QCOMPARE(cell(rubric, ErrorRateRow, state), QStringLiteral("pending — fires in 1:00"));

    bench.setTime(2 * kMinute);
    QVERIFY(session.tick());
    QCOMPARE(cell(rubric, ErrorRateRow, state), QStringLiteral("TRIGGERED"));
    QVERIFY(rubric.index(ErrorRateRow, state).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(cell(rubric, ErrorRateRow, countdown), QStringLiteral("5:00"));
    QCOMPARE(cell(rubric, ErrorRateRow, countdown, Qt::ToolTipRole),
             QStringLiteral("Triggered 09:02:00.000 UTC; due 09:07:00.000 UTC"));

    bench.setTime(6 * kMinute + 500);
    QCOMPARE(cell(rubric, ErrorRateRow, countdown), QStringLiteral("DUE SOON 1:00"));
    QVERIFY(rubric.index(ErrorRateRow, countdown).data(Qt::BackgroundRole).isValid());
    QVERIFY(session.acknowledge(session.incident().latestObligation(kErrorRate)->id));
    QCOMPARE(cell(rubric, ErrorRateRow, countdown), QStringLiteral("DUE SOON 1:00 · ack'd"));

    // Counts and occurrences.
    for (int i = 0; i < 2; ++i)
        QVERIFY(session.recordObservation(kP1));
    QCOMPARE(cell(rubric, P1Row, latest), QStringLiteral("2 P1s in 1 hr"));
    QCOMPARE(cell(rubric, P1Row, state), QStringLiteral("quiet"));
    QVERIFY(session.recordObservation(kDataLoss));
    QCOMPARE(cell(rubric, DataLossRow, latest), QStringLiteral("occurred ×1"));
    QCOMPARE(cell(rubric, DataLossRow, state), QStringLiteral("TRIGGERED"));
    QCOMPARE(cell(rubric, DataLossRow, countdown), QStringLiteral("OVERDUE +0:00"));
    QCOMPARE(cell(rubric, InquiryRow, latest), QStringLiteral("—"));

    // The error rate falls back: the signal reads "cleared", the owner still owes a decision.
    bench.setTime(6 * kMinute + 30 * kSecond);
    QVERIFY(session.recordObservation(kErrorRate, 1.0));
    QCOMPARE(cell(rubric, ErrorRateRow, latest), QStringLiteral("1%"));
    QCOMPARE(cell(rubric, ErrorRateRow, state), QStringLiteral("cleared"));
    QCOMPARE(cell(rubric, ErrorRateRow, countdown), QStringLiteral("DUE SOON 0:30 · ack'd"));

    QVERIFY(session.decide(session.incident().latestObligation(kErrorRate)->id, Decision::Hold,
                           QStringLiteral("Watching")));
    QCOMPARE(cell(rubric, ErrorRateRow, countdown), QStringLiteral("HELD: not carried out"));
    QCOMPARE(rubric.index(ErrorRateRow, 0).data(LiveRubricModel::CountdownPhaseRole).toInt(),
             int(CountdownPhase::Done));
}

void TestLiveModels::rubricRolesCarryRawValues() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    LiveRubricModel rubric(session);
    QVERIFY(session.recordObservation(kErrorRate, 6.0));
    bench.setTime(2 * kMinute);
    QVERIFY(session.tick());
    const AuditRecord trigger = rowsOf(bench.log, session.incident().id(), EventKind::SignalTriggered).first();

    bench.setTime(4 * kMinute);
    const QModelIndex i = rubric.index(ErrorRateRow, LiveRubricModel::SignalColumn);
    QCOMPARE(i.data(LiveRubricModel::SignalIdRole).toString(), kErrorRate);
    QCOMPARE(i.data(LiveRubricModel::ObligationIdRole).toLongLong(), trigger.seq);
    QCOMPARE(i.data(LiveRubricModel::CountdownPhaseRole).toInt(), int(CountdownPhase::Running));
    QCOMPARE(i.data(LiveRubricModel::SignalPhaseRole).toInt(), int(SignalPhase::Triggered));
    QCOMPARE(i.data(LiveRubricModel::RemainingMsRole).toLongLong(), 3 * kMinute);
    QCOMPARE(rubric.index(P1Row, 0).data(LiveRubricModel::SignalIdRole).toString(), kP1);
    QCOMPARE(rubric.index(P1Row, 0).data(LiveRubricModel::SignalPhaseRole).toInt(), int(SignalPhase::Quiet));

    bench.setTime(6 * kMinute + 1);
    QCOMPARE(i.data(LiveRubricModel::CountdownPhaseRole).toInt(), int(CountdownPhase::DueSoon));
    bench.setTime(7 * kMinute + 12 * kSecond);
    QCOMPARE(i.data(LiveRubricModel::CountdownPhaseRole).toInt(), int(CountdownPhase::Overdue));
    QCOMPARE(i.data(LiveRubricModel::RemainingMsRole).toLongLong(), -12 * kSecond);
}

void TestLiveModels::overdueIsColourAndText() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    LiveRubricModel rubric(session);
    QVERIFY(session.recordObservation(kErrorRate, 6.0));
    bench.setTime(kMinute);
    QVERIFY(session.recordObservation(kDataLoss));

    // Walk the whole timer: wherever the countdown cell is coloured, its words say the same thing.
    const int countdown = LiveRubricModel::CountdownColumn;
    bool sawOverdue = false;
    for (qint64 t = kMinute; t <= 9 * kMinute; t += 15 * kSecond) {
        bench.setTime(t);
        QVERIFY(session.tick());
        for (int row = 0; row < rubric.rowCount(); ++row) {
            const QModelIndex i = rubric.index(row, countdown);
            const auto phase = CountdownPhase(i.data(LiveRubricModel::CountdownPhaseRole).toInt());
            const QVariant background = i.data(Qt::BackgroundRole);
            const QString text = i.data().toString();
            switch (phase) {
            case CountdownPhase::Overdue:
                sawOverdue = true;
                QVERIFY2(text.startsWith(QStringLiteral("OVERDUE +")), qPrintable(text));
                QVERIFY(background.isValid());
                QCOMPARE(background.value<QBrush>().color(), QColor(0xc62828));
                QCOMPARE(i.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::white));
                QVERIFY(i.data(Qt::FontRole).value<QFont>().bold());
                break;
            case CountdownPhase::DueSoon:
                QVERIFY2(text.startsWith(QStringLiteral("DUE SOON ")), qPrintable(text));
                QVERIFY(background.isValid());
                break;
            case CountdownPhase::Running:
            case CountdownPhase::None:
                QVERIFY2(!text.contains(QStringLiteral("OVERDUE")) && !text.contains(QStringLiteral("DUE SOON")),
                         qPrintable(text));
                QVERIFY(!background.isValid());
                break;
            case CountdownPhase::Done:
                QVERIFY(text.startsWith(QStringLiteral("DONE")) || text.startsWith(QStringLiteral("HELD")));
                break;
            }
        }
    }
    QVERIFY(sawOverdue);
    bench.setTime(9 * kMinute);
    QCOMPARE(cell(rubric, ErrorRateRow, countdown), QStringLiteral("OVERDUE +2:00"));
    QCOMPARE(cell(rubric, DataLossRow, countdown), QStringLiteral("OVERDUE +8:00"));
}

void TestLiveModels::refreshSignalsTheTimeColumns() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    LiveRubricModel rubric(session);
    QSignalSpy changed(&rubric, &QAbstractItemModel::dataChanged);
    rubric.refresh();
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.first().at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 0);
    QVERIFY(topLeft.column() <= int(LiveRubricModel::CountdownColumn));
    QVERIFY(topLeft.column() <= int(LiveRubricModel::StateColumn));
    QCOMPARE(bottomRight.row(), 3);
    QVERIFY(bottomRight.column() >= int(LiveRubricModel::CountdownColumn));
    QVERIFY(bottomRight.column() >= int(LiveRubricModel::StateColumn));

    // A recorded event refreshes the table by itself.
    QVERIFY(session.recordObservation(kDataLoss));
    QVERIFY(changed.count() >= 2);
}

void TestLiveModels::notificationTickIsARecord() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    NotificationModel notifications(session);
    connect(&notifications, &NotificationModel::confirmRequested, &session, &ReversalSession::confirmNotification);
    QAbstractItemModelTester tester(&notifications, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&notifications, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&notifications, &QAbstractItemModel::dataChanged);

    QVERIFY(session.recordObservation(kErrorRate, 6.0));
    bench.setTime(2 * kMinute);
    QVERIFY(session.tick());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(notifications.rowCount(), 2);
    QCOMPARE(notifications.unconfirmedCount(), 2);
    const qint64 ob = session.incident().latestObligation(kErrorRate)->id;

    const QModelIndex commander = notifications.index(0);
    QCOMPARE(commander.data(NotificationModel::RoleIdRole).toString(), QStringLiteral("incident-commander"));
    QCOMPARE(commander.data(NotificationModel::ObligationIdRole).toLongLong(), ob);
    QCOMPARE(commander.data().toString(),
             QStringLiteral("Tell Incident commander about Error rate spike (Slow (canary only))"));
    QCOMPARE(commander.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(notifications.flags(commander) & Qt::ItemIsUserCheckable);
    QVERIFY(notifications.flags(commander) & Qt::ItemIsEnabled);

    // A view ticks with an int; a delegate may pass the enum itself. Both record.
    bench.setTime(3 * kMinute);
    changed.clear();
    QVERIFY(notifications.setData(commander, int(Qt::Checked), Qt::CheckStateRole));
    const QList<AuditRecord> ticks = rowsOf(bench.log, session.incident().id(), EventKind::NotificationConfirmed);
    QCOMPARE(ticks.size(), 1);
    QCOMPARE(ticks.first().actor, QStringLiteral("Ana"));
    QCOMPARE(ticks.first().atUtc, utcText(3 * kMinute));
    QCOMPARE(payloadOf(ticks.first()).value(QStringLiteral("told")).toString(), QStringLiteral("incident-commander"));
    QCOMPARE(payloadOf(ticks.first()).value(QStringLiteral("obligation")).toInteger(), ob);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(commander.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(commander.data(NotificationModel::ConfirmedRole).toBool());
    QCOMPARE(commander.data().toString(),
             QStringLiteral("Incident commander told about Error rate spike — 09:03:00 UTC by Ana"));
    QVERIFY(!(notifications.flags(commander) & Qt::ItemIsUserCheckable));
    QCOMPARE(notifications.unconfirmedCount(), 1);

    QVERIFY(notifications.setData(notifications.index(1), QVariant::fromValue(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(rowsOf(bench.log, session.incident().id(), EventKind::NotificationConfirmed).size(), 2);
    QCOMPARE(notifications.unconfirmedCount(), 0);
    QCOMPARE(notifications.rowCount(), 2); // ticking adds no rows
}

void TestLiveModels::notificationTickCannotBeTakenBack() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    NotificationModel notifications(session);
    connect(&notifications, &NotificationModel::confirmRequested, &session, &ReversalSession::confirmNotification);
    QAbstractItemModelTester tester(&notifications, QAbstractItemModelTester::FailureReportingMode::QtTest);
    bench.setTime(kMinute);
    QVERIFY(session.recordObservation(kDataLoss));
    QCOMPARE(notifications.rowCount(), 3);
    const QModelIndex first = notifications.index(0);
    QVERIFY(notifications.setData(first, Qt::Checked, Qt::CheckStateRole));
    const qint64 rows = bench.log.count();

    QVERIFY(!notifications.setData(first, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!notifications.setData(first, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // Only a tick is a tick: other roles and other values change nothing.
    const QModelIndex second = notifications.index(1);
    QVERIFY(!notifications.setData(second, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!notifications.setData(second, Qt::PartiallyChecked, Qt::CheckStateRole));
    QVERIFY(!notifications.setData(second, QStringLiteral("told"), Qt::EditRole));
    QCOMPARE(second.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(bench.log.count(), rows);
}

void TestLiveModels::notificationsAfterCloseAreReadOnly() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    NotificationModel notifications(session);
    connect(&notifications, &NotificationModel::confirmRequested, &session, &ReversalSession::confirmNotification);
    QVERIFY(session.recordObservation(kDataLoss));
    QVERIFY(session.close(QStringLiteral("Rolled back")));
    const qint64 rows = bench.log.count();
    const QModelIndex first = notifications.index(0);
    QVERIFY(!(notifications.flags(first) & Qt::ItemIsUserCheckable));
    QVERIFY(!notifications.setData(first, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(bench.log.count(), rows);
    QCOMPARE(notifications.unconfirmedCount(), 3);
}

void TestLiveModels::timelineShowsEveryRecordInOrder() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    TimelineModel timeline(session);
    QAbstractItemModelTester tester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(session.start(liveSetup()));
    QVERIFY(session.recordObservation(kErrorRate, 6.0));
    bench.setTime(2 * kMinute + 7 * kSecond);
    QVERIFY(session.tick());

    const QList<AuditRecord> rows = rowsOf(bench.log, session.incident().id());
    QCOMPARE(timeline.rowCount(), int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(timeline.index(i).data(TimelineModel::SeqRole).toLongLong(), rows.at(i).seq);
        QCOMPARE(timeline.index(i).data(TimelineModel::KindRole).toString(), rows.at(i).kind);
    }
    // The tests run in UTC, so local time and UTC read alike.
    QCOMPARE(
        timeline.index(2).data().toString(),
        QStringLiteral(
            "09:02:07  Error rate spike triggered: Slow (canary only) called for; Engineering lead owes a decision "
            "by 09:07:00 UTC"));
    QCOMPARE(timeline.index(2).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2026-03-14T09:02:07.000Z UTC · seq %1 · SignalTriggered · Ana").arg(rows.at(2).seq));
    QCOMPARE(timeline.index(3).data().toString(),
             QStringLiteral("09:02:07  Level raised to Slow (canary only) (from Normal): Error rate spike triggered"));
}

QTEST_MAIN(TestLiveModels)
#include "TestLiveModels.moc"
