// The review window with the keyboard only (docs/review.md, docs/keyboard.md): choose a reversal in
// the list, filter the timeline by text, jump to a time, read the chosen row in the detail pane, ask
// what the console showed at an instant, and see the verification badge say what `audit verify` says.

#include "AuditVerificationText.h"
#include "ExerciseBanner.h"
#include "FocusKeys.h"
#include "ReviewFixtures.h"
#include "ReviewTimelineModel.h"
#include "ReviewVerification.h"
#include "ReviewWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace turnback;
using namespace turnback::test;

class TestReviewWindow : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void chooseFilterJumpAndReadWithTheKeyboard();
    void theConsoleAtAnInstantWithTheKeyboard();
    void theBadgeSaysWhatAuditVerifySays();
    void sortsByActorAndKindFromTheKeyboardAndTheHeader();
    void anExerciseShowsTheExerciseBanner();

private:
    std::unique_ptr<ReviewLog> m_log;
    std::unique_ptr<ReviewWindow> m_window;
    template <typename T> T* find(const char* name) const { return m_window->findChild<T*>(QString::fromLatin1(name)); }
};

void TestReviewWindow::init() {
    m_log = std::make_unique<ReviewLog>();
    QVERIFY(m_log->write());
    m_window = std::make_unique<ReviewWindow>(&m_log->bench.kit);
    QVERIFY2(m_window->openLog(m_log->bench.dbPath()), qPrintable(m_window->errorString()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
}

void TestReviewWindow::cleanup() {
    m_window.reset();
    m_log.reset();
}

void TestReviewWindow::chooseFilterJumpAndReadWithTheKeyboard() {
    auto* list = find<QTreeWidget>("reversalList");
    list->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), list);
    // The list: "LIVE reversals (1)", the live one, "EXERCISES, not live (1)", the drill.
    press(Qt::Key_Home);
    press(Qt::Key_Down);
    QCOMPARE(list->currentItem()->text(6), m_log->liveId);
    auto* timeline = find<QTableView>("reviewTimeline");
    QCOMPARE(timeline->model()->rowCount(), ReviewTimelineModel::kPageSize);

    // Alt+X: the text filter. Typing narrows the timeline (Return applies at once).
    press(Qt::Key_X, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("textFilter"));
    type(QStringLiteral("snapshot"));
    press(Qt::Key_Return);
    QCOMPARE(timeline->model()->rowCount(), 1);
    QCOMPARE(timeline->model()->index(0, ReviewTimelineModel::KindColumn).data().toString(),
             EventKind::DecisionRecorded);
    // Into the table, choose the row: the detail pane shows the full payload and the hashes.
    press(Qt::Key_Tab);
    while (QApplication::focusWidget() != timeline)
        press(Qt::Key_Tab);
    press(Qt::Key_Home, Qt::ControlModifier);
    QTRY_VERIFY(
        find<QTextBrowser>("detailPane")->toPlainText().contains(QLatin1String("Restore from the 50% snapshot")));
    QVERIFY(find<QTextBrowser>("detailPane")->toPlainText().contains(QLatin1String("\"decision\": \"carry-out\"")));

    // Clear the filter; Alt+K: kind filter to decisions.
    press(Qt::Key_X, Qt::AltModifier);
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Backspace);
    press(Qt::Key_Return);
    press(Qt::Key_K, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), find<QComboBox>("kindFilter"));
    press(Qt::Key_Down); // "Decisions"
    QCOMPARE(timeline->model()->rowCount(), 3);
    press(Qt::Key_Up); // back to every kind
    QCOMPARE(timeline->model()->rowCount(), ReviewTimelineModel::kPageSize);

    // Alt+J: jump to 09:35 local (UTC in tests). The row selected is the first at or after it.
    press(Qt::Key_J, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("jumpTime"));
    type(QStringLiteral("09:35"));
    press(Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), timeline);
    const QModelIndex current = timeline->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(ReviewTimelineModel::AtRole).toDateTime(), at(35 * kMinute));
    QVERIFY(current.row() > 0); // the rows before it are there to scroll up to
    QCOMPARE(timeline->model()->index(current.row() - 1, 0).data(ReviewTimelineModel::AtRole).toDateTime(),
             at(35 * kMinute - kSecond));
    QTRY_VERIFY(find<QTextBrowser>("detailPane")->toPlainText().contains(utcText(35 * kMinute)));

    // Newest first (Alt+S).
    press(Qt::Key_S, Qt::AltModifier);
    press(Qt::Key_Down);
    QCOMPARE(timeline->model()->index(0, ReviewTimelineModel::KindColumn).data().toString(), EventKind::ReversalClosed);

    // The exercise is listed apart.
    list->setFocus();
    press(Qt::Key_End);
    QCOMPARE(list->currentItem()->text(6), m_log->exerciseId);
    QVERIFY(list->currentItem()->parent()->text(0).contains(QLatin1String("EXERCISE")));
}

void TestReviewWindow::theConsoleAtAnInstantWithTheKeyboard() {
    QVERIFY(m_window->chooseReversal(m_log->liveId));
    find<QTreeWidget>("reversalList")->setFocus();
    press(Qt::Key_C, Qt::AltModifier); // the "Console at an instant" tab
    QCOMPARE(find<QTabWidget>("reviewTabs")->currentIndex(), 1);
    press(Qt::Key_I, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("consoleTime"));
    type(QStringLiteral("09:05:30"));
    press(Qt::Key_Return);
    const QString shown = find<QTextBrowser>("consoleView")->toPlainText();
    // At 9:05:30 the P1 item (Stop) is open and the hold on error rate is in: the level is Stop.
    QVERIFY2(shown.contains(QStringLiteral("Level: %1").arg(m_log->bench.kit.levelLabel(Level::Stop))),
             qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("TRIGGERED")), qPrintable(shown));
}

