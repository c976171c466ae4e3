#pragma once

#include "AuditLog.h"
#include "ClickRecorder.h"
#include "Clock.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>

class QLineEdit;

// "Every click, provably" (docs/architecture.md), shared by its walks: each test_every_click_<part>
// opens some of the console's windows and dialogs, in the states that show their widgets, finds every
// interactive widget and action generically, checks that each has a unique objectName path, clicks
// each one for real and reads back its one `ui.click` row. A widget added without a name fails the
// walk that meets it, with its path; so does a click that is not recorded. What each walk saw and
// clicked is written down, and test_every_click_coverage checks over all of them that every control
// seen was clicked somewhere (a control seen disabled in one walk may be clicked in another).
// Not clicked, on purpose: menu titles (a menu only opens; its actions are the clicks, and are clicked),
// the platform file dialog (FileDialogs answers instead, so nothing blocks), and the "reversal was not
// started" box (MessageBoxes::tell, shown only when the audit log refuses the start).
namespace turnback::test {

/// What kind of thing a person clicks, which decides where the click lands and what it records.
enum class Kind { None, Button, Combo, LineEdit, TextArea, SpinBox, Slider, ItemView, Header, TabBar, Other, Action };

/// One thing a person can click: a widget, one tab of a tab bar, or an action (menu item, shortcut).
struct Control {
    QPointer<QObject> object;
    Kind kind = Kind::None;
    QString path; ///< ClickRecorder::objectPath(object): what its ui.click row must name
    int tab = -1; ///< a tab bar's tab
    QString tabText;

    /// Identifies the control across windows and states (a tab bar's tabs are separate controls).
    QString key() const { return tab < 0 ? path : path + QStringLiteral(" tab \"%1\"").arg(tabText); }
};

/// Every control a person can see in `window` now (visible; enabled or not), in creation order.
QList<Control> inventory(QWidget* window);
/// The naming rules the audit trail depends on, one line per problem (empty: none).
QStringList namingProblems(const QList<Control>& controls);

// Judging what the walk finds (EveryClickInventory.cpp).
bool isEnabled(const Control& control);
/// A dialog button that ends its dialog: these are clicked last, once the rest of the dialog is done.
QDialogButtonBox::ButtonRole closingRole(const Control& control);
bool isAccepting(QDialogButtonBox::ButtonRole role);
/// Windows a person can see and click (not menus, combo pop-ups or tool tips).
QList<QWidget*> visibleWindows();
/// What a person types into a blank field: a number where only numbers go.
QString typedText(const QLineEdit* edit);
void fillBlankFields(QWidget* window);
/// What a window says (its visible labels), for a failure message.
QStringList visibleTexts(QWidget* window);

/// What one walk saw and clicked; the coverage test merges the walks' and checks the whole.
struct EveryClickCoverage {
    QSet<QString> windowsSeen;    ///< window paths, each opened at least once
    QHash<QString, QString> seen; ///< control key -> where it was first seen
    QSet<QString> clicked;        ///< control keys clicked and verified
    QSet<QString> itemViewsSeen;
    QSet<QString> viewsWithCellClicks; ///< item views clicked on a cell, not just their empty viewport
    int verifiedClicks = 0;
    int episodes = 0;

    void merge(const EveryClickCoverage& other);
    QJsonObject toJson() const;
    static EveryClickCoverage fromJson(const QJsonObject& json);
};

/// Lets the quit action be clicked for real: the main window refuses to close while this is installed.
class CloseRefuser : public QObject {
public:
    using QObject::QObject;
    int refused = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Close) {
            event->ignore(); // QCloseEvent starts accepted: ignoring it is what keeps the window open
            ++refused;
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

/// Where the walk of the test executable `part` leaves its coverage, for test_every_click_coverage.
QString coverageFile(const QString& part);

/// The walk: one main window on the baseline kit, a simulated clock and the click recorder wired as
/// app/gui/main.cpp wires it. A walk's test class derives from it and adds its episodes as private slots.
class EveryClickWalk : public QObject {
    Q_OBJECT
private slots:
    // Qt Test runs these for each walk's test class (they are found by name, in base classes too).
    void initTestCase();
    /// Each step starts from the main window alone: a dialog an earlier failure left open would block every click.
    void init();
    /// Writes what this walk saw and clicked (coverageFile()) and closes everything.
    void cleanupTestCase();

protected:
    enum class Finish { Stay, Cancel, Accept };

    void exercise(QWidget* window, Finish finish);
    void clickVerified(const Control& control, QWidget* window, QList<QPointer<QWidget>>* opened,
                       const QStringList& fileAnswer = {});
    void clickNamed(QWidget* window, const QString& objectName, QList<QPointer<QWidget>>* opened = nullptr,
                    const QStringList& fileAnswer = {});
    void openDialogWith(const QString& objectName, const QString& dialogName, QPointer<QWidget>* dialog,
                        const QStringList& fileAnswer = {});
    /// Reversal > Start reversal..., every control of the dialog, then OK: the reversal is recorded.
    void startReversalByClicks();

    std::unique_ptr<ScratchDir> m_scratch;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ClickRecorder> m_recorder;
    CloseRefuser* m_closeRefuser = nullptr;
    EveryClickCoverage m_coverage;

private:
    void performClick(const Control& control, QWidget* window);
    void clickWidget(const Control& control);
    void triggerAction(QAction* action, QWidget* window);
    void openMenu(QMenu* menu);
    void noteInventory(QWidget* window, const QList<Control>& controls);
    QStringList newClickTargets(qint64 afterSeq) const;
};

} // namespace turnback::test
