#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace turnback {

class IncidentView;
class ReversalSession;

/// The Data handling tab: while a reversal is on screen, the kit's data procedures with how far each
/// has come (from the record) and "Carry out..." to open the DataWizard on the one selected; below,
/// the files attached as evidence (name, SHA-256, where, and whether the stored copy still matches);
/// below, the kit's text of every procedure. Without a reversal, the text alone.
class DataHandlingPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataHandlingPanel(QWidget* parent = nullptr);

    /// The kit's text of the procedures (KitBrowser renders into it when the tab is shown).
    QTextBrowser* browser() const { return m_browser; }
    /// The reversal on screen and, when this console records it, its session; nullptr for none.
    void setView(IncidentView* view, ReversalSession* session);
    /// Opens the data wizard on the selected procedure (the "Carry out..." button).
    void carryOut();

    /// Re-reads the record and re-checks the attached files (on every change of the reversal).
    void refresh();

private:
    void refreshAttachments();

    QPointer<IncidentView> m_view;
    QPointer<ReversalSession> m_session;
    QLabel* m_title = nullptr;
    QTreeWidget* m_procedures = nullptr;
    QTreeWidget* m_attachments = nullptr;
    QPushButton* m_carryOut = nullptr;
    QTextBrowser* m_browser = nullptr;
};

} // namespace turnback
