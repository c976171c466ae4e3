#include "DataHandlingPanel.h"

#include "AttachmentCheck.h"
#include "DataWizard.h"
#include "FollowView.h"
#include "ReversalSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace turnback {

DataHandlingPanel::DataHandlingPanel(QWidget* parent)
    : QWidget(parent) {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dataProceduresTitle"));
    m_procedures = new QTreeWidget(this);
    m_procedures->setObjectName(QStringLiteral("dataProcedures"));
    m_procedures->setRootIsDecorated(false);
    m_procedures->setHeaderLabels({tr("Procedure"), tr("Owner"), tr("Progress"), tr("Next step")});
    m_procedures->header()->setObjectName(QStringLiteral("dataProceduresHeader"));
    m_procedures->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_procedures->setMaximumHeight(140);
    m_title->setBuddy(m_procedures);
    m_carryOut = new QPushButton(tr("Carry out..."), this);
    m_carryOut->setObjectName(QStringLiteral("carryOutButton"));
    connect(m_carryOut, &QPushButton::clicked, this, &DataHandlingPanel::carryOut);
    connect(m_procedures, &QTreeWidget::itemActivated, this, &DataHandlingPanel::carryOut);
    m_attachments = new QTreeWidget(this);
    m_attachments->setObjectName(QStringLiteral("dataAttachments"));
    m_attachments->setRootIsDecorated(false);
    m_attachments->setHeaderLabels({tr("File attached"), tr("SHA-256"), tr("Where"), tr("Still matches?")});
    m_attachments->header()->setObjectName(QStringLiteral("dataAttachmentsHeader"));
    m_attachments->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_attachments->setMaximumHeight(110);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("dataBrowser"));
    m_browser->setOpenLinks(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(m_title, 1);
    row->addWidget(m_carryOut);
    layout->addLayout(row);
    layout->addWidget(m_procedures);
    layout->addWidget(m_attachments);
    layout->addWidget(m_browser, 1);
    setView(nullptr, nullptr);
}

void DataHandlingPanel::setView(IncidentView* view, ReversalSession* session) {
    followView(m_view, view, this, &DataHandlingPanel::refresh);
    m_session = session;
    refresh();
}

void DataHandlingPanel::refresh() {
    const bool shown = m_view && m_view->incident().isStarted();
    m_title->setVisible(shown);
    m_procedures->setVisible(shown);
    m_carryOut->setVisible(shown);
    m_attachments->setVisible(shown && !m_view->incident().attachments().isEmpty());
    if (!shown)
        return;
    refreshAttachments();
    m_carryOut->setEnabled(m_session && !m_view->incident().isClosed());
    m_title->setText(m_session ? tr("Data procedures of this reversal (recorded as you go):")
                               : tr("Data procedures (another console records this reversal):"));
    const QString selected =
        m_procedures->currentItem() ? m_procedures->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_procedures->clear();
    const Kit& kit = m_view->kit();
    for (const DataProcedure& procedure : kit.dataProcedures) {
        const DataProgress* progress = m_view->incident().dataProgress(procedure.id);
        QString state = tr("not begun");
        QString next;
        if (progress) {
            const qsizetype at = progress->nextStep();
            state = progress->isFinished()
                        ? tr("finished")
                        : tr("%1 of %2 steps done").arg(progress->doneCount()).arg(progress->steps.size());
            const DataStepEntry* latest = progress->latest(progress->steps.value(at));
            if (!progress->isFinished()) {
                const DataStep* step = procedure.step(progress->steps.value(at));
                next = step ? step->text : progress->steps.value(at);
                if (latest && latest->step.outcome == events::DataStepRecorded::Outcome::Blocked)
                    state += tr(" · BLOCKED: \"%1\"").arg(latest->step.reason);
            }
        }
        auto* item = new QTreeWidgetItem(m_procedures, {procedure.title, kit.roleTitle(procedure.owner), state, next});
        item->setData(0, Qt::UserRole, procedure.id);
        if (procedure.id == selected)
            m_procedures->setCurrentItem(item);
    }
    if (!m_procedures->currentItem() && m_procedures->topLevelItemCount() > 0)
        m_procedures->setCurrentItem(m_procedures->topLevelItem(0));
}

void DataHandlingPanel::refreshAttachments() {
    const Incident& incident = m_view->incident();
    m_attachments->clear();
    if (incident.attachments().isEmpty())
        return;
    // Re-hashed from the evidence store, as `audit verify` does: a copy changed or removed since it was
    // recorded says so. Only a console that has the database can look (a follower has no path).
    std::optional<AttachmentCheck> check;
    if (m_session)
        check = AttachmentCheck::run(m_session->databasePath());
    for (const CommsEntry<EvidenceAttached>& entry : incident.attachments()) {
        QString state = tr("not checked here");
        if (check) {
            state = tr("yes");
            for (const AttachmentProblem& problem : check->problems)
                if (problem.seq == entry.seq)
                    state = problem.kind == AttachmentProblem::Kind::Changed ? tr("NO: CHANGED since it was attached")
                                                                             : tr("NO: REMOVED from the store");
        }
        auto* item = new QTreeWidgetItem(m_attachments,
                                         {entry.event.originalName, entry.event.sha256, entry.event.context, state});
        item->setToolTip(0, tr("Attached by %1 at %2 UTC (seq %3)")
                                .arg(entry.actor, entry.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                .arg(entry.seq));
    }
}

void DataHandlingPanel::carryOut() {
    if (!m_session || !m_carryOut->isEnabled())
        return;
    const QString chosen =
        m_procedures->currentItem() ? m_procedures->currentItem()->data(0, Qt::UserRole).toString() : QString();
    auto* wizard = new DataWizard(*m_session, chosen, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->resize(900, 640);
    wizard->show();
}

} // namespace turnback
