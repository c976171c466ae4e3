#include "AuditLog.h"

#include "AuditLogBatch.h"
#include "AuditLogging.h"
#include "AuditStore.h"
#include "Clock.h"

namespace turnback {

// docs/audit-log.md, "Batches": one write transaction for many rows, chained as append() chains them.

bool AuditLog::beginBatch() {
    if (m_batch) {
        m_error = QStringLiteral("A batch of events is already being recorded.");
        return false;
    }
    if (!canAppend({QStringLiteral("batch"), QStringLiteral("batch"), {}, {}, {}}, m_clock.utcNow()))
        return false;
    const auto head = m_store->beginAppend(); // the write lock, held until commitBatch or rollbackBatch
    if (!head) {
        takeStoreFault();
        qCWarning(lcAudit).noquote() << m_error;
        return false;
    }
    m_batch = std::make_unique<Batch>();
    m_batch->head = {head->seq, head->hash};
    m_batch->witnessBefore = m_witness;
    return true;
}

std::optional<AuditRecord> AuditLog::appendToBatch(const AuditEvent& event, const QDateTime& atUtc) {
    if (!m_batch) {
        m_error = QStringLiteral("No batch is open; the event was not recorded.");
        return std::nullopt;
    }
    if (event.actor.isEmpty() || event.kind.isEmpty() || !atUtc.isValid()) {
        m_error = QStringLiteral("An audit event needs an actor, a kind and a valid time; the batch was not recorded.");
        rollbackBatch();
        return std::nullopt;
    }
    AuditRecord record = chainedRecord(event, atUtc, m_batch->head.seq, m_batch->head.hash);
    if (!record.incident.isEmpty()) {
        auto tip = m_batch->incidents.find(record.incident);
        if (tip == m_batch->incidents.end()) { // read once per incident, inside the transaction
            const auto incidentHead = m_store->incidentHead(record.incident);
            if (!incidentHead) {
                takeStoreFault();
                rollbackBatch();
                return std::nullopt;
            }
            tip = m_batch->incidents.insert(record.incident, {incidentHead->incidentSeq, incidentHead->incidentHash});
        }
        chainIncident(record, tip->seq, tip->hash);
        *tip = {record.incidentSeq, record.incidentHash};
    }
    if (!m_store->insertAppend(record)) { // the store rolled the transaction back
        takeStoreFault();
        m_witness = m_batch->witnessBefore;
        m_batch.reset();
        qCWarning(lcAudit).noquote() << m_error;
        return std::nullopt;
    }
    m_batch->head = {record.seq, record.hash};
    m_batch->last = record;
    ++m_batch->rows;
    // Followed now, while the row is at hand; forgotten again if the batch is not committed.
    m_witness.appended(record);
    return record;
}

bool AuditLog::commitBatch() {
    if (!m_batch) {
        m_error = QStringLiteral("No batch is open; nothing was committed.");
        return false;
    }
    if (!m_store->commitWrite()) { // the store rolled back: none of the rows is in the file
        takeStoreFault();
        m_witness = m_batch->witnessBefore;
        m_batch.reset();
        qCWarning(lcAudit).noquote() << m_error;
        return false;
    }
    const std::unique_ptr<Batch> batch = std::move(m_batch);
    setFault(AuditFault::None, {});
    if (batch->rows == 0)
        return true;
    qCInfo(lcAudit) << "batch of" << batch->rows << "rows committed up to seq" << batch->head.seq;
    m_headSeq = batch->head.seq;
    m_headHash = batch->head.hash;
    checkpointAfterAppend(batch->last); // the interval counts the batch's rows too
    return true;
}

void AuditLog::rollbackBatch() {
    if (!m_batch)
        return;
    m_store->rollback();
    m_witness = m_batch->witnessBefore;
    qCInfo(lcAudit) << "batch of" << m_batch->rows << "rows rolled back; none of them is in the log";
    m_batch.reset();
}

} // namespace turnback
