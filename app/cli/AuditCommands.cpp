// turnback-cli audit verify
#include "ArgumentParser.h"
#include "AuditVerifier.h"
#include "Cli.h"

#include <QFileInfo>

namespace turnback::cli {

namespace {

int runVerify(Context& context)
{
    const QString usage = QStringLiteral("audit verify DB");
    ArgumentParser parser;
    if (!parser.parse(context.args))
        return context.usageError(parser.error(), usage);
    if (parser.positionals().size() != 1)
        return context.usageError(QStringLiteral("expected exactly one database file"), usage);

    const QString path = parser.positionals().first();
    if (!QFileInfo::exists(path)) {
        context.err << path << ": error: no such file\n";
        return BadInput;
    }
    const AuditVerification result = AuditVerifier::verify(path);
    if (!result.ok) {
        context.err << path << ": FAILED: " << result.message << '\n';
        if (result.firstBadSeq > 0)
            context.err << "first bad seq: " << result.firstBadSeq << '\n';
        return BadInput;
    }
    context.out << path << ": ok: " << result.count << (result.count == 1 ? " event" : " events")
                << ", head hash " << result.headHash << '\n';
    return Success;
}

} // namespace

int runAudit(const QString& verb, Context& context)
{
    if (verb == QLatin1String("verify"))
        return runVerify(context);
    return context.usageError(QStringLiteral("unknown audit verb '%1'").arg(verb), QStringLiteral("audit verify DB"));
}

} // namespace turnback::cli
