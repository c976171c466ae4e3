// File > Export evidence pack... in the main window: progress on a worker thread, Cancel that
// leaves nothing under the chosen name, and the question asked when the log has no signing key.
#include "EvidenceExportPicker.h"
#include "EvidenceFixtures.h"
#include "FileDialogs.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "TestPaths.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace turnback;
using namespace turnback::test;

namespace {

/// The reversal picker the export opens first (window-modal, not blocking), once it is up.
void findPicker(QWidget* window, EvidenceExportPicker** picker) {
    auto visiblePicker = [window] {
        const QList<EvidenceExportPicker*> pickers = window->findChildren<EvidenceExportPicker*>();
        for (EvidenceExportPicker* one : pickers)
            if (one->isVisible()) // one closed before may still wait to be deleted
                return one;
        return static_cast<EvidenceExportPicker*>(nullptr);
    };
    QTRY_VERIFY((*picker = visiblePicker()));
}

/// Answers the picker with keys: `keys` (arrows) then Return; what it listed and chose.
void answerPicker(QWidget* window, QList<Qt::Key> keys, QStringList* listed = nullptr, QString* chosen = nullptr) {
    EvidenceExportPicker* picker = nullptr;
    findPicker(window, &picker);
    if (QTest::currentTestFailed())
        return;
    // The list has the focus in the picker (the offscreen platform does not make the dialog the
    // active window, so the keys are sent to it directly).
    auto* list = picker->findChild<QTreeWidget*>(QStringLiteral("evidencePickerList"));
    QVERIFY(list);
    if (listed)
        for (QTreeWidgetItemIterator it(list); *it; ++it)
            *listed << (*it)->text(0);
    for (Qt::Key key : keys)
        QTest::keyClick(list, key);
    if (chosen)
        *chosen = picker->chosen();
    QTest::keyClick(list, Qt::Key_Return);
}

/// The stdlib-only script checks the pack at `zip` and names `incident` as its reversal.
void verifyPackOf(const QString& zip, const QString& incident) {
    const Run verified =
        tool(QStringLiteral("python3"), {QStringLiteral(TURNBACK_SOURCE_DIR "/docs/verify_evidence_pack.py"), zip},
             QFileInfo(zip).path());
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out));
    QVERIFY2(verified.out.contains(incident), qPrintable(verified.out));
}

} // namespace

class TestEvidenceExportUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { MessageBoxes::clearNextAnswer(); }
    void exportsTheReversalWithProgress();
    void cancelLeavesNothingUnderTheName();
    void withoutKeyAsksBeforeAnUnsignedPack();
    void thePickerListsLiveAndExercisesApartAndExportsTheOneChosen();
    void cancellingThePickerExportsNothing();

private:
    /// The result box the export ends with; its text.
    static void resultText(MainWindow& window, QString* text) {
        QMessageBox* box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox*>(QStringLiteral("evidenceResultBox"))), 30'000);
        *text = box->text();
        box->close();
    }
};

void TestEvidenceExportUi::exportsTheReversalWithProgress() {
    EvidenceBench bench;
    QString why;
    QVERIFY2(bench.record(false, &why), qPrintable(why));
    MainWindow window(bench.log, bench.clock, QStringLiteral("dana"));
    window.show();
    ScratchDir out;
    const QString zip = out.file(QStringLiteral("pack.zip"));
    FileDialogs::setNextAnswer({zip});
    window.findChild<QAction*>(QStringLiteral("exportEvidenceAction"))->trigger();
    answerPicker(&window, {});
    // The progress dialog is up while the worker runs; the window stays responsive behind it.
    QTRY_VERIFY(window.findChild<QProgressDialog*>(QStringLiteral("evidenceProgress")));
    QString text;
    resultText(window, &text);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(text.contains(QStringLiteral("written")) && text.contains(bench.key->keyId()), qPrintable(text));
    QTRY_VERIFY(!window.findChild<QProgressDialog*>(QStringLiteral("evidenceProgress")));
    // No reversal on screen: the one started last in the log.
    verifyPackOf(zip, bench.other);
    // A live pack is suggested beside the log under its reversal's id, with no EXERCISE in its name.
    QCOMPARE(FileDialogs::lastSuggestion(),
             QFileInfo(bench.log.path()).absoluteDir().filePath(QStringLiteral("evidence-%1.zip").arg(bench.other)));
}

