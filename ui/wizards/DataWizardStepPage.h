#pragma once

#include "Kit.h"
#include "events/DataEvents.h"

#include <QList>
#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace turnback {

class ReversalSession;

/// One step of a data procedure (DataWizard): its instruction and checkpoint, a field per evidence
/// item, "Attach file...", done or blocked with a reason, and for a destructive step the typed
/// confirmation and, where the kit says so, the second person. Next stays disabled with the reason
/// shown (DataStepRules, the same rules the session records by) until the step can be recorded;
/// passing the page records it. A step recorded done before shows what was recorded and passes.
class DataWizardStepPage : public QWizardPage {
    Q_OBJECT
public:
    DataWizardStepPage(ReversalSession& session, const DataProcedure& procedure, qsizetype index,
                       QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    void initializePage() override;

    /// The step as it would be recorded now, from what the page holds.
    events::DataStepRecorded pending() const;
    /// Why it cannot be recorded now; empty when it can.
    QString refusal() const;
    const DataStep& step() const { return m_step; }

private:
    bool isRecordedDone() const;
    void attachFile();
    void refresh();
    void addEvidenceFields(QFormLayout* form);
    void addDestructiveFields(QFormLayout* form);

    ReversalSession& m_session;
    DataProcedure m_procedure;
    DataStep m_step;
    qsizetype m_index = 0;
    QList<QLineEdit*> m_evidence;
    QStringList m_attachments;
    QLabel* m_attachmentsLabel = nullptr;
    QRadioButton* m_done = nullptr;
    QRadioButton* m_blocked = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLineEdit* m_secondName = nullptr;
    QLineEdit* m_secondRole = nullptr;
    QLabel* m_why = nullptr;
    QLabel* m_recorded = nullptr;
};

} // namespace turnback
