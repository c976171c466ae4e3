#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace turnback {

/// Lists every problem found in a kit, one `file:line:column: error: ...` per line, copyable,
/// so the operator can fix the file or hand the list to whoever maintains the kit.
class KitErrorDialog : public QDialog {
    Q_OBJECT
public:
    KitErrorDialog(const QString& kitFile, const QStringList& errors, QWidget* parent = nullptr);

    QString errorText() const;

private:
    QPlainTextEdit* m_errors = nullptr;
};

} // namespace turnback
