#include "KitLoader.h"

#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace std::chrono_literals;
using namespace turnback;

namespace {

QString minimalKit() {
    return test::dataFile(QStringLiteral("kits/good/minimal.yaml"));
}

QString overlay(const QString& name) {
    return test::dataFile(QStringLiteral("kits/overlays/") + name);
}

/// Errors with the overlay folder taken off the file names.
QStringList errorLines(const KitLoadResult& result) {
    const QString folder = test::dataFile(QStringLiteral("kits/overlays/"));
    QStringList lines;
    for (const KitDiagnostic& error : result.errors)
        lines << error.toString().remove(folder);
    return lines;
}

} // namespace

/// Service overlays layered over a kit: what they may change, in what order, and how they fail.
class TestKitOverlay : public QObject {
    Q_OBJECT

private slots:
    void exampleOverlayMerges();
    void overlayErrors_data();
    void overlayErrors();
    void duplicateItemNamesTheKitFile();
    void overlaysApplyInOrder();
    void laterOverlayMayUseEarlierRoles();
    void errorsFromEveryOverlayAreReported();
    void brokenKitSkipsOverlays();
    void kitGivenAsOverlay();
    void overlayFromBytes();
    void documentedExamplesLoad();
    void requireMakesPromptsRequired();
    void overlayChangesATemplatesBlanks();
    void overlayBlankErrorsNameTheOverlay();
};

void TestKitOverlay::exampleOverlayMerges() {
    const KitLoadResult result =
        KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT), {QStringLiteral(TURNBACK_EXAMPLE_OVERLAY)});
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    const Kit& kit = *result.kit;
    QCOMPARE(kit.id, QStringLiteral("baseline"));
    QCOMPARE(kit.service, QStringLiteral("Checkout"));
    QCOMPARE(kit.overlayFiles, QStringList{QStringLiteral(TURNBACK_EXAMPLE_OVERLAY)});

    const Role* commander = kit.role(QStringLiteral("incident-commander"));
    QVERIFY(commander);
    QCOMPARE(commander->title, QStringLiteral("Incident commander")); // untouched by the overlay
    QCOMPARE(commander->person, QStringLiteral("Amara Okafor"));
    QCOMPARE(commander->contacts.size(), 3);
    QCOMPARE(kit.role(QStringLiteral("policy-lead"))->person, QStringLiteral("Élise Moreau"));
    const Role* liaison = kit.role(QStringLiteral("payments-liaison"));
    QVERIFY(liaison);
    QCOMPARE(liaison->title, QStringLiteral("Payments partner liaison"));
    QCOMPARE(kit.roles.size(), 6);

    // No signal can be lost: all four are there, in kit order.
    QCOMPARE(kit.signalList.size(), 4);
    const Signal& errorRate = kit.signalList[0];
    QCOMPARE(errorRate.id, QStringLiteral("error-rate"));
    QCOMPARE(errorRate.threshold.limit, 2.0);
    QCOMPARE(errorRate.threshold.sustain, std::optional<Milliseconds>(1min));
    QCOMPARE(errorRate.threshold.unit, QStringLiteral("%")); // kept from the kit
    QCOMPARE(errorRate.timer, Milliseconds(3min));
    QVERIFY(errorRate.notify.contains(QStringLiteral("payments-liaison")));
    const Signal& p1 = kit.signalList[1];
    QCOMPARE(p1.threshold.limit, 2.0);
    QCOMPARE(p1.threshold.window, Milliseconds(1h));
    QCOMPARE(p1.timer, Milliseconds(1min));
    QCOMPARE(kit.signalList[2].timer, Milliseconds(0));

    const CommsTemplate& notice = kit.comms[0];
    QCOMPARE(notice.recipient, QStringLiteral("Shoppers with an order placed during the incident"));
    QCOMPARE(notice.due, Milliseconds(30min));
    QCOMPARE(kit.comms[1].recipient, QStringLiteral("Financial Conduct Authority (payments supervision)"));
    QCOMPARE(kit.comms[1].due, Milliseconds(24h));

    const DataProcedure& quarantine = kit.dataProcedures[2];
    QCOMPARE(quarantine.steps.last().id, QStringLiteral("notify-psp"));
    QVERIFY(quarantine.steps.last().checkpoint);
    QCOMPARE(quarantine.steps.last().where.file, QStringLiteral(TURNBACK_EXAMPLE_OVERLAY));
    QCOMPARE(kit.stages[0].items.last().owner, QStringLiteral("payments-liaison"));
    QCOMPARE(kit.impactPrompts.last().id, QStringLiteral("partners-psp"));
}

