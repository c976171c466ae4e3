// The review's paged timeline (docs/review.md, "Paging"): the rows of one reversal in order, a page at
// a time; filters and the order pushed into SQL; a jump to a time with the rows before it fetched on
// demand; each row rendered from its typed event as the live timeline renders it; and the reversals
// of a log listed with the level reached and what was overdue.

#include "Countdown.h"
#include "ReviewDatabase.h"
#include "ReviewFixtures.h"
#include "ReviewIndex.h"
#include "ReviewSnapshot.h"
#include "ReviewTimelineModel.h"
#include "SqliteReadOnly.h"
#include "TimelineText.h"
#include "events/IncidentEvent.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace turnback;
using namespace turnback::test;

namespace {

/// Fetches every page (as a view scrolling to the end would) and returns the seqs shown, in order.
QList<qint64> allSeqs(ReviewTimelineModel& model) {
    while (model.canFetchMore())
        model.fetchMore();
    QList<qint64> seqs;
    for (int row = 0; row < model.rowCount(); ++row)
        seqs << model.seqAt(row);
    return seqs;
}

QList<qint64> expectedSeqs(const ReviewLog& log, const QString& incident,
                           const std::function<bool(const AuditRecord&)>& keep) {
    QList<qint64> seqs;
    for (const AuditRecord& r : rowsOf(log.bench.log, incident))
        if (keep(r))
            seqs << r.seq;
    return seqs;
}

std::shared_ptr<const ReviewIndex> indexOf(const QString& path, const QString& incident) {
    QString error;
    auto index = ReviewIndex::build(sqlite::readOnlyOpen(path).uri, incident, 0, {}, &error);
    if (!index)
        qWarning() << "no index:" << error;
    return index;
}

/// Every page fetched; the text of `column` in each row, in order.
QStringList columnOfAll(ReviewTimelineModel& model, int column) {
    while (model.canFetchMore())
        model.fetchMore();
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

class TestReviewTimelineModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsTheReversalsLiveAndExerciseWithLevelAndOverdue();
    void rowsComeInPagesInSeqOrder();
    void newestFirstReversesTheOrder();
    void filtersByKindActorTextAndTime();
    void textFilterTakesWildcardsLiterally();
    void rowsAreRenderedFromTheTypedEventsAndMarked();
    void jumpToATimeStartsThereAndFetchesEarlierRows();
    void theConsoleAtAnInstantIsTheReplays();
    void theIndexFindsExactlyWhatTheLogFinds();
    void sortsByActorAndKindOnceIndexed();
    void scrollingFarDropsPagesBehindAndReadsThemAgain();
    void theRoleColumnIsTheRoleHeldAtThatRow();

private:
    std::unique_ptr<ReviewLog> m_log;
    std::unique_ptr<ReviewDatabase> m_db;
};

void TestReviewTimelineModel::initTestCase() {
    m_log = std::make_unique<ReviewLog>();
    // Written once and closed, then reopened for reading by the fixture's own helpers (rowsOf); the
    // tests only read it.
    QVERIFY(m_log->write(true));
    QVERIFY(m_log->bench.log.open(m_log->bench.dbPath(), AuditLog::Access::ReadOnly));
    m_db = std::make_unique<ReviewDatabase>();
    QVERIFY2(m_db->open(m_log->bench.dbPath()), qPrintable(m_db->errorString()));
}

void TestReviewTimelineModel::cleanupTestCase() {
    m_db.reset();
    m_log.reset();
}

void TestReviewTimelineModel::listsTheReversalsLiveAndExerciseWithLevelAndOverdue() {
    const auto reversals = m_db->reversals();
    QVERIFY(reversals);
    QCOMPARE(reversals->size(), 2);
    const ReviewReversal& live = reversals->at(0);
    QCOMPARE(live.id, m_log->liveId);
    QCOMPARE(live.title, QStringLiteral("Checkout v2.3 rollout"));
    QCOMPARE(live.service, QStringLiteral("checkout"));
    QVERIFY(!live.exercise);
    QCOMPARE(live.startedAt, startInstant());
    QVERIFY(live.closedAt);
    QCOMPARE(*live.closedAt, at(40 * kMinute));
    QCOMPARE(live.levelReached, Level::Reverse); // data loss calls for Reverse
    // Counted from the fold: decisions recorded after their deadline, and items left open past it.
    const Incident folded = Incident::fold(rowsOf(m_log->bench.log, m_log->liveId), m_log->liveId);
    int late = 0;
    for (const Obligation& o : folded.obligations())
        late += o.decision ? o.decidedAt > o.deadline : o.deadline < *folded.closedAt();
    QVERIFY(late >= 1); // at least the data-loss decision, 20 min after it triggered
    QCOMPARE(live.overdueDecisions, late);
    QCOMPARE(live.events, qint64(rowsOf(m_log->bench.log, m_log->liveId).size()) -
                              qint64(rowsOf(m_log->bench.log, m_log->liveId, QStringLiteral("ui.click")).size()));
    const ReviewReversal& drill = reversals->at(1);
    QCOMPARE(drill.id, m_log->exerciseId);
    QVERIFY(drill.exercise);
    QVERIFY(!drill.closedAt);
}

void TestReviewTimelineModel::rowsComeInPagesInSeqOrder() {
    ReviewTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setSource(m_db.get(), m_log->liveId, &m_log->bench.kit);
    QCOMPARE(model.rowCount(), ReviewTimelineModel::kPageSize);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QCOMPARE(model.rowCount(), 2 * ReviewTimelineModel::kPageSize);
    QCOMPARE(inserted.size(), 1);
    const QList<qint64> expected = expectedSeqs(*m_log, m_log->liveId, [](const AuditRecord&) { return true; });
    QVERIFY(expected.size() > 2 * ReviewTimelineModel::kPageSize);
    QCOMPARE(allSeqs(model), expected);
    QVERIFY(!model.canFetchMore());
}

void TestReviewTimelineModel::newestFirstReversesTheOrder() {
    ReviewTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_db.get(), m_log->liveId, &m_log->bench.kit);
    model.setDescending(true);
    QList<qint64> expected = expectedSeqs(*m_log, m_log->liveId, [](const AuditRecord&) { return true; });
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(allSeqs(model), expected);
    QCOMPARE(model.index(0, 0).data(ReviewTimelineModel::KindRole).toString(), EventKind::ReversalClosed);
}

