#include "BaselineSignals.h"
#include "ObservationCsv.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

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

/// Peak resident memory of this process so far, in MiB (getrusage: ru_maxrss is in KiB on Linux).
double peakMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

/// A sequential device that never ends: the same line over and over, like a pipe from a runaway writer.
class EndlessLines : public QIODevice {
public:
    explicit EndlessLines(QByteArray line)
        : m_line(std::move(line)) {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        for (qint64 i = 0; i < maxSize; ++i, ++m_at)
            data[i] = m_line[m_at % m_line.size()];
        return maxSize;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_line;
    qint64 m_at = 0;
};

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
    void devZeroIsRefusedAtOnce();
    void aLineOverTheLimitIsRefused();
    void aFileOverTheLimitIsRefusedBeforeReading();
    void anEndlessStreamStopsAtTheLimit();
    void fiveMillionRowsStopAtTheObservationLimit();
    void badRowsAreReportedUpToALimit();
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
    QTest::newRow("occurrences counted") << QByteArray("5,p1-count,2\n6,data-loss,1\n")
                                         << QStringList{u"5000 p1-count -"_s, u"5000 p1-count -"_s,
                                                        u"6000 data-loss -"_s};
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
    QTest::newRow("percentages at the ends of 0..100")
        << QByteArray("0,error-rate,0\n1,error-rate,100\n2,error-rate,0.001\n")
        << QStringList{u"0 error-rate 0"_s, u"1000 error-rate 100"_s, u"2000 error-rate 0.001"_s};
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
    const QString expectedNumber =
        u": expected a decimal number with '.' as the decimal point and no grouping, like 6.5 or -2"_s;
    QTest::newRow("bad number") << QByteArray("\n\n0,error-rate,high\n")
                                << u"obs.csv:3: error: bad number 'high' for signal 'error-rate'"_s + expectedNumber;
    for (const char* number : {"nan", "inf", "-inf", "1e1", "1e3", "+1", ".5", "5.", "5..5", "1 000", "1'000", "5x",
                               "0x10", "--1", "1e999"}) {
        QTest::addRow("not a plain decimal: %s", number)
            << (QByteArray("0,error-rate,") + number + '\n')
            << u"obs.csv:1: error: bad number '%1' for signal 'error-rate'"_s.arg(QLatin1String(number)) +
                   expectedNumber;
    }
    QTest::newRow("comma decimal") << QByteArray("0,error-rate,6,5\n")
                                   << u"obs.csv:1: error: expected 2 or 3 columns (at,signal,value), found 4 "
                                      "(values use '.' for decimals, never ',')"_s;
    QTest::newRow("grouped thousands") << QByteArray("0,error-rate,1,000.5\n")
                                       << u"obs.csv:1: error: expected 2 or 3 columns (at,signal,value), found 4 "
                                          "(values use '.' for decimals, never ',')"_s;
    QTest::newRow("negative percentage")
        << QByteArray("0,error-rate,-5\n")
        << u"obs.csv:1: error: value out of range for signal 'error-rate': -5 is outside 0..100 %"_s;
    QTest::newRow("percentage over 100")
        << QByteArray("0,error-rate,200\n")
        << u"obs.csv:1: error: value out of range for signal 'error-rate': 200 is outside 0..100 %"_s;
    const QString expectedCount =
        u": leave it empty for one occurrence, or write a whole number of occurrences from 1 to 1000"_s;
    // The long ones overflowed an int before they were refused (found by fuzz_observation_csv).
    for (const char* count :
         {"0", "-1", "1.5", "1.0", "1001", "99999", "two", "1e2", "1.5 520.001", "12345678901234567890"}) {
        QTest::addRow("bad occurrence count: %s", count)
            << (QByteArray("0,p1-count,") + count + '\n')
            << u"obs.csv:1: error: bad occurrence count '%1' for signal 'p1-count'"_s.arg(QLatin1String(count)) +
                   expectedCount;
    }
    QTest::newRow("zero occurrences of an any signal")
        << QByteArray("# x\n0,data-loss,0\n")
        << u"obs.csv:2: error: bad occurrence count '0' for signal 'data-loss'"_s + expectedCount;
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
    QTest::newRow("too many columns")
        << QByteArray("0,error-rate,6,extra\n")
        << u"obs.csv:1: error: expected 2 or 3 columns (at,signal,value), found 4 (values use '.' for decimals, "
           "never ',')"_s;
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

void TestObservationCsv::devZeroIsRefusedAtOnce() {
    QFile zero(u"/dev/zero"_s);
    QVERIFY(zero.open(QIODevice::ReadOnly));
    QElapsedTimer timer;
    timer.start();
    const ObservationCsvResult result = ObservationCsv::parse(zero, zero.fileName(), test::baselineRubricKit());
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.errors, QStringList{u"/dev/zero:1: error: NUL byte in column 1: this is not a text file; an "
                                        "observation file is UTF-8 text"_s});
    QVERIFY(result.observations.isEmpty());
}

