// TimelineModel on its own (docs/architecture.md, "The replay"): one row per recorded event, appended
// at the end as events are recorded, each line rendered with the kit's names and carrying its UTC
// instant and seq in the tooltip; and the same rows whether the view is the live session, a replay
// of the log, or a session that resumed.

#include "AuditTrail.h"
#include "IncidentFixtures.h"
#include "ModelFixtures.h"
#include "ReversalSession.h"
#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QItemSelectionRange>
#include <QSignalSpy>
#include <QTest>

#include <ctime>

using namespace turnback;
using namespace turnback::test;
using namespace Qt::StringLiterals;

namespace {

/// Every role a row offers, as one line: what a view, a report or a comparison reads.
QStringList rowsOf(const TimelineModel& model) {
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        rows << u"%1 | %2 | %3 | %4"_s.arg(i.data().toString(), i.data(Qt::ToolTipRole).toString(),
                                           i.data(TimelineModel::SeqRole).toString(),
                                           i.data(TimelineModel::KindRole).toString());
    }
    return rows;
}

/// Sets the process's time zone for one test and puts it back.
class TimeZone {
public:
    explicit TimeZone(const char* zone)
        : m_old(qgetenv("TZ")) {
        qputenv("TZ", zone);
        tzset();
    }
    ~TimeZone() {
        qputenv("TZ", m_old);
        tzset();
    }

private:
    QByteArray m_old;
};

} // namespace

class TestTimelineModel : public QObject {
    Q_OBJECT
private slots:
    void rowsAreAppendedInOrderAsEventsAreRecorded();
    void displayTextUsesTheKitsNames();
    void displayIsLocalTimeAndTooltipIsUtcWithSeq();
    void replayShowsTheSameRowsAsTheLiveSession();
    void replayFollowingTheLogAppendsRowsInOrder();
    void resumedSessionShowsTheSameRowsAsTheLiveOne();
    void showsActsAndHidesNavigationUntilAsked();
    void aRetractedEntryIsStruckThroughWithItsReason();
    void messagesSentAndFilesAttachedAreRowsInLogOrder();
};

void TestTimelineModel::rowsAreAppendedInOrderAsEventsAreRecorded() {
    LiveModel<TimelineModel> live;
    Bench& bench = live.bench;
    ReversalSession& session = live.session;
    TimelineModel& timeline = live.model;
    QSignalSpy aboutToInsert(&timeline, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(&timeline, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&timeline, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&timeline, &QAbstractItemModel::modelReset);
    QCOMPARE(timeline.rowCount(), 0);

    // Each recorded event arrives as its own insertion of one row at the end, seen by the time the
    // action returns.
    qint64 previousRows = 0;
    connect(&timeline, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex& parent, int first, int last) {
        QVERIFY(!parent.isValid());
        QCOMPARE(first, int(previousRows));
        QCOMPARE(last, first);
        QCOMPARE(timeline.index(first).data(TimelineModel::SeqRole).toLongLong(), bench.log.headSeq());
        previousRows = timeline.rowCount();
    });
    QVERIFY(live.playShortReversal());

    const QList<AuditRecord> rows = test::rowsOf(bench.log, session.incident().id());
    QCOMPARE(rows.size(), 17);
    QCOMPARE(timeline.rowCount(), int(rows.size()));
    QCOMPARE(inserted.count(), int(rows.size()));
    QCOMPARE(aboutToInsert.count(), int(rows.size()));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(timeline.index(i).data(TimelineModel::SeqRole).toLongLong(), rows.at(i).seq);
        QCOMPARE(timeline.index(i).data(TimelineModel::KindRole).toString(), rows.at(i).kind);
    }

    // A refused action is on record with why (ActRefused) and arrives as one more row, like any other.
    QVERIFY(!session.acknowledge(4242));
    QCOMPARE(timeline.rowCount(), int(rows.size()) + 1);
    QCOMPARE(inserted.count(), int(rows.size()) + 1);
    QCOMPARE(timeline.index(int(rows.size())).data(TimelineModel::KindRole).toString(), EventKind::ActRefused);
}

