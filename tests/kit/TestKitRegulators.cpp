#include "KitLoader.h"

#include "TestSupport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace turnback;

namespace {

const char kMiniKit[] = R"(format: 1
id: mini
name: Mini
roles:
  - id: lead
    title: Lead
levels:
  stop:
    label: Stop
rubric:
  signals:
    - id: errors
      name: Errors
      threshold:
        kind: any
      action: stop
      owner: lead
      timer: 5m
comms:
  - id: gdpr-note
    audience: regulator
    title: GDPR
    owner: lead
    recipient: DPA
    subject: "Breach {{id}}"
    body: "Aware at {{aware_at}}"
)";

QStringList errorsOf(const KitLoadResult& result) {
    QStringList lines;
    for (const KitDiagnostic& error : result.errors)
        lines << error.toString();
    return lines;
}

KitLoadResult withRegulators(const QByteArray& regulators, const QList<QPair<QByteArray, QString>>& overlays = {}) {
    return KitLoader::loadFromBytes(QByteArray(kMiniKit) + regulators, QStringLiteral("mini.yaml"), overlays);
}

const QByteArray kGdpr = R"(regulators:
  - id: gdpr
    title: GDPR Art. 33
    reports:
      - id: notification
        template: gdpr-note
)";

} // namespace

/// The kit's `regulators:` section: the baseline's regimes, switching them on, and every way it can be wrong.
class TestKitRegulators : public QObject {
    Q_OBJECT
private slots:
    void baselineHasEveryRegimeSwitchedOff();
    void allRegulatorsOverlaySwitchesEveryRegimeOn();
    void regimesAreOffUnlessEnabled();
    void everyRegulatorTemplateTypesItsBlanks_data();
    void everyRegulatorTemplateTypesItsBlanks();
    void errors_data();
    void errors();
    void overlayErrors_data();
    void overlayErrors();
};

void TestKitRegulators::baselineHasEveryRegimeSwitchedOff() {
    const KitLoadResult loaded = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    QVERIFY2(loaded.ok(), qPrintable(errorsOf(loaded).join(QLatin1Char('\n'))));
    QStringList ids;
    for (const Regulator& regulator : loaded.kit->regulators) {
        ids << regulator.id;
        QVERIFY2(!regulator.enabled, qPrintable(regulator.id));
        QVERIFY(!regulator.title.isEmpty());
        for (const RegulatorReport& report : regulator.reports) {
            const auto it = std::find_if(loaded.kit->comms.cbegin(), loaded.kit->comms.cend(),
                                         [&](const CommsTemplate& c) { return c.id == report.templateId; });
            QVERIFY2(it != loaded.kit->comms.cend(), qPrintable(report.templateId));
            QCOMPARE(it->audience, QStringLiteral("regulator"));
            QVERIFY(!it->dueFromStart);
        }
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("gdpr"), QStringLiteral("nis2"), QStringLiteral("dora"),
                               QStringLiteral("sec"), QStringLiteral("hipaa")}));
    QCOMPARE(loaded.kit->regulator(QStringLiteral("nis2"))->reports.size(), 3);
    QCOMPARE(loaded.kit->regulator(QStringLiteral("dora"))->report(QStringLiteral("final"))->templateId,
             QStringLiteral("dora-final"));
}

void TestKitRegulators::allRegulatorsOverlaySwitchesEveryRegimeOn() {
    const KitLoadResult loaded =
        KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT),
                        {QStringLiteral(TURNBACK_SOURCE_DIR "/resources/kits/examples/all-regulators.overlay.yaml")});
    QVERIFY2(loaded.ok(), qPrintable(errorsOf(loaded).join(QLatin1Char('\n'))));
    QCOMPARE(loaded.kit->regulators.size(), 5);
    for (const Regulator& regulator : loaded.kit->regulators)
        QVERIFY2(regulator.enabled, qPrintable(regulator.id));
}

