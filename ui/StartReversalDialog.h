#pragma once

#include "ReversalSession.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace turnback {

/// Starts a reversal: what is being reversed, who is at the keyboard in which role, live or exercise.
/// The blanks are checked before the dialog accepts.
class StartReversalDialog : public QDialog {
    Q_OBJECT
public:
    StartReversalDialog(const Kit& kit, const QString& defaultOperator, QWidget* parent = nullptr);

    ReversalSetup setup() const;

    void accept() override;

private:
    QLineEdit* m_title = nullptr;
    QLineEdit* m_service = nullptr;
    QLineEdit* m_operator = nullptr;
    QComboBox* m_role = nullptr;
    QRadioButton* m_live = nullptr;
    QRadioButton* m_exercise = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace turnback
