#include "DataWizard.h"

#include "DataWizardStepPage.h"
#include "ReversalSession.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace turnback {

namespace {

/// "not begun", "2 of 5 steps done", "BLOCKED at step 3", "finished": what the list shows.
QString progressText(const DataProcedure& procedure, const DataProgress* progress) {
    if (!progress)
        return DataWizard::tr("not begun");
    if (progress->isFinished())
        return DataWizard::tr("finished");
    const qsizetype next = progress->nextStep();
    const DataStepEntry* latest = progress->latest(progress->steps.value(next));
    if (latest && latest->step.outcome == events::DataStepRecorded::Outcome::Blocked)
        return DataWizard::tr("BLOCKED at step %1: \"%2\"").arg(next + 1).arg(latest->step.reason);
    return DataWizard::tr("%1 of %2 steps done").arg(progress->doneCount()).arg(procedure.steps.size());
}

/// The first page: which procedure, with how far each has come.
class ChoosePage : public QWizardPage {
public:
    ChoosePage(DataWizard& wizard, ReversalSession& session)
        : QWizardPage(&wizard)
        , m_wizard(wizard)
        , m_session(session) {
        setTitle(DataWizard::tr("Carry out a data procedure"));
        setSubTitle(DataWizard::tr("Choose the procedure. Each step is recorded as you pass it; a procedure "
                                   "begun resumes where it stopped."));
        auto* layout = new QVBoxLayout(this);
        m_list = new QListWidget(this);
        m_list->setObjectName(QStringLiteral("procedureList"));
        auto* label = new QLabel(DataWizard::tr("&Procedure:"), this);
        label->setBuddy(m_list);
        layout->addWidget(label);
        layout->addWidget(m_list);
        for (const DataProcedure& procedure : session.kit().dataProcedures) {
            auto* item = new QListWidgetItem(m_list);
            item->setData(Qt::UserRole, procedure.id);
            item->setText(DataWizard::tr("%1 — %2 (owner: %3)")
                              .arg(procedure.title,
                                   progressText(procedure, session.incident().dataProgress(procedure.id)),
                                   session.kit().roleTitle(procedure.owner)));
        }
        m_purpose = new QLabel(this);
        m_purpose->setObjectName(QStringLiteral("purposeLabel"));
        m_purpose->setWordWrap(true);
        layout->addWidget(m_purpose);
        connect(m_list, &QListWidget::currentRowChanged, this, [this] {
            const DataProcedure* p = m_session.kit().dataProcedure(chosen());
            m_purpose->setText(p ? p->purpose : QString());
            emit completeChanged();
        });
        if (m_list->count() > 0)
            m_list->setCurrentRow(0);
    }

    void choose(const QString& procedureId) {
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(Qt::UserRole).toString() == procedureId)
                m_list->setCurrentRow(i);
    }
    QString chosen() const {
        return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    }
    bool isComplete() const override { return !chosen().isEmpty(); }
    bool validatePage() override {
        // Begun when this page is passed (recorded), and its pages built.
        if (!m_session.startDataProcedure(chosen())) {
            m_purpose->setText(m_session.errorString());
            return false;
        }
        return m_wizard.useProcedure(chosen());
    }
    int nextId() const override {
        return m_wizard.procedureId() == chosen() ? m_wizard.resumePageId() : DataWizard::kFirstStepPage;
    }
    void initializePage() override { m_list->setFocus(); }

private:
    DataWizard& m_wizard;
    ReversalSession& m_session;
    QListWidget* m_list = nullptr;
    QLabel* m_purpose = nullptr;
};

} // namespace

DataWizard::DataWizard(ReversalSession& session, const QString& procedureId, QWidget* parent)
    : TurnbackWizard(QStringLiteral("dataWizard"), parent)
    , m_session(session) {
    setWindowTitle(tr("Data handling"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    auto* choose = new ChoosePage(*this, session);
    choose->setObjectName(QStringLiteral("choosePage"));
    setPage(kChoosePage, choose);
    if (!procedureId.isEmpty()) {
        choose->choose(procedureId);
        // A procedure begun opens where it stopped; one not begun is begun from the first page.
        if (session.incident().dataProgress(procedureId) && useProcedure(procedureId))
            setStartId(resumePageId());
    }
}

bool DataWizard::useProcedure(const QString& procedureId) {
    const DataProcedure* procedure = m_session.kit().dataProcedure(procedureId);
    if (!procedure || procedure->steps.isEmpty())
        return false;
    if (m_procedureId == procedureId)
        return true;
    for (qsizetype i = 0; i < m_steps; ++i)
        removePage(kFirstStepPage + int(i));
    m_procedureId = procedureId;
    m_steps = procedure->steps.size();
    for (qsizetype i = 0; i < m_steps; ++i) {
        auto* page = new DataWizardStepPage(m_session, *procedure, i, this);
        page->setObjectName(QStringLiteral("stepPage%1").arg(i + 1));
        setPage(kFirstStepPage + int(i), page);
    }
    return true;
}

DataWizardStepPage* DataWizard::stepPage(qsizetype index) const {
    return index < m_steps ? qobject_cast<DataWizardStepPage*>(page(kFirstStepPage + int(index))) : nullptr;
}

int DataWizard::resumePageId() const {
    const DataProgress* progress = m_session.incident().dataProgress(m_procedureId);
    const qsizetype next = progress ? progress->nextStep() : 0;
    return kFirstStepPage + int(std::min(next, m_steps - 1));
}

} // namespace turnback
