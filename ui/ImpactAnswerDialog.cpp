#include "ImpactAnswerDialog.h"

#include "DialogKeys.h"
#include "Incident.h"
#include "ReversalSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace turnback {

ImpactAnswerDialog::ImpactAnswerDialog(ReversalSession& session, const ImpactPrompt& prompt, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_prompt(prompt) {
    setObjectName(QStringLiteral("impactAnswerDialog"));
    setWindowTitle(tr("Answer a human-impact prompt"));
    auto* question = new QLabel(QStringLiteral("<b>%1</b>").arg(prompt.question.toHtmlEscaped()), this);
    question->setObjectName(QStringLiteral("impactQuestionLabel"));
    question->setWordWrap(true);
    auto* answerLabel = new QLabel(tr("&Answer:"), this);
    answerLabel->setObjectName(QStringLiteral("impactAnswerLabel"));
    QWidget* field = nullptr;
    const ImpactAnswer* standing = session.incident().impactAnswer(prompt.id);
    if (prompt.type == ImpactAnswerType::Choice) {
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("impactChoiceBox"));
        m_choice->addItems(prompt.choices);
        if (standing && !standing->unknown)
            m_choice->setCurrentText(standing->answer);
        field = m_choice;
    } else {
        m_answer = new QLineEdit(this);
        m_answer->setObjectName(QStringLiteral("impactAnswerEdit"));
        m_answer->setPlaceholderText(prompt.type == ImpactAnswerType::Number ? tr("A number, such as 120")
                                                                             : tr("What you know now"));
        if (standing && !standing->unknown)
            m_answer->setText(standing->answer);
        field = m_answer;
    }
    answerLabel->setBuddy(field);
    m_unknown = new QCheckBox(tr("&Unknown... (not known yet: say why)"), this);
    m_unknown->setObjectName(QStringLiteral("impactUnknownCheck"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("impactReasonEdit"));
    m_reason->setPlaceholderText(tr("Why the answer is not known, and who is finding out"));
    m_reasonLabel = new QLabel(tr("&Reason it is unknown:"), this);
    m_reasonLabel->setObjectName(QStringLiteral("impactReasonLabel"));
    m_reasonLabel->setBuddy(m_reason);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("impactProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    DialogKeys::hideWhenEdited(m_problem, {field, m_reason});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("impactAnswerButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record a&nswer"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("impactRecordButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("impactCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_unknown, &QCheckBox::toggled, this, &ImpactAnswerDialog::showUnknown);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(answerLabel);
    layout->addWidget(field);
    layout->addWidget(m_unknown);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    showUnknown(false);
    field->setFocus();
    resize(560, sizeHint().height());
}

void ImpactAnswerDialog::showUnknown(bool unknown) {
    // "Unknown..." asks for the reason: the reason field is offered, the answer field is not used.
    m_reasonLabel->setVisible(unknown);
    m_reason->setVisible(unknown);
    (m_answer ? static_cast<QWidget*>(m_answer) : m_choice)->setEnabled(!unknown);
    if (unknown)
        m_reason->setFocus();
}

void ImpactAnswerDialog::accept() {
    const bool unknown = m_unknown->isChecked();
    const QString answer = m_choice ? m_choice->currentText() : m_answer->text();
    if (!m_session.answerImpact(m_prompt.id, unknown ? QString() : answer, unknown, m_reason->text())) {
        m_problem->setText(m_session.errorString());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace turnback
