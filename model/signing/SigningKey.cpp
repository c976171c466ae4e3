#include "SigningKey.h"

#include "SigningLogging.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <cstring>
#include <memory>
#include <utility>

namespace turnback {

namespace {

struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};

QString openSslError(const char* what) {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QString::fromLatin1(what);
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QStringLiteral("%1 (%2)").arg(QLatin1String(what), QString::fromLatin1(text));
}

/// Hands the passphrase to OpenSSL with its length (it may contain any byte), for reading only.
int passphraseCallback(char* buffer, int size, int /*rwflag*/, void* user) {
    const auto* passphrase = static_cast<const QByteArray*>(user);
    if (passphrase->size() > size)
        return -1;
    std::memcpy(buffer, passphrase->constData(), static_cast<size_t>(passphrase->size()));
    return static_cast<int>(passphrase->size());
}

} // namespace

SigningKey::SigningKey(EVP_PKEY* key, PublicKey publicKey)
    : m_key(key)
    , m_public(std::move(publicKey)) {}

SigningKey::SigningKey(SigningKey&& other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
    , m_public(other.m_public) {}

SigningKey& SigningKey::operator=(SigningKey&& other) noexcept {
    if (this != &other) {
        EVP_PKEY_free(m_key);
        m_key = std::exchange(other.m_key, nullptr);
        m_public = other.m_public;
    }
    return *this;
}

SigningKey::~SigningKey() {
    EVP_PKEY_free(m_key); // OpenSSL clears the private key bytes as it frees them
}

std::optional<SigningKey> SigningKey::adopt(EVP_PKEY* key, QString* error) {
    if (!key)
        return std::nullopt;
    if (!EVP_PKEY_is_a(key, "ED25519")) {
        EVP_PKEY_free(key);
        if (error)
            *error = QStringLiteral("the key is not an Ed25519 key");
        return std::nullopt;
    }
    QByteArray raw(32, Qt::Uninitialized);
    size_t length = 32;
    std::optional<PublicKey> publicKey;
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(raw.data()), &length) == 1 && length == 32)
        publicKey = PublicKey::fromRaw(raw);
    if (!publicKey) {
        EVP_PKEY_free(key);
        if (error)
            *error = openSslError("cannot read the public half of the key");
        return std::nullopt;
    }
    return SigningKey(key, *publicKey);
}

std::optional<SigningKey> SigningKey::generate(QString* error) {
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key) {
        if (error)
            *error = openSslError("OpenSSL could not generate an Ed25519 key");
        return std::nullopt;
    }
    return adopt(key, error);
}

std::optional<SigningKey> SigningKey::fromRawPrivateKey(const SecretBytes& raw, QString* error) {
    if (raw.size() != 32) {
        if (error)
            *error = QStringLiteral("the stored key has %1 bytes instead of 32").arg(raw.size());
        return std::nullopt;
    }
    EVP_PKEY* key = EVP_PKEY_new_raw_private_key_ex(
        nullptr, "ED25519", nullptr, reinterpret_cast<const unsigned char*>(raw.bytes().constData()), 32);
    if (!key) {
        if (error)
            *error = openSslError("OpenSSL refused the stored key");
        return std::nullopt;
    }
    return adopt(key, error);
}

std::optional<SigningKey> SigningKey::fromEncryptedPem(const QByteArray& pem, const SecretBytes& passphrase,
                                                       QString* error) {
    if (!pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
        if (error)
            *error = QStringLiteral("it is not a passphrase-protected key file (no \"ENCRYPTED PRIVATE KEY\" block)");
        return std::nullopt;
    }
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    QByteArray pass = passphrase.bytes();
    EVP_PKEY* key = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &pass) : nullptr;
    ERR_clear_error();
    if (!key) {
        if (error)
            *error = QStringLiteral("the passphrase is wrong, or the file is damaged");
        return std::nullopt;
    }
    return adopt(key, error);
}

QByteArray SigningKey::toEncryptedPem(const SecretBytes& passphrase, QString* error) const {
    if (!m_key || passphrase.isEmpty()) {
        if (error)
            *error = QStringLiteral("no key or no passphrase");
        return {};
    }
    PKCS8_PRIV_KEY_INFO* info = EVP_PKEY2PKCS8(m_key);
    X509_ALGOR* pbe = PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 0, nullptr, 16384, 8, 1);
    X509_SIG* encrypted = nullptr;
    if (info && pbe) {
        encrypted = PKCS8_set0_pbe(passphrase.bytes().constData(), static_cast<int>(passphrase.size()), info, pbe);
        if (encrypted)
            pbe = nullptr; // owned by `encrypted` now
    }
    PKCS8_PRIV_KEY_INFO_free(info); // clears the unencrypted key as it frees it
    X509_ALGOR_free(pbe);
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    QByteArray pem;
    if (encrypted && bio && PEM_write_bio_PKCS8(bio.get(), encrypted) == 1) {
        char* data = nullptr;
        const long size = BIO_get_mem_data(bio.get(), &data);
        pem = QByteArray(data, static_cast<qsizetype>(size));
    } else if (error) {
        *error = openSslError("OpenSSL could not encrypt the key");
    }
    X509_SIG_free(encrypted);
    return pem;
}

SecretBytes SigningKey::rawPrivateKey() const {
    QByteArray raw(32, Qt::Uninitialized);
    size_t length = 32;
    if (!m_key || EVP_PKEY_get_raw_private_key(m_key, reinterpret_cast<unsigned char*>(raw.data()), &length) != 1 ||
        length != 32) {
        wipe(raw);
        return {};
    }
    return SecretBytes(std::move(raw));
}

QByteArray SigningKey::sign(const QByteArray& message) const {
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (!m_key || !ctx || EVP_DigestSignInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, m_key, nullptr) != 1)
        return {};
    QByteArray signature(64, Qt::Uninitialized);
    size_t length = 64;
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<size_t>(message.size())) != 1 ||
        length != 64) {
        qCWarning(lcSigning).noquote() << openSslError("OpenSSL could not sign");
        return {};
    }
    return signature;
}

void disableCoreDumps() {
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        qCWarning(lcSigning) << "could not disable core dumps";
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace turnback
