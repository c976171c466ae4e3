#pragma once

#include "PublicKey.h"
#include "SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace turnback {

/// An Ed25519 private key held by OpenSSL (which wipes it when the key is freed). Move-only; it is
/// never written anywhere in the clear: to the keychain it goes as 32 raw bytes (KeyStore), to a
/// file only as encrypted PKCS#8 (KeyFile).
class SigningKey {
public:
    /// A fresh key from OpenSSL's CSPRNG; nullopt (and `error`) only if OpenSSL fails.
    static std::optional<SigningKey> generate(QString* error = nullptr);
    /// From the 32 raw private key bytes (as kept in the keychain).
    static std::optional<SigningKey> fromRawPrivateKey(const SecretBytes& raw, QString* error = nullptr);
    /// From an encrypted PKCS#8 PEM ("ENCRYPTED PRIVATE KEY"). A wrong passphrase and a file that is
    /// not an Ed25519 key give different messages.
    static std::optional<SigningKey> fromEncryptedPem(const QByteArray& pem, const SecretBytes& passphrase,
                                                      QString* error = nullptr);

    SigningKey(SigningKey&& other) noexcept;
    SigningKey& operator=(SigningKey&& other) noexcept;
    SigningKey(const SigningKey&) = delete;
    SigningKey& operator=(const SigningKey&) = delete;
    ~SigningKey();

    /// Encrypted PKCS#8 PEM: PBES2 with scrypt (N=16384, r=8, p=1, the `openssl pkcs8 -scrypt`
    /// defaults) and AES-256-CBC. Readable by `openssl pkey -in FILE`. Empty on failure.
    QByteArray toEncryptedPem(const SecretBytes& passphrase, QString* error = nullptr) const;
    /// The 32 raw private key bytes, for the keychain only; wiped when the SecretBytes goes.
    SecretBytes rawPrivateKey() const;
    PublicKey publicKey() const { return m_public; }
    QString keyId() const { return m_public.keyId(); }
    /// Ed25519 (pure, no pre-hash) signature of exactly `message`: 64 bytes; empty on failure.
    QByteArray sign(const QByteArray& message) const;

private:
    SigningKey(EVP_PKEY* key, PublicKey publicKey);
    static std::optional<SigningKey> adopt(EVP_PKEY* key, QString* error);
    EVP_PKEY* m_key = nullptr;
    PublicKey m_public;
};

/// Keeps key material out of core dumps (KeePassXC's Bootstrap does the same at start-up): no core
/// file, and the process is not dumpable or ptrace-attachable by other users.
void disableCoreDumps();

} // namespace turnback
