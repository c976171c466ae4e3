#pragma once

#include "ReviewDatabase.h"

#include <QDialog>

class QTreeWidget;
class QTreeWidgetItem;
class QPushButton;

namespace turnback {

/// File > Export evidence pack... first asks which reversal (docs/evidence-pack.md, "From the console"):
/// the log's reversals, live and exercises in two groups, every exercise marked EXERCISE, with the one
/// on screen chosen to begin with. Keyboard only: arrows to choose, Return to go on, Escape to cancel.
class EvidenceExportPicker : public QDialog {
    Q_OBJECT
public:
    EvidenceExportPicker(const QList<ReviewReversal>& reversals, const QString& shown, QWidget* parent = nullptr);

    /// The reversal chosen (empty while a group's heading is).
    QString chosen() const;
    /// Whether the reversal chosen is an exercise.
    bool chosenIsExercise() const;

    /// Reads the reversals of the log at `databasePath` (read-only) and opens the picker over `parent`
    /// (window-modal, deleted when closed; accepted() with chosen() set, or rejected()). Null when the log
    /// cannot be read (after telling why).
    static EvidenceExportPicker* open(QWidget* parent, const QString& databasePath, const QString& shown);

private:
    void passOverHeading(QTreeWidgetItem* now, QTreeWidgetItem* before);

    QTreeWidget* m_list = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace turnback
