#include "KitLoader.h"
#include "RubricTableModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace turnback;

class TestRubricTableModel : public QObject {
    Q_OBJECT
private slots:
    void emptyModelHasNoRows();
    void showsTheBaselineRubricAsTheBriefWordsIt();
    void typedRolesCarryRawValues();
    void setKitResetsTheModel();
};

void TestRubricTableModel::emptyModelHasNoRows() {
    RubricTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Signal"));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Timer"));
}

void TestRubricTableModel::showsTheBaselineRubricAsTheBriefWordsIt() {
    const KitLoadResult loaded = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    QVERIFY(loaded.ok());
    RubricTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKit(*loaded.kit);
    QCOMPARE(model.rowCount(), 4);

    const QList<QList<const char*>> expected = {
        {"Error rate spike", ">5% of traffic for 2 min", "Slow (canary only)", "Engineering lead", "5 min"},
        {"P1 count", ">3 P1s in 1 hr", "Stop (halt deploy)", "Incident commander", "2 min"},
        {"User-facing data loss", "Any confirmed loss", "Reverse (roll back)", "Service owner", "Immediate"},
        {"Regulator inquiry received", "Any", "Reverse (roll back)", "Policy lead", "Immediate"},
    };
    for (int row = 0; row < 4; ++row)
        for (int column = 0; column < 5; ++column)
            QCOMPARE(model.index(row, column).data().toString(), QString::fromUtf8(expected[row][column]));
}

void TestRubricTableModel::typedRolesCarryRawValues() {
    const KitLoadResult loaded = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    QVERIFY(loaded.ok());
    RubricTableModel model;
    model.setKit(*loaded.kit);
    const QModelIndex errorRate = model.index(0, RubricTableModel::ActionColumn);
    QCOMPARE(errorRate.data(RubricTableModel::SignalIdRole).toString(), QStringLiteral("error-rate"));
    QCOMPARE(errorRate.data(RubricTableModel::LevelRole).toInt(), int(Level::Slow));
    QCOMPARE(errorRate.data(RubricTableModel::TimerMsRole).toLongLong(), 5 * 60 * 1000LL);
    QCOMPARE(errorRate.data(RubricTableModel::OwnerRoleIdRole).toString(), QStringLiteral("engineering-lead"));
    QCOMPARE(model.index(3, 0).data(RubricTableModel::SignalIdRole).toString(), QStringLiteral("regulator-inquiry"));
    QCOMPARE(model.index(3, 0).data(RubricTableModel::LevelRole).toInt(), int(Level::Reverse));
    // Severity is tinted in the Action column, always next to the level's words.
    QVERIFY(errorRate.data(Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(!model.index(0, RubricTableModel::SignalColumn).data(Qt::BackgroundRole).isValid());
}

void TestRubricTableModel::setKitResetsTheModel() {
    const KitLoadResult loaded = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    QVERIFY(loaded.ok());
    RubricTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setKit(*loaded.kit);
    QCOMPARE(reset.count(), 1);
    model.setKit(Kit());
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRubricTableModel)
#include "TestRubricTableModel.moc"
