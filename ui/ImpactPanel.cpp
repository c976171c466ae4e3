#include "ImpactPanel.h"

#include "FollowView.h"
#include "ImpactAnswerDialog.h"
#include "Incident.h"
#include "IncidentView.h"
#include "ReversalSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace turnback {

namespace {
enum Column { QuestionColumn, AnswerColumn, ByColumn, WhenColumn };
constexpr int PromptRole = Qt::UserRole;

QStringList stageIds() {
    return {QStringLiteral("pre-release"), QStringLiteral("live-rollback"), QStringLiteral("post-reversal")};
}
} // namespace

ImpactPanel::ImpactPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("impactPanel"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("impactNote"));
    m_note->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("impactTree"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Prompt"), tr("Answer that stands"), tr("Answered by"), tr("When (UTC)")});
    m_tree->header()->setObjectName(QStringLiteral("impactHeader"));
    m_tree->header()->setSectionResizeMode(QuestionColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(AnswerColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(AnswerColumn, 300);
    // Who answered and when are short and must be read whole.
    m_tree->header()->setSectionResizeMode(ByColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setRootIsDecorated(false);
    m_answer = new QPushButton(tr("Answer the &question..."), this);
    m_answer->setObjectName(QStringLiteral("impactAnswerButton"));
    m_answer->setToolTip(tr("Return on a prompt does the same"));
    connect(m_answer, &QPushButton::clicked, this, &ImpactPanel::answerSelected);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { answerSelected(); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this] { m_answer->setEnabled(m_session && !selectedPrompt().isEmpty()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_answer, 0, Qt::AlignLeft);
    refresh();
}

void ImpactPanel::setKit(const Kit& kit) {
    m_kit = kit;
    refresh();
}

void ImpactPanel::setView(IncidentView* view, ReversalSession* session) {
    followView(m_view, view, this, &ImpactPanel::refresh);
    m_session = session;
    if (m_view)
        m_kit = m_view->kit();
    refresh();
}

void ImpactPanel::refresh() {
    const QString current = selectedPrompt();
    const Incident* incident = m_view ? &m_view->incident() : nullptr;
    const bool canRecord = m_session && incident && !incident->isClosed();
    if (m_kit.impactPrompts.isEmpty())
        m_note->setText(tr("This kit has no human-impact prompts."));
    else if (!incident)
        m_note->setText(tr("The kit's questions about affected users, operators and partner teams, by stage. Start "
                           "a reversal to record answers."));
    else if (!canRecord)
        m_note->setText(incident->isClosed() ? tr("The reversal is closed: these are the answers it closed with.")
                                             : tr("This console follows another: answers are recorded there."));
    else
        m_note->setText(tr("Answer each prompt as you learn it; a later answer replaces the one shown and both stay "
                           "in the log. Required prompts block closing until answered or recorded as unknown."));
    m_tree->clear();
    const QStringList titles{tr("Before release"), tr("During the rollback"), tr("After the reversal")};
    QTreeWidgetItem* select = nullptr;
    for (int s = 0; s < stageIds().size(); ++s) {
        QTreeWidgetItem* stage = nullptr;
        for (const ImpactPrompt& prompt : std::as_const(m_kit.impactPrompts)) {
            if (prompt.stage != stageIds().at(s))
                continue;
            if (!stage) {
                stage = new QTreeWidgetItem(m_tree, {titles.at(s)});
                stage->setFirstColumnSpanned(true);
                QFont bold = stage->font(QuestionColumn);
                bold.setBold(true);
                stage->setFont(QuestionColumn, bold);
                stage->setFlags(Qt::ItemIsEnabled);
            }
            auto* row = new QTreeWidgetItem(stage);
            fillPrompt(row, prompt);
            if (prompt.id == current || (!select && current.isEmpty()))
                select = row;
        }
    }
    m_tree->expandAll();
    if (select)
        m_tree->setCurrentItem(select);
    m_answer->setEnabled(canRecord && !selectedPrompt().isEmpty());
}

void ImpactPanel::fillPrompt(QTreeWidgetItem* row, const ImpactPrompt& prompt) {
    row->setData(QuestionColumn, PromptRole, prompt.id);
    // The mark goes first: a long question is elided at its end, and the mark must stay in view.
    row->setText(QuestionColumn, prompt.required ? tr("REQUIRED · %1").arg(prompt.question) : prompt.question);
    const ImpactAnswer* answer = m_view ? m_view->incident().impactAnswer(prompt.id) : nullptr;
    if (!answer) {
        row->setText(AnswerColumn, prompt.required ? tr("NOT ANSWERED — blocks closing") : tr("not answered"));
        if (prompt.required)
            row->setForeground(AnswerColumn, QColor(0xb7, 0x1c, 0x1c));
        return;
    }
    QString text = answer->unknown ? tr("Unknown — \"%1\"").arg(answer->reason) : answer->answer;
    if (answer->superseded > 0)
        text += tr(" (replaces %n earlier answer(s))", nullptr, answer->superseded);
    row->setText(AnswerColumn, text);
    row->setText(ByColumn, answer->byRole.isEmpty() ? answer->by
                                                    : tr("%1 (%2)").arg(answer->by, m_kit.roleTitle(answer->byRole)));
    row->setText(WhenColumn, answer->at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString ImpactPanel::selectedPrompt() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(QuestionColumn, PromptRole).toString() : QString();
}

void ImpactPanel::focusFirstOpenPrompt() {
    const Incident* incident = m_view ? &m_view->incident() : nullptr;
    QTreeWidgetItem* first = nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QString id = (*it)->data(QuestionColumn, PromptRole).toString();
        const ImpactPrompt* prompt = m_kit.impactPrompt(id);
        if (!prompt)
            continue;
        if (!first)
            first = *it;
        if (prompt->required && incident && !incident->impactAnswer(id)) {
            first = *it;
            break;
        }
    }
    if (first)
        m_tree->setCurrentItem(first);
    m_tree->setFocus();
}

void ImpactPanel::answerSelected() {
    const ImpactPrompt* prompt = m_kit.impactPrompt(selectedPrompt());
    if (!prompt || !m_session || m_session->incident().isClosed())
        return;
    auto* dialog = new ImpactAnswerDialog(*m_session, *prompt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, m_tree, [this] { m_tree->setFocus(); });
    dialog->open();
}

} // namespace turnback
