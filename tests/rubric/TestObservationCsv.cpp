#include "BaselineSignals.h"
#include "ObservationCsv.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

using namespace turnback;
using namespace Qt::StringLiterals;

namespace {

/// "120500 error-rate 6.5" / "3600000 p1-count -": one observation per entry.
QStringList describe(const QList<Observation>& observations) {
    QStringList out;
    for (const Observation& o : observations) {
        out.append(QString::number(o.at.count()) + QLatin1Char(' ') + o.signalId + QLatin1Char(' ') +
                   (o.value ? QString::number(*o.value, 'g', 17) : u"-"_s));
    }
    return out;
}

} // namespace

class TestObservationCsv : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void reportsEveryBadRow();
    void dataFilesParse_data();
    void dataFilesParse();
};

void TestObservationCsv::parse_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QByteArray() << QStringList{};
    QTest::newRow("header only") << QByteArray("at,signal,value\n") << QStringList{};
    QTest::newRow("with header") << QByteArray("at,signal,value\n0,error-rate,1.5\n120,p1-count,\n")
                                 << QStringList{u"0 error-rate 1.5"_s, u"120000 p1-count -"_s};
    QTest::newRow("without header") << QByteArray("0,error-rate,1.5\n") << QStringList{u"0 error-rate 1.5"_s};
    QTest::newRow("decimal seconds") << QByteArray("120.125,data-loss\n120.25,p1-count\n120.5,error-rate,6\n")
                                     << QStringList{u"120125 data-loss -"_s, u"120250 p1-count -"_s,
                                                    u"120500 error-rate 6"_s};
    QTest::newRow("smallest step") << QByteArray("0.001,error-rate,1\n") << QStringList{u"1 error-rate 1"_s};
    QTest::newRow("two columns for an occurrence")
        << QByteArray("5,regulator-inquiry\n") << QStringList{u"5000 regulator-inquiry -"_s};
    QTest::newRow("occurrence with a value") << QByteArray("5,p1-count,2\n") << QStringList{u"5000 p1-count 2"_s};
    QTest::newRow("CRLF, blank lines, comments")
        << QByteArray("# a drill\r\nat,signal,value\r\n\r\n0,error-rate,7\r\n   \r\n  # indented comment\r\n"
                      "60,error-rate,4\r\n")
        << QStringList{u"0 error-rate 7"_s, u"60000 error-rate 4"_s};
    QTest::newRow("no newline at the end") << QByteArray("1,data-loss") << QStringList{u"1000 data-loss -"_s};
    QTest::newRow("spaces around fields")
        << QByteArray(" 2 , error-rate , 6.5 \n") << QStringList{u"2000 error-rate 6.5"_s};
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "at,signal,value\n3,data-loss,\n")
                                     << QStringList{u"3000 data-loss -"_s};
    QTest::newRow("equal times") << QByteArray("3,error-rate,1\n3,error-rate,9\n")
                                 << QStringList{u"3000 error-rate 1"_s, u"3000 error-rate 9"_s};
    QTest::newRow("negative and exponent values") << QByteArray("0,error-rate,-2\n1,error-rate,1e1\n")
                                                  << QStringList{u"0 error-rate -2"_s, u"1000 error-rate 10"_s};
}

void TestObservationCsv::parse() {
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    const ObservationCsvResult result = ObservationCsv::parse(bytes, u"obs.csv"_s, test::baselineRubricKit());
    QCOMPARE(result.errors, QStringList{});
    QCOMPARE(describe(result.observations), expected);
}

