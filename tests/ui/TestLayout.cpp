#include "ConsoleWindowFixture.h"
#include "IncidentEvents.h"
#include "LiveRubricModel.h"
#include "ReversalSession.h"

#include <QAbstractItemView>
#include <QBrush>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QListView>
#include <QScreen>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace std::chrono_literals;
using namespace turnback;

namespace {
/// German, made a third longer by the test (see initTestCase): the longest texts a translation may bring.
bool longLanguage() {
    return qEnvironmentVariable("TURNBACK_TEST_LANGUAGE") == QLatin1String("de");
}

/// German, and then some: every text is the German one (or the English one the catalogue does
/// not have yet) made a third longer, so a layout that holds here holds for the finished German.
class LongerGerman : public QTranslator {
public:
    LongerGerman() { m_german.load(QStringLiteral(":/i18n/turnback_de.qm")); }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override {
        QString text = m_german.translate(context, sourceText, disambiguation, n);
        if (text.isEmpty())
            text = QString::fromUtf8(sourceText);
        return text + QString(text.size() / 3, QChar(0xe4));
    }

private:
    QTranslator m_german;
};

} // namespace

/// The console on a small laptop screen: the window fits, the rubric table fits its pane with the
/// signal and its owner's countdown always in sight, thresholds readable, values with their units,
/// no raw ids, and a hold not dressed as done. Run at 1366x768 and 1280x720, in English and with
/// longer German (tests/ui/CMakeLists.txt runs it four times; screens/*.json are the screens).
class TestLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theWindowFitsTheScreen();
    void theTableFitsWithTheSignalAndCountdownInSight();
    void noWordIsCut();
    void aStateJustTriggeredIsNotCut();
    void thresholdsAreReadable();
    void nothingShowsRawIds();
    void valuesCarryTheirUnits();
    void aHoldIsNotShownAsDone();

private:
    /// A reversal in full swing: one decision carried out, one held, one overdue, one quiet.
    LiveConsole* busyReversal();
    QTableView* table() const;
    QStringList textOnScreen() const;

    test::ConsoleWindowFixture m_f;
    LongerGerman m_longer;
    QTranslator m_qtGerman;
};

