// The report window driven with the keyboard alone, offscreen: every tab by its mnemonic, missed timers
// in red with their margin, the gaps marked, the chart, the trainer's fields typed and recorded into the
// log as exercise.review (latest wins), a read-only window that shows them without editing, Export PDF.
#include "AarFixtures.h"
#include "ClickRecorder.h"
#include "FileDialogs.h"
#include "ReportWindow.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace turnback;
using namespace turnback::test;

namespace {

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void type(const QString& text) {
    QWidget* target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClicks(target, text);
}

} // namespace

class TestReportWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<ScriptedExercise> m_run;
    std::unique_ptr<ReportWindow> m_window;
    QList<AuditRecord> m_recorded;

    template <typename T> T* find(const char* name) const { return m_window->findChild<T*>(QString::fromLatin1(name)); }

    void open(bool recording) {
        ReportWindow::Recorder recorder;
        if (recording)
            recorder = [this](const QString& kind, const QString& target, const QJsonObject& payload) {
                const auto row = m_run->bench.log.append({QStringLiteral("Trainer"), kind, target, {}, payload});
                if (row)
                    m_recorded.append(*row);
                return row.has_value();
            };
        m_window = std::make_unique<ReportWindow>(m_run->bench.dbPath(), m_run->id, &m_run->kit, recorder);
        QVERIFY2(m_window->load(), qPrintable(m_window->errorString()));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

private slots:
    void init() {
        m_run = std::make_unique<ScriptedExercise>();
        QVERIFY(m_run->write(false)); // the log stays open: it is the console's own
        m_recorded.clear();
    }
    void cleanup() {
        m_window.reset();
        m_run.reset();
    }

    void tabsTimersInjectsAndChartByKeyboard() {
        open(true);
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("EXERCISE")));
        QVERIFY(find<QLabel>("reportExerciseBanner")->isVisible());
        auto* tabs = find<QTabWidget>("reportTabs");
        press(Qt::Key_I, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        auto* timers = find<QTableWidget>("reportTimers");
        QCOMPARE(timers->rowCount(), 12 + 5); // with the baseline's five pre-release gates
        int missed = 0;
        for (int row = 0; row < timers->rowCount(); ++row) {
            const QString outcome = timers->item(row, 7)->text();
            const bool red = timers->item(row, 7)->foreground().color() == QColor(176, 0, 0);
            // Missed in red and in words (never colour alone), with the margin beside it; a timer still
            // running at the end ("never; ... left at the end") is open, not missed, and not red.
            QCOMPARE(red, outcome.startsWith(QLatin1String("MISSED")));
            missed += red ? 1 : 0;
            if (timers->item(row, 1)->text() == kDataLoss)
                QCOMPARE(timers->item(row, 6)->text(), QStringLiteral("-30"));
        }
        // data-loss, regulator-inquiry, regulator-update, gdpr, verify-snapshot, restrict-access, and the
        // five gates nobody signed off in this drill
        QCOMPARE(missed, 6 + 5);

        press(Qt::Key_J, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), 2);
        auto* injects = find<QTableWidget>("reportInjects");
        int gaps = 0;
        for (int row = 0; row < injects->rowCount(); ++row)
            gaps += injects->item(row, 0)->text() == QLatin1String("GAP") ? 1 : 0;
        QCOMPARE(gaps, 5);
        QVERIFY(find<QLabel>("reportScore")->text().contains(QStringLiteral("3 of 8")));

        press(Qt::Key_L, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), 3);
        QCOMPARE(find<QChartView>("reportChart")->chart()->series().size(), 3);
        press(Qt::Key_O, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), 0);
    }

    void everyWidgetOnEveryTabHasAName() {
        // Every click is recorded by the widget's objectName path: none may be "[QWidget]".
        open(true);
        auto* tabs = find<QTabWidget>("reportTabs");
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QStringList unnamed;
            for (QWidget* w : m_window->findChildren<QWidget*>())
                if (w->isVisible() && ClickRecorder::objectPath(w).contains(QLatin1Char('[')))
                    unnamed << ClickRecorder::objectPath(w);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        }
    }

    void trainerTypesAndRecordsTheReview() {
        open(true);
        press(Qt::Key_V, Qt::AltModifier);
        QCOMPARE(find<QTabWidget>("reportTabs")->currentIndex(), 4);
        press(Qt::Key_S, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("reportStrengths"));
        type(QStringLiteral("Fast first decision"));
        press(Qt::Key_M, Qt::AltModifier);
        type(QStringLiteral("Tell the regulator sooner"));
        press(Qt::Key_A, Qt::AltModifier); // a plan row, its first cell current
        QTRY_COMPARE(find<QTableWidget>("reportPlan")->rowCount(), 1);
        press(Qt::Key_N, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("reportPlan"));
        // The first key opens the cell's editor; the rest go to it. Tab moves to the next cell's editor.
        type(QStringLiteral("A"));
        type(QStringLiteral("dd a GDPR reminder"));
        press(Qt::Key_Tab);
        type(QStringLiteral("policy-lead"));
        press(Qt::Key_Tab);
        type(QStringLiteral("2026-04-30"));
        press(Qt::Key_Return);
        press(Qt::Key_T, Qt::AltModifier);
        type(QStringLiteral("Good room."));
        press(Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(m_recorded.size(), 1); // a button's mnemonic clicks it after its short animation
        QCOMPARE(m_recorded.first().kind, QStringLiteral("exercise.review"));
        QCOMPARE(m_recorded.first().incident, QString()); // console-level, about the reversal
        QCOMPARE(m_recorded.first().target, m_run->id);
        // The window was built again from the log: what it shows is what the record says.
        const auto& review = m_window->report().review;
        QVERIFY(review);
        QCOMPARE(review->strengths, QStringList{QStringLiteral("Fast first decision")});
        QCOMPARE(review->improvements, QStringList{QStringLiteral("Tell the regulator sooner")});
        QCOMPARE(review->plan.size(), 1);
        QCOMPARE(review->plan.first().action, QStringLiteral("Add a GDPR reminder"));
        QCOMPARE(review->plan.first().owner, QStringLiteral("policy-lead"));
        QCOMPARE(review->plan.first().due, QStringLiteral("2026-04-30"));
        QCOMPARE(review->notes, QStringLiteral("Good room."));
        // Recording again with nothing changed records nothing.
        press(Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(find<QLabel>("reportReviewState")->text().startsWith(QStringLiteral("Nothing changed")));
        QCOMPARE(m_recorded.size(), 1);
        // A second review replaces the first on screen; both stay in the log.
        press(Qt::Key_T, Qt::AltModifier);
        press(Qt::Key_End, Qt::ControlModifier);
        type(QStringLiteral(" Second look."));
        press(Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(m_recorded.size(), 2);
        QCOMPARE(m_window->report().earlierReviews, 1);
        QCOMPARE(m_window->report().review->notes, QStringLiteral("Good room. Second look."));
    }

    void anEmptyReviewIsNotRecorded() {
        open(true);
        press(Qt::Key_V, Qt::AltModifier);
        press(Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(find<QLabel>("reportReviewState")->text().startsWith(QStringLiteral("Nothing to record")));
        QVERIFY(m_recorded.isEmpty());
    }

    void readOnlyShowsTheReviewWithoutEditing() {
        events::ExerciseReview review{m_run->id, {QStringLiteral("calm")}, {}, {}, QStringLiteral("noted")};
        QVERIFY(m_run->bench.log.append({QStringLiteral("Trainer"), review.kind, m_run->id, {}, review.toJson()}));
        m_run->bench.log.close();
        const QStringList before = folderState(m_run->bench.dir.path());
        open(false);
        QVERIFY(!m_window->canRecord());
        QCOMPARE(find<QPlainTextEdit>("reportStrengths")->toPlainText(), QStringLiteral("calm"));
        QVERIFY(find<QPlainTextEdit>("reportStrengths")->isReadOnly());
        QVERIFY(find<QPlainTextEdit>("reportNotes")->isReadOnly());
        QVERIFY(!find<QPushButton>("reportRecordReviewButton")->isVisible());
        m_window.reset();
        QCOMPARE(folderState(m_run->bench.dir.path()), before);
    }

    void exportPdfByKeyboard() {
        open(true);
        ScratchDir out;
        const QString pdf = out.file(QStringLiteral("aar.pdf"));
        FileDialogs::setNextAnswer({pdf});
        press(Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(QFile::exists(pdf)); // a button's mnemonic clicks it after its short animation
        QFile file(pdf);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(m_window->errorString()));
        QVERIFY(file.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestReportWindow)
#include "TestReportWindow.moc"
