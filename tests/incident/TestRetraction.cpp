// Corrections (issue 8): an observation or a notification tick recorded in error is retracted with
// a reason. The row stays; an EntryRetracted row is appended; the fold marks the entry and leaves
// it out of what stands; the rubric is rebuilt from the observations that stand and what differs
// is recorded; the level does not drop by itself. A real SQLite audit log, a simulated clock.

#include "IncidentFixtures.h"
#include "IncidentReplay.h"
#include "ReversalSession.h"
#include "TimelineText.h"

#include <QTest>

using namespace turnback;
using namespace turnback::test;
using namespace Qt::StringLiterals;

namespace {
const QString kRegulator = u"regulator-inquiry"_s;

/// The seq of the newest row of `kind` in the session's reversal.
qint64 newestSeq(const Bench& bench, const ReversalSession& session, const QString& kind) {
    const QList<AuditRecord> rows = rowsOf(bench.log, session.incident().id(), kind);
    return rows.isEmpty() ? 0 : rows.constLast().seq;
}

QStringList kindsAfter(const Bench& bench, const ReversalSession& session, qint64 seq) {
    QStringList kinds;
    for (const AuditRecord& row : rowsOf(bench.log, session.incident().id()))
        if (row.seq > seq)
            kinds << row.kind;
    return kinds;
}
} // namespace

class TestRetraction : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void anOccurrenceRetractedClearsWhatItTriggeredButNotTheLevel();
    void aCountIsRecountedFromWhatStands();
    void aRetractedSampleBringsBackTheOneBefore();
    void aRetractedTickIsOpenAgain();
    void whatCannotBeRetracted();
    void theReplayAndResumeRebuildTheSame();
    void theDryRunSaysWhatAnObservationWouldCallFor();

private:
    std::unique_ptr<Bench> m_bench;
    std::unique_ptr<ReversalSession> m_session;
};

void TestRetraction::init() {
    m_bench = std::make_unique<Bench>();
    QVERIFY(m_bench->open());
    m_session = std::make_unique<ReversalSession>(m_bench->log, m_bench->clock, m_bench->kit);
    QVERIFY(m_session->start(liveSetup()));
}

void TestRetraction::cleanup() {
    m_session.reset();
    m_bench.reset();
}

void TestRetraction::anOccurrenceRetractedClearsWhatItTriggeredButNotTheLevel() {
    m_bench->setTime(kMinute);
    QVERIFY(m_session->recordObservation(kRegulator));
    const qint64 seen = newestSeq(*m_bench, *m_session, EventKind::ObservationRecorded);
    QCOMPARE(m_session->incident().level(), Level::Reverse);
    const qint64 obligation = m_session->incident().latestObligation(kRegulator)->id;

    m_bench->setTime(3 * kMinute);
    const qint64 before = m_bench->log.count();
    QVERIFY2(m_session->retract(seen, u"  Wrong key: the inquiry was about billing  "_s),
             qPrintable(m_session->errorString()));
    QCOMPARE(kindsAfter(*m_bench, *m_session, before),
             (QStringList{EventKind::EntryRetracted, EventKind::SignalCleared}));
    const AuditRecord row = rowsOf(m_bench->log, m_session->incident().id(), EventKind::EntryRetracted).constLast();
    QCOMPARE(row.actor, u"Ana"_s);
    QCOMPARE(row.target, kRegulator);
    QCOMPARE(
        AuditLog::canonicalPayload(payloadOf(row)),
        u"{\"kind\":\"ObservationRecorded\",\"reason\":\"Wrong key: the inquiry was about billing\",\"retracts\":%1,"
        "\"role\":\"incident-commander\",\"rubric_ms\":180000,\"subject\":\"regulator-inquiry\"}"_s.arg(seen));
    const QJsonObject cleared =
        payloadOf(rowsOf(m_bench->log, m_session->incident().id(), EventKind::SignalCleared).constLast());
    QCOMPARE(cleared.value(u"at"_s).toString(), utcText(3 * kMinute));

    // Out of what stands, the rubric quiet; the level stays until the owner decides, from the reason.
    const Incident& incident = m_session->incident();
    QVERIFY(!incident.observations().contains(kRegulator));
    QCOMPARE(m_session->engine().status(kRegulator).phase, SignalPhase::Quiet);
    QCOMPARE(incident.level(), Level::Reverse);
    const Obligation* o = incident.obligation(obligation);
    QVERIFY(o->isOpen());
    QVERIFY(o->signalCleared);
    QCOMPARE(o->retractionReason, u"Wrong key: the inquiry was about billing"_s);

    // The entry stays in the timeline, marked, and the correction is a line of its own.
    const TimelineEntry* entry = incident.entry(seen);
    QVERIFY(entry && entry->isRetracted());
    QCOMPARE(entry->retractedBy->reason, u"Wrong key: the inquiry was about billing"_s);
    QCOMPARE(TimelineText::retractionNote(*entry),
             u"RETRACTED by Ana at 09:03:00 UTC: \"Wrong key: the inquiry was about billing\""_s);
    QCOMPARE(TimelineText::render(incident.timeline().at(incident.timeline().size() - 2), &m_bench->kit),
             u"Ana retracted the observation of Regulator inquiry received (entry %1) — \"Wrong key: the inquiry "
             "was about billing\""_s.arg(seen));

    // A new occurrence is a new fact: it triggers again, a new obligation.
    m_bench->setTime(4 * kMinute);
    QVERIFY(m_session->recordObservation(kRegulator));
    QVERIFY(m_session->incident().latestObligation(kRegulator)->id != obligation);
}