void TestLayout::initTestCase() {
    qInfo() << "screen" << QGuiApplication::primaryScreen()->availableGeometry() << "language"
            << qEnvironmentVariable("TURNBACK_TEST_LANGUAGE");
    if (qEnvironmentVariable("TURNBACK_TEST_LANGUAGE") == QLatin1String("de")) {
        QVERIFY(m_qtGerman.load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCoreApplication::installTranslator(&m_qtGerman);
        QCoreApplication::installTranslator(&m_longer);
    }
}

void TestLayout::init() {
    QVERIFY(m_f.open({QStringLiteral(":/kits/examples/checkout-service.overlay.yaml")}));
}

void TestLayout::cleanup() {
    m_f.close();
}

QTableView* TestLayout::table() const {
    return m_f.window->findChild<QTableView*>(QStringLiteral("liveRubricTable"));
}

LiveConsole* TestLayout::busyReversal() {
    LiveConsole* console = m_f.startReversalByKeyboard();
    if (!console)
        return nullptr;
    ReversalSession& session = *m_f.window->session();
    session.recordObservation(QStringLiteral("error-rate"), 9.25);
    m_f.clock->advance(2min);
    console->refreshNow();
    const qint64 errorRate = session.incident().latestObligation(QStringLiteral("error-rate"))->id;
    session.decide(errorRate, Decision::CarryOut, QStringLiteral("Canary at 9%: slow it"));
    for (int i = 0; i < 4; ++i)
        session.recordObservation(QStringLiteral("p1-count"));
    const qint64 p1 = session.incident().latestObligation(QStringLiteral("p1-count"))->id;
    session.decide(p1, Decision::Hold, QStringLiteral("Two P1s are duplicates"));
    session.recordObservation(QStringLiteral("data-loss"));
    session.acknowledge(session.incident().latestObligation(QStringLiteral("data-loss"))->id);
    m_f.clock->advance(75s);
    console->refreshNow();
    QTest::qWait(50); // let the layout settle after the last change
    return console;
}

QStringList TestLayout::textOnScreen() const {
    QStringList texts{m_f.window->windowTitle(), m_f.window->statusBar()->currentMessage()};
    for (QLabel* label : m_f.window->findChildren<QLabel*>())
        if (label->isVisibleTo(m_f.window.get()))
            texts << label->text();
    for (QTabBar* bar : m_f.window->findChildren<QTabBar*>())
        for (int i = 0; i < bar->count(); ++i)
            texts << bar->tabText(i);
    for (QAbstractItemView* view : m_f.window->findChildren<QAbstractItemView*>()) {
        if (!view->isVisibleTo(m_f.window.get()))
            continue;
        const QAbstractItemModel* model = view->model();
        for (int c = 0; c < model->columnCount(); ++c)
            texts << model->headerData(c, Qt::Horizontal).toString();
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                texts << model->index(r, c).data().toString();
    }
    return texts;
}

void TestLayout::theWindowFitsTheScreen() {
    const QRect screen = m_f.window->screen()->availableGeometry();
    QVERIFY2(m_f.window->frameGeometry().width() <= screen.width() &&
                 m_f.window->frameGeometry().height() <= screen.height(),
             qPrintable(QStringLiteral("window %1x%2 on a %3x%4 screen")
                            .arg(m_f.window->frameGeometry().width())
                            .arg(m_f.window->frameGeometry().height())
                            .arg(screen.width())
                            .arg(screen.height())));
    QVERIFY(busyReversal());
    const QSize least = m_f.window->minimumSizeHint();
    // On failure, say which parts ask for the width.
    QStringList wide;
    for (QWidget* w : m_f.window->findChildren<QWidget*>())
        if (w->isVisibleTo(m_f.window.get()) && w->minimumSizeHint().width() > screen.width() / 2)
            wide << QStringLiteral("%1 %2").arg(w->objectName()).arg(w->minimumSizeHint().width());
    QVERIFY2(least.width() <= screen.width() && least.height() <= screen.height(),
             qPrintable(QStringLiteral("needs at least %1x%2: %3")
                            .arg(least.width())
                            .arg(least.height())
                            .arg(wide.join(QStringLiteral(", ")))));
    QVERIFY(m_f.window->frameGeometry().height() <= screen.height());
}

void TestLayout::theTableFitsWithTheSignalAndCountdownInSight() {
    QVERIFY(busyReversal());
    QTableView* view = table();
    QHeaderView* header = view->horizontalHeader();
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    const int width = view->viewport()->width();
    for (int c = 0; c < LiveRubricModel::ColumnCount; ++c)
        QVERIFY2(header->sectionViewportPosition(c) >= 0 &&
                     header->sectionViewportPosition(c) + header->sectionSize(c) <= width + 1,
                 qPrintable(QStringLiteral("column %1 at %2+%3 in a %4 px table")
                                .arg(c)
                                .arg(header->sectionViewportPosition(c))
                                .arg(header->sectionSize(c))
                                .arg(width)));
    QCOMPARE(header->sectionViewportPosition(LiveRubricModel::SignalColumn), 0);
    // The signal and its countdown are never squeezed: they show whole, on one line.
    for (int c : {int(LiveRubricModel::SignalColumn), int(LiveRubricModel::CountdownColumn)})
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QString text = view->model()->index(r, c).data().toString();
            QVERIFY2(view->fontMetrics().horizontalAdvance(text) < header->sectionSize(c), qPrintable(text));
        }
    // Every signal is in sight without scrolling, except in German made a third longer: there the
    // wrapped rows (the state and level keep their longest word) need more height than the screen
    // has, and the table scrolls by row (a known gap, written down in docs/keyboard.md "Small
    // screens"); the signal column stays.
    if (!longLanguage())
        QCOMPARE(view->verticalScrollBar()->maximum(), 0);
    else
        QVERIFY2(view->verticalScrollBar()->maximum() <= 2,
                 qPrintable(QStringLiteral("%1 rows out of sight").arg(view->verticalScrollBar()->maximum())));
}

// A column may wrap its text onto more lines, but a word cannot wrap: it would be cut ("AUSGELÖ…"
// for AUSGELÖST in German). The state and the level a signal calls for never are, in the cell's font.
void TestLayout::noWordIsCut() {
    QVERIFY(busyReversal());
    // At 1280x720 in German made a third longer the words do not fit side by side: a cut word is
    // chosen over a sideways scroll (theTableFits... checks that), see docs/keyboard.md.
    const bool tightest = QGuiApplication::primaryScreen()->size().height() <= 720 && longLanguage();
    QTableView* view = table();
    QHeaderView* header = view->horizontalHeader();
    const QAbstractItemModel* model = view->model();
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c : {int(LiveRubricModel::StateColumn), int(LiveRubricModel::LevelColumn)}) {
            const QModelIndex cell = model->index(r, c);
            const QVariant font = cell.data(Qt::FontRole);
            const QFontMetrics metrics(font.isValid() ? font.value<QFont>().resolve(view->font()) : view->font());
            for (const QString& word : cell.data().toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                QVERIFY2(tightest || metrics.horizontalAdvance(word) < header->sectionSize(c),
                         qPrintable(QStringLiteral("\"%1\" (%2 px) in column %3 of %4 px")
                                        .arg(word)
                                        .arg(metrics.horizontalAdvance(word))
                                        .arg(c)
                                        .arg(header->sectionSize(c))));
        }
}

