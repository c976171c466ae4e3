#pragma once

#include "ReversalSession.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace turnback {

/// The owner's decision on a triggered level: carry it out, hold (with a reason) or de-escalate
/// (with a reason). Says plainly when the person at the keyboard acts for another owner, which
/// needs a reason too. On OK the decision is recorded through the session; a refusal is shown
/// in the dialog and nothing is recorded.
class DecisionDialog : public QDialog {
    Q_OBJECT
public:
    DecisionDialog(ReversalSession& session, qint64 obligationId, QWidget* parent = nullptr);

    void accept() override;

private:
    void updateState();

    ReversalSession& m_session;
    qint64 m_obligationId;
    QRadioButton* m_carryOut = nullptr;
    QRadioButton* m_hold = nullptr;
    QRadioButton* m_deEscalate = nullptr;
    QComboBox* m_deEscalateTo = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_actingFor = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace turnback
