#include "MainWindow.h"

#include "ClickRecorder.h"

#include "AuditLog.h"
#include "AuditTrail.h"
#include "CommsWizard.h"
#include "ConsoleController.h"
#include "EvidenceExport.h"
#include "ExerciseLauncher.h"
#include "FileDialogs.h"
#include "ImpactPanel.h"
#include "IncidentFollower.h"
#include "KeyboardHelpDialog.h"
#include "KitBrowser.h"
#include "KitErrorDialog.h"
#include "Language.h"
#include "LiveConsole.h"
#include "MessageBoxes.h"
#include "ReversalSession.h"
#include "ReviewWindow.h"
#include "StartReversalDialog.h"
#include "StartScreen.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace turnback {

MainWindow::MainWindow(AuditLog& auditLog, const Clock& clock, const QString& actor, QWidget* parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Turnback"));
    m_controller = new ConsoleController(auditLog, clock, actor, this);
    createActions();
    m_kitBrowser = new KitBrowser(this);
    m_faultBanner = new QLabel(m_kitBrowser);
    m_faultBanner->setObjectName(QStringLiteral("auditFaultBanner"));
    m_faultBanner->setWordWrap(true);
    m_faultBanner->setTextFormat(Qt::PlainText);
    m_faultBanner->hide();
    m_kitBrowser->addBanner(m_faultBanner);
    // Above the tabs, so an overdue decision is in view whichever tab is in front.
    m_overdueBanner = new QLabel(m_kitBrowser);
    m_overdueBanner->setObjectName(QStringLiteral("overdueBanner"));
    m_overdueBanner->setWordWrap(true);
    m_overdueBanner->setTextFormat(Qt::PlainText);
    m_overdueBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #c62828; color: white; font-size: 13pt; font-weight: bold; padding: 6px; }"));
    m_overdueBanner->hide();
    m_kitBrowser->addBanner(m_overdueBanner);
    m_startScreen = new StartScreen(m_kitBrowser);
    connect(m_kitBrowser, &KitBrowser::commsSendRequested, this, &MainWindow::showCommsWizard);
    connect(m_startScreen, &StartScreen::startRequested, this, &MainWindow::chooseStartReversal);
    connect(m_startScreen, &StartScreen::resumeRequested, this, &MainWindow::resumeChosenReversal);
    m_kitBrowser->setStartScreen(m_startScreen, tr("Start &page"));
    m_newLogButton = new QPushButton(tr("&Begin a new log..."), m_kitBrowser);
    m_newLogButton->setObjectName(QStringLiteral("startNewLogButton"));
    m_newLogButton->hide();
    connect(m_newLogButton, &QPushButton::clicked, this, &MainWindow::chooseNewLog);
    m_kitBrowser->addBanner(m_newLogButton);
    setCentralWidget(m_kitBrowser);
    createStatusBar();
    showKit();
    fitToScreen();

    connect(m_controller, &ConsoleController::kitChanged, this, &MainWindow::showKit);
    connect(m_controller, &ConsoleController::sessionAttached, this, &MainWindow::showSession);
    connect(m_controller, &ConsoleController::followerAttached, this, &MainWindow::showFollower);
    connect(m_controller, &ConsoleController::sessionChanged, this, &MainWindow::updateReversalActions);
    connect(m_controller, &ConsoleController::recordingStateChanged, this, &MainWindow::updateFaultBanner);
    connect(m_controller, &ConsoleController::eventRecorded, this, &MainWindow::updateStatus);
    connect(m_controller, &ConsoleController::signingStatusChanged, this, &MainWindow::updateSigningStatus);
    // No dialog when the keychain cannot help, at start-up or during a reversal: the status bar
    // says what it means in plain words and offers the choice (updateSigningStatus).
    connect(m_controller, &ConsoleController::writingStarted, this, &MainWindow::onWritingStarted);
    updateFaultBanner();
    updateSigningStatus(m_controller->signingStatus());
}

