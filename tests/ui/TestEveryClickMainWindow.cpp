#include "EveryClickWalk.h"

#include "FileDialogs.h"
#include "ReversalSession.h"
#include "StartScreen.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <algorithm>

using namespace std::chrono_literals;
using namespace turnback;
using namespace turnback::test;

/// Every click (EveryClickWalk.h) in the main window with no reversal: its own controls, menus and status bar,
/// the signing key, kit error and About dialogs, and the start screen that resumes a reversal left open.
class TestEveryClickMainWindow : public EveryClickWalk {
    Q_OBJECT
private slots:
    void inventoryReportsAWidgetWithoutAName();
    void signingKeyDialog();
    void mainWindowWithoutAReversal();
    void kitErrorDialog();
    void aboutBox();
    void startScreenResumesTheChosenReversal();
};

void TestEveryClickMainWindow::inventoryReportsAWidgetWithoutAName() {
    // A real dialog of the app, with a button added the way a careless change would add it.
    QPointer<QWidget> about;
    openDialogWith(QStringLiteral("aboutAction"), QStringLiteral("aboutDialog"), &about);
    QVERIFY(about);
    QCOMPARE(namingProblems(inventory(about)), QStringList());

    auto* unnamed = new QPushButton(QStringLiteral("New feature"), about);
    unnamed->show();
    auto* buttonBox = about->findChild<QDialogButtonBox*>();
    QVERIFY(buttonBox);
    auto* twin = new QPushButton(QStringLiteral("Twin"), buttonBox);
    twin->setObjectName(QStringLiteral("aboutCloseButton"));
    twin->show();
    const QStringList problems = namingProblems(inventory(about));
    const QString boxPath = ClickRecorder::objectPath(buttonBox);
    QCOMPARE(problems,
             QStringList({QStringLiteral("2 controls share the path %1/aboutCloseButton").arg(boxPath),
                          QStringLiteral("no objectName: mainWindow/aboutDialog/[QPushButton] (a QPushButton)")}));

    // And the inventory is what exercise() checks first, so the real run fails on it too.
    const QList<Control> controls = inventory(about);
    QVERIFY(
        std::any_of(controls.cbegin(), controls.cend(), [unnamed](const Control& c) { return c.object == unnamed; }));

    delete unnamed;
    delete twin;
    QCOMPARE(namingProblems(inventory(about)), QStringList());
    exercise(about, Finish::Cancel);
}

void TestEveryClickMainWindow::signingKeyDialog() {
    const auto visibleDialog = [this]() -> QDialog* {
        const QList<QDialog*> dialogs = m_window->findChildren<QDialog*>(QStringLiteral("signingKeyDialog"));
        for (QDialog* dialog : dialogs)
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    };
    // As at two start-ups without a keychain: "Not now" the first time, a new key file the second.
    // The dialog comes from the status bar's offer, never by itself.
    for (const Finish finish : {Finish::Cancel, Finish::Accept}) {
        m_window->startSigning();
        auto* setUp = m_window->findChild<QPushButton*>(QStringLiteral("setUpSigningButton"));
        QTRY_VERIFY_WITH_TIMEOUT(setUp->isVisible(), 20'000);
        QVERIFY(!visibleDialog());
        QTest::mouseClick(setUp, Qt::LeftButton);
        QPointer<QDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog()), 20'000);
        if (finish == Finish::Accept) {
            // Where the new key goes (the generic click would otherwise type its own text into the blank field).
            auto* path = dialog->findChild<QLineEdit*>(QStringLiteral("keyFilePathEdit"));
            QVERIFY(path);
            path->setText(m_scratch->file(QStringLiteral("signing.key")));
        }
        exercise(dialog, finish);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(m_log->hasSigningKey());
}

void TestEveryClickMainWindow::mainWindowWithoutAReversal() {
    QVERIFY(!m_window->session());
    exercise(m_window.get(), Finish::Stay);
    if (QTest::currentTestFailed())
        return;
    // The quit action was clicked for real and refused by the test's close filter, not skipped.
    QVERIFY(m_coverage.clicked.contains(QStringLiteral("mainWindow/menuBar/fileMenu/quitAction")));
    QVERIFY(m_closeRefuser->refused > 0);
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_window->session()); // every dialog on the way was cancelled
}

void TestEveryClickMainWindow::kitErrorDialog() {
    QPointer<QWidget> dialog;
    openDialogWith(QStringLiteral("openKitAction"), QStringLiteral("kitErrorDialog"), &dialog,
                   {test::dataFile(QStringLiteral("kits/bad/several-errors.yaml"))});
    if (QTest::currentTestFailed())
        return;
    exercise(dialog, Finish::Cancel);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_window->kit().id, QStringLiteral("baseline"));
}

void TestEveryClickMainWindow::aboutBox() {
    QPointer<QWidget> dialog;
    openDialogWith(QStringLiteral("aboutAction"), QStringLiteral("aboutDialog"), &dialog);
    if (QTest::currentTestFailed())
        return;
    exercise(dialog, Finish::Cancel);
}

void TestEveryClickMainWindow::startScreenResumesTheChosenReversal() {
    // Two reversals left open by earlier consoles: at a restart the start screen asks which to resume.
    QStringList open;
    for (const char* title : {"Search v9", "Payments v3"}) {
        ReversalSession earlier(m_window->trail(), *m_clock, m_window->kit());
        QVERIFY(earlier.start({QLatin1String(title),
                               QStringLiteral("checkout"),
                               {QStringLiteral("tester"), QStringLiteral("incident-commander")},
                               false}));
        open.prepend(earlier.incident().id());
        m_clock->advance(std::chrono::minutes(1));
    }
    QVERIFY(!m_window->resumeOpenReversal());
    auto* screen = m_window->findChild<StartScreen*>(QStringLiteral("startScreen"));
    QCOMPARE(screen->selectedIncident(), open.first());         // the newest is preselected
    clickNamed(m_window.get(), QStringLiteral("reversalList")); // a row, as a person picks one
    if (QTest::currentTestFailed())
        return;
    const QString chosen = screen->selectedIncident();
    QVERIFY(open.contains(chosen));
    clickNamed(m_window.get(), QStringLiteral("resumeReversalButton"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_window->session());
    QCOMPARE(m_window->session()->incident().id(), chosen);
}

QTEST_MAIN(TestEveryClickMainWindow)
#include "TestEveryClickMainWindow.moc"
