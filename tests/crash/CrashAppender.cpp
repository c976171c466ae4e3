// crash_appender LOG SEED: opens the audit log LOG (creating it as needed), sometimes gives it a
// signing key made for this run, prints "ready", then appends events as fast as it can until it is
// killed. After each append() has returned a record, and only then, it prints "<seq> <hash>" on one
// line straight to file descriptor 1 (one write(2), nothing buffered): a printed record was
// acknowledged, so it must survive any crash from then on. Payload sizes, incidents and kinds vary
// with SEED; some events close a reversal, so checkpoints are taken now and then as well.
// Exits 3 if the log cannot be opened and 4 if an append fails, with the reason on stderr.
#include "AuditLog.h"
#include "Clock.h"
#include "SigningKey.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>

#include <unistd.h>

using namespace turnback;

namespace {

/// Writes all of `text` to stdout with write(2); false if stdout is gone.
bool say(const QByteArray& text) {
    qsizetype done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.constData() + done, static_cast<size_t>(text.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

int fail(const char* what, const QString& why, int code) {
    std::fprintf(stderr, "crash_appender: %s: %s\n", what, qPrintable(why));
    return code;
}

/// Mostly small payloads, some of a few KiB, a few spilling over several SQLite pages.
qsizetype payloadSize(std::mt19937_64& rng) {
    const auto pick = std::uniform_int_distribution<int>(0, 99)(rng);
    if (pick < 75)
        return std::uniform_int_distribution<qsizetype>(0, 200)(rng);
    if (pick < 98)
        return std::uniform_int_distribution<qsizetype>(200, 4000)(rng);
    return std::uniform_int_distribution<qsizetype>(4000, 60000)(rng);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("turnback.*.info=false"));
    if (argc != 3)
        return fail("usage", QStringLiteral("crash_appender LOG SEED"), 2);
    std::mt19937_64 rng(std::strtoull(argv[2], nullptr, 10));

    SystemClock clock;
    AuditLog log(clock);
    if (!log.open(QString::fromLocal8Bit(argv[1])))
        return fail("cannot open the log", log.errorString(), 3);
    // One run in four registers a key made for it and signs the checkpoints left pending by the
    // others: a kill can cut that short too, and the verifier checks every signature.
    if (std::uniform_int_distribution<int>(0, 3)(rng) == 0) {
        auto key = SigningKey::generate();
        if (!key || !log.setSigningKey(std::make_shared<const SigningKey>(std::move(*key)), QStringLiteral("file")))
            return fail("cannot set a signing key", log.errorString(), 3);
    }
    if (!say("ready\n"))
        return 0;

    const QString filler = QStringLiteral("The quick brown fox jumps over the lazy dog, événement ✓. ");
    for (qint64 n = 1;; ++n) {
        const qsizetype size = payloadSize(rng);
        const auto roll = std::uniform_int_distribution<int>(0, 99)(rng);
        const QString incident = roll < 40 ? QString() : QStringLiteral("rev-%1").arg(roll % 4);
        const QString kind = roll == 99 ? QStringLiteral("ReversalClosed") : QStringLiteral("ObservationRecorded");
        const QJsonObject payload{{QStringLiteral("n"), n},
                                  {QStringLiteral("text"), filler.repeated(size / filler.size() + 1).left(size)}};
        const auto record =
            log.append({QStringLiteral("crash_appender"), kind, QStringLiteral("error-rate"), incident, payload});
        if (!record)
            return fail("append failed", log.errorString(), 4);
        if (!say(QByteArray::number(record->seq) + ' ' + record->hash.toLatin1() + '\n'))
            return 0;
    }
}
