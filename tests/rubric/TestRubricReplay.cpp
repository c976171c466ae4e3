#include "BaselineSignals.h"
#include "ObservationCsv.h"
#include "RubricReplay.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

using namespace turnback;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<turnback::Observation>)

namespace {

Observation sample(qint64 atMs, const char* signal, std::optional<double> value = std::nullopt) {
    return {Milliseconds{atMs}, QString::fromLatin1(signal), value};
}

} // namespace

class TestRubricReplay : public QObject {
    Q_OBJECT

private slots:
    void secondsText_data();
    void secondsText();
    void jsonLine_data();
    void jsonLine();
    void jsonLines_data();
    void jsonLines();
    void untilStopsTheClock_data();
    void untilStopsTheClock();
    void stopsAtABadObservation();
    void dataFiles_data();
    void dataFiles();
};

void TestRubricReplay::secondsText_data() {
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u"0"_s;
    QTest::newRow("whole") << qint64(120'000) << u"120"_s;
    QTest::newRow("half") << qint64(120'500) << u"120.5"_s;
    QTest::newRow("hundredths") << qint64(120'050) << u"120.05"_s;
    QTest::newRow("one millisecond") << qint64(1) << u"0.001"_s;
    QTest::newRow("three places") << qint64(3'599'999) << u"3599.999"_s;
    QTest::newRow("a day") << qint64(86'400'000) << u"86400"_s;
}

void TestRubricReplay::secondsText() {
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(streamSecondsText(Milliseconds{ms}), text);
}

void TestRubricReplay::jsonLine_data() {
    QTest::addColumn<qint64>("at");
    QTest::addColumn<QString>("signal");
    QTest::addColumn<bool>("triggered");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("line");
    QTest::newRow("triggered")
        << qint64(120'000) << u"error-rate"_s << true << Level::Slow
        << u"{\"at\": 120, \"signal\": \"error-rate\", \"event\": \"triggered\", \"level\": \"slow\"}"_s;
    QTest::newRow("cleared has no level") << qint64(300'000) << u"error-rate"_s << false << Level::Slow
                                          << u"{\"at\": 300, \"signal\": \"error-rate\", \"event\": \"cleared\"}"_s;
    QTest::newRow("decimal")
        << qint64(120'500) << u"p1-count"_s << true << Level::Stop
        << u"{\"at\": 120.5, \"signal\": \"p1-count\", \"event\": \"triggered\", \"level\": \"stop\"}"_s;
    QTest::newRow("escaped id")
        << qint64(1) << u"odd\"id\\"_s << true << Level::Reverse
        << u"{\"at\": 0.001, \"signal\": \"odd\\\"id\\\\\", \"event\": \"triggered\", \"level\": \"reverse\"}"_s;
}

void TestRubricReplay::jsonLine() {
    QFETCH(qint64, at);
    QFETCH(QString, signal);
    QFETCH(bool, triggered);
    QFETCH(Level, level);
    QFETCH(QString, line);
    const RubricTransition t{Milliseconds{at}, signal,
                             triggered ? RubricTransition::Event::Triggered : RubricTransition::Event::Cleared, level};
    QCOMPARE(RubricReplay::jsonLine(t), line);
}

void TestRubricReplay::jsonLines_data() {
    QTest::addColumn<QList<Observation>>("observations");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("nothing") << QList<Observation>{} << QStringList{};
    QTest::newRow("sustained error rate, then clear")
        << QList<Observation>{sample(0, "error-rate", 6), sample(150'000, "error-rate", 7),
                              sample(300'000, "error-rate", 2)}
        << QStringList{u"{\"at\": 120, \"signal\": \"error-rate\", \"event\": \"triggered\", \"level\": \"slow\"}"_s,
                       u"{\"at\": 300, \"signal\": \"error-rate\", \"event\": \"cleared\"}"_s};
    QTest::newRow("decimal times")
        << QList<Observation>{sample(500, "error-rate", 6), sample(120'499, "error-rate", 7),
                              sample(120'501, "data-loss"), sample(121'250, "error-rate", 5)}
        << QStringList{
               u"{\"at\": 120.5, \"signal\": \"error-rate\", \"event\": \"triggered\", \"level\": \"slow\"}"_s,
               u"{\"at\": 120.501, \"signal\": \"data-loss\", \"event\": \"triggered\", \"level\": \"reverse\"}"_s,
               u"{\"at\": 121.25, \"signal\": \"error-rate\", \"event\": \"cleared\"}"_s};
    QTest::newRow("an expiry clear comes before the row at the same instant")
        << QList<Observation>{sample(0, "p1-count"),
                              sample(1000, "p1-count"),
                              sample(2000, "p1-count"),
                              sample(3000, "p1-count"),
                              sample(3'600'000, "regulator-inquiry"),
                              sample(7'200'000, "error-rate", 1)}
        << QStringList{
               u"{\"at\": 3, \"signal\": \"p1-count\", \"event\": \"triggered\", \"level\": \"stop\"}"_s,
               u"{\"at\": 3600, \"signal\": \"p1-count\", \"event\": \"cleared\"}"_s,
               u"{\"at\": 3600, \"signal\": \"regulator-inquiry\", \"event\": \"triggered\", \"level\": \"reverse\"}"_s};
    // The last sample holds: a wait still running when the stream ends fires at its instant (it
    // used to be left out, so the replay said less than the console would have shown).
    QTest::newRow("a wait running out after the last row fires at its instant")
        << QList<Observation>{sample(0, "error-rate", 6), sample(119'999, "error-rate", 6)}
        << QStringList{u"{\"at\": 120, \"signal\": \"error-rate\", \"event\": \"triggered\", \"level\": \"slow\"}"_s};
    QTest::newRow("a count window emptying after the last row clears at its instant")
        << QList<Observation>{sample(0, "p1-count"), sample(1000, "p1-count"), sample(2000, "p1-count"),
                              sample(3000, "p1-count")}
        << QStringList{u"{\"at\": 3, \"signal\": \"p1-count\", \"event\": \"triggered\", \"level\": \"stop\"}"_s,
                       u"{\"at\": 3600, \"signal\": \"p1-count\", \"event\": \"cleared\"}"_s};
}

void TestRubricReplay::jsonLines() {
    QFETCH(QList<Observation>, observations);
    QFETCH(QStringList, lines);
    QString error = u"stale"_s;
    QCOMPARE(RubricReplay::jsonLines(test::baselineRubricKit(), observations, &error), lines);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestRubricReplay::untilStopsTheClock_data() {
    QTest::addColumn<qint64>("untilMs");
    QTest::addColumn<QStringList>("lines");
    const QString trigger =
        u"{\"at\": 120, \"signal\": \"error-rate\", \"event\": \"triggered\", \"level\": \"slow\"}"_s;
    const QString loss =
        u"{\"at\": 200, \"signal\": \"data-loss\", \"event\": \"triggered\", \"level\": \"reverse\"}"_s;
    const QString cleared = u"{\"at\": 300, \"signal\": \"error-rate\", \"event\": \"cleared\"}"_s;
    QTest::newRow("before the wait ends") << qint64(119'999) << QStringList{};
    QTest::newRow("at the instant the wait ends") << qint64(120'000) << QStringList{trigger};
    QTest::newRow("rows after it are not read") << qint64(199'999) << QStringList{trigger};
    QTest::newRow("a row at it is read") << qint64(200'000) << QStringList{trigger, loss};
    QTest::newRow("past the last row") << qint64(900'000) << QStringList{trigger, loss, cleared};
}

void TestRubricReplay::untilStopsTheClock() {
    QFETCH(qint64, untilMs);
    QFETCH(QStringList, lines);
    const QList<Observation> observations{sample(0, "error-rate", 6), sample(200'000, "data-loss"),
                                          sample(300'000, "error-rate", 1)};
    QString error;
    QCOMPARE(RubricReplay::jsonLines(test::baselineRubricKit(), observations, &error, Milliseconds{untilMs}), lines);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestRubricReplay::stopsAtABadObservation() {
    const QList<Observation> observations{sample(0, "data-loss"), sample(10'000, "error-rate", 1),
                                          sample(5'000, "error-rate", 1), sample(20'000, "regulator-inquiry")};
    QString error;
    const QStringList lines = RubricReplay::jsonLines(test::baselineRubricKit(), observations, &error);
    QCOMPARE(lines, QStringList{
                        u"{\"at\": 0, \"signal\": \"data-loss\", \"event\": \"triggered\", \"level\": \"reverse\"}"_s});
    QCOMPARE(error, u"observation 3: observation of 'error-rate' at 5 s is earlier than the previous one at 10 s"_s);

    QCOMPARE(RubricReplay::jsonLines(test::baselineRubricKit(), {sample(0, "nope")}, &error), QStringList{});
    QCOMPARE(error, u"observation 1: unknown signal 'nope'"_s);
}

void TestRubricReplay::dataFiles_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("baseline-escalation") << u"baseline-escalation"_s;
    QTest::newRow("sustain-boundaries") << u"sustain-boundaries"_s;
    QTest::newRow("count-window") << u"count-window"_s;
    QTest::newRow("quiet") << u"quiet"_s;
    QTest::newRow("crlf") << u"crlf"_s;
}

void TestRubricReplay::dataFiles() {
    // The fixtures the CLI tests compare `turnback-cli rubric replay` with, checked at the source.
    QFETCH(QString, name);
    QFile csv(test::dataFile(u"observations/"_s + name + u".csv"_s));
    QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csv.fileName()));
    const Kit kit = test::baselineRubricKit();
    const ObservationCsvResult parsed = ObservationCsv::parse(csv.readAll(), csv.fileName(), kit);
    QCOMPARE(parsed.errors, QStringList{});
    QString error;
    const QStringList lines = RubricReplay::jsonLines(kit, parsed.observations, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString expected = test::readText(test::dataFile(u"observations/"_s + name + u".expected.jsonl"_s));
    QString actual = lines.join(QLatin1Char('\n'));
    if (!lines.isEmpty())
        actual += QLatin1Char('\n');
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestRubricReplay)
#include "TestRubricReplay.moc"
