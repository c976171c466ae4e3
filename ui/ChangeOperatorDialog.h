#pragma once

#include "ReversalSession.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace turnback {

/// Hands the keyboard to someone else: their name and role go into every later record.
class ChangeOperatorDialog : public QDialog {
    Q_OBJECT
public:
    ChangeOperatorDialog(ReversalSession& session, QWidget* parent = nullptr);
    void accept() override;

private:
    ReversalSession& m_session;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace turnback
