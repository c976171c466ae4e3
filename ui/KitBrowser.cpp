#include "KitBrowser.h"

#include "DataHandlingPanel.h"

#include "ClickRecorder.h"
#include "CommsPanel.h"
#include "ImpactPanel.h"
#include "KitPartsHtml.h"
#include "RubricTableModel.h"
#include "StagesPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace turnback {

namespace {
/// Set on a part's browser whose HTML is out of date; cleared when its tab is shown and rendered.
constexpr char kStaleProperty[] = "_turnback_stale";

void nameScrollBars(QAbstractScrollArea* area) {
    area->verticalScrollBar()->setObjectName(QStringLiteral("verticalScrollBar"));
    area->horizontalScrollBar()->setObjectName(QStringLiteral("horizontalScrollBar"));
}
} // namespace

KitBrowser::KitBrowser(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("central"));
    m_rubricModel = new RubricTableModel(this);
    m_rubricModel->setObjectName(QStringLiteral("rubricModel"));

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("kitHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("kitTabs"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("kitTabBar"));

    m_rubricTable = new QTableView(m_tabs);
    m_rubricTable->setObjectName(QStringLiteral("rubricTable"));
    nameScrollBars(m_rubricTable);
    m_rubricTable->setModel(m_rubricModel);
    m_rubricTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rubricTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rubricTable->setWordWrap(true);
    m_rubricTable->setAlternatingRowColors(true);
    m_rubricTable->verticalHeader()->hide();
    m_rubricTable->horizontalHeader()->setObjectName(QStringLiteral("rubricHeader"));
    m_rubricTable->horizontalHeader()->setStretchLastSection(true);
    m_rubricTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs->addTab(m_rubricTable, tr("R&ubric"));

    // Comms is a list to act on, not a page to read: its templates go out through the comms wizard.
    m_comms = new CommsPanel(m_tabs);
    m_comms->setObjectName(QStringLiteral("commsPanel"));
    m_tabs->addTab(m_comms, tr("&Comms packs"));
    connect(m_comms, &CommsPanel::sendRequested, this, &KitBrowser::commsSendRequested);
    // Each letter once in the window: D is Decide, S signing, H the Help menu (docs/keyboard.md).
    m_dataPanel = new DataHandlingPanel(m_tabs);
    m_dataPanel->setObjectName(QStringLiteral("dataHandlingPanel"));
    nameScrollBars(m_dataPanel->browser());
    m_tabs->addTab(m_dataPanel, tr("Da&ta handling"));
    m_parts.append({m_dataPanel->browser(), &KitPartsHtml::dataHandling});
    // Worked during a reversal (gates, the window, the recovery), read without one: a panel of its own.
    m_stagesPanel = new StagesPanel(m_tabs);
    nameScrollBars(m_stagesPanel->browser());
    m_tabs->addTab(m_stagesPanel, tr("Sta&ges"));
    m_parts.append({m_stagesPanel->browser(), &KitPartsHtml::stages});
    connect(m_stagesPanel, &StagesPanel::commsRequested, this, &KitBrowser::commsSendRequested);
    connect(m_stagesPanel, &StagesPanel::goToImpactPrompts, this, &KitBrowser::showImpactPanel);
    // Answered during the reversal, not only read: a panel of its own rather than a kit page.
    m_impactPanel = new ImpactPanel(m_tabs);
    m_tabs->addTab(m_impactPanel, tr("Hu&man impact"));
    addPart(QStringLiteral("rolesBrowser"), tr("R&oles"), &KitPartsHtml::roles);
    addPart(QStringLiteral("overviewBrowser"), tr("&Kit"), &KitPartsHtml::overview);
    connect(m_tabs, &QTabWidget::currentChanged, this, &KitBrowser::renderCurrentTab);

    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(m_header);
    m_layout->addWidget(m_tabs, 1);
    showKit(m_kit, {}, {});
}

void KitBrowser::addPart(const QString& name, const QString& title, QString (*render)(const Kit&)) {
    auto* browser = new QTextBrowser(m_tabs);
    browser->setObjectName(name);
    nameScrollBars(browser);
    browser->setOpenLinks(false);
    m_tabs->addTab(browser, title);
    m_parts.append({browser, render});
}

