#include "Eml.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

namespace turnback {

namespace {

constexpr int kMaxLine = 78; // RFC 5322 2.1.1: SHOULD be no more than 78 characters
// RFC 2047 2 allows 75 characters; 66 keeps "Subject: " and one word within 78 on the first line.
constexpr int kMaxEncodedWord = 66;
constexpr int kMaxAsciiWord = 60;       // a longer word is sent encoded, so it can be folded
constexpr int kMaxQuotedPrintable = 76; // RFC 2045 6.7 (5)
const QByteArray kCrlf = QByteArrayLiteral("\r\n");

bool isAscii(const QString& text) {
    for (const QChar c : text)
        if (c.unicode() > 0x7e || (c.unicode() < 0x20 && c != u'\t'))
            return false;
    return true;
}

/// Non-ASCII text, or a word too long to fold, goes out as encoded-words.
bool needsEncoding(const QString& text) {
    if (!isAscii(text))
        return true;
    for (const QString& word : text.split(u' '))
        if (word.size() > kMaxAsciiWord)
            return true;
    return false;
}

bool isValidAddress(const QString& address) {
    static const QRegularExpression addrSpec(QStringLiteral(R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+$)"));
    return addrSpec.match(address).hasMatch();
}

/// Folds an unstructured header at spaces so no line is longer than 78 characters.
QByteArray folded(const QByteArray& name, const QByteArray& value) {
    QByteArray out = name + ": ";
    int lineLength = int(out.size());
    const QList<QByteArray> words = value.split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray& word = words[i];
        if (i > 0) {
            if (lineLength + 1 + word.size() > kMaxLine) {
                out += kCrlf + ' ';
                lineLength = 1;
            } else {
                out += ' ';
                ++lineLength;
            }
        }
        out += word;
        lineLength += int(word.size());
    }
    return out + kCrlf;
}

/// A display name as an RFC 5322 phrase: atoms as they are, a quoted string where it has specials,
/// encoded-words where it is not ASCII.
QByteArray phrase(const QString& name) {
    if (needsEncoding(name))
        return Eml::encodedWords(name);
    static const QRegularExpression atoms(QStringLiteral(R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$)"));
    if (atoms.match(name).hasMatch())
        return name.toLatin1();
    QString quoted = name;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return '"' + quoted.toLatin1() + '"';
}

QByteArray addressBytes(const EmlAddress& a) {
    if (a.address.isEmpty())
        return phrase(a.name) + ":;"; // a named group with no members (RFC 5322 3.4)
    if (a.name.isEmpty())
        return '<' + a.address.toLatin1() + '>';
    return phrase(a.name) + " <" + a.address.toLatin1() + '>';
}

QByteArray addressList(const QList<EmlAddress>& addresses) {
    QList<QByteArray> parts;
    for (const EmlAddress& a : addresses)
        parts << addressBytes(a);
    return parts.join(", ");
}

} // namespace

EmlAddress EmlAddress::parse(const QString& text) {
    static const QRegularExpression withAddress(QStringLiteral(R"(^\s*(.*?)\s*<([^<>]*)>\s*$)"));
    const QRegularExpressionMatch match = withAddress.match(text);
    if (match.hasMatch()) {
        QString name = match.captured(1);
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2);
        return {name, match.captured(2).trimmed()};
    }
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(u' ') && trimmed.contains(u'@'))
        return {QString(), trimmed};
    return {trimmed, QString()};
}

QString EmlAddress::text() const {
    if (address.isEmpty())
        return name;
    return name.isEmpty() ? address : QStringLiteral("%1 <%2>").arg(name, address);
}

QByteArray Eml::encodedWords(const QString& text) {
    // Each word carries whole UTF-8 characters (RFC 2047 5: a character is never split between
    // words), and words are joined by folding whitespace, which a decoder drops between them.
    const QByteArray prefix = "=?UTF-8?B?";
    const QByteArray suffix = "?=";
    const int maxPayload = ((kMaxEncodedWord - int(prefix.size() + suffix.size())) / 4) * 3;
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size();) {
        const int length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        if (chunk.size() + character.size() > maxPayload) {
            words << prefix + chunk.toBase64() + suffix;
            chunk.clear();
        }
        chunk += character;
        i += length;
    }
    if (!chunk.isEmpty())
        words << prefix + chunk.toBase64() + suffix;
    return words.join(' ');
}

QByteArray Eml::quotedPrintable(const QString& text) {
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QByteArray out;
    const QList<QByteArray> lines = normalized.toUtf8().split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray& line = lines[n];
        QByteArray encoded;
        int lineLength = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line[i]);
            const bool last = i == line.size() - 1;
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            // Leave room for the soft break '=' when more follows on this line.
            const int room = last ? kMaxQuotedPrintable : kMaxQuotedPrintable - 1;
            if (lineLength + piece.size() > room) {
                encoded += "=" + kCrlf;
                lineLength = 0;
            }
            encoded += piece;
            lineLength += int(piece.size());
        }
        out += encoded;
        if (n < lines.size() - 1)
            out += kCrlf;
    }
    return out;
}

QByteArray Eml::rfc5322Date(const QDateTime& at) {
    // Day and month names are English by the RFC, whatever the user's language.
    return QLocale::c().toString(at.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000";
}

std::optional<QByteArray> Eml::write(const EmlMessage& m, QString* error) {
    QList<EmlAddress> all = m.to;
    all.prepend(m.from);
    for (const EmlAddress& a : all) {
        if (!a.address.isEmpty() && !isValidAddress(a.address)) {
            if (error)
                *error = QStringLiteral("'%1' is not an e-mail address Turnback can write (ASCII local@domain)")
                             .arg(a.address);
            return std::nullopt;
        }
    }
    if (m.from.address.isEmpty()) {
        if (error)
            *error = QStringLiteral("the sender needs an e-mail address");
        return std::nullopt;
    }
    const QString id = m.messageId.isEmpty()
                           ? QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@turnback.invalid")
                           : m.messageId;
    const QByteArray subject = needsEncoding(m.subject) ? encodedWords(m.subject) : m.subject.toLatin1();
    QByteArray out;
    out += folded("From", addressBytes(m.from));
    out += folded("To", addressList(m.to));
    out += folded("Subject", subject);
    out += folded("Date", rfc5322Date(m.date));
    out += folded("Message-ID", '<' + id.toLatin1() + '>');
    out += "MIME-Version: 1.0" + kCrlf;
    out += "Content-Type: text/plain; charset=utf-8" + kCrlf;
    out += "Content-Transfer-Encoding: quoted-printable" + kCrlf;
    if (!m.logHead.isEmpty())
        out += folded("X-Turnback-Log-Head", m.logHead.toLatin1());
    out += "X-Unsent: 1" + kCrlf;
    out += kCrlf;
    out += quotedPrintable(m.body);
    if (!out.endsWith(kCrlf))
        out += kCrlf;
    return out;
}

} // namespace turnback
