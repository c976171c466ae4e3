#pragma once

#include "AuditRecord.h"
#include "Kit.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace turnback {

/// One reversal as the review lists it (docs/review.md, "The reversals").
struct ReviewReversal {
    QString id, title, service, kitId;
    bool exercise = false;
    QDateTime startedAt;
    std::optional<QDateTime> closedAt;
    Level levelReached = Level::Normal; ///< the highest level a LevelChanged (or older LevelEntered) row recorded
    int overdueDecisions = 0;           ///< decisions recorded after their deadline, or still open past it
    qint64 events = 0;                  ///< rows of the reversal (its incident chain's length)
};

/// A Turnback audit log opened strictly read-only for review (docs/review.md): one Qt SQL connection
/// of its own, opened through sqlite::readOnlyOpen (immutable when no WAL is beside the file), with
/// `query_only` on. It never writes: not the file, not a -wal or -shm when none was there, no
/// migration, no lock file, no index (indexes cannot be created in a read-only file; every query here
/// runs on the indexes the log already has: the primary key on seq, (incident, seq), (kind, seq)
/// and audit_incident_chain's (incident, incident_seq)).
class ReviewDatabase {
public:
    ReviewDatabase();
    ~ReviewDatabase();
    ReviewDatabase(const ReviewDatabase&) = delete;
    ReviewDatabase& operator=(const ReviewDatabase&) = delete;

    /// False with errorString() for a missing file, a file that is not a Turnback audit log, or a
    /// newer schema. Nothing is created or changed either way.
    bool open(const QString& path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    /// True when opened immutable (no -wal beside the file); false when a WAL was there to read.
    bool isImmutable() const { return m_immutable; }
    QString errorString() const { return m_error; }
    QSqlDatabase database() const { return m_db; }

    /// Every reversal in the log, in the order started.
    std::optional<QList<ReviewReversal>> reversals();
    /// One row by seq, with its incident-chain columns.
    std::optional<AuditRecord> record(qint64 seq);
    /// The roles each actor held in a reversal, from its ReversalStarted and OperatorChanged rows (few):
    /// per actor, (seq of the row from which on they held it, role id), in seq order.
    QHash<QString, QList<std::pair<qint64, QString>>> actorRoles(const QString& incident);
    /// One reversal's rows written at or before `until`, in seq order, a page at a time (the
    /// visitor returns false to stop). False on a read error.
    bool forEachRecordUntil(const QString& incident, const QDateTime& until,
                            const std::function<bool(const AuditRecord&)>& visit);

private:
    bool fail(const QString& error);
    void fillLevelAndOverdue(ReviewReversal& reversal);

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    bool m_immutable = false;
    QString m_error;
};

} // namespace turnback
