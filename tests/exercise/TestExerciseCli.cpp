#include "Clock.h"

#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace turnback;

namespace {

QStringList strings(std::initializer_list<const char*> items) {
    QStringList out;
    for (const char* item : items)
        out << QString::fromUtf8(item);
    return out;
}

/// stderr without the audit log's informational lines ("turnback.audit: creating audit log schema ...").
QStringList errorLines(const QString& err) {
    static const QRegularExpression logLine(QStringLiteral(R"(^turnback\.[a-z.]+: )"));
    QStringList lines;
    for (const QString& line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!logLine.match(line).hasMatch())
            lines << line;
    return lines;
}

QDateTime parseUtcText(const QString& text) {
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() && text.endsWith(QLatin1Char('Z')) ? at.toUTC() : QDateTime();
}

} // namespace

/// `turnback-cli exercise run` end to end: the real executable, real files, exit codes, the summary,
/// and a database that `turnback-cli audit verify` accepts.
class TestExerciseCli : public QObject {
    Q_OBJECT
private slots:
    void helpListsTheCommand();
    void runsEachShippedScenario_data();
    void runsEachShippedScenario();
    void defaultRunEndsNow();
    void secondRunOfAnOpenExerciseSaysSo();
    void overlayGivesTheService();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void malformedScenarioExitsOne();
    void refusedStepExitsOneAndTheLogStillVerifies();
    void badKitExitsOne();
    void unusableDatabaseExitsOne();

private:
    using Run = test::ProgramRun;
    static Run cli(const QStringList& args);
    static QStringList runArgs(const QString& scenario, const QString& db) {
        return {QStringLiteral("exercise"),
                QStringLiteral("run"),
                scenario,
                QStringLiteral("--kit"),
                QStringLiteral(TURNBACK_BASELINE_KIT),
                QStringLiteral("--db"),
                db};
    }
    static QString scenario(const QString& name) { return QStringLiteral(TURNBACK_SCENARIO_DIR "/") + name; }
};

TestExerciseCli::Run TestExerciseCli::cli(const QStringList& args) {
    return test::runCommand(QStringLiteral(TURNBACK_CLI), args);
}

void TestExerciseCli::helpListsTheCommand() {
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(
        QStringLiteral("exercise run SCENARIO --kit FILE [--overlay FILE]... --db DB [--start UTC]")));
}

void TestExerciseCli::runsEachShippedScenario_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("canary") << "error-spike-canary.yaml"
                            << strings({"exercise: Error spike on the canary", "events written: 33",
                                        "simulated time: 2026-11-26T09:00:00.000Z to "
                                        "2026-11-26T09:10:00.000Z (10 min)",
                                        "level reached: slow (at the end: normal, closed)", "decisions: 1",
                                        "  +7 min error-rate: de-escalate to normal by Priya Nair "
                                        "(engineering-lead), in time",
                                        "overdue at the end: 0"});
    QTest::newRow("p1 storm") << "p1-storm.yaml"
                              << strings({"events written: 34", "level reached: stop (at the end: stop, still open)",
                                          "  +44 min 30 s p1-count: carry-out by Alex Chen (engineering-lead, "
                                          "acting for incident-commander), 1:30 LATE",
                                          "overdue at the end: 1",
                                          "  error-rate (owner engineering-lead): OVERDUE +7:00, deadline was "
                                          "+53 min"});
    QTest::newRow("data loss") << "data-loss-and-regulator.yaml"
                               << strings({"events written: 46",
                                           "level reached: reverse (at the end: reverse, "
                                           "closed)",
                                           "decisions: 3",
                                           "  +2 min data-loss: carry-out by Morgan Lee (service-owner), in time",
                                           "  +8 min error-rate: hold by Alex Chen (engineering-lead), in time",
                                           "  +20 min regulator-inquiry: carry-out by Rita Osei (policy-lead), in "
                                           "time",
                                           "overdue at the end: 0"});
}

void TestExerciseCli::runsEachShippedScenario() {
    QFETCH(QString, file);
    QFETCH(QStringList, lines);
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("exercise.sqlite"));
    const Run run =
        cli(runArgs(scenario(file), db) << QStringLiteral("--start") << QStringLiteral("2026-11-26T09:00:00Z"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList out = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines)
        QVERIFY2(out.contains(line), qPrintable(line + QStringLiteral("\n--- in ---\n") + run.out));
    static const QRegularExpression incident(
        QStringLiteral(R"(^incident: rev-20261126-090000-[0-9a-f]{4} \(EXERCISE\)$)"));
    QCOMPARE(out.filter(incident).size(), 1);
    static const QRegularExpression wall(QStringLiteral(R"(^wall time: \d+ ms$)"));
    QCOMPARE(out.filter(wall).size(), 1);
    QVERIFY(out.size() <= 16); // a short summary

    const Run verify = cli({QStringLiteral("audit"), QStringLiteral("verify"), db});
    QCOMPARE(verify.exitCode, 0);
    const QString events = out.filter(QStringLiteral("events written: ")).value(0).section(QLatin1Char(' '), 2);
    QVERIFY2(verify.out.startsWith(db + QStringLiteral(": ok: ") + events + QStringLiteral(" events")),
             qPrintable(verify.out));
}

