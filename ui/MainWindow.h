#pragma once

#include "Kit.h"

#include <QJsonObject>
#include <QMainWindow>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace turnback {

class AuditLog;
class AuditSigner;
class AuditTrail;
class Clock;
class LiveConsole;
class ReversalSession;
class RubricTableModel;

/// The console's main window: the kit's rubric as a table, a read-only browser of the kit's
/// other parts, and the audit log's state in the status bar. Everything it does is recorded.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `auditLog` and `clock` must outlive the window; `actor` is who is at the keyboard until a
    /// reversal names its operator.
    MainWindow(AuditLog& auditLog, const Clock& clock, const QString& actor, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads and shows a kit. On failure, keeps what is shown, opens a dialog listing every
    /// problem, and returns false.
    bool openKit(const QString& kitFile, const QStringList& overlayFiles = {});

    /// Appends an event through the audit trail; false when it could not be written now (it is
    /// then held, in order, and the window says so plainly until it is written).
    bool record(const QString& kind, const QString& target, const QJsonObject& payload = {});

    AuditTrail& trail() const { return *m_trail; }

    const Kit& kit() const { return m_kit; }

    /// Resumes the newest reversal the log has that was started with the loaded kit and not
    /// closed. False when there is none.
    bool resumeOpenReversal();
    /// Looks for the signing key in the OS keychain (creating it on first use); when the keychain
    /// cannot help, explains and offers a passphrase-protected key file. Recording never waits for it.
    void startSigning();
    /// Copies the newest signed checkpoint's anchor ("SEQ:FINGERPRINT") for a ticket or a filing,
    /// and records that it was copied. False when nothing is signed yet.
    bool copyAnchor();
    /// The keychain-or-key-file dialog, with the last keychain problem; also from the status bar.
    void showSigningKeyDialog();

    /// The running reversal, or nullptr.
    ReversalSession* session() const { return m_session.get(); }
    LiveConsole* liveConsole() const { return m_console; }

signals:
    /// An owner's timer ran out (also shown in the window and, where there is one, the tray).
    void overdueAlert(const QString& message);

private:
    void createActions();
    void createCentralWidget();
    void showKit();
    void renderCurrentTab();
    void updateStatus();
    void chooseKit();
    void addOverlays();
    void reloadKit();
    void showAbout();
    void chooseStartReversal();
    void attachSession(std::unique_ptr<ReversalSession> session);
    void updateReversalActions();
    void updateSigningStatus();
    void updateFaultBanner();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    AuditLog& m_auditLog;
    AuditTrail* m_trail = nullptr;
    const Clock& m_clock;
    std::unique_ptr<ReversalSession> m_session;
    LiveConsole* m_console = nullptr;
    QList<QAction*> m_reversalActions;
    QAction* m_startReversalAction = nullptr;
    QString m_actor;
    Kit m_kit;
    QString m_kitFile;
    QStringList m_overlayFiles;

    RubricTableModel* m_rubricModel = nullptr;
    QLabel* m_kitHeader = nullptr;
    QLabel* m_faultBanner = nullptr; ///< NOT YET RECORDED / READ-ONLY: what the log cannot do now, and why
    QTabWidget* m_tabs = nullptr;
    QTableView* m_rubricTable = nullptr;
    QTextBrowser* m_overviewBrowser = nullptr;
    QTextBrowser* m_rolesBrowser = nullptr;
    QTextBrowser* m_commsBrowser = nullptr;
    QTextBrowser* m_dataBrowser = nullptr;
    QTextBrowser* m_stagesBrowser = nullptr;
    QTextBrowser* m_impactBrowser = nullptr;
    QLabel* m_auditStatus = nullptr;
    QLabel* m_signingStatus = nullptr;
    AuditSigner* m_signer = nullptr;
    QPushButton* m_setUpSigningButton = nullptr;
    QString m_signingProblem; ///< why the keychain could not help, for the dialog and the tooltip
};

} // namespace turnback
