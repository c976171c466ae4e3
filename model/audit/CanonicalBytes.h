#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>

namespace turnback::audit {

/// prev_hash of the first row: 64 ASCII zeros.
inline constexpr std::string_view kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

/// The columns that the hash covers, as UTF-8 bytes (views into storage owned by the caller).
struct CanonicalFields {
    qint64 seq = 0;
    std::string_view atUtc, actor, kind, target, incident, payload;
};

/// Appends the canonical bytes of a row (docs/audit-log.md): one netstring
/// "<decimal byte length>:<bytes>," per column, in column order seq, at_utc, actor, kind, target,
/// incident, payload; seq is written in decimal. No allocation when `out` has the capacity.
void appendCanonicalBytes(std::string& out, const CanonicalFields& fields);

/// Appends what is hashed for a row: prevHash (its 64 hex characters) then the canonical bytes.
void appendHashInput(std::string& out, std::string_view prevHash, const CanonicalFields& fields);

} // namespace turnback::audit
