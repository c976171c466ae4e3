// NotificationModel on its own (docs/architecture.md, "The replay"): one row per name on each
// triggered signal's notification list, appended as signals trigger; a tick is a request to
// record, shown only once on record; a read-only view has nobody to record it; nothing can be
// ticked once the reversal is closed; and a replay shows the same checklist as the live session.

#include "IncidentFixtures.h"
#include "ModelFixtures.h"
#include "NotificationModel.h"
#include "ReversalSession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace turnback;
using namespace turnback::test;
using namespace Qt::StringLiterals;

namespace {

/// Every role a row offers, and whether it can be ticked, as one line.
QStringList rowsOf(const NotificationModel& model) {
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        rows << u"%1 | %2 | %3 | ob %4 | %5 | %6 | checkable %7"_s.arg(
            i.data().toString(), i.data(Qt::ToolTipRole).toString(), i.data(Qt::CheckStateRole).toString(),
            i.data(NotificationModel::ObligationIdRole).toString(), i.data(NotificationModel::RoleIdRole).toString(),
            i.data(NotificationModel::ConfirmedRole).toString(),
            model.flags(i).testFlag(Qt::ItemIsUserCheckable) ? u"yes"_s : u"no"_s);
    }
    return rows;
}

QStringList column(const NotificationModel& model, int role) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row).data(role).toString();
    return values;
}

} // namespace

class TestNotificationModel : public QObject {
    Q_OBJECT
private slots:
    void rowsAreAppendedInOrderAsSignalsTrigger();
    void displayTextUsesTheKitsNames();
    void tickAsksToRecordAndIsTrueOnlyOnceRecorded();
    void aReadOnlyViewHasNobodyListening();
    void nothingIsCheckableAfterClose();
    void replayShowsTheSameChecklistAsTheLiveSession();
    void resumedSessionShowsTheSameChecklist();
};

void TestNotificationModel::rowsAreAppendedInOrderAsSignalsTrigger() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    NotificationModel notifications(session);
    QAbstractItemModelTester tester(&notifications, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToInsert(&notifications, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(&notifications, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&notifications, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&notifications, &QAbstractItemModel::modelReset);
    QVERIFY(session.start(liveSetup()));
    QVERIFY(session.recordObservation(kErrorRate, 6.0));
    QCOMPARE(notifications.rowCount(), 0); // pending, not triggered: nobody is owed a call yet
    QCOMPARE(inserted.count(), 0);

    bench.setTime(2 * kMinute);
    QVERIFY(session.tick());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), 0);
    QCOMPARE(inserted.last().at(2).toInt(), 1);

    bench.setTime(3 * kMinute);
    for (int i = 0; i < 4; ++i)
        QVERIFY(session.recordObservation(kP1));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 2);
    QCOMPARE(inserted.last().at(2).toInt(), 4);

    QVERIFY(session.recordObservation(kDataLoss));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(inserted.last().at(1).toInt(), 5);
    QCOMPARE(inserted.last().at(2).toInt(), 7);
    QCOMPARE(aboutToInsert.count(), 3);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);

    // In the order the signals triggered, each list in the kit's order.
    const Incident& incident = session.incident();
    const QString errorRate = QString::number(incident.latestObligation(kErrorRate)->id);
    const QString p1 = QString::number(incident.latestObligation(kP1)->id);
    const QString dataLoss = QString::number(incident.latestObligation(kDataLoss)->id);
    QCOMPARE(column(notifications, NotificationModel::ObligationIdRole),
             QStringList({errorRate, errorRate, p1, p1, p1, dataLoss, dataLoss, dataLoss}));
    QCOMPARE(
        column(notifications, NotificationModel::RoleIdRole),
        QStringList({u"incident-commander"_s, u"service-owner"_s, u"engineering-lead"_s, u"service-owner"_s,
                     u"communications-lead"_s, u"incident-commander"_s, u"policy-lead"_s, u"communications-lead"_s}));
    QCOMPARE(notifications.unconfirmedCount(), 8);

    // Events that trigger nothing add no rows.
    QVERIFY(session.recordObservation(kErrorRate, 7.0));
    QVERIFY(session.acknowledge(incident.latestObligation(kP1)->id));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(notifications.rowCount(), 8);
}

