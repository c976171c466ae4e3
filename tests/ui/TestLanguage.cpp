#include "ConsoleWindowFixture.h"
#include "Language.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTranslator>

using namespace turnback;

/// The interface language: Qt's own strings in German, the choice offered in View > Language and
/// remembered, and --lang before everything else.
class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void cleanup();
    void qtsOwnStringsSpeakGerman();
    void theOptionBeatsTheSavedChoice();
    void viewLanguageRemembersTheChoiceForTheNextStart();
};

void TestLanguage::cleanup() {
    Language::save(QString());
    QLocale::setDefault(QLocale::c());
}

void TestLanguage::qtsOwnStringsSpeakGerman() {
    const QList<QTranslator*> installed = Language::install(QStringLiteral("de"), this);
    QCOMPARE(installed.size(), 2); // turnback_de and Qt's qtbase_de (package qt6-translations-l10n)
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Yes);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));
    QCOMPARE(buttons.button(QDialogButtonBox::Yes)->text().remove(QLatin1Char('&')), QStringLiteral("Ja"));
    QCOMPARE(QLocale().language(), QLocale::German);
    for (QTranslator* translator : installed)
        QCoreApplication::removeTranslator(translator);
    qDeleteAll(installed);
}

void TestLanguage::theOptionBeatsTheSavedChoice() {
    QCOMPARE(Language::fromArguments({QStringLiteral("turnback"), QStringLiteral("--lang"), QStringLiteral("de")}),
             QStringLiteral("de"));
    QCOMPARE(Language::fromArguments({QStringLiteral("turnback"), QStringLiteral("--lang=en")}), QStringLiteral("en"));
    QCOMPARE(Language::fromArguments({QStringLiteral("turnback"), QStringLiteral("--db"), QStringLiteral("x")}),
             QString());
    QCOMPARE(Language::choose(QStringLiteral("en"), QStringLiteral("de")), QStringLiteral("en"));
    QCOMPARE(Language::choose(QString(), QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(Language::choose(QString(), QString()), QString()); // the system's
    QVERIFY(!Language::isAvailable(QStringLiteral("xx")));
}

void TestLanguage::viewLanguageRemembersTheChoiceForTheNextStart() {
    test::ConsoleWindowFixture f;
    QVERIFY(f.open());
    auto* german = f.window->findChild<QAction*>(QStringLiteral("languageAction-de"));
    QVERIFY(german);
    QVERIFY(german->isCheckable());
    QVERIFY2(german->text().contains(QStringLiteral("Deutsch")), qPrintable(german->text()));
    german->trigger();
    QCOMPARE(Language::saved(), QStringLiteral("de"));
    // Said plainly: nothing on screen changes language until the next start.
    QVERIFY2(f.window->statusBar()->currentMessage().contains(QStringLiteral("next start")),
             qPrintable(f.window->statusBar()->currentMessage()));
    f.window->findChild<QAction*>(QStringLiteral("languageAction-system"))->trigger();
    QCOMPARE(Language::saved(), QString());
    f.close();
}

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
