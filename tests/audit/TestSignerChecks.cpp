#include "AuditLog.h"
#include "AuditTestSupport.h"
#include "AuditVerifier.h"
#include "Clock.h"
#include "KeyFile.h"
#include "SigningKey.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace turnback;

namespace {

std::shared_ptr<const SigningKey> newKey() {
    auto key = SigningKey::generate();
    return key ? std::make_shared<const SigningKey>(std::move(*key)) : nullptr;
}

/// The rows as stored, with their incident-chain columns (read the way an attacker's script would).
QList<AuditRecord> storedRows(const QString& path) {
    SimulatedClock clock;
    AuditLog log(clock);
    return log.open(path, AuditLog::Access::ReadOnly) ? log.records() : QList<AuditRecord>();
}

/// A consistent rewrite, as an attacker who can write the file makes one: the actor of `fromSeq`
/// changed, and every hash of the log and of the incident chains recomputed from there on.
QList<AuditRecord> forgeFrom(const QString& path, qint64 fromSeq) {
    QList<AuditRecord> rows = storedRows(path);
    test::attack(path, [&](QSqlQuery& q) {
        QString previous = AuditLog::genesisHash();
        QHash<QString, QString> incidentTips;
        for (AuditRecord& r : rows) {
            if (r.seq == fromSeq)
                r.actor = QStringLiteral("mallory");
            r.prevHash = previous;
            r.hash = AuditLog::computeHash(previous, r);
            previous = r.hash;
            if (!r.incident.isEmpty()) {
                r.incidentPrevHash = incidentTips.value(r.incident, AuditLog::genesisHash());
                r.incidentHash = AuditLog::computeHash(r.incidentPrevHash, r);
                incidentTips.insert(r.incident, r.incidentHash);
            }
            if (r.seq < fromSeq)
                continue;
            q.prepare(QStringLiteral("UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?"));
            q.addBindValue(r.actor);
            q.addBindValue(r.prevHash);
            q.addBindValue(r.hash);
            q.addBindValue(r.seq);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.prepare(QStringLiteral("UPDATE audit_incident_chain SET incident_prev_hash = ?, incident_hash = ? "
                                     "WHERE seq = ?"));
            q.addBindValue(r.incidentPrevHash);
            q.addBindValue(r.incidentHash);
            q.addBindValue(r.seq);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    });
    return rows;
}

/// Inserts a pending checkpoint, as the attacker would to have the operator's key sign it.
void insertPending(const QString& path, qint64 seq, const QString& headHash) {
    test::attack(path, [&](QSqlQuery& q) {
        q.prepare(QStringLiteral("INSERT INTO audit_checkpoint (scope, incident, seq, head_hash, at_utc, clock_source, "
                                 "reason) VALUES ('log', '', ?, ?, '2026-11-26T18:00:00.000Z', 'system', 'cli')"));
        q.addBindValue(seq);
        q.addBindValue(headHash);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    });
}

/// Records `events` more events in a session with no key (checkpoints every `interval`, pending).
bool appendUnsigned(const QString& path, int events, int interval = AuditLog::kDefaultCheckpointInterval) {
    SimulatedClock clock;
    AuditLog log(clock);
    if (!log.open(path))
        return false;
    log.setCheckpointInterval(interval);
    return test::appendEvents(log, events);
}

qint64 signedCount(const QString& path) {
    return test::sqlOn(path, QStringLiteral("SELECT count(*) FROM audit_checkpoint WHERE signature IS NOT NULL"))
        .toLongLong();
}

} // namespace

/// The signing key vouches only for what the signer checked (docs/audit-log.md, "What the signer
/// checks before it signs"): every attack here is made on a real log file, then the operator signs.
class TestSignerChecks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rewriteWithForgedPendingCheckpointsIsRefused();
    void rewriteWhileOpenIsRefused();
    void pendingCheckpointPastTheHeadIsRefused();
    void pendingCheckpointWithAnotherHeadIsRefused();
    void ownKeyResigningARewrittenLogNeedsTheAnchor();
    void verifyReportsBadPendingCheckpoints_data();
    void verifyReportsBadPendingCheckpoints();
    void verifySaysWhichKeySignedWhat();
    void verifyRunsSqliteIntegrityCheck();
    void pythonVerifierChecksSignatures();
    void newKeyFileOnASignedLogNeedsReplaceKey();
    void filesAreReadableByTheirOwnerOnly();
    void restartMidReversalSignsTheNextRows();
    void reversalBegunBeforeTheCheckpointIsCheckedAgainstTheChain();

private:
    test::ScratchDir m_dir;
    QString m_keyFile, m_passFile;
    QString cliCheckpoint(const QString& db, int* exitCode, const QStringList& extra = {});
    QString signedLog(const QString& db, int events);
};

