#include "MainWindow.h"

#include "AuditLog.h"
#include "FileDialogs.h"
#include "KitErrorDialog.h"
#include "KitLoader.h"
#include "KitPartsHtml.h"
#include "RubricTableModel.h"

#include <QAction>
#include <QJsonArray>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace turnback {

MainWindow::MainWindow(AuditLog& auditLog, const QString& actor, QWidget* parent)
    : QMainWindow(parent)
    , m_auditLog(auditLog)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Turnback"));
    m_rubricModel = new RubricTableModel(this);
    m_rubricModel->setObjectName(QStringLiteral("rubricModel"));
    createActions();
    createCentralWidget();
    showKit();
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));

    QAction* open = file->addAction(tr("&Open kit..."), this, &MainWindow::chooseKit);
    open->setObjectName(QStringLiteral("openKitAction"));
    open->setShortcut(QKeySequence::Open);

    QAction* overlay = file->addAction(tr("Add service &overlay..."), this, &MainWindow::addOverlays);
    overlay->setObjectName(QStringLiteral("addOverlayAction"));
    overlay->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));

    QAction* reload = file->addAction(tr("&Reload kit"), this, &MainWindow::reloadKit);
    reload->setObjectName(QStringLiteral("reloadKitAction"));
    reload->setShortcut(QKeySequence::Refresh);

    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = help->addAction(tr("&About Turnback"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::createCentralWidget()
{
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));

    m_kitHeader = new QLabel(central);
    m_kitHeader->setObjectName(QStringLiteral("kitHeader"));
    m_kitHeader->setTextFormat(Qt::RichText);
    m_kitHeader->setWordWrap(true);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("kitTabs"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("kitTabBar"));

    m_rubricTable = new QTableView(m_tabs);
    m_rubricTable->setObjectName(QStringLiteral("rubricTable"));
    m_rubricTable->setModel(m_rubricModel);
    m_rubricTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rubricTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rubricTable->setWordWrap(true);
    m_rubricTable->setAlternatingRowColors(true);
    m_rubricTable->verticalHeader()->hide();
    m_rubricTable->horizontalHeader()->setObjectName(QStringLiteral("rubricHeader"));
    m_rubricTable->horizontalHeader()->setStretchLastSection(true);
    m_rubricTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs->addTab(m_rubricTable, tr("&Rubric"));

    const auto addBrowser = [this](const QString& name, const QString& title) {
        auto* browser = new QTextBrowser(m_tabs);
        browser->setObjectName(name);
        browser->setOpenLinks(false);
        m_tabs->addTab(browser, title);
        return browser;
    };
    m_commsBrowser = addBrowser(QStringLiteral("commsBrowser"), tr("&Comms packs"));
    m_dataBrowser = addBrowser(QStringLiteral("dataBrowser"), tr("&Data handling"));
    m_stagesBrowser = addBrowser(QStringLiteral("stagesBrowser"), tr("&Stage checklists"));
    m_impactBrowser = addBrowser(QStringLiteral("impactBrowser"), tr("&Human impact"));
    m_rolesBrowser = addBrowser(QStringLiteral("rolesBrowser"), tr("R&oles"));
    m_overviewBrowser = addBrowser(QStringLiteral("overviewBrowser"), tr("&Kit"));

    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_kitHeader);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_auditStatus = new QLabel(statusBar());
    m_auditStatus->setObjectName(QStringLiteral("auditStatus"));
    statusBar()->addPermanentWidget(m_auditStatus, 1);
}

