#include "AuditTrail.h"

#include "AuditLog.h"
#include "AuditLogging.h"
#include "Clock.h"

#include <QDir>

namespace turnback {

AuditTrail::AuditTrail(AuditLog& log, QObject* parent)
    : QObject(parent)
    , m_log(log) {}

AuditTrail::AppendResult AuditTrail::append(const AuditEvent& event, const QString& actKey) {
    AppendResult result;
    // The same rule AuditLog applies: such an event would block the queue for ever.
    if (event.actor.isEmpty() || event.kind.isEmpty()) {
        result.error = QStringLiteral("An audit event needs an actor and a kind; the event was not recorded.");
        qCWarning(lcAudit).noquote() << result.error;
        return result;
    }
    if (!actKey.isEmpty()) {
        // Done again while the first is held (the screen did not show it as recorded): the same act.
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (m_pending.at(i).actKey != actKey)
                continue;
            result.status = AppendResult::Status::AlreadyHeld;
            result.position = static_cast<int>(i + 1);
            result.held = m_pending.at(i);
            qCInfo(lcAudit).noquote() << "already held, not queued again:" << event.kind << event.target;
            return result;
        }
    }
    const qsizetype countBefore = m_pending.size();
    m_pending.append({event, m_log.clock().utcNow(), actKey});

    // A batch holds the write transaction: held, and written with its time right after the batch.
    if (m_log.isBatchOpen()) {
        emit pendingChanged(pendingCount());
        result.status = AppendResult::Status::Pending;
        result.position = pendingCount();
        return result;
    }

    // Behind the queue: whatever waits is written first. A busy database costs the busy timeout
    // (5 s) per attempt, so while it is busy new events only queue, and retry() does the trying.
    if (countBefore > 0 && m_fault == AuditFault::Busy) {
        emit pendingChanged(pendingCount());
    } else {
        const std::optional<AuditRecord> last = flush(countBefore);
        if (m_pending.isEmpty()) { // ours was the last in the queue, so it was written last
            result.status = AppendResult::Status::Recorded;
            result.record = last;
            return result;
        }
    }
    result.status = AppendResult::Status::Pending;
    result.position = pendingCount(); // the last one
    return result;
}

bool AuditTrail::retry() {
    if (m_pending.isEmpty())
        return true;
    if (m_log.isBatchOpen())
        return false; // written once the batch ends
    flush(m_pending.size());
    return m_pending.isEmpty();
}

std::optional<AuditRecord> AuditTrail::flush(qsizetype countBefore) {
    std::optional<AuditRecord> last;
    if (!m_pending.isEmpty() && (!m_log.isOpen() || m_log.isReadOnly()))
        m_log.reopenForWriting();
    if (m_log.isOpen() && !m_log.isReadOnly()) {
        while (!m_pending.isEmpty()) {
            const PendingEvent& next = m_pending.constFirst();
            const auto record = m_log.append(next.event, next.atUtc);
            if (!record)
                break;
            m_pending.removeFirst();
            last = record;
            emit recorded(*record);
        }
    }
    if (m_pending.isEmpty())
        updateFault(AuditFault::None, {});
    else
        updateFault(
            m_log.lastFault() == AuditFault::None ? AuditFault::Other : m_log.lastFault(),
            m_log.lastFault() == AuditFault::None
                ? turnback::faultMessage(AuditFault::Other, QDir::toNativeSeparators(m_log.path()), m_log.errorString())
                : m_log.faultMessage());
    if (m_pending.size() != countBefore)
        emit pendingChanged(pendingCount());
    return last;
}

bool AuditTrail::isBatchOpen() const {
    return m_log.isBatchOpen();
}

bool AuditTrail::beginBatch() {
    if (!retry() || !m_log.beginBatch())
        return false;
    m_batchFirstSeq = 0;
    return true;
}

std::optional<AuditRecord> AuditTrail::addToBatch(const AuditEvent& event) {
    auto record = m_log.appendToBatch(event, m_log.clock().utcNow());
    if (record && m_batchFirstSeq == 0)
        m_batchFirstSeq = record->seq;
    if (!record)
        retry(); // the batch is gone: whatever it held back goes in now
    return record;
}

bool AuditTrail::commitBatch() {
    const qint64 first = m_batchFirstSeq;
    const bool committed = m_log.commitBatch();
    m_batchFirstSeq = 0;
    if (committed && first > 0)
        emit batchRecorded(first, m_log.headSeq());
    retry();
    return committed;
}

void AuditTrail::rollbackBatch() {
    m_log.rollbackBatch();
    m_batchFirstSeq = 0;
    retry();
}

void AuditTrail::updateFault(AuditFault fault, const QString& message) {
    if (fault == m_fault && message == m_faultMessage)
        return;
    if (fault != AuditFault::None)
        qCWarning(lcAudit).noquote() << m_pending.size() << "event(s) held in memory:" << message;
    else
        qCInfo(lcAudit) << "audit log writable again; nothing held in memory";
    m_fault = fault;
    m_faultMessage = message;
    emit faultChanged(fault, message);
}

} // namespace turnback
