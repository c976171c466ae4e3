// Writes the seed corpus of fuzz_audit_reader: small audit logs as Turnback writes them (signed and
// pending checkpoints, incident chains, schema 1 and 2, WAL and rollback journal), compacted to
// small pages so that mutations land in few bytes, then a tampered, a truncated and bit-flipped
// copies. Usage: fuzz_audit_seeds OUTPUT_FOLDER (see tests/fuzz/README.md).
#include "AuditLog.h"
#include "Clock.h"
#include "SigningKey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <chrono>
#include <cstdio>
#include <memory>

using namespace turnback;
using namespace std::chrono_literals;

namespace {

bool fail(const QString& message) {
    std::fprintf(stderr, "fuzz_audit_seeds: %s\n", qPrintable(message));
    return false;
}

/// A log of `rows` events in two incidents and at console level, with checkpoints.
bool writeLog(const QString& path, int rows, bool sign) {
    QFile::remove(path);
    SimulatedClock clock(QDateTime(QDate(2026, 11, 26), QTime(18, 0), Qt::UTC));
    AuditLog log(clock);
    log.setCheckpointInterval(4);
    if (!log.open(path))
        return fail(log.errorString());
    if (sign) {
        auto key = SigningKey::generate();
        if (!key || !log.setSigningKey(std::make_shared<const SigningKey>(std::move(*key)), QStringLiteral("file")))
            return fail(QStringLiteral("cannot sign: ") + log.errorString());
    }
    for (int i = 1; i <= rows; ++i) {
        const QString incident = i % 3 == 0 ? QString() : QStringLiteral("rev-%1").arg(i % 3);
        const QString kind = i == rows ? QStringLiteral("ReversalClosed") : QStringLiteral("ObservationRecorded");
        const QJsonObject payload{{QStringLiteral("n"), i}, {QStringLiteral("note"), QStringLiteral("é %1").arg(i)}};
        if (!log.append({QStringLiteral("Zoë"), kind, QStringLiteral("error-rate"), incident, payload}))
            return fail(log.errorString());
        clock.advance(1250ms);
    }
    if (!log.checkpoint(QStringLiteral("quit")))
        return fail(log.errorString());
    return true;
}

/// Runs SQL on the file as the sqlite3 shell would (statements separated by ';').
bool sql(const QString& path, const QStringList& statements) {
    const QString name = QStringLiteral("seeds");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            if (ok && !query.exec(statement))
                ok = fail(statement + QStringLiteral(": ") + query.lastError().text());
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// Small pages in a rollback-journal file (`wal` false) or a WAL file with everything checkpointed.
bool compact(const QString& path, int pageSize, bool wal) {
    QStringList statements = {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                              QStringLiteral("PRAGMA journal_mode = DELETE"),
                              QStringLiteral("PRAGMA page_size = %1").arg(pageSize), QStringLiteral("VACUUM")};
    if (wal)
        statements << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
    return sql(path, statements);
}

QByteArray read(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size()) ||
           fail(QStringLiteral("cannot write ") + path);
}

/// Flips one bit at each offset (taken modulo the size), deterministically.
QByteArray flipped(QByteArray bytes, std::initializer_list<qsizetype> offsets) {
    for (const qsizetype offset : offsets) {
        const qsizetype at = offset % bytes.size();
        bytes[at] = static_cast<char>(bytes[at] ^ (1 << (at % 8)));
    }
    return bytes;
}

bool run(const QDir& out) {
    const QString signedLog = out.filePath(QStringLiteral("signed.db"));
    const QString pendingLog = out.filePath(QStringLiteral("pending-wal.db"));
    const QString schema1 = out.filePath(QStringLiteral("schema1.db"));
    const QString tampered = out.filePath(QStringLiteral("tampered.db"));
    if (!writeLog(signedLog, 9, true) || !compact(signedLog, 512, false) || !writeLog(pendingLog, 6, false) ||
        !compact(pendingLog, 1024, true))
        return false;
    // Schema 1: audit_log and meta only, as the first release wrote it.
    if (!QFile::copy(signedLog, schema1) ||
        !sql(schema1, {QStringLiteral("DROP TABLE audit_checkpoint"), QStringLiteral("DROP TABLE signing_key"),
                       QStringLiteral("DROP TABLE audit_incident_chain"), QStringLiteral("PRAGMA user_version = 1"),
                       QStringLiteral("VACUUM")}))
        return false;
    // A row changed behind the triggers' back: the verifier's "changed" path.
    if (!QFile::copy(signedLog, tampered) ||
        !sql(tampered, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                        QStringLiteral("UPDATE audit_log SET payload = '{\"n\":99}' WHERE seq = 4")}))
        return false;
    const QByteArray bytes = read(signedLog);
    if (bytes.size() < 1024)
        return fail(QStringLiteral("the signed log is too small"));
    return write(out.filePath(QStringLiteral("signed-truncated.db")), bytes.left(bytes.size() / 2 + 100)) &&
           write(out.filePath(QStringLiteral("signed-flipped-header.db")), flipped(bytes, {20, 28, 60})) &&
           write(out.filePath(QStringLiteral("signed-flipped-pages.db")), flipped(bytes, {700, 1500, 2900, 5100}));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_audit_seeds OUTPUT_FOLDER\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const bool ok = QDir().mkpath(out.path()) ? run(out) : fail(QStringLiteral("cannot create ") + out.path());
    return ok ? 0 : 1;
}
