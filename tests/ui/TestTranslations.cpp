#include "AuditLog.h"
#include "Clock.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace turnback;

/// The German translation is compiled in and actually reaches the main window.
class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void germanCatalogueIsEmbedded();
    void mainWindowSpeaksGerman();
};

void TestTranslations::germanCatalogueIsEmbedded() {
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("turnback"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QVERIFY(!translator.isEmpty());
}

void TestTranslations::mainWindowSpeaksGerman() {
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/turnback_de.qm")));
    QApplication::installTranslator(&translator);

    test::ScratchDir scratch;
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(scratch.file(QStringLiteral("audit.sqlite"))));
    MainWindow window(log, clock, QStringLiteral("tester"));
    QVERIFY(window.openKit(QStringLiteral(":/kits/baseline.yaml")));

    const QList<QAction*> menus = window.menuBar()->actions();
    QCOMPARE(menus.at(0)->text(), QStringLiteral("&Datei"));
    QCOMPARE(menus.at(1)->text(), QStringLiteral("&R\u00fccknahme"));
    QCOMPARE(menus.at(3)->text(), QStringLiteral("&Hilfe")); // after View
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("kitTabs"));
    // The start screen comes first; the kit's parts follow it.
    const int rubric = tabs->indexOf(window.findChild<QWidget*>(QStringLiteral("rubricTable")));
    QCOMPARE(rubric, 1);
    QCOMPARE(tabs->tabText(rubric), QStringLiteral("R&ubrik"));
    QCOMPARE(tabs->tabText(rubric + 1), QStringLiteral("&Kommunikationspakete"));
    // The rubric model's column headers are translated too (they live in model/).
    QCOMPARE(window.findChild<QAbstractItemView*>(QStringLiteral("rubricTable"))
                 ->model()
                 ->headerData(0, Qt::Horizontal)
                 .toString(),
             QStringLiteral("Signal"));
    QCOMPARE(window.findChild<QAbstractItemView*>(QStringLiteral("rubricTable"))
                 ->model()
                 ->headerData(3, Qt::Horizontal)
                 .toString(),
             QStringLiteral("Verantwortlich"));
    QApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