// The table refits after the model has taken the event, not before: the state that the last
// recorded event brought (TRIGGERED) is measured, not the one it replaced (quiet).
void TestLayout::aStateJustTriggeredIsNotCut() {
    QVERIFY(m_f.startReversalByKeyboard());
    QVERIFY(m_f.window->session()->recordObservation(QStringLiteral("regulator-inquiry")));
    QCoreApplication::processEvents();
    QTableView* view = table();
    const QModelIndex state = view->model()->index(3, LiveRubricModel::StateColumn);
    QVERIFY(state.data(Qt::FontRole).value<QFont>().bold()); // triggered: shown in bold
    const QFontMetrics metrics(state.data(Qt::FontRole).value<QFont>().resolve(view->font()));
    const int word = metrics.horizontalAdvance(state.data().toString());
    // At 1280x720 in German made a third longer the words give way rather than the table scrolling
    // sideways (noWordIsCut says why): there, that is what is checked.
    if (QGuiApplication::primaryScreen()->size().height() <= 720 && longLanguage()) {
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        return;
    }
    QVERIFY2(word < view->horizontalHeader()->sectionSize(LiveRubricModel::StateColumn),
             qPrintable(QStringLiteral("\"%1\" (%2 px) in %3 px")
                            .arg(state.data().toString())
                            .arg(word)
                            .arg(view->horizontalHeader()->sectionSize(LiveRubricModel::StateColumn))));
}

void TestLayout::thresholdsAreReadable() {
    QVERIFY(busyReversal());
    QTableView* view = table();
    QVERIFY(view->wordWrap());
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex threshold = view->model()->index(r, LiveRubricModel::ThresholdColumn);
        // Wrapped, never cut: the row is as tall as its wrapped text.
        QVERIFY2(view->rowHeight(r) >= static_cast<QAbstractItemView*>(view)->sizeHintForRow(r),
                 qPrintable(threshold.data().toString()));
        // And the whole text on hover.
        QVERIFY2(threshold.data(Qt::ToolTipRole).toString().contains(threshold.data().toString()),
                 qPrintable(threshold.data(Qt::ToolTipRole).toString()));
    }
}

void TestLayout::nothingShowsRawIds() {
    QVERIFY(busyReversal());
    const QStringList texts = textOnScreen();
    QStringList raw{QStringLiteral("carry-out"), QStringLiteral(":/kits"), QStringLiteral("baseline.yaml")};
    for (const Signal& signal : m_f.window->kit().signalList)
        raw << signal.id;
    for (const Role& role : m_f.window->kit().roles)
        raw << role.id;
    for (const QString& text : texts)
        for (const QString& id : std::as_const(raw))
            QVERIFY2(!text.contains(id), qPrintable(QStringLiteral("\"%1\" shows %2").arg(text, id)));
}

void TestLayout::valuesCarryTheirUnits() {
    QVERIFY(busyReversal());
    const QAbstractItemModel* model = table()->model();
    QVERIFY2(model->index(0, LiveRubricModel::LatestColumn).data().toString().contains(QLatin1Char('%')),
             qPrintable(model->index(0, LiveRubricModel::LatestColumn).data().toString()));
    QVERIFY2(model->index(1, LiveRubricModel::LatestColumn).data().toString().contains(QStringLiteral("P1s")),
             qPrintable(model->index(1, LiveRubricModel::LatestColumn).data().toString()));
    const QAbstractItemModel* timeline = m_f.window->findChild<QListView*>(QStringLiteral("timelineList"))->model();
    bool observedWithUnit = false;
    for (int r = 0; r < timeline->rowCount(); ++r)
        observedWithUnit |= timeline->index(r, 0).data().toString().contains(QStringLiteral("9.25%"));
    QVERIFY(observedWithUnit);
}

void TestLayout::aHoldIsNotShownAsDone() {
    QVERIFY(busyReversal());
    const QAbstractItemModel* model = table()->model();
    const QModelIndex carriedOut = model->index(0, LiveRubricModel::CountdownColumn);
    const QModelIndex held = model->index(1, LiveRubricModel::CountdownColumn);
    QVERIFY2(held.data().toString() != carriedOut.data().toString(), qPrintable(held.data().toString()));
    const QColor doneColour = carriedOut.data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor heldColour = held.data(Qt::BackgroundRole).value<QBrush>().color();
    QVERIFY(doneColour.isValid());
    QVERIFY2(heldColour != doneColour, qPrintable(heldColour.name()));
    // Not green of any shade: green hue, visibly saturated.
    QVERIFY2(!(heldColour.isValid() && heldColour.hslHue() > 80 && heldColour.hslHue() < 160 &&
               heldColour.hslSaturation() > 40),
             qPrintable(heldColour.name()));
}

QTEST_MAIN(TestLayout)
#include "TestLayout.moc"
