#include "StageActDialog.h"

#include "DialogKeys.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace turnback {

StageActDialog::StageActDialog(const QString& title, const QString& about, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("stageActDialog"));
    setWindowTitle(title);
    auto* text = new QLabel(about, this);
    text->setObjectName(QStringLiteral("stageActAbout"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    m_form = new QFormLayout;
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("stageActProblem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("stageActButtons"));
    m_record = buttons->button(QDialogButtonBox::Ok);
    m_record->setText(tr("&Record"));
    m_record->setObjectName(QStringLiteral("stageActRecordButton"));
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("stageActCancelButton"));
    // A stray Return must not record a fact: Cancel is the default, Record is a deliberate Alt+R.
    m_record->setAutoDefault(false);
    m_record->setDefault(false);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    DialogKeys::submitOnCtrlReturn(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

int StageActDialog::addChoice(const QString& label, const QString& objectName) {
    auto* button = new QRadioButton(label, this);
    button->setObjectName(objectName);
    button->setChecked(m_choices.isEmpty());
    m_form->addRow(button);
    m_choices.append(button);
    m_fields.append(button);
    DialogKeys::hideWhenEdited(m_problem, {button});
    return int(m_choices.size() - 1);
}

QLineEdit* StageActDialog::addField(const QString& label, const QString& objectName, const QString& placeholder) {
    auto* field = new QLineEdit(this);
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    auto* name = new QLabel(label, this);
    name->setObjectName(objectName + QStringLiteral("Label"));
    name->setBuddy(field);
    m_form->addRow(name, field);
    m_fields.append(field);
    DialogKeys::hideWhenEdited(m_problem, {field});
    return field;
}

QCheckBox* StageActDialog::addCheck(const QString& label, const QString& objectName) {
    auto* check = new QCheckBox(label, this);
    check->setObjectName(objectName);
    m_form->addRow(check);
    m_fields.append(check);
    DialogKeys::hideWhenEdited(m_problem, {check});
    return check;
}

QLineEdit* StageActDialog::addReason(const QString& label) {
    m_reason = addField(label, QStringLiteral("stageReasonEdit"), tr("What the record should say, in a line"));
    return m_reason;
}

void StageActDialog::setRecorder(std::function<bool()> record, std::function<QString()> error) {
    m_recordFn = std::move(record);
    m_errorFn = std::move(error);
    if (!m_fields.isEmpty())
        m_fields.first()->setFocus();
    resize(560, sizeHint().height());
}

int StageActDialog::choice() const {
    for (int i = 0; i < m_choices.size(); ++i)
        if (m_choices.at(i)->isChecked())
            return i;
    return -1;
}

QString StageActDialog::reason() const {
    return m_reason ? m_reason->text() : QString();
}

void StageActDialog::accept() {
    if (m_recordFn && !m_recordFn()) {
        m_problem->setText(m_errorFn ? m_errorFn() : QString());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace turnback