void TestSignerChecks::initTestCase() {
    m_keyFile = m_dir.file(QStringLiteral("key.pem"));
    m_passFile = m_dir.file(QStringLiteral("pass.txt"));
    QVERIFY(test::writeText(m_passFile, "correct horse battery\n"));
    const auto key = newKey();
    QString why;
    QVERIFY2(KeyFile::write(m_keyFile, *key, SecretBytes(QByteArray("correct horse battery")), &why), qPrintable(why));
}

QString TestSignerChecks::cliCheckpoint(const QString& db, int* exitCode, const QStringList& extra) {
    const test::Run run =
        test::cli(QStringList{QStringLiteral("audit"), QStringLiteral("checkpoint"), db, QStringLiteral("--key-file"),
                              m_keyFile, QStringLiteral("--passphrase-file"), m_passFile} +
                  extra);
    *exitCode = run.exitCode;
    return run.out + run.err;
}

void TestSignerChecks::rewriteWithForgedPendingCheckpointsIsRefused() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    QVERIFY(appendUnsigned(db, 10, 10));
    int exit = -1;
    QString said = cliCheckpoint(db, &exit); // signs the checkpoint at seq 10 with the operator's key
    QVERIFY2(exit == 0, qPrintable(said));
    QVERIFY(appendUnsigned(db, 12, 10)); // the keychain is locked today: the checkpoint at 20 waits, pending
    const qint64 signedBefore = signedCount(db);
    const QList<AuditRecord> forged = forgeFrom(db, 4);
    insertPending(db, 20, forged.at(19).hash);
    insertPending(db, 22, forged.at(21).hash);

    said = cliCheckpoint(db, &exit);
    QCOMPARE(exit, 1);
    QVERIFY2(said.contains(QStringLiteral("the chain is broken at seq 10")), qPrintable(said));
    QCOMPARE(signedCount(db), signedBefore); // nothing was signed
    const test::Run verify = test::cli({QStringLiteral("audit"), QStringLiteral("verify"), db});
    QCOMPARE(verify.exitCode, 1);
}

void TestSignerChecks::rewriteWhileOpenIsRefused() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(db));
    log.setCheckpointInterval(10);
    QVERIFY(test::appendEvents(log, 25)); // no key yet: pending checkpoints at 10 and 20
    // While the console records, someone rewrites the log under it, pending checkpoints included.
    const QList<AuditRecord> forged = forgeFrom(db, 3);
    test::attack(db, [&](QSqlQuery& q) {
        test::run(q, QStringLiteral("UPDATE audit_checkpoint SET head_hash = '%1' WHERE scope = 'log' AND seq = 10")
                         .arg(forged.at(9).hash));
        test::run(q, QStringLiteral("UPDATE audit_checkpoint SET head_hash = '%1' WHERE scope = 'log' AND seq = 20")
                         .arg(forged.at(19).hash));
    });
    QVERIFY(!log.setSigningKey(newKey(), QStringLiteral("file")));
    QVERIFY2(log.errorString().contains(QStringLiteral("the chain is broken at seq 25")),
             qPrintable(log.errorString()));
    QCOMPARE(signedCount(db), 0);
    QVERIFY(!log.checkpoint(QStringLiteral("quit"))); // nor is the broken chain extended
    QCOMPARE(test::sqlOn(db, QStringLiteral("SELECT count(*) FROM audit_checkpoint WHERE seq = 25")).toInt(), 0);
}

