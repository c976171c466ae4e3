#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace turnback {

/// One mailbox ("Name <address>"), or, when there is no address, a named group with no members
/// ("Affected customers:;"): the audience is written down even where Turnback has no address for it.
struct EmlAddress {
    QString name;
    QString address; ///< ASCII addr-spec; empty for a group

    /// "Jörg Weiß <jw@example.com>", "<jw@example.com>", "Affected customers" (no address).
    static EmlAddress parse(const QString& text);
    QString text() const;
};

/// A message to save as an .eml file (RFC 5322 with MIME, RFC 2045-2047).
struct EmlMessage {
    EmlAddress from;
    QList<EmlAddress> to;
    QString subject;
    QString body;
    QDateTime date;
    QString messageId; ///< without the angle brackets; made up when empty
    QString logHead;   ///< the audit log head fingerprint, sent as X-Turnback-Log-Head; omitted when empty
};

/// Writes an EmlMessage as bytes any mail client opens: CRLF lines, headers folded to at most 78
/// characters, non-ASCII header text as RFC 2047 encoded-words (UTF-8, base64), the body as
/// text/plain; charset=utf-8 in quoted-printable (lines of at most 76 characters), and
/// `X-Unsent: 1` so a client opens it as a draft to send.
class Eml {
public:
    /// The message; nullopt (and `error`) when an address is not plain ASCII "local@domain".
    static std::optional<QByteArray> write(const EmlMessage& message, QString* error = nullptr);

    /// Pieces, public for their tests.
    static QByteArray encodedWords(const QString& text);
    static QByteArray quotedPrintable(const QString& text);
    static QByteArray rfc5322Date(const QDateTime& at);
};

} // namespace turnback