bool MainWindow::openKit(const QString& kitFile, const QStringList& overlayFiles)
{
    const KitLoadResult result = KitLoader::load(kitFile, overlayFiles);
    if (!result.ok()) {
        QStringList errors;
        for (const KitDiagnostic& diagnostic : result.errors)
            errors << diagnostic.toString();
        record(QStringLiteral("kit.rejected"), kitFile,
               {{QStringLiteral("overlays"), QJsonArray::fromStringList(overlayFiles)},
                {QStringLiteral("errors"), QJsonArray::fromStringList(errors.mid(0, 50))},
                {QStringLiteral("error_count"), int(errors.size())}});
        auto* dialog = new KitErrorDialog(kitFile, errors, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return false;
    }
    m_kit = *result.kit;
    m_kitFile = kitFile;
    m_overlayFiles = overlayFiles;
    record(QStringLiteral("kit.loaded"), kitFile,
           {{QStringLiteral("kit_id"), m_kit.id},
            {QStringLiteral("format"), m_kit.formatVersion},
            {QStringLiteral("overlays"), QJsonArray::fromStringList(overlayFiles)}});
    showKit();
    return true;
}

void MainWindow::showKit()
{
    m_rubricModel->setKit(m_kit);
    const bool loaded = !m_kit.id.isEmpty();
    if (!loaded) {
        m_kitHeader->setText(tr("<b>No kit loaded.</b> Open one with File &gt; Open kit (Ctrl+O)."));
    } else {
        QString header = QStringLiteral("<span style='font-size:14pt'><b>%1</b></span>").arg(m_kit.name.toHtmlEscaped());
        if (!m_overlayFiles.isEmpty())
            header += QStringLiteral(" &nbsp;") + tr("with %n overlay(s)", nullptr, int(m_overlayFiles.size()));
        header += QStringLiteral("<br><small>%1</small>").arg(m_kitFile.toHtmlEscaped());
        m_kitHeader->setText(header);
    }
    m_rubricTable->resizeRowsToContents();
    m_overviewBrowser->setHtml(loaded ? KitPartsHtml::overview(m_kit) : QString());
    m_rolesBrowser->setHtml(loaded ? KitPartsHtml::roles(m_kit) : QString());
    m_commsBrowser->setHtml(loaded ? KitPartsHtml::comms(m_kit) : QString());
    m_dataBrowser->setHtml(loaded ? KitPartsHtml::dataHandling(m_kit) : QString());
    m_stagesBrowser->setHtml(loaded ? KitPartsHtml::stages(m_kit) : QString());
    m_impactBrowser->setHtml(loaded ? KitPartsHtml::impact(m_kit) : QString());
    setWindowTitle(loaded ? tr("%1 — Turnback").arg(m_kit.name) : tr("Turnback"));
    updateStatus();
}

bool MainWindow::record(const QString& kind, const QString& target, const QJsonObject& payload)
{
    const bool written = m_auditLog.append({m_actor, kind, target, QString(), payload}).has_value();
    m_recordingFailed = !written;
    updateStatus();
    return written;
}

void MainWindow::updateStatus()
{
    if (!m_auditStatus)
        return;
    if (m_recordingFailed) {
        m_auditStatus->setStyleSheet(QStringLiteral("QLabel { background: #b71c1c; color: white; font-weight: bold; }"));
        m_auditStatus->setText(tr("NOT RECORDED: the audit log could not be written (%1)").arg(m_auditLog.errorString()));
        return;
    }
    m_auditStatus->setStyleSheet(QString());
    m_auditStatus->setText(tr("Audit log: %1 — %n event(s) recorded", nullptr, int(m_auditLog.count()))
                               .arg(m_auditLog.path()));
}

void MainWindow::chooseKit()
{
    const QString file = FileDialogs::openKitFile(this);
    if (!file.isEmpty())
        openKit(file);
}

void MainWindow::addOverlays()
{
    if (m_kitFile.isEmpty()) {
        statusBar()->showMessage(tr("Open a kit before adding a service overlay."), 5000);
        return;
    }
    const QStringList files = FileDialogs::openOverlayFiles(this);
    if (!files.isEmpty())
        openKit(m_kitFile, m_overlayFiles + files);
}

void MainWindow::reloadKit()
{
    if (!m_kitFile.isEmpty())
        openKit(m_kitFile, m_overlayFiles);
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("About Turnback"),
                                tr("<b>Turnback %1</b><br>An incident console for reversibility kits: the rubric, "
                                   "the comms and the data steps for unwinding a deployment, with an audit trail "
                                   "that survives compliance review.")
                                    .arg(QStringLiteral(TURNBACK_VERSION)),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->button(QMessageBox::Close)->setObjectName(QStringLiteral("aboutCloseButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace turnback
