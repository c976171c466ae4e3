#pragma once

#include "Duration.h"
#include "IncidentView.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace turnback {

class DeadlineLines;

/// The regulator clocks of the reversal beside the owner countdowns (docs/regulator-clocks.md): each
/// running clock with its deadline and the countdown's states (pending, DUE SOON, OVERDUE), each
/// stopped one with whether its report met the deadline. Hidden when the kit switches no regime on.
class RegulatorClocksPanel : public QWidget {
    Q_OBJECT
public:
    explicit RegulatorClocksPanel(const IncidentView& view, QWidget* parent = nullptr);
    ~RegulatorClocksPanel() override;

    /// A running clock is DUE SOON in its last hour (docs/regulator-clocks.md, "In the console").
    static constexpr Milliseconds dueSoonWithin{3'600'000};

    /// Re-reads the clocks and their countdowns at the view's now (the console calls it every second).
    void refresh();
    /// The record button, for the console to connect and to place in its tab order.
    QPushButton* recordButton() const { return m_record; }
    /// The lines shown, as plain text (tests, the keyboard help).
    QStringList lines() const;

private:
    const IncidentView& m_view;
    QLabel* m_title = nullptr;
    QPushButton* m_record = nullptr;
    std::unique_ptr<DeadlineLines> m_lines;
};

} // namespace turnback
