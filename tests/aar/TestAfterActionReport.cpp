// The after-action report's figures against a scripted exercise whose answers are known to the second
// (AarFixtures.h), built from the log opened read-only.
#include "AarFixtures.h"
#include "AfterActionReport.h"
#include "ReviewDatabase.h"

#include <QTest>

using namespace turnback;
using namespace turnback::test;

namespace {

const AarTimer* find(const AfterActionReport& r, const QString& kind, const QString& item) {
    for (const AarTimer& t : r.timers)
        if (t.kind == kind && t.item == item)
            return &t;
    return nullptr;
}

} // namespace

class TestAfterActionReport : public QObject {
    Q_OBJECT

    ScriptedExercise* m_run = nullptr;
    std::optional<AfterActionReport> m_report;

    void checkTimer(const QString& kind, const QString& item, const QString& owner, qint64 started, qint64 due,
                    std::optional<qint64> acted, bool met, qint64 marginMs) {
        QVERIFY(m_report);
        const AarTimer* t = find(*m_report, kind, item);
        QVERIFY2(t, qPrintable(kind + QLatin1Char(' ') + item));
        QCOMPARE(t->owner, owner);
        QCOMPARE(t->started, at(started));
        QCOMPARE(t->due, at(due));
        QCOMPARE(t->acted.has_value(), acted.has_value());
        if (acted)
            QCOMPARE(*t->acted, at(*acted));
        QCOMPARE(t->met, met);
        QCOMPARE(t->marginMs, marginMs);
    }

private slots:
    void initTestCase() {
        m_run = new ScriptedExercise;
        QVERIFY(m_run->write());
        ReviewDatabase db;
        QVERIFY2(db.open(m_run->bench.dbPath()), qPrintable(db.errorString()));
        QString error;
        m_report = AfterActionReportBuilder::build(db, m_run->id, &m_run->kit, &error);
        QVERIFY2(m_report, qPrintable(error));
    }
    void cleanupTestCase() { delete m_run; }

