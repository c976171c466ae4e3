#include "BaselineSignals.h"
#include "RubricEngine.h"

#include <QTest>

#include <cmath>

using namespace turnback;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

/// "120000 error-rate triggered slow" / "300000 error-rate cleared": compact enough for a data table.
QString describe(const QList<RubricTransition>& transitions) {
    QStringList parts;
    for (const RubricTransition& t : transitions) {
        QString part = QString::number(t.at.count()) + QLatin1Char(' ') + t.signalId + QLatin1Char(' ') +
                       transitionEventId(t.event);
        if (t.event == RubricTransition::Event::Triggered)
            part += QLatin1Char(' ') + levelId(t.level);
        parts.append(part);
    }
    return parts.join(QStringLiteral("; "));
}

/// Runs a script of steps: "o AT SIGNAL [VALUE]" observes, "a AT" advances (AT in ms). Returns what
/// each step returned, described; an observe error fails the test.
QStringList run(RubricEngine& engine, const QStringList& steps) {
    QStringList results;
    for (const QString& step : steps) {
        const QStringList words = step.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const Milliseconds at{words.value(1).toLongLong()};
        if (words.value(0) == QLatin1String("a")) {
            results.append(describe(engine.advanceTo(at)));
            continue;
        }
        Observation obs{at, words.value(2), std::nullopt};
        if (words.size() > 3)
            obs.value = words[3].toDouble();
        QString error;
        const QString returned = describe(engine.observe(obs, &error));
        results.append(error.isEmpty() ? returned : QStringLiteral("ERROR: ") + error);
    }
    return results;
}

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;

QString ms(qint64 value) {
    return QString::number(value);
}

} // namespace

class TestRubricEngine : public QObject {
    Q_OBJECT

private slots:
    void measuredComparison_data();
    void measuredComparison();
    void countComparison_data();
    void countComparison();
    void scenario_data();
    void scenario();
    void scheduledChanges_data();
    void scheduledChanges();
    void pendingAndTriggeredStatus();
    void countStatusFollowsTheWindow();
    void statusesInKitOrder();
    void unknownStatusIsQuiet();
    void rejectsOutOfOrderObservation();
    void acceptsEqualTimes();
    void rejectsObservationBeforeAdvancedTime();
    void advanceBackwardsIsIgnored();
    void rejectsUnknownSignal();
    void rejectsBadMeasuredValue_data();
    void rejectsBadMeasuredValue();
    void countRowMayCarryAValue();
    void engineOutlivesItsKit();
    void largeKitFindsEverySignal();
};

void TestRubricEngine::measuredComparison_data() {
    QTest::addColumn<int>("comparison");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("triggers");
    const auto gt = static_cast<int>(Comparison::Greater);
    const auto ge = static_cast<int>(Comparison::GreaterOrEqual);
    const auto lt = static_cast<int>(Comparison::Less);
    const auto le = static_cast<int>(Comparison::LessOrEqual);
    QTest::newRow("5 is not >5") << gt << 5.0 << false;
    QTest::newRow("5.001 is >5") << gt << 5.001 << true;
    QTest::newRow("5 is >=5") << ge << 5.0 << true;
    QTest::newRow("4.999 is not >=5") << ge << 4.999 << false;
    QTest::newRow("5 is not <5") << lt << 5.0 << false;
    QTest::newRow("4.999 is <5") << lt << 4.999 << true;
    QTest::newRow("5 is <=5") << le << 5.0 << true;
    QTest::newRow("5.001 is not <=5") << le << 5.001 << false;
}

void TestRubricEngine::measuredComparison() {
    QFETCH(int, comparison);
    QFETCH(double, value);
    QFETCH(bool, triggers);
    Threshold threshold;
    threshold.kind = Threshold::Kind::Measured;
    threshold.comparison = static_cast<Comparison>(comparison);
    threshold.limit = 5;
    RubricEngine engine(test::singleSignalKit(threshold));
    const QList<RubricTransition> out = engine.observe({10ms, QStringLiteral("s"), value});
    // Without "for", the sample that makes the condition true triggers, at its own time.
    QCOMPARE(describe(out), triggers ? QStringLiteral("10 s triggered slow") : QString());
    QCOMPARE(engine.status(QStringLiteral("s")).phase, triggers ? SignalPhase::Triggered : SignalPhase::Quiet);
    QCOMPARE(engine.calledLevel(), triggers ? Level::Slow : Level::Normal);
}

