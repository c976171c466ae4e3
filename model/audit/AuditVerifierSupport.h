#pragma once
// Internal to turnback_audit: what the whole-log walk (AuditVerifier.cpp), the checkpoint check
// (AuditCheckpointVerifier.cpp) and the one-reversal check (AuditIncidentVerifier.cpp) share.

#include "AuditVerifier.h"

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <algorithm>
#include <string_view>

namespace turnback::verifier {

using Problem = AuditVerification::Problem;

inline std::string_view textColumn(sqlite3_stmt* statement, int column) {
    // column_text before column_bytes, as the SQLite documentation asks. NULL reads as empty.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    const int size = sqlite3_column_bytes(statement, column);
    return text ? std::string_view(text, static_cast<size_t>(size)) : std::string_view();
}

inline QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

inline QString shortHash(std::string_view hash) {
    return QString::fromUtf8(hash.substr(0, 12).data(), static_cast<qsizetype>(std::min<size_t>(hash.size(), 12))) +
           QStringLiteral("…");
}

/// The first 12 hex characters of a hash and an ellipsis, for messages people read.
inline QString shortHash(const QString& hash) {
    return hash.left(12) + QStringLiteral("…");
}

inline QString seqRange(qint64 first, qint64 last) {
    return first == last ? QStringLiteral("seq %1").arg(first) : QStringLiteral("seq %1 to %2").arg(first).arg(last);
}

/// "1 row after" / "N rows after".
inline QString rowsAfter(qint64 rows) {
    return rows == 1 ? QStringLiteral("1 row after") : QStringLiteral("%1 rows after").arg(rows);
}

inline AuditVerification unreadable(const QString& message) {
    AuditVerification v;
    v.problem = Problem::Unreadable;
    v.message = message;
    return v;
}

inline AuditVerification bad(AuditVerification v, Problem problem, qint64 seq, const QString& message) {
    v.ok = false;
    v.problem = problem;
    v.firstBadSeq = seq;
    v.message = message;
    return v;
}

/// A prepared statement with bound parameters, for the few look-ups after the walk.
class Lookup {
public:
    Lookup(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &m_raw, nullptr); }
    ~Lookup() { sqlite3_finalize(m_raw); }
    Lookup(const Lookup&) = delete;
    Lookup& operator=(const Lookup&) = delete;
    Lookup& bind(int index, qint64 value) {
        sqlite3_bind_int64(m_raw, index, value);
        return *this;
    }
    Lookup& bind(int index, const QByteArray& utf8) {
        sqlite3_bind_text(m_raw, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    bool valid() const { return m_raw != nullptr; }
    bool next() { return m_raw && sqlite3_step(m_raw) == SQLITE_ROW; }
    QString text(int column) { return qs(textColumn(m_raw, column)); }
    qint64 integer(int column) { return sqlite3_column_int64(m_raw, column); }
    bool isNull(int column) { return sqlite3_column_type(m_raw, column) == SQLITE_NULL; }
    void reset() {
        sqlite3_reset(m_raw);
        sqlite3_clear_bindings(m_raw);
    }

private:
    sqlite3_stmt* m_raw = nullptr;
};

/// PRAGMA integrity_check(1), or quick_check(1) when `quick`: "ok", or SQLite's first problem line.
QString integrityCheck(sqlite3* db, bool quick);

/// Checks every checkpoint against the verified rows; false (and `v` says why) at the first problem.
bool verifyCheckpoints(sqlite3* db, AuditVerification& v, const AuditVerifyOptions& options);

/// What the end of the log rests on, in a sentence (signed, anchored, or chained only).
QString tailSentence(const AuditVerification& v);

} // namespace turnback::verifier
