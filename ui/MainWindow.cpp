#include "MainWindow.h"

#include "AuditLog.h"
#include "AuditSigner.h"
#include "AuditTrail.h"
#include "Checkpoint.h"
#include "ClickRecorder.h"
#include "FileDialogs.h"
#include "KitErrorDialog.h"
#include "KitLoader.h"
#include "KitPartsHtml.h"
#include "LiveConsole.h"
#include "MessageBoxes.h"
#include "ReversalSession.h"
#include "RubricTableModel.h"
#include "SigningKeyDialog.h"
#include "StartReversalDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace turnback {

namespace {
/// Set on a kit browser whose HTML is out of date; cleared when its tab is shown and rendered.
constexpr char kStaleProperty[] = "_turnback_stale";
} // namespace

MainWindow::MainWindow(AuditLog& auditLog, const Clock& clock, const QString& actor, QWidget* parent)
    : QMainWindow(parent)
    , m_auditLog(auditLog)
    , m_clock(clock)
    , m_actor(actor) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Turnback"));
    m_trail = new AuditTrail(m_auditLog, this);
    m_trail->setObjectName(QStringLiteral("auditTrail"));
    m_rubricModel = new RubricTableModel(this);
    m_rubricModel->setObjectName(QStringLiteral("rubricModel"));
    createActions();
    createCentralWidget();
    showKit();
    resize(1200, 760);

    connect(m_trail, &AuditTrail::pendingChanged, this, &MainWindow::updateFaultBanner);
    connect(m_trail, &AuditTrail::faultChanged, this, &MainWindow::updateFaultBanner);
    connect(m_trail, &AuditTrail::recorded, this, &MainWindow::updateStatus);
    // Held events are retried every few seconds; retry() costs nothing while nothing is held.
    auto* retry = new QTimer(this);
    retry->setObjectName(QStringLiteral("auditRetryTimer"));
    retry->setInterval(3000);
    connect(retry, &QTimer::timeout, m_trail, &AuditTrail::retry);
    // The signing state reads the checkpoint table: every few seconds, not on every click.
    connect(retry, &QTimer::timeout, this, &MainWindow::updateSigningStatus);
    retry->start();
    updateFaultBanner();
    updateSigningStatus();
}

MainWindow::~MainWindow() {
    // The console refers to the session: take it down first.
    delete m_console;
}

