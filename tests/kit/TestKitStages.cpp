// The stages' kit format (issue 12; docs/kit-format.md, "Stage checklists"): a live rollback
// window's length, items linked to a data procedure and comms templates with a deadline, and the
// recovery's relaunch criteria. Kits without them load as before; each mistake names file:line:column.

#include "KitLoader.h"

#include <QTest>

using namespace turnback;

namespace {
/// A small kit with a snapshot procedure and an internal alert; `stages` is appended under `stages:`.
QByteArray kitWith(const QByteArray& stages) {
    return QByteArrayLiteral("format: 1\n"
                             "id: mini\n"
                             "name: Minimal kit\n"
                             "roles:\n"
                             "  - id: lead\n"
                             "    title: Lead\n"
                             "levels:\n"
                             "  slow: {label: Slow}\n"
                             "rubric:\n"
                             "  signals:\n"
                             "    - id: errors\n"
                             "      name: Errors\n"
                             "      threshold: {kind: any}\n"
                             "      action: slow\n"
                             "      owner: lead\n"
                             "      timer: 5m\n"
                             "comms:\n"
                             "  - id: alert\n"
                             "    audience: internal\n"
                             "    title: Alert\n"
                             "    owner: lead\n"
                             "    recipient: Everyone\n"
                             "    due: 15m\n"
                             "    subject: Rolled back\n"
                             "    body: Rolled back\n"
                             "data:\n"
                             "  procedures:\n"
                             "    - id: snap\n"
                             "      kind: snapshot\n"
                             "      title: Snapshot\n"
                             "      owner: lead\n"
                             "      steps:\n"
                             "        - id: take\n"
                             "          text: Take it\n"
                             "stages:\n") +
           stages; // stages start at line 36
}

QStringList errorsOf(const QByteArray& yaml) {
    const KitLoadResult result = KitLoader::loadFromBytes(yaml, QStringLiteral("stages.yaml"));
    QStringList lines;
    for (const KitDiagnostic& e : result.errors)
        lines << QStringLiteral("%1:%2:%3: %4").arg(e.where.file).arg(e.where.line).arg(e.where.column).arg(e.message);
    return lines;
}
} // namespace

class TestKitStages : public QObject {
    Q_OBJECT
private slots:
    void readsTheWindowLinksDeadlinesAndCriteria();
    void kitsWithoutThemLoadAsBefore();
    void mistakesNameWhereAndWhat_data();
    void mistakesNameWhereAndWhat();
};

