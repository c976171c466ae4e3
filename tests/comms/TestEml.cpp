// Eml: the bytes of an .eml file, as RFC 5322 / 2045 / 2047 want them.
#include "Eml.h"

#include <QTest>

using namespace turnback;
using namespace Qt::Literals::StringLiterals;

namespace {
EmlMessage sample() {
    EmlMessage m;
    m.from = {u"Policy lead"_s, u"policy@example.com"_s};
    m.to = {{u"Jörg Weiß"_s, u"jw@example.com"_s}, {u"Lead supervisory authority"_s, {}}};
    m.subject = u"Kasse: Rücknahme der Version 4.2 — Benachrichtigung"_s;
    m.body = u"Grüße,\nDaten: Zahlungsdaten = ja\n"_s + QString(100, u'x') + u"\nEnde  \n"_s;
    m.date = QDateTime(QDate(2026, 11, 30), QTime(18, 5, 7), Qt::UTC);
    m.messageId = u"test-1@turnback.invalid"_s;
    m.logHead = u"42:ab12-cd34-ef56-7890"_s;
    return m;
}

QByteArray header(const QByteArray& eml, const QByteArray& name) {
    const QByteArray head = "\r\n" + eml.left(eml.indexOf("\r\n\r\n") + 2);
    const QByteArray key = QByteArray("\r\n") + name + QByteArray(": ");
    const qsizetype found = head.indexOf(key);
    if (found < 0)
        return {};
    const qsizetype at = found + key.size();
    qsizetype end = head.indexOf("\r\n", at);
    while (end + 2 < head.size() && (head[end + 2] == ' ' || head[end + 2] == '\t'))
        end = head.indexOf("\r\n", end + 2);
    return head.mid(at, end - at);
}
} // namespace

class TestEml : public QObject {
    Q_OBJECT
private slots:
    void headersAreAsciiAndShort();
    void nonAsciiHeadersAreEncodedWords();
    void bodyIsQuotedPrintable();
    void dateAndIdAndMime();
    void groupWhenNoAddress();
    void refusesABadAddress();
    void parsesAddresses();
};

void TestEml::headersAreAsciiAndShort() {
    const QByteArray eml = *Eml::write(sample());
    for (const QByteArray& line : eml.split('\n')) {
        QVERIFY2(line.size() <= 79, line.constData()); // 78 + the CR
        for (const char c : line)
            QVERIFY2(uchar(c) < 0x80, line.constData());
    }
    QVERIFY(!eml.contains("\n\n")); // every line ends in CRLF
    QVERIFY(eml.contains("\r\n\r\n"));
}

void TestEml::nonAsciiHeadersAreEncodedWords() {
    const QByteArray eml = *Eml::write(sample());
    const QByteArray subject = header(eml, "Subject");
    QVERIFY2(subject.startsWith("=?UTF-8?B?"), subject.constData());
    // Decoding every word and joining them gives the subject back (no character split between words).
    QByteArray decoded;
    for (QByteArray word : subject.simplified().split(' ')) {
        QVERIFY2(word.size() <= 75, word.constData());
        QVERIFY(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
        word = word.mid(10, word.size() - 12);
        decoded += QByteArray::fromBase64(word);
        QVERIFY(QString::fromUtf8(QByteArray::fromBase64(word)).toUtf8() == QByteArray::fromBase64(word));
    }
    QCOMPARE(QString::fromUtf8(decoded), sample().subject);
    const QByteArray to = header(eml, "To");
    QVERIFY2(to.contains("<jw@example.com>"), to.constData());
    QVERIFY2(to.startsWith("=?UTF-8?B?"), to.constData());
    QCOMPARE(header(eml, "X-Turnback-Log-Head"), QByteArray("42:ab12-cd34-ef56-7890"));
}

void TestEml::bodyIsQuotedPrintable() {
    const QByteArray eml = *Eml::write(sample());
    QCOMPARE(header(eml, "Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(header(eml, "Content-Transfer-Encoding"), QByteArray("quoted-printable"));
    const QByteArray body = eml.mid(eml.indexOf("\r\n\r\n") + 4);
    QVERIFY(body.startsWith("Gr=C3=BC=C3=9Fe,\r\n"));
    QVERIFY(body.contains("Zahlungsdaten =3D ja\r\n"));
    QVERIFY(body.contains("Ende =20\r\n")); // trailing space kept visible
    for (const QByteArray& line : body.split('\n'))
        QVERIFY2(line.size() <= 77, line.constData()); // 76 + the CR
    QVERIFY(body.contains("=\r\n"));                   // the 100 x's are broken with a soft line break
}

void TestEml::dateAndIdAndMime() {
    const QByteArray eml = *Eml::write(sample());
    QCOMPARE(header(eml, "Date"), QByteArray("Mon, 30 Nov 2026 18:05:07 +0000"));
    QCOMPARE(header(eml, "Message-ID"), QByteArray("<test-1@turnback.invalid>"));
    QCOMPARE(header(eml, "MIME-Version"), QByteArray("1.0"));
    QCOMPARE(header(eml, "From"), QByteArray("Policy lead <policy@example.com>"));
    EmlMessage other = sample();
    other.messageId.clear();
    QVERIFY(header(*Eml::write(other), "Message-ID").endsWith("@turnback.invalid>"));
}

void TestEml::groupWhenNoAddress() {
    EmlMessage m = sample();
    m.to = {{u"Affected customers"_s, {}}};
    QCOMPARE(header(*Eml::write(m), "To"), QByteArray("Affected customers:;"));
}

void TestEml::refusesABadAddress() {
    EmlMessage m = sample();
    m.to = {{u"X"_s, u"jörg@example.com"_s}};
    QString error;
    QVERIFY(!Eml::write(m, &error));
    QVERIFY2(error.contains(u"jörg@example.com"_s), qPrintable(error));
}

void TestEml::parsesAddresses() {
    QCOMPARE(EmlAddress::parse(u"Jörg Weiß <jw@example.com>"_s).name, u"Jörg Weiß"_s);
    QCOMPARE(EmlAddress::parse(u"\"Weiß, Jörg\" <jw@example.com>"_s).name, u"Weiß, Jörg"_s);
    QCOMPARE(EmlAddress::parse(u"jw@example.com"_s).address, u"jw@example.com"_s);
    QCOMPARE(EmlAddress::parse(u"Affected customers"_s).address, QString());
}

QTEST_GUILESS_MAIN(TestEml)
#include "TestEml.moc"