void MainWindow::createActions() {
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

    QMenu* reversal = menuBar()->addMenu(tr("&Reversal"));
    reversal->setObjectName(QStringLiteral("reversalMenu"));
    m_startReversalAction = reversal->addAction(tr("&Start a reversal..."), this, &MainWindow::chooseStartReversal);
    m_startReversalAction->setObjectName(QStringLiteral("startReversalAction"));
    m_startReversalAction->setShortcut(QKeySequence::New);
    reversal->addSeparator();
    const auto consoleAction = [this, reversal](const QString& text, const QString& name, const QKeySequence& key,
                                                void (LiveConsole::*slot)()) {
        QAction* action = reversal->addAction(text, this, [this, slot] {
            if (m_console)
                (m_console->*slot)();
        });
        action->setObjectName(name);
        action->setShortcut(key);
        m_reversalActions << action;
    };
    consoleAction(tr("&Acknowledge"), QStringLiteral("acknowledgeAction"), QKeySequence(tr("Ctrl+K")),
                  &LiveConsole::acknowledgeSelected);
    consoleAction(tr("Record a &decision..."), QStringLiteral("decideAction"), QKeySequence(tr("Ctrl+D")),
                  &LiveConsole::decideSelected);
    consoleAction(tr("&Import observations (CSV)..."), QStringLiteral("importObservationsAction"),
                  QKeySequence(tr("Ctrl+I")), &LiveConsole::importObservations);
    consoleAction(tr("&Hand over the keyboard..."), QStringLiteral("changeOperatorAction"), QKeySequence(tr("Ctrl+H")),
                  &LiveConsole::changeOperator);
    consoleAction(tr("&Close the reversal..."), QStringLiteral("closeReversalAction"), QKeySequence(tr("Ctrl+Shift+W")),
                  &LiveConsole::closeReversal);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = help->addAction(tr("&About Turnback"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::createCentralWidget() {
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
    m_rubricTable->verticalScrollBar()->setObjectName(QStringLiteral("verticalScrollBar"));
    m_rubricTable->horizontalScrollBar()->setObjectName(QStringLiteral("horizontalScrollBar"));
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

    const auto addBrowser = [this](const QString& name, const QString& title) {
        auto* browser = new QTextBrowser(m_tabs);
        browser->setObjectName(name);
        browser->verticalScrollBar()->setObjectName(QStringLiteral("verticalScrollBar"));
        browser->horizontalScrollBar()->setObjectName(QStringLiteral("horizontalScrollBar"));
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
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::renderCurrentTab);

    m_faultBanner = new QLabel(central);
    m_faultBanner->setObjectName(QStringLiteral("auditFaultBanner"));
    m_faultBanner->setWordWrap(true);
    m_faultBanner->setTextFormat(Qt::PlainText);
    m_faultBanner->hide();

    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_faultBanner);
    layout->addWidget(m_kitHeader);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_auditStatus = new QLabel(statusBar());
    m_auditStatus->setObjectName(QStringLiteral("auditStatus"));
    statusBar()->addPermanentWidget(m_auditStatus, 1);
    m_signingStatus = new QLabel(statusBar());
    m_signingStatus->setObjectName(QStringLiteral("signingStatus"));
    statusBar()->addPermanentWidget(m_signingStatus);
    m_setUpSigningButton = new QPushButton(tr("Set up &signing..."), statusBar());
    m_setUpSigningButton->setObjectName(QStringLiteral("setUpSigningButton"));
    m_setUpSigningButton->hide();
    connect(m_setUpSigningButton, &QPushButton::clicked, this, &MainWindow::showSigningKeyDialog);
    statusBar()->addPermanentWidget(m_setUpSigningButton);
    auto* copyAnchorButton = new QPushButton(tr("Copy &anchor"), statusBar());
    copyAnchorButton->setObjectName(QStringLiteral("copyAnchorButton"));
    copyAnchorButton->setToolTip(tr("Copy the newest signed checkpoint (SEQ:FINGERPRINT) to paste into a ticket or "
                                    "a regulator filing: it proves later that this log was not rewritten."));
    connect(copyAnchorButton, &QPushButton::clicked, this, &MainWindow::copyAnchor);
    statusBar()->addPermanentWidget(copyAnchorButton);
}

bool MainWindow::openKit(const QString& kitFile, const QStringList& overlayFiles) {
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

void MainWindow::renderCurrentTab() {
    auto* browser = qobject_cast<QTextBrowser*>(m_tabs->currentWidget());
    if (!browser || !browser->property(kStaleProperty).toBool())
        return;
    browser->setProperty(kStaleProperty, false);
    const bool loaded = !m_kit.id.isEmpty();
    QString html;
    if (loaded) {
        if (browser == m_overviewBrowser)
            html = KitPartsHtml::overview(m_kit);
        else if (browser == m_rolesBrowser)
            html = KitPartsHtml::roles(m_kit);
        else if (browser == m_commsBrowser)
            html = KitPartsHtml::comms(m_kit);
        else if (browser == m_dataBrowser)
            html = KitPartsHtml::dataHandling(m_kit);
        else if (browser == m_stagesBrowser)
            html = KitPartsHtml::stages(m_kit);
        else if (browser == m_impactBrowser)
            html = KitPartsHtml::impact(m_kit);
    }
    browser->setHtml(html);
}

void MainWindow::showKit() {
    m_rubricModel->setKit(m_kit);
    const bool loaded = !m_kit.id.isEmpty();
    if (!loaded) {
        m_kitHeader->setText(tr("<b>No kit loaded.</b> Open one with File &gt; Open kit (Ctrl+O)."));
    } else {
        QString header =
            QStringLiteral("<span style='font-size:14pt'><b>%1</b></span>").arg(m_kit.name.toHtmlEscaped());
        if (!m_overlayFiles.isEmpty())
            header += QStringLiteral(" &nbsp;") + (m_overlayFiles.size() == 1
                                                       ? tr("with 1 service overlay")
                                                       : tr("with %1 service overlays").arg(m_overlayFiles.size()));
        header += QStringLiteral("<br><small>%1</small>").arg(m_kitFile.toHtmlEscaped());
        m_kitHeader->setText(header);
    }
    m_rubricTable->resizeRowsToContents();
    // The kit's other parts are laid out when their tab is first shown: at start-up only the
    // rubric is on screen, and six rich-text documents cost more than the rest of the window.
    for (QTextBrowser* browser :
         {m_overviewBrowser, m_rolesBrowser, m_commsBrowser, m_dataBrowser, m_stagesBrowser, m_impactBrowser})
        browser->setProperty(kStaleProperty, true);
    renderCurrentTab();
    updateReversalActions();
    updateStatus();
}

bool MainWindow::record(const QString& kind, const QString& target, const QJsonObject& payload) {
    // During a reversal, clicks belong to it and are made by its current operator.
    const bool running = m_session && !m_session->incident().isClosed();
    const QString actor = running ? m_session->incident().currentOperator().name : m_actor;
    const QString incident = running ? m_session->incident().id() : QString();
    QJsonObject marked = payload;
    if (running && m_session->incident().isExercise())
        marked.insert(QStringLiteral("exercise"), true);
    // The status line follows AuditTrail::recorded, the banner pendingChanged / faultChanged.
    return m_trail->append({actor, kind, target, incident, marked}).isRecorded();
}

void MainWindow::updateStatus() {
    if (!m_auditStatus)
        return;
    // seq has no gaps, so the head's seq is the count, without counting the table on every click.
    const qint64 events = m_auditLog.headSeq();
    m_auditStatus->setText(events == 1 ? tr("Audit log: %1 — 1 event recorded").arg(m_auditLog.path())
                                       : tr("Audit log: %1 — %2 events recorded").arg(m_auditLog.path()).arg(events));
}

void MainWindow::updateFaultBanner() {
    QStringList lines;
    if (m_auditLog.isReadOnly())
        lines << tr("READ-ONLY: %1").arg(m_auditLog.readOnlyReason());
    const int held = m_trail->pendingCount();
    if (held > 0) {
        QStringList latest;
        const QList<AuditTrail::PendingEvent> pending = m_trail->pending();
        for (qsizetype i = std::max<qsizetype>(0, pending.size() - 3); i < pending.size(); ++i)
            latest << QStringLiteral("%1 %2").arg(
                pending.at(i).atUtc.toLocalTime().toString(QStringLiteral("HH:mm:ss")), pending.at(i).event.kind);
        lines << tr("NOT YET RECORDED: %1 event(s) are held in memory, in order, and will be written with their "
                    "original times (latest: %2). Do not quit until this goes away.")
                     .arg(held)
                     .arg(latest.join(QStringLiteral(", ")));
        if (!m_auditLog.isReadOnly())
            lines << m_trail->faultMessage();
    }
    m_faultBanner->setVisible(!lines.isEmpty());
    m_faultBanner->setText(lines.join(QLatin1Char('\n')));
    m_faultBanner->setStyleSheet(
        held > 0 ? QStringLiteral("QLabel { background: #b71c1c; color: white; font-weight: bold; padding: 6px; }")
                 : QStringLiteral("QLabel { background: #455a64; color: white; font-weight: bold; padding: 6px; }"));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_trail->retry();
    const int held = m_trail->pendingCount();
    if (held == 0) {
        event->accept();
        return;
    }
    // The only way to lose an event is to quit while it is held: say so, and let the operator choose.
    const auto answer = MessageBoxes::ask(
        this, QMessageBox::Warning, tr("Events are not yet recorded"),
        tr("%1 event(s) could not be written to the audit log yet and are held in memory. If you quit now, they are "
           "lost.\n\n%2\n\nKeep Turnback open until the banner goes away.")
            .arg(held)
            .arg(m_trail->faultMessage()),
        QMessageBox::Cancel | QMessageBox::Discard, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        event->accept();
    else
        event->ignore();
}

void MainWindow::updateSigningStatus() {
    const qint64 waiting = m_auditLog.pendingCheckpointCount();
    const std::optional<Checkpoint> signedOne = m_auditLog.latestSignedCheckpoint();
    QString text;
    if (!m_auditLog.hasSigningKey())
        text = waiting ? tr("NOT SIGNED YET: %1 checkpoint(s) wait for a key").arg(waiting) : tr("No signing key yet");
    else if (signedOne)
        text = tr("Signed to seq %1").arg(signedOne->seq);
    else
        text = tr("Signing key ready");
    m_signingStatus->setText(text);
    m_signingStatus->setToolTip(m_signingProblem);
    m_setUpSigningButton->setVisible(!m_auditLog.hasSigningKey() && !m_signingProblem.isEmpty());
    m_signingStatus->setStyleSheet(!m_auditLog.hasSigningKey() && waiting
                                       ? QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }")
                                       : QString());
}

void MainWindow::startSigning() {
    if (!m_signer) {
        m_signer = new AuditSigner(m_auditLog, this);
        m_signer->setObjectName(QStringLiteral("auditSigner"));
    }
    connect(
        m_signer, &AuditSigner::finished, this,
        [this](KeyStore::Status status, const QString& message) {
            m_signingProblem = status == KeyStore::Status::Ok ? QString() : message;
            updateSigningStatus();
            // Never cover a live reversal with a dialog: the status bar offers it instead.
            if (status != KeyStore::Status::Ok && !(m_session && !m_session->incident().isClosed()))
                showSigningKeyDialog();
        },
        Qt::SingleShotConnection);
    m_signer->useKeychain();
}

void MainWindow::showSigningKeyDialog() {
    if (!m_signer || findChild<SigningKeyDialog*>())
        return;
    auto* dialog = new SigningKeyDialog(*m_signer, m_signingProblem, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { m_signingProblem.clear(); });
    connect(dialog, &QDialog::finished, this, &MainWindow::updateSigningStatus);
    dialog->open();
}

bool MainWindow::copyAnchor() {
    const std::optional<Checkpoint> checkpoint = m_auditLog.latestSignedCheckpoint();
    if (!checkpoint) {
        statusBar()->showMessage(tr("Nothing is signed yet: there is no anchor to copy."), 8000);
        return false;
    }
    QApplication::clipboard()->setText(checkpoint->anchor());
    record(QStringLiteral("anchor.copied"), QString::number(checkpoint->seq),
           {{QStringLiteral("anchor"), checkpoint->anchor()}});
    statusBar()->showMessage(tr("Copied %1: paste it into the ticket or filing.").arg(checkpoint->anchor()), 10000);
    return true;
}

void MainWindow::chooseKit() {
    const QString file = FileDialogs::openKitFile(this);
    if (!file.isEmpty())
        openKit(file);
}

void MainWindow::addOverlays() {
    if (m_kitFile.isEmpty()) {
        statusBar()->showMessage(tr("Open a kit before adding a service overlay."), 5000);
        return;
    }
    const QStringList files = FileDialogs::openOverlayFiles(this);
    if (!files.isEmpty())
        openKit(m_kitFile, m_overlayFiles + files);
}

void MainWindow::reloadKit() {
    if (!m_kitFile.isEmpty())
        openKit(m_kitFile, m_overlayFiles);
}

void MainWindow::chooseStartReversal() {
    if (m_kit.id.isEmpty()) {
        statusBar()->showMessage(tr("Open a kit first: a reversal runs on a kit's rubric."), 8000);
        return;
    }
    if (m_session && !m_session->incident().isClosed()) {
        statusBar()->showMessage(tr("A reversal is already running: close it before starting another."), 8000);
        return;
    }
    auto* dialog = new StartReversalDialog(m_kit, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto session = std::make_unique<ReversalSession>(*m_trail, m_clock, m_kit);
        if (!session->start(dialog->setup())) {
            MessageBoxes::tell(this, QMessageBox::Warning, tr("The reversal was not started"), session->errorString(),
                               {QStringLiteral("startFailedDialog"), QStringLiteral("startFailedCloseButton")});
            return;
        }
        attachSession(std::move(session));
    });
    dialog->open();
}

bool MainWindow::resumeOpenReversal() {
    if (m_kit.id.isEmpty() || (m_session && !m_session->incident().isClosed()))
        return false;
    const QStringList open = ReversalSession::openIncidentIds(m_auditLog);
    for (auto it = open.crbegin(); it != open.crend(); ++it) {
        auto session = std::make_unique<ReversalSession>(*m_trail, m_clock, m_kit);
        if (session->resume(*it)) {
            statusBar()->showMessage(tr("Resumed reversal \"%1\" from the audit log.").arg(session->incident().title()),
                                     10000);
            attachSession(std::move(session));
            return true;
        }
    }
    return false;
}

void MainWindow::attachSession(std::unique_ptr<ReversalSession> session) {
    if (m_console) {
        m_tabs->removeTab(m_tabs->indexOf(m_console));
        delete m_console;
        m_console = nullptr;
    }
    m_session = std::move(session);
    m_console = new LiveConsole(*m_session, m_tabs);
    connect(m_console, &LiveConsole::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_console, &LiveConsole::overdue, this, [this](const QString& text) {
        statusBar()->showMessage(text);
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            auto* tray = findChild<QSystemTrayIcon*>(QStringLiteral("trayIcon"));
            if (!tray) {
                tray = new QSystemTrayIcon(windowIcon(), this);
                tray->setObjectName(QStringLiteral("trayIcon"));
                tray->show();
            }
            tray->showMessage(tr("Turnback"), text, QSystemTrayIcon::Critical, 30'000);
        }
        emit overdueAlert(text);
    });
    connect(m_session.get(), &ReversalSession::changed, this, &MainWindow::updateReversalActions);
    m_tabs->insertTab(0, m_console,
                      m_session->incident().isExercise() ? tr("&Live reversal (EXERCISE)") : tr("&Live reversal"));
    {
        const ClickRecorder::NotAClick programmatic(m_tabs->tabBar());
        m_tabs->setCurrentIndex(0);
    }
    updateReversalActions();
    updateStatus();
}

void MainWindow::updateReversalActions() {
    const bool running = m_session && !m_session->incident().isClosed();
    for (QAction* action : std::as_const(m_reversalActions))
        action->setEnabled(running);
    // A read-only console (another Turnback records into this log) reviews; it does not start reversals.
    m_startReversalAction->setEnabled(!running && !m_auditLog.isReadOnly());
    QString title = m_kit.id.isEmpty() ? tr("Turnback") : tr("%1 — Turnback").arg(m_kit.name);
    if (m_session && m_session->incident().isExercise())
        title = tr("EXERCISE — %1").arg(title);
    setWindowTitle(title);
}

void MainWindow::showAbout() {
    MessageBoxes::tell(this, QMessageBox::Information, tr("About Turnback"),
                       tr("<b>Turnback %1</b><br>An incident console for reversibility kits: the rubric, "
                          "the comms and the data steps for unwinding a deployment, with an audit trail "
                          "that survives compliance review.")
                           .arg(QStringLiteral(TURNBACK_VERSION)),
                       {QStringLiteral("aboutDialog"), QStringLiteral("aboutCloseButton")});
}

} // namespace turnback
