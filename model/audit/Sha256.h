#pragma once

#include <cstddef>
#include <string_view>

namespace turnback::audit {

/// SHA-256 through OpenSSL's EVP interface (hardware SHA extensions where the CPU has them).
/// Keeps one digest context so hashing a million short rows allocates nothing per row.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    /// Writes the digest of `bytes` as 64 lowercase hex characters to `hexOut`. False only if
    /// OpenSSL fails (no SHA-256 provider), which the callers report.
    bool hexDigest(std::string_view bytes, char (&hexOut)[64]);

private:
    struct Impl;
    Impl* m_impl;
};

} // namespace turnback::audit