void TestExerciseCli::defaultRunEndsNow() {
    // Without --start the scenario ends now: it starts its length ago, so nothing is written in
    // the future (it used to start now and write up to the scenario's length ahead of the clock).
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("exercise.sqlite"));
    const QDateTime before = SystemClock().utcNow();
    const Run run = cli(runArgs(scenario(QStringLiteral("error-spike-canary.yaml")), db));
    const QDateTime after = SystemClock().utcNow();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    static const QRegularExpression simulated(QStringLiteral(R"(^simulated time: (\S+) to (\S+) \(10 min\)$)"),
                                              QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = simulated.match(run.out);
    QVERIFY2(match.hasMatch(), qPrintable(run.out));
    const QDateTime ended = parseUtcText(match.captured(2));
    QVERIFY(ended.isValid());
    QVERIFY2(ended >= before.addMSecs(-1) && ended <= after, qPrintable(match.captured(2)));
    QCOMPARE(parseUtcText(match.captured(1)), ended.addSecs(-600));

    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("defaultRunEndsNow"));
    sql.setDatabaseName(db);
    QVERIFY(sql.open());
    {
        QSqlQuery newest(QStringLiteral("SELECT max(at_utc), count(*) FROM audit_log"), sql);
        QVERIFY(newest.next());
        QVERIFY(newest.value(1).toInt() > 10);
        const QDateTime latest = parseUtcText(newest.value(0).toString());
        QVERIFY2(latest.isValid() && latest <= after, qPrintable(newest.value(0).toString()));
    }
    sql.close();
    sql = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("defaultRunEndsNow"));
}

void TestExerciseCli::secondRunOfAnOpenExerciseSaysSo() {
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("exercise.sqlite"));
    // The P1 storm ends with its reversal still open; the canary closes its own.
    const Run first = cli(runArgs(scenario(QStringLiteral("p1-storm.yaml")), db));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(errorLines(first.err), QStringList{});
    const Run canary = cli(runArgs(scenario(QStringLiteral("error-spike-canary.yaml")), db));
    QVERIFY2(canary.exitCode == 0, qPrintable(canary.err));
    QCOMPARE(errorLines(canary.err), QStringList{});

    static const QRegularExpression incident(QStringLiteral(R"(^incident: (\S+) \(EXERCISE\)$)"),
                                             QRegularExpression::MultilineOption);
    const QString firstId = incident.match(first.out).captured(1);
    QVERIFY(!firstId.isEmpty());
    const Run second = cli(runArgs(scenario(QStringLiteral("p1-storm.yaml")), db));
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const QString secondId = incident.match(second.out).captured(1);
    QVERIFY(!secondId.isEmpty() && secondId != firstId);
    QCOMPARE(errorLines(second.err),
             QStringList{db +
                         QStringLiteral(": note: the log already held an open exercise of 'P1 storm after the "
                                        "payments release': ") +
                         firstId + QStringLiteral("; this run added another, ") + secondId});
}

void TestExerciseCli::overlayGivesTheService() {
    test::ScratchDir scratch;
    const QString file = scratch.file(QStringLiteral("no-service.yaml"));
    QVERIFY(test::writeText(file,
                            "format: 1\ntitle: From the overlay\noperator: {name: Sam, role: incident-commander}\n"
                            "steps:\n  - at: 0s\n    observe: data-loss\n"));
    const QString db = scratch.file(QStringLiteral("exercise.sqlite"));
    const Run without = cli(runArgs(file, db));
    QCOMPARE(without.exitCode, 1);
    QVERIFY2(
        without.err.startsWith(file + QStringLiteral(":1:1: error: the scenario is missing required key 'service'")),
        qPrintable(without.err));
    const Run with = cli(runArgs(file, db) << QStringLiteral("--overlay") << QStringLiteral(TURNBACK_EXAMPLE_OVERLAY));
    QVERIFY2(with.exitCode == 0, qPrintable(with.err));
    QVERIFY(with.out.contains(QStringLiteral("level reached: reverse")));
}