void TestReviewTimelineModel::filtersByKindActorTextAndTime() {
    ReviewTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_db.get(), m_log->liveId, &m_log->bench.kit);

    ReviewFilter decisions;
    decisions.kinds = ReviewFilter::decisionKinds();
    model.setFilter(decisions);
    QCOMPARE(allSeqs(model), expectedSeqs(*m_log, m_log->liveId, [](const AuditRecord& r) {
                 return r.kind == EventKind::DecisionRecorded || r.kind == EventKind::DecisionRefused;
             }));
    QCOMPARE(model.rowCount(), 3);

    ReviewFilter sam;
    sam.actor = QStringLiteral("sa"); // part of the name, any case
    model.setFilter(sam);
    const QList<qint64> bySam =
        expectedSeqs(*m_log, m_log->liveId, [](const AuditRecord& r) { return r.actor == QLatin1String("Sam"); });
    QVERIFY(!bySam.isEmpty());
    QCOMPARE(allSeqs(model), bySam);

    ReviewFilter text;
    text.text = QStringLiteral("canary");
    model.setFilter(text);
    QCOMPARE(allSeqs(model), expectedSeqs(*m_log, m_log->liveId, [](const AuditRecord& r) {
                 return r.payload.contains(QLatin1String("canary"));
             }));
    QCOMPARE(model.rowCount(), 1);

    ReviewFilter window;
    window.from = at(3 * kMinute);
    window.to = at(6 * kMinute);
    model.setFilter(window);
    QCOMPARE(allSeqs(model), expectedSeqs(*m_log, m_log->liveId, [](const AuditRecord& r) {
                 return r.atUtc >= utcText(3 * kMinute) && r.atUtc <= utcText(6 * kMinute);
             }));
    QVERIFY(model.rowCount() > 5);

    ReviewFilter nothing;
    nothing.text = QStringLiteral("no such words anywhere");
    model.setFilter(nothing);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());
}

