#pragma once

#include "ReversalSession.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace turnback {

/// Closes the reversal with a one-line summary; warns when decisions or notifications are still open.
class CloseReversalDialog : public QDialog {
    Q_OBJECT
public:
    CloseReversalDialog(ReversalSession& session, QWidget* parent = nullptr);
    void accept() override;

signals:
    /// The operator chose to answer the prompts that block closing; the dialog was cancelled.
    void goToImpactPrompts();

private:
    /// Says which required human-impact prompts block closing (none: hidden), and offers to go to them.
    QWidget* impactBlockers();
    /// Lists what the recovery still owes (steps, the relaunch decision) and asks why closing anyway;
    /// hidden while the recovery is not under way or is finished.
    QWidget* openRecoveryNote();

    ReversalSession& m_session;
    QLineEdit* m_summary = nullptr;
    QLineEdit* m_stagesReason = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace turnback