void TestRetraction::aCountIsRecountedFromWhatStands() {
    m_bench->setTime(kMinute);
    for (int i = 0; i < 4; ++i)
        QVERIFY(m_session->recordObservation(kP1));
    QCOMPARE(m_session->incident().level(), Level::Stop);
    const qint64 last = newestSeq(*m_bench, *m_session, EventKind::ObservationRecorded);
    m_bench->setTime(2 * kMinute);
    QVERIFY(m_session->retract(last, u"Counted the same P1 twice"_s));
    QCOMPARE(m_session->engine().status(kP1).phase, SignalPhase::Quiet);
    QCOMPARE(m_session->engine().status(kP1).windowCount, 3);
    QCOMPARE(m_session->incident().observations().value(kP1).occurrences, 3);
    QVERIFY(m_session->incident().latestObligation(kP1)->signalCleared);
    QCOMPARE(m_session->incident().level(), Level::Stop);
    // The fourth real one triggers again.
    QVERIFY(m_session->recordObservation(kP1));
    QCOMPARE(m_session->engine().status(kP1).phase, SignalPhase::Triggered);
}

void TestRetraction::aRetractedSampleBringsBackTheOneBefore() {
    // 7 % starts the two-minute wait; a 2 % typed in error at 1 min cancelled it. Taken back at
    // 1:30, the 7 % holds since 0:00 and the wait ends at 2:00, as if the 2 % had never been.
    QVERIFY(m_session->recordObservation(kErrorRate, 7.0));
    m_bench->setTime(kMinute);
    QVERIFY(m_session->recordObservation(kErrorRate, 2.0));
    QCOMPARE(m_session->engine().status(kErrorRate).phase, SignalPhase::Quiet);
    m_bench->setTime(90 * kSecond);
    const qint64 typo = newestSeq(*m_bench, *m_session, EventKind::ObservationRecorded);
    QVERIFY(m_session->retract(typo, u"Typed 2 for 12"_s));
    const SignalStatus status = m_session->engine().status(kErrorRate);
    QCOMPARE(status.phase, SignalPhase::Pending);
    QCOMPARE(status.firesAt, std::optional<Milliseconds>(2 * kMinute));
    QCOMPARE(m_session->incident().observations().value(kErrorRate).value, std::optional<double>(7.0));
    QCOMPARE(m_session->nextScheduledTransition(), std::optional<QDateTime>(at(2 * kMinute)));
    m_bench->setTime(2 * kMinute);
    QVERIFY(m_session->tick());
    QCOMPARE(m_session->incident().level(), Level::Slow);
    QCOMPARE(m_session->incident().latestObligation(kErrorRate)->triggeredAt, at(2 * kMinute));
}

