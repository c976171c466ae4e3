#pragma once

#include <QByteArray>

#include <utility>

namespace turnback {

/// Overwrites a buffer that held key material or a passphrase (OPENSSL_cleanse, which the
/// compiler may not optimise away), then empties it. Wipes the shared data in place, so every
/// implicitly shared copy of the same QByteArray is wiped too: that is the point.
void wipe(QByteArray& bytes);

/// A QByteArray holding a secret, wiped when it goes out of scope. Move-only.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes)
        : m_bytes(std::move(bytes)) {}
    ~SecretBytes() { wipe(m_bytes); }
    SecretBytes(SecretBytes&& other) noexcept
        : m_bytes(std::exchange(other.m_bytes, QByteArray())) {}
    SecretBytes& operator=(SecretBytes&& other) noexcept {
        if (this != &other) {
            wipe(m_bytes);
            m_bytes = std::exchange(other.m_bytes, QByteArray());
        }
        return *this;
    }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    const QByteArray& bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }

private:
    QByteArray m_bytes;
};

} // namespace turnback
