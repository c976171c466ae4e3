#include <QTest>
class TestKitOverlay : public QObject {
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestKitOverlay)
#include "TestKitOverlay.moc"
