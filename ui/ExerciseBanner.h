#pragma once

#include <QLabel>

namespace turnback {

/// The plain, unmissable EXERCISE banner across the top of a window that shows an exercise reversal
/// (docs/scenario-format.md, "In the console"): the live console and the review window say it in the same words and colours,
/// so a reviewer never mistakes a drill for a live reversal. The owner shows it while the reversal it
/// shows is an exercise.
class ExerciseBanner : public QLabel {
    Q_OBJECT
public:
    explicit ExerciseBanner(QWidget* parent = nullptr);
};

} // namespace turnback
