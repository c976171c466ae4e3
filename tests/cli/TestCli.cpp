#include "AuditLog.h"
#include "Clock.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace turnback;

/// turnback-cli end to end: the real executable, real files, exit codes and exact output.
class TestCli : public QObject {
    Q_OBJECT
private slots:
    void helpAndVersion();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void validateBaseline();
    void validateWithOverlay();
    void validateBadKitNamesFileLineColumn();
    void showBaselineIsTheBriefsSampleRubric();
    void auditVerifyCleanLog();
    void auditVerifyCatchesTampering();
    void auditVerifyMissingFile();
    void rubricReplayFollowsTheRubric();
    void rubricReplayBadRowIsReported();
    void rubricReplayOfDevZeroStopsAtOnce();
    void rubricReplayLastSampleHolds();
    void rubricReplayUntil();
    void rubricReplayUntilMustBeSeconds();
    void commsListPrintsEveryTemplateWithItsBlanks();
    void commsRenderNamesEveryMissingOrIllTypedBlank();
    void commsRenderPrintsTheMessage();

private:
    using Run = test::ProgramRun;
    static Run cli(const QStringList& args);
    static QString baseline() { return QStringLiteral(TURNBACK_BASELINE_KIT); }
};

TestCli::Run TestCli::cli(const QStringList& args) {
    return test::runCommand(QStringLiteral(TURNBACK_CLI), args);
}

void TestCli::helpAndVersion() {
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("kit validate FILE")));
    QVERIFY(help.out.contains(QStringLiteral("audit verify DB")));
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QStringLiteral("turnback-cli " TURNBACK_VERSION "\n"));
}

void TestCli::usageErrorsExitTwo_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList() << QStringLiteral("Usage:");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << QStringLiteral("unknown command 'fly'");
    QTest::newRow("noun without verb") << QStringList{QStringLiteral("kit")} << QStringLiteral("needs a verb");
    QTest::newRow("unknown verb") << QStringList{QStringLiteral("kit"), QStringLiteral("frobnicate")}
                                  << QStringLiteral("unknown kit verb 'frobnicate'");
    QTest::newRow("validate without file") << QStringList{QStringLiteral("kit"), QStringLiteral("validate")}
                                           << QStringLiteral("expected exactly one kit FILE");
    QTest::newRow("validate two files") << QStringList{QStringLiteral("kit"), QStringLiteral("validate"),
                                                       QStringLiteral("a"), QStringLiteral("b")}
                                        << QStringLiteral("expected exactly one kit FILE");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("kit"), QStringLiteral("show"), QStringLiteral("a"),
                                                   QStringLiteral("--colour")}
                                    << QStringLiteral("unknown option '--colour'");
    QTest::newRow("overlay without value")
        << QStringList{QStringLiteral("kit"), QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("--overlay")}
        << QStringLiteral("needs a value");
    QTest::newRow("verify without db") << QStringList{QStringLiteral("audit"), QStringLiteral("verify")}
                                       << QStringLiteral("expected exactly one database file");
    QTest::newRow("replay without kit") << QStringList{QStringLiteral("rubric"), QStringLiteral("replay"),
                                                       QStringLiteral("--observations"), QStringLiteral("x.csv")}
                                        << QStringLiteral("--kit and --observations are required");
}