void TestSignerChecks::restartMidReversalSignsTheNextRows() {
    // A reversal's rows, a signed checkpoint at the head, the console quits and starts again: the
    // witness starts at that head without having seen the reversal's earlier rows. Its next row
    // (incident_seq 4) is not a broken chain, and is signed like any other.
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    const auto key = newKey();
    QVERIFY(key);
    const auto event = [](int i) {
        return AuditEvent{QStringLiteral("ana"), QStringLiteral("ObservationRecorded"), QStringLiteral("p1-count"),
                          QStringLiteral("rev-1"), QJsonObject{{QStringLiteral("n"), i}}};
    };
    {
        AuditLog log(clock);
        QVERIFY(log.open(db));
        QVERIFY(log.setSigningKey(key, QStringLiteral("file")));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(log.append(event(i)));
        QVERIFY(log.checkpoint(QStringLiteral("quit")));
    }
    AuditLog log(clock);
    QVERIFY(log.open(db));
    QVERIFY2(log.setSigningKey(key, QStringLiteral("file")), qPrintable(log.errorString()));
    QVERIFY(log.append(event(4)));
    QVERIFY2(log.checkpoint(QStringLiteral("quit")), qPrintable(log.errorString()));
    QCOMPARE(log.latestSignedCheckpoint()->seq, 4);
}

void TestSignerChecks::reversalBegunBeforeTheCheckpointIsCheckedAgainstTheChain() {
    // As above, but while the console was closed someone changed the reversal's first row and
    // recomputed that row's hash and the whole incident chain (not the main chain after it, which
    // would break the signed checkpoint). The witness starts at the checkpoint, meets the reversal's
    // next row, and must not sign an incident head resting on rows the main chain disowns.
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    SimulatedClock clock;
    const auto key = newKey();
    QVERIFY(key);
    const auto event = [](int i) {
        return AuditEvent{QStringLiteral("ana"), QStringLiteral("ObservationRecorded"), QStringLiteral("p1-count"),
                          QStringLiteral("rev-1"), QJsonObject{{QStringLiteral("n"), i}}};
    };
    {
        AuditLog log(clock);
        QVERIFY(log.open(db));
        QVERIFY(log.setSigningKey(key, QStringLiteral("file")));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(log.append(event(i)));
        QVERIFY(log.checkpoint(QStringLiteral("quit")));
    }
    const QList<AuditRecord> rows = storedRows(db);
    test::attack(db, [&](QSqlQuery& q) {
        QString incidentPrev = AuditLog::genesisHash();
        for (AuditRecord r : rows) {
            if (r.seq == 1) {
                r.actor = QStringLiteral("mallory");
                r.hash = AuditLog::computeHash(r.prevHash, r);
                test::run(
                    q, QStringLiteral("UPDATE audit_log SET actor = 'mallory', hash = '%1' WHERE seq = 1").arg(r.hash));
            }
            r.incidentHash = AuditLog::computeHash(incidentPrev, r);
            test::run(q, QStringLiteral("UPDATE audit_incident_chain SET incident_prev_hash = '%1', incident_hash = "
                                        "'%2' WHERE seq = %3")
                             .arg(incidentPrev, r.incidentHash)
                             .arg(r.seq));
            incidentPrev = r.incidentHash;
        }
    });
    AuditLog log(clock);
    QVERIFY(log.open(db));
    QVERIFY2(log.setSigningKey(key, QStringLiteral("file")), qPrintable(log.errorString()));
    QVERIFY(log.append(event(4)));
    const qint64 signedBefore = signedCount(db);
    QVERIFY(!log.checkpoint(QStringLiteral("quit")));
    QVERIFY2(log.errorString().contains(QStringLiteral("the chain is broken at seq 2")), qPrintable(log.errorString()));
    QCOMPARE(signedCount(db), signedBefore);
}

