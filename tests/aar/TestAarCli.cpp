// `turnback-cli exercise report` end to end: the JSON's exact shape and figures, the PDF read back with
// pdftotext (EXERCISE on every page), errors and exit codes, and the log's bytes unchanged.
#include "AarFixtures.h"
#include "TestPaths.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <iterator>

using namespace turnback;
using namespace turnback::test;

namespace {

ProgramRun cli(const QStringList& args) {
    return runCommand(QStringLiteral(TURNBACK_CLI), args);
}

QJsonObject timerOf(const QJsonArray& timers, const QString& kind, const QString& item) {
    for (const QJsonValue& t : timers)
        if (t[QStringLiteral("kind")].toString() == kind && t[QStringLiteral("item")].toString() == item)
            return t.toObject();
    return {};
}

int pageCount(const QString& pdf) {
    const ProgramRun info = runCommand(QStringLiteral("pdfinfo"), {pdf});
    const qsizetype at = info.out.indexOf(QStringLiteral("Pages:"));
    return at < 0 ? 0 : info.out.mid(at + 6).section(u'\n', 0, 0).trimmed().toInt();
}

} // namespace

class TestAarCli : public QObject {
    Q_OBJECT
    ScriptedExercise* m_run = nullptr;

private slots:
    void initTestCase() {
        m_run = new ScriptedExercise;
        QVERIFY(m_run->write());
    }
    void cleanupTestCase() { delete m_run; }