void TestRetraction::aRetractedTickIsOpenAgain() {
    QVERIFY(m_session->recordObservation(kRegulator));
    const qint64 ob = m_session->incident().latestObligation(kRegulator)->id;
    QVERIFY(m_session->confirmNotification(ob, u"service-owner"_s));
    const qint64 tick = newestSeq(*m_bench, *m_session, EventKind::NotificationConfirmed);
    QCOMPARE(m_session->incident().obligation(ob)->notifications.at(1).confirmedSeq, tick);
    const int untold = m_session->incident().obligation(ob)->unconfirmedNotifications();

    m_bench->setTime(kMinute);
    const qint64 before = m_bench->log.count();
    QVERIFY(m_session->retract(tick, u"Left a voicemail; not reached yet"_s));
    QCOMPARE(kindsAfter(*m_bench, *m_session, before), QStringList{EventKind::EntryRetracted});
    const Obligation* o = m_session->incident().obligation(ob);
    QCOMPARE(o->unconfirmedNotifications(), untold + 1);
    QVERIFY(!o->notifications.at(1).confirmedAt);
    QVERIFY(m_session->incident().entry(tick)->isRetracted());
    QCOMPARE(m_session->engine().status(kRegulator).phase, SignalPhase::Triggered); // the rubric is untouched
    QCOMPARE(
        TimelineText::render(m_session->incident().timeline().constLast(), &m_bench->kit),
        u"Ana retracted the tick that Service owner was told (entry %1) — \"Left a voicemail; not reached yet\""_s.arg(
            tick));
    // Told for real later: ticked again.
    QVERIFY(m_session->confirmNotification(ob, u"service-owner"_s));
    QVERIFY(m_session->incident().obligation(ob)->notifications.at(1).confirmedAt);
}

void TestRetraction::whatCannotBeRetracted() {
    QVERIFY(m_session->recordObservation(kRegulator));
    const qint64 seen = newestSeq(*m_bench, *m_session, EventKind::ObservationRecorded);
    const qint64 trigger = newestSeq(*m_bench, *m_session, EventKind::SignalTriggered);
    const qint64 rows = m_bench->log.count();
    QVERIFY(!m_session->retract(seen, u"   "_s));
    QCOMPARE(m_session->errorString(), u"Say why you are retracting it."_s);
    QVERIFY(!m_session->retract(trigger, u"The rubric was wrong"_s));
    QCOMPARE(m_session->errorString(), u"Only an observation or a notification tick can be retracted."_s);
    QVERIFY(!m_session->retract(9999, u"No such row"_s));
    QCOMPARE(m_session->errorString(), u"Only an observation or a notification tick can be retracted."_s);
    // Each refusal is on record with the operator's words and why; nothing else was recorded.
    QCOMPARE(kindsAfter(*m_bench, *m_session, rows),
             QStringList({EventKind::ActRefused, EventKind::ActRefused, EventKind::ActRefused}));
    QCOMPARE(m_bench->log.count(), rows + 3);
    const AuditRecord noReason = rowsOf(m_bench->log, m_session->incident().id(), EventKind::ActRefused).at(0);
    QCOMPARE(payloadOf(noReason).value(u"refusal"_s).toString(), u"no-reason"_s);
    QCOMPARE(payloadOf(noReason).value(u"retracts"_s).toInteger(), seen);
    QCOMPARE(noReason.target, kRegulator);
    const AuditRecord tried = rowsOf(m_bench->log, m_session->incident().id(), EventKind::ActRefused).at(1);
    QCOMPARE(payloadOf(tried).value(u"reason"_s).toString(), u"The rubric was wrong"_s);
    QCOMPARE(payloadOf(tried).value(u"refusal"_s).toString(), u"not-retractable"_s);

    QVERIFY(m_session->retract(seen, u"Wrong key"_s));
    const qint64 after = m_bench->log.count();
    QVERIFY(!m_session->retract(seen, u"Again"_s));
    QVERIFY2(m_session->errorString().startsWith(u"That entry was already retracted by Ana at "_s),
             qPrintable(m_session->errorString()));
    const qint64 retraction = newestSeq(*m_bench, *m_session, EventKind::EntryRetracted);
    QVERIFY(!m_session->retract(retraction, u"Undo the undo"_s));
    QCOMPARE(m_bench->log.count(), after + 2);
    QCOMPARE(rowsOf(m_bench->log, m_session->incident().id(), EventKind::EntryRetracted).size(), 1);

    // A row that retracts what cannot be retracted is not applied by the fold either.
    AuditRecord forged = rowsOf(m_bench->log, m_session->incident().id(), EventKind::EntryRetracted).constLast();
    forged.seq = after + 3;
    forged.payload = u"{\"kind\":\"SignalTriggered\",\"reason\":\"x\",\"retracts\":%1}"_s.arg(trigger);
    Incident copy = m_session->incident();
    QVERIFY(!copy.apply(forged));

    QVERIFY(m_session->close(u"Done"_s));
    QVERIFY(!m_session->retract(trigger, u"After the close"_s));
    QCOMPARE(m_session->errorString(), u"This reversal is closed; nothing more can be recorded in it."_s);
}