void TestKitRegulators::regimesAreOffUnlessEnabled() {
    KitLoadResult loaded = withRegulators(kGdpr);
    QVERIFY2(loaded.ok(), qPrintable(errorsOf(loaded).join(QLatin1Char('\n'))));
    QVERIFY(!loaded.kit->regulator(QStringLiteral("gdpr"))->enabled);
    QVERIFY(!loaded.kit->comms.first().dueFromStart);

    loaded = withRegulators(kGdpr, {{"overlay: 1\nkit: mini\nregulators:\n  - id: gdpr\n    enabled: true\n",
                                     QStringLiteral("on.overlay.yaml")}});
    QVERIFY2(loaded.ok(), qPrintable(errorsOf(loaded).join(QLatin1Char('\n'))));
    QVERIFY(loaded.kit->regulator(QStringLiteral("gdpr"))->enabled);
}

void TestKitRegulators::everyRegulatorTemplateTypesItsBlanks_data() {
    // What each regime's form asks for: a date-time for the trigger it counts from, a choice where the
    // form offers one, a number for how many are affected, several lines for descriptions and for the
    // reasons for a delay (optional: only a late report needs them).
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QStringList>("typed"); // "name:type:required"
    QTest::newRow("gdpr") << u"gdpr-notification"_s
                          << QStringList{u"aware_at:datetime:1"_s, u"nature:multiline:1"_s,
                                         u"consequences:multiline:1"_s, u"late_reason:multiline:0"_s};
    QTest::newRow("nis2 early warning") << u"nis2-early-warning"_s
                                        << QStringList{u"aware_at:datetime:1"_s, u"malicious:choice:1"_s,
                                                       u"cross_border:choice:1"_s};
    QTest::newRow("nis2 notification") << u"nis2-notification"_s
                                       << QStringList{u"aware_at:datetime:1"_s, u"assessment:multiline:1"_s,
                                                      u"indicators:multiline:0"_s};
    QTest::newRow("nis2 final") << u"nis2-final-report"_s
                                << QStringList{u"description:multiline:1"_s, u"root_cause:multiline:1"_s,
                                               u"cross_border:choice:1"_s};
    QTest::newRow("dora initial") << u"dora-initial"_s
                                  << QStringList{u"classified_at:datetime:1"_s, u"aware_at:datetime:1"_s,
                                                 u"criteria:choice:1"_s, u"late_reason:multiline:0"_s};
    QTest::newRow("dora intermediate") << u"dora-intermediate"_s
                                       << QStringList{u"dora_initial_sent_at:datetime:1"_s, u"status:multiline:1"_s,
                                                      u"affected_count:number:0"_s};
    QTest::newRow("dora final") << u"dora-final"_s << QStringList{u"root_cause:multiline:1"_s, u"impact:multiline:1"_s};
    QTest::newRow("sec") << u"sec-form-8k"_s
                         << QStringList{u"determined_at:datetime:1"_s, u"impact:multiline:1"_s,
                                        u"delay_reason:multiline:0"_s};
    QTest::newRow("hipaa") << u"hipaa-individuals"_s
                           << QStringList{u"discovered_at:datetime:1"_s, u"affected_count:number:1"_s,
                                          u"information:choice:1"_s, u"steps:multiline:1"_s};
}

void TestKitRegulators::everyRegulatorTemplateTypesItsBlanks() {
    QFETCH(QString, templateId);
    QFETCH(QStringList, typed);
    const KitLoadResult loaded = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    QVERIFY2(loaded.ok(), qPrintable(errorsOf(loaded).join(QLatin1Char('\n'))));
    const auto it = std::find_if(loaded.kit->comms.cbegin(), loaded.kit->comms.cend(),
                                 [&](const CommsTemplate& c) { return c.id == templateId; });
    QVERIFY(it != loaded.kit->comms.cend());
    // Every blank the text uses is declared with a label: none is left to the untyped default.
    for (const CommsBlank& blank : it->allBlanks())
        QVERIFY2(blank.declared && blank.label != blank.name, qPrintable(blank.name));
    for (const QString& expected : typed) {
        const QStringList parts = expected.split(u':');
        const auto blank = std::find_if(it->blanks.cbegin(), it->blanks.cend(),
                                        [&](const CommsBlank& b) { return b.name == parts[0]; });
        QVERIFY2(blank != it->blanks.cend(), qPrintable(parts[0]));
        QCOMPARE(blankTypeId(blank->type), parts[1]);
        QCOMPARE(blank->required, parts[2] == u"1"_s);
        if (blank->type == BlankType::Choice)
            QVERIFY(blank->choices.size() >= 2);
    }
}

