#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace turnback {

/// The public half of an Ed25519 signing key: 32 raw bytes. Travels with every export as a PEM
/// "PUBLIC KEY" (SubjectPublicKeyInfo), the form `openssl pkeyutl -verify -pubin -inkey` reads.
class PublicKey {
public:
    /// From 32 raw bytes; nullopt for any other length or bytes OpenSSL refuses.
    static std::optional<PublicKey> fromRaw(const QByteArray& raw);
    /// From a PEM "PUBLIC KEY" holding an Ed25519 key; nullopt (and `error`) otherwise.
    static std::optional<PublicKey> fromPem(const QByteArray& pem, QString* error = nullptr);

    QByteArray raw() const { return m_raw; }
    QByteArray pem() const;
    /// 16 lowercase hex characters: the start of SHA-256 over the 32 raw public key bytes.
    /// Short enough to read aloud, long enough to tell keys apart.
    QString keyId() const;

    /// True when `signature` (64 raw bytes) is this key's Ed25519 signature of exactly `message`.
    bool verify(const QByteArray& message, const QByteArray& signature) const;

    friend bool operator==(const PublicKey&, const PublicKey&) = default;

private:
    explicit PublicKey(QByteArray raw)
        : m_raw(std::move(raw)) {}
    QByteArray m_raw;
};

/// Lowercase hex SHA-256 of `bytes` (a convenience for key ids and fingerprints).
QString sha256Hex(const QByteArray& bytes);

} // namespace turnback
