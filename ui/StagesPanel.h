#pragma once

#include "Kit.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace turnback {

class IncidentView;
class ReversalSession;

/// The Stages tab (issue 12): the kit's three stages worked in the console. While a reversal is on
/// screen, a tree of each stage's items with what stands for each (who, when, why), its deadline's
/// countdown, its links (data procedure, comms) and whether they finished; the go / no-go, the
/// rollback window, the harm record, the relaunch decision and the stage's human-impact prompts.
/// Space or Return on a row opens its act (StageActDialog, default Cancel); P opens the row's data
/// procedure, C its comms. A console that only follows, or a closed reversal, records nothing.
/// Without a reversal, the kit's text of the stages (stagesBrowser) alone.
class StagesPanel : public QWidget {
    Q_OBJECT
public:
    explicit StagesPanel(QWidget* parent = nullptr);

    /// The kit's text of the stages (KitBrowser renders into it when the tab is shown).
    QTextBrowser* browser() const { return m_browser; }
    void setKit(const Kit& kit);
    /// The reversal on screen; `session` is null when the view only follows. nullptr: none.
    void setView(IncidentView* view, ReversalSession* session);
    /// Opens the act of the selected row (Space, Return).
    void actOnSelected();
    /// Opens the data wizard on the selected row's procedure (P).
    void openProcedure();
    /// Asks for the comms wizard on the selected row's first template not yet sent (C).
    void openComms();
    /// Selects the row of `stage` / `item` and focuses the tree. An empty item is the stage's own row;
    /// "window", "go-no-go", "harm" and "relaunch" name the stage's rows of those acts.
    void select(const QString& stage, const QString& item = {});

signals:
    void commsRequested(const QString& templateId);
    /// A human-impact prompt row was activated: the Human impact tab answers it.
    void goToImpactPrompts();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    /// The tree's keys (Space, P, C) exist only while the tree is on screen: hidden, nothing can act.
    void updateKeys();
    enum class Row { Stage, Gate, GateDecision, Window, Step, Harm, Relaunch, Prompt };
    void rebuild();
    void refresh();
    void fillStage(QTreeWidgetItem* row, const StageChecklist& stage);
    void fillItem(QTreeWidgetItem* row, const StageChecklist& stage, const ChecklistItem& item);
    void fillSpecial(QTreeWidgetItem* row, const StageChecklist& stage, Row kind);
    void fillPrompt(QTreeWidgetItem* row, const ImpactPrompt& prompt);
    QTreeWidgetItem* addRow(QTreeWidgetItem* parent, Row kind, const QString& stage, const QString& item);
    bool canRecord() const;
    /// The current row in full under the tree: the tree's columns cut long reasons short.
    void showDetail();

    // The acts (StagesPanelActs.cpp).
    void recordItem(const StageChecklist& stage, const ChecklistItem& item);
    void decideGate(const StageChecklist& stage);
    void actOnWindow(const StageChecklist& stage);
    void recordHarm(const StageChecklist& stage);
    void decideRelaunch(const StageChecklist& stage);
    /// Shows the dialog; once it records, the tree keeps the focus on the same row.
    void run(class StageActDialog* dialog);

    Kit m_kit;
    QPointer<IncidentView> m_view;
    QPointer<ReversalSession> m_session;
    QLabel* m_note = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_detail = nullptr;
    QTextBrowser* m_browser = nullptr;
    QTimer* m_tick = nullptr;
};

} // namespace turnback
