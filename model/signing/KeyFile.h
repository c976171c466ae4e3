#pragma once

#include "SecretBytes.h"
#include "SigningKey.h"

#include <QString>

#include <optional>

namespace turnback {

/// The operator's explicit alternative to the keychain: the signing key in a file they name,
/// encrypted with their passphrase (PKCS#8, scrypt + AES-256-CBC; see SigningKey::toEncryptedPem).
/// Never plaintext, never chosen silently.
namespace KeyFile {

/// The shortest passphrase accepted for a new key file.
inline constexpr int kMinimumPassphraseLength = 8;

/// Writes `key` encrypted to a new file created with mode 0600. Refuses to overwrite an existing
/// file and a passphrase shorter than kMinimumPassphraseLength. False with a plain `error`.
bool write(const QString& path, const SigningKey& key, const SecretBytes& passphrase, QString* error);

/// Reads and decrypts a key file. nullopt with a plain `error` naming the file and the cause.
std::optional<SigningKey> read(const QString& path, const SecretBytes& passphrase, QString* error);

/// A passphrase from a file, as `openssl -passin file:` reads it: the first line, without its
/// line ending. Empty (with `error`) when the file is missing, unreadable or empty.
SecretBytes readPassphraseFile(const QString& path, QString* error);

} // namespace KeyFile
} // namespace turnback
