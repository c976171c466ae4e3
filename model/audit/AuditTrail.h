#pragma once

#include "AuditFault.h"
#include "AuditRecord.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace turnback {

class AuditLog;

/// The one thing the app appends through (docs/audit-log.md, "Faults"): it stamps each event with
/// the clock's time when it happens and records it in the AuditLog; while the log cannot be
/// written (a full disk, a read-only file, another writer, ...) it holds events in memory, in
/// order, and writes them later with their original times. Nothing is reported as recorded that is
/// not committed, and nothing is dropped. Retrying on a timer is the UI's job: retry() costs
/// nothing while nothing is pending. Use from the thread that owns the log.
class AuditTrail : public QObject {
    Q_OBJECT

public:
    /// An event waiting to be recorded, with the time it happened.
    struct PendingEvent {
        AuditEvent event;
        QDateTime atUtc;
        QString actKey; ///< what makes it the same act as another (see append); empty: each counts
    };

    struct AppendResult {
        enum class Status {
            Recorded,    ///< committed to the log: `record` is the row
            Pending,     ///< held in memory, `position` (1 = next to be written) in the queue
            Refused,     ///< not an event the log can ever take (no actor or kind): not queued, `error` says why
            AlreadyHeld, ///< the same act is held already, `position` in the queue: not queued a second time
        };
        Status status = Status::Refused;
        std::optional<AuditRecord> record;
        int position = 0;
        QString error;
        bool isRecorded() const { return status == Status::Recorded; }
        bool isPending() const { return status == Status::Pending; }
        bool isAlreadyHeld() const { return status == Status::AlreadyHeld; }
        /// The held event itself, for AlreadyHeld: what the operator did first, with its time.
        std::optional<PendingEvent> held;
    };

    /// `log` may be closed or read-only (openForConsole's fallback): events are then held until
    /// retry() can write. The log must outlive the trail.
    explicit AuditTrail(AuditLog& log, QObject* parent = nullptr);

    /// Stamps the event with the log's clock now and records it, behind anything already pending
    /// (which is written first). Never loses it: see AppendResult. `actKey` names the act apart from
    /// when it was done (the caller's choice: kind, target, incident, actor and the payload without
    /// its times): while an event with the same non-empty key is held, this one is the operator
    /// doing it again because it did not show as recorded, and is not queued a second time
    /// (AlreadyHeld). Empty: every occurrence counts (clicks).
    AppendResult append(const AuditEvent& event, const QString& actKey = {});

    /// Writes what is pending, in order, stopping at the first failure; reopens the log for writing
    /// first when it is closed or read-only because of a fault. Returns true when nothing is left
    /// pending. Returns at once when nothing is pending.
    bool retry();

    /// Many events in one transaction (an observation import; AuditLog::beginBatch): all of them are
    /// committed together or none is. Writes what is pending first; false (nothing begun, the log's
    /// errorString() says why) when something is still pending or the log cannot be written.
    /// While the batch is open append() holds events (Pending, no fault) and writes them right after it.
    bool beginBatch();
    /// The event, stamped with the clock's now and chained, in the open batch: not `recorded` yet.
    /// On failure the whole batch is rolled back (isBatchOpen() false).
    std::optional<AuditRecord> addToBatch(const AuditEvent& event);
    /// Commits the batch; emits batchRecorded(), then writes what append() held meanwhile. False when
    /// the commit failed: then none of the batch's rows is in the log.
    bool commitBatch();
    /// None of the batch's rows is recorded; what append() held meanwhile is written.
    void rollbackBatch();
    bool isBatchOpen() const;

    /// Events not yet recorded, oldest first: for a "NOT YET RECORDED" list.
    QList<PendingEvent> pending() const { return m_pending; }
    int pendingCount() const { return static_cast<int>(m_pending.size()); }

    /// Why events are pending (AuditFault::None when nothing is), and the operator's message for it.
    AuditFault fault() const { return m_fault; }
    QString faultMessage() const { return m_faultMessage; }

    AuditLog& log() { return m_log; }

signals:
    /// An event was committed to the log (now, or later from the queue).
    void recorded(const turnback::AuditRecord& record);
    void pendingChanged(int count);
    /// A batch was committed: rows `firstSeq` to `lastSeq`, which were not emitted one by one as `recorded`.
    void batchRecorded(qint64 firstSeq, qint64 lastSeq);
    /// The reason events are held changed; None (and an empty message) once all is written.
    void faultChanged(turnback::AuditFault fault, const QString& message);

private:
    /// Writes from the front until the first failure; returns the last row written. Emits
    /// pendingChanged when the count differs from `countBefore` (the count the UI last saw).
    std::optional<AuditRecord> flush(qsizetype countBefore);
    void updateFault(AuditFault fault, const QString& message);

    AuditLog& m_log;
    QList<PendingEvent> m_pending;
    AuditFault m_fault = AuditFault::None;
    QString m_faultMessage;
    qint64 m_batchFirstSeq = 0; ///< the open batch's first row (0: none added yet)
};

} // namespace turnback
