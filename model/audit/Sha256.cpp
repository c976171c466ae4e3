#include "Sha256.h"

#include <openssl/evp.h>

namespace turnback::audit {

struct Sha256::Impl {
    EVP_MD* md = nullptr;
    EVP_MD_CTX* ctx = nullptr;
};

Sha256::Sha256()
    : m_impl(new Impl) {
    // An explicit fetch once, instead of EVP_sha256() per call, skips OpenSSL 3's per-call lookup.
    m_impl->md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    m_impl->ctx = EVP_MD_CTX_new();
}

Sha256::~Sha256() {
    EVP_MD_CTX_free(m_impl->ctx);
    EVP_MD_free(m_impl->md);
    delete m_impl;
}

bool Sha256::hexDigest(std::string_view bytes, char (&hexOut)[64]) {
    static constexpr char kHex[] = "0123456789abcdef";
    if (!m_impl->md || !m_impl->ctx)
        return false;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestInit_ex2(m_impl->ctx, m_impl->md, nullptr) != 1 ||
        EVP_DigestUpdate(m_impl->ctx, bytes.data(), bytes.size()) != 1 ||
        EVP_DigestFinal_ex(m_impl->ctx, digest, &length) != 1 || length != 32)
        return false;
    for (unsigned int i = 0; i < 32; ++i) {
        hexOut[2 * i] = kHex[digest[i] >> 4];
        hexOut[2 * i + 1] = kHex[digest[i] & 0x0f];
    }
    return true;
}

} // namespace turnback::audit