void TestRubricEngine::countComparison_data() {
    QTest::addColumn<int>("comparison");
    QTest::addColumn<int>("occurrences");
    QTest::addColumn<QString>("expected");
    const auto gt = static_cast<int>(Comparison::Greater);
    const auto ge = static_cast<int>(Comparison::GreaterOrEqual);
    QTest::newRow("3 is not >3") << gt << 3 << QString();
    QTest::newRow("4th fires >3") << gt << 4 << QStringLiteral("3 s triggered stop");
    QTest::newRow("3rd fires >=3") << ge << 3 << QStringLiteral("2 s triggered stop");
    QTest::newRow("2 is not >=3") << ge << 2 << QString();
}

void TestRubricEngine::countComparison() {
    QFETCH(int, comparison);
    QFETCH(int, occurrences);
    QFETCH(QString, expected);
    Threshold threshold;
    threshold.kind = Threshold::Kind::Count;
    threshold.comparison = static_cast<Comparison>(comparison);
    threshold.limit = 3;
    threshold.window = 1h;
    RubricEngine engine(test::singleSignalKit(threshold, Level::Stop));
    QList<RubricTransition> all;
    for (int i = 0; i < occurrences; ++i)
        all += engine.observe({Milliseconds{i}, QStringLiteral("s"), std::nullopt});
    QCOMPARE(describe(all), expected);
    QCOMPARE(engine.status(QStringLiteral("s")).windowCount, occurrences);
}

