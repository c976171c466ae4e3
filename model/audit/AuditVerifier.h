#pragma once

#include <QString>

namespace turnback {

/// The outcome of re-walking an audit log's hash chain.
struct AuditVerification {
    enum class Problem {
        None,
        Changed,    ///< a row's content no longer matches its hash, or a row was replaced
        Deleted,    ///< rows are missing (a gap in seq, or a row chained to a row that is gone)
        Inserted,   ///< rows that were never written by the chain sit in it
        Reordered,  ///< rows were moved: a row was written after a row that now comes later
        Unreadable, ///< no file, not an SQLite database, not an audit log, or a read error
    };
    bool ok = false;
    qint64 count = 0;       ///< rows verified (all of them when ok)
    QString headHash;       ///< hash of the last verified row; 64 zeros for an empty log
    qint64 firstBadSeq = 0; ///< 0 when ok or Unreadable
    Problem problem = Problem::None;
    QString message; ///< one plain sentence naming the seq and what is wrong
};

/// Verifies an audit log file on its own, as an auditor would: opens it read-only (never creates
/// or modifies it), streams the rows in seq order through the sqlite3 C API with no per-row
/// allocation, and recomputes every hash. Safe to run while Turnback is appending (WAL).
class AuditVerifier {
public:
    static AuditVerification verify(const QString& databasePath);

    /// "changed", "deleted", ... for messages and the command line.
    static QString problemName(AuditVerification::Problem problem);
};

} // namespace turnback