void TestTimelineModel::displayTextUsesTheKitsNames() {
    LiveModel<TimelineModel> live;
    QVERIFY(live.playShortReversal());
    const TimelineModel& timeline = live.model;

    // The tests run in UTC, so the local time at the front reads as UTC. Signal, role and level ids
    // never show: only the kit's names do; what the operator typed is shown as typed.
    const QStringList expected = {
        u"09:00:00  Ana started the reversal \"Checkout v2.3 rollout\" of checkout (live)"_s,
        u"09:00:00  Observed Error rate spike = 6%"_s,
        u"09:02:00  Error rate spike triggered: Slow (canary only) called for; Engineering lead owes a decision by "
        u"09:07:00 UTC"_s,
        u"09:02:00  Level raised to Slow (canary only) (from Normal): Error rate spike triggered"_s,
        u"09:03:00  Observed one occurrence of P1 count"_s,
        u"09:03:00  Observed one occurrence of P1 count"_s,
        u"09:03:00  Observed one occurrence of P1 count"_s,
        u"09:03:00  Observed one occurrence of P1 count"_s,
        u"09:03:00  P1 count triggered: Stop (halt deploy) called for; Incident commander owes a decision by "
        u"09:05:00 UTC"_s,
        u"09:03:00  Level raised to Stop (halt deploy) (from Slow (canary only)): P1 count triggered"_s,
        u"09:03:30  Ana acknowledged P1 count"_s,
        u"09:04:00  Ana confirmed Engineering lead was told about P1 count"_s,
        u"09:05:00  Sam (Engineering lead) took the keyboard"_s,
        u"09:05:00  Sam (Engineering lead) decided to hold on Error rate spike — \"Watching the canary\""_s,
        u"09:06:00  Sam (Engineering lead) decided to carry out on P1 count, acting for Incident commander — \"IC on "
        u"the customer call\""_s,
        u"09:06:00  Observed Error rate spike = 1%"_s,
        u"09:06:00  Error rate spike cleared (the level stays until a decision lowers it)"_s,
    };
    QCOMPARE(timeline.rowCount(), int(expected.size()));
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(timeline.index(row).data().toString(), expected.at(row));
    for (const QString& id : {u"error-rate"_s, u"p1-count"_s, u"engineering-lead"_s, u"incident-commander"_s})
        for (int row = 0; row < timeline.rowCount(); ++row)
            QVERIFY2(!timeline.index(row).data().toString().contains(id), qPrintable(id));
}

void TestTimelineModel::displayIsLocalTimeAndTooltipIsUtcWithSeq() {
    TimeZone kolkata("Asia/Kolkata"); // UTC+05:30 all year: no daylight saving to reason about
    LiveModel<TimelineModel> live;
    QVERIFY(live.playShortReversal());
    const TimelineModel& timeline = live.model;

    const QList<AuditRecord> rows = test::rowsOf(live.bench.log, live.session.incident().id());
    const QModelIndex acknowledged = timeline.index(10);
    QCOMPARE(acknowledged.data(TimelineModel::KindRole).toString(), EventKind::OwnerAcknowledged);
    QCOMPARE(acknowledged.data().toString(), u"14:33:30  Ana acknowledged P1 count"_s);
    QCOMPARE(acknowledged.data(Qt::ToolTipRole).toString(),
             u"2026-03-14T09:03:30.000Z UTC · seq %1 · OwnerAcknowledged · Ana"_s.arg(rows.at(10).seq));
    // Every tooltip names its row's own instant, seq, kind and actor as the log holds them.
    for (int row = 0; row < rows.size(); ++row)
        QCOMPARE(timeline.index(row).data(Qt::ToolTipRole).toString(),
                 u"%1 UTC · seq %2 · %3 · %4"_s.arg(rows.at(row).atUtc)
                     .arg(rows.at(row).seq)
                     .arg(rows.at(row).kind, rows.at(row).actor));
}

