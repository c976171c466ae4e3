#include "DataWizardStepPage.h"

#include "DataStepRules.h"
#include "EvidenceStore.h"
#include "FileDialogs.h"
#include "ReversalSession.h"

#include <QButtonGroup>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizard>

namespace turnback {

using events::DataStepRecorded;

DataWizardStepPage::DataWizardStepPage(ReversalSession& session, const DataProcedure& procedure, qsizetype index,
                                       QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_procedure(procedure)
    , m_step(procedure.steps[index])
    , m_index(index) {
    setTitle(tr("%1 — step %2 of %3").arg(procedure.title).arg(index + 1).arg(procedure.steps.size()));
    QStringList marks;
    if (m_step.checkpoint)
        marks << tr("CHECKPOINT: cannot be passed without its evidence");
    if (m_step.destructive)
        marks << tr("DESTRUCTIVE: deletes or changes data; type the confirmation");
    if (m_step.twoPerson)
        marks << tr("TWO-PERSON: a second person confirms");
    setSubTitle(marks.join(QStringLiteral(" · ")));

    auto* layout = new QVBoxLayout(this);
    auto* instruction = new QLabel(m_step.text, this);
    instruction->setObjectName(QStringLiteral("instructionLabel"));
    instruction->setWordWrap(true);
    instruction->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: bold"));
    layout->addWidget(instruction);
    m_recorded = new QLabel(this);
    m_recorded->setObjectName(QStringLiteral("recordedLabel"));
    m_recorded->setWordWrap(true);
    layout->addWidget(m_recorded);

    auto* form = new QFormLayout;
    addEvidenceFields(form);

    auto* attach = new QPushButton(tr("Attac&h file..."), this);
    attach->setObjectName(QStringLiteral("attachButton"));
    connect(attach, &QPushButton::clicked, this, &DataWizardStepPage::attachFile);
    m_attachmentsLabel = new QLabel(tr("No file attached."), this);
    m_attachmentsLabel->setObjectName(QStringLiteral("attachmentsLabel"));
    m_attachmentsLabel->setWordWrap(true);
    auto* attachRow = new QHBoxLayout;
    attachRow->addWidget(attach);
    attachRow->addWidget(m_attachmentsLabel, 1);
    form->addRow(tr("Evidence files:"), attachRow);

    m_done = new QRadioButton(tr("D&one"), this);
    m_done->setObjectName(QStringLiteral("doneRadio"));
    m_done->setChecked(true);
    m_blocked = new QRadioButton(tr("Bloc&ked"), this);
    m_blocked->setObjectName(QStringLiteral("blockedRadio"));
    auto* outcome = new QButtonGroup(this);
    outcome->addButton(m_done);
    outcome->addButton(m_blocked);
    auto* outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(m_done);
    outcomeRow->addWidget(m_blocked);
    outcomeRow->addStretch();
    form->addRow(tr("Outcome:"), outcomeRow);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why the step cannot be done now"));
    form->addRow(tr("&Reason (blocked):"), m_reason);

    addDestructiveFields(form);
    layout->addLayout(form);

    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("whyLabel"));
    m_why->setWordWrap(true);
    m_why->setStyleSheet(QStringLiteral("color: #a40000; font-weight: bold"));
    layout->addWidget(m_why);
    layout->addStretch();

    connect(m_done, &QRadioButton::toggled, this, &DataWizardStepPage::refresh);
    connect(m_reason, &QLineEdit::textChanged, this, &DataWizardStepPage::refresh);
}

void DataWizardStepPage::addEvidenceFields(QFormLayout* form) {
    for (qsizetype i = 0; i < m_step.evidence.size(); ++i) {
        auto* field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("evidenceEdit%1").arg(i));
        const QString label =
            m_step.checkpoint ? tr("%1 (required):").arg(m_step.evidence[i]) : tr("%1:").arg(m_step.evidence[i]);
        form->addRow(label, field);
        connect(field, &QLineEdit::textChanged, this, &DataWizardStepPage::refresh);
        m_evidence << field;
    }
}

void DataWizardStepPage::addDestructiveFields(QFormLayout* form) {
    if (m_step.destructive) {
        m_confirmLabel = new QLabel(this);
        m_confirmLabel->setObjectName(QStringLiteral("confirmLabel"));
        m_confirmLabel->setWordWrap(true);
        form->addRow(m_confirmLabel);
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("confirmEdit"));
        form->addRow(tr("&Type to confirm:"), m_confirm);
        connect(m_confirm, &QLineEdit::textChanged, this, &DataWizardStepPage::refresh);
    }
    if (m_step.twoPerson) {
        m_secondName = new QLineEdit(this);
        m_secondName->setObjectName(QStringLiteral("secondNameEdit"));
        form->addRow(tr("Second person's na&me:"), m_secondName);
        m_secondRole = new QLineEdit(this);
        m_secondRole->setObjectName(QStringLiteral("secondRoleEdit"));
        form->addRow(tr("Second person's ro&le:"), m_secondRole);
        connect(m_secondName, &QLineEdit::textChanged, this, &DataWizardStepPage::refresh);
        connect(m_secondRole, &QLineEdit::textChanged, this, &DataWizardStepPage::refresh);
    }
}

