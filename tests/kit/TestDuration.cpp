#include "Duration.h"

#include <QTest>

using namespace std::chrono_literals;
using turnback::Milliseconds;
namespace Duration = turnback::Duration;

Q_DECLARE_METATYPE(std::optional<Milliseconds>)

/// Durations as kits write them, and as the screen and `kit show` print them.
class TestDuration : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void humanText_data();
    void humanText();
    void clockText_data();
    void clockText();
    void roundTrip();
};

void TestDuration::parse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<Milliseconds>>("expected");
    auto row = [](const char* text, std::optional<Milliseconds> expected) {
        QTest::newRow(text) << QString::fromUtf8(text) << expected;
    };
    row("2m", 2min);
    row("2 min", 2min);
    row("2 mins", 2min);
    row("5 minutes", 5min);
    row("1h", 1h);
    row("1 hr", 1h);
    row("1 hour", 1h);
    row("2 hours", 2h);
    row("30s", 30s);
    row("30 sec", 30s);
    row("45 seconds", 45s);
    row("250ms", 250ms);
    row("1d", 24h);
    row("2 days", 48h);
    row("1h 30m", 90min);
    row("1h30m", 90min);
    row("1.5h", 90min);
    row("immediate", 0ms);
    row("Immediate", 0ms);
    row("  IMMEDIATE ", 0ms);
    row("0", 0ms);
    row("0s", 0ms);
    row("", std::nullopt);
    row("   ", std::nullopt);
    row("soon", std::nullopt);
    row("5", std::nullopt);
    row("-2m", std::nullopt);
    row("2 minuts", std::nullopt);
    row("2 m in", std::nullopt);
    row("m", std::nullopt);
    row("1h and 5m", std::nullopt);
    row("2y", std::nullopt);
    row("400d", std::nullopt);
    row("1e3s", std::nullopt);
}

void TestDuration::parse() {
    QFETCH(QString, text);
    QFETCH(std::optional<Milliseconds>, expected);
    QCOMPARE(Duration::parse(text), expected);
}

void TestDuration::humanText_data() {
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("Immediate");
    QTest::newRow("seconds") << qint64(45'000) << QStringLiteral("45 s");
    QTest::newRow("minutes") << qint64(300'000) << QStringLiteral("5 min");
    QTest::newRow("two minutes") << qint64(120'000) << QStringLiteral("2 min");
    QTest::newRow("hour") << qint64(3'600'000) << QStringLiteral("1 hr");
    QTest::newRow("hour and a half") << qint64(5'400'000) << QStringLiteral("1 hr 30 min");
    QTest::newRow("day") << qint64(86'400'000) << QStringLiteral("24 hr");
    QTest::newRow("mixed") << qint64(3'723'004) << QStringLiteral("1 hr 2 min 3 s 4 ms");
    QTest::newRow("negative") << qint64(-90'000) << QStringLiteral("-1 min 30 s");
}

void TestDuration::humanText() {
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(Duration::humanText(Milliseconds(ms)), expected);
}

void TestDuration::clockText_data() {
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00");
    QTest::newRow("five minutes") << qint64(300'000) << QStringLiteral("5:00");
    QTest::newRow("just under five") << qint64(299'001) << QStringLiteral("5:00");
    QTest::newRow("four fifty-nine") << qint64(299'000) << QStringLiteral("4:59");
    QTest::newRow("one ms left") << qint64(1) << QStringLiteral("0:01");
    QTest::newRow("hours") << qint64(3'723'000) << QStringLiteral("1:02:03");
    QTest::newRow("overdue") << qint64(-12'000) << QStringLiteral("-0:12");
    QTest::newRow("overdue part second") << qint64(-500) << QStringLiteral("-0:00");
    QTest::newRow("overdue long") << qint64(-3'723'000) << QStringLiteral("-1:02:03");
}

void TestDuration::clockText() {
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(Duration::clockText(Milliseconds(ms)), expected);
}

void TestDuration::roundTrip() {
    // Whatever the screen prints, a kit can be written with.
    for (const Milliseconds duration : {0ms, 45000ms, 120000ms, 3600000ms, 5400000ms, 3723004ms}) {
        const QString text = Duration::humanText(duration);
        QCOMPARE(Duration::parse(text), std::optional<Milliseconds>(duration));
    }
}

QTEST_GUILESS_MAIN(TestDuration)
#include "TestDuration.moc"
