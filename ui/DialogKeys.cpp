#include "DialogKeys.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>

namespace turnback::DialogKeys {

void submitOnCtrlReturn(QDialog* dialog) {
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, dialog);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, dialog, &QDialog::accept);
    }
}

void hideWhenEdited(QLabel* problem, const QList<QWidget*>& fields) {
    const auto hide = [problem] { problem->hide(); };
    for (QWidget* field : fields) {
        if (auto* line = qobject_cast<QLineEdit*>(field))
            QObject::connect(line, &QLineEdit::textEdited, problem, hide);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(field))
            QObject::connect(text, &QPlainTextEdit::textChanged, problem, hide);
        else if (auto* button = qobject_cast<QAbstractButton*>(field))
            QObject::connect(button, &QAbstractButton::toggled, problem, hide);
        else if (auto* combo = qobject_cast<QComboBox*>(field))
            QObject::connect(combo, &QComboBox::currentIndexChanged, problem, hide);
    }
}

} // namespace turnback::DialogKeys