void TestKitOverlay::overlayErrors_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char* file, const QStringList& expected) {
        QTest::newRow(file) << QString::fromUtf8(file) << expected;
    };
    row("bad-kit-mismatch.overlay.yaml",
        {QStringLiteral("bad-kit-mismatch.overlay.yaml:2:6: error: this overlay is for kit 'payments', but the kit "
                        "being loaded is 'mini'")});
    row("bad-unknown-signal.overlay.yaml",
        {QStringLiteral("bad-unknown-signal.overlay.yaml:5:11: error: the kit has no signal 'latency'; it has: errors, "
                        "incidents; an overlay adjusts the kit's signals, it cannot add or remove them")});
    row("bad-drop-signal.overlay.yaml",
        {QStringLiteral("bad-drop-signal.overlay.yaml:6:7: error: unknown key 'remove' in signal; expected one of: id, "
                        "threshold, owner, timer, notify")});
    row("bad-threshold-kind.overlay.yaml",
        {QStringLiteral("bad-threshold-kind.overlay.yaml:7:9: error: unknown key 'kind' in the threshold of signal "
                        "'incidents'; expected one of: limit, for, within")});
    row("bad-percent.overlay.yaml",
        {QStringLiteral("bad-percent.overlay.yaml:6:26: error: 'limit' is a percentage and must be between 0 and 100, "
                        "found 120")});
    row("bad-role-ref.overlay.yaml",
        {QStringLiteral(
             "bad-role-ref.overlay.yaml:6:22: error: 'notify' refers to role 'ownr', which this kit does not "
             "define; did you mean 'owner'?"),
         QStringLiteral(
             "bad-role-ref.overlay.yaml:9:12: error: 'owner' refers to role 'press', which this kit does not "
             "define; roles are: lead, owner")});
    row("bad-for-on-count.overlay.yaml",
        {QStringLiteral("bad-for-on-count.overlay.yaml:7:9: error: 'for' applies only to a measured threshold; a count "
                        "threshold counts over 'within'"),
         QStringLiteral("bad-for-on-count.overlay.yaml:10:9: error: 'within' applies only to a count threshold")});
    row("bad-newer.overlay.yaml", {QStringLiteral("bad-newer.overlay.yaml:1:10: error: overlay format 2 is not "
                                                  "supported; this Turnback reads overlay format 1")});
    row("bad-missing-kit.overlay.yaml",
        {QStringLiteral("bad-missing-kit.overlay.yaml:1:1: error: the overlay is missing required key 'kit'")});
    row("bad-syntax.overlay.yaml",
        {QStringLiteral("bad-syntax.overlay.yaml:5:4: error: YAML syntax error: end of sequence not found")});
    row("bad-new-role-no-title.overlay.yaml",
        {QStringLiteral(
            "bad-new-role-no-title.overlay.yaml:4:5: error: role 'scribe' is missing required key 'title'")});
    row("bad-types.overlay.yaml",
        {QStringLiteral("bad-types.overlay.yaml:5:15: error: 'contacts' must be a list of strings, found "
                        "'sam@example.com'; write one '- item' per line or [a, b]"),
         QStringLiteral("bad-types.overlay.yaml:9:14: error: 'timer' must be a duration such as '30s', '2m', '5 min', "
                        "'1h' or 'immediate', found 'later'"),
         QStringLiteral("bad-types.overlay.yaml:12:10: error: 'due' must be a duration such as '30s', '2m', '5 min', "
                        "'1h' or 'immediate', found a list")});
    row("bad-impact-require.overlay.yaml",
        {QStringLiteral("bad-impact-require.overlay.yaml:4:13: error: 'require' names impact prompt 'user', which the "
                        "kit does not define; did you mean 'users'?")});
}

void TestKitOverlay::overlayErrors() {
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const KitLoadResult result = KitLoader::load(minimalKit(), {overlay(file)});
    QVERIFY(!result.ok());
    QVERIFY(!result.kit);
    QCOMPARE(errorLines(result), expected);
}

void TestKitOverlay::duplicateItemNamesTheKitFile() {
    const KitLoadResult result =
        KitLoader::load(minimalKit(), {overlay(QStringLiteral("bad-duplicate-item.overlay.yaml"))});
    QCOMPARE(errorLines(result), QStringList{QStringLiteral("bad-duplicate-item.overlay.yaml:6:13: error: duplicate "
                                                            "checklist item id 'tested'; the first is at ") +
                                             minimalKit() + QStringLiteral(":58:9")});
}

