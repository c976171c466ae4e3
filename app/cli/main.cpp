// turnback-cli: the console's work without a screen, for CI, scripts and auditors.
// Exit codes: 0 success, 1 the input is bad or fails verification, 2 usage error.
#include "Cli.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

#include <memory>

using namespace turnback;

namespace {

const char kUsage[] = R"(Usage: turnback-cli COMMAND ...

  kit validate FILE [--overlay FILE]...        check a kit: exit 0, or FILE:LINE:COLUMN errors and exit 1
  kit show FILE [--overlay FILE]...            print the rubric as a Markdown table
  rubric replay --kit FILE [--overlay FILE]... --observations FILE.csv [--until SECONDS]
                                               one JSON line per trigger / clear; the last sample
                                               holds (waits pending at the end fire), --until
                                               stops the clock at SECONDS from the start
  audit verify DB [--anchor SEQ:FINGERPRINT] [--incident ID]
                                               check the hash chain and every signed checkpoint
  audit checkpoint DB [--reason TEXT] [--key-file FILE --passphrase-file FILE [--create-key-file]]
                                               record a signed checkpoint (keychain, or a key file)
  audit anchor DB                              print the newest SEQ:FINGERPRINT to paste into a ticket
  comms clocks --kit FILE [--overlay FILE]... --event NAME=UTC [--event NAME=UTC]...
                                               the regulator clocks the events start, one JSON line
                                               each in due order; NAME is became-aware,
                                               classified-major, determined-material, discovered or
                                               sent:REGIME/REPORT (docs/regulator-clocks.md)
  comms list --kit FILE [--overlay FILE]...    one JSON line per comms template: id, audience, blanks
  comms render --kit FILE [--overlay FILE]... --template ID --set NAME=VALUE... [--format text|eml]
               [--to 'NAME <ADDRESS>']... [--from 'NAME <ADDRESS>'] [--date UTC] [--log-head TEXT]
                                               fill a template's blanks (each checked by its type)
  exercise run SCENARIO --kit FILE [--overlay FILE]... --db DB [--start UTC]   run a scenario headlessly
  exercise report DB --incident ID (--out FILE.pdf | --format json) [--kit FILE [--overlay FILE]...]
                                               the after-action report: every timer met or missed,
                                               injects and gaps (docs/after-action-report.md)
  incident list DB                             one JSON line per reversal: id, title, service, mode,
                                               started_utc, closed_utc (null while open)
  evidence export DB --incident ID --out FILE.zip [--key-file FILE --passphrase-file FILE | --unsigned]
                 [--by NAME]                   export one reversal as a signed evidence pack
                                               (key: the keychain's for this log, or the key file)

Options: --help, --version. Exit codes: 0 success, 1 bad input or failed verification, 2 usage error.
)";

} // namespace

int cli::Context::usageError(const QString& message, const QString& usage) const {
    err << program << ": " << message << '\n' << "usage: " << program << ' ' << usage << '\n';
    err.flush();
    return UsageError;
}

std::optional<QString> cli::Context::existingDatabase(const QStringList& positionals, const QString& usage,
                                                      int* code) const {
    if (positionals.size() != 1) {
        *code = usageError(QStringLiteral("expected exactly one database file"), usage);
        return std::nullopt;
    }
    const QString path = positionals.first();
    if (!QFileInfo::exists(path)) {
        err << path << ": error: no such file\n";
        *code = BadInput;
        return std::nullopt;
    }
    return path;
}

int main(int argc, char* argv[]) {
    // The evidence pack's report is a PDF laid out with QtGui, which needs a QGuiApplication (fonts);
    // with no screen, on the offscreen platform. Every other verb stays a plain QCoreApplication.
    // The after-action report's chart is Qt Charts, which needs a QApplication (widgets), also offscreen.
    const bool needsGui = argc > 1 && qstrcmp(argv[1], "evidence") == 0;
    const bool needsWidgets = argc > 2 && qstrcmp(argv[1], "exercise") == 0 && qstrcmp(argv[2], "report") == 0;
    if ((needsGui || needsWidgets) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (needsWidgets)
        app = std::make_unique<QApplication>(argc, argv);
    else if (needsGui)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("turnback-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TURNBACK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);

    if (args.isEmpty()) {
        err << kUsage;
        return cli::UsageError;
    }
    if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        out << kUsage;
        return cli::Success;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "turnback-cli " << TURNBACK_VERSION << '\n';
        return cli::Success;
    }
    static const QStringList nouns = {
        QStringLiteral("kit"),      QStringLiteral("audit"),    QStringLiteral("rubric"), QStringLiteral("exercise"),
        QStringLiteral("incident"), QStringLiteral("evidence"), QStringLiteral("comms")};
    if (!nouns.contains(args.first())) {
        err << "turnback-cli: unknown command '" << args.first() << "'\n" << kUsage;
        return cli::UsageError;
    }
    if (args.size() < 2) {
        err << "turnback-cli: '" << args.first() << "' needs a verb\n" << kUsage;
        return cli::UsageError;
    }

    const QString noun = args.takeFirst();
    const QString verb = args.takeFirst();
    cli::Context context{args, out, err};
    int code = cli::UsageError;
    if (noun == QLatin1String("kit"))
        code = cli::runKit(verb, context);
    else if (noun == QLatin1String("audit"))
        code = cli::runAudit(verb, context);
    else if (noun == QLatin1String("rubric"))
        code = cli::runRubric(verb, context);
    else if (noun == QLatin1String("exercise"))
        code = cli::runExercise(verb, context);
    else if (noun == QLatin1String("incident"))
        code = cli::runIncident(verb, context);
    else if (noun == QLatin1String("evidence"))
        code = cli::runEvidence(verb, context);
    else if (noun == QLatin1String("comms") && verb == QLatin1String("clocks"))
        code = cli::runCommsClocks(context);
    else if (noun == QLatin1String("comms"))
        code = cli::runComms(verb, context);
    else
        err << "turnback-cli: unknown command '" << noun << "'\n" << kUsage;
    out.flush();
    err.flush();
    return code;
}
