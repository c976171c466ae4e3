#include "AuditVerifier.h"

#include "AuditVerifierSupport.h"

#include "AuditLog.h"
#include "AuditLogging.h"
#include "AuditSchema.h"
#include "CanonicalBytes.h"
#include "Clock.h"
#include "PublicKey.h"
#include "Sha256.h"
#include "SqlitePragmas.h"
#include "SqliteReadOnly.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace turnback {

namespace {

using namespace verifier;

using Problem = AuditVerification::Problem;

/// How far from its place a moved row is searched for, beyond the one its prev_hash points to.
constexpr qint64 kRenumberWindow = 64;

struct SqliteCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Database = std::unique_ptr<sqlite3, SqliteCloser>;
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

/// Everything the walk needs; the slow lookups below run only once a problem is found.
class Walk {
public:
    explicit Walk(sqlite3* db)
        : m_db(db) {
        m_buffer.reserve(4096);
    }

    /// Hash of prevHash ‖ canonical bytes of `fields`, into `hex`.
    bool hashOf(std::string_view prevHash, const audit::CanonicalFields& fields, char (&hex)[64]) {
        m_buffer.clear();
        audit::appendHashInput(m_buffer, prevHash, fields);
        return m_sha.hexDigest(m_buffer, hex);
    }

    bool hashMatches(std::string_view prevHash, const audit::CanonicalFields& fields, std::string_view stored) {
        char hex[64];
        return hashOf(prevHash, fields, hex) && stored.size() == 64 && std::memcmp(hex, stored.data(), 64) == 0;
    }

    /// The seq of the first row whose stored hash is `hash`; 0 for the genesis hash.
    std::optional<qint64> seqOfHash(std::string_view hash) {
        if (hash == audit::kGenesisHash)
            return 0;
        return scalar("SELECT seq FROM audit_log WHERE hash = ?1 ORDER BY seq LIMIT 1", hash);
    }

    std::optional<qint64> lastSeq() { return scalar("SELECT max(seq) FROM audit_log", {}); }

private:
    std::optional<qint64> scalar(const char* sql, std::string_view parameter) {
        sqlite3_stmt* raw = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &raw, nullptr) != SQLITE_OK)
            return std::nullopt;
        Statement statement(raw);
        if (!parameter.empty())
            sqlite3_bind_text(raw, 1, parameter.data(), static_cast<int>(parameter.size()), SQLITE_STATIC);
        if (sqlite3_step(raw) != SQLITE_ROW || sqlite3_column_type(raw, 0) == SQLITE_NULL)
            return std::nullopt;
        return sqlite3_column_int64(raw, 0);
    }

    sqlite3* m_db;
    std::string m_buffer;
    audit::Sha256 m_sha;
};

/// One incident's chain as the walk has seen it so far.
struct IncidentState {
    qint64 count = 0;          ///< rows with a place in the chain
    qint64 firstUnchained = 0; ///< first row of the incident without one (tolerated only if none has one)
    char hash[64] = {};
};
struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

} // namespace

QString AuditVerifier::problemName(AuditVerification::Problem problem) {
    switch (problem) {
    case Problem::None:
        return QStringLiteral("none");
    case Problem::Changed:
        return QStringLiteral("changed");
    case Problem::Deleted:
        return QStringLiteral("deleted");
    case Problem::Inserted:
        return QStringLiteral("inserted");
    case Problem::Reordered:
        return QStringLiteral("reordered");
    case Problem::Unreadable:
        return QStringLiteral("unreadable");
    case Problem::BadSignature:
        return QStringLiteral("bad signature");
    case Problem::CheckpointMismatch:
        return QStringLiteral("checkpoint mismatch");
    case Problem::Truncated:
        return QStringLiteral("truncated");
    case Problem::IncidentChain:
        return QStringLiteral("incident chain broken");
    case Problem::AnchorMismatch:
        return QStringLiteral("anchor mismatch");
    case Problem::PendingCheckpoint:
        return QStringLiteral("bad pending checkpoint");
    case Problem::Damaged:
        return QStringLiteral("damaged");
    }
    return {};
}

AuditVerification AuditVerifier::verify(const QString& databasePath, const AuditVerifyOptions& options) {
    AuditVerification v = verifyChain(databasePath, options);
    // The attached files are checked apart from the chain: a changed file never changes what is said
    // about the rows, and a broken chain still lists the files that no longer match.
    if (v.problem != Problem::Unreadable && v.problem != Problem::Damaged)
        v.attachments = AttachmentCheck::run(databasePath);
    return v;
}