void TestObservationCsv::errors_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    QTest::newRow("bad time")
        << QByteArray("at,signal,value\nsoon,error-rate,6\n")
        << u"obs.csv:2: error: bad time 'soon': expected seconds from the start, like 120 or 120.5"_s;
    QTest::newRow("negative time")
        << QByteArray("-1,error-rate,6\n")
        << u"obs.csv:1: error: bad time '-1': expected seconds from the start, like 120 or 120.5"_s;
    QTest::newRow("time with a dangling dot")
        << QByteArray("1.,error-rate,6\n")
        << u"obs.csv:1: error: bad time '1.': expected seconds from the start, like 120 or 120.5"_s;
    QTest::newRow("finer than a millisecond")
        << QByteArray("1.0005,error-rate,6\n")
        << u"obs.csv:1: error: bad time '1.0005': at most 3 decimals (milliseconds)"_s;
    QTest::newRow("time too large") << QByteArray("1234567890123,error-rate,6\n")
                                    << u"obs.csv:1: error: bad time '1234567890123': too large"_s;
    QTest::newRow("bad number") << QByteArray("\n\n0,error-rate,high\n")
                                << u"obs.csv:3: error: bad number 'high' for signal 'error-rate'"_s;
    QTest::newRow("not finite") << QByteArray("0,error-rate,nan\n")
                                << u"obs.csv:1: error: bad number 'nan' for signal 'error-rate'"_s;
    QTest::newRow("unknown signal") << QByteArray("# comment\n0,cpu,99\n")
                                    << u"obs.csv:2: error: unknown signal 'cpu'"_s;
    QTest::newRow("missing signal") << QByteArray("0,,1\n") << u"obs.csv:1: error: missing signal id"_s;
    QTest::newRow("missing measured value")
        << QByteArray("0,error-rate,\n") << u"obs.csv:1: error: missing value for measured signal 'error-rate'"_s;
    QTest::newRow("missing measured value, two columns")
        << QByteArray("0,error-rate\n") << u"obs.csv:1: error: missing value for measured signal 'error-rate'"_s;
    QTest::newRow("time going backwards")
        << QByteArray("at,signal,value\n120,error-rate,6\n\n60,error-rate,1\n")
        << u"obs.csv:4: error: time goes backwards: 60 s comes after 120 s (line 2)"_s;
    QTest::newRow("too many columns") << QByteArray("0,error-rate,6,extra\n")
                                      << u"obs.csv:1: error: expected 2 or 3 columns (at,signal,value), found 4"_s;
    QTest::newRow("one column") << QByteArray("0\n")
                                << u"obs.csv:1: error: expected 2 or 3 columns (at,signal,value), found 1"_s;
    QTest::newRow("header after the first row")
        << QByteArray("0,error-rate,6\nat,signal,value\n")
        << u"obs.csv:2: error: bad time 'at': expected seconds from the start, like 120 or 120.5"_s;
    QTest::newRow("CRLF keeps line numbers")
        << QByteArray("at,signal,value\r\n0,data-loss\r\n\r\nx,data-loss\r\n")
        << u"obs.csv:4: error: bad time 'x': expected seconds from the start, like 120 or 120.5"_s;
}

void TestObservationCsv::errors() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const ObservationCsvResult result = ObservationCsv::parse(bytes, u"obs.csv"_s, test::baselineRubricKit());
    QCOMPARE(result.errors, QStringList{error});
}

void TestObservationCsv::reportsEveryBadRow() {
    const QByteArray bytes("at,signal,value\n"
                           "10,error-rate,6\n"
                           "5,error-rate,1\n"  // backwards
                           "20,cpu,1\n"        // unknown
                           "30,error-rate,7\n" // fine: compared with the last good row (10)
                           "25,data-loss\n");  // backwards again
    const ObservationCsvResult result = ObservationCsv::parse(bytes, u"drill.csv"_s, test::baselineRubricKit());
    QCOMPARE(result.errors,
             (QStringList{u"drill.csv:3: error: time goes backwards: 5 s comes after 10 s (line 2)"_s,
                          u"drill.csv:4: error: unknown signal 'cpu'"_s,
                          u"drill.csv:6: error: time goes backwards: 25 s comes after 30 s (line 5)"_s}));
    QCOMPARE(describe(result.observations), (QStringList{u"10000 error-rate 6"_s, u"30000 error-rate 7"_s}));
}

void TestObservationCsv::dataFilesParse_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expectedErrors"); // a file of expected errors, or empty for a good file
    QTest::newRow("baseline-escalation") << u"baseline-escalation.csv"_s << QString();
    QTest::newRow("sustain-boundaries") << u"sustain-boundaries.csv"_s << QString();
    QTest::newRow("count-window") << u"count-window.csv"_s << QString();
    QTest::newRow("quiet") << u"quiet.csv"_s << QString();
    QTest::newRow("crlf") << u"crlf.csv"_s << QString();
    QTest::newRow("invalid") << u"invalid.csv"_s << u"invalid.expected-errors"_s;
}

void TestObservationCsv::dataFilesParse() {
    QFETCH(QString, name);
    QFETCH(QString, expectedErrors);
    QFile file(test::dataFile(u"observations/"_s + name));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const ObservationCsvResult result = ObservationCsv::parse(file.readAll(), name, test::baselineRubricKit());
    QStringList expected;
    if (!expectedErrors.isEmpty()) {
        expected = test::readText(test::dataFile(u"observations/"_s + expectedErrors)).split(QLatin1Char('\n'));
        expected.removeAll(QString());
        QVERIFY(!expected.isEmpty());
    }
    QCOMPARE(result.errors, expected);
    if (expected.isEmpty())
        QVERIFY(!result.observations.isEmpty());
}

QTEST_GUILESS_MAIN(TestObservationCsv)
#include "TestObservationCsv.moc"
