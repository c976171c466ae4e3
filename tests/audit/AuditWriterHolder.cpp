// A second Turnback, as far as the writer's lock is concerned: opens an audit log for writing,
// says "recording <pid>" on stdout, and holds it until its stdin closes. Used by TestAuditFaults.

#include "AuditLog.h"
#include "Clock.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: audit_writer_holder DATABASE\n");
        return 2;
    }
    turnback::SystemClock clock;
    turnback::AuditLog log(clock);
    if (!log.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(log.errorString()));
        return 1;
    }
    std::printf("recording %lld\n", static_cast<long long>(QCoreApplication::applicationPid()));
    std::fflush(stdout);
    char line[64];
    while (std::fgets(line, sizeof line, stdin)) {
    }
    return 0;
}