AuditVerification AuditVerifier::verifyChain(const QString& databasePath, const AuditVerifyOptions& options) {
    const QFileInfo info(databasePath);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        return unreadable(QStringLiteral("There is no audit log at %1.").arg(shown));
    if (info.isDir())
        return unreadable(QStringLiteral("%1 is a folder, not an audit log file.").arg(shown));

    // Read-only and without SQLITE_OPEN_CREATE: SQLite never changes the database file; and immutable
    // when no -wal is beside it, so that it creates no -wal or -shm next to it either (SqliteReadOnly.h).
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(sqlite::readOnlyOpen(info.absoluteFilePath()).uri.toUtf8().constData(), &raw,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    Database db(raw);
    if (opened != SQLITE_OK)
        return unreadable(QStringLiteral("Cannot open %1 (%2).").arg(shown, QString::fromUtf8(sqlite3_errstr(opened))));

    QString error;
    const int version = SqlitePragmas::userVersion(db.get(), &error);
    if (version < 0)
        return unreadable(QStringLiteral("%1 is not a Turnback audit log: SQLite cannot read it as a database (%2).")
                              .arg(shown, error));
    if (version > AuditSchema::currentVersion())
        return unreadable(QStringLiteral("%1 was written by a newer Turnback (schema %2); this version reads up to %3.")
                              .arg(shown)
                              .arg(version)
                              .arg(AuditSchema::currentVersion()));
    if (!SqlitePragmas::applyReadOnlyScan(db.get(), &error))
        return unreadable(QStringLiteral("Cannot read %1 (%2).").arg(shown, error));
    // The same check the console runs on open, so a file it refuses never verifies.
    const QString integrity = verifier::integrityCheck(db.get(), info.size() > SqlitePragmas::kQuickCheckAboveBytes);
    if (integrity != u"ok") {
        AuditVerification damaged = unreadable(
            QStringLiteral("%1 is damaged: SQLite's integrity check reports \"%2\". Keep this file for investigation.")
                .arg(shown, integrity));
        damaged.problem = Problem::Damaged;
        return damaged;
    }

    sqlite3_stmt* rawRows = nullptr;
    if (sqlite3_prepare_v2(db.get(),
                           "SELECT seq, at_utc, actor, kind, target, incident, payload, prev_hash, hash"
                           " FROM audit_log ORDER BY seq",
                           -1, &rawRows, nullptr) != SQLITE_OK)
        return unreadable(QStringLiteral("%1 is not a Turnback audit log (%2).")
                              .arg(shown, QString::fromUtf8(sqlite3_errmsg(db.get()))));
    Statement rows(rawRows);

    // Schema 2: the incident chains, read alongside in seq order (a merge, not a join per row).
    const bool schema2 = version >= 2;
    sqlite3_stmt* rawChain = nullptr;
    if (schema2 && sqlite3_prepare_v2(db.get(),
                                      "SELECT seq, incident, incident_seq, incident_prev_hash, incident_hash"
                                      " FROM audit_incident_chain ORDER BY seq",
                                      -1, &rawChain, nullptr) != SQLITE_OK)
        return unreadable(QStringLiteral("%1 is not a Turnback audit log (%2).")
                              .arg(shown, QString::fromUtf8(sqlite3_errmsg(db.get()))));
    Statement chain(rawChain);
    int chainStep = rawChain ? sqlite3_step(rawChain) : SQLITE_DONE;
    std::unordered_map<std::string, IncidentState, StringHash, std::equal_to<>> incidents;

    Walk walk(db.get());
    AuditVerification v;
    std::optional<AuditVerification> incidentProblem;
    auto checkIncidentChain = [&](const audit::CanonicalFields& row) -> std::optional<AuditVerification> {
        const qint64 s = row.seq;
        if (chainStep == SQLITE_ROW && sqlite3_column_int64(rawChain, 0) < s) {
            const qint64 orphan = sqlite3_column_int64(rawChain, 0);
            return bad(v, Problem::IncidentChain, orphan,
                       QStringLiteral("seq %1: audit_incident_chain has a row for seq %1, which is not in the log.")
                           .arg(orphan));
        }
        const bool chained = chainStep == SQLITE_ROW && sqlite3_column_int64(rawChain, 0) == s;
        if (!chained && row.incident.empty())
            return std::nullopt;
        auto state = incidents.find(row.incident);
        if (state == incidents.end())
            state = incidents.emplace(std::string(row.incident), IncidentState{}).first;
        IncidentState& incident = state->second;
        const QString name = qs(row.incident);
        if (!chained) {
            if (incident.count > 0)
                return bad(v, Problem::IncidentChain, s,
                           QStringLiteral("seq %1: this row of incident %2 has no place in the incident's chain: its "
                                          "incident-chain row was deleted.")
                               .arg(s)
                               .arg(name));
            if (incident.firstUnchained == 0)
                incident.firstUnchained = s; // tolerated while no row of the incident is chained
            return std::nullopt;
        }
        const std::string_view chainIncident = textColumn(rawChain, 1);
        const qint64 incidentSeq = sqlite3_column_int64(rawChain, 2);
        const std::string_view incidentPrev = textColumn(rawChain, 3);
        const std::string_view incidentHash = textColumn(rawChain, 4);
        const std::string_view expectedPrev =
            incident.count == 0 ? audit::kGenesisHash : std::string_view(incident.hash, 64);
        if (chainIncident != row.incident)
            return bad(v, Problem::IncidentChain, s,
                       QStringLiteral("seq %1: its incident-chain row names incident \"%2\", but the row belongs to "
                                      "\"%3\".")
                           .arg(s)
                           .arg(qs(chainIncident), name));
        if (incident.firstUnchained != 0)
            return bad(v, Problem::IncidentChain, incident.firstUnchained,
                       QStringLiteral("seq %1: this row of incident %2 has no place in the incident's chain, although "
                                      "later rows do: its incident-chain row was deleted.")
                           .arg(incident.firstUnchained)
                           .arg(name));
        if (incidentSeq != incident.count + 1)
            return bad(v, Problem::IncidentChain, s,
                       QStringLiteral("seq %1: incident %2's chain goes from incident_seq %3 to %4: its incident-chain "
                                      "rows were deleted or renumbered.")
                           .arg(s)
                           .arg(name)
                           .arg(incident.count)
                           .arg(incidentSeq));
        if (incidentPrev != expectedPrev || !walk.hashMatches(incidentPrev, row, incidentHash))
            return bad(v, Problem::IncidentChain, s,
                       QStringLiteral("seq %1: incident %2's chain is broken at incident_seq %3: its incident hash "
                                      "does not follow from the row before it and this row.")
                           .arg(s)
                           .arg(name)
                           .arg(incidentSeq));
        ++incident.count;
        std::memcpy(incident.hash, incidentHash.data(), 64);
        chainStep = sqlite3_step(rawChain);
        return std::nullopt;
    };
    char previousHash[64];
    std::memcpy(previousHash, audit::kGenesisHash.data(), 64);
    qint64 expectedSeq = 1;
    int step;
    while ((step = sqlite3_step(rawRows)) == SQLITE_ROW) {
        if (options.progress && (expectedSeq & 0xFFFF) == 0 && !options.progress(expectedSeq - 1))
            return unreadable(QStringLiteral("Verification of %1 was stopped at seq %2.").arg(shown).arg(expectedSeq));
        audit::CanonicalFields row;
        row.seq = sqlite3_column_int64(rawRows, 0);
        row.atUtc = textColumn(rawRows, 1);
        row.actor = textColumn(rawRows, 2);
        row.kind = textColumn(rawRows, 3);
        row.target = textColumn(rawRows, 4);
        row.incident = textColumn(rawRows, 5);
        row.payload = textColumn(rawRows, 6);
        const std::string_view prevHash = textColumn(rawRows, 7);
        const std::string_view hash = textColumn(rawRows, 8);
        const qint64 s = row.seq;
        const std::string_view previous(previousHash, 64);

        // 1. Every seq from 1 on, no gaps.
        if (s < expectedSeq)
            return bad(v, Problem::Inserted, s,
                       QStringLiteral("seq %1: a row numbered %1 comes before seq 1; the log starts at seq 1, so this "
                                      "row was inserted.")
                           .arg(s));
        if (s > expectedSeq) {
            const QString missing = seqRange(expectedSeq, s - 1);
            return bad(
                v, Problem::Deleted, expectedSeq,
                expectedSeq == 1
                    ? QStringLiteral("%1: missing; the log starts at seq %2 instead of 1, so its first rows were "
                                     "deleted.")
                          .arg(missing)
                          .arg(s)
                    : QStringLiteral("%1: missing; the log jumps from seq %2 to seq %3, so rows were deleted.")
                          .arg(missing)
                          .arg(expectedSeq - 1)
                          .arg(s));
        }

        // 2. The row still hashes to its stored hash.
        if (!walk.hashMatches(prevHash, row, hash)) {
            // A moved (renumbered) row hashes correctly under the seq it was written with: look
            // for that seq where its prev_hash points, then nearby.
            const auto predecessor = walk.seqOfHash(prevHash);
            auto writtenAs = [&](qint64 candidate) {
                audit::CanonicalFields moved = row;
                moved.seq = candidate;
                return candidate >= 1 && candidate != s && walk.hashMatches(prevHash, moved, hash);
            };
            std::optional<qint64> original;
            if (predecessor && writtenAs(*predecessor + 1))
                original = *predecessor + 1;
            for (qint64 d = 1; !original && d <= kRenumberWindow; ++d) {
                if (writtenAs(s + d))
                    original = s + d;
                else if (writtenAs(s - d))
                    original = s - d;
            }
            if (original && *original > s && predecessor)
                return bad(v, Problem::Reordered, s,
                           QStringLiteral("seq %1: rows are out of order: this row was written as seq %2, after the "
                                          "row now at seq %3, and was moved here.")
                               .arg(s)
                               .arg(*original)
                               .arg(*predecessor));
            if (original && *original > s)
                return bad(v, Problem::Deleted, s,
                           QStringLiteral("%1: deleted: the row now at seq %2 was written as seq %3, so %4 row(s) "
                                          "before it were deleted and the rest renumbered.")
                               .arg(seqRange(s, *original - 1))
                               .arg(s)
                               .arg(*original)
                               .arg(*original - s));
            if (original)
                return bad(v, Problem::Inserted, *original,
                           QStringLiteral("%1: inserted: the row now at seq %2 was written as seq %3, right after seq "
                                          "%4, so the rows in between were added later.")
                               .arg(seqRange(*original, s - 1))
                               .arg(s)
                               .arg(*original)
                               .arg(*original - 1));
            return bad(v, Problem::Changed, s,
                       QStringLiteral("seq %1: row was changed after it was written (its hash does not match its "
                                      "contents).")
                           .arg(s));
        }

        // 3. The row continues the chain from the row before it.
        if (prevHash != previous) {
            const auto predecessor = walk.seqOfHash(prevHash);
            if (predecessor && *predecessor >= s)
                return bad(v, Problem::Reordered, s,
                           QStringLiteral("seq %1: rows are out of order: this row was written after seq %2, which "
                                          "now comes after it.")
                               .arg(s)
                               .arg(*predecessor));
            if (predecessor)
                return bad(v, Problem::Inserted, *predecessor + 1,
                           QStringLiteral("%1: inserted: seq %2 was written right after seq %3, so the rows in "
                                          "between were added later.")
                               .arg(seqRange(*predecessor + 1, s - 1))
                               .arg(s)
                               .arg(*predecessor));
            if (s == 1)
                return bad(v, Problem::Deleted, 1,
                           QStringLiteral("seq 1: the first row was written after a row (hash %1) that is not in the "
                                          "log, so the log's first rows were deleted and the rest renumbered.")
                               .arg(shortHash(prevHash)));
            if (walk.lastSeq() == s)
                return bad(v, Problem::Inserted, s,
                           QStringLiteral("seq %1: the last row does not continue the chain: its prev_hash (%2) "
                                          "matches no row. Likeliest: a forged row was appended (a deleted row "
                                          "would have left a gap in seq).")
                               .arg(s)
                               .arg(shortHash(prevHash)));
            return bad(v, Problem::Changed, s - 1,
                       QStringLiteral("seq %1: row was replaced: seq %2 was written after a row (hash %3) that is no "
                                      "longer in the log, so the row now at seq %1 is a forgery with a recomputed "
                                      "hash (a deleted row would have left a gap in seq).")
                           .arg(s - 1)
                           .arg(s)
                           .arg(shortHash(prevHash)));
        }

        // 4. The row's place in its incident's own chain. A problem there is kept and reported only if
        // the main chain holds: a broken main chain is the more basic finding, and names the seq.
        if (!incidentProblem)
            incidentProblem = checkIncidentChain(row);

        std::memcpy(previousHash, hash.data(), 64);
        ++expectedSeq;
        ++v.count;
    }
    if (step != SQLITE_DONE)
        return bad(v, Problem::Unreadable, 0,
                   QStringLiteral("seq %1: cannot read the row (%2).")
                       .arg(expectedSeq)
                       .arg(QString::fromUtf8(sqlite3_errmsg(db.get()))));

    if (incidentProblem)
        return *incidentProblem;
    if (chainStep == SQLITE_ROW) {
        const qint64 orphan = sqlite3_column_int64(rawChain, 0);
        return bad(v, Problem::IncidentChain, orphan,
                   QStringLiteral("seq %1: audit_incident_chain has a row for seq %1, which is not in the log (it "
                                  "ends at seq %2).")
                       .arg(orphan)
                       .arg(v.count));
    }

    v.headHash = QString::fromLatin1(previousHash, 64);
    if (schema2 && !verifyCheckpoints(db.get(), v, options))
        return v;
    if (!schema2 && options.anchor)
        return bad(v, Problem::AnchorMismatch, 0,
                   QStringLiteral("The log has no checkpoints (schema %1), so it cannot extend the anchored checkpoint "
                                  "%2.")
                       .arg(version)
                       .arg(options.anchor->toString()));
    v.ok = true;
    v.unsignedTail = v.count - v.lastSignedSeq;
    v.tail = tailSentence(v);
    v.message = QStringLiteral("%1 rows verified; head hash %2.").arg(v.count).arg(v.headHash);
    qCDebug(lcAudit) << "verified" << shown << v.count << "rows";
    return v;
}

} // namespace turnback
