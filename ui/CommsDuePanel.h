#pragma once

#include "IncidentView.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace turnback {

class DeadlineLines;

/// The comms updates the kit owes from the reversal's start and not yet sent, each with its due timer
/// beside the owner countdowns, in their states and colours: pending ("14:59 left"), DUE SOON (the last
/// minute, amber) and OVERDUE (red, counting up). One short line each, in the pane beside the rubric
/// (under the rubric, at 1280x720 in German, it took the rubric's last rows); hidden when nothing is owed. A regulator
/// report is not here: its clock is (RegulatorClocksPanel).
class CommsDuePanel : public QWidget {
    Q_OBJECT
public:
    explicit CommsDuePanel(const IncidentView& view, QWidget* parent = nullptr);
    ~CommsDuePanel() override;

    /// Re-reads what is owed and the countdowns at the view's now (the console calls it every second).
    void refresh();
    /// The lines shown, as plain text (tests).
    QStringList lines() const;

private:
    const IncidentView& m_view;
    QLabel* m_title = nullptr;
    std::unique_ptr<DeadlineLines> m_lines;
};

} // namespace turnback
