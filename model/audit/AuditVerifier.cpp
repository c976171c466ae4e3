#include "AuditVerifier.h"

#include "AuditLog.h"
#include "AuditLogging.h"
#include "AuditSchema.h"
#include "CanonicalBytes.h"
#include "Clock.h"
#include "PublicKey.h"
#include "Sha256.h"
#include "SqlitePragmas.h"

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

std::string_view textColumn(sqlite3_stmt* statement, int column) {
    // column_text before column_bytes, as the SQLite documentation asks. NULL reads as empty.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    const int size = sqlite3_column_bytes(statement, column);
    return text ? std::string_view(text, static_cast<size_t>(size)) : std::string_view();
}

QString shortHash(std::string_view hash) {
    return QString::fromUtf8(hash.substr(0, 12).data(), static_cast<qsizetype>(std::min<size_t>(hash.size(), 12))) +
           QStringLiteral("…");
}

QString seqRange(qint64 first, qint64 last) {
    return first == last ? QStringLiteral("seq %1").arg(first) : QStringLiteral("seq %1 to %2").arg(first).arg(last);
}

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

AuditVerification unreadable(const QString& message) {
    AuditVerification v;
    v.problem = Problem::Unreadable;
    v.message = message;
    return v;
}

AuditVerification bad(AuditVerification v, Problem problem, qint64 seq, const QString& message) {
    v.ok = false;
    v.problem = problem;
    v.firstBadSeq = seq;
    v.message = message;
    return v;
}

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

QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString shortHash(const QString& hash) {
    return hash.left(12) + QStringLiteral("…");
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

QString rowsAfter(qint64 rows) {
    return rows == 1 ? QStringLiteral("1 row after") : QStringLiteral("%1 rows after").arg(rows);
}

/// Checks every checkpoint against the verified rows; false (and `v` says why) at the first problem.
bool verifyCheckpoints(sqlite3* db, AuditVerification& v, const AuditVerifyOptions& options) {
    QHash<QString, PublicKey> keys;
    Lookup keyRows(db, "SELECT key_id, public_key_pem FROM signing_key ORDER BY key_id");
    while (keyRows.next()) {
        const QString id = keyRows.text(0);
        const auto key = PublicKey::fromPem(keyRows.text(1).toUtf8());
        if (!key || key->keyId() != id) {
            v = bad(v, Problem::BadSignature, 0,
                    QStringLiteral("signing key %1: its public key is %2, so the signing_key table was altered.")
                        .arg(id, key ? QStringLiteral("key %1").arg(key->keyId()) : QStringLiteral("unreadable")));
            return false;
        }
        keys.insert(id, *key);
    }

    Lookup rows(db, "SELECT id, scope, incident, seq, head_hash, at_utc, clock_source, reason, key_id, signature,"
                    " signed_at_utc FROM audit_checkpoint ORDER BY id");
    Lookup hashAt(db, "SELECT hash FROM audit_log WHERE seq = ?1");
    Lookup incidentHashAt(db,
                          "SELECT incident_hash FROM audit_incident_chain WHERE incident = ?1 AND incident_seq = ?2");
    Lookup incidentLength(db, "SELECT count(*) FROM audit_incident_chain WHERE incident = ?1");
    if (!rows.valid() || !hashAt.valid() || !incidentHashAt.valid() || !incidentLength.valid()) {
        v = bad(v, Problem::Unreadable, 0,
                QStringLiteral("Cannot read the checkpoints (%1).").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        return false;
    }
    QList<Checkpoint> logCheckpoints;
    qint64 lastGoodSeq = 0; // newest verified log checkpoint, to bound where a rewrite happened
    while (rows.next()) {
        Checkpoint c;
        c.id = rows.integer(0);
        c.scope = rows.text(1) == u"incident" ? Checkpoint::Scope::Incident : Checkpoint::Scope::Log;
        c.incident = rows.text(2);
        c.seq = rows.integer(3);
        c.headHash = rows.text(4);
        c.atUtc = rows.text(5);
        c.clockSource = rows.text(6);
        c.reason = rows.text(7);
        c.keyId = rows.text(8);
        c.signature = rows.text(9);
        c.signedAtUtc = rows.text(10);
        const bool isLog = c.scope == Checkpoint::Scope::Log;
        const QString name =
            isLog ? QStringLiteral("checkpoint %1 (seq %2)").arg(c.id).arg(c.seq)
                  : QStringLiteral("checkpoint %1 (incident %2, incident_seq %3)").arg(c.id).arg(c.incident).arg(c.seq);
        if (!c.isSigned()) {
            ++v.pendingCheckpoints;
            continue;
        }
        const auto key = keys.constFind(c.keyId);
        if (key == keys.constEnd()) {
            v = bad(v, Problem::BadSignature, 0,
                    QStringLiteral("%1 names signing key %2, which is not in the log's signing_key table, so its "
                                   "signature cannot be checked.")
                        .arg(name, c.keyId));
            v.badCheckpointId = c.id;
            return false;
        }
        if (!key->verify(c.message(), c.signatureBytes())) {
            v = bad(v, Problem::BadSignature, 0,
                    QStringLiteral("%1: the signature does not verify with key %2: the checkpoint was changed after it "
                                   "was signed, or forged.")
                        .arg(name, c.keyId));
            v.badCheckpointId = c.id;
            return false;
        }
        if (isLog) {
            if (c.seq > v.count) {
                v = bad(v, Problem::Truncated, v.count + 1,
                        QStringLiteral("%1: cut off the end: signed %2 covers the log up to seq %3, but the log now "
                                       "ends at seq %4, so rows were removed from the end.")
                            .arg(seqRange(v.count + 1, c.seq), name)
                            .arg(c.seq)
                            .arg(v.count));
                v.badCheckpointId = c.id;
                return false;
            }
            hashAt.reset();
            hashAt.bind(1, c.seq);
            const QString stored = hashAt.next() ? hashAt.text(0) : QString();
            if (stored != c.headHash) {
                v = bad(v, Problem::CheckpointMismatch, 0,
                        QStringLiteral("%1: the signed head hash %2 is not the hash of the row at seq %3 (%4): the log "
                                       "up to seq %3 was rewritten after it was signed (somewhere in %5, every hash "
                                       "recomputed).")
                            .arg(name, shortHash(c.headHash))
                            .arg(c.seq)
                            .arg(shortHash(stored), seqRange(lastGoodSeq + 1, c.seq)));
                v.badCheckpointId = c.id;
                return false;
            }
            lastGoodSeq = std::max(lastGoodSeq, c.seq);
            v.lastSignedSeq = std::max(v.lastSignedSeq, c.seq);
            logCheckpoints << c;
        } else {
            const QByteArray incident = c.incident.toUtf8();
            incidentHashAt.reset();
            incidentHashAt.bind(1, incident).bind(2, c.seq);
            if (!incidentHashAt.next()) {
                incidentLength.reset();
                incidentLength.bind(1, incident);
                const qint64 length = incidentLength.next() ? incidentLength.integer(0) : 0;
                v = bad(v, Problem::Truncated, 0,
                        QStringLiteral("%1: incident %2 now has %3 row(s) in its chain, but the signed checkpoint "
                                       "covers %4: its last rows were removed.")
                            .arg(name, c.incident)
                            .arg(length)
                            .arg(c.seq));
                v.badCheckpointId = c.id;
                return false;
            }
            const QString stored = incidentHashAt.text(0);
            if (stored != c.headHash) {
                v = bad(v, Problem::CheckpointMismatch, 0,
                        QStringLiteral("%1: the signed incident head hash %2 is not the incident hash of its row at "
                                       "incident_seq %3 (%4): the incident was rewritten after it was signed.")
                            .arg(name, shortHash(c.headHash))
                            .arg(c.seq)
                            .arg(shortHash(stored)));
                v.badCheckpointId = c.id;
                return false;
            }
        }
        ++v.signedCheckpoints;
        if (!v.keyIds.contains(c.keyId))
            v.keyIds << c.keyId;
    }

    if (options.anchor) {
        const CheckpointAnchor& anchor = *options.anchor;
        QStringList found;
        for (const Checkpoint& c : std::as_const(logCheckpoints)) {
            if (c.seq != anchor.seq)
                continue;
            if (c.fingerprint() == anchor.fingerprint) {
                v.anchorVerified = true;
                return true;
            }
            found << c.fingerprint();
        }
        if (anchor.seq > v.count) {
            v = bad(v, Problem::Truncated, v.count + 1,
                    QStringLiteral("%1: cut off the end: the anchored checkpoint %2 covers the log up to seq %3, but "
                                   "the log now ends at seq %4.")
                        .arg(seqRange(v.count + 1, anchor.seq), anchor.toString())
                        .arg(anchor.seq)
                        .arg(v.count));
            return false;
        }
        v = bad(v, Problem::AnchorMismatch, 0,
                QStringLiteral("The log does not extend the anchored checkpoint %1: %2. The log was rewritten or "
                               "re-signed since the anchor was taken, the checkpoint was removed, or the anchor "
                               "belongs to another log.")
                    .arg(anchor.toString(),
                         found.isEmpty() ? QStringLiteral("it has no signed checkpoint at seq %1").arg(anchor.seq)
                                         : QStringLiteral("its signed checkpoint at seq %1 has fingerprint %2")
                                               .arg(anchor.seq)
                                               .arg(found.join(QStringLiteral(", ")))));
        return false;
    }
    return true;
}

QString tailSentence(const AuditVerification& v) {
    if (v.count == 0)
        return QStringLiteral("The log is empty.");
    if (v.lastSignedSeq == 0)
        return QStringLiteral("No signed checkpoint: the %1 rows are chained but not signed; rows removed from the "
                              "end, or a rewrite of the whole log, cannot be detected without an anchor.")
            .arg(v.count);
    if (v.unsignedTail == 0)
        return QStringLiteral("Every row up to the head (seq %1) is covered by a signed checkpoint; rows removed "
                              "from the end after it cannot be detected without an anchor of a later checkpoint.")
            .arg(v.lastSignedSeq);
    return QStringLiteral("%1 the last checkpoint (seq %2) are chained but not signed; rows removed from the end "
                          "after seq %2 cannot be detected without an anchor.")
        .arg(rowsAfter(v.unsignedTail))
        .arg(v.lastSignedSeq);
}

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
    }
    return {};
}

