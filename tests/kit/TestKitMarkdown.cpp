#include "KitLoader.h"
#include "KitMarkdown.h"

#include "TestSupport.h"

#include <QTest>

using namespace turnback;

/// The rubric as `turnback-cli kit show` prints it.
class TestKitMarkdown : public QObject {
    Q_OBJECT

private slots:
    void baselineTableIsTheBriefs();
    void overlayShowsInTable();
    void pipesAreEscaped();
    void emptyRubricIsHeaderOnly();
};

void TestKitMarkdown::baselineTableIsTheBriefs() {
    const KitLoadResult result = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    // The product brief's sample rubric, byte for byte.
    const QString expected = QStringLiteral(
        "| Signal | Threshold | Action | Owner | Timer |\n"
        "|---|---|---|---|---|\n"
        "| Error rate spike | >5% of traffic for 2 min | Slow (canary only) | Engineering lead | 5 min |\n"
        "| P1 count | >3 P1s in 1 hr | Stop (halt deploy) | Incident commander | 2 min |\n"
        "| User-facing data loss | Any confirmed loss | Reverse (roll back) | Service owner | Immediate |\n"
        "| Regulator inquiry received | Any | Reverse (roll back) | Policy lead | Immediate |\n");
    QCOMPARE(KitMarkdown::rubricTable(*result.kit), expected);
    QCOMPARE(KitMarkdown::rubricTable(*result.kit).toUtf8(), expected.toUtf8());
}

void TestKitMarkdown::overlayShowsInTable() {
    const KitLoadResult result =
        KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT), {QStringLiteral(TURNBACK_EXAMPLE_OVERLAY)});
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    const QStringList lines = KitMarkdown::rubricTable(*result.kit).split(QLatin1Char('\n'));
    QCOMPARE(lines.value(2),
             QStringLiteral(
                 "| Error rate spike | >2% of traffic for 1 min | Slow (canary only) | Engineering lead | 3 min |"));
    QCOMPARE(lines.value(3),
             QStringLiteral("| P1 count | >2 P1s in 1 hr | Stop (halt deploy) | Incident commander | 1 min |"));
}

void TestKitMarkdown::pipesAreEscaped() {
    Kit kit;
    kit.roles << Role{QStringLiteral("ops"), QStringLiteral("Ops | on call"), {}, {}, {}, {}};
    kit.levels << LevelDefinition{Level::Stop, QStringLiteral("Stop | halt"), {}, {}};
    Signal signal;
    signal.id = QStringLiteral("s");
    signal.name = QStringLiteral("A|B\nsplit");
    signal.threshold.kind = Threshold::Kind::Any;
    signal.threshold.of = QStringLiteral("a | b");
    signal.action = Level::Stop;
    signal.owner = QStringLiteral("ops");
    signal.timer = Milliseconds(90'000);
    kit.signalList << signal;
    QCOMPARE(KitMarkdown::rubricTable(kit),
             QStringLiteral("| Signal | Threshold | Action | Owner | Timer |\n"
                            "|---|---|---|---|---|\n"
                            "| A\\|B split | Any a \\| b | Stop \\| halt | Ops \\| on call "
                            "| 1 min 30 s |\n"));
    QCOMPARE(KitMarkdown::cell(QStringLiteral("back\\slash|")), QStringLiteral("back\\\\slash\\|"));
}

void TestKitMarkdown::emptyRubricIsHeaderOnly() {
    QCOMPARE(KitMarkdown::rubricTable(Kit{}),
             QStringLiteral("| Signal | Threshold | Action | Owner | Timer |\n|---|---|---|---|---|\n"));
}

QTEST_GUILESS_MAIN(TestKitMarkdown)
#include "TestKitMarkdown.moc"
