// Typed blanks of comms templates (docs/kit-format.md, "Comms blanks"): declared, defaulted and refused.
#include "KitLoader.h"
#include "TestSupport.h"

#include <QTest>

using namespace turnback;
using namespace Qt::Literals::StringLiterals;

namespace {
/// The minimal kit with its comms template's `blanks:` replaced by `blanks` (YAML, indented 4).
KitLoadResult withBlanks(const QByteArray& blanks) {
    QByteArray kit = test::readText(test::dataFile(u"kits/good/minimal.yaml"_s)).toUtf8();
    QByteArray replacement("    body: Hello {{name}}\n    blanks:\n");
    replacement.append(blanks);
    kit.replace(QByteArrayView("    body: Hello {{name}}\n"), QByteArrayView(replacement));
    return KitLoader::loadFromBytes(kit, u"blanks.yaml"_s);
}

QStringList errorLines(const KitLoadResult& result) {
    QStringList lines;
    for (const KitDiagnostic& error : result.errors)
        lines << error.toString();
    return lines;
}
} // namespace

class TestCommsBlanks : public QObject {
    Q_OBJECT
private slots:
    void undeclaredPlaceholdersAreRequiredText();
    void declaredBlanksKeepTheirTypes();
    void unusedBlankIsAnErrorAtItsName();
    void choiceWithoutChoicesIsAnError();
    void choicesOnATextBlankIsAnError();
    void unknownTypeIsAnError();
    void baselineKitDeclaresTypedBlanks();
};

void TestCommsBlanks::undeclaredPlaceholdersAreRequiredText() {
    const KitLoadResult result = KitLoader::load(test::dataFile(u"kits/good/minimal.yaml"_s));
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    const QList<CommsBlank> blanks = result.kit->comms.first().allBlanks();
    QCOMPARE(blanks.size(), 2);
    QCOMPARE(blanks[0].name, u"service"_s);
    QCOMPARE(blanks[1].name, u"name"_s);
    for (const CommsBlank& blank : blanks) {
        QCOMPARE(blank.type, BlankType::Text);
        QVERIFY(blank.required);
        QVERIFY(!blank.declared);
        QCOMPARE(blank.label, blank.name);
    }
}

void TestCommsBlanks::declaredBlanksKeepTheirTypes() {
    const KitLoadResult result = withBlanks("      - {name: name, label: Whom, type: choice, choices: [a, b], "
                                            "required: false, help: Pick one}\n");
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    const QList<CommsBlank> blanks = result.kit->comms.first().allBlanks();
    QCOMPARE(blanks.size(), 2);
    QCOMPARE(blanks[0].type, BlankType::Text); // service: not declared
    const CommsBlank& name = blanks[1];
    QCOMPARE(name.label, u"Whom"_s);
    QCOMPARE(name.type, BlankType::Choice);
    QCOMPARE(name.choices, (QStringList{u"a"_s, u"b"_s}));
    QVERIFY(!name.required);
    QCOMPARE(name.help, u"Pick one"_s);
    QVERIFY(name.declared);
}

void TestCommsBlanks::unusedBlankIsAnErrorAtItsName() {
    const KitLoadResult result = withBlanks("      - {name: nobody, type: text}\n");
    QVERIFY(!result.ok());
    QCOMPARE(errorLines(result),
             QStringList{u"blanks.yaml:43:16: error: blank 'nobody' is declared but neither the subject nor the body "
                         "uses {{nobody}}; remove it or use it"_s});
}

void TestCommsBlanks::choiceWithoutChoicesIsAnError() {
    const KitLoadResult result = withBlanks("      - name: name\n        type: choice\n");
    QVERIFY(!result.ok());
    QCOMPARE(errorLines(result),
             QStringList{u"blanks.yaml:44:15: error: blank 'name' is a choice and must list its 'choices'"_s});
}

void TestCommsBlanks::choicesOnATextBlankIsAnError() {
    const KitLoadResult result = withBlanks("      - {name: name, choices: [a]}\n");
    QVERIFY(!result.ok());
    QCOMPARE(errorLines(result), QStringList{u"blanks.yaml:43:31: error: blank 'name' has 'choices' but its type is "
                                             "'text'; only a 'choice' blank has choices"_s});
}

void TestCommsBlanks::unknownTypeIsAnError() {
    const KitLoadResult result = withBlanks("      - {name: name, type: date}\n");
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(
        result.errors.first().message.contains(u"'type' must be one of: text, multiline, datetime, number, choice"_s),
        qPrintable(result.errors.first().message));
    QCOMPARE(result.errors.first().where.line, 43);
}

void TestCommsBlanks::baselineKitDeclaresTypedBlanks() {
    const KitLoadResult result = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    // The three updates owed from the start, then the nine regulator reports (docs/regulator-clocks.md).
    QCOMPARE(result.kit->comms.size(), 12);
    for (const CommsTemplate& comms : result.kit->comms.mid(0, 3)) {
        // Every placeholder of the baseline is declared, so the wizard asks in words, not in names.
        for (const CommsBlank& blank : comms.allBlanks())
            QVERIFY2(blank.declared, qPrintable(comms.id + u": "_s + blank.name));
    }
    const CommsTemplate& regulator = result.kit->comms[1];
    QCOMPARE(regulator.id, u"regulator-update"_s);
    const auto typeOf = [&](const QString& name) {
        for (const CommsBlank& blank : regulator.allBlanks())
            if (blank.name == name)
                return blankTypeId(blank.type);
        return QString();
    };
    QCOMPARE(typeOf(u"decided_at"_s), u"datetime"_s);
    QCOMPARE(typeOf(u"affected_count"_s), u"number"_s);
    QCOMPARE(typeOf(u"data_categories"_s), u"choice"_s);
    QCOMPARE(typeOf(u"summary"_s), u"multiline"_s);
}

QTEST_GUILESS_MAIN(TestCommsBlanks)
#include "TestCommsBlanks.moc"