void TestEvidenceExportUi::cancelLeavesNothingUnderTheName() {
    EvidenceBench bench;
    QString why;
    QVERIFY2(bench.record(false, &why), qPrintable(why));
    MainWindow window(bench.log, bench.clock, QStringLiteral("dana"));
    window.show();
    ScratchDir out;
    const QString zip = out.file(QStringLiteral("pack.zip"));
    FileDialogs::setNextAnswer({zip});
    window.findChild<QAction*>(QStringLiteral("exportEvidenceAction"))->trigger();
    answerPicker(&window, {});
    QProgressDialog* progress = nullptr;
    QTRY_VERIFY((progress = window.findChild<QProgressDialog*>(QStringLiteral("evidenceProgress"))));
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QString text;
    resultText(window, &text);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(text.contains(QStringLiteral("cancelled")), qPrintable(text));
    QVERIFY(!QFile::exists(zip));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestEvidenceExportUi::withoutKeyAsksBeforeAnUnsignedPack() {
    EvidenceBench bench;
    QString why;
    QVERIFY2(bench.record(false, &why), qPrintable(why));
    bench.log.clearSigningKey();
    MainWindow window(bench.log, bench.clock, QStringLiteral("dana"));
    window.show();
    ScratchDir out;
    const QString zip = out.file(QStringLiteral("pack.zip"));
    // No: nothing is asked further, nothing written.
    MessageBoxes::setNextAnswer(QMessageBox::No);
    FileDialogs::setNextAnswer({zip});
    window.findChild<QAction*>(QStringLiteral("exportEvidenceAction"))->trigger();
    answerPicker(&window, {});
    QVERIFY(MessageBoxes::lastAnsweredText().contains(QStringLiteral("No signing key")));
    QVERIFY(!window.findChild<QProgressDialog*>(QStringLiteral("evidenceProgress")));
    QVERIFY(!QFile::exists(zip));
    // Yes: an unsigned pack, said so.
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    window.findChild<QAction*>(QStringLiteral("exportEvidenceAction"))->trigger(); // the file answer is still set
    answerPicker(&window, {});
    QString text;
    resultText(window, &text);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(text.contains(QStringLiteral("UNSIGNED")), qPrintable(text));
    QVERIFY(QFile::exists(zip));
}

// The picker: live reversals and exercises under their own headings, exercises marked, the one on
// screen (here: started last) chosen to begin with; Up chooses the other, and that one is exported.
void TestEvidenceExportUi::thePickerListsLiveAndExercisesApartAndExportsTheOneChosen() {
    EvidenceBench bench;
    QString why;
    QVERIFY2(bench.record(true, &why), qPrintable(why)); // bench.incident is an exercise, bench.other live
    MainWindow window(bench.log, bench.clock, QStringLiteral("dana"));
    window.show();
    ScratchDir out;
    const QString zip = out.file(QStringLiteral("pack.zip"));
    FileDialogs::setNextAnswer({zip});
    QStringList listed;
    QString chosen;
    window.findChild<QAction*>(QStringLiteral("exportEvidenceAction"))->trigger();
    answerPicker(&window, {Qt::Key_Down}, &listed, &chosen); // from the live one down to the exercise
    QString text;
    resultText(window, &text);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(listed, (QStringList{QStringLiteral("LIVE reversals (1)"), QStringLiteral("Search latency"),
                                  QStringLiteral("EXERCISES, not live evidence (1)"),
                                  QStringLiteral("EXERCISE: Checkout v2.3 rollout")}));
    QCOMPARE(chosen, bench.incident);
    QVERIFY2(text.contains(QStringLiteral("EXERCISE pack")), qPrintable(text));
    // An exercise's pack is suggested under a name that starts with EXERCISE, wherever it is copied to.
    QCOMPARE(FileDialogs::lastSuggestion(),
             QFileInfo(bench.log.path())
                 .absoluteDir()
                 .filePath(QStringLiteral("EXERCISE-evidence-%1.zip").arg(bench.incident)));
    verifyPackOf(zip, bench.incident);
}

void TestEvidenceExportUi::cancellingThePickerExportsNothing() {
    EvidenceBench bench;
    QString why;
    QVERIFY2(bench.record(false, &why), qPrintable(why));
    MainWindow window(bench.log, bench.clock, QStringLiteral("dana"));
    window.show();
    ScratchDir out;
    FileDialogs::setNextAnswer({out.file(QStringLiteral("pack.zip"))});
    window.findChild<QAction*>(QStringLiteral("exportEvidenceAction"))->trigger();
    EvidenceExportPicker* picker = nullptr;
    findPicker(&window, &picker);
    if (QTest::currentTestFailed())
        return;
    QPointer<EvidenceExportPicker> guard(picker);
    QTest::keyClick(picker->findChild<QTreeWidget*>(QStringLiteral("evidencePickerList")), Qt::Key_Escape);
    QTRY_VERIFY(!guard); // closed and gone
    QTest::qWait(100);
    QVERIFY(!window.findChild<QProgressDialog*>(QStringLiteral("evidenceProgress")));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

QTEST_MAIN(TestEvidenceExportUi)
#include "TestEvidenceExportUi.moc"
