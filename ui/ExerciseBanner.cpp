#include "ExerciseBanner.h"

namespace turnback {

ExerciseBanner::ExerciseBanner(QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("exerciseBanner"));
    setText(tr("EXERCISE — tabletop drill, not a live reversal"));
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setStyleSheet(QStringLiteral(
        "QLabel { background: #1565c0; color: white; font-weight: bold; font-size: 13pt; padding: 4px; }"));
}

} // namespace turnback
