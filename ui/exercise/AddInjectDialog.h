#pragma once

#include "ExerciseEvents.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace turnback {

struct Kit;

/// The trainer adds an inject on the spot: its words, the role it is addressed to (or the room),
/// and optionally what is expected of whom within how long. Ctrl+Return adds it, Escape does not.
class AddInjectDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddInjectDialog(const Kit& kit, QWidget* parent = nullptr);

    QString text() const;
    QString toRole() const; ///< empty: the whole room
    std::optional<events::ExerciseExpectation> expectation() const;

    void accept() override;

private:
    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_to = nullptr;
    QComboBox* m_act = nullptr;
    QLineEdit* m_item = nullptr;
    QComboBox* m_by = nullptr;
    QSpinBox* m_within = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace turnback
