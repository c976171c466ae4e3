#include "CanonicalBytes.h"

#include <charconv>

namespace turnback::audit {

namespace {

void appendDecimal(std::string& out, qint64 value) {
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr);
}

void appendNetstring(std::string& out, std::string_view bytes) {
    appendDecimal(out, static_cast<qint64>(bytes.size()));
    out.push_back(':');
    out.append(bytes);
    out.push_back(',');
}

} // namespace

void appendCanonicalBytes(std::string& out, const CanonicalFields& fields) {
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, fields.seq);
    appendNetstring(out, std::string_view(digits, static_cast<size_t>(result.ptr - digits)));
    appendNetstring(out, fields.atUtc);
    appendNetstring(out, fields.actor);
    appendNetstring(out, fields.kind);
    appendNetstring(out, fields.target);
    appendNetstring(out, fields.incident);
    appendNetstring(out, fields.payload);
}

void appendHashInput(std::string& out, std::string_view prevHash, const CanonicalFields& fields) {
    out.append(prevHash);
    appendCanonicalBytes(out, fields);
}

} // namespace turnback::audit
