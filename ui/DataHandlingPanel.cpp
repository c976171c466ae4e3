#include "DataHandlingPanel.h"

#include "DataWizard.h"
#include "ReversalSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    layout->addWidget(m_browser, 1);
    setView(nullptr, nullptr);
}

void DataHandlingPanel::setView(IncidentView* view, ReversalSession* session) {
    if (m_view)
        disconnect(m_view, nullptr, this, nullptr);
    m_view = view;
    m_session = session;
    if (view)
        connect(view, &IncidentView::changed, this, &DataHandlingPanel::refresh);
    refresh();
}

void DataHandlingPanel::refresh() {
    const bool shown = m_view && m_view->incident().isStarted();
    m_title->setVisible(shown);
    m_procedures->setVisible(shown);
    m_carryOut->setVisible(shown);
    if (!shown)
        return;
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