void TestTimelineModel::replayShowsTheSameRowsAsTheLiveSession() {
    LiveModel<TimelineModel> live;
    QVERIFY(live.playShortReversal());
    QVERIFY(live.session.close(u"Rolled back to v2.2"_s));

    Review review(live.bench);
    TimelineModel replayed(review.view);
    QAbstractItemModelTester tester(&replayed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&replayed, &QAbstractItemModel::rowsInserted);
    QVERIFY(review.load(live.session.incident().id()));

    QCOMPARE(inserted.count(), 1); // the whole reversal at once, at the end of an empty list
    QCOMPARE(replayed.rowCount(), live.model.rowCount());
    QCOMPARE(rowsOf(replayed), rowsOf(live.model));
    QCOMPARE(replayed.index(replayed.rowCount() - 1).data().toString(),
             u"09:06:00  Sam closed the reversal: Rolled back to v2.2"_s);
}

void TestTimelineModel::replayFollowingTheLogAppendsRowsInOrder() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    TimelineModel live(session);
    QVERIFY(session.start(liveSetup()));
    QVERIFY(session.recordObservation(kErrorRate, 6.0));

    // A second console watches the same file while the first records.
    Review watching(bench);
    TimelineModel replayed(watching.view);
    QAbstractItemModelTester tester(&replayed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(watching.load(session.incident().id()));
    QCOMPARE(replayed.rowCount(), 2);
    QSignalSpy inserted(&replayed, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&replayed, &QAbstractItemModel::modelReset);

    bench.setTime(2 * kMinute);
    QVERIFY(session.tick()); // SignalTriggered and LevelChanged
    QVERIFY(session.recordObservation(kDataLoss));
    QCOMPARE(watching.view.follow(watching.log), live.rowCount() - 2);
    QCOMPARE(inserted.count(), live.rowCount() - 2);
    for (int i = 0; i < inserted.count(); ++i) {
        QCOMPARE(inserted.at(i).at(1).toInt(), 2 + i);
        QCOMPARE(inserted.at(i).at(2).toInt(), 2 + i);
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(rowsOf(replayed), rowsOf(live));
    QCOMPARE(watching.view.follow(watching.log), 0); // nothing new: nothing inserted
    QCOMPARE(inserted.count(), live.rowCount() - 2);
}

void TestTimelineModel::resumedSessionShowsTheSameRowsAsTheLiveOne() {
    // The console restarts at the same instant: nothing fell due meanwhile, so nothing is added.
    Restarted<TimelineModel> restarted;
    QVERIFY(restarted.play(rowsOf));
    const QStringList& before = restarted.before;
    TimelineModel& timeline = *restarted.model;
    QCOMPARE(rowsOf(timeline), before);

    // And it goes on appending after what it resumed.
    QSignalSpy inserted(&timeline, &QAbstractItemModel::rowsInserted);
    QVERIFY(restarted.session->recordObservation(kDataLoss));
    QVERIFY(inserted.count() >= 1);
    QCOMPARE(inserted.first().at(1).toInt(), int(before.size()));
    QCOMPARE(timeline.index(int(before.size())).data().toString(),
             u"09:06:00  Observed one occurrence of User-facing data loss"_s);
}

void TestTimelineModel::showsActsAndHidesNavigationUntilAsked() {
    // 38 of 64 rows of a short session were clicks, most of them tab switches: the timeline shows
    // the events and the clicks that were acts; navigation only when asked. All stay recorded.
    using Nature = events::UiClick::Nature;
    Bench bench;
    QVERIFY(bench.open());
    AuditTrail trail(bench.log);
    ReversalSession session(trail, bench.clock, bench.kit);
    TimelineModel timeline(session);
    QAbstractItemModelTester tester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!timeline.showsNavigation());
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    const auto click = [&](const QString& target, const QString& text, std::optional<Nature> nature) {
        const QJsonObject detail{{u"via"_s, u"mouse"_s}, {u"text"_s, text}};
        return trail
            .append({u"Ana"_s, events::UiClick::kind, target, id,
                     nature ? events::UiClick::marked(detail, *nature) : detail})
            .isRecorded();
    };
    QSignalSpy inserted(&timeline, &QAbstractItemModel::rowsInserted);
    QVERIFY(click(u"mainWindow/kitTabs/kitTabBar"_s, u"Notifications"_s, Nature::Navigation));
    QCOMPARE(inserted.count(), 0); // navigation: recorded, not shown
    QVERIFY(click(u"mainWindow/console/recordButton"_s, u"&Record"_s, Nature::Act));
    QCOMPARE(inserted.count(), 1);
    QVERIFY(session.recordObservation(u"data-loss"_s, std::nullopt));
    QVERIFY(click(u"mainWindow/console/oldButton"_s, QString(), std::nullopt)); // a row from before marks
    QCOMPARE(bench.log.recordsOfKind(events::UiClick::kind).size(), 3);

    const auto column = [&timeline](int role) {
        QStringList out;
        for (int row = 0; row < timeline.rowCount(); ++row)
            out << timeline.index(row).data(role).toString();
        return out;
    };
    QCOMPARE(column(TimelineModel::KindRole),
             QStringList({u"ReversalStarted"_s, u"ui.click"_s, u"ObservationRecorded"_s, u"SignalTriggered"_s,
                          u"LevelChanged"_s}));
    QCOMPARE(column(TimelineModel::NatureRole), QStringList({QString(), u"act"_s, QString(), QString(), QString()}));
    QVERIFY2(timeline.index(1).data().toString().endsWith(u"Ana clicked \"Record\""_s),
             qPrintable(timeline.index(1).data().toString()));

    QSignalSpy reset(&timeline, &QAbstractItemModel::modelReset);
    timeline.setShowNavigation(true);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(column(TimelineModel::KindRole),
             QStringList({u"ReversalStarted"_s, u"ui.click"_s, u"ui.click"_s, u"ObservationRecorded"_s,
                          u"SignalTriggered"_s, u"LevelChanged"_s, u"ui.click"_s}));
    QCOMPARE(column(TimelineModel::NatureRole),
             QStringList({QString(), u"navigation"_s, u"act"_s, QString(), QString(), QString(), QString()}));
    QVERIFY(timeline.index(1).data().toString().endsWith(u"Ana looked at \"Notifications\" (navigation)"_s));
    QVERIFY(timeline.index(6).data().toString().endsWith(u"(not marked act or navigation)"_s));

    // A review of the log tells the same story.
    Review review(bench);
    QVERIFY(review.load(id));
    TimelineModel replayed(review.view);
    replayed.setShowNavigation(true);
    QCOMPARE(rowsOf(replayed), rowsOf(timeline));
}

