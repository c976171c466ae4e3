#include "ClickRecorder.h"
#include "TurnbackWizard.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace turnback;

namespace {
QWizardPage* pageWith(QWidget* field) {
    auto* page = new QWizardPage;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(field);
    return page;
}

bool insidePage(const QWidget* widget) {
    for (const QObject* above = widget->parent(); above; above = above->parent())
        if (qobject_cast<const QWizardPage*>(above))
            return true;
    return false;
}
} // namespace

/// The base of every wizard, on a two-page wizard shown offscreen with the click recorder installed
/// as app/gui/main.cpp installs it.
class TestTurnbackWizard : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyWidgetOnTheWayToAPageIsNamed();
    void ctrlReturnIsNextThenFinishAndIsRecordedAsThatClick();
    void recordsNothingByItself();
    void aPageWithoutNamesStillShowsInThePath();

private:
    QStringList m_clicks;
    std::unique_ptr<ClickRecorder> m_recorder;
    std::unique_ptr<TurnbackWizard> m_wizard;
    QPlainTextEdit* m_notes = nullptr;
    QLineEdit* m_confirm = nullptr;
};

void TestTurnbackWizard::init() {
    m_clicks.clear();
    m_recorder =
        std::make_unique<ClickRecorder>([this](const QString& target, const QJsonObject&) { m_clicks << target; });
    m_recorder->install();
    m_wizard = std::make_unique<TurnbackWizard>(QStringLiteral("testWizard"));
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_confirm = new QLineEdit;
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    QCOMPARE(m_wizard->addNamedPage(pageWith(m_notes), QStringLiteral("notesPage")), 0);
    QCOMPARE(m_wizard->addNamedPage(pageWith(m_confirm), QStringLiteral("confirmPage")), 1);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestTurnbackWizard::cleanup() {
    m_wizard.reset();
    m_recorder.reset();
}

void TestTurnbackWizard::everyWidgetOnTheWayToAPageIsNamed() {
    QCOMPARE(ClickRecorder::objectPath(m_wizard->button(QWizard::NextButton)).section(QLatin1Char('/'), -1),
             QStringLiteral("nextButton"));
    QCOMPARE(m_wizard->button(QWizard::FinishButton)->objectName(), QStringLiteral("finishButton"));
    QCOMPARE(m_wizard->button(QWizard::CancelButton)->objectName(), QStringLiteral("cancelButton"));
    QCOMPARE(m_wizard->button(QWizard::BackButton)->objectName(), QStringLiteral("backButton"));
    const QString notesPath = ClickRecorder::objectPath(m_notes);
    QVERIFY2(notesPath.startsWith(QStringLiteral("testWizard/")), qPrintable(notesPath));
    QVERIFY2(notesPath.endsWith(QStringLiteral("/notesPage/notesEdit")), qPrintable(notesPath));
    const QList<QWidget*> widgets = m_wizard->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (insidePage(widget))
            continue; // a page's contents are the page's to name (the test above and TestEveryClick check them)
        const QString path = ClickRecorder::objectPath(widget);
        QVERIFY2(!path.contains(QLatin1Char('[')), qPrintable(path));
    }
}

void TestTurnbackWizard::ctrlReturnIsNextThenFinishAndIsRecordedAsThatClick() {
    QTest::keyClicks(m_notes, QStringLiteral("told the regulator"));
    QTest::keyClick(m_notes, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_wizard->currentId(), 1);
    QCOMPARE(m_notes->toPlainText(), QStringLiteral("told the regulator")); // no new line typed
    QCOMPARE(m_clicks, QStringList{ClickRecorder::objectPath(m_wizard->button(QWizard::NextButton))});

    QTest::keyClick(m_confirm, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    QVERIFY(!m_wizard->isVisible());
    QCOMPARE(m_clicks.size(), 2);
    QCOMPARE(m_clicks.last(), ClickRecorder::objectPath(m_wizard->button(QWizard::FinishButton)));
}

void TestTurnbackWizard::recordsNothingByItself() {
    // Shown, moved on and back by the program, finished by the program: no person clicked anything.
    m_wizard->next();
    m_wizard->back();
    m_wizard->next();
    m_wizard->accept();
    QCOMPARE(m_clicks, QStringList());
}

void TestTurnbackWizard::aPageWithoutNamesStillShowsInThePath() {
    // The base names Qt's frames, never a page's contents: a field its page forgot to name stays visible.
    auto* unnamed = new QLineEdit;
    TurnbackWizard wizard(QStringLiteral("otherWizard"));
    wizard.addNamedPage(pageWith(unnamed), QStringLiteral("onlyPage"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY2(ClickRecorder::objectPath(unnamed).endsWith(QStringLiteral("/onlyPage/[QLineEdit]")),
             qPrintable(ClickRecorder::objectPath(unnamed)));
}

QTEST_MAIN(TestTurnbackWizard)
#include "TestTurnbackWizard.moc"
