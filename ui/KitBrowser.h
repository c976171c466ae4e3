#pragma once

#include "Kit.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QVBoxLayout;

namespace turnback {

class CommsPanel;
class DataHandlingPanel;
class IncidentView;
class ReversalSession;
class ImpactPanel;
class RubricTableModel;
class StagesPanel;

/// The loaded kit, read-only: a header (name, overlays, file), the rubric as a table, and the kit's
/// other parts (comms packs, data handling, stage checklists, human impact, roles, the kit itself)
/// as tabs laid out when first shown. While a reversal runs, its live console is the first tab.
/// The main window's central widget: its objectName ("central") and its children's are what the
/// click record names, so they stay as they are.
class KitBrowser : public QWidget {
    Q_OBJECT
public:
    explicit KitBrowser(QWidget* parent = nullptr);

    /// Shows `kit` (a kit without an id: "No kit loaded"). The parts are rendered again as their
    /// tabs are next shown.
    void showKit(const Kit& kit, const QString& kitFile, const QStringList& overlayFiles);
    /// Adds a strip above the kit for what must be read first (the audit fault banner).
    void addBanner(QWidget* banner);
    /// Puts `console` first among the tabs, under `title`, and in view; the console shown before,
    /// if any, is deleted. The browser owns the console from now on.
    void showLiveConsole(QWidget* console, const QString& title);
    /// Puts the start screen among the tabs, first (after the live console while one is shown),
    /// and in view when no live console is. The browser owns it from now on.
    void setStartScreen(QWidget* screen, const QString& title);
    /// Brings the start screen into view (not a click: the program does it).
    void showStartScreen();
    /// The Human impact tab: the kit's prompts, and the running reversal's answers to them.
    ImpactPanel* impactPanel() const { return m_impactPanel; }
    /// Brings the Human impact tab into view, on the first required prompt still unanswered.
    void showImpactPanel();
    /// The Data handling tab follows this reversal (its procedures, "Carry out..." when `session`
    /// records it); nullptr for none.
    void showDataHandling(IncidentView* view, ReversalSession* session);
    /// The Stages tab follows this reversal (its gates, window and recovery, worked on record when
    /// `session` records it); nullptr for none: the kit's text of the stages.
    void showStages(IncidentView* view, ReversalSession* session);
    StagesPanel* stagesPanel() const { return m_stagesPanel; }

signals:
    /// "Send..." on the Comms tab: the comms wizard is asked for on that template.
    void commsSendRequested(const QString& templateId);

private:
    /// One of the kit's parts: its tab and how it is rendered.
    struct Part {
        QTextBrowser* browser = nullptr;
        QString (*render)(const Kit& kit) = nullptr;
    };

    void addPart(const QString& name, const QString& title, QString (*render)(const Kit&));
    void renderCurrentTab();

    Kit m_kit;
    RubricTableModel* m_rubricModel = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_rubricTable = nullptr;
    CommsPanel* m_comms = nullptr;
    ImpactPanel* m_impactPanel = nullptr;
    QList<Part> m_parts;
    DataHandlingPanel* m_dataPanel = nullptr;
    StagesPanel* m_stagesPanel = nullptr;
    QPointer<QWidget> m_liveConsole;
    QPointer<QWidget> m_startScreen;
};

} // namespace turnback
