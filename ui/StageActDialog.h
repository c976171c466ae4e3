#pragma once

#include <QDialog>
#include <QList>

#include <functional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace turnback {

/// One act on a stage, asked for in a small dialog (StagesPanel builds it): what the act is about,
/// the choices (met / not met, done / blocked, go / no-go, ...), the fields it needs and a reason.
/// Nothing is recorded by one stray key: Cancel is the default button, Return in a field cancels,
/// "Record" is Alt+R or Ctrl+Return. A refusal is shown under the fields and the dialog stays open.
class StageActDialog : public QDialog {
    Q_OBJECT
public:
    StageActDialog(const QString& title, const QString& about, QWidget* parent = nullptr);

    /// A choice (radio button); the first added is chosen. Returns its index.
    int addChoice(const QString& label, const QString& objectName);
    /// A one-line field with its label (give the label a mnemonic).
    QLineEdit* addField(const QString& label, const QString& objectName, const QString& placeholder = {});
    /// A check box, e.g. one relaunch criterion.
    QCheckBox* addCheck(const QString& label, const QString& objectName);
    /// The reason field, last of the fields; `label` says when it is needed.
    QLineEdit* addReason(const QString& label);
    /// What "Record" does: true when recorded; false leaves the dialog open showing `error()`.
    void setRecorder(std::function<bool()> record, std::function<QString()> error);

    int choice() const;
    QString reason() const;
    QPushButton* recordButton() const { return m_record; }
    void accept() override;

private:
    QFormLayout* m_form = nullptr;
    QList<QRadioButton*> m_choices;
    QLineEdit* m_reason = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_record = nullptr;
    QList<QWidget*> m_fields;
    std::function<bool()> m_recordFn;
    std::function<QString()> m_errorFn;
};

} // namespace turnback
