#include "AuditLog.h"

#include "AuditLogBatch.h"
#include "AuditLogging.h"
#include "AuditStore.h"
#include "CanonicalBytes.h"
#include "Clock.h"
#include "Sha256.h"
#include "UtcTime.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>
#include <limits>
#include <string>
#include <sys/stat.h>

namespace turnback {

namespace {

/// The kinds that start and close a reversal (model/incident's EventKind, as stored).
const QString kReversalStarted = QStringLiteral("ReversalStarted");
const QString kReversalClosed = QStringLiteral("ReversalClosed");

} // namespace

void chainIncident(AuditRecord& record, qint64 incidentSeq, const QString& incidentHash) {
    record.incidentSeq = incidentSeq + 1;
    record.incidentPrevHash = incidentSeq == 0 ? AuditLog::genesisHash() : incidentHash;
    record.incidentHash = AuditLog::computeHash(record.incidentPrevHash, record);
}

AuditLog::AuditLog(const Clock& clock)
    : AuditLog(clock, AuditStore::createDefault()) {}

AuditLog::AuditLog(const Clock& clock, std::unique_ptr<AuditStore> store)
    : m_clock(clock)
    , m_store(std::move(store))
    , m_headHash(genesisHash()) {
    Q_ASSERT(m_store);
}

AuditLog::~AuditLog() = default;

bool AuditLog::open(const QString& path, Access access) {
    m_wantsWriting = access == Access::ReadWrite;
    m_consoleCheck = false;
    m_brokenSeq = -1;
    m_brokenWhy.clear();
    return openStore(path, access, true);
}

bool AuditLog::openStore(const QString& path, Access access, bool checkIntegrity) {
    closeStore();
    m_readOnlyReason.clear();
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_access = access;
    const auto storeAccess = access == Access::ReadOnly ? AuditStore::Access::ReadOnly : AuditStore::Access::ReadWrite;
    auto failed = [this] {
        takeStoreFault();
        m_store->close();
        return false;
    };
    // The log, its -wal and -shm (SQLite gives them the database's mode) and the lock file are
    // created readable by their owner only: events name people and what they did.
    const mode_t previousMask = ::umask(077);
    const bool opened = m_store->open(path, storeAccess, m_clock, checkIntegrity);
    ::umask(previousMask);
    if (!opened)
        return failed();
    const auto head = m_store->head();
    if (!head)
        return failed();
    m_headSeq = head->seq;
    m_headHash = head->seq == 0 ? genesisHash() : head->hash;
    const auto databaseId = m_store->metaValue(QStringLiteral("database_id"));
    const auto lastCheckpoint = m_store->latestLogCheckpoint();
    if (!databaseId || !lastCheckpoint)
        return failed();
    m_databaseId = *databaseId;
    // A pending checkpoint past the head (written by someone else) must not stop the interval.
    m_lastCheckpointSeq = std::min(lastCheckpoint->seq, head->seq);
    m_error.clear();
    setFault(AuditFault::None, {});
    qCDebug(lcAudit) << "audit log" << m_path << "open at seq" << m_headSeq;
    return true;
}

bool AuditLog::openForConsole(const QString& path) {
    m_openCheck.reset();
    const bool writable = open(path, Access::ReadWrite);
    m_consoleCheck = true;
    if (writable)
        return passesConsoleCheck() || keepBrokenReadOnly();
    const AuditFault why = m_fault;
    if (why != AuditFault::LockedByAnotherWriter && why != AuditFault::ReadOnly)
        return false;
    const QString detail = m_faultDetail, writeError = m_error;
    if (!openStore(path, Access::ReadOnly, true))
        return false;
    if (!passesConsoleCheck()) // a broken log is not followed either: what it shows may be forged
        return keepBrokenReadOnly();
    m_wantsWriting = true;
    m_error = writeError;
    setFault(why, detail);
    m_readOnlyReason = faultMessage();
    qCInfo(lcAudit).noquote() << "opened read-only:" << m_readOnlyReason;
    return true;
}

bool AuditLog::passesConsoleCheck() {
    // The console shows open reversals: their rows are re-hashed too, even those before the
    // checkpoint the walk starts from (closed ones are left to audit verify).
    const auto reversals = m_store->incidentSummaries(kReversalStarted, kReversalClosed);
    const bool walked = m_openCheck.checkOnOpen(*m_store);
    bool proven = walked && reversals;
    for (const IncidentSummary& reversal : reversals.value_or(QList<IncidentSummary>()))
        if (proven && !reversal.isClosed())
            proven = m_openCheck.proveFrom(*m_store, reversal.startedSeq);
    if (walked && !reversals) {
        m_brokenSeq = std::max<qint64>(1, m_headSeq);
        m_brokenWhy = QStringLiteral("its reversals cannot be read (%1)").arg(m_store->errorString());
        return false;
    }
    if (!proven) {
        m_brokenSeq = std::max<qint64>(1, m_openCheck.brokenSeq());
        m_brokenWhy = m_openCheck.brokenWhat();
        return false;
    }
    const auto guards = m_store->guardProblems();
    if (guards && guards->isEmpty())
        return true;
    m_brokenSeq = std::max<qint64>(1, m_headSeq);
    m_brokenWhy = guards ? QStringLiteral("%1, so rows up to the head could have been changed without the file "
                                          "stopping it")
                               .arg(guards->join(QStringLiteral("; ")))
                         : QStringLiteral("its guards cannot be read (%1)").arg(m_store->errorString());
    return false;
}

bool AuditLog::keepBrokenReadOnly() {
    // Nothing is ever written to a broken log: read-only, which also lets go of the writer's lock.
    if (m_access != Access::ReadOnly && !openStore(m_path, Access::ReadOnly, false))
        return false;
    m_wantsWriting = false;
    setFault(AuditFault::Broken, QStringLiteral("at seq %1: %2").arg(m_brokenSeq).arg(m_brokenWhy));
    m_readOnlyReason = faultMessage();
    m_error = m_readOnlyReason;
    qCWarning(lcAudit).noquote() << m_readOnlyReason;
    return true;
}

bool AuditLog::reopenForWriting() {
    if (isOpen() && m_access == Access::ReadWrite)
        return true;
    if (isBroken()) { // never written again; the fault (Broken) stays what the operator reads
        m_error = m_readOnlyReason;
        return false;
    }
    if (m_path.isEmpty()) {
        m_error = QStringLiteral("No audit log file was given.");
        setFault(AuditFault::Unopenable, QStringLiteral("no file was given"));
        return false;
    }
    if (!m_wantsWriting) {
        if (isOpen()) {
            m_error = QStringLiteral("The audit log was opened read-only on purpose; it is not reopened for writing.");
            setFault(AuditFault::ReadOnly, QStringLiteral("opened read-only for review"));
        } else {
            m_error = QStringLiteral("The audit log is closed; it is not reopened for writing.");
            setFault(AuditFault::Unopenable, QStringLiteral("it was closed"));
        }
        return false;
    }
    const bool viewing = isOpen();
    // These need the operator (a new --db, a newer Turnback), not another try: and another try
    // would scan a damaged file again on every retry.
    if (!viewing &&
        (m_fault == AuditFault::Corrupt || m_fault == AuditFault::NewerSchema || m_fault == AuditFault::NotAnAuditLog))
        return false;
    QString holder;
    if (m_store->isLockedByAnotherWriter(m_path, &holder)) {
        // Still another writer's: nothing to reopen, the read-only view stays as it is.
        m_error = QStringLiteral("Another Turnback (%1) is still recording into %2.")
                      .arg(holder, QDir::toNativeSeparators(m_path));
        setFault(AuditFault::LockedByAnotherWriter, holder);
        if (viewing)
            m_readOnlyReason = faultMessage();
        return false;
    }
    const QString path = m_path;
    // The read-only view was checked when it was opened: no second integrity scan of the same file.
    // The chain is checked again, from where the last check stopped, before anything is written.
    if (openStore(path, Access::ReadWrite, !viewing)) {
        if (!m_consoleCheck || passesConsoleCheck())
            return true;
        keepBrokenReadOnly();
        return false;
    }
    const AuditFault why = m_fault;
    const QString detail = m_faultDetail, writeError = m_error;
    if (viewing && openStore(path, Access::ReadOnly, false)) {
        m_error = writeError;
        setFault(why, detail);
        m_readOnlyReason = faultMessage();
    }
    return false;
}

bool AuditLog::takeStoreFault() {
    m_error = m_store->errorString();
    setFault(m_store->fault(), m_store->faultDetail());
    return false;
}

QString AuditLog::connectionName() const {
    return m_store->connectionName();
}

void AuditLog::setFault(AuditFault fault, const QString& detail) {
    m_fault = fault;
    m_faultDetail = fault == AuditFault::None ? QString() : detail;
}

QString AuditLog::faultMessage() const {
    return turnback::faultMessage(m_fault, QDir::toNativeSeparators(m_path), m_faultDetail);
}

void AuditLog::close() {
    m_wantsWriting = false; // closed on purpose: reopenForWriting() leaves it closed
    m_consoleCheck = false;
    m_openCheck.reset();
    m_brokenSeq = -1;
    m_brokenWhy.clear();
    closeStore();
}

void AuditLog::closeStore() {
    m_batch.reset(); // closing discards an uncommitted batch: none of its rows is in the file
    m_store->close();
    m_headSeq = 0;
    m_headHash = genesisHash();
    m_databaseId.clear();
    m_lastCheckpointSeq = 0;
    m_key.reset(); // a key belongs to one log
    m_witness.reset();
}

bool AuditLog::isOpen() const {
    return m_store->isOpen();
}

std::optional<AuditRecord> AuditLog::append(const AuditEvent& event) {
    return append(event, m_clock.utcNow());
}

bool AuditLog::canAppend(const AuditEvent& event, const QDateTime& atUtc) {
    if (!isOpen()) {
        m_error = QStringLiteral("The audit log is not open; the event was not recorded.");
        if (m_fault == AuditFault::None) // else: the reason it did not open stays the fault
            setFault(AuditFault::Unopenable, QStringLiteral("it is not open"));
        return false;
    }
    if (m_access == Access::ReadOnly) {
        m_error = QStringLiteral("The audit log %1 is open read-only; the event was not recorded.").arg(m_path);
        if (m_readOnlyReason.isEmpty()) // else: LockedByAnotherWriter or ReadOnly from openForConsole stays
            setFault(AuditFault::ReadOnly, QStringLiteral("opened read-only for review"));
        return false;
    }
    if (event.actor.isEmpty() || event.kind.isEmpty() || !atUtc.isValid()) {
        m_error = atUtc.isValid()
                      ? QStringLiteral("An audit event needs an actor and a kind; the event was not recorded.")
                      : QStringLiteral("An audit event needs a valid time; the event was not recorded.");
        setFault(AuditFault::Other, m_error);
        return false;
    }
    return true;
}

AuditRecord AuditLog::chainedRecord(const AuditEvent& event, const QDateTime& atUtc, qint64 headSeq,
                                    const QString& headHash) {
    AuditRecord record;
    record.atUtc = utc::format(atUtc);
    record.actor = event.actor;
    record.kind = event.kind;
    record.target = event.target;
    record.incident = event.incident;
    record.payload = canonicalPayload(event.payload);
    record.seq = headSeq + 1;
    record.prevHash = headSeq == 0 ? genesisHash() : headHash;
    record.hash = computeHash(record.prevHash, record);
    return record;
}

std::optional<AuditRecord> AuditLog::append(const AuditEvent& event, const QDateTime& atUtc) {
    if (m_batch) { // AuditTrail holds events while a batch is open; nothing else appends then
        m_error = QStringLiteral("A batch of events is being recorded; the event was not recorded.");
        setFault(AuditFault::Other, m_error);
        return std::nullopt;
    }
    if (!canAppend(event, atUtc))
        return std::nullopt;
    // The head is read inside the write transaction, so the chain is right even if another
    // process appended since we last looked.
    const auto head = m_store->beginAppend();
    if (!head) {
        takeStoreFault();
        qCWarning(lcAudit).noquote() << m_error;
        return std::nullopt;
    }
    AuditRecord record = chainedRecord(event, atUtc, head->seq, head->hash);
    if (!record.incident.isEmpty()) {
        const auto incidentHead = m_store->incidentHead(record.incident);
        if (!incidentHead) {
            takeStoreFault();
            m_store->rollback();
            qCWarning(lcAudit).noquote() << m_error;
            return std::nullopt;
        }
        chainIncident(record, incidentHead->incidentSeq, incidentHead->incidentHash);
    }
    if (!m_store->commitAppend(record)) {
        takeStoreFault();
        qCWarning(lcAudit).noquote() << m_error;
        return std::nullopt;
    }
    setFault(AuditFault::None, {});
    m_headSeq = record.seq;
    m_headHash = record.hash;
    m_witness.appended(record);
    checkpointAfterAppend(record);
    return record;
}

QList<AuditRecord> AuditLog::incidentRecords(const QString& incident) const {
    QList<AuditRecord> rows;
    const bool read = forEachIncidentRecord(incident, [&rows](const AuditRecord& row) {
        rows.append(row);
        return true;
    });
    return read ? rows : QList<AuditRecord>();
}

bool AuditLog::forEachIncidentRecord(const QString& incident, const RecordVisitor& visit, qint64 pageSize) const {
    if (!m_store->forEachIncidentRecord(incident, visit, pageSize)) {
        m_error = m_store->errorString();
        return false;
    }
    return true;
}

bool AuditLog::forEachRecord(qint64 fromSeq, const RecordVisitor& visit, qint64 pageSize) const {
    if (pageSize <= 0)
        pageSize = kDefaultPageSize;
    const int limit = static_cast<int>(std::min<qint64>(pageSize, std::numeric_limits<int>::max()));
    for (qint64 next = fromSeq;;) {
        const auto page = m_store->records(next, limit);
        if (!page) {
            m_error = m_store->errorString();
            return false;
        }
        for (const AuditRecord& row : *page) {
            if (!visit(row))
                return true;
        }
        if (page->size() < limit)
            return true;
        next = page->constLast().seq + 1; // keyset: the next page starts after the last row seen
    }
}

QList<IncidentSummary> AuditLog::incidentSummaries() const {
    auto result = m_store->incidentSummaries(kReversalStarted, kReversalClosed);
    if (!result)
        m_error = m_store->errorString();
    return result.value_or(QList<IncidentSummary>());
}

qint64 AuditLog::count() const {
    const auto n = m_store->count();
    if (!n)
        m_error = m_store->errorString();
    return n.value_or(-1);
}

QString AuditLog::headHash() const {
    return m_headHash;
}

qint64 AuditLog::headSeq() const {
    return m_headSeq;
}

QList<AuditRecord> AuditLog::records(qint64 fromSeq, int limit) const {
    auto result = m_store->records(fromSeq, limit);
    if (!result)
        m_error = m_store->errorString();
    return result.value_or(QList<AuditRecord>());
}

QList<AuditRecord> AuditLog::recordsOfKind(const QString& kind, int limit) const {
    auto result = m_store->recordsOfKind(kind, limit);
    if (!result)
        m_error = m_store->errorString();
    return result.value_or(QList<AuditRecord>());
}

QByteArray AuditLog::canonicalBytes(const AuditRecord& r) {
    const QByteArray atUtc = r.atUtc.toUtf8(), actor = r.actor.toUtf8(), kind = r.kind.toUtf8(),
                     target = r.target.toUtf8(), incident = r.incident.toUtf8(), payload = r.payload.toUtf8();
    auto view = [](const QByteArray& b) { return std::string_view(b.constData(), static_cast<size_t>(b.size())); };
    std::string out;
    audit::appendCanonicalBytes(
        out, {r.seq, view(atUtc), view(actor), view(kind), view(target), view(incident), view(payload)});
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

QString AuditLog::computeHash(const QString& prevHash, const AuditRecord& r) {
    const QByteArray input = prevHash.toLatin1() + canonicalBytes(r);
    thread_local audit::Sha256 sha;
    char hex[64];
    if (!sha.hexDigest(std::string_view(input.constData(), static_cast<size_t>(input.size())), hex)) {
        qCCritical(lcAudit) << "OpenSSL could not compute SHA-256";
        return {};
    }
    return QString::fromLatin1(hex, 64);
}

QString AuditLog::genesisHash() {
    return QString::fromLatin1(audit::kGenesisHash.data(), static_cast<qsizetype>(audit::kGenesisHash.size()));
}

QString AuditLog::canonicalPayload(const QJsonObject& payload) {
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

} // namespace turnback