void TestReviewWindow::theBadgeSaysWhatAuditVerifySays() {
    auto* badge = find<QLabel>("verificationBadge");
    QTRY_VERIFY_WITH_TIMEOUT(badge->text().startsWith(QLatin1String("VERIFIED")), 20000);
    const QStringList lines = auditVerificationLines(QDir::toNativeSeparators(m_log->bench.dbPath()),
                                                     AuditVerifier::verify(m_log->bench.dbPath()));
    for (const QString& line : lines)
        QVERIFY2(badge->text().contains(line), qPrintable(badge->text()));
    // On demand: Alt+V verifies again (the button's mnemonic clicks it a moment later).
    auto* verification = m_window->findChild<ReviewVerification*>();
    QVERIFY(verification);
    QSignalSpy again(verification, &ReviewVerification::finished);
    find<QTreeWidget>("reversalList")->setFocus();
    press(Qt::Key_V, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(again.size(), 1, 20000);
    QVERIFY(badge->text().startsWith(QLatin1String("VERIFIED")));
}

void TestReviewWindow::sortsByActorAndKindFromTheKeyboardAndTheHeader() {
    QVERIFY(m_window->chooseReversal(m_log->liveId));
    auto* timeline = find<QTableView>("reviewTimeline");
    auto* model = qobject_cast<ReviewTimelineModel*>(timeline->model());
    QVERIFY(model);
    auto* status = find<QLabel>("timelineStatus");
    // Alt+S, then "Actor A to Z" (two down from "Oldest first"): grouped by actor once indexed.
    find<QTreeWidget>("reversalList")->setFocus();
    press(Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), find<QComboBox>("sortOrder"));
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    QCOMPARE(model->sortKey(), ReviewSort::Actor);
    QTRY_VERIFY_WITH_TIMEOUT(model->hasIndex(), 20000);
    QVERIFY(!model->isSortPending());
    // Every row of the live reversal: the fixture's rows, its 450 extra observations, and the role change.
    QVERIFY2(status->text().contains(QLatin1String("Matching events: 473")), qPrintable(status->text()));
    QCOMPARE(timeline->horizontalHeader()->sortIndicatorSection(), int(ReviewTimelineModel::ActorColumn));
    while (model->canFetchMore())
        model->fetchMore();
    const auto actorAt = [model](int row) {
        return model->index(row, ReviewTimelineModel::ActorColumn).data().toString();
    };
    QVERIFY(QString::compare(actorAt(0), actorAt(model->rowCount() - 1), Qt::CaseInsensitive) < 0);

    // A click on the Kind column's header: by kind, A to Z; again: Z to A.
    QHeaderView* header = timeline->horizontalHeader();
    const QPoint kind(header->sectionViewportPosition(ReviewTimelineModel::KindColumn) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, kind);
    QCOMPARE(model->sortKey(), ReviewSort::Kind);
    QVERIFY(!model->isDescending());
    QCOMPARE(find<QComboBox>("sortOrder")->currentIndex(), 4);
    const QString firstKind = model->index(0, ReviewTimelineModel::KindColumn).data().toString();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, kind);
    QVERIFY(model->isDescending());
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(QString::compare(model->index(0, ReviewTimelineModel::KindColumn).data().toString(), firstKind,
                             Qt::CaseInsensitive) > 0);
}

/// An exercise chosen in the list: the live console's EXERCISE banner (same words, same widget) across
/// the top and EXERCISE in the title; a live reversal chosen after it in the same window: neither.
void TestReviewWindow::anExerciseShowsTheExerciseBanner() {
    auto* banner = find<QLabel>("exerciseBanner");
    QVERIFY(banner);
    QCOMPARE(banner->text(), ExerciseBanner().text());
    QVERIFY(banner->text().startsWith(QLatin1String("EXERCISE")));
    // Opened on the live reversal (listed first): no banner.
    QVERIFY(!banner->isVisible());
    QVERIFY(!m_window->windowTitle().contains(QLatin1String("EXERCISE")));

    auto* list = find<QTreeWidget>("reversalList");
    list->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), list);
    press(Qt::Key_End);
    QCOMPARE(list->currentItem()->text(6), m_log->exerciseId);
    QVERIFY(banner->isVisible());
    // Unmissable: across the whole window, above everything else, tall enough to read.
    QVERIFY(banner->width() > m_window->width() * 9 / 10);
    QVERIFY(banner->height() >= banner->fontMetrics().height());
    QVERIFY(banner->mapTo(m_window.get(), QPoint(0, 0)).y() <
            find<QLabel>("verificationBadge")->mapTo(m_window.get(), QPoint(0, 0)).y());
    QVERIFY(m_window->windowTitle().startsWith(QLatin1String("EXERCISE")));

    QVERIFY(m_window->chooseReversal(m_log->liveId));
    QVERIFY(!banner->isVisible());
    QVERIFY(!m_window->windowTitle().contains(QLatin1String("EXERCISE")));
}

QTEST_MAIN(TestReviewWindow)
#include "TestReviewWindow.moc"
