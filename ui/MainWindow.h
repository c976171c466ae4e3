#pragma once

#include "Kit.h"

#include <QJsonObject>
#include <QMainWindow>

class QLabel;
class QPushButton;

namespace turnback {

class AuditLog;
class AuditTrail;
class Clock;
class ConsoleController;
class KitBrowser;
class IncidentFollower;
class IncidentView;
class LiveConsole;
struct OwedItem;
class ReversalSession;
class StartScreen;
struct Obligation;
struct SigningStatus;

/// The console's main window, a view on its ConsoleController (docs/architecture.md, "Console"):
/// menus and shortcuts, the KitBrowser (the kit, and the live console while a reversal runs), the
/// audit fault banner, and the audit log's and the signing key's state in the status bar. What it
/// does is the controller's; everything it does is recorded.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `auditLog` and `clock` must outlive the window; `actor` is who is at the keyboard until a
    /// reversal names its operator.
    MainWindow(AuditLog& auditLog, const Clock& clock, const QString& actor, QWidget* parent = nullptr);
    ~MainWindow() override;

    ConsoleController& controller() const { return *m_controller; }

    /// Loads and shows a kit. On failure, keeps what is shown, opens a dialog listing every
    /// problem, and returns false.
    bool openKit(const QString& kitFile, const QStringList& overlayFiles = {});

    /// ConsoleController::record(): false when it could not be written now (it is then held, in
    /// order, and the window says so plainly until it is written).
    bool record(const QString& kind, const QString& target, const QJsonObject& payload = {});

    AuditTrail& trail() const;
    const Kit& kit() const;

    /// At start-up: resumes the one open reversal of the loaded kit, as it was left. When several
    /// are open, resumes none and puts the start screen's list in front, for the operator to choose.
    /// False when nothing was resumed.
    bool resumeOpenReversal();
    /// Resumes the reversal the operator chose on the start screen; says why not in the status bar.
    bool resumeChosenReversal(const QString& incidentId);
    /// Looks for the signing key in the OS keychain (creating it on first use); when the keychain
    /// cannot help, explains and offers a passphrase-protected key file. Recording never waits for it.
    void startSigning();
    /// Copies the newest signed checkpoint's anchor ("SEQ:FINGERPRINT") for a ticket or a filing,
    /// and records that it was copied. False when nothing is signed yet.
    bool copyAnchor();
    /// The keychain-or-key-file dialog, with the last keychain problem; also from the status bar.
    void showSigningKeyDialog();

    /// File > Export evidence pack...: the reversal on screen (or, with none, the one started last),
    /// exported on a worker thread with progress and Cancel (EvidenceExport).
    void exportEvidencePack();
    /// File > After-action report: the report of the reversal on screen (or the log's newest), built
    /// read-only from this console's log; the trainer's review is recorded into it (MainWindowReport.cpp).
    void showAfterActionReport();
    /// The reversal on screen; with none, the one started last in this log (empty when it holds none).
    QString incidentOnScreenOrNewest() const;

    /// The reversal on screen, or nullptr.
    ReversalSession* session() const;
    /// Opens the comms wizard on `templateId` (the suggested one when empty) for the running reversal;
    /// without one, the status bar says to start or resume one first.
    void showCommsWizard(const QString& templateId = {});
    LiveConsole* liveConsole() const { return m_console; }

signals:
    /// An owner's timer ran out (also shown in the window and, where there is one, the tray).
    void overdueAlert(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    /// How long a passing message stays in the status bar.
    static constexpr int kMessageMs = 8000;
    void createActions();
    void createStatusBar();
    void addConsoleAction(QMenu* menu, const QString& text, const QString& name, const QKeySequence& key,
                          void (LiveConsole::*slot)());
    void showKit();
    void chooseKit();
    /// File > Open a log for review: a ReviewWindow on a log opened read-only.
    void openLogForReview();
    void addOverlays();
    void reloadKit();
    void showAbout();
    void showKeyboardHelp();
    void createLanguageMenu(QMenu* view);
    /// Fits the window on the screen it opens on (a 1280x720 laptop included).
    void fitToScreen();
    void chooseStartReversal();
    void sayResumed();
    void showSession(ReversalSession* session);
    void showFollower(IncidentFollower* follower);
    void showConsole(IncidentView& view, ReversalSession* session);
    void raiseOverdue(const QString& text);
    void updateReversalActions();
    void updateStartScreen();
    /// The level and the number overdue in the window title, and the overdue banner above the tabs,
    /// from the reversal on screen and the clock.
    void updateOverdue();
    QString overdueBannerText(const QList<Obligation>& overdue, const QList<OwedItem>& others) const;
    /// "STOP (HALT DEPLOY)", or "NORMAL": the level as the title and the quit question name it.
    QString levelText(Level level) const;
    /// A reversal is open: quitting asks first (it resumes when Turnback starts again). True to quit.
    bool confirmQuitDuringReversal();
    void updateStatus();
    void updateSigningStatus(const SigningStatus& status);
    void updateFaultBanner();
    /// Offers a new file (FileDialogs) and records into it from now on; the broken log stays as it is.
    void chooseNewLog();
    void onWritingStarted();

    ConsoleController* m_controller = nullptr;
    KitBrowser* m_kitBrowser = nullptr;
    LiveConsole* m_console = nullptr;
    QList<QAction*> m_reversalActions;
    QAction* m_startReversalAction = nullptr;
    QLabel* m_faultBanner = nullptr;   ///< NOT YET RECORDED / READ-ONLY: what the log cannot do now, and why
    QLabel* m_overdueBanner = nullptr; ///< OVERDUE: which decisions are past their deadline, on every tab
    StartScreen* m_startScreen = nullptr;
    bool m_listedRunning = false;          ///< whether a reversal was running when the start screen was last filled
    QPushButton* m_newLogButton = nullptr; ///< shown while the log is BROKEN
    QLabel* m_auditStatus = nullptr;
    QLabel* m_signingStatus = nullptr;
    QPushButton* m_setUpSigningButton = nullptr;
};

} // namespace turnback
