#pragma once

#include "ConsoleController.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace turnback {

/// What to do now, in the first tab: start a reversal (Ctrl+N), or pick one of the reversals this
/// log holds (open and closed, live and exercise) and resume it when it is open. When several are
/// open, the operator chooses here: nothing is resumed behind their back.
class StartScreen : public QWidget {
    Q_OBJECT
public:
    explicit StartScreen(QWidget* parent = nullptr);

    /// What the screen offers now.
    struct State {
        QList<ReversalListing> reversals; ///< newest first
        QString loadedKitId;              ///< empty: no kit loaded
        bool canStart = false;            ///< a reversal can be started now
        QString runningTitle;             ///< the reversal this console shows and records, if any
        bool readOnly = false;            ///< another console records into this log
    };
    void setState(const State& state);
    /// Puts the keyboard where the next step is: the list when several reversals are open, else the start button.
    void focusNextStep();
    /// The incident id of the selected row, or empty.
    QString selectedIncident() const;

signals:
    void startRequested();
    void resumeRequested(const QString& incidentId);

private:
    void updateResumeButton();
    void resumeSelected();
    QString headingText() const;
    /// Open reversals started with the loaded kit.
    qsizetype resumableCount() const;

    State m_state;
    QLabel* m_heading = nullptr;
    QPushButton* m_start = nullptr;
    QLabel* m_listTitle = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_resume = nullptr;
    QLabel* m_resumeHint = nullptr;
};

} // namespace turnback
