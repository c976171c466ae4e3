#include "AuditLog.h"

#include "AuditLogging.h"
#include "CanonicalBytes.h"
#include "Clock.h"
#include "Sha256.h"
#include "SqliteAuditStore.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QJsonDocument>

#include <string>

namespace turnback {

namespace {

QString uniqueConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("turnback-audit-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

AuditLog::AuditLog(const Clock& clock)
    : m_clock(clock)
    , m_connectionName(uniqueConnectionName())
    , m_store(std::make_unique<SqliteAuditStore>(m_connectionName))
    , m_headHash(genesisHash()) {}

AuditLog::~AuditLog() = default;

bool AuditLog::open(const QString& path, Access access) {
    close();
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_access = access;
    const auto storeAccess =
        access == Access::ReadOnly ? SqliteAuditStore::Access::ReadOnly : SqliteAuditStore::Access::ReadWrite;
    if (!m_store->open(path, storeAccess, m_clock)) {
        m_error = m_store->errorString();
        return false;
    }
    const auto head = m_store->head();
    if (!head) {
        m_error = m_store->errorString();
        m_store->close();
        return false;
    }
    m_headSeq = head->seq;
    m_headHash = head->seq == 0 ? genesisHash() : head->hash;
    m_error.clear();
    qCDebug(lcAudit) << "audit log" << m_path << "open at seq" << m_headSeq;
    return true;
}

void AuditLog::close() {
    m_store->close();
    m_headSeq = 0;
    m_headHash = genesisHash();
}

bool AuditLog::isOpen() const {
    return m_store->isOpen();
}

std::optional<AuditRecord> AuditLog::append(const AuditEvent& event) {
    if (!isOpen()) {
        m_error = QStringLiteral("The audit log is not open; the event was not recorded.");
        return std::nullopt;
    }
    if (m_access == Access::ReadOnly) {
        m_error = QStringLiteral("The audit log %1 is open read-only; the event was not recorded.").arg(m_path);
        return std::nullopt;
    }
    if (event.actor.isEmpty() || event.kind.isEmpty()) {
        m_error = QStringLiteral("An audit event needs an actor and a kind; the event was not recorded.");
        return std::nullopt;
    }

    AuditRecord record;
    record.atUtc = formatUtc(m_clock.utcNow());
    record.actor = event.actor;
    record.kind = event.kind;
    record.target = event.target;
    record.incident = event.incident;
    record.payload = canonicalPayload(event.payload);

    // The head is read inside the write transaction, so the chain is right even if another
    // process appended since we last looked.
    const auto head = m_store->beginAppend();
    if (!head) {
        m_error = m_store->errorString();
        qCWarning(lcAudit).noquote() << m_error;
        return std::nullopt;
    }
    record.seq = head->seq + 1;
    record.prevHash = head->seq == 0 ? genesisHash() : head->hash;
    record.hash = computeHash(record.prevHash, record);
    if (!m_store->commitAppend(record)) {
        m_error = m_store->errorString();
        qCWarning(lcAudit).noquote() << m_error;
        return std::nullopt;
    }
    m_headSeq = record.seq;
    m_headHash = record.hash;
    return record;
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

QString AuditLog::formatUtc(const QDateTime& utc) {
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QString AuditLog::genesisHash() {
    return QString::fromLatin1(audit::kGenesisHash.data(), static_cast<qsizetype>(audit::kGenesisHash.size()));
}

QString AuditLog::canonicalPayload(const QJsonObject& payload) {
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

} // namespace turnback
