#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace turnback {

class ReversalSession;

/// Takes back an observation or a notification tick recorded in error, with a reason (issue 8:
/// corrected, never erased). Says what is taken back and what follows; on Retract the session
/// appends the correction; a refusal (no reason) is shown in the dialog and nothing is recorded.
class RetractDialog : public QDialog {
    Q_OBJECT
public:
    RetractDialog(ReversalSession& session, qint64 seq, QWidget* parent = nullptr);
    void accept() override;

private:
    ReversalSession& m_session;
    qint64 m_seq;
    QLineEdit* m_reason = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace turnback
