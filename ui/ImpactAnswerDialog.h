#pragma once

#include "Kit.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace turnback {

class ReversalSession;

/// Answers one human-impact prompt: the answer typed (or chosen, for a `choice` prompt), or
/// "Unknown..." with the reason it is not known. Recorded through ReversalSession::answerImpact; a
/// refusal is shown under the fields and nothing is recorded.
class ImpactAnswerDialog : public QDialog {
    Q_OBJECT
public:
    ImpactAnswerDialog(ReversalSession& session, const ImpactPrompt& prompt, QWidget* parent = nullptr);
    void accept() override;

private:
    void showUnknown(bool unknown);

    ReversalSession& m_session;
    ImpactPrompt m_prompt;
    QLineEdit* m_answer = nullptr;
    QComboBox* m_choice = nullptr;
    QCheckBox* m_unknown = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace turnback