void TestSignerChecks::pendingCheckpointPastTheHeadIsRefused() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    QVERIFY(appendUnsigned(db, 18));
    insertPending(db, 5000, QString(64, u'a'));
    int exit = -1;
    QString said = cliCheckpoint(db, &exit);
    QCOMPARE(exit, 1);
    QVERIFY2(said.contains(QStringLiteral("refused to sign checkpoint 1 (seq 5000): seq 5000 is past the head of the "
                                          "log (seq 18)")),
             qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("at seq 18, signed with key")), qPrintable(said));
    QCOMPARE(test::sqlOn(db, QStringLiteral("SELECT count(*) FROM audit_checkpoint WHERE seq = 5000 AND signature IS "
                                            "NULL"))
                 .toInt(),
             1);
    QVERIFY(appendUnsigned(db, 4));
    said = cliCheckpoint(db, &exit); // the real head keeps being signed
    QVERIFY2(said.contains(QStringLiteral("at seq 22, signed with key")), qPrintable(said));
    QCOMPARE(test::sqlOn(db, QStringLiteral("SELECT max(seq) FROM audit_checkpoint WHERE scope = 'log' AND signature "
                                            "IS NOT NULL"))
                 .toInt(),
             22);
}

void TestSignerChecks::pendingCheckpointWithAnotherHeadIsRefused() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    QVERIFY(appendUnsigned(db, 18));
    const QString at14 = test::sqlOn(db, QStringLiteral("SELECT hash FROM audit_log WHERE seq = 14")).toString();
    insertPending(db, 15, at14);         // checkpoint 1: a log head, with the hash of another row
    test::attack(db, [&](QSqlQuery& q) { // checkpoint 2: an incident head that is not on the incident's chain
        test::run(q, QStringLiteral("INSERT INTO audit_checkpoint (scope, incident, seq, head_hash, at_utc, "
                                    "clock_source, reason) VALUES ('incident', 'rev-1', 3, '%1', "
                                    "'2026-11-26T18:00:00.000Z', 'system', 'cli')")
                         .arg(at14));
    });
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(log.open(db));
    QVERIFY2(log.setSigningKey(newKey(), QStringLiteral("file")), qPrintable(log.errorString()));
    const QString at15 = test::sqlOn(db, QStringLiteral("SELECT hash FROM audit_log WHERE seq = 15")).toString();
    const QStringList refused{
        QStringLiteral("checkpoint 1 (seq 15): its head hash %1 is not the hash the chain has at seq 15 (%2)")
            .arg(at14.left(12), at15.left(12)),
        QStringLiteral("checkpoint 2 (incident rev-1, incident_seq 3): its head hash is not the hash of incident "
                       "rev-1's chain at incident_seq 3")};
    QCOMPARE(log.refusedCheckpoints(), refused);
    QCOMPARE(log.lastSignedCount(), 0);
    QCOMPARE(signedCount(db), 0);
    QVERIFY(log.checkpoint(QStringLiteral("cli"))); // the real head is signed
    QCOMPARE(log.latestSignedCheckpoint()->seq, 18);
}

void TestSignerChecks::ownKeyResigningARewrittenLogNeedsTheAnchor() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    QVERIFY(appendUnsigned(db, 20, 10));
    int exit = -1;
    QString said = cliCheckpoint(db, &exit);
    QVERIFY2(exit == 0, qPrintable(said));
    const QString anchor = said.section(QStringLiteral("anchor: "), 1).trimmed();
    QVERIFY(anchor.startsWith(QStringLiteral("20:")));
    // Everything rewritten and every checkpoint removed: the file keeps no trace of the original,
    // so the operator's own key, starting again from seq 1, signs the forgery.
    forgeFrom(db, 2);
    test::attack(db, [](QSqlQuery& q) { test::run(q, QStringLiteral("DELETE FROM audit_checkpoint")); });
    said = cliCheckpoint(db, &exit);
    QVERIFY2(exit == 0, qPrintable(said));
    QCOMPARE(test::cli({QStringLiteral("audit"), QStringLiteral("verify"), db}).exitCode, 0);
    // Only the anchor copied out of the file catches it.
    const test::Run run =
        test::cli({QStringLiteral("audit"), QStringLiteral("verify"), db, QStringLiteral("--anchor"), anchor});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("The log does not extend the anchored checkpoint")), qPrintable(run.err));
}

