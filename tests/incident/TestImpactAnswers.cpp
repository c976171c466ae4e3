// Human-impact answers (issue 10, "Human impact"): impact.answered folded into the answers that
// stand, a later answer superseding an earlier one with both kept, the answer checked against the
// prompt's type, required prompts owed in NEXT's list and blocking the close until answered or
// recorded as unknown with a reason. A real SQLite audit log in a scratch folder, a simulated clock.

#include "IncidentFixtures.h"
#include "OwedItems.h"
#include "ReversalSession.h"
#include "TimelineText.h"

#include <QTest>

using namespace turnback;
using namespace turnback::test;

namespace {
const QString kUsers = QStringLiteral("users-affected");        // number, live-rollback
const QString kVulnerable = QStringLiteral("users-vulnerable"); // choice, post-reversal
const QString kPartners = QStringLiteral("partners-actions");   // text, post-reversal

/// The baseline kit with two of its prompts made required, as a service overlay would.
Kit kitRequiring(const QStringList& ids) {
    Kit kit = baselineKit();
    for (ImpactPrompt& prompt : kit.impactPrompts)
        prompt.required = ids.contains(prompt.id);
    return kit;
}
} // namespace

class TestImpactAnswers : public QObject {
    Q_OBJECT
private slots:
    void aLaterAnswerSupersedesAndBothStay();
    void answersMustFitThePrompt();
    void foldReadsTheRowsAlone();
    void requiredPromptsAreOwedAfterEverythingWithADeadline();
    void closeIsRefusedWhileARequiredPromptIsUnanswered();
    void closeRecordsTheAnswersState();
};

void TestImpactAnswers::aLaterAnswerSupersedesAndBothStay() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QVERIFY(!session.incident().impactAnswer(kUsers));

    bench.setTime(2 * kMinute);
    QVERIFY2(session.answerImpact(kUsers, QStringLiteral(" 120 ")), qPrintable(session.errorString()));
    const ImpactAnswer* first = session.incident().impactAnswer(kUsers);
    QVERIFY(first);
    QCOMPARE(first->answer, QStringLiteral("120"));
    QCOMPARE(first->by, QStringLiteral("Ana"));
    QCOMPARE(first->byRole, QStringLiteral("incident-commander"));
    QCOMPARE(first->at, at(2 * kMinute));
    QCOMPARE(first->superseded, 0);

    bench.setTime(5 * kMinute);
    QVERIFY(session.answerImpact(kUsers, {}, true, QStringLiteral("Support is recounting the tickets")));
    bench.setTime(9 * kMinute);
    QVERIFY(session.answerImpact(kUsers, QStringLiteral("340")));
    const ImpactAnswer* latest = session.incident().impactAnswer(kUsers);
    QCOMPARE(latest->answer, QStringLiteral("340"));
    QVERIFY(!latest->unknown);
    QVERIFY(latest->reason.isEmpty());
    QCOMPARE(latest->at, at(9 * kMinute));
    QCOMPARE(latest->superseded, 2);

    // Every answer is in the log and in the timeline, in order: nothing is erased.
    const QList<AuditRecord> rows = rowsOf(bench.log, id, EventKind::ImpactAnswered);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).target, kUsers);
    QCOMPARE(payloadOf(rows.at(0)).value(QStringLiteral("answer")).toString(), QStringLiteral("120"));
    QCOMPARE(payloadOf(rows.at(1)).value(QStringLiteral("unknown")).toBool(), true);
    QCOMPARE(payloadOf(rows.at(1)).value(QStringLiteral("reason")).toString(),
             QStringLiteral("Support is recounting the tickets"));
    QStringList lines;
    for (const TimelineEntry& entry : session.incident().timeline())
        if (entry.kind() == EventKind::ImpactAnswered)
            lines << TimelineText::render(entry, &bench.kit);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Ana answered the impact question “About how many users")),
             qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).endsWith(QStringLiteral(": 120")));
    QVERIFY2(lines.at(1).contains(QStringLiteral("as unknown — \"Support is recounting the tickets\"")),
             qPrintable(lines.at(1)));
    // Without the kit, the prompt id stands in for the question.
    QVERIFY(TimelineText::render(session.incident().timeline().last()).contains(kUsers));
}

void TestImpactAnswers::answersMustFitThePrompt() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const qint64 rows = bench.log.count();

    QVERIFY(!session.answerImpact(kUsers, QStringLiteral("lots")));
    QCOMPARE(session.errorString(), QStringLiteral("The answer must be a number, such as 120; found \"lots\"."));
    QVERIFY(!session.answerImpact(kUsers, QStringLiteral("inf")));
    QVERIFY(!session.answerImpact(kVulnerable, QStringLiteral("maybe")));
    QCOMPARE(session.errorString(), QStringLiteral("The answer must be one of: yes, no, not yet known."));
    QVERIFY(!session.answerImpact(kPartners, QStringLiteral("   ")));
    QCOMPARE(session.errorString(), QStringLiteral("Write an answer, or record it as unknown with a reason."));
    QVERIFY(!session.answerImpact(kPartners, {}, true, QStringLiteral("  ")));
    QCOMPARE(session.errorString(), QStringLiteral("Say why the answer is unknown."));
    QVERIFY(!session.answerImpact(QStringLiteral("no-such-prompt"), QStringLiteral("x")));
    QCOMPARE(bench.log.count(), rows); // refused: nothing recorded
    QVERIFY(session.incident().impactAnswers().isEmpty());

    QVERIFY(session.answerImpact(kVulnerable, QStringLiteral("not yet known")));
    QVERIFY(session.answerImpact(kUsers, QStringLiteral("2.5e3")));
    QCOMPARE(bench.log.count(), rows + 2);
}

