#include "EveryClickWalk.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace turnback::test;

/// Every click (EveryClickWalk.h), over all the walks: ctest runs each test_every_click_<part> first
/// (FIXTURES_SETUP every_click), each leaves what it saw and clicked, and this checks the whole.
class TestEveryClickCoverage : public QObject {
    Q_OBJECT
private slots:
    void everyControlSeenWasClicked();

private:
    EveryClickCoverage mergedCoverage();
};

/// What every walk saw and clicked, together; a walk that left nothing (not run, or did not finish) fails.
EveryClickCoverage TestEveryClickCoverage::mergedCoverage() {
    EveryClickCoverage all;
    const QStringList parts = QStringLiteral(EVERY_CLICK_PARTS).split(QLatin1Char(','));
    for (const QString& part : parts) {
        QFile file(coverageFile(part));
        if (!file.open(QIODevice::ReadOnly)) {
            QTest::qFail(
                qPrintable(QStringLiteral("%1 left no coverage at %2: run it first (ctest -R test_every_click)")
                               .arg(part, file.fileName())),
                __FILE__, __LINE__);
            return all;
        }
        all.merge(EveryClickCoverage::fromJson(QJsonDocument::fromJson(file.readAll()).object()));
    }
    return all;
}

void TestEveryClickCoverage::everyControlSeenWasClicked() {
    const EveryClickCoverage coverage = mergedCoverage();
    if (QTest::currentTestFailed())
        return;
    // Every control seen in any state was clicked in some state (one disabled everywhere is a dead control).
    QStringList missed;
    for (auto it = coverage.seen.cbegin(); it != coverage.seen.cend(); ++it)
        if (!coverage.clicked.contains(it.key()))
            missed << QStringLiteral("%1 (in %2)").arg(it.key(), it.value());
    missed.sort();
    QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("never clicked:\n  ") + missed.join(QStringLiteral("\n  "))));

    // And every item view was clicked on a row at least once, not only on empty space.
    QStringList rowless;
    for (const QString& view : std::as_const(coverage.itemViewsSeen))
        if (!coverage.viewsWithCellClicks.contains(view))
            rowless << view;
    rowless.sort();
    QVERIFY2(rowless.isEmpty(),
             qPrintable(QStringLiteral("never clicked on a row:\n  ") + rowless.join(QStringLiteral("\n  "))));

    qInfo("every click: %d windows and dialogs opened (%d visits), %d interactive controls, %d clicks verified "
          "against their ui.click rows",
          int(coverage.windowsSeen.size()), coverage.episodes, int(coverage.seen.size()), coverage.verifiedClicks);
    // The walks open at least: main window, About, signing key, Start, import problems, Decision, Hand-over,
    // Close, Kit error.
    QVERIFY(coverage.windowsSeen.size() >= 9);
}

QTEST_MAIN(TestEveryClickCoverage)
#include "TestEveryClickCoverage.moc"
