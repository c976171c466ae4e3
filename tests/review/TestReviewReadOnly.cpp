// A review never writes (docs/review.md, "Read-only: not one byte written"): after a whole review session (open, choose
// a reversal, scroll to the end, filter, select rows, ask for the console at an instant, verify, close) the log's
// bytes, and the listing of its folder, are exactly what they were. The same for the verifier alone, and for a log a
// console is still recording into (a -wal beside it), whose newest rows the review must show.

#include "AuditVerifier.h"
#include "ClickRecorder.h"
#include "FileDialogs.h"
#include "MainWindow.h"
#include "ReviewDatabase.h"
#include "ReviewFixtures.h"
#include "ReviewTimelineModel.h"
#include "ReviewWindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace turnback;
using namespace turnback::test;

class TestReviewReadOnly : public QObject {
    Q_OBJECT
private slots:
    void verifyingLeavesTheFolderUnchanged();
    void aReviewSessionLeavesTheFileAndFolderUnchanged();
    void aLogBeingRecordedIsReadWithItsNewestRowsAndNotWritten();
    void somethingElseIsRefusedAndLeftAlone();
    void openedFromAConsoleItsClicksGoToTheConsolesLogAsNavigation();
};

void TestReviewReadOnly::verifyingLeavesTheFolderUnchanged() {
    ReviewLog log;
    QVERIFY(log.write());
    const QString folder = log.bench.dir.path();
    const QStringList before = folderState(folder);
    QVERIFY(!QFileInfo::exists(log.bench.dbPath() + QStringLiteral("-wal")));
    const AuditVerification result = AuditVerifier::verify(log.bench.dbPath());
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(folderState(folder), before);
}

void TestReviewReadOnly::aReviewSessionLeavesTheFileAndFolderUnchanged() {
    ReviewLog log;
    QVERIFY(log.write());
    const QString folder = log.bench.dir.path();
    const QStringList before = folderState(folder);
    {
        ReviewWindow window(&log.bench.kit);
        QVERIFY2(window.openLog(log.bench.dbPath()), qPrintable(window.errorString()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.chooseReversal(log.liveId));
        auto* timeline = window.findChild<QTableView*>(QStringLiteral("reviewTimeline"));
        QVERIFY(timeline);
        // Scroll to the very end: every page is fetched.
        for (int i = 0; i < 20 && timeline->model()->canFetchMore({}); ++i) {
            timeline->verticalScrollBar()->setValue(timeline->verticalScrollBar()->maximum());
            QApplication::processEvents();
        }
        QVERIFY(!timeline->model()->canFetchMore({}));
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(timeline, Qt::Key_Down);
        auto* text = window.findChild<QLineEdit*>(QStringLiteral("textFilter"));
        QTest::keyClicks(text, QStringLiteral("canary"));
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(timeline->model()->rowCount(), 1);
        auto* jump = window.findChild<QLineEdit*>(QStringLiteral("consoleTime"));
        QTest::keyClicks(jump, QStringLiteral("09:05"));
        QTest::keyClick(jump, Qt::Key_Return);
        QVERIFY(window.chooseReversal(log.exerciseId));
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QWidget*>(QStringLiteral("verifyButton"))->isEnabled(), 20000);
        window.close();
    }
    QCOMPARE(folderState(folder), before);
}

void TestReviewReadOnly::aLogBeingRecordedIsReadWithItsNewestRowsAndNotWritten() {
    ReviewLog log;
    QVERIFY(log.write(false)); // the console is still recording: a -wal beside the file
    QVERIFY(QFileInfo::exists(log.bench.dbPath() + QStringLiteral("-wal")));
    QFile file(log.bench.dbPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();

    ReviewDatabase db;
    QVERIFY2(db.open(log.bench.dbPath()), qPrintable(db.errorString()));
    QVERIFY(!db.isImmutable());
    ReviewTimelineModel model;
    model.setSource(&db, log.exerciseId, &log.bench.kit);
    while (model.canFetchMore())
        model.fetchMore();
    // The exercise's last row was written just now and may be only in the WAL: it is shown.
    QCOMPARE(model.seqAt(model.rowCount() - 1), rowsOf(log.bench.log, log.exerciseId).constLast().seq);
    db.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void TestReviewReadOnly::somethingElseIsRefusedAndLeftAlone() {
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("notes.db"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database at all");
    }
    const QStringList before = folderState(dir.path());
    ReviewWindow window(nullptr);
    QVERIFY(!window.openLog(path));
    QVERIFY(!window.errorString().isEmpty());
    QVERIFY(!window.openLog(dir.file(QStringLiteral("missing.db"))));
    QVERIFY(window.errorString().contains(QLatin1String("no audit log")));
    QCOMPARE(folderState(dir.path()), before);
}

void TestReviewReadOnly::openedFromAConsoleItsClicksGoToTheConsolesLogAsNavigation() {
    ReviewLog reviewed;
    QVERIFY(reviewed.write());
    const QStringList before = folderState(reviewed.bench.dir.path());

    // The reviewer's own console, on its own log, recording every click as turnback does.
    ScratchDir own;
    SimulatedClock clock(startInstant());
    AuditLog log(clock);
    QVERIFY(log.open(own.file(QStringLiteral("own.sqlite"))));
    MainWindow window(log, clock, QStringLiteral("Rita"));
    QVERIFY(window.openKit(QStringLiteral(":/kits/baseline.yaml")));
    ClickRecorder recorder([&window](const QString& target, const QJsonObject& detail) {
        window.record(QStringLiteral("ui.click"), target, detail);
    });
    recorder.install();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    FileDialogs::setNextAnswer({reviewed.bench.dbPath()});
    window.findChild<QAction*>(QStringLiteral("openForReviewAction"))->trigger();
    auto* review = window.findChild<ReviewWindow*>();
    QVERIFY(review);
    QVERIFY(QTest::qWaitForWindowExposed(review));
    auto* verify = review->findChild<QPushButton*>(QStringLiteral("verifyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(verify->isEnabled(), 20000);
    const qint64 head = log.headSeq();
    QTest::mouseClick(verify, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(verify->isEnabled(), 20000);
    review->close();
    QApplication::processEvents();

    const QList<AuditRecord> rows = log.records(head + 1);
    QVERIFY(!rows.isEmpty());
    bool sawVerify = false;
    for (const AuditRecord& row : rows) {
        QCOMPARE(row.kind, QStringLiteral("ui.click"));
        QVERIFY2(row.payload.contains(QLatin1String("\"nature\":\"navigation\"")), qPrintable(row.payload));
        sawVerify |= row.target.endsWith(QLatin1String("reviewWindow/central/[QWidget]/verifyButton")) ||
                     row.target.endsWith(QLatin1String("/verifyButton"));
    }
    QVERIFY(sawVerify);
    QCOMPARE(folderState(reviewed.bench.dir.path()), before);
}

QTEST_MAIN(TestReviewReadOnly)
#include "TestReviewReadOnly.moc"
