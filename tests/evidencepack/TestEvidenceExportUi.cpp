// File > Export evidence pack... in the main window: progress on a worker thread, Cancel that
// leaves nothing under the chosen name, and the question asked when the log has no signing key.
#include "EvidenceFixtures.h"
#include "FileDialogs.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "TestPaths.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>

using namespace turnback;
using namespace turnback::test;

class TestEvidenceExportUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { MessageBoxes::clearNextAnswer(); }
    void exportsTheReversalWithProgress();
    void cancelLeavesNothingUnderTheName();
    void withoutKeyAsksBeforeAnUnsignedPack();

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
    // The progress dialog is up while the worker runs; the window stays responsive behind it.
    QVERIFY(window.findChild<QProgressDialog*>(QStringLiteral("evidenceProgress")));
    QString text;
    resultText(window, &text);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(text.contains(QStringLiteral("written")) && text.contains(bench.key->keyId()), qPrintable(text));
    QTRY_VERIFY(!window.findChild<QProgressDialog*>(QStringLiteral("evidenceProgress")));
    // No reversal on screen: the one started last in the log.
    const Run verified = tool(QStringLiteral("python3"),
                              {QStringLiteral(TURNBACK_SOURCE_DIR "/docs/verify_evidence_pack.py"), zip}, out.path());
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out));
    QVERIFY2(verified.out.contains(bench.other), qPrintable(verified.out));
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
    auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("evidenceProgress"));
    QVERIFY(progress);
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
    QVERIFY(MessageBoxes::lastAnsweredText().contains(QStringLiteral("No signing key")));
    QVERIFY(!window.findChild<QProgressDialog*>(QStringLiteral("evidenceProgress")));
    QVERIFY(!QFile::exists(zip));
    // Yes: an unsigned pack, said so.
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    window.findChild<QAction*>(QStringLiteral("exportEvidenceAction"))->trigger(); // the file answer is still set
    QString text;
    resultText(window, &text);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(text.contains(QStringLiteral("UNSIGNED")), qPrintable(text));
    QVERIFY(QFile::exists(zip));
}

QTEST_MAIN(TestEvidenceExportUi)
#include "TestEvidenceExportUi.moc"
