// turnback-cli: the console's work without a screen, for CI, scripts and auditors.
// Exit codes: 0 success, 1 the input is bad or fails verification, 2 usage error.
#include "Cli.h"

#include <QCoreApplication>

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
  comms list --kit FILE [--overlay FILE]...    one JSON line per comms template: id, audience, blanks
  comms render --kit FILE [--overlay FILE]... --template ID --set NAME=VALUE... [--format text|eml]
               [--to 'NAME <ADDRESS>']... [--from 'NAME <ADDRESS>'] [--date UTC] [--log-head TEXT]
                                               fill a template's blanks (each checked by its type)
  exercise run SCENARIO --kit FILE [--overlay FILE]... --db DB [--start UTC]   run a scenario headlessly

Options: --help, --version. Exit codes: 0 success, 1 bad input or failed verification, 2 usage error.
)";

} // namespace

int cli::Context::usageError(const QString& message, const QString& usage) const {
    err << program << ": " << message << '\n' << "usage: " << program << ' ' << usage << '\n';
    err.flush();
    return UsageError;
}

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
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
    static const QStringList nouns = {QStringLiteral("kit"), QStringLiteral("audit"), QStringLiteral("rubric"),
                                      QStringLiteral("exercise"), QStringLiteral("comms")};
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
    else if (noun == QLatin1String("comms"))
        code = cli::runComms(verb, context);
    else
        err << "turnback-cli: unknown command '" << noun << "'\n" << kUsage;
    out.flush();
    err.flush();
    return code;
}