void TestExerciseCli::usageErrorsExitTwo_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const char* kit = TURNBACK_BASELINE_KIT;
    QTest::newRow("no verb") << strings({"exercise"}) << "needs a verb";
    QTest::newRow("unknown verb") << strings({"exercise", "walk"}) << "unknown exercise verb 'walk'";
    QTest::newRow("no scenario") << strings({"exercise", "run", "--kit", kit, "--db", "x.sqlite"})
                                 << "expected exactly one SCENARIO file";
    QTest::newRow("two scenarios") << strings({"exercise", "run", "a.yaml", "b.yaml", "--kit", kit, "--db", "x"})
                                   << "expected exactly one SCENARIO file";
    QTest::newRow("no kit") << strings({"exercise", "run", "a.yaml", "--db", "x.sqlite"})
                            << "--kit and --db are required";
    QTest::newRow("no db") << strings({"exercise", "run", "a.yaml", "--kit", kit}) << "--kit and --db are required";
    QTest::newRow("two dbs") << strings({"exercise", "run", "a.yaml", "--kit", kit, "--db", "x", "--db", "y"})
                             << "--db may be given only once";
    QTest::newRow("unknown option") << strings({"exercise", "run", "a.yaml", "--kit", kit, "--db", "x", "--fast"})
                                    << "unknown option '--fast'";
    QTest::newRow("start without value") << strings({"exercise", "run", "a.yaml", "--kit", kit, "--db", "x", "--start"})
                                         << "needs a value";
    QTest::newRow("start not a time") << strings({"exercise", "run", "a.yaml", "--kit", kit, "--db", "x", "--start",
                                                  "tomorrow"})
                                      << "--start must be an ISO 8601 UTC time such as 2026-01-01T09:00:00Z, not "
                                         "'tomorrow'";
    QTest::newRow("start without zone") << strings({"exercise", "run", "a.yaml", "--kit", kit, "--db", "x", "--start",
                                                    "2026-01-01T09:00:00"})
                                        << "--start must be an ISO 8601 UTC time";
}

void TestExerciseCli::usageErrorsExitTwo() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(QStringLiteral("x")) && !QFileInfo::exists(QStringLiteral("x.sqlite")));
}

void TestExerciseCli::malformedScenarioExitsOne() {
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("exercise.sqlite"));
    const QString bad = test::dataFile(QStringLiteral("scenarios/bad-decision.yaml"));
    const Run run = cli(runArgs(bad, db));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = errorLines(run.err);
    QCOMPARE(lines.size(), 4); // every error, not only the first
    QCOMPARE(lines.first(), bad + QStringLiteral(":10:15: error: 'decision' must be one of: carry-out, hold, "
                                                 "de-escalate; found 'carryout'; did you mean 'carry-out'?"));
    for (const QString& line : lines) {
        static const QRegularExpression shape(QStringLiteral(R"(:\d+:\d+: error: .+$)"));
        QVERIFY2(line.startsWith(bad + QLatin1Char(':')) && shape.match(line).hasMatch(), qPrintable(line));
    }
    QVERIFY(!QFileInfo::exists(db)); // nothing is written for a scenario that does not load

    const Run missing = cli(runArgs(QStringLiteral("/nonexistent/s.yaml"), db));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.startsWith(QStringLiteral("/nonexistent/s.yaml:1:1: error: cannot read the file")),
             qPrintable(missing.err));
}

void TestExerciseCli::refusedStepExitsOneAndTheLogStillVerifies() {
    test::ScratchDir scratch;
    const QString file = scratch.file(QStringLiteral("refused.yaml"));
    QVERIFY(test::writeText(file, "format: 1\n"
                                  "title: Deciding on nothing\n"
                                  "service: Checkout\n"
                                  "operator: {name: Sam, role: incident-commander}\n"
                                  "steps:\n"
                                  "  - at: 0s\n"
                                  "    observe: p1-count\n"
                                  "  - at: 2m\n"
                                  "    decide: p1-count\n"
                                  "    decision: carry-out\n"));
    const QString db = scratch.file(QStringLiteral("exercise.sqlite"));
    const Run run = cli(runArgs(file, db));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = errorLines(run.err);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), file + QStringLiteral(":8:5: error: step 2 (decide p1-count (carry-out) at 2 min) was "
                                                "refused: There is no open decision there."));
    QVERIFY2(lines.at(1).startsWith(db + QStringLiteral(": note: the exercise reversal rev-")),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).endsWith(QStringLiteral(" stops there, open, after 5 events")));
    const Run verify = cli({QStringLiteral("audit"), QStringLiteral("verify"), db});
    QCOMPARE(verify.exitCode, 0);
}

void TestExerciseCli::badKitExitsOne() {
    test::ScratchDir scratch;
    const QString badKit = test::dataFile(QStringLiteral("kits/bad/unknown-key.yaml"));
    const Run run = cli({QStringLiteral("exercise"), QStringLiteral("run"), scenario(QStringLiteral("p1-storm.yaml")),
                         QStringLiteral("--kit"), badKit, QStringLiteral("--db"), scratch.file(QStringLiteral("x"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(badKit + QLatin1Char(':')), qPrintable(run.err));
}

void TestExerciseCli::unusableDatabaseExitsOne() {
    test::ScratchDir scratch;
    const QString notADatabase = scratch.file(QStringLiteral("notes.txt"));
    QVERIFY(test::writeText(notADatabase, "plain text\n"));
    const Run run = cli(runArgs(scenario(QStringLiteral("p1-storm.yaml")), notADatabase));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(notADatabase + QStringLiteral(":1:1: error: cannot open the audit log: ")),
             qPrintable(run.err));
    QCOMPARE(test::readText(notADatabase), QStringLiteral("plain text\n"));
}

QTEST_GUILESS_MAIN(TestExerciseCli)
#include "TestExerciseCli.moc"