/// A log of `events` events with signed checkpoints every 10 (keys from a file); its key id.
QString TestSignerChecks::signedLog(const QString& db, int events) {
    SimulatedClock clock;
    AuditLog log(clock);
    if (!log.open(db))
        return {};
    log.setCheckpointInterval(10);
    const auto key = newKey();
    if (!log.setSigningKey(key, QStringLiteral("file")) || !test::appendEvents(log, events))
        return {};
    return key->keyId();
}

void TestSignerChecks::verifyReportsBadPendingCheckpoints_data() {
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("message");
    // 18 events: signed checkpoints at seq 10 (id 1 log, id 2 rev-1); then the statement.
    const QString insert = QStringLiteral("INSERT INTO audit_checkpoint (scope, incident, seq, head_hash, at_utc, "
                                          "clock_source, reason, key_id, signature, signed_at_utc) VALUES ");
    QTest::newRow("past the head")
        << insert + QStringLiteral("('log', '', 5000, (SELECT hash FROM audit_log WHERE seq = 18), "
                                   "'2026-11-26T18:00:00.000Z', 'system', 'cli', NULL, NULL, NULL)")
        << QStringLiteral("pending checkpoint 3 (seq 5000) is past the head of the log (seq 18): Turnback never wrote "
                          "it; it is there to be signed by mistake.");
    QTest::newRow("not the chain's hash")
        << insert + QStringLiteral("('log', '', 15, (SELECT hash FROM audit_log WHERE seq = 14), "
                                   "'2026-11-26T18:00:00.000Z', 'system', 'cli', NULL, NULL, NULL)")
        << QStringLiteral("pending checkpoint 3 (seq 15): its head hash %1 is not the one the log has there (%2): it "
                          "was written or changed by someone else, or the log was rewritten after it was taken.");
    QTest::newRow("incident head not the incident's")
        << insert + QStringLiteral("('incident', 'rev-1', 3, (SELECT hash FROM audit_log WHERE seq = 3), "
                                   "'2026-11-26T18:00:00.000Z', 'system', 'cli', NULL, NULL, NULL)")
        << QStringLiteral("pending checkpoint 3 (incident rev-1, incident_seq 3): its head hash %1 is not the one the "
                          "log has there (%2): it was written or changed by someone else, or the log was rewritten "
                          "after it was taken.");
    QTest::newRow("unsigned with a signing time")
        << insert + QStringLiteral("('log', '', 18, (SELECT hash FROM audit_log WHERE seq = 18), "
                                   "'2026-11-26T18:00:00.000Z', 'system', 'cli', NULL, NULL, "
                                   "'2026-11-26T18:05:00.000Z')")
        << QStringLiteral("checkpoint 3 (seq 18) is not signed but has a key id, a signature or a signing time: the "
                          "table was edited (Turnback writes all three, or none).");
}

void TestSignerChecks::verifyReportsBadPendingCheckpoints() {
    QFETCH(QString, statement);
    QFETCH(QString, message);
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    QVERIFY(!signedLog(db, 18).isEmpty());
    QVERIFY(AuditVerifier::verify(db).ok);
    test::attack(db, [&](QSqlQuery& q) { test::run(q, statement); });
    const AuditVerification v = AuditVerifier::verify(db);
    QVERIFY(!v.ok);
    QCOMPARE(v.problem, AuditVerification::Problem::PendingCheckpoint);
    QCOMPARE(v.badCheckpointId, 3);
    if (message.contains(QStringLiteral("%2"))) {
        const QString head =
            test::sqlOn(db, QStringLiteral("SELECT head_hash FROM audit_checkpoint WHERE id = 3")).toString();
        const QString stored =
            test::sqlOn(db, QStringLiteral("SELECT coalesce((SELECT hash FROM audit_log WHERE seq = 15 AND (SELECT "
                                           "scope FROM audit_checkpoint WHERE id = 3) = 'log'), (SELECT incident_hash "
                                           "FROM audit_incident_chain WHERE incident = 'rev-1' AND incident_seq = 3))"))
                .toString();
        message = message.arg(head.left(12) + QStringLiteral("…"), stored.left(12) + QStringLiteral("…"));
    }
    QCOMPARE(v.message, message);
    const test::Run run = test::cli({QStringLiteral("audit"), QStringLiteral("verify"), db});
    QCOMPARE(run.exitCode, 1);
}

