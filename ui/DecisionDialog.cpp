#include "DecisionDialog.h"

#include "AuditLog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace turnback {

DecisionDialog::DecisionDialog(ReversalSession& session, qint64 obligationId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_obligationId(obligationId) {
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Record a decision"));
    const Kit& kit = session.kit();
    const Obligation* o = session.incident().obligation(obligationId);
    const Signal* signal = o ? kit.signal(o->signalId) : nullptr;

    auto* what = new QLabel(this);
    what->setObjectName(QStringLiteral("decisionSubjectLabel"));
    what->setWordWrap(true);
    if (!o)
        what->setText(tr("No signal's decision is open. You can stand the incident down from <b>%1</b>.")
                          .arg(kit.levelLabel(session.incident().level()).toHtmlEscaped()));
    else
        what->setText(tr("<b>%1</b> triggered at %2 UTC and calls for <b>%3</b>.<br>Owner: %4. Due %5 UTC.")
                          .arg((signal ? signal->name : o->signalId).toHtmlEscaped(),
                               o->triggeredAt.toString(QStringLiteral("HH:mm:ss")),
                               kit.levelLabel(o->level).toHtmlEscaped(), kit.roleTitle(o->ownerRole).toHtmlEscaped(),
                               o->deadline.toString(QStringLiteral("HH:mm:ss"))));

    m_carryOut = new QRadioButton(tr("&Carry out: %1").arg(o ? kit.levelLabel(o->level) : QString()), this);
    m_carryOut->setObjectName(QStringLiteral("carryOutRadio"));
    m_carryOut->setChecked(true);
    m_hold = new QRadioButton(tr("&Hold at the current level (give a reason)"), this);
    m_hold->setObjectName(QStringLiteral("holdRadio"));
    m_deEscalate = new QRadioButton(tr("&De-escalate to (give a reason):"), this);
    m_deEscalate->setObjectName(QStringLiteral("deEscalateRadio"));
    m_deEscalateTo = new QComboBox(this);
    m_deEscalateTo->setObjectName(QStringLiteral("deEscalateLevelCombo"));
    for (Level level : {Level::Normal, Level::Slow, Level::Stop})
        if (level < session.incident().level())
            m_deEscalateTo->addItem(level == Level::Normal ? tr("Normal (no restriction)") : kit.levelLabel(level),
                                    int(level));
    m_deEscalate->setEnabled(m_deEscalateTo->count() > 0);

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("decisionReasonEdit"));
    m_reason->verticalScrollBar()->setObjectName(QStringLiteral("verticalScrollBar"));
    m_reason->horizontalScrollBar()->setObjectName(QStringLiteral("horizontalScrollBar"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why? (goes into the audit trail word for word)"));
    m_reason->setMaximumHeight(90);
    // The observation that triggered this was taken back: the owner decides from why (issue 8).
    if (o && !o->retractionReason.isEmpty())
        m_reason->setPlainText(tr("Observation retracted: %1").arg(o->retractionReason));

    m_actingFor = new QLabel(this);
    m_actingFor->setObjectName(QStringLiteral("actingForLabel"));
    m_actingFor->setWordWrap(true);
    const Operator op = session.incident().currentOperator();
    if (o && op.role != o->ownerRole)
        m_actingFor->setText(tr("You (%1, %2) are acting for the %3: a reason is required.")
                                 .arg(op.name, kit.roleTitle(op.role), kit.roleTitle(o->ownerRole)));
    else
        m_actingFor->setText(tr("Recorded as %1 (%2).").arg(op.name, kit.roleTitle(op.role)));

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

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_carryOut);
    layout->addWidget(m_hold);
    auto* deEscalateRow = new QHBoxLayout;
    deEscalateRow->addWidget(m_deEscalate);
    deEscalateRow->addWidget(m_deEscalateTo, 1);
    layout->addLayout(deEscalateRow);
    layout->addWidget(m_reason);
    layout->addWidget(m_actingFor);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    if (!o) {
        m_carryOut->setEnabled(false);
        m_hold->setEnabled(false);
        m_deEscalate->setChecked(true);
    }
    updateState();
    resize(560, sizeHint().height());
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
    if (!m_session.decide(m_obligationId, decision, m_reason->toPlainText(), to)) {
        m_problem->setText(m_session.errorString());
        m_problem->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace turnback
