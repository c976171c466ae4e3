#include "KeyboardHelpDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace turnback {

namespace {

QString keyText(const QKeySequence& key) {
    return key.toString(QKeySequence::NativeText).toHtmlEscaped();
}

QString plain(QString text) {
    // "&Open kit..." -> "Open kit"; "&&" stays one "&".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text;
}

QString row(const QString& keys, const QString& what) {
    return QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>").arg(keys, what);
}

QString section(const QString& title, const QStringList& rows) {
    return QStringLiteral("<h3>%1</h3><table>%2</table>").arg(title.toHtmlEscaped(), rows.join(QString()));
}

} // namespace

KeyboardHelpDialog::KeyboardHelpDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("keyboardHelpDialog"));
    setWindowTitle(tr("Keyboard"));
    auto* text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("keyboardHelpText"));
    text->setHtml(mapHtml(actions));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("keyboardHelpButtons"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("keyboardHelpCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(640, 600);
}

QString KeyboardHelpDialog::mapHtml(const QList<QAction*>& actions) {
    QStringList menus;
    for (QAction* action : actions) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        const auto* menu = qobject_cast<QMenu*>(action->parent());
        const QString where = menu ? plain(menu->title()) + QStringLiteral(" > ") : QString();
        menus << row(keyText(action->shortcut()), QString(where + plain(action->text())).toHtmlEscaped());
    }
    const QString tab = keyText(QKeySequence(Qt::Key_Tab));
    const QString backtab = keyText(QKeySequence(Qt::SHIFT | Qt::Key_Tab));
    const QStringList console{
        row(tab + QStringLiteral(" / ") + backtab,
            tr("Next / previous panel, in reading order: record what you see, what is owed (Acknowledge, Decide, "
               "...), the rubric table, who must be told, the timeline")),
        row(keyText(QKeySequence(Qt::ALT | Qt::Key_1)) + QStringLiteral(" ... ") +
                keyText(QKeySequence(Qt::ALT | Qt::Key_9)),
            tr("Go to the first to ninth line of \"Record what you see\"")),
        row(keyText(QKeySequence(Qt::Key_Return)), tr("In a value field: record the value typed")),
        row(tr("Up / Down"), tr("In the rubric table: the previous / next signal (a whole row)")),
        row(keyText(QKeySequence(Qt::Key_Space)), tr("In \"Who must be told\": tick the line (records who was told)")),
        row(tr("Alt + underlined letter"), tr("The button, tab or menu with that letter; each letter once per window")),
    };
    const QStringList dialogs{
        row(keyText(QKeySequence(Qt::Key_Return)), tr("The highlighted button (in a one-line field)")),
        row(keyText(QKeySequence(Qt::CTRL | Qt::Key_Return)), tr("Submit, also from a field of several lines")),
        row(keyText(QKeySequence(Qt::Key_Escape)), tr("Cancel: nothing is recorded")),
    };
    return section(tr("Menus (work from every tab)"), menus) + section(tr("Live console"), console) +
           section(tr("Dialogs"), dialogs);
}

} // namespace turnback