// Issue 8: a retraction repaints the entry already shown (struck through, the reason beside it) and
// adds its own line; nothing is removed. The review of the log shows the same.
void TestTimelineModel::aRetractedEntryIsStruckThroughWithItsReason() {
    LiveModel<TimelineModel> live;
    QVERIFY(live.playShortReversal());
    TimelineModel& timeline = live.model;
    const int rows = timeline.rowCount();
    int p1Row = -1;
    for (int row = 0; row < rows && p1Row < 0; ++row)
        if (timeline.index(row).data().toString().endsWith(u"Observed one occurrence of P1 count"_s))
            p1Row = row;
    QVERIFY(p1Row >= 0);
    const QModelIndex p1 = timeline.index(p1Row);
    QVERIFY(p1.data(TimelineModel::RetractableRole).toBool());
    QVERIFY(!timeline.index(0).data(TimelineModel::RetractableRole).toBool()); // ReversalStarted
    QVERIFY(!p1.data(Qt::FontRole).isValid());

    QSignalSpy changed(&timeline, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&timeline, &QAbstractItemModel::rowsRemoved);
    QVERIFY2(live.session.retract(p1.data(TimelineModel::SeqRole).toLongLong(), u"Duplicate page"_s),
             qPrintable(live.session.errorString()));
    QVERIFY(!changed.isEmpty());
    const QItemSelectionRange repainted(changed.constLast().at(0).toModelIndex(),
                                        changed.constLast().at(1).toModelIndex());
    QVERIFY(repainted.contains(p1));
    QCOMPARE(removed.count(), 0);
    // The correction's own line, then what the rebuilt rubric recorded (the count no longer holds).
    QCOMPARE(timeline.rowCount(), rows + 2);
    QCOMPARE(timeline.index(rows).data(TimelineModel::KindRole).toString(), EventKind::EntryRetracted);
    QCOMPARE(timeline.index(rows + 1).data(TimelineModel::KindRole).toString(), EventKind::SignalCleared);
    QVERIFY(p1.data(TimelineModel::RetractedRole).toBool());
    QVERIFY(!p1.data(TimelineModel::RetractableRole).toBool());
    QVERIFY(p1.data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY2(p1.data().toString().endsWith(
                 u"Observed one occurrence of P1 count  — RETRACTED by Sam at %1 UTC: \"Duplicate page\""_s.arg(
                     live.bench.clock.utcNow().toString(u"HH:mm:ss"_s))),
             qPrintable(p1.data().toString()));
    QVERIFY(timeline.index(rows).data().toString().contains(u"Sam retracted the observation of P1 count (entry "_s));
    QVERIFY(!timeline.index(rows).data(Qt::FontRole).isValid());

    Review review(live.bench);
    QVERIFY(review.opened);
    QVERIFY(review.view.load(review.log, live.session.incident().id()));
    TimelineModel replayed(review.view);
    QCOMPARE(rowsOf(replayed), rowsOf(timeline));
    QVERIFY(replayed.index(p1Row).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(!replayed.index(p1Row).data(TimelineModel::RetractableRole).toBool()); // a review records nothing
}

void TestTimelineModel::messagesSentAndFilesAttachedAreRowsInLogOrder() {
    LiveModel<TimelineModel> live;
    QAbstractItemModelTester tester(&live.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(live.playShortReversal());
    events::CommsSent sent;
    sent.templateId = u"internal-alert"_s;
    sent.recipients = {u"Engineering"_s};
    sent.channel = events::CommsChannel::EmlFile;
    sent.file = u"/tmp/alert.eml"_s;
    sent.sha256 = QString(64, u'a');
    sent.lateReason = u"Paged the wrong room"_s;
    QVERIFY(live.session.recordComms(sent));
    EvidenceAttached attached{u"x/aaaa-count.txt"_s, QString(64, u'b'), 12, u"count.txt"_s,
                              u"data:delete/count-before"_s};
    QVERIFY(live.session.recordAside(EvidenceAttached::kind, attached.originalName, attached.toJson()));
    const int rows = live.model.rowCount();
    const QString sentRow = live.model.index(rows - 2).data().toString();
    QVERIFY2(sentRow.endsWith(u"sent the Internal alert to Engineering (saved as /tmp/alert.eml), SHA-256 "_s +
                              QString(64, u'a') + u"; late: \"Paged the wrong room\""_s),
             qPrintable(sentRow));
    QCOMPARE(live.model.index(rows - 2).data(TimelineModel::KindRole).toString(), u"comms.sent"_s);
    const QString fileRow = live.model.index(rows - 1).data().toString();
    QVERIFY2(fileRow.contains(u"attached count.txt (SHA-256 "_s + QString(64, u'b') + u", 12 bytes) at "_s),
             qPrintable(fileRow));
    QVERIFY2(fileRow.endsWith(u", step \"count-before\""_s), qPrintable(fileRow));
    QCOMPARE(live.model.index(rows - 1).data(TimelineModel::KindRole).toString(), u"evidence.attached"_s);
    QVERIFY(live.model.index(rows - 2).data(TimelineModel::SeqRole).toLongLong() <
            live.model.index(rows - 1).data(TimelineModel::SeqRole).toLongLong());

    // The review reads the same rows from the log.
    Review review(live.bench);
    TimelineModel replayed(review.view);
    QVERIFY(review.load(live.session.incident().id()));
    QCOMPARE(rowsOf(replayed), rowsOf(live.model));
}

QTEST_MAIN(TestTimelineModel)
#include "TestTimelineModel.moc"