void TestSignerChecks::verifySaysWhichKeySignedWhat() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    const QString first = signedLog(db, 20);
    QVERIFY(!first.isEmpty());
    const auto second = newKey();
    {
        SimulatedClock clock;
        AuditLog log(clock);
        QVERIFY(log.open(db));
        log.setCheckpointInterval(10);
        QVERIFY(log.setSigningKey(second, QStringLiteral("file")));
        QVERIFY(test::appendEvents(log, 20));
    }
    AuditVerification v = AuditVerifier::verify(db);
    QVERIFY2(v.ok, qPrintable(v.message));
    const QStringList ranges{QStringLiteral("key %1 signed seq 10 to 20").arg(first),
                             QStringLiteral("key %1 signed seq 30 to 40").arg(second->keyId())};
    QCOMPARE(v.keyRanges, ranges);
    const test::Run run = test::cli({QStringLiteral("audit"), QStringLiteral("verify"), db});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("the signing key changed: ") + ranges.join(QStringLiteral("; "))),
             qPrintable(run.out));

    // A checkpoint signed by a key the log does not register: an error, whoever holds that key.
    test::attack(db, [&](QSqlQuery& q) {
        test::run(q, QStringLiteral("DELETE FROM signing_key WHERE key_id = '%1'").arg(second->keyId()));
    });
    v = AuditVerifier::verify(db);
    QVERIFY(!v.ok);
    QCOMPARE(v.problem, AuditVerification::Problem::BadSignature);
    QVERIFY2(
        v.message.contains(
            QStringLiteral("names signing key %1, which is not in the log's signing_key table").arg(second->keyId())),
        qPrintable(v.message));
}

void TestSignerChecks::verifyRunsSqliteIntegrityCheck() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    QVERIFY(!signedLog(db, 300).isEmpty());
    QVERIFY(AuditVerifier::verify(db).ok);
    // Break an index page: the rows (and so the chain) read as before, but SQLite's check fails,
    // and the console refuses the file as damaged.
    const qint64 page = test::sqlOn(db, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND "
                                                       "name LIKE '%kind%'"))
                            .toLongLong();
    const qint64 pageSize = test::sqlOn(db, QStringLiteral("PRAGMA page_size")).toLongLong();
    QVERIFY(page > 1 && pageSize >= 512);
    {
        QFile file(db); // the page's cell count (bytes 3 and 4 of its header) made impossible
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((page - 1) * pageSize + 3));
        QVERIFY(file.write(QByteArray("\xff\xff", 2)) == 2);
    }
    SimulatedClock clock;
    AuditLog log(clock);
    QVERIFY(!log.open(db, AuditLog::Access::ReadOnly));
    QCOMPARE(log.lastFault(), AuditFault::Corrupt);
    const AuditVerification v = AuditVerifier::verify(db);
    QVERIFY(!v.ok);
    QCOMPARE(v.problem, AuditVerification::Problem::Damaged);
    QVERIFY2(v.message.contains(QStringLiteral("is damaged: SQLite's integrity check reports")), qPrintable(v.message));
    QCOMPARE(test::cli({QStringLiteral("audit"), QStringLiteral("verify"), db}).exitCode, 1);
}

