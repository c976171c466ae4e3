#include "ExerciseLauncher.h"

#include "AuditLog.h"
#include "ConsoleController.h"
#include "FileDialogs.h"
#include "KitErrorDialog.h"
#include "MessageBoxes.h"
#include "ScenarioLoader.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMenu>
#include <QProcess>

namespace turnback {

namespace {
std::function<bool(const QStringList&)>& starter() {
    static std::function<bool(const QStringList&)> start;
    return start;
}
} // namespace

void ExerciseLauncher::setStarterForTests(std::function<bool(const QStringList&)> start) {
    starter() = std::move(start);
}

QString ExerciseLauncher::exerciseLogFor(const QString& liveLog) {
    const QFileInfo live(liveLog);
    return live.absolutePath() + QStringLiteral("/%1-exercises.sqlite").arg(live.completeBaseName());
}

QStringList ExerciseLauncher::arguments(const QString& scenario, const QString& kitFile, const QStringList& overlays,
                                        const QString& liveLog) {
    QStringList args{QStringLiteral("--exercise"), scenario, QStringLiteral("--kit"), kitFile};
    for (const QString& overlay : overlays)
        args << QStringLiteral("--overlay") << overlay;
    args << QStringLiteral("--db") << exerciseLogFor(liveLog);
    return args;
}

void ExerciseLauncher::addTo(QMenu* menu, ConsoleController& controller, QWidget* parent) {
    QAction* run = menu->addAction(QCoreApplication::translate("ExerciseLauncher", "Run an e&xercise..."), parent,
                                   [&controller, parent] {
                                       if (!controller.hasKit())
                                           return; // the action is enabled only with a kit open
                                       chooseAndRun(parent, controller.kit(), controller.kitFile(),
                                                    controller.overlayFiles(), controller.log().path());
                                   });
    run->setObjectName(QStringLiteral("runExerciseAction"));
    const auto enable = [run, &controller] { run->setEnabled(controller.hasKit()); };
    QObject::connect(&controller, &ConsoleController::kitChanged, run, enable);
    enable();
}

bool ExerciseLauncher::chooseAndRun(QWidget* parent, const Kit& kit, const QString& kitFile,
                                    const QStringList& overlays, const QString& liveLog) {
    const QString file = FileDialogs::openScenarioFile(parent);
    if (file.isEmpty())
        return false;
    const ScenarioLoadResult loaded = ScenarioLoader::load(file, kit);
    if (!loaded.ok()) {
        QStringList lines;
        for (const KitDiagnostic& error : loaded.errors)
            lines << error.toString();
        auto* dialog = new KitErrorDialog(file, lines, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return false;
    }
    const QStringList args = arguments(file, kitFile, overlays, liveLog);
    const bool started =
        starter() ? starter()(args) : QProcess::startDetached(QCoreApplication::applicationFilePath(), args);
    if (!started)
        MessageBoxes::tell(parent, QMessageBox::Warning,
                           QCoreApplication::translate("ExerciseLauncher", "Run an exercise"),
                           QCoreApplication::translate("ExerciseLauncher", "The exercise could not be started."),
                           {QStringLiteral("exerciseFailedDialog"), QStringLiteral("exerciseFailedCloseButton")});
    return started;
}

} // namespace turnback
