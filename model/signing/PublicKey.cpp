#include "PublicKey.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace turnback {

namespace {

struct PkeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};

std::unique_ptr<EVP_PKEY, PkeyFree> rawPublicKey(const QByteArray& raw) {
    return std::unique_ptr<EVP_PKEY, PkeyFree>(EVP_PKEY_new_raw_public_key_ex(
        nullptr, "ED25519", nullptr, reinterpret_cast<const unsigned char*>(raw.constData()),
        static_cast<size_t>(raw.size())));
}

} // namespace

QString sha256Hex(const QByteArray& bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.constData(), static_cast<size_t>(bytes.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), length).toHex());
}

std::optional<PublicKey> PublicKey::fromRaw(const QByteArray& raw) {
    if (raw.size() != 32 || !rawPublicKey(raw))
        return std::nullopt;
    return PublicKey(raw);
}

std::optional<PublicKey> PublicKey::fromPem(const QByteArray& pem, QString* error) {
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    std::unique_ptr<EVP_PKEY, PkeyFree> key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key) {
        if (error)
            *error = QStringLiteral("not a PEM public key");
        return std::nullopt;
    }
    if (!EVP_PKEY_is_a(key.get(), "ED25519")) {
        if (error)
            *error = QStringLiteral("the public key is not an Ed25519 key");
        return std::nullopt;
    }
    QByteArray raw(32, Qt::Uninitialized);
    size_t length = 32;
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(raw.data()), &length) != 1 ||
        length != 32) {
        if (error)
            *error = QStringLiteral("cannot read the Ed25519 public key");
        return std::nullopt;
    }
    return PublicKey(raw);
}

QByteArray PublicKey::pem() const {
    const auto key = rawPublicKey(m_raw);
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!key || !bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QString PublicKey::keyId() const {
    return sha256Hex(m_raw).left(16);
}

bool PublicKey::verify(const QByteArray& message, const QByteArray& signature) const {
    if (signature.size() != 64)
        return false;
    const auto key = rawPublicKey(m_raw);
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, key.get(), nullptr) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()), 64,
                            reinterpret_cast<const unsigned char*>(message.constData()),
                            static_cast<size_t>(message.size())) == 1;
}

} // namespace turnback
