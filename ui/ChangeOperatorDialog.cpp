#include "ChangeOperatorDialog.h"

#include "DialogKeys.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace turnback {

ChangeOperatorDialog::ChangeOperatorDialog(ReversalSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("changeOperatorDialog"));
    setWindowTitle(tr("Hand over the keyboard"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newOperatorNameEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("newOperatorRoleCombo"));
    for (const Role& role : session.kit().roles)
        m_role->addItem(role.title, role.id);
    m_role->setCurrentIndex(std::max(0, m_role->findData(session.incident().currentOperator().role)));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("changeOperatorProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    m_problem->hide();
    m_problem->setWordWrap(true);
    DialogKeys::hideWhenEdited(m_problem, {m_name, m_role});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("changeOperatorButtons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changeOperatorOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("changeOperatorCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Now at the keyboard: %1").arg(session.incident().currentOperator().name), new QWidget(this));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(m_problem);
    form->addRow(buttons);
}

void ChangeOperatorDialog::accept() {
    if (!m_session.changeOperator({m_name->text(), m_role->currentData().toString()})) {
        m_problem->setText(m_session.errorString());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace turnback