    void jsonShape() {
        const QStringList before = folderState(m_run->bench.dir.path());
        const ProgramRun run =
            cli({QStringLiteral("exercise"), QStringLiteral("report"), m_run->bench.dbPath(),
                 QStringLiteral("--incident"), m_run->id, QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--kit"), QStringLiteral(TURNBACK_BASELINE_KIT)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(json.value(QStringLiteral("incident")).toString(), m_run->id);
        const QJsonArray timers = json.value(QStringLiteral("timers")).toArray();
        QVERIFY(!timers.isEmpty());
        const QStringList keys =
            QStringLiteral("acted_utc due_utc item kind margin_s met owner started_utc").split(u' ');
        for (const QJsonValue& t : timers) {
            QCOMPARE(t.toObject().keys(), keys);
            QVERIFY(t[QStringLiteral("met")].isBool());
            QVERIFY(t[QStringLiteral("margin_s")].isDouble());
            QVERIFY(t[QStringLiteral("acted_utc")].isString() || t[QStringLiteral("acted_utc")].isNull());
        }
        const QJsonObject early = timerOf(timers, QStringLiteral("decision"), kP1);
        QCOMPARE(early.value(QStringLiteral("owner")).toString(), QStringLiteral("incident-commander"));
        QCOMPARE(early.value(QStringLiteral("started_utc")).toString(), utcText(kMinute));
        QCOMPARE(early.value(QStringLiteral("due_utc")).toString(), utcText(3 * kMinute));
        QCOMPARE(early.value(QStringLiteral("acted_utc")).toString(), utcText(2 * kMinute));
        QCOMPARE(early.value(QStringLiteral("margin_s")).toDouble(), 60.0);
        QCOMPARE(early.value(QStringLiteral("met")).toBool(), true);
        QCOMPARE(timerOf(timers, QStringLiteral("decision"), kErrorRate).value(QStringLiteral("margin_s")).toDouble(),
                 0.0);
        QCOMPARE(timerOf(timers, QStringLiteral("decision"), kDataLoss).value(QStringLiteral("margin_s")).toDouble(),
                 -30.0);
        const QJsonObject never = timerOf(timers, QStringLiteral("comms"), QStringLiteral("regulator-update"));
        QVERIFY(never.value(QStringLiteral("acted_utc")).isNull());
        QCOMPARE(never.value(QStringLiteral("met")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("gaps")).toArray().size(), 5);
        QCOMPARE(json.value(QStringLiteral("score")).toObject().value(QStringLiteral("counted")).toInt(), 8);
        QCOMPARE(json.value(QStringLiteral("overview")).toObject().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("exercise"));
        QCOMPARE(folderState(m_run->bench.dir.path()), before);
    }

    void recordedKitWhenNoneGiven() {
        // The reversal recorded the baseline kit's file and SHA-256: the same file is used for comms timers.
        const ProgramRun run =
            cli({QStringLiteral("exercise"), QStringLiteral("report"), m_run->bench.dbPath(),
                 QStringLiteral("--incident"), m_run->id, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray timers =
            QJsonDocument::fromJson(run.out.toUtf8()).object()[QStringLiteral("timers")].toArray();
        QVERIFY(!timerOf(timers, QStringLiteral("comms"), QStringLiteral("internal-alert")).isEmpty());
    }

    void pdfHasExerciseOnEveryPage() {
        const QStringList before = folderState(m_run->bench.dir.path());
        ScratchDir out;
        const QString pdf = out.file(QStringLiteral("report.pdf"));
        const ProgramRun run = cli({QStringLiteral("exercise"), QStringLiteral("report"), m_run->bench.dbPath(),
                                    QStringLiteral("--incident"), m_run->id, QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const int pages = pageCount(pdf);
        QVERIFY(pages >= 2);
        QString all;
        for (int page = 1; page <= pages; ++page) {
            const QString n = QString::number(page);
            const ProgramRun text =
                runCommand(QStringLiteral("pdftotext"),
                           {QStringLiteral("-f"), n, QStringLiteral("-l"), n, pdf, QStringLiteral("-")});
            QVERIFY2(text.out.contains(QStringLiteral("EXERCISE")), qPrintable(QStringLiteral("page ") + n));
            all += text.out;
        }
        all = all.normalized(QString::NormalizationForm_KC).simplified();
        for (const QString& expected :
             {QStringLiteral("After-action report: Checkout drill"), QStringLiteral("Decide within each timer"),
              QStringLiteral("Bo: service-owner"), QStringLiteral("met, exactly on time"),
              QStringLiteral("MISSED by 30 s"), QStringLiteral("GAP: nothing was expected of this inject"),
              QStringLiteral("Level over time")})
            QVERIFY2(all.contains(expected), qPrintable(expected));
        QCOMPARE(folderState(m_run->bench.dir.path()), before);
    }

    /// A ten-minute run's log copied elsewhere still reports. With TURNBACK_KEEP_OUTPUT=DIR the copy and
    /// its PDF are left there to look at (docs/screenshots/after-action-report-*.png are made from them);
    /// without it they go to a scratch folder, so the check runs every time and never skips.
    void keepForLooking() {
        ScratchDir scratch;
        QString keep = qEnvironmentVariable("TURNBACK_KEEP_OUTPUT");
        if (keep.isEmpty())
            keep = scratch.path();
        ScriptedExercise run;
        run.shortRun = true;
        QVERIFY(run.write());
        const QString db = keep + QStringLiteral("/aar-drill.sqlite");
        QFile::remove(db);
        QVERIFY(QFile::copy(run.bench.dbPath(), db));
        const ProgramRun pdf =
            cli({QStringLiteral("exercise"), QStringLiteral("report"), db, QStringLiteral("--incident"), run.id,
                 QStringLiteral("--out"), keep + QStringLiteral("/aar-drill.pdf")});
        QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
        QVERIFY(QFileInfo(keep + QStringLiteral("/aar-drill.pdf")).size() > 0);
    }

    /// The shipped release-stages scenario run against the baseline kit: its pre-release gates are timers
    /// (their `within` counts from the first gate on record, at 09:00), signed off in the first minutes, one of
    /// them marked not met and so missed, its margin counted to the close at 10:30.
    void baselineGatesAreTimedInTheReleaseScenario() {
        ScratchDir scratch;
        const QString db = scratch.file(QStringLiteral("release.sqlite"));
        const ProgramRun played =
            cli({QStringLiteral("exercise"), QStringLiteral("run"),
                 QStringLiteral(TURNBACK_SCENARIO_DIR "/release-stages.yaml"), QStringLiteral("--kit"),
                 QStringLiteral(TURNBACK_BASELINE_KIT), QStringLiteral("--db"), db, QStringLiteral("--start"),
                 QStringLiteral("2026-11-26T09:00:00Z")});
        QVERIFY2(played.exitCode == 0, qPrintable(played.err + played.out));
        const ProgramRun list = cli({QStringLiteral("incident"), QStringLiteral("list"), db});
        const QString id = QJsonDocument::fromJson(list.out.toUtf8().split('\n').first())
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
        QVERIFY2(!id.isEmpty(), qPrintable(list.out + list.err));
        const ProgramRun run =
            cli({QStringLiteral("exercise"), QStringLiteral("report"), db, QStringLiteral("--incident"), id,
                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--kit"),
                 QStringLiteral(TURNBACK_BASELINE_KIT)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray timers =
            QJsonDocument::fromJson(run.out.toUtf8()).object()[QStringLiteral("timers")].toArray();

        struct Gate {
            const char* item;
            const char* owner;
            const char* due;
            const char* acted; ///< null: never met
            double margin;
        };
        const Gate gates[] = {
            {"owners-named", "incident-commander", "09:15", "09:00", 15 * 60},
            {"rollback-tested", "engineering-lead", "09:30", "09:01", 29 * 60},
            {"dashboards-ready", "engineering-lead", "09:30", "09:02", 28 * 60},
            {"comms-drafted", "communications-lead", "09:30", nullptr, -60 * 60}, // not met at 09:03
            {"data-mapped", "service-owner", "09:30", "09:04", 26 * 60},
        };
        const auto utc = [](const char* hhmm) {
            return QStringLiteral("2026-11-26T%1:00.000Z").arg(QLatin1String(hhmm));
        };
        int found = 0;
        for (const QJsonValue& t : timers)
            found += t[QStringLiteral("kind")].toString() == QLatin1String("gate") ? 1 : 0;
        QCOMPARE(found, int(std::size(gates)));
        for (const Gate& gate : gates) {
            const QJsonObject t = timerOf(timers, QStringLiteral("gate"), QLatin1String(gate.item));
            QVERIFY2(!t.isEmpty(), gate.item);
            QCOMPARE(t[QStringLiteral("owner")].toString(), QLatin1String(gate.owner));
            QCOMPARE(t[QStringLiteral("started_utc")].toString(), utc("09:00"));
            QCOMPARE(t[QStringLiteral("due_utc")].toString(), utc(gate.due));
            if (gate.acted)
                QCOMPARE(t[QStringLiteral("acted_utc")].toString(), utc(gate.acted));
            else
                QVERIFY(t[QStringLiteral("acted_utc")].isNull());
            QCOMPARE(t[QStringLiteral("met")].toBool(), gate.acted != nullptr);
            QCOMPARE(t[QStringLiteral("margin_s")].toDouble(), gate.margin);
        }
    }

    void errors() {
        const QString db = m_run->bench.dbPath();
        const auto report = [](const QStringList& rest) {
            return cli(QStringList{QStringLiteral("exercise"), QStringLiteral("report")} + rest);
        };
        ProgramRun run = report({db, QStringLiteral("--incident"), QStringLiteral("rev-nope"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no reversal 'rev-nope'")), qPrintable(run.err));
        ScratchDir dir;
        const QString notALog = dir.file(QStringLiteral("notes.txt"));
        QFile file(notALog);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
        file.close();
        run = report(
            {notALog, QStringLiteral("--incident"), m_run->id, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(notALog), qPrintable(run.err));
        run = report({dir.file(QStringLiteral("missing.db")), QStringLiteral("--incident"), m_run->id,
                      QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(report({db, QStringLiteral("--format"), QStringLiteral("json")}).exitCode, 2); // no --incident
        QCOMPARE(report({db, QStringLiteral("--incident"), m_run->id}).exitCode, 2);            // PDF without --out
        run = report({db, QStringLiteral("--incident"), m_run->id, QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--format must be pdf or json")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestAarCli)
#include "TestAarCli.moc"