void TestObservationCsv::aLineOverTheLimitIsRefused() {
    const QByteArray longest = "1,data-loss," + QByteArray(ObservationCsv::MaxLineBytes - 12, ' ');
    QCOMPARE(longest.size(), ObservationCsv::MaxLineBytes);
    const QString tooLong = u"obs.csv:3: error: line longer than 4096 bytes, the most an observation row may hold"_s;
    for (const QByteArray& end : {QByteArray("\n"), QByteArray("\r\n")}) {
        ObservationCsvResult result = ObservationCsv::parse("0,data-loss\n" + longest + end + "2,data-loss\n",
                                                            u"obs.csv"_s, test::baselineRubricKit());
        QCOMPARE(result.errors, QStringList{});
        QCOMPARE(result.observations.size(), 3);
        for (const QByteArray& tail :
             {QByteArray(" \n"), QByteArray("  "), QByteArray(" \r\n"), QByteArray(100000, 'x')}) {
            result = ObservationCsv::parse("0,data-loss\n#\n" + longest + tail + "9,data-loss\n", u"obs.csv"_s,
                                           test::baselineRubricKit());
            QCOMPARE(result.errors, QStringList{tooLong});
        }
    }
}

void TestObservationCsv::aFileOverTheLimitIsRefusedBeforeReading() {
    QTemporaryDir scratch;
    QFile big(scratch.filePath(u"big.csv"_s));
    QVERIFY(big.open(QIODevice::ReadWrite));
    QVERIFY(big.resize(ObservationCsv::MaxFileBytes + 1)); // sparse: costs no disk
    QVERIFY(big.seek(0));
    const ObservationCsvResult result = ObservationCsv::parse(big, u"big.csv"_s, test::baselineRubricKit());
    QCOMPARE(result.errors, QStringList{u"big.csv:1: error: the file is larger than 67108864 bytes (64 MiB), the "
                                        "most an observation file may hold; split it"_s});
}

void TestObservationCsv::anEndlessStreamStopsAtTheLimit() {
    EndlessLines endless("# a comment line, over and over\n"); // 32 bytes: the limit falls on a line end
    QVERIFY(endless.open(QIODevice::ReadOnly));
    const ObservationCsvResult result = ObservationCsv::parse(endless, u"pipe"_s, test::baselineRubricKit());
    const qint64 lastLine = ObservationCsv::MaxFileBytes / 32 + 1;
    QCOMPARE(result.errors, QStringList{u"pipe:%1: error: the file is larger than 67108864 bytes (64 MiB), the most "
                                        "an observation file may hold; split it"_s.arg(lastLine)});
    QVERIFY2(peakMiB() < 100, qPrintable(QString::number(peakMiB())));
}

void TestObservationCsv::fiveMillionRowsStopAtTheObservationLimit() {
    QTemporaryDir scratch;
    QFile csv(scratch.filePath(u"five-million.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    const QByteArray row("1,data-loss\n");
    const QByteArray block = row.repeated(100'000);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(csv.write(block), block.size());
    csv.close();
    QCOMPARE(csv.size(), 5'000'000 * row.size()); // 60 MB: under the size limit
    QVERIFY(csv.open(QIODevice::ReadOnly));

    const double before = peakMiB();
    QElapsedTimer timer;
    timer.start();
    const ObservationCsvResult result = ObservationCsv::parse(csv, u"five-million.csv"_s, test::baselineRubricKit());
    const double after = peakMiB();
    qInfo("5,000,000 rows: %lld ms, peak RSS %.1f MiB before, %.1f MiB after", timer.elapsed(), before, after);
    QCOMPARE(result.errors, QStringList{u"five-million.csv:1000001: error: more than 1000000 observations; split "
                                        "the file"_s});
    QCOMPARE(result.observations.size(), ObservationCsv::MaxObservations);
    QVERIFY2(after < 250, qPrintable(QString::number(after)));
}

void TestObservationCsv::badRowsAreReportedUpToALimit() {
    const ObservationCsvResult result =
        ObservationCsv::parse(QByteArray("0,cpu\n").repeated(150), u"obs.csv"_s, test::baselineRubricKit());
    QCOMPARE(result.errors.size(), ObservationCsv::MaxErrors + 1);
    QCOMPARE(result.errors.at(99), u"obs.csv:100: error: unknown signal 'cpu'"_s);
    QCOMPARE(result.errors.last(), u"obs.csv:101: error: more than 100 bad rows; stopped reading here"_s);
}

QTEST_GUILESS_MAIN(TestObservationCsv)
#include "TestObservationCsv.moc"
