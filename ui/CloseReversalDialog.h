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

private:
    ReversalSession& m_session;
    QLineEdit* m_summary = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace turnback
