// turnback: the GUI. Parses the command line, opens the audit log, records every click, shows the kit.
#include "AuditLog.h"
#include "ClickRecorder.h"
#include "Clock.h"
#include "Language.h"
#include "MainWindow.h"
#include "SigningKey.h"
#include "StartupProbe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

#include <cstdio>

using namespace turnback;

namespace {

QString defaultDatabasePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/turnback.sqlite");
}

QString operatorName() {
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("operator") : user;
}

} // namespace

int main(int argc, char* argv[]) {
    // Key material will pass through this process: no core dumps (KeePassXC's Bootstrap does the same).
    disableCoreDumps();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("turnback"));
    QApplication::setApplicationDisplayName(QStringLiteral("Turnback"));
    QApplication::setApplicationVersion(QStringLiteral(TURNBACK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.turnback.Turnback"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/turnback.svg")));
    // Before the command line is parsed, so that --help speaks the chosen language (docs/keyboard.md).
    Language::install(Language::choose(Language::fromArguments(QApplication::arguments()), Language::saved()), &app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Turnback: the incident console for reversibility kits."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption kitOption(QStringLiteral("kit"),
                                       QApplication::translate("main", "The kit to open (default: the baseline kit)."),
                                       QStringLiteral("FILE"), QStringLiteral(":/kits/baseline.yaml"));
    const QCommandLineOption overlayOption(
        QStringLiteral("overlay"),
        QApplication::translate("main", "A service overlay to layer on the kit (repeatable)."), QStringLiteral("FILE"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The audit log database (default: %1).")
                                          .arg(QDir::toNativeSeparators(defaultDatabasePath())),
                                      QStringLiteral("FILE"), defaultDatabasePath());
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main",
                                "The interface language: %1 (default: the choice in the View menu, else the system's).")
            .arg(Language::available().join(QStringLiteral(", "))),
        QStringLiteral("CODE"));
    parser.addOptions({kitOption, overlayOption, dbOption, langOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        parser.showHelp(2);
    if (parser.isSet(langOption) && !Language::isAvailable(parser.value(langOption))) {
        fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "turnback: no language \"%1\"; choose one of: %2")
                               .arg(parser.value(langOption), Language::available().join(QStringLiteral(", ")))));
        return 2;
    }

    SystemClock clock;
    AuditLog auditLog(clock);
    // A second Turnback on the same log opens it read-only, and says so in its window.
    if (!auditLog.openForConsole(parser.value(dbOption))) {
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

    if (window.openKit(parser.value(kitOption), parser.values(overlayOption)))
        window.resumeOpenReversal(); // quit mid-reversal, start again: the same reversal, countdowns intact
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