    void decisionTimers() {
        checkTimer(QStringLiteral("decision"), kP1, QStringLiteral("incident-commander"), kMinute, 3 * kMinute,
                   2 * kMinute, true, 60'000);
        checkTimer(QStringLiteral("decision"), kErrorRate, QStringLiteral("engineering-lead"), 3 * kMinute, 8 * kMinute,
                   8 * kMinute, true, 0);
        checkTimer(QStringLiteral("decision"), kDataLoss, QStringLiteral("service-owner"), 4 * kMinute, 4 * kMinute,
                   4 * kMinute + 30 * kSecond, false, -30'000);
        // Never decided: measured against the end of the record (the last row).
        checkTimer(QStringLiteral("decision"), QStringLiteral("regulator-inquiry"), QStringLiteral("policy-lead"),
                   9 * kMinute, 9 * kMinute, std::nullopt, false, 9 * kMinute - ScriptedExercise::kEnd);
    }

    void commsTimers() {
        checkTimer(QStringLiteral("comms"), QStringLiteral("internal-alert"), QStringLiteral("incident-commander"), 0,
                   15 * kMinute, 10 * kMinute, true, 300'000);
        checkTimer(QStringLiteral("comms"), QStringLiteral("customer-notice"), QStringLiteral("communications-lead"), 0,
                   kHour, kHour, true, 0);
        checkTimer(QStringLiteral("comms"), QStringLiteral("regulator-update"), QStringLiteral("policy-lead"), 0,
                   24 * kHour, std::nullopt, false, 24 * kHour - ScriptedExercise::kEnd);
        // A regulator report's template has no `due` of its own: only its clock is a timer.
        QVERIFY(!find(*m_report, QStringLiteral("comms"), QStringLiteral("gdpr-notification")));
    }

    void regulatorClock() {
        checkTimer(QStringLiteral("regulator"), QStringLiteral("gdpr-notification"), QStringLiteral("policy-lead"),
                   5 * kMinute, 72 * kHour + 5 * kMinute, ScriptedExercise::kEnd, false, -30'000);
    }

    void dataStepTimers() {
        const QString owner = QStringLiteral("service-owner"); // the procedure's owner: no role was named
        checkTimer(QStringLiteral("data-step"), QStringLiteral("snapshot/scope"), owner, 5 * kMinute, 10 * kMinute,
                   6 * kMinute, true, 240'000);
        checkTimer(QStringLiteral("data-step"), QStringLiteral("snapshot/take-snapshot"), owner, 5 * kMinute,
                   7 * kMinute, 7 * kMinute, true, 0);
        checkTimer(QStringLiteral("data-step"), QStringLiteral("snapshot/verify-snapshot"), owner, 5 * kMinute,
                   6 * kMinute, 8 * kMinute, false, -120'000);
        checkTimer(QStringLiteral("data-step"), QStringLiteral("snapshot/restrict-access"), owner, 5 * kMinute,
                   6 * kMinute, std::nullopt, false, 6 * kMinute - ScriptedExercise::kEnd);
    }

    void timersInDueOrder() {
        for (qsizetype i = 1; i < m_report->timers.size(); ++i)
            QVERIFY(m_report->timers.at(i - 1).due <= m_report->timers.at(i).due);
        // Decisions, comms, the regulator clock, data steps, and the baseline's five pre-release gates.
        QCOMPARE(m_report->timers.size(), 4 + 3 + 1 + 4 + 5);
    }

    void gapRule() {
        QStringList gaps;
        for (const AarGap& gap : m_report->gaps)
            gaps << gap.inject + QLatin1Char(':') + gap.reason;
        gaps.sort();
        // E expected nothing, C was late, D and G never happened, H was done by another role.
        QCOMPARE(gaps.join(QLatin1Char(' ')), QStringLiteral("C:late D:unmet E:no-expectation G:unmet H:wrong-role"));
        const AarScore& score = m_report->score;
        QCOMPARE(score.injects, 8);
        QCOMPARE(score.expectations, 7);
        QCOMPARE(score.counted, 8); // the inject with no expectation counts, so the score is not a false 100%
        QCOMPARE(score.met, 3);     // A, B, F
        QCOMPARE(score.gaps, 5);
    }

    void expectationMetByTheRole() {
        for (const AarInject& inject : m_report->injects)
            if (inject.id == QLatin1String("F")) {
                QCOMPARE(inject.expects.size(), 1);
                QCOMPARE(inject.expects.first().outcome, AarExpectation::Outcome::Met);
                QCOMPARE(*inject.expects.first().acted, at(2 * kMinute));
                QCOMPARE(inject.expects.first().actedBy, QStringLiteral("Ana"));
                return;
            }
        QFAIL("inject F is missing");
    }

    void overviewFromExerciseStarted() {
        const AarOverview& o = m_report->overview;
        QVERIFY(o.exercise);
        QCOMPARE(o.scenarioTitle, QStringLiteral("Checkout drill"));
        QCOMPARE(o.objectives, QStringList{QStringLiteral("Decide within each timer")});
        QCOMPARE(o.participants.size(), 2);
        QCOMPARE(o.participants.at(1).name, QStringLiteral("Bo"));
        QCOMPARE(o.participants.at(1).role, QStringLiteral("service-owner"));
        QCOMPARE(o.started, at(0));
        QCOMPARE(o.endOfRecord, at(ScriptedExercise::kEnd));
    }

    void levelOverTime() {
        QList<QPair<qint64, Level>> points;
        for (const AarLevelPoint& p : m_report->levels)
            points.append({startInstant().msecsTo(p.at), p.level});
        QCOMPARE(points.first(), (QPair<qint64, Level>{0, Level::Normal}));
        QVERIFY(points.contains(QPair<qint64, Level>{kMinute, Level::Stop}));
        QVERIFY(points.contains(QPair<qint64, Level>{4 * kMinute, Level::Reverse}));
    }

    void logBytesUnchanged() {
        const QStringList before = folderState(m_run->bench.dir.path());
        {
            ReviewDatabase db;
            QVERIFY(db.open(m_run->bench.dbPath()));
            QString error;
            QVERIFY(AfterActionReportBuilder::build(db, m_run->id, &m_run->kit, &error));
        }
        QCOMPARE(folderState(m_run->bench.dir.path()), before);
    }

    void unknownIncident() {
        ReviewDatabase db;
        QVERIFY(db.open(m_run->bench.dbPath()));
        QString error;
        QVERIFY(!AfterActionReportBuilder::build(db, QStringLiteral("rev-nope"), &m_run->kit, &error));
        QVERIFY2(error.contains(QLatin1String("rev-nope")), qPrintable(error));
    }

    void latestReviewWins() {
        ScriptedExercise run;
        QVERIFY(run.write(false));
        events::ExerciseReview first{run.id, {QStringLiteral("calm")}, {}, {}, QStringLiteral("one")};
        events::ExerciseReview second{
            run.id,
            {QStringLiteral("fast decisions")},
            {QStringLiteral("tell the regulator sooner")},
            {{QStringLiteral("Add a GDPR reminder"), QStringLiteral("policy-lead"), QStringLiteral("2026-04-30")}},
            QStringLiteral("two")};
        for (const auto& review : {first, second})
            QVERIFY(run.bench.log.append(
                {QStringLiteral("Trainer"), events::ExerciseReview::kind, run.id, {}, review.toJson()}));
        run.bench.log.close();
        ReviewDatabase db;
        QVERIFY(db.open(run.bench.dbPath()));
        QString error;
        const auto report = AfterActionReportBuilder::build(db, run.id, &run.kit, &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(report->review);
        QCOMPARE(*report->review, second);
        QCOMPARE(report->earlierReviews, 1);
    }

    void withoutKitNoCommsTimers() {
        ReviewDatabase db;
        QVERIFY(db.open(m_run->bench.dbPath()));
        QString error;
        const auto report = AfterActionReportBuilder::build(db, m_run->id, nullptr, &error);
        QVERIFY(report);
        for (const AarTimer& t : report->timers)
            QVERIFY(t.kind == QLatin1String("decision") || t.kind == QLatin1String("data-step"));
    }
};

QTEST_GUILESS_MAIN(TestAfterActionReport)
#include "TestAfterActionReport.moc"
