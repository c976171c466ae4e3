#include "DecisionDialog.h"

#include "AuditLog.h"
#include "Clock.h"
#include "DialogKeys.h"
#include "OwedItems.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace turnback {

DecisionDialog::DecisionDialog(ReversalSession& session, qint64 obligationId, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Record a decision"));

    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("decisionItemCombo"));
    m_subject = new QLabel(this);
    m_subject->setObjectName(QStringLiteral("decisionSubjectLabel"));
    m_subject->setWordWrap(true);

    m_carryOut = new QRadioButton(this);
    m_carryOut->setObjectName(QStringLiteral("carryOutRadio"));
    m_carryOut->setChecked(true);
    m_hold = new QRadioButton(this);
    m_hold->setObjectName(QStringLiteral("holdRadio"));
    m_deEscalate = new QRadioButton(tr("&De-escalate to (give a reason):"), this);
    m_deEscalate->setObjectName(QStringLiteral("deEscalateRadio"));
    m_deEscalateTo = new QComboBox(this);
    m_deEscalateTo->setObjectName(QStringLiteral("deEscalateLevelCombo"));

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("decisionReasonEdit"));
    m_reason->verticalScrollBar()->setObjectName(QStringLiteral("verticalScrollBar"));
    m_reason->horizontalScrollBar()->setObjectName(QStringLiteral("horizontalScrollBar"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why? (goes into the audit trail word for word)"));
    m_reason->setMaximumHeight(90);
    auto* reasonLabel = new QLabel(tr("&Reason (Ctrl+Return records):"), this);
    reasonLabel->setObjectName(QStringLiteral("decisionReasonLabel"));
    reasonLabel->setBuddy(m_reason);

    m_actingFor = new QLabel(this);
    m_actingFor->setObjectName(QStringLiteral("actingForLabel"));
    m_actingFor->setWordWrap(true);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("decisionProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("decisionButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record decision"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordDecisionButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("decisionCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton* radio : {m_carryOut, m_hold, m_deEscalate})
        connect(radio, &QRadioButton::toggled, this, &DecisionDialog::updateState);

    auto* itemRow = new QFormLayout;
    auto* itemLabel = new QLabel(tr("Decide on &item:"), this);
    itemLabel->setBuddy(m_item);
    itemRow->addRow(itemLabel, m_item);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(itemRow);
    layout->addWidget(m_subject);
    layout->addWidget(m_carryOut);
    layout->addWidget(m_hold);
    auto* deEscalateRow = new QHBoxLayout;
    deEscalateRow->addWidget(m_deEscalate);
    deEscalateRow->addWidget(m_deEscalateTo, 1);
    layout->addLayout(deEscalateRow);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_actingFor);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    fillItems(obligationId);
    connect(m_item, &QComboBox::currentIndexChanged, this, &DecisionDialog::showItem);
    showItem();
    DialogKeys::submitOnCtrlReturn(this);
    DialogKeys::hideWhenEdited(m_problem, {m_item, m_carryOut, m_hold, m_deEscalate, m_deEscalateTo, m_reason});
    resize(600, sizeHint().height());
}

void DecisionDialog::fillItems(qint64 preselect) {
    const Incident& incident = m_session.incident();
    const Kit& kit = m_session.kit();
    const QDateTime now = m_session.clock().utcNow();
    // The open decisions in the order they are owed: the first is the one NEXT names.
    for (const OwedItem& owed : owedItems(incident, now)) {
        if (owed.kind != OwedKind::Decision)
            continue;
        const Signal* signal = kit.signal(owed.signal);
        // The deadline, not a countdown: a choice list is not refreshed, and a frozen "+1:39" would lie.
        const QString due = owed.deadline.toString(QStringLiteral("HH:mm:ss"));
        m_item->addItem(
            (owed.overdue ? tr("%1 → %2 — OVERDUE since %3 UTC (%4)") : tr("%1 → %2 — due %3 UTC (%4)"))
                .arg(signal ? signal->name : owed.signal, kit.levelLabel(owed.level), due, kit.roleTitle(owed.role)),
            owed.obligation);
    }
    if (m_item->count() == 0)
        m_item->addItem(tr("Stand the incident down (every decision is in)"), qint64(0));
    if (const int at = m_item->findData(preselect); preselect && at >= 0)
        m_item->setCurrentIndex(at);
}

