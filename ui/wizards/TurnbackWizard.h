#pragma once

#include <QWizard>

namespace turnback {

/// The base every Turnback wizard stands on (the comms and data wizards; see ui/wizards/README.md).
/// It gives what the application-wide rules ask of any window, so a wizard only adds its pages:
///  - stable objectNames: the wizard's, each page's (addNamedPage) and its buttons' ("backButton",
///    "nextButton", "commitButton", "finishButton", "cancelButton", "helpButton"), and Qt's own
///    frames around the pages, so every click path is names only (the click record and
///    tests/ui/TestEveryClick.cpp rely on it). What is inside a page is named by the page itself;
///  - Ctrl+Return (and Ctrl+Enter) means Next, or Finish on the last page, even from a multi-line
///    field where Return starts a new line. It clicks that button, so it is recorded as a click on it;
///  - it records nothing by itself: clicks go through the ClickRecorder like any other, and what a
///    wizard produces is recorded by the model when it is applied.
class TurnbackWizard : public QWizard {
    Q_OBJECT
public:
    /// `name` is the wizard's objectName, the first segment of every click path inside it.
    explicit TurnbackWizard(const QString& name, QWidget* parent = nullptr);

    /// addPage() with `name` as the page's objectName. Returns the page's id.
    int addNamedPage(QWizardPage* page, const QString& name);

    /// What Ctrl+Return does: clicks Finish on the last page, else Next, when it is enabled.
    void advance();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void nameButtons();
    void nameFramesAroundPages();
};

} // namespace turnback