void TestRubricEngine::scenario_data() {
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("expected"); // what each step returns
    QTest::addColumn<Level>("level");          // calledLevel() after the last step

    const QString fired = QStringLiteral("120000 error-rate triggered slow");

    // Measured, "for 2 min".
    QTest::newRow("sustain: not at +2 min - 1 ms")
        << QStringList{u"o 0 error-rate 6"_s, u"a 119999"_s} << QStringList{u""_s, u""_s} << Level::Normal;
    QTest::newRow("sustain: exactly at +2 min without a sample")
        << QStringList{u"o 0 error-rate 6"_s, u"a 119999"_s, u"a 120000"_s} << QStringList{u""_s, u""_s, fired}
        << Level::Slow;
    QTest::newRow("sustain: a sample at +2 min +1 ms sees it already triggered")
        << QStringList{u"o 0 error-rate 6"_s, u"o 120001 error-rate 7"_s} << QStringList{u""_s, fired} << Level::Slow;
    QTest::newRow("sustain: a true sample does not restart the wait")
        << QStringList{u"o 0 error-rate 6"_s, u"o 60000 error-rate 9"_s, u"a 120000"_s}
        << QStringList{u""_s, u""_s, fired} << Level::Slow;
    QTest::newRow("sustain: breaking at +1:59.999 restarts the wait")
        << QStringList{u"o 0 error-rate 6"_s, u"o 119999 error-rate 5"_s,
                       u"a 120000"_s,         u"o 130000 error-rate 6"_s,
                       u"a 249999"_s,         u"a 250000"_s}
        << QStringList{u""_s, u""_s, u""_s, u""_s, u""_s, u"250000 error-rate triggered slow"_s} << Level::Slow;
    QTest::newRow("sustain: the wait starts at the first true sample after the break")
        << QStringList{u"o 0 error-rate 6"_s, u"o 1000 error-rate 1"_s, u"o 2000 error-rate 8"_s,
                       u"o 3000 error-rate 8"_s, u"a 122000"_s}
        << QStringList{u""_s, u""_s, u""_s, u""_s, u"122000 error-rate triggered slow"_s} << Level::Slow;
    QTest::newRow("sustain: a breaking sample exactly at +2 min comes after the trigger")
        << QStringList{u"o 0 error-rate 6"_s, u"o 120000 error-rate 4"_s}
        << QStringList{u""_s, fired + u"; 120000 error-rate cleared"_s} << Level::Normal;
    QTest::newRow("sustain: clears at the first sample that breaks it")
        << QStringList{u"o 0 error-rate 6"_s, u"o 150000 error-rate 5.5"_s, u"o 200000 error-rate 5"_s}
        << QStringList{u""_s, fired, u"200000 error-rate cleared"_s} << Level::Normal;
    QTest::newRow("sustain: a broken wait is not a clear")
        << QStringList{u"o 0 error-rate 6"_s, u"o 60000 error-rate 1"_s, u"a 600000"_s}
        << QStringList{u""_s, u""_s, u""_s} << Level::Normal;
    QTest::newRow("sustain: triggers again after a clear, after a new wait")
        << QStringList{u"o 0 error-rate 6"_s, u"o 200000 error-rate 1"_s, u"o 300000 error-rate 6"_s, u"a 420000"_s}
        << QStringList{u""_s, fired + u"; 200000 error-rate cleared"_s, u""_s, u"420000 error-rate triggered slow"_s}
        << Level::Slow;

    // Count, "> 3 in 1 hr".
    QTest::newRow("count: the 4th P1 in 1 hr fires")
        << QStringList{u"o 0 p1-count"_s, u"o 600000 p1-count"_s, u"o 1200000 p1-count"_s, u"o 1800000 p1-count"_s}
        << QStringList{u""_s, u""_s, u""_s, u"1800000 p1-count triggered stop"_s} << Level::Stop;
    QTest::newRow("count: an occurrence exactly at t - window does not count")
        << QStringList{u"o 0 p1-count"_s, u"o 1200000 p1-count"_s, u"o 2400000 p1-count"_s, u"o 3600000 p1-count"_s}
        << QStringList{u""_s, u""_s, u""_s, u""_s} << Level::Normal;
    QTest::newRow("count: one at t - window + 1 ms does")
        << QStringList{u"o 1 p1-count"_s, u"o 1200000 p1-count"_s, u"o 2400000 p1-count"_s, u"o 3600000 p1-count"_s}
        << QStringList{u""_s, u""_s, u""_s, u"3600000 p1-count triggered stop"_s} << Level::Stop;
    QTest::newRow("count: clears at the exact instant the oldest leaves the window")
        << QStringList{u"o 0 p1-count"_s,       u"o 600000 p1-count"_s, u"o 1200000 p1-count"_s,
                       u"o 1800000 p1-count"_s, u"a "_s + ms(hour - 1), u"a "_s + ms(hour)}
        << QStringList{u""_s, u""_s,
                       u""_s, u"1800000 p1-count triggered stop"_s,
                       u""_s, ms(hour) + u" p1-count cleared"_s}
        << Level::Normal;
    QTest::newRow("count: expiry clear comes before the row that fires it again")
        << QStringList{u"o 0 p1-count"_s, u"o 600000 p1-count"_s, u"o 1200000 p1-count"_s, u"o 1800000 p1-count"_s,
                       u"o 3700000 p1-count"_s}
        << QStringList{u""_s, u""_s, u""_s, u"1800000 p1-count triggered stop"_s,
                       ms(hour) + u" p1-count cleared; 3700000 p1-count triggered stop"_s}
        << Level::Stop;
    QTest::newRow("count: with 5 in the window it clears when the second oldest leaves")
        << QStringList{u"o 0 p1-count"_s,
                       u"o 60000 p1-count"_s,
                       u"o 120000 p1-count"_s,
                       u"o 180000 p1-count"_s,
                       u"o 240000 p1-count"_s,
                       u"a "_s + ms(hour),
                       u"a "_s + ms(hour + minute - 1),
                       u"a "_s + ms(hour + minute)}
        << QStringList{u""_s, u""_s, u""_s, u"180000 p1-count triggered stop"_s,
                       u""_s, u""_s, u""_s, ms(hour + minute) + u" p1-count cleared"_s}
        << Level::Normal;
    QTest::newRow("count: occurrences at one instant count and leave together")
        << QStringList{u"o 0 p1-count"_s, u"o 0 p1-count"_s, u"o 0 p1-count"_s, u"o 0 p1-count"_s, u"a "_s + ms(hour)}
        << QStringList{u""_s, u""_s, u""_s, u"0 p1-count triggered stop"_s, ms(hour) + u" p1-count cleared"_s}
        << Level::Normal;

    // Any.
    QTest::newRow("any: fires once and never clears by itself")
        << QStringList{u"o 5000 data-loss"_s, u"o 6000 data-loss"_s, u"a 86400000"_s}
        << QStringList{u"5000 data-loss triggered reverse"_s, u""_s, u""_s} << Level::Reverse;

    // Ordering and the called level.
    QTest::newRow("a timed trigger comes before the sample's own effect")
        << QStringList{u"o 0 error-rate 6"_s, u"o 120000 data-loss"_s}
        << QStringList{u""_s, fired + u"; 120000 data-loss triggered reverse"_s} << Level::Reverse;
    QTest::newRow("scheduled changes at one instant run in kit order")
        << QStringList{u"o 0 p1-count"_s,
                       u"o 0 p1-count"_s,
                       u"o 0 p1-count"_s,
                       u"o 0 p1-count"_s,
                       u"o "_s + ms(hour - 2 * minute) + u" error-rate 6"_s,
                       u"a "_s + ms(hour)}
        << QStringList{u""_s, u""_s,
                       u""_s, u"0 p1-count triggered stop"_s,
                       u""_s, ms(hour) + u" error-rate triggered slow; "_s + ms(hour) + u" p1-count cleared"_s}
        << Level::Slow;
    QTest::newRow("scheduled changes run in time order across signals")
        << QStringList{u"o 0 p1-count"_s,
                       u"o 0 p1-count"_s,
                       u"o 0 p1-count"_s,
                       u"o 0 p1-count"_s,
                       u"o "_s + ms(hour - minute) + u" error-rate 6"_s,
                       u"a "_s + ms(2 * hour)}
        << QStringList{u""_s, u""_s,
                       u""_s, u"0 p1-count triggered stop"_s,
                       u""_s, ms(hour) + u" p1-count cleared; "_s + ms(hour + minute) + u" error-rate triggered slow"_s}
        << Level::Slow;
    QTest::newRow("called level is the highest triggered: slow")
        << QStringList{u"o 0 error-rate 9"_s, u"a 120000"_s} << QStringList{u""_s, fired} << Level::Slow;
    QTest::newRow("called level is the highest triggered: stop over slow")
        << QStringList{u"o 0 error-rate 9"_s, u"o 1 p1-count"_s, u"o 2 p1-count"_s,
                       u"o 3 p1-count"_s,     u"o 4 p1-count"_s, u"a 120000"_s}
        << QStringList{u""_s, u""_s, u""_s, u""_s, u"4 p1-count triggered stop"_s, fired} << Level::Stop;
    QTest::newRow("called level is the highest triggered: reverse stays after other clears")
        << QStringList{u"o 0 error-rate 9"_s, u"o 1 regulator-inquiry"_s, u"a 120000"_s, u"o 130000 error-rate 1"_s}
        << QStringList{u""_s, u"1 regulator-inquiry triggered reverse"_s, fired, u"130000 error-rate cleared"_s}
        << Level::Reverse;
    QTest::newRow("called level falls back to normal when everything clears")
        << QStringList{u"o 0 error-rate 9"_s, u"a 120000"_s, u"o 130000 error-rate 1"_s}
        << QStringList{u""_s, fired, u"130000 error-rate cleared"_s} << Level::Normal;
}

