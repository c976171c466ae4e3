#include "CloseReversalDialog.h"

#include "Clock.h"
#include "DialogKeys.h"
#include "OwedItems.h"
#include "StageTimers.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace turnback {

CloseReversalDialog::CloseReversalDialog(ReversalSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("closeReversalDialog"));
    setWindowTitle(tr("Close the reversal"));
    // The list NEXT shows and the close record counts (OwedItems): the three cannot disagree.
    const OwedCount owed = countOwed(owedItems(session.incident(), session.clock().utcNow(), &session.kit()));
    auto* warning = new QLabel(this);
    warning->setObjectName(QStringLiteral("closeWarningLabel"));
    warning->setWordWrap(true);
    if (owed.total)
        warning->setText(tr("<b>%1 still owed:</b> %2 decision(s) not recorded, %3 acknowledgement(s) not given, "
                            "%4 notification(s) not confirmed, %5 comms update(s) not sent. Closing records that "
                            "they were left open.")
                             .arg(owed.total)
                             .arg(owed.decisions)
                             .arg(owed.acknowledgements)
                             .arg(owed.notifications)
                             .arg(owed.comms));
    else
        warning->setText(
            tr("Nothing is owed: every decision, acknowledgement, notification and comms update is recorded."));
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("closeSummaryEdit"));
    m_summary->setPlaceholderText(tr("One line: what was done and where things stand"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("closeProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    m_problem->hide();
    m_problem->setWordWrap(true);
    DialogKeys::hideWhenEdited(m_problem, {m_summary});
    auto* summaryLabel = new QLabel(tr("&Summary:"), this);
    summaryLabel->setObjectName(QStringLiteral("closeSummaryLabel"));
    summaryLabel->setBuddy(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("closeReversalButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Close reversal"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("closeReversalOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("closeReversalCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(impactBlockers());
    layout->addWidget(openRecoveryNote());
    layout->addWidget(summaryLabel);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QWidget* CloseReversalDialog::impactBlockers() {
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("closeImpactBlockers"));
    const QList<const ImpactPrompt*> open = unansweredRequiredPrompts(m_session.incident(), m_session.kit());
    box->setVisible(!open.isEmpty());
    if (open.isEmpty())
        return box;
    QString list;
    for (const ImpactPrompt* prompt : open)
        list += QStringLiteral("<li>%1</li>").arg(prompt->question.toHtmlEscaped());
    auto* label = new QLabel(tr("<b>Closing is blocked:</b> %n required human-impact prompt(s) not answered. Answer "
                                "each, or record it as unknown with a reason:<ul>%1</ul>",
                                nullptr, int(open.size()))
                                 .arg(list),
                             box);
    label->setObjectName(QStringLiteral("closeImpactLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    auto* go = new QPushButton(tr("&Go to the impact prompts"), box);
    go->setObjectName(QStringLiteral("closeGoToImpactButton"));
    connect(go, &QPushButton::clicked, this, [this] {
        reject();
        emit goToImpactPrompts();
    });
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(go, 0, Qt::AlignLeft);
    return box;
}

QWidget* CloseReversalDialog::openRecoveryNote() {
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("closeRecoveryNote"));
    const OpenRecovery open = openRecovery(m_session.incident(), m_session.kit());
    box->setVisible(!open.isEmpty());
    if (open.isEmpty())
        return box;
    QString list;
    for (const QString& step : open.steps)
        list += QStringLiteral("<li>%1</li>").arg(step.section(QLatin1Char('/'), 1).toHtmlEscaped());
    if (open.relaunchMissing)
        list += QStringLiteral("<li>%1</li>").arg(tr("no relaunch decision"));
    auto* label = new QLabel(tr("<b>The recovery is unfinished:</b><ul>%1</ul>Closing records what was left open "
                                "and why.")
                                 .arg(list),
                             box);
    label->setObjectName(QStringLiteral("closeRecoveryLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_stagesReason = new QLineEdit(box);
    m_stagesReason->setObjectName(QStringLiteral("closeRecoveryReasonEdit"));
    m_stagesReason->setPlaceholderText(tr("Why close now, and where the recovery continues"));
    auto* reasonLabel = new QLabel(tr("&Why close with the recovery unfinished:"), box);
    reasonLabel->setObjectName(QStringLiteral("closeRecoveryReasonLabel"));
    reasonLabel->setBuddy(m_stagesReason);
    DialogKeys::hideWhenEdited(m_problem, {m_stagesReason});
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_stagesReason);
    return box;
}

void CloseReversalDialog::accept() {
    if (!m_session.close(m_summary->text(), m_stagesReason ? m_stagesReason->text() : QString())) {
        m_problem->setText(m_session.errorString());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace turnback