void TestReviewTimelineModel::textFilterTakesWildcardsLiterally() {
    ReviewTimelineModel model;
    model.setSource(m_db.get(), m_log->liveId, &m_log->bench.kit);
    ReviewFilter percent;
    percent.text = QStringLiteral("50%"); // in the data-loss reason only; '%' is not a wildcard here
    model.setFilter(percent);
    QCOMPARE(allSeqs(model), expectedSeqs(*m_log, m_log->liveId, [](const AuditRecord& r) {
                 return r.payload.contains(QLatin1String("50%"));
             }));
    QCOMPARE(model.rowCount(), 1);
    percent.text = QStringLiteral("_");
    model.setFilter(percent);
    QCOMPARE(allSeqs(model), expectedSeqs(*m_log, m_log->liveId, [](const AuditRecord& r) {
                 return r.payload.contains(QLatin1Char('_')) || r.target.contains(QLatin1Char('_')) ||
                        r.actor.contains(QLatin1Char('_')) || r.kind.contains(QLatin1Char('_'));
             }));
}

void TestReviewTimelineModel::rowsAreRenderedFromTheTypedEventsAndMarked() {
    ReviewTimelineModel model;
    model.setSource(m_db.get(), m_log->liveId, &m_log->bench.kit);
    allSeqs(model);
    const Incident incident = Incident::fold(rowsOf(m_log->bench.log, m_log->liveId), m_log->liveId);
    int checked = 0, late = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 seq = model.seqAt(row);
        const TimelineEntry* entry = incident.entry(seq);
        if (!entry)
            continue;
        const QString summary = model.index(row, ReviewTimelineModel::SummaryColumn).data().toString();
        QVERIFY2(summary.startsWith(TimelineText::render(*entry, &m_log->bench.kit)), qPrintable(summary));
        QCOMPARE(model.index(row, ReviewTimelineModel::UtcColumn).data().toString(),
                 entry->at.toString(QStringLiteral("HH:mm:ss")));
        QCOMPARE(model.index(row, ReviewTimelineModel::UtcColumn).data(Qt::ToolTipRole).toString(),
                 utc::format(entry->at));
        QCOMPARE(model.index(row, ReviewTimelineModel::ActorColumn).data().toString(), entry->actor);
        const auto emphasis =
            model.index(row, 0).data(ReviewTimelineModel::EmphasisRole).value<ReviewTimelineModel::Emphasis>();
        if (entry->kind() == EventKind::LevelChanged)
            QCOMPARE(emphasis, ReviewTimelineModel::Emphasis::Level);
        if (emphasis == ReviewTimelineModel::Emphasis::Overdue) {
            ++late;
            QCOMPARE(entry->kind(), EventKind::DecisionRecorded);
            QVERIFY(summary.contains(QLatin1String("after its deadline")));
        }
        ++checked;
    }
    QCOMPARE(checked, int(incident.timeline().size()));
    int decidedLate = 0;
    for (const Obligation& o : incident.obligations())
        decidedLate += o.decision && o.decidedAt > o.deadline;
    QVERIFY(decidedLate >= 1);
    QCOMPARE(late, decidedLate);
    // The role column: Sam took over as engineering lead.
    const QModelIndexList bySam = model.match(model.index(0, ReviewTimelineModel::ActorColumn), Qt::DisplayRole,
                                              QStringLiteral("Sam"), 1, Qt::MatchExactly);
    QCOMPARE(bySam.size(), 1);
    QCOMPARE(bySam.first().siblingAtColumn(ReviewTimelineModel::RoleColumn).data().toString(),
             m_log->bench.kit.role(QStringLiteral("engineering-lead"))->title);
}