void TestSignerChecks::pythonVerifierChecksSignatures() {
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                               ? QStringLiteral("/usr/bin/python3")
                               : QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) // the outsider's tool is part of the proof: never skipped
        QFAIL("python3 is not installed: docs/verify_audit_log.py cannot be checked");
    const QString script = QStringLiteral(TURNBACK_SOURCE_DIR "/docs/verify_audit_log.py");
    test::ScratchDir dir;
    const QString good = dir.file(QStringLiteral("good.db"));
    QVERIFY(!signedLog(good, 25).isEmpty());
    test::Run run = test::runProgram(python, {script, good});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("checkpoints: 4 signed (openssl verified each), 0 pending; last signed "
                                             "at seq 20")),
             qPrintable(run.out));
    QCOMPARE(test::cli({QStringLiteral("audit"), QStringLiteral("verify"), good}).exitCode, 0);

    const QString forged = dir.file(QStringLiteral("forged.db"));
    QVERIFY(!signedLog(forged, 25).isEmpty());
    forgeFrom(forged, 4); // a consistent rewrite under the signed checkpoints
    run = test::runProgram(python, {script, forged});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("checkpoint 1 (seq 10): its head hash is not the hash the log has there")),
             qPrintable(run.out));
    QCOMPARE(test::cli({QStringLiteral("audit"), QStringLiteral("verify"), forged}).exitCode, 1);

    const QString resigned = dir.file(QStringLiteral("signature.db"));
    QVERIFY(!signedLog(resigned, 25).isEmpty());
    test::attack(resigned, [](QSqlQuery& q) {
        test::run(q, QStringLiteral("UPDATE audit_checkpoint SET signature = (SELECT signature FROM audit_checkpoint "
                                    "WHERE id = 1) WHERE id = 3"));
    });
    run = test::runProgram(python, {script, resigned});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("checkpoint 3 (seq 20): the signature does not verify with key")),
             qPrintable(run.out));
    QCOMPARE(test::cli({QStringLiteral("audit"), QStringLiteral("verify"), resigned}).exitCode, 1);
}

void TestSignerChecks::newKeyFileOnASignedLogNeedsReplaceKey() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    QVERIFY(appendUnsigned(db, 5));
    int exit = -1;
    QString said = cliCheckpoint(db, &exit); // registers the key of m_keyFile
    QVERIFY2(exit == 0, qPrintable(said));
    QVERIFY(appendUnsigned(db, 3));
    const QString newFile = dir.file(QStringLiteral("new-key.pem"));
    const test::Run run =
        test::cli({QStringLiteral("audit"), QStringLiteral("checkpoint"), db, QStringLiteral("--key-file"), newFile,
                   QStringLiteral("--passphrase-file"), m_passFile, QStringLiteral("--create-key-file")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("This log is already signed with key")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("add --replace-key")), qPrintable(run.err));
    QVERIFY(!QFile::exists(newFile));
    QCOMPARE(test::sqlOn(db, QStringLiteral("SELECT count(*) FROM signing_key")).toInt(), 1);
    said = cliCheckpoint(db, &exit, {});
    QVERIFY2(exit == 0, qPrintable(said)); // the existing key still signs
    const test::Run replaced =
        test::cli({QStringLiteral("audit"), QStringLiteral("checkpoint"), db, QStringLiteral("--key-file"), newFile,
                   QStringLiteral("--passphrase-file"), m_passFile, QStringLiteral("--create-key-file"),
                   QStringLiteral("--replace-key")});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    QCOMPARE(test::sqlOn(db, QStringLiteral("SELECT count(*) FROM signing_key")).toInt(), 2);
}

void TestSignerChecks::filesAreReadableByTheirOwnerOnly() {
    test::ScratchDir dir;
    const QString db = dir.file(QStringLiteral("audit.db"));
    const mode_t previous = ::umask(022); // a usual umask: files would be world-readable
    SimulatedClock clock;
    AuditLog log(clock);
    const bool opened = log.open(db);
    ::umask(previous);
    QVERIFY(opened);
    QVERIFY(test::appendEvents(log, 3));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QStringList files{db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"), db + QStringLiteral(".lock"),
                            m_keyFile};
    for (const QString& file : files) {
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QCOMPARE(QFileInfo(file).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
    }
}

QTEST_GUILESS_MAIN(TestSignerChecks)
#include "TestSignerChecks.moc"
