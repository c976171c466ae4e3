#include "MainWindow.h"

// The state of the record at the window's edges: the status bar (the log, the signing key, the
// anchor) and the fault banner (a broken, read-only or full log), and starting a new log after a
// broken one. The rest of the window is in MainWindow.cpp.

#include "AuditLog.h"
#include "AuditTrail.h"
#include "ConsoleController.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "RememberedKeyFile.h"
#include "SigningKeyDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>

namespace turnback {

void MainWindow::createStatusBar() {
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_auditStatus = new QLabel(statusBar());
    m_auditStatus->setObjectName(QStringLiteral("auditStatus"));
    // A long path must not make the window wider than a laptop screen: the label gives up width
    // (the end is cut) and shows the whole line on hover.
    m_auditStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addPermanentWidget(m_auditStatus, 1);
    m_signingStatus = new QLabel(statusBar());
    m_signingStatus->setObjectName(QStringLiteral("signingStatus"));
    statusBar()->addPermanentWidget(m_signingStatus);
    m_setUpSigningButton = new QPushButton(tr("Set up &signing..."), statusBar());
    m_setUpSigningButton->setObjectName(QStringLiteral("setUpSigningButton"));
    m_setUpSigningButton->hide();
    connect(m_setUpSigningButton, &QPushButton::clicked, this, &MainWindow::showSigningKeyDialog);
    statusBar()->addPermanentWidget(m_setUpSigningButton);
    auto* copyAnchorButton = new QPushButton(tr("Cop&y anchor"), statusBar());
    copyAnchorButton->setObjectName(QStringLiteral("copyAnchorButton"));
    copyAnchorButton->setToolTip(tr("Copy the newest signed checkpoint (SEQ:FINGERPRINT) to paste into a ticket or "
                                    "a regulator filing: it proves later that this log was not rewritten."));
    connect(copyAnchorButton, &QPushButton::clicked, this, &MainWindow::copyAnchor);
    statusBar()->addPermanentWidget(copyAnchorButton);
}

void MainWindow::updateStatus() {
    if (!m_auditStatus)
        return;
    const AuditLog& log = m_controller->log();
    // seq has no gaps, so the head's seq is the count, without counting the table on every click.
    const qint64 events = log.headSeq();
    if (log.isBroken()) {
        m_auditStatus->setText(tr("Audit log: %1 — BROKEN at seq %2, read-only").arg(log.path()).arg(log.brokenSeq()));
        return;
    }
    m_auditStatus->setText(events == 1 ? tr("Audit log: %1 — 1 event recorded").arg(log.path())
                                       : tr("Audit log: %1 — %2 events recorded").arg(log.path()).arg(events));
    m_auditStatus->setToolTip(m_auditStatus->text());
}

void MainWindow::updateFaultBanner() {
    const AuditLog& log = m_controller->log();
    const AuditTrail& trail = m_controller->trail();
    QStringList lines;
    if (log.isBroken())
        lines << tr("BROKEN at seq %1 (%2).").arg(log.brokenSeq()).arg(log.brokenWhy())
              << tr("This audit log (%1) is not what was written. It is open read-only: nothing more is recorded "
                    "into it, and its reversals are not shown. Keep it for investigation (turnback-cli audit verify) "
                    "and start a new log to keep recording.")
                     .arg(log.path());
    else if (log.isReadOnly())
        lines << tr("READ-ONLY: %1").arg(log.readOnlyReason());
    const int held = trail.pendingCount();
    if (held > 0) {
        QStringList latest;
        const QList<AuditTrail::PendingEvent> pending = trail.pending();
        for (qsizetype i = std::max<qsizetype>(0, pending.size() - 3); i < pending.size(); ++i)
            latest << QStringLiteral("%1 %2 %3")
                          .arg(pending.at(i).atUtc.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                               pending.at(i).event.kind, pending.at(i).event.target);
        lines << tr("NOT YET RECORDED: %1 event(s) are held in memory, in order, and will be written with their "
                    "original times as soon as the log can be written (latest: %2). Do not do them again; do not "
                    "quit until this goes away.")
                     .arg(held)
                     .arg(latest.join(QStringLiteral(", ")));
        if (!log.isReadOnly())
            lines << trail.faultMessage();
    }
    m_faultBanner->setVisible(!lines.isEmpty());
    m_faultBanner->setText(lines.join(QLatin1Char('\n')));
    m_newLogButton->setVisible(log.isBroken());
    m_faultBanner->setStyleSheet(
        held > 0 || log.isBroken()
            ? QStringLiteral("QLabel { background: #b71c1c; color: white; font-weight: bold; padding: 6px; }")
            : QStringLiteral("QLabel { background: #455a64; color: white; font-weight: bold; padding: 6px; }"));
}

void MainWindow::chooseNewLog() {
    const AuditLog& log = m_controller->log();
    if (!log.isBroken())
        return;
    const QFileInfo broken(log.path());
    const QString suggested = broken.absolutePath() + QStringLiteral("/") + broken.completeBaseName() +
                              QStringLiteral("-new.") + broken.suffix();
    const QString file = FileDialogs::newLogFile(this, suggested);
    if (file.isEmpty())
        return;
    if (!m_controller->startNewLog(file))
        MessageBoxes::tell(this, QMessageBox::Warning, tr("No new log was started"), m_controller->errorString(),
                           {QStringLiteral("newLogFailedDialog"), QStringLiteral("newLogFailedCloseButton")});
}

void MainWindow::onWritingStarted() {
    updateFaultBanner();
    updateSigningStatus(m_controller->signingStatus());
    updateReversalActions();
    updateStatus();
    statusBar()->showMessage(tr("This console records into %1 now.").arg(m_controller->log().path()), kMessageMs);
    m_controller->startSigning();
}

void MainWindow::updateSigningStatus(const SigningStatus& status) {
    QString text;
    const bool broken = m_controller->log().isBroken();
    if (broken) // a broken log is never signed: no key would help, so none is asked for
        text = tr("Nothing more is signed: the log is BROKEN");
    else if (!status.refused.isEmpty())
        text = tr("CHECKPOINT REFUSED: %1 pending checkpoint(s) were not signed: %2")
                   .arg(status.refused.size())
                   .arg(status.refused.constFirst());
    else if (status.needsOperator())
        // The keychain could not help: say what that means for the record, in plain words.
        text = status.waitingCheckpoints
                   ? tr("NOT SIGNED YET: no keychain. Events are recorded; %1 checkpoint(s) wait for a signature.")
                         .arg(status.waitingCheckpoints)
                   : tr("No keychain: events are recorded; checkpoints wait for a signature.");
    else if (!status.hasKey)
        text = status.waitingCheckpoints
                   ? tr("NOT SIGNED YET: %1 checkpoint(s) wait for a key").arg(status.waitingCheckpoints)
                   : tr("No signing key yet");
    else if (status.signedToSeq)
        text = tr("Signed to seq %1").arg(*status.signedToSeq);
    else
        text = tr("Signing key ready");
    m_signingStatus->setText(text);
    // The keychain's own words (often a D-Bus message) stay out of sight until asked for.
    m_signingStatus->setToolTip(status.refused.isEmpty() ? status.problem : status.refused.join(QLatin1Char('\n')));
    const QString keyFile = RememberedKeyFile::path();
    m_setUpSigningButton->setText(keyFile.isEmpty() ? tr("Set up &signing...") : tr("Unlock the &signing key file..."));
    m_setUpSigningButton->setToolTip(keyFile.isEmpty()
                                         ? tr("Keep the signing key in a passphrase-protected file, or retry the "
                                              "keychain.")
                                         : tr("Sign with the key file used last time: %1").arg(keyFile));
    m_setUpSigningButton->setVisible(status.needsOperator() && !broken);
    m_signingStatus->setStyleSheet(!broken && (status.isUrgent() || !status.refused.isEmpty())
                                       ? QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }")
                                       : QString());
}

void MainWindow::startSigning() {
    m_controller->startSigning();
}

void MainWindow::showSigningKeyDialog() {
    // One at a time; a closed one may linger until its deferred delete, and must not block a new one.
    for (SigningKeyDialog* open : findChildren<SigningKeyDialog*>())
        if (open->isVisible()) {
            open->raise();
            open->activateWindow();
            return;
        }
    auto* dialog = new SigningKeyDialog(m_controller->signer(), m_controller->signingStatus().problem, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, m_controller, &ConsoleController::refreshSigningStatus);
    dialog->open();
}

bool MainWindow::copyAnchor() {
    const QString anchor = m_controller->copyAnchor();
    if (anchor.isEmpty()) {
        statusBar()->showMessage(tr("Nothing is signed yet: there is no anchor to copy."), kMessageMs);
        return false;
    }
    QApplication::clipboard()->setText(anchor);
    statusBar()->showMessage(tr("Copied %1: paste it into the ticket or filing.").arg(anchor), kMessageMs);
    return true;
}

} // namespace turnback
