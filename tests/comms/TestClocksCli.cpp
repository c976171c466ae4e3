#include "TestSupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace turnback;

/// `turnback-cli comms clocks` end to end: every worked example of docs/regulator-clocks.md, read from
/// the document itself and run, so the document and the program cannot drift; and the refusals.
class TestClocksCli : public QObject {
    Q_OBJECT
private slots:
    void documentedExamples_data();
    void documentedExamples();
    void badEventsAreRefused_data();
    void badEventsAreRefused();
    void disabledRegimesPrintNothing();

private:
    static test::ProgramRun cli(const QStringList& args);
    static QStringList allOn() {
        return {QStringLiteral("comms"),     QStringLiteral("clocks"),
                QStringLiteral("--kit"),     QStringLiteral("resources/kits/baseline.yaml"),
                QStringLiteral("--overlay"), QStringLiteral("resources/kits/examples/all-regulators.overlay.yaml")};
    }
};

test::ProgramRun TestClocksCli::cli(const QStringList& args) {
    // The documented commands name the kit relative to the repository, as a reader would run them.
    return test::runCommand(QStringLiteral(TURNBACK_CLI), args, QStringLiteral(TURNBACK_SOURCE_DIR));
}

void TestClocksCli::documentedExamples_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected");
    const QString doc = test::readText(QStringLiteral(TURNBACK_SOURCE_DIR "/docs/regulator-clocks.md"));
    static const QRegularExpression block(QStringLiteral("```console\\n\\$ turnback-cli (.*?)\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    int examples = 0;
    for (auto it = block.globalMatch(doc); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QStringList args = match.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QStringList expected = match.captured(2).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QTest::newRow(qPrintable(QStringLiteral("example %1: %2").arg(++examples).arg(args.last())))
            << args << expected;
    }
    // The document's examples cover a holiday, a weekend, a DST change, a short month, DORA and HIPAA:
    // fewer than nine means the document lost one (or this parser stopped reading them).
    QVERIFY2(examples >= 9, qPrintable(QString::number(examples)));
}

void TestClocksCli::documentedExamples() {
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    const test::ProgramRun run = cli(args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
}

void TestClocksCli::badEventsAreRefused_data() {
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown name") << QStringList{QStringLiteral("aware=2026-11-30T08:00:00Z")}
                                  << QStringLiteral("unknown event 'aware'; events are: became-aware, ");
    QTest::newRow("unknown report") << QStringList{QStringLiteral("sent:gdpr/final=2026-11-30T08:00:00Z")}
                                    << QStringLiteral("unknown event 'sent:gdpr/final'");
    QTest::newRow("no zone") << QStringList{QStringLiteral("became-aware=2026-11-30T08:00:00")}
                             << QStringLiteral("'2026-11-30T08:00:00' has no time zone");
    QTest::newRow("not a time") << QStringList{QStringLiteral("became-aware=monday")}
                                << QStringLiteral("'monday' is not an ISO 8601 date-time");
    QTest::newRow("impossible date") << QStringList{QStringLiteral("discovered=2026-02-30T08:00:00Z")}
                                     << QStringLiteral("is not an ISO 8601 date-time");
    QTest::newRow("no equals") << QStringList{QStringLiteral("became-aware")}
                               << QStringLiteral("--event 'became-aware' must be NAME=UTC");
    QTest::newRow("twice") << QStringList{QStringLiteral("became-aware=2026-11-30T08:00:00Z"),
                                          QStringLiteral("became-aware=2026-11-30T09:00:00Z")}
                           << QStringLiteral("--event became-aware is given twice");
}

void TestClocksCli::badEventsAreRefused() {
    QFETCH(QStringList, events);
    QFETCH(QString, message);
    QStringList args = allOn();
    for (const QString& event : events)
        args << QStringLiteral("--event") << event;
    const test::ProgramRun run = cli(args);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.out, QString());
}

void TestClocksCli::disabledRegimesPrintNothing() {
    // The baseline alone has every regime switched off: the events are valid and start no clock.
    const test::ProgramRun run = cli({QStringLiteral("comms"), QStringLiteral("clocks"), QStringLiteral("--kit"),
                                      QStringLiteral("resources/kits/baseline.yaml"), QStringLiteral("--event"),
                                      QStringLiteral("became-aware=2026-11-30T08:00:00Z")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());
    const test::ProgramRun missing = cli({QStringLiteral("comms"), QStringLiteral("clocks"), QStringLiteral("--kit"),
                                          QStringLiteral("resources/kits/baseline.yaml")});
    QCOMPARE(missing.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestClocksCli)
#include "TestClocksCli.moc"
