#pragma once

#include "IncidentView.h"

#include <QDialog>

class QListWidget;
class QLabel;

namespace turnback {

/// Chooses which regulator trigger to record (docs/regulator-clocks.md): each of the four, with the
/// clocks it would start under the kit; a trigger already recorded is shown with its time and cannot
/// be chosen again. It records nothing itself: the console asks for confirmation, then records.
class RegulatorTriggerDialog : public QDialog {
    Q_OBJECT
public:
    explicit RegulatorTriggerDialog(const IncidentView& view, QWidget* parent = nullptr);

    /// The chosen trigger id ("became-aware"); empty when none can be chosen.
    QString chosenTrigger() const;
    /// The clocks recording `trigger` would start, as the confirmation names them.
    static QStringList clockNames(const Kit& kit, const QString& trigger);

private:
    QListWidget* m_list = nullptr;
};

} // namespace turnback