void TestCli::usageErrorsExitTwo() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::validateBaseline() {
    const Run run = cli({QStringLiteral("kit"), QStringLiteral("validate"), baseline()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY2(run.out.startsWith(baseline() + QStringLiteral(": ok: kit 'baseline' (format 1), 4 signals")),
             qPrintable(run.out));
    QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
}

void TestCli::validateWithOverlay() {
    const Run run = cli({QStringLiteral("kit"), QStringLiteral("validate"), baseline(), QStringLiteral("--overlay"),
                         QStringLiteral(TURNBACK_EXAMPLE_OVERLAY)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral(", 1 overlay")), qPrintable(run.out));
}

void TestCli::validateBadKitNamesFileLineColumn() {
    const QString bad = test::dataFile(QStringLiteral("kits/bad/unknown-key.yaml"));
    const Run run = cli({QStringLiteral("kit"), QStringLiteral("validate"), bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    for (const QString& line : lines) {
        QVERIFY2(line.startsWith(bad + QLatin1Char(':')), qPrintable(line));
        static const QRegularExpression shape(QStringLiteral(R"(:\d+:\d+: error: .+$)"));
        QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
    }
    const Run missing =
        cli({QStringLiteral("kit"), QStringLiteral("validate"), QStringLiteral("/nonexistent/kit.yaml")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.startsWith(QStringLiteral("/nonexistent/kit.yaml:")), qPrintable(missing.err));
}

void TestCli::showBaselineIsTheBriefsSampleRubric() {
    const Run run = cli({QStringLiteral("kit"), QStringLiteral("show"), baseline()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             QStringLiteral(
                 "| Signal | Threshold | Action | Owner | Timer |\n"
                 "|---|---|---|---|---|\n"
                 "| Error rate spike | >5% of traffic for 2 min | Slow (canary only) | Engineering lead | 5 min |\n"
                 "| P1 count | >3 P1s in 1 hr | Stop (halt deploy) | Incident commander | 2 min |\n"
                 "| User-facing data loss | Any confirmed loss | Reverse (roll back) | Service owner | Immediate |\n"
                 "| Regulator inquiry received | Any | Reverse (roll back) | Policy lead | Immediate |\n"));
    // The product brief itself carries the same table: compare against the source, not a copy.
    const QString brief = test::readText(QStringLiteral(TURNBACK_SOURCE_DIR "/../shared/product-brief.md"));
    if (!brief.isEmpty())
        for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(brief.contains(line), qPrintable(line));
}

void TestCli::auditVerifyCleanLog() {
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("audit.sqlite"));
    QString head;
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(db));
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                log.append({QStringLiteral("ann"), QStringLiteral("ui.click"), QStringLiteral("b%1").arg(i), {}, {}}));
        head = log.headHash();
    }
    const Run run = cli({QStringLiteral("audit"), QStringLiteral("verify"), db});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, db + QStringLiteral(": ok: 5 events, head hash ") + head + QLatin1Char('\n'));
}

void TestCli::auditVerifyCatchesTampering() {
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("audit.sqlite"));
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(db));
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                log.append({QStringLiteral("ann"), QStringLiteral("ui.click"), QStringLiteral("b%1").arg(i), {}, {}}));
    }
    {
        // An attacker with the file drops the guard triggers and rewrites one actor.
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery query(sql);
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='trigger'")));
        QStringList triggers;
        while (query.next())
            triggers << query.value(0).toString();
        QVERIFY(!triggers.isEmpty());
        for (const QString& trigger : triggers)
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger)));
        QVERIFY(query.exec(QStringLiteral("UPDATE audit_log SET actor='mallory' WHERE seq=3")));
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
    const Run run = cli({QStringLiteral("audit"), QStringLiteral("verify"), db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("first bad seq: 3")), qPrintable(run.err));
}

void TestCli::auditVerifyMissingFile() {
    const Run run =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("/nonexistent/audit.sqlite")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QStringLiteral("/nonexistent/audit.sqlite: error: no such file\n"));
    QVERIFY2(!QFile::exists(QStringLiteral("/nonexistent/audit.sqlite")), "verify must never create a database");
}

void TestCli::rubricReplayFollowsTheRubric() {
    const QString csv = test::dataFile(QStringLiteral("observations/baseline-escalation.csv"));
    const QString expected =
        test::readText(test::dataFile(QStringLiteral("observations/baseline-escalation.expected.jsonl")));
    QVERIFY(!expected.isEmpty());
    const Run run = cli({QStringLiteral("rubric"), QStringLiteral("replay"), QStringLiteral("--kit"), baseline(),
                         QStringLiteral("--observations"), csv});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, expected);
}

void TestCli::rubricReplayBadRowIsReported() {
    test::ScratchDir scratch;
    const QString csv = scratch.file(QStringLiteral("bad.csv"));
    QVERIFY(test::writeText(csv, "at,signal,value\n0,error-rate,1\n10,no-such-signal,3\n"));
    const Run run = cli({QStringLiteral("rubric"), QStringLiteral("replay"), QStringLiteral("--kit"), baseline(),
                         QStringLiteral("--observations"), csv});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(csv + QStringLiteral(":3:")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::rubricReplayOfDevZeroStopsAtOnce() {
    // It used to read all of it: past 9 GB in 20 s (issue 9).
    QElapsedTimer timer;
    timer.start();
    const Run run = cli({QStringLiteral("rubric"), QStringLiteral("replay"), QStringLiteral("--kit"), baseline(),
                         QStringLiteral("--observations"), QStringLiteral("/dev/zero")});
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QStringLiteral("/dev/zero:1: error: NUL byte in column 1: this is not a text file; an "
                                     "observation file is UTF-8 text\n"));
    QVERIFY(run.out.isEmpty());
}

void TestCli::rubricReplayLastSampleHolds() {
    // The file ends while the error rate is above 5%: the two-minute wait fires at 130 s, as the
    // console would have shown (it used to print nothing after the last row).
    test::ScratchDir scratch;
    const QString csv = scratch.file(QStringLiteral("pending.csv"));
    QVERIFY(test::writeText(csv, "at,signal,value\n0,error-rate,1\n10,error-rate,6.5\n"));
    const Run run = cli({QStringLiteral("rubric"), QStringLiteral("replay"), QStringLiteral("--kit"), baseline(),
                         QStringLiteral("--observations"), csv});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("{\"at\": 130, \"signal\": \"error-rate\", \"event\": \"triggered\", \"level\": "
                                     "\"slow\"}\n"));
}