void TestKitOverlay::overlaysApplyInOrder() {
    const QString a = overlay(QStringLiteral("a-adds-role.overlay.yaml"));  // limit 4
    const QString c = overlay(QStringLiteral("c-sets-limit.overlay.yaml")); // limit 3
    const KitLoadResult ac = KitLoader::load(minimalKit(), {a, c});
    QVERIFY2(ac.ok(), qPrintable(diagnosticsText(ac.errors)));
    QCOMPARE(ac.kit->signal(QStringLiteral("errors"))->threshold.limit, 3.0);
    QCOMPARE(ac.kit->overlayFiles, (QStringList{a, c}));
    const KitLoadResult ca = KitLoader::load(minimalKit(), {c, a});
    QVERIFY2(ca.ok(), qPrintable(diagnosticsText(ca.errors)));
    QCOMPARE(ca.kit->signal(QStringLiteral("errors"))->threshold.limit, 4.0);
    QCOMPARE(ca.kit->overlayFiles, (QStringList{c, a}));
    // Untouched parts keep the kit's values.
    QCOMPARE(ca.kit->signal(QStringLiteral("errors"))->threshold.sustain, std::optional<Milliseconds>(2min));
}

void TestKitOverlay::laterOverlayMayUseEarlierRoles() {
    const QString a = overlay(QStringLiteral("a-adds-role.overlay.yaml"));
    const QString b = overlay(QStringLiteral("b-uses-role.overlay.yaml"));
    const KitLoadResult ab = KitLoader::load(minimalKit(), {a, b});
    QVERIFY2(ab.ok(), qPrintable(diagnosticsText(ab.errors)));
    QCOMPARE(ab.kit->signal(QStringLiteral("errors"))->owner, QStringLiteral("deputy"));
    QCOMPARE(ab.kit->roleTitle(QStringLiteral("deputy")), QStringLiteral("Deputy lead"));

    const KitLoadResult ba = KitLoader::load(minimalKit(), {b, a});
    QCOMPARE(errorLines(ba), QStringList{QStringLiteral("b-uses-role.overlay.yaml:7:14: error: 'owner' refers to role "
                                                        "'deputy', which this kit does not define; roles are: lead, "
                                                        "owner")});
}

void TestKitOverlay::errorsFromEveryOverlayAreReported() {
    const KitLoadResult result =
        KitLoader::load(minimalKit(), {overlay(QStringLiteral("bad-percent.overlay.yaml")),
                                       overlay(QStringLiteral("a-adds-role.overlay.yaml")),
                                       overlay(QStringLiteral("bad-kit-mismatch.overlay.yaml"))});
    QCOMPARE(
        errorLines(result),
        (QStringList{QStringLiteral("bad-percent.overlay.yaml:6:26: error: 'limit' is a percentage and must be "
                                    "between 0 and 100, found 120"),
                     QStringLiteral("bad-kit-mismatch.overlay.yaml:2:6: error: this overlay is for kit 'payments', "
                                    "but the kit being loaded is 'mini'")}));
}

void TestKitOverlay::brokenKitSkipsOverlays() {
    const QString kit = test::dataFile(QStringLiteral("kits/bad/unknown-owner.yaml"));
    const KitLoadResult result = KitLoader::load(kit, {overlay(QStringLiteral("bad-percent.overlay.yaml"))});
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].where.file, kit);
}

void TestKitOverlay::kitGivenAsOverlay() {
    const KitLoadResult result = KitLoader::load(minimalKit(), {QStringLiteral(TURNBACK_BASELINE_KIT)});
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].toString(),
             QStringLiteral(TURNBACK_BASELINE_KIT ":11:1: error: this is a kit, not an overlay; an overlay starts with "
                                                  "'overlay: 1' and 'kit: <kit id>'"));
    const KitLoadResult missing = KitLoader::load(minimalKit(), {overlay(QStringLiteral("no-such.overlay.yaml"))});
    QCOMPARE(missing.errors.size(), 1);
    QVERIFY(missing.errors[0].message.startsWith(QStringLiteral("cannot read the file")));
}

