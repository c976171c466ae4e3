#pragma once

#include "TurnbackWizard.h"

class QListWidget;
class QLabel;

namespace turnback {

class ReversalSession;
class DataWizardStepPage;

/// Carries out one of the kit's data procedures (snapshot, delete, quarantine, any other) step by
/// step (ui/wizards/README.md): choose the procedure, then one page per step in order. Beginning a
/// procedure and every step are recorded when their page is passed, not at Finish, so closing the
/// wizard mid-way and opening it again, even after a restart, resumes at the first step not done.
class DataWizard : public TurnbackWizard {
    Q_OBJECT
public:
    static constexpr int kChoosePage = 0;
    static constexpr int kFirstStepPage = 100;

    /// `procedureId` is chosen in advance (the Data handling tab's selection); a procedure already
    /// begun opens at its first step not done.
    DataWizard(ReversalSession& session, const QString& procedureId = {}, QWidget* parent = nullptr);

    /// The procedure whose steps are the wizard's pages; empty before one is chosen.
    QString procedureId() const { return m_procedureId; }
    /// The page of step `index` of the chosen procedure, or nullptr.
    DataWizardStepPage* stepPage(qsizetype index) const;
    /// Page id where the chosen procedure resumes: its first step not done (its last step when all are).
    int resumePageId() const;

    /// Builds the step pages of `procedureId` (replacing any others); false when the kit has none such.
    bool useProcedure(const QString& procedureId);

private:
    ReversalSession& m_session;
    QString m_procedureId;
    qsizetype m_steps = 0;
};

} // namespace turnback