void DataWizardStepPage::initializePage() {
    // What was recorded since the page was built (an earlier step's evidence fills the confirmation).
    const DataProgress* progress = m_session.incident().dataProgress(m_procedure.id);
    if (m_confirmLabel && progress) {
        QString missing;
        const QString expected = DataStepRules::expectedConfirmation(m_step, *progress, &missing);
        m_confirmLabel->setText(missing.isEmpty()
                                    ? tr("To confirm, type exactly: <b>%1</b>").arg(expected.toHtmlEscaped())
                                    : tr("Confirmed with %1, which was not recorded.").arg(missing.toHtmlEscaped()));
    }
    const DataStepEntry* latest = progress ? progress->latest(m_step.id) : nullptr;
    if (latest) {
        const QString when = latest->at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        m_recorded->setText(latest->step.outcome == DataStepRecorded::Outcome::Done
                                ? tr("Recorded DONE by %1 at %2 UTC.").arg(latest->actor, when)
                                : tr("Recorded BLOCKED by %1 at %2 UTC: \"%3\". Record it again once it can be done.")
                                      .arg(latest->actor, when, latest->step.reason));
        if (latest->step.outcome == DataStepRecorded::Outcome::Done)
            for (QLineEdit* field : std::as_const(m_evidence)) {
                const QString* value = latest->step.evidenceValue(m_step.evidence[m_evidence.indexOf(field)]);
                field->setText(value ? *value : QString());
            }
    } else {
        m_recorded->clear();
    }
    // A step done stays as recorded: it is shown, not edited.
    const bool done = isRecordedDone();
    for (QWidget* w : findChildren<QWidget*>())
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QRadioButton*>(w) || qobject_cast<QPushButton*>(w))
            w->setEnabled(!done);
    refresh();
    if (!done && !m_evidence.isEmpty())
        m_evidence.first()->setFocus();
}

bool DataWizardStepPage::isRecordedDone() const {
    const DataProgress* progress = m_session.incident().dataProgress(m_procedure.id);
    return progress && progress->isDone(m_step.id);
}

DataStepRecorded DataWizardStepPage::pending() const {
    DataStepRecorded s;
    s.procedure = m_procedure.id;
    s.step = m_step.id;
    s.outcome = m_blocked->isChecked() ? DataStepRecorded::Outcome::Blocked : DataStepRecorded::Outcome::Done;
    s.reason = m_blocked->isChecked() ? m_reason->text().trimmed() : QString();
    for (qsizetype i = 0; i < m_evidence.size(); ++i)
        s.evidence.append({m_step.evidence[i], m_evidence[i]->text().trimmed()});
    s.attachments = m_attachments;
    if (m_confirm && !m_blocked->isChecked())
        s.confirmation = m_confirm->text();
    if (m_secondName && !m_blocked->isChecked())
        s.secondPerson = events::SecondPerson{m_secondName->text().trimmed(), m_secondRole->text().trimmed()};
    return s;
}

QString DataWizardStepPage::refusal() const {
    if (isRecordedDone())
        return {};
    const DataProgress* progress = m_session.incident().dataProgress(m_procedure.id);
    if (!progress)
        return tr("The procedure has not been begun.");
    return DataStepRules::refusal(m_procedure, *progress, pending(), m_session.incident().currentOperator());
}

void DataWizardStepPage::refresh() {
    m_reason->setEnabled(m_blocked->isChecked() && !isRecordedDone());
    m_why->setText(refusal());
    // Blocked ends the walk at this step: Finish, not Next (QWizard lays out its buttons again).
    setFinalPage(m_blocked->isChecked() && !isRecordedDone());
    emit completeChanged();
}

bool DataWizardStepPage::isComplete() const {
    return refusal().isEmpty();
}

int DataWizardStepPage::nextId() const {
    // A blocked step ends the walk here: Finish records it, and the procedure resumes at it.
    if (m_blocked->isChecked() && !isRecordedDone())
        return -1;
    return QWizardPage::nextId();
}

bool DataWizardStepPage::validatePage() {
    if (isRecordedDone())
        return true;
    // Recorded as the page is passed, so closing the wizard later loses nothing.
    if (!m_session.recordDataStep(pending())) {
        m_why->setText(m_session.errorString());
        return false;
    }
    initializePage();
    return true;
}

void DataWizardStepPage::attachFile() {
    const QString file = FileDialogs::openEvidenceFile(this);
    if (file.isEmpty())
        return;
    const EvidenceStore::Result result =
        EvidenceStore::attach(m_session, file, QStringLiteral("data:%1/%2").arg(m_procedure.id, m_step.id));
    if (!result.attached || !result.seq) {
        m_why->setText(result.error);
        return;
    }
    m_attachments << result.attached->sha256;
    QStringList names = m_attachmentsLabel->property("names").toStringList();
    names << tr("%1 (SHA-256 %2…)").arg(result.attached->originalName, result.attached->sha256.left(12));
    m_attachmentsLabel->setProperty("names", names);
    m_attachmentsLabel->setText(tr("Attached and recorded: %1").arg(names.join(QStringLiteral("; "))));
}

} // namespace turnback