void TestKitOverlay::overlayFromBytes() {
    QFile file(minimalKit());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray kit = file.readAll();
    const QByteArray patch = "overlay: 1\nkit: mini\nservice: Search\nroles:\n  - id: lead\n    person: Ana\n";
    const KitLoadResult result =
        KitLoader::loadFromBytes(kit, QStringLiteral("mini.yaml"), {{patch, QStringLiteral("search.overlay.yaml")}});
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    QCOMPARE(result.kit->role(QStringLiteral("lead"))->person, QStringLiteral("Ana"));
    QCOMPARE(result.kit->service, QStringLiteral("Search"));
    QCOMPARE(result.kit->overlayFiles, QStringList{QStringLiteral("search.overlay.yaml")});

    const KitLoadResult junk = KitLoader::loadFromBytes(kit, QStringLiteral("mini.yaml"),
                                                        {{QByteArray("overlay: 1\n\0", 12), QStringLiteral("x.yaml")}});
    QCOMPARE(junk.errors.size(), 1);
    QCOMPARE(junk.errors[0].toString(),
             QStringLiteral("x.yaml:2:1: error: NUL byte: this is not a text file; a kit must be UTF-8 text"));
}

void TestKitOverlay::documentedExamplesLoad() {
    // docs/kit-format.md shows a complete kit, then an overlay for the baseline kit: both must load.
    const QString doc = test::readText(QStringLiteral(TURNBACK_SOURCE_DIR "/docs/kit-format.md"));
    static const QRegularExpression block(QStringLiteral("```yaml\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QStringList examples;
    for (auto it = block.globalMatch(doc); it.hasNext();)
        examples << it.next().captured(1);
    // The second changes a template's blanks; the fourth is the regulators overlay (section
    // "Regulators"), also for the baseline kit; the fifth, sixth and seventh are fragments (a
    // template's blanks, a procedure's steps, a kit's stages), not files to load.
    QCOMPARE(examples.size(), 7);
    const QByteArray blanksOverlay = examples.takeAt(1).toUtf8();
    const KitLoadResult kit = KitLoader::loadFromBytes(examples[0].toUtf8(), QStringLiteral("example.yaml"));
    QVERIFY2(kit.ok(), qPrintable(diagnosticsText(kit.errors)));
    QFile baseline(QStringLiteral(TURNBACK_BASELINE_KIT));
    QVERIFY(baseline.open(QIODevice::ReadOnly));
    const KitLoadResult overlaid =
        KitLoader::loadFromBytes(baseline.readAll(), QStringLiteral("baseline.yaml"),
                                 {{examples[1].toUtf8(), QStringLiteral("example.overlay.yaml")}});
    QVERIFY2(overlaid.ok(), qPrintable(diagnosticsText(overlaid.errors)));
    QVERIFY(baseline.seek(0));
    const KitLoadResult regulators =
        KitLoader::loadFromBytes(baseline.readAll(), QStringLiteral("baseline.yaml"),
                                 {{examples[2].toUtf8(), QStringLiteral("regulators.overlay.yaml")}});
    QVERIFY2(regulators.ok(), qPrintable(diagnosticsText(regulators.errors)));
    for (const Regulator& regulator : regulators.kit->regulators)
        QVERIFY2(regulator.enabled, qPrintable(regulator.id));
    QVERIFY(baseline.seek(0));
    const KitLoadResult blanks = KitLoader::loadFromBytes(baseline.readAll(), QStringLiteral("baseline.yaml"),
                                                          {{blanksOverlay, QStringLiteral("blanks.overlay.yaml")}});
    QVERIFY2(blanks.ok(), qPrintable(diagnosticsText(blanks.errors)));
}

void TestKitOverlay::requireMakesPromptsRequired() {
    // The baseline leaves every prompt optional; the example overlay makes two of them required and
    // adds a third, required by its own key.
    const KitLoadResult plain = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    QVERIFY(plain.ok());
    for (const ImpactPrompt& prompt : plain.kit->impactPrompts)
        QVERIFY2(!prompt.required, qPrintable(prompt.id));
    const KitLoadResult loaded =
        KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT),
                        {QStringLiteral(TURNBACK_SOURCE_DIR "/resources/kits/examples/impact-required.overlay.yaml")});
    QVERIFY2(loaded.ok(), qPrintable(diagnosticsText(loaded.errors)));
    QStringList required;
    for (const ImpactPrompt& prompt : loaded.kit->impactPrompts)
        if (prompt.required)
            required << prompt.id;
    QCOMPARE(required, (QStringList{QStringLiteral("users-affected"), QStringLiteral("partners-actions"),
                                    QStringLiteral("operators-relief")}));
    const ImpactPrompt* relief = loaded.kit->impactPrompt(QStringLiteral("operators-relief"));
    QCOMPARE(relief->type, ImpactAnswerType::Choice);
    QCOMPARE(relief->stage, QStringLiteral("post-reversal"));
    QCOMPARE(relief->choices.size(), 3);
    const ImpactPrompt* users = loaded.kit->impactPrompt(QStringLiteral("users-affected"));
    QCOMPARE(users->type, ImpactAnswerType::Number);
    QCOMPARE(users->stage, QStringLiteral("live-rollback"));
}