void TestRetraction::theReplayAndResumeRebuildTheSame() {
    QVERIFY(m_session->recordObservation(kErrorRate, 7.0));
    m_bench->setTime(kMinute);
    QVERIFY(m_session->recordObservation(kErrorRate, 2.0));
    QVERIFY(m_session->recordObservation(kRegulator));
    m_bench->setTime(90 * kSecond);
    QVERIFY(m_session->retract(newestSeq(*m_bench, *m_session, EventKind::ObservationRecorded) - 1, u"Typo"_s));
    QVERIFY(m_session->retract(newestSeq(*m_bench, *m_session, EventKind::ObservationRecorded), u"Wrong key"_s));
    const QString id = m_session->incident().id();
    const QList<SignalStatus> live = m_session->engine().statuses();
    const Level level = m_session->incident().level();

    IncidentReplay replay(m_bench->kit);
    QVERIFY(replay.load(m_bench->log, id));
    QVERIFY(replay.missingTransitions().isEmpty());
    QCOMPARE(replay.incident().level(), level);
    QCOMPARE(replay.incident().timeline().size(), m_session->incident().timeline().size());
    for (qsizetype i = 0; i < live.size(); ++i) {
        QCOMPARE(replay.engine().status(live.at(i).signalId).phase, live.at(i).phase);
        QCOMPARE(replay.engine().status(live.at(i).signalId).firesAt, live.at(i).firesAt);
    }

    // A console that restarts resumes with the rebuilt rubric and records the wait's end at 2:00.
    m_session.reset();
    ReversalSession resumed(m_bench->log, m_bench->clock, m_bench->kit);
    m_bench->setTime(5 * kMinute);
    QVERIFY2(resumed.resume(id), qPrintable(resumed.errorString()));
    const Obligation* o = resumed.incident().latestObligation(kErrorRate);
    QVERIFY(o);
    QCOMPARE(o->triggeredAt, at(2 * kMinute));
    QCOMPARE(resumed.engine().status(kRegulator).phase, SignalPhase::Quiet);
}

void TestRetraction::theDryRunSaysWhatAnObservationWouldCallFor() {
    const qint64 rows = m_bench->log.count();
    QList<RubricTransition> raised = m_session->levelRaisedBy(kRegulator);
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.first().level, Level::Reverse);
    QVERIFY(m_session->levelRaisedBy(kP1).isEmpty());           // one P1 of four
    QVERIFY(m_session->levelRaisedBy(kErrorRate, 7).isEmpty()); // starts a wait, raises nothing yet
    QCOMPARE(m_bench->log.count(), rows);                       // a dry run records nothing
    QCOMPARE(m_session->engine().status(kRegulator).phase, SignalPhase::Quiet);
    QVERIFY(m_session->recordObservation(kRegulator));
    QVERIFY(m_session->levelRaisedBy(u"data-loss"_s).isEmpty()); // Reverse already
}

QTEST_GUILESS_MAIN(TestRetraction)
#include "TestRetraction.moc"
