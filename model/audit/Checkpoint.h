#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace turnback {

/// A signed statement about the log's head (docs/audit-log.md, "Signed checkpoints"): "row seq S
/// has hash H", or, for one reversal, "incident I's row incident_seq N has incident hash H".
/// One row of the audit_checkpoint table. A checkpoint taken while no signing key is available
/// is *pending* (no key id, no signature) and is signed as soon as a key is (signature catches up).
struct Checkpoint {
    enum class Scope {
        Log,      ///< the whole log's head: seq is audit_log.seq
        Incident, ///< one reversal's head: seq is its incident_seq in audit_incident_chain
    };
    qint64 id = 0; ///< 1, 2, 3, ... in the order they were taken
    Scope scope = Scope::Log;
    QString incident; ///< the reversal id; empty for Scope::Log
    qint64 seq = 0;
    QString headHash;    ///< 64 lowercase hex characters
    QString atUtc;       ///< when the checkpoint was taken (ISO 8601 UTC, milliseconds, Z)
    QString clockSource; ///< Clock::sourceName() of the clock that gave atUtc
    QString reason;      ///< "interval", "reversal-closed", "quit", "cli", ... (not signed)
    QString keyId;       ///< empty while pending
    QString signature;   ///< 128 lowercase hex characters (64 bytes); empty while pending
    QString signedAtUtc; ///< when it was signed; later than atUtc when the signature caught up

    bool isSigned() const { return !keyId.isEmpty() && !signature.isEmpty(); }

    /// The exact bytes that are signed (empty while pending, since the key id is part of them):
    ///   Log:      "turnback-checkpoint-v1\n<seq>\n<head_hash>\n<at_utc>\n<key_id>\n<clock_source>\n"
    ///   Incident:
    ///   "turnback-incident-checkpoint-v1\n<incident>\n<incident_seq>\n<head_hash>\n<at_utc>\n<key_id>\n<clock_source>\n"
    /// UTF-8, decimal numbers, LF line ends (one after the last field too).
    QByteArray message() const;
    /// The message for `keyId`, for signing a pending checkpoint.
    QByteArray messageFor(const QString& signingKeyId) const;
    /// The signature as 64 raw bytes (empty while pending or when the stored hex is malformed).
    QByteArray signatureBytes() const;

    /// Short fingerprint to copy into a ticket: the first 16 hex characters of SHA-256(message()),
    /// grouped in fours: "ab12-cd34-ef56-7890". Empty while pending.
    QString fingerprint() const;
    /// "SEQ:FINGERPRINT", e.g. "1200:ab12-cd34-ef56-7890": what `audit verify --anchor` takes.
    QString anchor() const;

    friend bool operator==(const Checkpoint&, const Checkpoint&) = default;
};

/// A public key registered in the log (table signing_key): the public half only. `storage` says
/// where its private half is kept: "keychain" or "file" (the file's name is not recorded).
struct RegisteredKey {
    QString keyId;
    QByteArray publicKeyPem;
    QString createdAtUtc;
    QString storage;

    friend bool operator==(const RegisteredKey&, const RegisteredKey&) = default;
};

/// A parsed "SEQ:FINGERPRINT" anchor (dashes, spaces and case in the fingerprint are ignored).
struct CheckpointAnchor {
    qint64 seq = 0;
    QString fingerprint; ///< normalised: "ab12-cd34-ef56-7890"

    static std::optional<CheckpointAnchor> parse(const QString& text);
    QString toString() const { return QStringLiteral("%1:%2").arg(seq).arg(fingerprint); }
};

/// The grouped form of the first 16 hex characters of SHA-256(message).
QString checkpointFingerprint(const QByteArray& message);

} // namespace turnback