void TestRubricEngine::scenario() {
    QFETCH(QStringList, steps);
    QFETCH(QStringList, expected);
    QFETCH(Level, level);
    RubricEngine engine(test::baselineRubricKit());
    QCOMPARE(run(engine, steps), expected);
    QCOMPARE(engine.calledLevel(), level);
}

void TestRubricEngine::scheduledChanges_data() {
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<qint64>("nextChange");     // -1: none
    QTest::addColumn<qint64>("nextTransition"); // -1: none

    QTest::newRow("nothing observed") << QStringList{} << qint64(-1) << qint64(-1);
    QTest::newRow("quiet measured") << QStringList{u"o 0 error-rate 1"_s} << qint64(-1) << qint64(-1);
    QTest::newRow("pending measured fires at since + 2 min")
        << QStringList{u"o 1000 error-rate 6"_s} << qint64(121000) << qint64(121000);
    QTest::newRow("a true sample keeps the firing time")
        << QStringList{u"o 1000 error-rate 6"_s, u"o 60000 error-rate 7"_s} << qint64(121000) << qint64(121000);
    QTest::newRow("a broken wait schedules nothing")
        << QStringList{u"o 1000 error-rate 6"_s, u"o 60000 error-rate 2"_s} << qint64(-1) << qint64(-1);
    QTest::newRow("triggered measured schedules nothing")
        << QStringList{u"o 0 error-rate 6"_s, u"a 120000"_s} << qint64(-1) << qint64(-1);
    QTest::newRow("a quiet count's oldest occurrence leaving the window")
        << QStringList{u"o 5000 p1-count"_s, u"o 6000 p1-count"_s} << qint64(hour + 5000) << qint64(-1);
    QTest::newRow("a triggered count's clear")
        << QStringList{u"o 0 p1-count"_s, u"o 10 p1-count"_s, u"o 20 p1-count"_s, u"o 30 p1-count"_s} << qint64(hour)
        << qint64(hour);
    QTest::newRow("with 5 in the window the clear is the second expiry")
        << QStringList{u"o 0 p1-count"_s, u"o 10 p1-count"_s, u"o 20 p1-count"_s, u"o 30 p1-count"_s,
                       u"o 40 p1-count"_s}
        << qint64(hour) << qint64(hour + 10);
    QTest::newRow("after the first expiry") << QStringList{u"o 0 p1-count"_s,  u"o 10 p1-count"_s, u"o 20 p1-count"_s,
                                                           u"o 30 p1-count"_s, u"o 40 p1-count"_s, u"a "_s + ms(hour)}
                                            << qint64(hour + 10) << qint64(hour + 10);
    QTest::newRow("the earliest across signals")
        << QStringList{u"o 0 p1-count"_s, u"o 1000 error-rate 6"_s} << qint64(121000) << qint64(121000);
    QTest::newRow("any signals schedule nothing")
        << QStringList{u"o 0 data-loss"_s, u"o 0 regulator-inquiry"_s} << qint64(-1) << qint64(-1);
}

