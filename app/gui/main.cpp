// turnback: the GUI. Parses the command line, opens the audit log, records every click, shows the kit.
#include "AuditLog.h"
#include "ClickRecorder.h"
#include "Clock.h"
#include "ExerciseMode.h"
#include "KitLoader.h"
#include "Language.h"
#include "MainWindow.h"
#include "ReviewWindow.h"
#include "ScenarioLoader.h"
#include "SigningKey.h"
#include "StartupProbe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

#include <cstdio>

using namespace turnback;

namespace {

/// Our own strings and Qt's, in the language the command line or the View menu chose.
void installTranslations(QCoreApplication& app) {
    Language::install(Language::choose(Language::fromArguments(QCoreApplication::arguments()), Language::saved()),
                      &app);
}

QString defaultDatabasePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/turnback.sqlite");
}

/// Exercises go to a log of their own unless --db says otherwise: drills are kept apart from live reversals.
QString defaultExerciseDatabasePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/turnback-exercises.sqlite");
}

QString operatorName() {
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("operator") : user;
}

/// The command line, the same for `--help` without a display and for the GUI.
struct Options {
    QCommandLineOption kit{QStringLiteral("kit"),
                           QCoreApplication::translate("main", "The kit to open (default: the baseline kit)."),
                           QStringLiteral("FILE"), QStringLiteral(":/kits/baseline.yaml")};
    QCommandLineOption overlay{
        QStringLiteral("overlay"),
        QCoreApplication::translate("main", "A service overlay to layer on the kit (repeatable)."),
        QStringLiteral("FILE")};
    QCommandLineOption db{QStringLiteral("db"),
                          QCoreApplication::translate("main", "The audit log database (default: %1).")
                              .arg(QDir::toNativeSeparators(defaultDatabasePath())),
                          QStringLiteral("FILE"), defaultDatabasePath()};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate(
            "main", "The interface language: %1 (default: the choice in the View menu, else the system's).")
            .arg(Language::available().join(QStringLiteral(", "))),
        QStringLiteral("CODE")};
    QCommandLineOption exercise{
        QStringLiteral("exercise"),
        QCoreApplication::translate("main", "Run a tabletop exercise from this scenario, on an exercise clock the "
                                            "trainer starts, pauses and speeds up (default log: %1).")
            .arg(QDir::toNativeSeparators(defaultExerciseDatabasePath())),
        QStringLiteral("SCENARIO")};
    QCommandLineOption review{
        QStringLiteral("review"),
        QCoreApplication::translate("main", "Open this audit log read-only for review (no console, nothing recorded)."),
        QStringLiteral("FILE")};

    void addTo(QCommandLineParser& parser) const {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Turnback: the incident console for reversibility kits."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({kit, overlay, db, lang, review, exercise});
    }
};

void nameApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("turnback"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TURNBACK_VERSION));
}

/// `--help` and `--version` print and exit without a display: a QApplication would need one (and
/// abort on a server with "could not connect to display"), so those two are answered first.
bool asksOnlyForHelpOrVersion(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

/// Prints the help or the version and exits 0; returns only when the flag was an option's value
/// (`--kit --help`), and the GUI then starts as asked.
void answerWithoutDisplay(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    nameApplication();
    installTranslations(app);
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);
}

/// `turnback --review DB`: only the review window, on a log opened read-only. No audit log of our
/// own is opened and no click recorder installed, so nothing of this session is written anywhere.
int runReview(const QString& path, const QString& kitFile, const QStringList& overlays, QApplication& app) {
    const KitLoadResult kit = KitLoader::load(kitFile, overlays);
    ReviewWindow window(kit.ok() ? &*kit.kit : nullptr);
    if (!window.openLog(path)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Turnback cannot open this log for review"),
                              window.errorString());
        return 1;
    }
    window.show();
    return app.exec();
}