// The role column says the role the actor held when the row was written, as the live timeline's
// "Ana (Engineering lead) decided" does: not the role they held at some other time.
void TestReviewTimelineModel::theRoleColumnIsTheRoleHeldAtThatRow() {
    ReviewTimelineModel model;
    model.setSource(m_db.get(), m_log->liveId, &m_log->bench.kit);
    allSeqs(model);
    const Incident incident = Incident::fold(rowsOf(m_log->bench.log, m_log->liveId), m_log->liveId);
    QHash<QString, QString> held; // actor -> role id, as the rows go
    QHash<qint64, QString> expected;
    int changedRole = 0;
    for (const TimelineEntry& entry : incident.timeline()) {
        if (const auto* started = std::get_if<events::ReversalStarted>(&entry.event))
            held.insert(entry.actor, started->role);
        else if (const auto* changed = std::get_if<events::OperatorChanged>(&entry.event)) {
            changedRole += held.contains(changed->name) && held.value(changed->name) != changed->role;
            held.insert(changed->name, changed->role);
        }
        if (held.contains(entry.actor))
            expected.insert(entry.seq, m_log->bench.kit.role(held.value(entry.actor))->title);
    }
    int compared = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto it = expected.constFind(model.seqAt(row));
        if (it == expected.cend())
            continue;
        QCOMPARE(model.index(row, ReviewTimelineModel::RoleColumn).data().toString(), *it);
        ++compared;
    }
    QVERIFY(compared > 10);
    QVERIFY2(changedRole >= 1, "the fixture should have someone change role mid-reversal");
}

void TestReviewTimelineModel::jumpToATimeStartsThereAndFetchesEarlierRows() {
    ReviewTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_db.get(), m_log->liveId, &m_log->bench.kit);
    const QList<qint64> all = expectedSeqs(*m_log, m_log->liveId, [](const AuditRecord&) { return true; });
    const QList<qint64> fromFive =
        expectedSeqs(*m_log, m_log->liveId, [](const AuditRecord& r) { return r.atUtc >= utcText(35 * kMinute); });
    QCOMPARE(model.jumpTo(at(35 * kMinute)), 0);
    QCOMPARE(model.seqAt(0), fromFive.first());
    QVERIFY(model.canFetchEarlier());
    int earlier = 0;
    while (model.canFetchEarlier())
        earlier += model.fetchEarlier();
    QCOMPARE(earlier, int(all.size() - fromFive.size()));
    QCOMPARE(allSeqs(model), all);
    // Newest first: the last row at or before the instant, then older ones.
    model.setDescending(true);
    const QList<qint64> upToFive =
        expectedSeqs(*m_log, m_log->liveId, [](const AuditRecord& r) { return r.atUtc <= utcText(35 * kMinute); });
    QCOMPARE(model.jumpTo(at(35 * kMinute)), 0);
    QCOMPARE(model.seqAt(0), upToFive.last());
    // With a filter: the first decision at or after 9:05 is the hold at 9:05.
    model.setDescending(false);
    ReviewFilter decisions;
    decisions.kinds = ReviewFilter::decisionKinds();
    model.setFilter(decisions);
    QCOMPARE(model.jumpTo(at(4 * kMinute)), 0);
    QCOMPARE(model.index(0, 0).data(ReviewTimelineModel::AtRole).toDateTime(), at(5 * kMinute));
    model.setFilter({});
    // Past the end: nothing there; the model falls back to the start.
    QCOMPARE(model.jumpTo(at(99 * kMinute)), -1);
    QCOMPARE(model.seqAt(0), all.first());
}

void TestReviewTimelineModel::theConsoleAtAnInstantIsTheReplays() {
    IncidentReplay replay(m_log->bench.kit);
    QVERIFY(replay.load(m_log->bench.log, m_log->liveId));
    for (qint64 ms : {qint64(0), 2 * kMinute + 30 * kSecond, 5 * kMinute, 20 * kMinute, 45 * kMinute}) {
        QString error;
        const auto snapshot = ReviewSnapshot::at(*m_db, m_log->liveId, m_log->bench.kit, at(ms), &error);
        QVERIFY2(snapshot, qPrintable(error));
        const IncidentSnapshot expected = replay.at(at(ms));
        QCOMPARE(snapshot->incident.level(), expected.incident.level());
        QCOMPARE(snapshot->incident.obligations().size(), expected.incident.obligations().size());
        const QString html = ReviewSnapshot::html(*snapshot, m_log->bench.kit);
        for (const Obligation& o : expected.incident.obligations())
            QVERIFY2(html.contains(countdownFor(&o, at(ms)).text.toHtmlEscaped()), qPrintable(html));
    }
    QString error;
    QVERIFY(!ReviewSnapshot::at(*m_db, m_log->liveId, m_log->bench.kit, at(-kMinute), &error));
    QVERIFY(error.contains(QLatin1String("had not started")));
}

