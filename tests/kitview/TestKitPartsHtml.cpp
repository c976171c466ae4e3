#include "KitLoader.h"
#include "KitPartsHtml.h"
#include "TestSupport.h"

#include <QTest>
#include <QTextDocument>

using namespace turnback;

class TestKitPartsHtml : public QObject {
    Q_OBJECT
private slots:
    void everyPartOfTheBaselineIsShown();
    void kitTextIsEscaped();
    void emptyPartsSaySo();
    void regulatorTemplatesAreNotShownAsOwedImmediately();

private:
    static QString plain(const QString& html) {
        QTextDocument document;
        document.setHtml(html);
        return document.toPlainText();
    }
};

void TestKitPartsHtml::everyPartOfTheBaselineIsShown() {
    const KitLoadResult loaded = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    QVERIFY(loaded.ok());
    const Kit& kit = *loaded.kit;
    const QString comms = plain(KitPartsHtml::comms(kit));
    for (const CommsTemplate& c : kit.comms) {
        QVERIFY2(comms.contains(c.title), qPrintable(c.title));
        QVERIFY2(comms.contains(c.recipient), qPrintable(c.recipient));
    }
    const QString data = plain(KitPartsHtml::dataHandling(kit));
    for (const DataProcedure& p : kit.dataProcedures)
        for (const DataStep& step : p.steps)
            QVERIFY2(data.contains(step.text.simplified().left(40)), qPrintable(step.text));
    QVERIFY(data.contains(QStringLiteral("CHECKPOINT")));
    const QString stages = plain(KitPartsHtml::stages(kit));
    for (const StageChecklist& s : kit.stages)
        QVERIFY2(stages.contains(s.title), qPrintable(s.title));
    const QString impact = plain(KitPartsHtml::impact(kit));
    for (const ImpactPrompt& p : kit.impactPrompts)
        QVERIFY2(impact.contains(p.question.simplified().left(40)), qPrintable(p.question));
    const QString roles = plain(KitPartsHtml::roles(kit));
    QVERIFY(roles.contains(QStringLiteral("Incident commander")));
}

void TestKitPartsHtml::kitTextIsEscaped() {
    Kit kit;
    CommsTemplate c;
    c.title = QStringLiteral("<script>alert(1)</script>");
    c.body = QStringLiteral("Dear {{customer}} & co");
    kit.comms << c;
    const QString html = KitPartsHtml::comms(kit);
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(plain(html).contains(QStringLiteral("Dear {{customer}} & co")));
    QVERIFY(plain(html).contains(QStringLiteral("customer")));
}

void TestKitPartsHtml::emptyPartsSaySo() {
    const Kit empty;
    QVERIFY(plain(KitPartsHtml::comms(empty)).contains(QStringLiteral("no comms packs")));
    QVERIFY(plain(KitPartsHtml::dataHandling(empty)).contains(QStringLiteral("no data-handling")));
    QVERIFY(plain(KitPartsHtml::stages(empty)).contains(QStringLiteral("no stage checklists")));
    QVERIFY(plain(KitPartsHtml::impact(empty)).contains(QStringLiteral("no human-impact")));
    QVERIFY(plain(KitPartsHtml::roles(empty)).contains(QStringLiteral("no roles")));
}

void TestKitPartsHtml::regulatorTemplatesAreNotShownAsOwedImmediately() {
    // A regulator report has no `due`: it is owed when its clock says, never "immediately".
    const KitLoadResult loaded = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    QVERIFY(loaded.ok());
    Kit kit = *loaded.kit;
    kit.comms.removeIf([](const CommsTemplate& c) { return c.id != QLatin1String("gdpr-notification"); });
    QCOMPARE(kit.comms.size(), 1);
    const QString text = plain(KitPartsHtml::comms(kit));
    QVERIFY2(!text.contains(QStringLiteral("immediately")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("regulator clock")), qPrintable(text));
}

QTEST_MAIN(TestKitPartsHtml)
#include "TestKitPartsHtml.moc"