AuditVerification AuditVerifier::verify(const QString& databasePath, const AuditVerifyOptions& options) {
    const QFileInfo info(databasePath);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        return unreadable(QStringLiteral("There is no audit log at %1.").arg(shown));
    if (info.isDir())
        return unreadable(QStringLiteral("%1 is a folder, not an audit log file.").arg(shown));

    // Read-only and without SQLITE_OPEN_CREATE: SQLite never creates or changes the database file.
    sqlite3* raw = nullptr;
    const int opened =
        sqlite3_open_v2(QFile::encodeName(info.absoluteFilePath()).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
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

IncidentVerification AuditVerifier::verifyIncident(const QList<AuditRecord>& givenRows,
                                                   const QList<RegisteredKey>& keys,
                                                   const QList<Checkpoint>& checkpoints) {
    IncidentVerification v;
    auto fail = [&v](Problem problem, qint64 incidentSeq, const QString& message) {
        v.ok = false;
        v.problem = problem;
        v.firstBadIncidentSeq = incidentSeq;
        v.message = message;
        return v;
    };
    if (givenRows.isEmpty())
        return fail(Problem::Unreadable, 0, QStringLiteral("There are no rows to verify."));
    QList<AuditRecord> rows = givenRows;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const AuditRecord& a, const AuditRecord& b) { return a.incidentSeq < b.incidentSeq; });
    v.incident = rows.constFirst().incident;
    if (v.incident.isEmpty())
        return fail(Problem::Unreadable, 0, QStringLiteral("seq %1 belongs to no incident.").arg(rows.first().seq));

    QString previous = AuditLog::genesisHash();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const AuditRecord& r = rows.at(i);
        const qint64 expected = i + 1;
        if (r.incident != v.incident)
            return fail(Problem::Inserted, r.incidentSeq,
                        QStringLiteral("seq %1 belongs to incident %2, not to incident %3.")
                            .arg(r.seq)
                            .arg(r.incident, v.incident));
        if (r.incidentSeq > expected)
            return fail(
                Problem::Deleted, expected,
                QStringLiteral("incident %1: %2 missing: the incident's rows jump from incident_seq %3 to %4.")
                    .arg(v.incident, expected == r.incidentSeq - 1
                                         ? QStringLiteral("incident_seq %1").arg(expected)
                                         : QStringLiteral("incident_seq %1 to %2").arg(expected).arg(r.incidentSeq - 1))
                    .arg(expected - 1)
                    .arg(r.incidentSeq));
        if (r.incidentSeq < expected)
            return fail(Problem::Inserted, r.incidentSeq,
                        QStringLiteral("incident %1: two rows claim incident_seq %2 (seq %3 and seq %4).")
                            .arg(v.incident)
                            .arg(r.incidentSeq)
                            .arg(rows.at(i - 1).seq)
                            .arg(r.seq));
        if (AuditLog::computeHash(r.prevHash, r) != r.hash ||
            AuditLog::computeHash(r.incidentPrevHash, r) != r.incidentHash)
            return fail(Problem::Changed, r.incidentSeq,
                        QStringLiteral("incident %1, incident_seq %2 (seq %3): row was changed after it was written "
                                       "(its hashes do not match its contents).")
                            .arg(v.incident)
                            .arg(r.incidentSeq)
                            .arg(r.seq));
        if (r.incidentPrevHash != previous)
            return fail(Problem::Inserted, r.incidentSeq,
                        QStringLiteral("incident %1, incident_seq %2 (seq %3): the row does not continue the "
                                       "incident's chain: it was not written after the row before it here.")
                            .arg(v.incident)
                            .arg(r.incidentSeq)
                            .arg(r.seq));
        if (i > 0 && r.seq <= rows.at(i - 1).seq)
            return fail(Problem::Reordered, r.incidentSeq,
                        QStringLiteral("incident %1, incident_seq %2: its seq %3 is not after seq %4 of the row "
                                       "before it.")
                            .arg(v.incident)
                            .arg(r.incidentSeq)
                            .arg(r.seq)
                            .arg(rows.at(i - 1).seq));
        previous = r.incidentHash;
    }
    v.count = rows.size();
    v.headHash = previous;

    QHash<QString, PublicKey> publicKeys;
    for (const RegisteredKey& k : keys)
        if (const auto key = PublicKey::fromPem(k.publicKeyPem); key && key->keyId() == k.keyId)
            publicKeys.insert(k.keyId, *key);
    qint64 pending = 0;
    for (const Checkpoint& c : checkpoints) {
        if (c.scope != Checkpoint::Scope::Incident || c.incident != v.incident)
            continue;
        if (!c.isSigned()) {
            ++pending;
            continue;
        }
        const QString name =
            QStringLiteral("checkpoint %1 (incident %2, incident_seq %3)").arg(c.id).arg(v.incident).arg(c.seq);
        const auto key = publicKeys.constFind(c.keyId);
        if (key == publicKeys.constEnd())
            return fail(Problem::BadSignature, 0,
                        QStringLiteral("%1 names signing key %2, which was not given, so it cannot be checked.")
                            .arg(name, c.keyId));
        if (!key->verify(c.message(), c.signatureBytes()))
            return fail(Problem::BadSignature, 0,
                        QStringLiteral("%1: the signature does not verify with key %2: the checkpoint was changed "
                                       "after it was signed, or forged.")
                            .arg(name, c.keyId));
        if (c.seq > v.count)
            return fail(Problem::Truncated, v.count + 1,
                        QStringLiteral("incident %1: %2 covers %3 rows, but only %4 are here: its last rows were "
                                       "removed or not handed over.")
                            .arg(v.incident, name)
                            .arg(c.seq)
                            .arg(v.count));
        if (rows.at(c.seq - 1).incidentHash != c.headHash)
            return fail(Problem::CheckpointMismatch, 0,
                        QStringLiteral("%1: the signed incident head hash %2 is not the incident hash of the row at "
                                       "incident_seq %3 (%4): the incident was rewritten after it was signed.")
                            .arg(name, shortHash(c.headHash))
                            .arg(c.seq)
                            .arg(shortHash(rows.at(c.seq - 1).incidentHash)));
        ++v.signedCheckpoints;
        v.lastSignedIncidentSeq = std::max(v.lastSignedIncidentSeq, c.seq);
    }

    v.ok = true;
    const bool closed = rows.constLast().kind == u"ReversalClosed";
    v.complete = v.lastSignedIncidentSeq == v.count && closed;
    if (v.lastSignedIncidentSeq == 0)
        v.tail = QStringLiteral("No signed checkpoint covers incident %1: its %2 rows are chained but not signed; rows "
                                "removed from its end cannot be detected.")
                     .arg(v.incident)
                     .arg(v.count);
    else if (v.complete)
        v.tail = QStringLiteral("A signed checkpoint covers all %1 rows of incident %2, through its ReversalClosed "
                                "event: the incident is complete and unaltered.")
                     .arg(v.count)
                     .arg(v.incident);
    else if (v.lastSignedIncidentSeq == v.count)
        v.tail = QStringLiteral("A signed checkpoint covers all %1 rows of incident %2; the reversal is not closed, so "
                                "later rows may follow.")
                     .arg(v.count)
                     .arg(v.incident);
    else
        v.tail = QStringLiteral("%1 incident_seq %2 of incident %3 are chained but not signed; rows removed from the "
                                "incident's end after incident_seq %2 cannot be detected.")
                     .arg(rowsAfter(v.count - v.lastSignedIncidentSeq))
                     .arg(v.lastSignedIncidentSeq)
                     .arg(v.incident);
    if (pending > 0)
        v.tail += QStringLiteral(" %1 checkpoint(s) of the incident are not signed yet.").arg(pending);
    v.message = QStringLiteral("incident %1: %2 rows verified; incident head hash %3.")
                    .arg(v.incident)
                    .arg(v.count)
                    .arg(v.headHash);
    return v;
}

IncidentVerification AuditVerifier::verifyIncident(const QString& databasePath, const QString& incident) {
    IncidentVerification v;
    v.incident = incident;
    v.problem = Problem::Unreadable;
    if (!QFileInfo(databasePath).isFile()) {
        v.message = QStringLiteral("There is no audit log at %1.").arg(QDir::toNativeSeparators(databasePath));
        return v;
    }
    SystemClock clock; // read-only: the log never asks it for the time
    AuditLog log(clock);
    if (!log.open(databasePath, AuditLog::Access::ReadOnly)) {
        v.message = log.errorString();
        return v;
    }
    const QList<AuditRecord> rows = log.incidentRecords(incident);
    if (rows.isEmpty()) {
        v.message = QStringLiteral("There is no incident %1 in this audit log.").arg(incident);
        return v;
    }
    for (const AuditRecord& r : rows)
        if (r.incidentSeq == 0) {
            v.problem = Problem::IncidentChain;
            v.message =
                QStringLiteral("seq %1 of incident %2 has no place in the incident's chain.").arg(r.seq).arg(incident);
            return v;
        }
    return verifyIncident(rows, log.signingKeys(), log.incidentCheckpoints(incident));
}

} // namespace turnback