// The side index answers every filter with the rows the SQL filter finds, in the same order: it is
// only faster, never different (the console never misleads).
void TestReviewTimelineModel::theIndexFindsExactlyWhatTheLogFinds() {
    const auto index = indexOf(m_log->bench.dbPath(), m_log->liveId);
    QVERIFY(index);
    QCOMPARE(index->rows(), qint64(rowsOf(m_log->bench.log, m_log->liveId).size()));
    ReviewTimelineModel scanned, indexed;
    QAbstractItemModelTester tester(&indexed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    scanned.setSource(m_db.get(), m_log->liveId, &m_log->bench.kit);
    indexed.setSource(m_db.get(), m_log->liveId, &m_log->bench.kit);
    indexed.setIndex(index);
    QList<ReviewFilter> filters;
    auto add = [&filters](QStringList kinds, QString actor, QString text, QDateTime from, QDateTime to) {
        filters << ReviewFilter{std::move(kinds), std::move(actor), std::move(text), from, to};
    };
    add(ReviewFilter::decisionKinds(), {}, {}, {}, {});
    add({}, QStringLiteral("sa"), {}, {}, {});
    add({}, QStringLiteral("SA"), {}, {}, {});
    add({}, {}, QStringLiteral("canary"), {}, {});
    add({}, {}, QStringLiteral("CaNaRy"), {}, {});
    add({}, {}, QStringLiteral("50%"), {}, {});
    add({}, {}, QStringLiteral("_"), {}, {});
    add({}, {}, QStringLiteral("observationrecorded"), {}, {}); // the kind's name, in another case
    add({}, {}, QStringLiteral("sam"), {}, {});                 // the actor's name
    add({}, {}, QStringLiteral("error-rate"), {}, {});          // in the target and the payload
    add({}, {}, QStringLiteral("no such words anywhere"), {}, {});
    add({}, {}, {}, at(3 * kMinute), at(6 * kMinute));
    add({}, {}, {}, at(3 * kMinute).addMSecs(1), {});
    add(ReviewFilter::observationKinds(), QStringLiteral("a"), QStringLiteral("0."), at(30 * kMinute),
        at(35 * kMinute));
    for (const ReviewFilter& filter : std::as_const(filters)) {
        for (bool descending : {false, true}) {
            scanned.setFilterAndOrder(filter, descending);
            indexed.setFilterAndOrder(filter, descending);
            QVERIFY(indexed.usesIndex());
            const QList<qint64> expected = allSeqs(scanned);
            QCOMPARE(allSeqs(indexed), expected);
            QCOMPARE(indexed.matchCount(), qint64(expected.size()));
            QCOMPARE(scanned.matchCount(), qint64(-1));
        }
    }
    QVERIFY(indexed.matchCount() > 0); // the last filter matched something: the comparison was not empty
}

void TestReviewTimelineModel::sortsByActorAndKindOnceIndexed() {
    ReviewTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_db.get(), m_log->liveId, &m_log->bench.kit);
    const QList<qint64> recorded = allSeqs(model);
    model.setView({}, ReviewSort::Actor, false);
    QVERIFY(model.isSortPending()); // no index yet: still in recorded order, and said so
    QCOMPARE(allSeqs(model), recorded);

    model.setIndex(indexOf(m_log->bench.dbPath(), m_log->liveId));
    QVERIFY(!model.isSortPending());
    const QStringList actors = columnOfAll(model, ReviewTimelineModel::ActorColumn);
    QCOMPARE(actors.size(), recorded.size());
    QVERIFY(actors.first() != actors.last()); // more than one actor: the sort had something to do
    const QList<qint64> byActor = allSeqs(model);
    for (int i = 1; i < actors.size(); ++i) {
        const int order = QString::compare(actors.at(i - 1), actors.at(i), Qt::CaseInsensitive);
        QVERIFY2(order <= 0, qPrintable(actors.at(i - 1) + QLatin1String(" before ") + actors.at(i)));
        if (order == 0) // within an actor, recorded order
            QVERIFY(byActor.at(i - 1) < byActor.at(i));
    }
    QList<qint64> sameRows = byActor;
    std::sort(sameRows.begin(), sameRows.end());
    QCOMPARE(sameRows, recorded);

    model.setView({}, ReviewSort::Actor, true);
    QList<qint64> reversed = byActor;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(allSeqs(model), reversed);

    ReviewFilter decisionsAndLevels;
    decisionsAndLevels.kinds = ReviewFilter::decisionKinds() + ReviewFilter::levelKinds();
    model.setView(decisionsAndLevels, ReviewSort::Kind, false);
    const QStringList kinds = columnOfAll(model, ReviewTimelineModel::KindColumn);
    QVERIFY(kinds.size() > 3);
    QStringList sortedKinds = kinds;
    std::stable_sort(sortedKinds.begin(), sortedKinds.end(), [](const QString& a, const QString& b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    QCOMPARE(kinds, sortedKinds);
    QVERIFY(kinds.first() != kinds.last());
}

// A long reversal scrolled end to end keeps at most kMaxPages pages; scrolled back, the pages let
// go are read again, in order, none missing.
void TestReviewTimelineModel::scrollingFarDropsPagesBehindAndReadsThemAgain() {
    Bench bench;
    QVERIFY(bench.open());
    const QString incident = QStringLiteral("rev-long");
    const int n = (ReviewTimelineModel::kMaxPages + 3) * ReviewTimelineModel::kPageSize + 17;
    QVERIFY(bench.log.beginBatch());
    for (int i = 0; i < n; ++i) {
        events::ObservationRecorded observed;
        observed.signal = kErrorRate;
        observed.observedAt = at(i * kSecond);
        observed.value = i % 7;
        const events::IncidentEvent event = observed;
        QVERIFY(bench.log.appendToBatch(
            {QStringLiteral("Ana"), events::kindOf(event), events::targetOf(event), incident, events::toJson(event)},
            at(i * kSecond)));
    }
    QVERIFY(bench.log.commitBatch());
    bench.log.close();
    ReviewDatabase db;
    QVERIFY2(db.open(bench.dbPath()), qPrintable(db.errorString()));
    for (bool indexed : {false, true}) {
        ReviewTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&db, incident, &bench.kit);
        if (indexed) {
            model.setIndex(indexOf(bench.dbPath(), incident));
            model.setView({}, ReviewSort::Actor, false); // one actor: recorded order, through the index
            QVERIFY(model.usesIndex());
        }
        const qint64 first = model.seqAt(0);
        qint64 previous = first - 1;
        qint64 seen = 0;
        // Down to the end: each row once, in order, never more than kMaxPages pages held.
        int row = 0;
        for (;;) {
            for (; row < model.rowCount(); ++row, ++seen) {
                QCOMPARE(model.seqAt(row), previous + 1);
                previous = model.seqAt(row);
            }
            if (!model.canFetchMore())
                break;
            const int before = model.rowCount();
            const qint64 last = model.seqAt(before - 1);
            model.fetchMore();
            row = model.rowOfSeq(last) + 1; // rows dropped above move it up
            QVERIFY(row > 0);
            QVERIFY(model.rowCount() <= ReviewTimelineModel::kMaxPages * ReviewTimelineModel::kPageSize);
        }
        QCOMPARE(seen, qint64(n));
        QVERIFY(model.canFetchEarlier());
        // Back up to the start: the pages let go are read again.
        while (model.canFetchEarlier()) {
            model.fetchEarlier();
            QVERIFY(model.rowCount() <= ReviewTimelineModel::kMaxPages * ReviewTimelineModel::kPageSize);
        }
        QCOMPARE(model.seqAt(0), first);
        for (int r = 1; r < model.rowCount(); ++r)
            QCOMPARE(model.seqAt(r), model.seqAt(r - 1) + 1);
        QVERIFY(model.canFetchMore()); // the end was let go in turn
    }
}

QTEST_GUILESS_MAIN(TestReviewTimelineModel)
#include "TestReviewTimelineModel.moc"