/// `--exercise SCENARIO`: the scenario checked against the open kit, then the exercise reversal
/// started and the trainer's controls shown. False (after saying why) when it cannot run.
bool startExercise(MainWindow& window, SimulatedClock& clock, const QString& file) {
    const ScenarioLoadResult loaded = ScenarioLoader::load(file, window.kit());
    QString problem;
    if (!loaded.ok()) {
        QStringList lines;
        for (const KitDiagnostic& error : loaded.errors)
            lines << error.toString();
        problem = lines.join(QLatin1Char('\n'));
    } else {
        auto* mode = new ExerciseMode(window, clock, *loaded.scenario);
        if (mode->begin())
            return true;
        problem = mode->errorString();
    }
    fprintf(stderr, "%s\n", qPrintable(problem));
    QMessageBox::critical(nullptr, QApplication::translate("main", "The exercise cannot run"), problem);
    return false;
}

} // namespace

int main(int argc, char* argv[]) {
    // Key material will pass through this process: no core dumps (KeePassXC's Bootstrap does the same).
    disableCoreDumps();

    if (asksOnlyForHelpOrVersion(argc, argv))
        answerWithoutDisplay(argc, argv);

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Turnback"));
    QApplication::setDesktopFileName(QStringLiteral("org.turnback.Turnback"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/turnback.svg")));
    // Before the command line is parsed, so that --help speaks the chosen language (docs/keyboard.md).
    installTranslations(app);

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        parser.showHelp(2);
    if (parser.isSet(options.lang) && !Language::isAvailable(parser.value(options.lang))) {
        fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "turnback: no language \"%1\"; choose one of: %2")
                               .arg(parser.value(options.lang), Language::available().join(QStringLiteral(", ")))));
        return 2;
    }

    if (parser.isSet(options.review))
        return runReview(parser.value(options.review), parser.value(options.kit), parser.values(options.overlay), app);

    // An exercise runs on a clock of its own, from now, that the trainer steers; its rows carry that time.
    const bool exercise = parser.isSet(options.exercise);
    SystemClock systemClock;
    SimulatedClock exerciseClock(systemClock.utcNow());
    Clock& clock = exercise ? static_cast<Clock&>(exerciseClock) : systemClock;
    AuditLog auditLog(clock);
    const QString database =
        exercise && !parser.isSet(options.db) ? defaultExerciseDatabasePath() : parser.value(options.db);
    QDir().mkpath(QFileInfo(database).absolutePath());
    // A second Turnback on the same log opens it read-only, and says so in its window.
    if (!auditLog.openForConsole(database)) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Turnback cannot record"),
            QApplication::translate("main", "The audit log could not be opened, so nothing you do "
                                            "could be recorded. Turnback will not start.\n\n%1")
                .arg(auditLog.faultMessage().isEmpty() ? auditLog.errorString() : auditLog.faultMessage()));
        return 1;
    }

    const QString actor = operatorName();
    MainWindow window(auditLog, clock, actor);
    ClickRecorder recorder([&window](const QString& target, const QJsonObject& detail) {
        window.record(QStringLiteral("ui.click"), target, detail);
    });
    recorder.install();

    const bool kitOpen = window.openKit(parser.value(options.kit), parser.values(options.overlay));
    if (exercise) {
        if (!kitOpen)
            fprintf(stderr, "%s\n",
                    qPrintable(QApplication::translate("main", "turnback: the kit did not load, so the exercise "
                                                               "cannot run: %1")
                                   .arg(parser.value(options.kit))));
        if (!kitOpen || !startExercise(window, exerciseClock, parser.value(options.exercise)))
            return 1;
    } else if (kitOpen) {
        window.resumeOpenReversal(); // quit mid-reversal, start again: the same reversal, countdowns intact
    }
    window.show();
    StartupProbe::attachIfRequested(window);
    // A read-only console (another Turnback records into this log) signs nothing: no key needed.
    if (!auditLog.isReadOnly())
        window.startSigning();
    // A signed checkpoint on the way out, so the last events before quitting are covered.
    QObject::connect(&app, &QCoreApplication::aboutToQuit,
                     [&auditLog] { auditLog.checkpoint(QStringLiteral("quit")); });
    return app.exec();
}