void TestImpactAnswers::foldReadsTheRowsAlone() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    QVERIFY(session.answerImpact(kPartners, QStringLiteral("Ledger team replays the events")));
    bench.setTime(kMinute);
    QVERIFY(session.answerImpact(kPartners, {}, true, QStringLiteral("Ledger team not reached")));
    // A review rebuilds the same answers from the rows, without the kit.
    const Incident folded = Incident::fold(bench.log.records(), session.incident().id());
    const ImpactAnswer* answer = folded.impactAnswer(kPartners);
    QVERIFY(answer);
    QVERIFY(answer->unknown);
    QVERIFY(answer->answer.isEmpty());
    QCOMPARE(answer->reason, QStringLiteral("Ledger team not reached"));
    QCOMPARE(answer->superseded, 1);
    QCOMPARE(answer->seq, session.incident().impactAnswer(kPartners)->seq);
    QCOMPARE(folded.impactAnswers().size(), 1);
}

void TestImpactAnswers::requiredPromptsAreOwedAfterEverythingWithADeadline() {
    Bench bench;
    bench.kit = kitRequiring({kUsers, kPartners});
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    QVERIFY(session.recordObservation(kDataLoss)); // reverse, immediate: already overdue
    bench.setTime(kMinute);
    QVERIFY(session.tick());

    const QList<OwedItem> owed = owedItems(session.incident(), bench.clock.utcNow(), &bench.kit);
    const QList<OwedItem> obligations = owedItems(session.incident(), bench.clock.utcNow());
    QVERIFY(!obligations.isEmpty());
    // With the kit: the comms updates and the pre-release gates owed from the start, and the two prompts.
    QCOMPARE(countOwed(owed).stageItems, 5);
    QCOMPARE(owed.size(), obligations.size() + countOwed(owed).comms + 5 + 2);
    // The prompts come last, in the kit's order, never overdue; the items with deadlines keep theirs.
    for (int i = 0; i < owed.size() - 2; ++i)
        QVERIFY(owed.at(i).kind != OwedKind::ImpactPrompt);
    QCOMPARE(owed.at(owed.size() - 2).kind, OwedKind::ImpactPrompt);
    QCOMPARE(owed.at(owed.size() - 2).prompt, kUsers);
    QCOMPARE(owed.last().prompt, kPartners);
    QVERIFY(!owed.last().overdue);
    QCOMPARE(countOwed(owed).impactPrompts, 2);

    // Answered, or unknown with a reason: no longer owed.
    QVERIFY(session.answerImpact(kUsers, QStringLiteral("12")));
    QVERIFY(session.answerImpact(kPartners, {}, true, QStringLiteral("Partners not reached")));
    QCOMPARE(countOwed(owedItems(session.incident(), bench.clock.utcNow(), &bench.kit)).impactPrompts, 0);
    QVERIFY(unansweredRequiredPrompts(session.incident(), bench.kit).isEmpty());
}

void TestImpactAnswers::closeIsRefusedWhileARequiredPromptIsUnanswered() {
    Bench bench;
    bench.kit = kitRequiring({kUsers, kPartners});
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString id = session.incident().id();
    QVERIFY(session.answerImpact(kUsers, QStringLiteral("40")));
    const qint64 rows = bench.log.count();

    QVERIFY(!session.close(QStringLiteral("Rolled back")));
    QVERIFY2(session.errorString().contains(kPartners), qPrintable(session.errorString()));
    QVERIFY(!session.errorString().contains(kUsers));
    QVERIFY(!session.incident().isClosed());
    QCOMPARE(bench.log.count(), rows); // the refusal records nothing
    QVERIFY(rowsOf(bench.log, id, EventKind::ReversalClosed).isEmpty());

    // An answer of "unknown" with a reason is enough to close.
    QVERIFY(session.answerImpact(kPartners, {}, true, QStringLiteral("Partner teams answer tomorrow")));
    QVERIFY2(session.close(QStringLiteral("Rolled back")), qPrintable(session.errorString()));
    QVERIFY(session.incident().isClosed());
    // Nothing more can be recorded, answers included.
    QVERIFY(!session.answerImpact(kPartners, QStringLiteral("late")));
}

void TestImpactAnswers::closeRecordsTheAnswersState() {
    Bench bench;
    bench.kit = kitRequiring({kUsers});
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    QVERIFY(session.answerImpact(kUsers, QStringLiteral("40")));
    QVERIFY(session.answerImpact(kVulnerable, QStringLiteral("no")));
    QVERIFY(session.answerImpact(kPartners, {}, true, QStringLiteral("Not reached")));
    QVERIFY(session.close(QStringLiteral("Rolled back")));
    const QList<AuditRecord> closed = rowsOf(bench.log, session.incident().id(), EventKind::ReversalClosed);
    QCOMPARE(closed.size(), 1);
    const QJsonObject payload = payloadOf(closed.first());
    QCOMPARE(payload.value(QStringLiteral("impact_answered")).toInt(), 2);
    QCOMPARE(payload.value(QStringLiteral("impact_unknown")).toInt(), 1);
    QCOMPARE(payload.value(QStringLiteral("impact_unanswered")).toInt(), int(bench.kit.impactPrompts.size()) - 3);
    // The three comms updates, not sent, and the five pre-release gates, never signed off.
    QCOMPARE(payload.value(QStringLiteral("open_obligations")).toInt(), 3 + 5);
    QCOMPARE(payload.value(QStringLiteral("open_comms")).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestImpactAnswers)
#include "TestImpactAnswers.moc"