void TestKitRegulators::errors_data() {
    QTest::addColumn<QByteArray>("regulators");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("template without due, unused")
        << QByteArray()
        << QStringList{QStringLiteral(
               "mini.yaml:20:5: error: comms template 'gdpr-note' is missing required key 'due'; only a "
               "template that a regulator report uses may leave it out (its clock says when it is owed)")};
    QTest::newRow("unknown regime") << QByteArray(kGdpr).replace("id: gdpr", "id: gpdr")
                                    << QStringList{QStringLiteral(
                                           "mini.yaml:28:9: error: Turnback knows no regulator 'gpdr'; did you mean "
                                           "'gdpr'?")};
    QTest::newRow("unknown report") << QByteArray(kGdpr).replace("id: notification", "id: final")
                                    << QStringList{QStringLiteral(
                                           "mini.yaml:31:13: error: regulator 'gdpr' has no report 'final'; its "
                                           "reports are: notification")};
    QTest::newRow("unknown template")
        << QByteArray(kGdpr).replace("template: gdpr-note", "template: gdpr-notice")
        << QStringList{QStringLiteral("mini.yaml:20:5: error: comms template 'gdpr-note' is "
                                      "missing required key 'due'; only a template that a "
                                      "regulator report uses may leave it out (its clock says "
                                      "when it is owed)"),
                       QStringLiteral("mini.yaml:32:19: error: 'template' refers to comms template "
                                      "'gdpr-notice', which this kit does not define under 'comms'")};
    QTest::newRow("enabled not a boolean")
        << QByteArray(kGdpr).replace("    reports:", "    enabled: yes\n    reports:")
        << QStringList{QStringLiteral("mini.yaml:30:14: error: 'enabled' must be true or false, found 'yes'")};
}

void TestKitRegulators::errors() {
    QFETCH(QByteArray, regulators);
    QFETCH(QStringList, expected);
    const KitLoadResult loaded = withRegulators(regulators);
    QVERIFY(!loaded.ok());
    QCOMPARE(errorsOf(loaded), expected);
}

void TestKitRegulators::overlayErrors_data() {
    QTest::addColumn<QByteArray>("overlay");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("unknown regime")
        << QByteArray("overlay: 1\nkit: mini\nregulators:\n  - id: sec\n    enabled: true\n")
        << QStringList{QStringLiteral("on.overlay.yaml:4:9: error: the kit has no regulator 'sec'; it has: gdpr; "
                                      "an overlay adjusts the kit's regulators, it cannot add or remove them")};
    QTest::newRow("no enabled") << QByteArray("overlay: 1\nkit: mini\nregulators:\n  - id: gdpr\n")
                                << QStringList{QStringLiteral(
                                       "on.overlay.yaml:4:5: error: regulator 'gdpr' is missing required key "
                                       "'enabled'")};
    QTest::newRow("changing a rule")
        << QByteArray("overlay: 1\nkit: mini\nregulators:\n  - id: gdpr\n    enabled: true\n    reports: []\n")
        << QStringList{QStringLiteral(
               "on.overlay.yaml:6:5: error: unknown key 'reports' in regulator; expected one of: id, enabled")};
}

void TestKitRegulators::overlayErrors() {
    QFETCH(QByteArray, overlay);
    QFETCH(QStringList, expected);
    const KitLoadResult loaded = withRegulators(kGdpr, {{overlay, QStringLiteral("on.overlay.yaml")}});
    QVERIFY(!loaded.ok());
    QCOMPARE(errorsOf(loaded), expected);
}

QTEST_GUILESS_MAIN(TestKitRegulators)
#include "TestKitRegulators.moc"