void TestCli::rubricReplayUntil() {
    const QString csv = test::dataFile(QStringLiteral("observations/baseline-escalation.csv"));
    const auto replay = [&](const QString& until) {
        return cli({QStringLiteral("rubric"), QStringLiteral("replay"), QStringLiteral("--kit"), baseline(),
                    QStringLiteral("--observations"), csv, QStringLiteral("--until"), until});
    };
    const Run early = replay(QStringLiteral("150.499"));
    QCOMPARE(early.err, QString());
    QCOMPARE(early.exitCode, 0);
    QCOMPARE(early.out, QString());
    const Run later = replay(QStringLiteral("900"));
    QCOMPARE(later.exitCode, 0);
    QCOMPARE(
        later.out,
        QStringLiteral("{\"at\": 150.5, \"signal\": \"error-rate\", \"event\": \"triggered\", \"level\": \"slow\"}\n"
                       "{\"at\": 800, \"signal\": \"p1-count\", \"event\": \"triggered\", \"level\": \"stop\"}\n"
                       "{\"at\": 900, \"signal\": \"error-rate\", \"event\": \"cleared\"}\n"));
    const Run help = cli({QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QStringLiteral("[--until SECONDS]")), qPrintable(help.out));
}

void TestCli::rubricReplayUntilMustBeSeconds() {
    const QString csv = test::dataFile(QStringLiteral("observations/baseline-escalation.csv"));
    for (const QString& bad :
         {QStringLiteral("-1"), QStringLiteral("soon"), QStringLiteral("1e3"), QStringLiteral("")}) {
        const Run run = cli({QStringLiteral("rubric"), QStringLiteral("replay"), QStringLiteral("--kit"), baseline(),
                             QStringLiteral("--observations"), csv, QStringLiteral("--until"), bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--until")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
}

void TestCli::commsListPrintsEveryTemplateWithItsBlanks() {
    const Run run = cli({QStringLiteral("comms"), QStringLiteral("list"), QStringLiteral("--kit"), baseline()});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 12); // the three updates owed from the start, then the nine regulator reports
    const QJsonObject regulator = QJsonDocument::fromJson(lines[1].toUtf8()).object();
    QCOMPARE(regulator.value(QStringLiteral("id")).toString(), QStringLiteral("regulator-update"));
    QCOMPARE(regulator.value(QStringLiteral("audience")).toString(), QStringLiteral("regulator"));
    QJsonObject data;
    for (const QJsonValue& blank : regulator.value(QStringLiteral("blanks")).toArray())
        if (blank.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("data_categories"))
            data = blank.toObject();
    QCOMPARE(data.value(QStringLiteral("type")).toString(), QStringLiteral("choice"));
    QCOMPARE(data.value(QStringLiteral("required")).toBool(), true);
    QVERIFY(data.value(QStringLiteral("choices")).toArray().contains(QStringLiteral("payment data")));
    const Run usage = cli({QStringLiteral("comms"), QStringLiteral("list")});
    QCOMPARE(usage.exitCode, 2);
}

void TestCli::commsRenderNamesEveryMissingOrIllTypedBlank() {
    const Run run =
        cli({QStringLiteral("comms"), QStringLiteral("render"), QStringLiteral("--kit"), baseline(),
             QStringLiteral("--template"), QStringLiteral("regulator-update"), QStringLiteral("--set"),
             QStringLiteral("affected_count=many"), QStringLiteral("--set"), QStringLiteral("decided_at=yesterday"),
             QStringLiteral("--set"), QStringLiteral("data_categories=everything")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("'People affected (estimate)' (affected_count) must be a number")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("(decided_at) must be a date and time in UTC")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("(data_categories) must be one of: none, contact details")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("'Release reversed' (release_id) is required and empty")),
             qPrintable(run.err));
    QCOMPARE(run.out, QString());
    const Run unknown = cli({QStringLiteral("comms"), QStringLiteral("render"), QStringLiteral("--kit"), baseline(),
                             QStringLiteral("--template"), QStringLiteral("nope")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(QStringLiteral("no comms template 'nope'")));
}

void TestCli::commsRenderPrintsTheMessage() {
    QStringList args{QStringLiteral("comms"),      QStringLiteral("render"),        QStringLiteral("--kit"), baseline(),
                     QStringLiteral("--template"), QStringLiteral("internal-alert")};
    for (const char* set : {"level=reverse", "service=Kasse", "release_id=v2", "level_entered_at=2026-11-30T18:00Z",
                            "signal=Error rate", "threshold=>5%", "incident_commander=Zoë", "instructions=Stop.",
                            "next_update_at=2026-11-30T19:00Z", "channel=#inc"})
        args << QStringLiteral("--set") << QString::fromUtf8(set);
    const Run text = cli(args);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(QStringLiteral("Subject: [reverse] Kasse release v2\n\nLevel: reverse, entered at "
                                                "2026-11-30T18:00Z because Error rate crossed >5%.")),
             qPrintable(text.out));
    const Run eml = cli(args << QStringLiteral("--format") << QStringLiteral("eml"));
    QCOMPARE(eml.exitCode, 0);
    // A name with a comma is a quoted string; with no address, an empty group (RFC 5322 3.4).
    QVERIFY2(eml.out.contains(QStringLiteral("\r\nTo: \"Engineering, support and partner teams\":;\r\n")),
             qPrintable(eml.out));
    QVERIFY(eml.out.contains(QStringLiteral("Content-Type: text/plain; charset=utf-8\r\n")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