void KitBrowser::showDataHandling(IncidentView* view, ReversalSession* session) {
    m_dataPanel->setView(view, session);
}

void KitBrowser::showStages(IncidentView* view, ReversalSession* session) {
    m_stagesPanel->setView(view, session);
}

void KitBrowser::addBanner(QWidget* banner) {
    // Banners stack above the header, in the order added.
    m_layout->insertWidget(m_layout->indexOf(m_header), banner);
}

void KitBrowser::showKit(const Kit& kit, const QString& kitFile, const QStringList& overlayFiles) {
    m_kit = kit;
    m_rubricModel->setKit(m_kit);
    m_comms->showKit(m_kit);
    if (m_kit.id.isEmpty()) {
        m_header->setText(tr("<b>No kit loaded.</b> Open one with File &gt; Open kit (Ctrl+O)."));
    } else {
        QString header =
            QStringLiteral("<span style='font-size:14pt'><b>%1</b></span>").arg(m_kit.name.toHtmlEscaped());
        if (!overlayFiles.isEmpty())
            header += QStringLiteral(" &nbsp;") + (overlayFiles.size() == 1
                                                       ? tr("with 1 service overlay")
                                                       : tr("with %1 service overlays").arg(overlayFiles.size()));
        // A kit compiled into Turnback has no file a person could open: say so, not ":/kits/...".
        const QString where = kitFile.startsWith(QLatin1String(":/")) ? tr("built into Turnback") : kitFile;
        header += QStringLiteral("<br><small>%1</small>").arg(where.toHtmlEscaped());
        m_header->setText(header);
    }
    m_rubricTable->resizeRowsToContents();
    m_impactPanel->setKit(m_kit);
    m_stagesPanel->setKit(m_kit);
    // The kit's other parts are laid out when their tab is first shown: at start-up only the
    // rubric is on screen, and six rich-text documents cost more than the rest of the window.
    for (const Part& part : std::as_const(m_parts))
        part.browser->setProperty(kStaleProperty, true);
    renderCurrentTab();
}

void KitBrowser::renderCurrentTab() {
    auto* browser = qobject_cast<QTextBrowser*>(m_tabs->currentWidget());
    if (m_tabs->currentWidget() == m_dataPanel)
        browser = m_dataPanel->browser(); // the tab is the panel; its text is the part
    if (m_tabs->currentWidget() == m_stagesPanel)
        browser = m_stagesPanel->browser();
    if (!browser || !browser->property(kStaleProperty).toBool())
        return;
    browser->setProperty(kStaleProperty, false);
    QString html;
    for (const Part& part : std::as_const(m_parts))
        if (part.browser == browser && !m_kit.id.isEmpty())
            html = part.render(m_kit);
    browser->setHtml(html);
}

void KitBrowser::showLiveConsole(QWidget* console, const QString& title) {
    // Brought into view by the program, not by a click: the click record must not say otherwise.
    // Removing the old console's tab moves the current tab too, so the guard covers that as well.
    const ClickRecorder::NotAClick programmatic(m_tabs->tabBar());
    if (m_liveConsole) {
        m_tabs->removeTab(m_tabs->indexOf(m_liveConsole));
        delete m_liveConsole;
    }
    m_liveConsole = console;
    m_tabs->insertTab(0, console, title);
    m_tabs->setCurrentIndex(0);
}

void KitBrowser::showImpactPanel() {
    const ClickRecorder::NotAClick programmatic(m_tabs->tabBar());
    m_tabs->setCurrentWidget(m_impactPanel);
    m_impactPanel->focusFirstOpenPrompt();
}

void KitBrowser::setStartScreen(QWidget* screen, const QString& title) {
    m_startScreen = screen;
    m_tabs->insertTab(m_liveConsole ? 1 : 0, screen, title);
    if (!m_liveConsole)
        showStartScreen();
}

void KitBrowser::showStartScreen() {
    if (!m_startScreen)
        return;
    const ClickRecorder::NotAClick programmatic(m_tabs->tabBar());
    m_tabs->setCurrentWidget(m_startScreen);
}

} // namespace turnback
