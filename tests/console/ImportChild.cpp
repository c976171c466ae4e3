// import_child LOG FILE: resumes the one open reversal in LOG and imports FILE into it with
// ObservationImportJob, as the console does, with an event loop. Prints "recording N" (one write(2)
// each, nothing buffered) after every slice of the transaction, so that test_import_kill can kill it
// with SIGKILL while the import's rows are being written and not yet committed.
#include "AuditLog.h"
#include "Clock.h"
#include "KitLoader.h"
#include "ObservationImportJob.h"
#include "ReversalSession.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace turnback;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: import_child LOG FILE\n");
        return 2;
    }
    SystemClock clock;
    AuditLog log(clock);
    const KitLoadResult kit = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    if (!kit.ok() || !log.open(QString::fromLocal8Bit(argv[1])))
        return 3;
    ReversalSession session(log, clock, *kit.kit);
    const QStringList open = ReversalSession::openIncidentIds(log);
    if (open.size() != 1 || !session.resume(open.first()))
        return 4;
    ObservationImportJob job(session, QString::fromLocal8Bit(argv[2]));
    QObject::connect(&job, &ObservationImportJob::progress, [](ObservationImportJob::Phase phase, qint64 done, qint64) {
        if (phase != ObservationImportJob::Phase::Recording)
            return;
        const QByteArray line = "recording " + QByteArray::number(done) + '\n';
        if (::write(STDOUT_FILENO, line.constData(), size_t(line.size())) < 0)
            std::_Exit(5);
    });
    QObject::connect(&job, &ObservationImportJob::finished, &app, [](const ObservationImportResult& result) {
        const QByteArray line = "finished " + QByteArray::number(result.recorded) + '\n';
        if (::write(STDOUT_FILENO, line.constData(), size_t(line.size())) < 0)
            std::_Exit(5);
        QCoreApplication::exit(0);
    });
    job.start();
    return app.exec();
}