qint64 DecisionDialog::chosenObligation() const {
    return m_item->currentData().toLongLong();
}

void DecisionDialog::showItem() {
    const Incident& incident = m_session.incident();
    const Kit& kit = m_session.kit();
    const Obligation* o = incident.obligation(chosenObligation());
    const Signal* signal = o ? kit.signal(o->signalId) : nullptr;
    if (!o)
        m_subject->setText(tr("No signal's decision is open. You can stand the incident down from <b>%1</b>.")
                               .arg(kit.levelLabel(incident.level()).toHtmlEscaped()));
    else
        m_subject->setText(
            tr("<b>%1</b> triggered at %2 UTC and calls for <b>%3</b>.<br>Owner: %4. Due %5 UTC.")
                .arg((signal ? signal->name : o->signalId).toHtmlEscaped(),
                     o->triggeredAt.toString(QStringLiteral("HH:mm:ss")), kit.levelLabel(o->callsFor).toHtmlEscaped(),
                     kit.roleTitle(o->ownerRole).toHtmlEscaped(), o->deadline.toString(QStringLiteral("HH:mm:ss"))));
    // Exactly this item's level: carry it out, hold it, or de-escalate it to a level below it.
    const QString itemLevel = o ? kit.levelLabel(o->callsFor) : QString();
    m_carryOut->setText(tr("Carry &out: %1").arg(itemLevel));
    m_hold->setText(tr("&Hold: %1 stays in force, not yet carried out (give a reason)").arg(itemLevel));
    const Level ceiling = o ? o->callsFor : incident.level();
    m_deEscalateTo->clear();
    for (Level level : {Level::Normal, Level::Slow, Level::Stop})
        if (level < ceiling)
            m_deEscalateTo->addItem(level == Level::Normal ? tr("Normal (no restriction)") : kit.levelLabel(level),
                                    int(level));
    m_carryOut->setEnabled(o != nullptr);
    m_hold->setEnabled(o != nullptr);
    m_deEscalate->setEnabled(m_deEscalateTo->count() > 0);
    if (!o)
        m_deEscalate->setChecked(true);
    else if (!m_deEscalate->isEnabled() && m_deEscalate->isChecked())
        m_carryOut->setChecked(true);

    const Operator op = incident.currentOperator();
    if (o && op.role != o->ownerRole)
        m_actingFor->setText(tr("You (%1, %2) are acting for the %3: a reason is required.")
                                 .arg(op.name, kit.roleTitle(op.role), kit.roleTitle(o->ownerRole)));
    else
        m_actingFor->setText(tr("Recorded as %1 (%2).").arg(op.name, kit.roleTitle(op.role)));
    // The observation that triggered this was taken back: the owner decides from why (issue 8).
    if (o && !o->retractionReason.isEmpty() && m_reason->toPlainText().isEmpty())
        m_reason->setPlainText(tr("Observation retracted: %1").arg(o->retractionReason));
    m_problem->hide();
    updateState();
}

void DecisionDialog::updateState() {
    m_deEscalateTo->setEnabled(m_deEscalate->isChecked());
}

void DecisionDialog::accept() {
    const Decision decision = m_hold->isChecked()         ? Decision::Hold
                              : m_deEscalate->isChecked() ? Decision::DeEscalate
                                                          : Decision::CarryOut;
    std::optional<Level> to;
    if (decision == Decision::DeEscalate)
        to = Level(m_deEscalateTo->currentData().toInt());
    if (!m_session.decide(chosenObligation(), decision, m_reason->toPlainText(), to)) {
        m_problem->setText(m_session.errorString());
        m_problem->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace turnback