namespace {
/// The baseline kit with one overlay given as bytes, named "blanks.overlay.yaml".
KitLoadResult baselineWith(const QByteArray& overlayText) {
    QFile file(QStringLiteral(TURNBACK_BASELINE_KIT));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the baseline kit");
    return KitLoader::loadFromBytes(file.readAll(), QStringLiteral("baseline.yaml"),
                                    {{overlayText, QStringLiteral("blanks.overlay.yaml")}});
}

const CommsBlank* blankOf(const Kit& kit, const QString& templateId, const QString& name) {
    for (const CommsTemplate& comms : kit.comms)
        if (comms.id == templateId)
            for (const CommsBlank& blank : comms.blanks)
                if (blank.name == name)
                    return &blank;
    return nullptr;
}
} // namespace

void TestKitOverlay::overlayChangesATemplatesBlanks() {
    const KitLoadResult result =
        baselineWith("overlay: 1\n"
                     "kit: baseline\n"
                     "comms:\n"
                     "  - id: customer-notice\n"
                     "    blanks:\n"
                     "      - {name: symptom, type: choice, choices: [errors, failed payments]}\n"
                     "      - {name: contact, required: false, help: \"Our status page.\"}\n"
                     "      - {name: customer_impact, label: Impact on you}\n"
                     "  - id: internal-alert\n"
                     "    blanks:\n"
                     "      - {name: level, type: text}\n");
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    const Kit& kit = *result.kit;
    const CommsBlank* symptom = blankOf(kit, QStringLiteral("customer-notice"), QStringLiteral("symptom"));
    QVERIFY(symptom);
    QCOMPARE(symptom->type, BlankType::Choice);
    QCOMPARE(symptom->choices, (QStringList{QStringLiteral("errors"), QStringLiteral("failed payments")}));
    QCOMPARE(symptom->label, QStringLiteral("What customers may have seen")); // not given: the kit's stays
    const CommsBlank* contact = blankOf(kit, QStringLiteral("customer-notice"), QStringLiteral("contact"));
    QVERIFY(!contact->required);
    QCOMPARE(contact->help, QStringLiteral("Our status page."));
    QCOMPARE(contact->where.file, QStringLiteral("blanks.overlay.yaml"));
    const CommsBlank* impact = blankOf(kit, QStringLiteral("customer-notice"), QStringLiteral("customer_impact"));
    QCOMPARE(impact->label, QStringLiteral("Impact on you"));
    QCOMPARE(impact->type, BlankType::Multiline);
    // A choice made text again drops its choices.
    const CommsBlank* level = blankOf(kit, QStringLiteral("internal-alert"), QStringLiteral("level"));
    QCOMPARE(level->type, BlankType::Text);
    QVERIFY(level->choices.isEmpty());
}

void TestKitOverlay::overlayBlankErrorsNameTheOverlay() {
    const KitLoadResult result = baselineWith("overlay: 1\n"
                                              "kit: baseline\n"
                                              "comms:\n"
                                              "  - id: customer-notice\n"
                                              "    blanks:\n"
                                              "      - {name: nothing, type: number}\n"
                                              "      - {name: symptom, type: choice}\n"
                                              "      - {name: service, choices: [a, b]}\n"
                                              "      - {name: symptom, label: Seen}\n"
                                              "      - {name: contact, colour: red}\n"
                                              "      - {name: next_steps, type: colour}\n");
    QVERIFY(!result.ok());
    const QString at = QStringLiteral("blanks.overlay.yaml:");
    QCOMPARE(errorLines(result),
             (QStringList{at + QStringLiteral("6:16: error: blank 'nothing' is declared but neither the subject nor "
                                              "the body uses {{nothing}}; remove it or use it"),
                          at + QStringLiteral("7:31: error: blank 'symptom' is a choice and must list its 'choices'"),
                          at + QStringLiteral("8:34: error: blank 'service' has 'choices' but its type is 'text'; only "
                                              "a 'choice' blank has choices"),
                          at + QStringLiteral("9:16: error: blank 'symptom' is changed twice in customer-notice"),
                          at + QStringLiteral("10:25: error: unknown key 'colour' in blank; expected one of: name, "
                                              "label, type, required, choices, help"),
                          at + QStringLiteral("11:34: error: 'type' must be one of: text, multiline, datetime, "
                                              "number, choice; found 'colour'")}));
}

QTEST_GUILESS_MAIN(TestKitOverlay)
#include "TestKitOverlay.moc"
