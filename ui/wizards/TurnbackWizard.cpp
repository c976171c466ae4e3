#include "TurnbackWizard.h"

#include <QAbstractButton>
#include <QHash>
#include <QShortcut>
#include <QWizardPage>

namespace turnback {

namespace {
/// Names Qt's unnamed children of `parent` after their class ("wizardFrame", "wizardFrame2", ...),
/// unique among siblings; returns every child that is not a page, to name theirs in turn.
QList<QWidget*> nameChildren(QWidget* parent) {
    QList<QWidget*> frames;
    QHash<QString, int> used;
    const QList<QWidget*> children = parent->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    for (QWidget* child : children) {
        if (qobject_cast<QWizardPage*>(child))
            continue;
        frames << child;
        if (!child->objectName().isEmpty())
            continue;
        const QString base = QStringLiteral("wizard") + QString::fromLatin1(child->metaObject()->className()).mid(1);
        const int count = ++used[base];
        child->setObjectName(count == 1 ? base : base + QString::number(count));
    }
    return frames;
}
} // namespace

TurnbackWizard::TurnbackWizard(const QString& name, QWidget* parent)
    : QWizard(parent) {
    setObjectName(name);
    nameButtons();
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setObjectName(key[0].key() == Qt::Key_Return ? QStringLiteral("advanceShortcut")
                                                               : QStringLiteral("advanceKeypadShortcut"));
        connect(shortcut, &QShortcut::activated, this, &TurnbackWizard::advance);
    }
}

int TurnbackWizard::addNamedPage(QWizardPage* page, const QString& name) {
    page->setObjectName(name);
    return addPage(page);
}

void TurnbackWizard::advance() {
    QAbstractButton* finish = button(FinishButton);
    QAbstractButton* next = button(NextButton);
    // QWizard shows Finish instead of Next (or beside it) once the page is the last, or final.
    QAbstractButton* target = finish->isVisible() && finish->isEnabled() ? finish : next;
    if (target->isVisible() && target->isEnabled())
        target->click();
}

void TurnbackWizard::nameButtons() {
    const std::pair<WizardButton, const char*> names[] = {
        {BackButton, "backButton"},     {NextButton, "nextButton"},     {CommitButton, "commitButton"},
        {FinishButton, "finishButton"}, {CancelButton, "cancelButton"}, {HelpButton, "helpButton"},
    };
    for (const auto& [which, name] : names)
        button(which)->setObjectName(QLatin1String(name));
}

void TurnbackWizard::showEvent(QShowEvent* event) {
    // By the first show Qt has built every frame for the style in use.
    nameFramesAroundPages();
    QWizard::showEvent(event);
}

void TurnbackWizard::nameFramesAroundPages() {
    // Only Qt's own widgets: a page's contents are the page's to name, and a missing name there
    // must still show up in the click record.
    QList<QWidget*> frames = nameChildren(this);
    while (!frames.isEmpty())
        frames += nameChildren(frames.takeFirst());
}

} // namespace turnback