void TestRubricEngine::scheduledChanges() {
    QFETCH(QStringList, steps);
    QFETCH(qint64, nextChange);
    QFETCH(qint64, nextTransition);
    RubricEngine engine(test::baselineRubricKit());
    run(engine, steps);
    const auto asNumber = [](std::optional<Milliseconds> at) { return at ? at->count() : qint64(-1); };
    QCOMPARE(asNumber(engine.nextScheduledChange()), nextChange);
    QCOMPARE(asNumber(engine.nextScheduledTransition()), nextTransition);
}

void TestRubricEngine::pendingAndTriggeredStatus() {
    RubricEngine engine(test::baselineRubricKit());
    const QString id = QStringLiteral("error-rate");
    engine.observe({30s, id, 6.5});
    SignalStatus status = engine.status(id);
    QCOMPARE(status.phase, SignalPhase::Pending);
    QCOMPARE(status.since, std::optional<Milliseconds>(30s));
    QCOMPARE(status.firesAt, std::optional<Milliseconds>(150s));
    QCOMPARE(status.latestValue, std::optional<double>(6.5));
    QCOMPARE(status.windowCount, 0);
    QCOMPARE(engine.calledLevel(), Level::Normal); // pending calls for nothing yet

    engine.observe({60s, id, 7.25});
    status = engine.status(id);
    QCOMPARE(status.since, std::optional<Milliseconds>(30s));
    QCOMPARE(status.latestValue, std::optional<double>(7.25));

    engine.advanceTo(150s);
    status = engine.status(id);
    QCOMPARE(status.phase, SignalPhase::Triggered);
    QCOMPARE(status.since, std::optional<Milliseconds>(150s));
    QCOMPARE(status.firesAt, std::nullopt);
    QCOMPARE(engine.now(), Milliseconds{150s});

    engine.observe({200s, id, 1.0});
    status = engine.status(id);
    QCOMPARE(status.phase, SignalPhase::Quiet);
    QCOMPARE(status.since, std::nullopt);
    QCOMPARE(status.latestValue, std::optional<double>(1.0));
}

