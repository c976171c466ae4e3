#pragma once

#include "Kit.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace turnback {

class IncidentView;
class ReversalSession;

/// The Human impact tab: the kit's prompts grouped by the stage they belong to, each with the answer
/// that stands, who gave it and when. While a reversal runs here, Return on a prompt (or "Answer the
/// question...") opens ImpactAnswerDialog, which records through the session; a console that only
/// follows, or a closed reversal, shows the answers and records nothing.
class ImpactPanel : public QWidget {
    Q_OBJECT
public:
    explicit ImpactPanel(QWidget* parent = nullptr);

    /// The kit's prompts, with no reversal: nothing answered, nothing to record.
    void setKit(const Kit& kit);
    /// The reversal on screen; `session` is null when the view only follows.
    void setView(IncidentView* view, ReversalSession* session);
    /// Selects the first required prompt still unanswered (else the first prompt) and focuses the list.
    void focusFirstOpenPrompt();
    /// Opens the answer dialog on the selected prompt.
    void answerSelected();

private:
    void refresh();
    void fillPrompt(QTreeWidgetItem* row, const ImpactPrompt& prompt);
    QString selectedPrompt() const;

    Kit m_kit;
    QPointer<IncidentView> m_view;
    QPointer<ReversalSession> m_session;
    QLabel* m_note = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_answer = nullptr;
};

} // namespace turnback