MainWindow::~MainWindow() {
    // The console refers to the controller's session: take it down first.
    delete m_console;
}

AuditTrail& MainWindow::trail() const {
    return m_controller->trail();
}

const Kit& MainWindow::kit() const {
    return m_controller->kit();
}

ReversalSession* MainWindow::session() const {
    return m_controller->session();
}

bool MainWindow::record(const QString& kind, const QString& target, const QJsonObject& payload) {
    return m_controller->record(kind, target, payload);
}

void MainWindow::createActions() {
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));

    QAction* open = file->addAction(tr("&Open kit..."), this, &MainWindow::chooseKit);
    open->setObjectName(QStringLiteral("openKitAction"));
    open->setShortcut(QKeySequence::Open);

    QAction* overlay = file->addAction(tr("Add service o&verlay..."), this, &MainWindow::addOverlays);
    overlay->setObjectName(QStringLiteral("addOverlayAction"));
    overlay->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));

    QAction* reload = file->addAction(tr("&Reload kit"), this, &MainWindow::reloadKit);
    reload->setObjectName(QStringLiteral("reloadKitAction"));
    reload->setShortcut(QKeySequence::Refresh);

    QAction* review = file->addAction(tr("Open a log for revie&w..."), this, &MainWindow::openLogForReview);
    review->setObjectName(QStringLiteral("openForReviewAction"));

    ExerciseLauncher::addTo(file, *m_controller, this);

    file->addSeparator();
    QAction* evidence = file->addAction(tr("Export &evidence pack..."), this, &MainWindow::exportEvidencePack);
    evidence->setObjectName(QStringLiteral("exportEvidenceAction"));
    QAction* report = file->addAction(tr("&After-action report..."), this, &MainWindow::showAfterActionReport);
    report->setObjectName(QStringLiteral("afterActionReportAction"));
    report->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));

    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    // Spelled out: QKeySequence::Quit is empty in key schemes other than X11's (Windows', and Qt's
    // offscreen platform), where Ctrl+Q would then do nothing.
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));

    QMenu* reversal = menuBar()->addMenu(tr("&Reversal"));
    reversal->setObjectName(QStringLiteral("reversalMenu"));
    m_startReversalAction = reversal->addAction(tr("&Start a reversal..."), this, &MainWindow::chooseStartReversal);
    m_startReversalAction->setObjectName(QStringLiteral("startReversalAction"));
    m_startReversalAction->setShortcut(QKeySequence::New);
    reversal->addSeparator();
    addConsoleAction(reversal, tr("&Acknowledge"), QStringLiteral("acknowledgeAction"), QKeySequence(tr("Ctrl+K")),
                     &LiveConsole::acknowledgeSelected);
    addConsoleAction(reversal, tr("Record a &decision..."), QStringLiteral("decideAction"), QKeySequence(tr("Ctrl+D")),
                     &LiveConsole::decideSelected);
    addConsoleAction(reversal, tr("&Import observations (CSV)..."), QStringLiteral("importObservationsAction"),
                     QKeySequence(tr("Ctrl+I")), &LiveConsole::importObservations);
    addConsoleAction(reversal, tr("&Hand over the keyboard..."), QStringLiteral("changeOperatorAction"),
                     QKeySequence(tr("Ctrl+H")), &LiveConsole::changeOperator);
    addConsoleAction(reversal, tr("Record a re&gulator trigger..."), QStringLiteral("regulatorTriggerAction"),
                     QKeySequence(tr("Ctrl+Shift+G")), &LiveConsole::recordRegulatorTrigger);
    addConsoleAction(reversal, tr("&Close the reversal..."), QStringLiteral("closeReversalAction"),
                     QKeySequence(tr("Ctrl+Shift+W")), &LiveConsole::closeReversal);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    createLanguageMenu(view);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* keyboard = help->addAction(tr("&Keyboard"), this, &MainWindow::showKeyboardHelp);
    keyboard->setObjectName(QStringLiteral("keyboardHelpAction"));
    keyboard->setShortcut(QKeySequence::HelpContents);
    QAction* about = help->addAction(tr("&About Turnback"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    ClickRecorder::markNavigation(about);
}

void MainWindow::createLanguageMenu(QMenu* view) {
    // Straight in the View menu, not a submenu: one fewer level to reach by keyboard.
    auto* group = new QActionGroup(view);
    const QString saved = Language::saved();
    QStringList codes{QString()};
    codes << Language::available();
    for (const QString& code : std::as_const(codes)) {
        QAction* action = view->addAction(code.isEmpty() ? tr("Language: &system's")
                                                         : tr("Language: %1").arg(Language::nativeName(code)));
        action->setObjectName(
            QStringLiteral("languageAction-%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            Language::save(code);
            statusBar()->showMessage(tr("The language changes at the next start of Turnback."), kMessageMs);
        });
    }
}

void MainWindow::addConsoleAction(QMenu* menu, const QString& text, const QString& name, const QKeySequence& key,
                                  void (LiveConsole::*slot)()) {
    // On the menu, not the console's buttons, so the shortcut works from every tab.
    QAction* action = menu->addAction(text, this, [this, slot] {
        if (m_console)
            (m_console->*slot)();
    });
    action->setObjectName(name);
    action->setShortcut(key);
    m_reversalActions << action;
}

bool MainWindow::openKit(const QString& kitFile, const QStringList& overlayFiles) {
    const QStringList errors = m_controller->openKit(kitFile, overlayFiles);
    if (errors.isEmpty())
        return true;
    auto* dialog = new KitErrorDialog(kitFile, errors, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return false;
}

void MainWindow::showKit() {
    m_kitBrowser->showKit(m_controller->kit(), m_controller->kitFile(), m_controller->overlayFiles());
    updateReversalActions();
    updateStartScreen();
    updateStatus();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    AuditTrail& trail = m_controller->trail();
    trail.retry();
    const int held = trail.pendingCount();
    if (held == 0) {
        if (confirmQuitDuringReversal())
            event->accept();
        else
            event->ignore();
        return;
    }
    // The only way to lose an event is to quit while it is held: say so, and let the operator choose.
    const auto answer = MessageBoxes::ask(
        this, QMessageBox::Warning, tr("Events are not yet recorded"),
        tr("%1 event(s) could not be written to the audit log yet and are held in memory. If you quit now, they are "
           "lost.\n\n%2\n\nKeep Turnback open until the banner goes away.")
            .arg(held)
            .arg(trail.faultMessage()),
        QMessageBox::Cancel | QMessageBox::Discard, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        event->accept();
    else
        event->ignore();
}

bool MainWindow::confirmQuitDuringReversal() {
    if (!m_controller->isReversalRunning())
        return true;
    const Incident& incident = session()->incident();
    const QList<Obligation> overdue = m_controller->overdueObligations();
    QString text = tr("Reversal \"%1\" is still open at %2.").arg(incident.title(), levelText(incident.level()));
    if (!overdue.isEmpty())
        text += QLatin1Char(' ') + tr("%1 decision(s) are OVERDUE.").arg(overdue.size());
    text += QStringLiteral("\n\n") +
            tr("If you quit, its timers keep running while Turnback is closed, and nobody is alerted. "
               "Start Turnback again on this log to resume it.\n\nQuit anyway?");
    return MessageBoxes::ask(this, QMessageBox::Warning, tr("A reversal is open"), text,
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void MainWindow::chooseKit() {
    const QString file = FileDialogs::openKitFile(this);
    if (!file.isEmpty())
        openKit(file);
}

void MainWindow::openLogForReview() {
    const QString file = FileDialogs::openLogForReview(this);
    if (file.isEmpty())
        return;
    // Its own window, read-only; the reviewer's clicks in it go to this console's log, never to that file.
    auto* review = new ReviewWindow(m_controller->hasKit() ? &m_controller->kit() : nullptr, this);
    review->setWindowFlag(Qt::Window);
    review->setAttribute(Qt::WA_DeleteOnClose);
    if (!review->openLog(file)) {
        MessageBoxes::tell(this, QMessageBox::Warning, tr("Cannot review this file"), review->errorString(),
                           {QStringLiteral("reviewFailedDialog"), QStringLiteral("reviewFailedCloseButton")});
        delete review;
        return;
    }
    review->show();
}

void MainWindow::addOverlays() {
    if (!m_controller->hasKit()) {
        statusBar()->showMessage(tr("Open a kit before adding a service overlay."), kMessageMs);
        return;
    }
    const QStringList files = FileDialogs::openOverlayFiles(this);
    if (!files.isEmpty())
        openKit(m_controller->kitFile(), m_controller->overlayFiles() + files);
}

void MainWindow::reloadKit() {
    if (m_controller->hasKit())
        openKit(m_controller->kitFile(), m_controller->overlayFiles());
}

void MainWindow::chooseStartReversal() {
    if (!m_controller->hasKit() || m_controller->isReversalRunning()) {
        statusBar()->showMessage(m_controller->hasKit()
                                     ? tr("A reversal is already running: close it before starting another.")
                                     : tr("Open a kit first: a reversal runs on a kit's rubric."),
                                 kMessageMs);
        return;
    }
    auto* dialog = new StartReversalDialog(m_controller->kit(), m_controller->actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_controller->startReversal(dialog->setup()))
            MessageBoxes::tell(this, QMessageBox::Warning, tr("The reversal was not started"),
                               m_controller->errorString(),
                               {QStringLiteral("startFailedDialog"), QStringLiteral("startFailedCloseButton")});
    });
    dialog->open();
}

bool MainWindow::resumeOpenReversal() {
    const QStringList resumable = m_controller->resumableReversalIds();
    const bool choose = resumable.size() > 1 && !m_controller->isFollowingAnotherWriter();
    // Which of several goes on is the operator's call, not the newest's by default.
    if (choose || !m_controller->resumeOpenReversal()) {
        updateStartScreen(); // the log as it is now: other consoles may have written since
        m_kitBrowser->showStartScreen();
        m_startScreen->focusNextStep();
        if (choose)
            statusBar()->showMessage(
                tr("%1 reversals are open: choose the one to resume on the Start tab.").arg(resumable.size()));
        return false;
    }
    if (session()) // a follower says so itself (showFollower)
        sayResumed();
    return true;
}

bool MainWindow::resumeChosenReversal(const QString& incidentId) {
    if (!m_controller->resumeReversal(incidentId)) {
        statusBar()->showMessage(m_controller->errorString(), kMessageMs);
        return false;
    }
    sayResumed();
    return true;
}

void MainWindow::sayResumed() {
    statusBar()->showMessage(tr("Resumed reversal \"%1\" from the audit log.").arg(session()->incident().title()),
                             kMessageMs);
}

void MainWindow::showSession(ReversalSession* session) {
    showConsole(*session, session);
}

void MainWindow::showFollower(IncidentFollower* follower) {
    showConsole(*follower, nullptr);
    statusBar()->showMessage(
        tr("Following reversal \"%1\", which another console records.").arg(follower->incident().title()), kMessageMs);
}

void MainWindow::showConsole(IncidentView& view, ReversalSession* session) {
    // The old console goes with the old session (KitBrowser deletes it).
    m_console = new LiveConsole(view, session, m_kitBrowser);
    connect(m_console, &LiveConsole::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, kMessageMs); });
    connect(m_console, &LiveConsole::overdue, this, &MainWindow::raiseOverdue);
    connect(m_console, &LiveConsole::commsRequested, this, &MainWindow::showCommsWizard);
    connect(m_console, &LiveConsole::goToImpactPrompts, m_kitBrowser, &KitBrowser::showImpactPanel);
    m_kitBrowser->impactPanel()->setView(&view, session);
    m_kitBrowser->showLiveConsole(m_console, view.incident().isExercise() ? tr("&Live reversal (EXERCISE)")
                                                                          : tr("&Live reversal"));
    m_kitBrowser->showDataHandling(&view, session);
    m_kitBrowser->showStages(&view, session);
    m_console->setFocus();
    updateReversalActions();
    updateStartScreen();
    updateStatus();
}

void MainWindow::showCommsWizard(const QString& templateId) {
    ReversalSession* running = session();
    if (!running || !running->incident().isStarted() || running->incident().isClosed()) {
        statusBar()->showMessage(tr("Start or resume a reversal first: a comms update is sent, and recorded, in one."),
                                 kMessageMs);
        return;
    }
    auto* wizard = new CommsWizard(*running, templateId, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &QWizard::finished, this, [this] { updateStatus(); });
    wizard->open();
}

void MainWindow::raiseOverdue(const QString& text) {
    statusBar()->showMessage(text);
    updateOverdue(); // the title and the banner; the console has already asked for the window's attention
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
}

void MainWindow::updateReversalActions() {
    const bool running = m_controller->isReversalRunning();
    for (QAction* action : std::as_const(m_reversalActions))
        action->setEnabled(running);
    // A read-only console (another Turnback records into this log) reviews; it does not start reversals.
    m_startReversalAction->setEnabled(!running && !m_controller->log().isReadOnly());
    updateOverdue();
    if (running != m_listedRunning)
        updateStartScreen(); // started, resumed or closed: the list and what it offers change
}

void MainWindow::updateOverdue() {
    const Kit& kit = m_controller->kit();
    QString title = kit.id.isEmpty() ? tr("Turnback") : tr("%1 — Turnback").arg(kit.name);
    const IncidentView* shown = m_controller->shownReversal();
    const QList<Obligation> overdue = m_controller->overdueObligations();
    const QList<OwedItem> others = m_controller->overdueOwedBeyondDecisions();
    const qsizetype overdueCount = overdue.size() + others.size();
    if (shown && !shown->incident().isClosed()) {
        const Level level = shown->incident().level();
        title = tr("%1 — %2").arg(levelText(level), title);
        if (overdueCount > 0)
            title = tr("OVERDUE %1 — %2").arg(overdueCount).arg(title);
    }
    if (shown && shown->incident().isExercise())
        title = tr("EXERCISE — %1").arg(title);
    setWindowTitle(title);
    m_overdueBanner->setVisible(overdueCount > 0);
    m_overdueBanner->setText(overdueBannerText(overdue, others));
}

QString MainWindow::levelText(Level level) const {
    return level == Level::Normal ? tr("NORMAL") : m_controller->kit().levelLabel(level).toUpper();
}

namespace {

/// "• Incident commander owes the update "Internal alert", due at 09:15:00 (09:15:00 UTC)".
QString overdueItemLine(const Kit& kit, const OwedItem& item) {
    QString what;
    switch (item.kind) {
    case OwedKind::Comms:
    case OwedKind::RegulatorReport: {
        const QString id = item.kind == OwedKind::Comms ? item.comms : item.templateId;
        const CommsTemplate* comms = nullptr;
        for (const CommsTemplate& t : kit.comms)
            if (t.id == id)
                comms = &t;
        what = MainWindow::tr("the update \"%1\"").arg(comms ? comms->title : id);
        break;
    }
    case OwedKind::StageItem:
        what = item.stageItem.isEmpty() ? MainWindow::tr("the rollback window's close")
                                        : MainWindow::tr("the stage item \"%1\"").arg(item.stageItem);
        break;
    default:
        what = item.signal;
        break;
    }
    return MainWindow::tr("• %1 owes %2, due at %3 (%4 UTC)")
        .arg(kit.roleTitle(item.role), what, item.deadline.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
             item.deadline.toString(QStringLiteral("HH:mm:ss")));
}

} // namespace

QString MainWindow::overdueBannerText(const QList<Obligation>& overdue, const QList<OwedItem>& others) const {
    if (overdue.isEmpty() && others.isEmpty())
        return {};
    const Kit& kit = m_controller->kit();
    QStringList lines;
    const qsizetype count = overdue.size() + others.size();
    if (others.isEmpty())
        lines << (overdue.size() == 1
                      ? tr("OVERDUE: 1 decision is past its deadline. Ctrl+D records it.")
                      : tr("OVERDUE: %1 decisions are past their deadline. Ctrl+D records one.").arg(overdue.size()));
    else
        lines << (count == 1 ? tr("OVERDUE: 1 item is past its deadline.")
                             : tr("OVERDUE: %1 items are past their deadline.").arg(count));
    for (const Obligation& o : overdue) {
        const Signal* signal = kit.signal(o.signalId);
        lines << tr("• %1 owes a decision on %2 → %3, due at %4 (%5 UTC)")
                     .arg(kit.roleTitle(o.ownerRole), signal ? signal->name : o.signalId, kit.levelLabel(o.level),
                          o.deadline.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                          o.deadline.toString(QStringLiteral("HH:mm:ss")));
    }
    for (const OwedItem& item : others)
        lines << overdueItemLine(kit, item);
    // The banner sits over every tab: past four items it names how many more, and NEXT lists them all.
    constexpr qsizetype kMostItemLines = 4;
    if (lines.size() > kMostItemLines + 1) {
        const qsizetype more = lines.size() - 1 - kMostItemLines;
        lines.resize(kMostItemLines + 1);
        lines << tr("• … and %1 more (NEXT on the Live reversal tab lists them all)").arg(more);
    }
    return lines.join(QLatin1Char('\n'));
}

void MainWindow::updateStartScreen() {
    m_listedRunning = m_controller->isReversalRunning();
    StartScreen::State state;
    state.reversals = m_controller->reversals();
    state.loadedKitId = m_controller->kit().id;
    state.canStart = m_controller->canStartReversal();
    state.readOnly = m_controller->log().isReadOnly();
    if (m_listedRunning)
        state.runningTitle = session()->incident().title();
    m_startScreen->setState(state);
}

void MainWindow::fitToScreen() {
    // Room for the frame and title bar a window manager adds; on a laptop the whole screen, on a
    // big one no bigger than is comfortable to read across.
    const QSize frameAllowance(16, 40);
    resize(QSize(1400, 900).boundedTo(screen()->availableGeometry().size() - frameAllowance));
}

void MainWindow::showKeyboardHelp() {
    if (auto* shown = findChild<KeyboardHelpDialog*>()) {
        shown->raise();
        shown->activateWindow();
        return;
    }
    auto* dialog = new KeyboardHelpDialog(findChildren<QAction*>(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout() {
    MessageBoxes::tell(this, QMessageBox::Information, tr("About Turnback"),
                       tr("<b>Turnback %1</b><br>An incident console for reversibility kits: the rubric, "
                          "the comms and the data steps for unwinding a deployment, with an audit trail "
                          "that survives compliance review.")
                           .arg(QStringLiteral(TURNBACK_VERSION)),
                       {QStringLiteral("aboutDialog"), QStringLiteral("aboutCloseButton")});
}

void MainWindow::exportEvidencePack() {
    const AuditLog& log = m_controller->log();
    const QString incident = incidentOnScreenOrNewest();
    if (incident.isEmpty()) {
        MessageBoxes::tell(this, QMessageBox::Information, tr("Export evidence pack"),
                           tr("This log holds no reversal yet: there is nothing to export."),
                           {QStringLiteral("evidenceNothingBox"), QStringLiteral("evidenceNothingCloseButton")});
        return;
    }
    const QString actor = session() ? session()->incident().currentOperator().name : m_controller->actor();
    if (EvidenceExport* job = EvidenceExport::start(this, log, incident, actor))
        connect(job, &EvidenceExport::finished, this, [this](const EvidencePackResult& result) {
            statusBar()->showMessage(result.ok ? tr("Evidence pack written.") : tr("Evidence pack not written."),
                                     10'000);
        });
}

} // namespace turnback