void TestRubricEngine::countStatusFollowsTheWindow() {
    RubricEngine engine(test::baselineRubricKit());
    const QString id = QStringLiteral("p1-count");
    for (const Milliseconds at : {0ms, 10ms, 20ms})
        engine.observe({at, id, std::nullopt});
    QCOMPARE(engine.status(id).windowCount, 3);
    QCOMPARE(engine.status(id).latestValue, std::nullopt);
    engine.advanceTo(Milliseconds{hour + 10});
    QCOMPARE(engine.status(id).windowCount, 1);
    engine.advanceTo(Milliseconds{hour + 20});
    QCOMPARE(engine.status(id).windowCount, 0);
    QCOMPARE(engine.nextScheduledChange(), std::nullopt);

    engine.observe({2h, QStringLiteral("data-loss"), std::nullopt});
    engine.observe({3h, QStringLiteral("data-loss"), std::nullopt});
    const SignalStatus any = engine.status(QStringLiteral("data-loss"));
    QCOMPARE(any.windowCount, 2);
    QCOMPARE(any.phase, SignalPhase::Triggered);
    QCOMPARE(any.since, std::optional<Milliseconds>(2h));
}

void TestRubricEngine::statusesInKitOrder() {
    RubricEngine engine(test::baselineRubricKit());
    engine.observe({0ms, QStringLiteral("regulator-inquiry"), std::nullopt});
    const QList<SignalStatus> all = engine.statuses();
    QStringList ids;
    for (const SignalStatus& s : all)
        ids.append(s.signalId + QLatin1Char('=') + signalPhaseId(s.phase));
    QCOMPARE(ids, (QStringList{u"error-rate=quiet"_s, u"p1-count=quiet"_s, u"data-loss=quiet"_s,
                               u"regulator-inquiry=triggered"_s}));
    QCOMPARE(engine.signalIds(), (QStringList{u"error-rate"_s, u"p1-count"_s, u"data-loss"_s, u"regulator-inquiry"_s}));
}

void TestRubricEngine::unknownStatusIsQuiet() {
    RubricEngine engine(test::baselineRubricKit());
    const SignalStatus status = engine.status(QStringLiteral("nope"));
    QCOMPARE(status.signalId, QStringLiteral("nope"));
    QCOMPARE(status.phase, SignalPhase::Quiet);
}

void TestRubricEngine::rejectsOutOfOrderObservation() {
    RubricEngine engine(test::baselineRubricKit());
    QString error;
    engine.observe({120s, QStringLiteral("error-rate"), 6.0}, &error);
    QVERIFY(error.isEmpty());
    const QList<RubricTransition> out = engine.observe({60s, QStringLiteral("error-rate"), 1.0}, &error);
    QVERIFY(out.isEmpty());
    QCOMPARE(error, QStringLiteral("observation of 'error-rate' at 60 s is earlier than the previous one at 120 s"));
    // Rejected, not reordered: nothing changed.
    QCOMPARE(engine.now(), Milliseconds{120s});
    QCOMPARE(engine.status(QStringLiteral("error-rate")).phase, SignalPhase::Pending);
    QCOMPARE(engine.status(QStringLiteral("error-rate")).latestValue, std::optional<double>(6.0));
    // A good observation clears the error.
    engine.observe({121s, QStringLiteral("error-rate"), 6.0}, &error);
    QVERIFY(error.isEmpty());
}

