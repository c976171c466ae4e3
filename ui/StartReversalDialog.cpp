#include "StartReversalDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace turnback {

StartReversalDialog::StartReversalDialog(const Kit& kit, const QString& defaultOperator, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("startReversalDialog"));
    setWindowTitle(tr("Start a reversal"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("reversalTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. Roll back checkout v2.14 canary"));
    m_service = new QLineEdit(this);
    m_service->setObjectName(QStringLiteral("reversalServiceEdit"));
    m_service->setPlaceholderText(tr("e.g. checkout"));
    m_operator = new QLineEdit(defaultOperator, this);
    m_operator->setObjectName(QStringLiteral("operatorNameEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("operatorRoleCombo"));
    for (const Role& role : kit.roles)
        m_role->addItem(role.person.isEmpty() ? role.title : QStringLiteral("%1 — %2").arg(role.title, role.person),
                        role.id);
    if (const int commander = m_role->findData(QStringLiteral("incident-commander")); commander >= 0)
        m_role->setCurrentIndex(commander);

    m_live = new QRadioButton(tr("&Live: a real deployment is being reversed"), this);
    m_live->setObjectName(QStringLiteral("liveModeRadio"));
    m_live->setChecked(true);
    m_exercise = new QRadioButton(tr("&Exercise: a tabletop drill, marked EXERCISE everywhere"), this);
    m_exercise->setObjectName(QStringLiteral("exerciseModeRadio"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("startProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    m_problem->hide();
    // The complaint is about blank fields: it goes once none is blank.
    for (QLineEdit* field : {m_title, m_service, m_operator})
        connect(field, &QLineEdit::textChanged, this, [this] {
            const ReversalSetup s = setup();
            if (!s.title.isEmpty() && !s.service.isEmpty() && !s.op.name.isEmpty())
                m_problem->hide();
        });

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Your name:"), m_operator);
    form->addRow(tr("Your &role:"), m_role);
    auto* modes = new QVBoxLayout;
    modes->addWidget(m_live);
    modes->addWidget(m_exercise);
    form->addRow(tr("Mode:"), modes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("startReversalButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start reversal"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("startReversalOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("startReversalCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

ReversalSetup StartReversalDialog::setup() const {
    return {m_title->text().trimmed(),
            m_service->text().trimmed(),
            {m_operator->text().trimmed(), m_role->currentData().toString()},
            m_exercise->isChecked()};
}

void StartReversalDialog::accept() {
    const ReversalSetup s = setup();
    QWidget* blank = s.title.isEmpty()     ? m_title
                     : s.service.isEmpty() ? m_service
                     : s.op.name.isEmpty() ? m_operator
                                           : nullptr;
    if (blank) {
        m_problem->setText(tr("Fill in every field: the record needs what, where and who."));
        m_problem->show();
        blank->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace turnback
