#include "MessageBoxes.h"

#include <QAbstractButton>

#include <optional>

namespace turnback {

namespace {
std::optional<QMessageBox::StandardButton>& nextAnswer() {
    static std::optional<QMessageBox::StandardButton> answer;
    return answer;
}

QString& answeredText() {
    static QString text;
    return text;
}

/// The test's answer for a box saying `text`, consumed; nullopt when a real box must be shown.
std::optional<QMessageBox::StandardButton> takeNextAnswer(const QString& text) {
    const std::optional<QMessageBox::StandardButton> answer = std::exchange(nextAnswer(), std::nullopt);
    if (answer)
        answeredText() = text;
    return answer;
}
} // namespace

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer) {
    nextAnswer() = answer;
}

void MessageBoxes::clearNextAnswer() {
    nextAnswer() = std::nullopt;
}

QString MessageBoxes::lastAnsweredText() {
    return answeredText();
}

QMessageBox::StandardButton MessageBoxes::ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                              const QString& text, QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton) {
    if (const auto answer = takeNextAnswer(text))
        return *answer;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox* MessageBoxes::tell(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                                const Names& names) {
    if (takeNextAnswer(text))
        return nullptr;
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Close, parent);
    box->setObjectName(names.box);
    box->button(QMessageBox::Close)->setObjectName(names.closeButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace turnback