void TestRubricEngine::acceptsEqualTimes() {
    RubricEngine engine(test::baselineRubricKit());
    QString error;
    engine.observe({5s, QStringLiteral("error-rate"), 1.0}, &error);
    engine.observe({5s, QStringLiteral("error-rate"), 9.0}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(engine.status(QStringLiteral("error-rate")).latestValue, std::optional<double>(9.0));
}

void TestRubricEngine::rejectsObservationBeforeAdvancedTime() {
    RubricEngine engine(test::baselineRubricKit());
    engine.advanceTo(10s);
    QString error;
    QVERIFY(engine.observe({9s, QStringLiteral("data-loss"), std::nullopt}, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(engine.calledLevel(), Level::Normal);
}

void TestRubricEngine::advanceBackwardsIsIgnored() {
    RubricEngine engine(test::baselineRubricKit());
    engine.observe({0ms, QStringLiteral("error-rate"), 6.0});
    engine.advanceTo(100s);
    QVERIFY(engine.advanceTo(50s).isEmpty());
    QCOMPARE(engine.now(), Milliseconds{100s});
    QCOMPARE(engine.advanceTo(120s).size(), 1);
}

void TestRubricEngine::rejectsUnknownSignal() {
    RubricEngine engine(test::baselineRubricKit());
    QString error;
    QVERIFY(engine.observe({1s, QStringLiteral("cpu"), 99.0}, &error).isEmpty());
    QCOMPARE(error, QStringLiteral("unknown signal 'cpu'"));
    QCOMPARE(engine.now(), Milliseconds{0});
}

void TestRubricEngine::rejectsBadMeasuredValue_data() {
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing") << std::optional<double>() << QStringLiteral("measured signal 'error-rate' needs a value");
    QTest::newRow("nan") << std::optional<double>(std::nan(""))
                         << QStringLiteral("value of 'error-rate' is not a finite number");
    QTest::newRow("infinite") << std::optional<double>(HUGE_VAL)
                              << QStringLiteral("value of 'error-rate' is not a finite number");
}

void TestRubricEngine::rejectsBadMeasuredValue() {
    QFETCH(std::optional<double>, value);
    QFETCH(QString, error);
    RubricEngine engine(test::baselineRubricKit());
    QString actual;
    QVERIFY(engine.observe({1s, QStringLiteral("error-rate"), value}, &actual).isEmpty());
    QCOMPARE(actual, error);
    QCOMPARE(engine.status(QStringLiteral("error-rate")).latestValue, std::nullopt);
}

void TestRubricEngine::countRowMayCarryAValue() {
    RubricEngine engine(test::baselineRubricKit());
    QString error;
    engine.observe({1s, QStringLiteral("p1-count"), 17.0}, &error);
    engine.observe({2s, QStringLiteral("data-loss"), 3.0}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(engine.status(QStringLiteral("p1-count")).windowCount, 1);
}

void TestRubricEngine::engineOutlivesItsKit() {
    std::optional<RubricEngine> engine;
    {
        const Kit kit = test::baselineRubricKit();
        engine.emplace(kit);
    }
    QCOMPARE(describe(engine->observe({7s, QStringLiteral("data-loss"), std::nullopt})),
             QStringLiteral("7000 data-loss triggered reverse"));
}

void TestRubricEngine::largeKitFindsEverySignal() {
    // Kits beyond a handful of signals are looked up through a hash instead of a scan.
    Kit kit;
    for (int i = 0; i < 40; ++i) {
        Signal signal;
        signal.id = u"signal-"_s + QString::number(i);
        signal.threshold.kind = Threshold::Kind::Measured;
        signal.threshold.limit = i;
        signal.action = i % 2 ? Level::Stop : Level::Slow;
        kit.signalList.append(signal);
    }
    RubricEngine engine(kit);
    QString error;
    QCOMPARE(describe(engine.observe({1ms, u"signal-39"_s, 40.0}, &error)), u"1 signal-39 triggered stop"_s);
    QCOMPARE(describe(engine.observe({2ms, u"signal-0"_s, 0.5}, &error)), u"2 signal-0 triggered slow"_s);
    QVERIFY(engine.observe({3ms, u"signal-40"_s, 1.0}, &error).isEmpty());
    QCOMPARE(error, u"unknown signal 'signal-40'"_s);
    QCOMPARE(engine.status(u"signal-39"_s).phase, SignalPhase::Triggered);
    QCOMPARE(engine.statuses().size(), 40);
    QCOMPARE(engine.calledLevel(), Level::Stop);
}

QTEST_GUILESS_MAIN(TestRubricEngine)
#include "TestRubricEngine.moc"