void TestKitStages::readsTheWindowLinksDeadlinesAndCriteria() {
    const KitLoadResult result = KitLoader::loadFromBytes(kitWith("  - id: live\n"
                                                                  "    stage: live-rollback\n"
                                                                  "    title: Window\n"
                                                                  "    window: 90 min\n"
                                                                  "    items:\n"
                                                                  "      - id: keep\n"
                                                                  "        text: Keep evidence\n"
                                                                  "        owner: lead\n"
                                                                  "        procedure: snap\n"
                                                                  "        comms: [alert]\n"
                                                                  "        within: 15 min\n"
                                                                  "  - id: after\n"
                                                                  "    stage: post-reversal\n"
                                                                  "    title: After\n"
                                                                  "    items:\n"
                                                                  "      - id: tell\n"
                                                                  "        text: Tell them\n"
                                                                  "    relaunch_criteria:\n"
                                                                  "      - id: fixed\n"
                                                                  "        text: The cause is fixed\n"),
                                                          QStringLiteral("stages.yaml"));
    QVERIFY2(result.ok(), qPrintable(errorsOf({}).join(u'\n')));
    const StageChecklist* live = result.kit->stageChecklist(QStringLiteral("live"));
    QCOMPARE(live->window, std::optional<Milliseconds>(Milliseconds(90 * 60'000)));
    const ChecklistItem* keep = live->item(QStringLiteral("keep"));
    QCOMPARE(keep->procedure, QStringLiteral("snap"));
    QCOMPARE(keep->comms, QStringList{QStringLiteral("alert")});
    QCOMPARE(keep->within, std::optional<Milliseconds>(Milliseconds(15 * 60'000)));
    const StageChecklist* after = result.kit->stageChecklist(QStringLiteral("after"));
    QCOMPARE(after->relaunchCriteria.size(), 1);
    QCOMPARE(after->relaunchCriteria.first().text, QStringLiteral("The cause is fixed"));
    QVERIFY(!after->item(QStringLiteral("tell"))->within);
    QCOMPARE(result.kit->firstStageOfKind(QStringLiteral("post-reversal")), after);
}

void TestKitStages::kitsWithoutThemLoadAsBefore() {
    const KitLoadResult result = KitLoader::loadFromBytes(kitWith("  - id: pre\n"
                                                                  "    stage: pre-release\n"
                                                                  "    title: Gates\n"
                                                                  "    items:\n"
                                                                  "      - id: tested\n"
                                                                  "        text: Tested\n"),
                                                          QStringLiteral("stages.yaml"));
    QVERIFY(result.ok());
    QVERIFY(!result.kit->stages.first().window);
    QVERIFY(result.kit->stages.first().relaunchCriteria.isEmpty());
    QVERIFY(result.kit->stages.first().items.first().procedure.isEmpty());
}

void TestKitStages::mistakesNameWhereAndWhat_data() {
    QTest::addColumn<QByteArray>("stages");
    QTest::addColumn<QString>("error");
    const QByteArray live = "  - id: live\n"
                            "    stage: live-rollback\n"
                            "    title: Window\n";
    QTest::newRow("unknown procedure")
        << live + "    items:\n      - id: keep\n        text: Keep\n        procedure: snapshot\n"
        << QStringLiteral("stages.yaml:42:20: 'procedure' refers to data procedure 'snapshot', which this kit does "
                          "not define");
    QTest::newRow("unknown comms") << live + "    items:\n      - id: keep\n        text: Keep\n        comms: [alrt]\n"
                                   << QStringLiteral("stages.yaml:42:17: 'comms' refers to comms template 'alrt', "
                                                     "which this kit does not define; did you mean 'alert'?");
    QTest::newRow("bad within") << live + "    items:\n      - id: keep\n        text: Keep\n        within: soon\n"
                                << QStringLiteral("stages.yaml:42:17: 'within' must be a duration such as '30s', "
                                                  "'2m', '5 min', '1h' or 'immediate', found 'soon'");
    QTest::newRow("bad window") << live + "    window: forever\n    items:\n      - id: keep\n        text: Keep\n"
                                << QStringLiteral("stages.yaml:39:13: 'window' must be a duration such as '30s', "
                                                  "'2m', '5 min', '1h' or 'immediate', found 'forever'");
    QTest::newRow("zero window") << live + "    window: immediate\n    items:\n      - id: keep\n        text: Keep\n"
                                 << QStringLiteral("stages.yaml:39:13: 'window' must be longer than zero, such as "
                                                   "'2 hr'");
    QTest::newRow("window on gates")
        << QByteArray("  - id: pre\n    stage: pre-release\n    title: Gates\n    window: 2 hr\n"
                      "    items:\n      - id: t\n        text: T\n")
        << QStringLiteral("stages.yaml:39:13: 'window' belongs to a live-rollback stage; stage checklist 'pre' is a "
                          "pre-release stage");
    QTest::newRow("criteria in the window")
        << live + "    items:\n      - id: keep\n        text: Keep\n    relaunch_criteria:\n      - id: a\n"
                  "        text: A\n"
        << QStringLiteral("stages.yaml:43:7: 'relaunch_criteria' belongs to a post-reversal stage; stage checklist "
                          "'live' is a live-rollback stage");
    QTest::newRow("criterion without text")
        << QByteArray("  - id: after\n    stage: post-reversal\n    title: After\n    items:\n      - id: t\n"
                      "        text: T\n    relaunch_criteria:\n      - id: a\n")
        << QStringLiteral("stages.yaml:43:9: relaunch criterion 'a' is missing required key 'text'");
}

void TestKitStages::mistakesNameWhereAndWhat() {
    QFETCH(QByteArray, stages);
    QFETCH(QString, error);
    const QStringList errors = errorsOf(kitWith(stages));
    QVERIFY2(!errors.isEmpty(), "the kit loaded");
    QCOMPARE(errors.first(), error);
}

QTEST_GUILESS_MAIN(TestKitStages)
#include "TestKitStages.moc"