void TestNotificationModel::displayTextUsesTheKitsNames() {
    LiveModel<NotificationModel> live;
    QVERIFY(live.playShortReversal());
    const NotificationModel& notifications = live.model;

    QCOMPARE(column(notifications, Qt::DisplayRole),
             QStringList({
                 u"Tell Incident commander about Error rate spike (Slow (canary only))"_s,
                 u"Tell Service owner about Error rate spike (Slow (canary only))"_s,
                 u"Engineering lead told about P1 count — 09:04:00 UTC by Ana"_s,
                 u"Tell Service owner about P1 count (Stop (halt deploy))"_s,
                 u"Tell Communications lead about P1 count (Stop (halt deploy))"_s,
             }));
    QCOMPARE(column(notifications, Qt::CheckStateRole),
             QStringList({QString::number(Qt::Unchecked), QString::number(Qt::Unchecked), QString::number(Qt::Checked),
                          QString::number(Qt::Unchecked), QString::number(Qt::Unchecked)}));
}

void TestNotificationModel::tickAsksToRecordAndIsTrueOnlyOnceRecorded() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    NotificationModel notifications(session);
    QAbstractItemModelTester tester(&notifications, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy requested(&notifications, &NotificationModel::confirmRequested);
    QVERIFY(session.recordObservation(kDataLoss));
    const qint64 ob = session.incident().latestObligation(kDataLoss)->id;
    const QModelIndex commander = notifications.index(0);
    const QModelIndex policy = notifications.index(1);

    // Someone listens but does not record (say the log cannot take it yet): the request goes out,
    // the answer is false, and the row is not ticked.
    auto ignoring = connect(&notifications, &NotificationModel::confirmRequested, this, [] {});
    const qint64 rows = bench.log.count();
    QVERIFY(!notifications.setData(commander, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.last().at(0).toLongLong(), ob);
    QCOMPARE(requested.last().at(1).toString(), u"incident-commander"_s);
    QCOMPARE(commander.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(bench.log.count(), rows);
    disconnect(ignoring);

    // The session records it: true, and the tick is the record.
    connect(&notifications, &NotificationModel::confirmRequested, &session, &ReversalSession::confirmNotification);
    QSignalSpy changed(&notifications, &QAbstractItemModel::dataChanged);
    bench.setTime(30 * kSecond);
    QVERIFY(notifications.setData(policy, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.last().at(0).toLongLong(), ob);
    QCOMPARE(requested.last().at(1).toString(), u"policy-lead"_s);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(policy.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(bench.log.count(), rows + 1);
    const AuditRecord tick = test::rowsOf(bench.log, session.incident().id(), EventKind::NotificationConfirmed).last();
    QCOMPARE(payloadOf(tick).value(u"told"_s).toString(), u"policy-lead"_s);
    QCOMPARE(tick.atUtc, utcText(30 * kSecond));

    // Already ticked: no request at all, false, nothing written.
    QVERIFY(!notifications.setData(policy, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(requested.count(), 2);
    QCOMPARE(bench.log.count(), rows + 1);
    QCOMPARE(notifications.unconfirmedCount(), 2);
}

void TestNotificationModel::aReadOnlyViewHasNobodyListening() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    playShortReversal(bench.clock, session);
    if (QTest::currentTestFailed())
        return;

    Review review(bench);
    QVERIFY(review.load(session.incident().id()));
    NotificationModel notifications(review.view);
    QAbstractItemModelTester tester(&notifications, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy requested(&notifications, &NotificationModel::confirmRequested);
    QSignalSpy changed(&notifications, &QAbstractItemModel::dataChanged);
    const QStringList before = rowsOf(notifications);
    const qint64 rows = bench.log.count();

    const QModelIndex serviceOwner = notifications.index(1);
    QCOMPARE(serviceOwner.data(NotificationModel::RoleIdRole).toString(), u"service-owner"_s);
    QVERIFY(!notifications.setData(serviceOwner, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(requested.count(), 1); // asked, but nobody records for a replay
    QCOMPARE(changed.count(), 0);
    QCOMPARE(rowsOf(notifications), before);
    QCOMPARE(bench.log.count(), rows);
    QCOMPARE(review.log.count(), rows);
    QCOMPARE(notifications.unconfirmedCount(), 4);
}

void TestNotificationModel::nothingIsCheckableAfterClose() {
    LiveModel<NotificationModel> live;
    Bench& bench = live.bench;
    ReversalSession& session = live.session;
    NotificationModel& notifications = live.model;
    connect(&notifications, &NotificationModel::confirmRequested, &session, &ReversalSession::confirmNotification);
    QVERIFY(live.playShortReversal());

    // Open: every row not yet ticked can be ticked, the ticked one cannot.
    QCOMPARE(column(notifications, NotificationModel::ConfirmedRole),
             QStringList({u"false"_s, u"false"_s, u"true"_s, u"false"_s, u"false"_s}));
    for (int row = 0; row < notifications.rowCount(); ++row)
        QCOMPARE(notifications.flags(notifications.index(row)).testFlag(Qt::ItemIsUserCheckable),
                 !notifications.index(row).data(NotificationModel::ConfirmedRole).toBool());

    QSignalSpy changed(&notifications, &QAbstractItemModel::dataChanged);
    QVERIFY(session.close(u"Rolled back to v2.2"_s));
    QVERIFY(changed.count() >= 1); // views repaint the check boxes as read-only
    const qint64 rows = bench.log.count();
    for (int row = 0; row < notifications.rowCount(); ++row) {
        const QModelIndex i = notifications.index(row);
        QVERIFY(!notifications.flags(i).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(notifications.flags(i).testFlag(Qt::ItemIsEnabled));
        QVERIFY(!notifications.setData(i, Qt::Checked, Qt::CheckStateRole));
    }
    QCOMPARE(bench.log.count(), rows);
    QCOMPARE(notifications.unconfirmedCount(), 4);

    // A review of the closed reversal offers nothing to tick either.
    Review review(bench);
    QVERIFY(review.load(session.incident().id()));
    NotificationModel reviewed(review.view);
    QAbstractItemModelTester reviewTester(&reviewed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(reviewed.rowCount(), 5);
    for (int row = 0; row < reviewed.rowCount(); ++row)
        QVERIFY(!reviewed.flags(reviewed.index(row)).testFlag(Qt::ItemIsUserCheckable));
}

void TestNotificationModel::replayShowsTheSameChecklistAsTheLiveSession() {
    LiveModel<NotificationModel> live;
    ReversalSession& session = live.session;
    QVERIFY(live.playShortReversal());
    QVERIFY(session.recordObservation(kDataLoss));
    QVERIFY(session.confirmNotification(session.incident().latestObligation(kDataLoss)->id, u"policy-lead"_s));

    Review review(live.bench);
    NotificationModel replayed(review.view);
    QAbstractItemModelTester tester(&replayed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&replayed, &QAbstractItemModel::rowsInserted);
    QVERIFY(review.load(session.incident().id()));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(replayed.rowCount(), 8);
    // The same checklist; only the live one can be ticked (a replay records nothing).
    QStringList expected = rowsOf(live.model);
    expected.replaceInStrings(u"checkable yes"_s, u"checkable no"_s);
    QCOMPARE(rowsOf(replayed), expected);
    QCOMPARE(replayed.unconfirmedCount(), live.model.unconfirmedCount());

    // Following the log: the live tick reaches the replay's row.
    QVERIFY(session.confirmNotification(session.incident().latestObligation(kDataLoss)->id, u"incident-commander"_s));
    QSignalSpy changed(&replayed, &QAbstractItemModel::dataChanged);
    QCOMPARE(review.view.follow(review.log), 1);
    QVERIFY(changed.count() >= 1);
    expected = rowsOf(live.model);
    expected.replaceInStrings(u"checkable yes"_s, u"checkable no"_s);
    QCOMPARE(rowsOf(replayed), expected);
}

void TestNotificationModel::resumedSessionShowsTheSameChecklist() {
    Restarted<NotificationModel> restarted;
    QVERIFY(restarted.play(rowsOf));
    NotificationModel& notifications = *restarted.model;
    connect(&notifications, &NotificationModel::confirmRequested, restarted.session.get(),
            &ReversalSession::confirmNotification);
    QCOMPARE(rowsOf(notifications), restarted.before);

    // The resumed session records ticks as the first one did, as whoever has the keyboard now.
    QVERIFY(notifications.setData(notifications.index(3), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(notifications.index(3).data().toString(), u"Service owner told about P1 count — 09:06:00 UTC by Sam"_s);
}

QTEST_MAIN(TestNotificationModel)
#include "TestNotificationModel.moc"
