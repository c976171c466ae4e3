#include "AddInjectDialog.h"

#include "DialogKeys.h"
#include "Kit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace turnback {

AddInjectDialog::AddInjectDialog(const Kit& kit, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("addInjectDialog"));
    setWindowTitle(tr("Add an inject"));

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("injectTextEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("The regulator calls and asks whether personal data was lost."));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("injectToCombo"));
    m_to->addItem(tr("The whole room"), QString());
    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("expectationByCombo"));
    for (const Role& role : kit.roles) {
        m_to->addItem(role.title, role.id);
        m_by->addItem(role.title, role.id);
    }
    m_act = new QComboBox(this);
    m_act->setObjectName(QStringLiteral("expectationActCombo"));
    m_act->addItem(tr("Nothing expected"), QString());
    for (const QString& act : events::expectationActs())
        m_act->addItem(act, act);
    m_item = new QLineEdit(this);
    m_item->setObjectName(QStringLiteral("expectationItemEdit"));
    m_item->setPlaceholderText(tr("signal, template, PROCEDURE/STEP, prompt or trigger id"));
    m_within = new QSpinBox(this);
    m_within->setObjectName(QStringLiteral("expectationWithinSpin"));
    m_within->setRange(1, 24 * 60);
    m_within->setValue(15);
    m_within->setSuffix(tr(" min"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("addInjectProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->hide();

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* field) {
        auto* l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("&What reaches the room:"), m_text);
    addRow(tr("Add&ressed to:"), m_to);
    addRow(tr("E&xpected act:"), m_act);
    addRow(tr("On &item:"), m_item);
    addRow(tr("&By:"), m_by);
    addRow(tr("Wi&thin:"), m_within);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* add = buttons->addButton(tr("&Add inject"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("addInjectButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("addInjectCancelButton"));
    cancel->setDefault(true); // a stray Return adds nothing; Ctrl+Return adds
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto updateExpectation = [this] {
        const bool on = !m_act->currentData().toString().isEmpty();
        m_item->setEnabled(on);
        m_by->setEnabled(on);
        m_within->setEnabled(on);
    };
    connect(m_act, &QComboBox::currentIndexChanged, this, updateExpectation);
    updateExpectation();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    DialogKeys::submitOnCtrlReturn(this);
    DialogKeys::hideWhenEdited(m_problem, {m_text, m_item});
}

QString AddInjectDialog::text() const {
    return m_text->toPlainText().trimmed();
}

QString AddInjectDialog::toRole() const {
    return m_to->currentData().toString();
}

std::optional<events::ExerciseExpectation> AddInjectDialog::expectation() const {
    const QString act = m_act->currentData().toString();
    if (act.isEmpty())
        return std::nullopt;
    return events::ExerciseExpectation{act, m_item->text().trimmed(), m_by->currentData().toString(),
                                       qint64(m_within->value()) * 60'000};
}

void AddInjectDialog::accept() {
    QString problem;
    if (text().isEmpty())
        problem = tr("Write what reaches the room.");
    else if (expectation() && expectation()->item.isEmpty())
        problem = tr("Say which item the act is expected on, or choose \"Nothing expected\".");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace turnback
