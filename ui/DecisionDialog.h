#pragma once

#include "ReversalSession.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace turnback {

/// The owner's decision on one triggered item: carry out the level it calls for, hold (with a
/// reason) or de-escalate it (with a reason). The operator chooses the item among the open
/// decisions, in the order they are owed, with the one NEXT names preselected; everything the dialog
/// offers (the level to carry out, the levels to de-escalate to, who must give a reason) is that
/// item's. Once no decision is open, the only choice is to stand the incident down. On OK the
/// decision is recorded through the session; a refusal is shown in the dialog (and recorded by the
/// session), and nothing else changes.
class DecisionDialog : public QDialog {
    Q_OBJECT
public:
    /// `obligationId` preselects that item when its decision is open; 0 preselects what NEXT names.
    DecisionDialog(ReversalSession& session, qint64 obligationId = 0, QWidget* parent = nullptr);

    /// The item chosen now (0: standing the incident down).
    qint64 chosenObligation() const;
    void accept() override;

private:
    void fillItems(qint64 preselect);
    /// Shows the chosen item: what it is, the level it calls for, the levels below it.
    void showItem();
    void updateState();

    ReversalSession& m_session;
    QComboBox* m_item = nullptr;
    QLabel* m_subject = nullptr;
    QRadioButton* m_carryOut = nullptr;
    QRadioButton* m_hold = nullptr;
    QRadioButton* m_deEscalate = nullptr;
    QComboBox* m_deEscalateTo = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_actingFor = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace turnback
