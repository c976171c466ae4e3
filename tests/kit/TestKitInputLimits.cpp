#include "KitLoader.h"
#include "YamlDocument.h"

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <sys/resource.h>

using namespace turnback;
using namespace Qt::StringLiterals;

namespace {

/// Peak resident memory of this process so far, in MiB (getrusage: ru_maxrss is in KiB on Linux).
double peakMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

QStringList errors(const QByteArray& bytes) {
    QStringList lines;
    for (const KitDiagnostic& error : KitLoader::loadFromBytes(bytes, u"hostile.yaml"_s).errors)
        lines << error.toString();
    return lines;
}

/// What YamlDocument alone says about `bytes`: empty when it parses.
QStringList yamlErrors(const QByteArray& bytes) {
    QList<KitDiagnostic> diagnostics;
    const std::unique_ptr<YamlDocument> document = YamlDocument::parse(bytes, u"t.yaml"_s, diagnostics);
    QStringList lines;
    for (const KitDiagnostic& error : diagnostics)
        lines << error.toString();
    if (!document->root() && lines.isEmpty())
        lines << u"no root"_s;
    return lines;
}

QByteArray baselineBytes() {
    QFile file(QStringLiteral(TURNBACK_BASELINE_KIT));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString tooDeep = u"error: nesting deeper than 64 levels; a kit needs far fewer"_s;

} // namespace

/// Kits are read in bounded time and memory, with the line:column a person can find (issue 9).
class TestKitInputLimits : public QObject {
    Q_OBJECT

private slots:
    void fourMebibytesOfBracketsStopAtOnce(); // first: the peak memory it measures is the process's
    void nestingIsCountedWhereItIs();
    void bracketsThatAreNotCollectionsAreNotCounted_data();
    void bracketsThatAreNotCollectionsAreNotCounted();
    void crOnlyAndCrlfKitsReadAsText();
    void bidiControlsAreRefused_data();
    void bidiControlsAreRefused();
};

void TestKitInputLimits::fourMebibytesOfBracketsStopAtOnce() {
    for (const char bracket : {'[', '{'}) {
        const QByteArray hostile(YamlDocument::MaxFileBytes, bracket);
        QElapsedTimer timer;
        timer.start();
        const QStringList result = errors(hostile);
        const qint64 ms = timer.elapsed();
        qInfo("4 MiB of '%c': %lld ms, peak RSS %.1f MiB", bracket, ms, peakMiB());
        QCOMPARE(result, QStringList{u"hostile.yaml:1:65: "_s + tooDeep});
        QVERIFY2(ms < 300, qPrintable(QString::number(ms)));
        QVERIFY2(peakMiB() < 100, qPrintable(QString::number(peakMiB())));
    }
}

void TestKitInputLimits::nestingIsCountedWhereItIs() {
    // 64 levels in all are fine (the mapping and 63 lists); the 64th '[' is one too many.
    QCOMPARE(yamlErrors("a: " + QByteArray(63, '[') + QByteArray(63, ']') + "\n"), QStringList{});
    QCOMPARE(yamlErrors(QByteArray(64, '[') + QByteArray(64, ']') + "\n"), QStringList{});
    QCOMPARE(yamlErrors("a: " + QByteArray(64, '[') + QByteArray(64, ']') + "\n"),
             QStringList{u"t.yaml:1:67: "_s + tooDeep});
    // Columns count characters, lines count lines, after a multi-line quoted scalar too.
    // An apostrophe inside a plain scalar does not open a quote that would hide the brackets after it.
    QCOMPARE(yamlErrors("a: [it's, fine]\nb: " + QByteArray(100, '[') + "\n"),
             QStringList{u"t.yaml:2:67: "_s + tooDeep});
    QCOMPARE(yamlErrors("a: don't\nb: " + QByteArray(100, '[') + "\n"), QStringList{u"t.yaml:2:67: "_s + tooDeep});
    QCOMPARE(yamlErrors("n\xc3\xa4me: \"two\n  lines\"\nx: [{a: " + QByteArray(100, '[') + "\n"),
             QStringList{u"t.yaml:3:70: "_s + tooDeep});
}

void TestKitInputLimits::bracketsThatAreNotCollectionsAreNotCounted_data() {
    QTest::addColumn<QByteArray>("yaml");
    const QByteArray many(100, '[');
    QTest::newRow("comment") << "# " + many + "\na: 1 # " + many + "\n";
    QTest::newRow("single quoted") << "a: 'it''s " + many + "'\n";
    QTest::newRow("double quoted, escaped quote") << "a: \"say \\\"" + many + "\\\"\"\n";
    QTest::newRow("quoted over two lines") << "a: \"x\n  " + many + "\"\n";
    QTest::newRow("plain scalar") << "a: see " + many + "\n";
    QTest::newRow("plain scalar over lines") << "a: see\n\n  " + many + "\nb: 1\n- x\n  " + many + "\n";
    QTest::newRow("literal block") << "a: |\n  " + many + "\n\n  # not a comment '\nb: 1\n";
    QTest::newRow("folded block in a list") << "- a: >-\n    " + many + "\n- b\n";
    QTest::newRow("inside a flow list") << "a: ['" + many + "', \"" + many + "\", x # " + many + "\n  ]\n";
}

void TestKitInputLimits::bracketsThatAreNotCollectionsAreNotCounted() {
    QFETCH(QByteArray, yaml);
    const QStringList result = yamlErrors(yaml);
    for (const QString& error : result)
        QVERIFY2(!error.contains(u"nesting"_s), qPrintable(error));
}

void TestKitInputLimits::crOnlyAndCrlfKitsReadAsText() {
    const QByteArray lf = baselineBytes();
    QVERIFY(!lf.isEmpty() && !lf.contains('\r'));
    for (const QByteArray& end : {QByteArray("\r"), QByteArray("\r\n")}) {
        QByteArray other = lf;
        other.replace("\n", end);
        const KitLoadResult loaded = KitLoader::loadFromBytes(other, u"baseline.yaml"_s);
        QCOMPARE(loaded.errors.size(), 0);
        QCOMPARE(loaded.kit->signalList.size(), KitLoader::loadFromBytes(lf, u"b.yaml"_s).kit->signalList.size());
        // Line numbers are the editor's: a lone CR ends a line.
        QByteArray bad = "# a kit" + end + end + "format: 7" + end;
        QCOMPARE(errors(bad), QStringList{u"hostile.yaml:3:9: error: kit format 7 is not supported; this Turnback "
                                          "reads kit format 1"_s});
    }
}

void TestKitInputLimits::bidiControlsAreRefused_data() {
    QTest::addColumn<uint>("codePoint");
    for (const uint codePoint :
         {0x202Au, 0x202Bu, 0x202Cu, 0x202Du, 0x202Eu, 0x2066u, 0x2067u, 0x2068u, 0x2069u, 0x200Eu, 0x200Fu})
        QTest::addRow("U+%X", codePoint) << codePoint;
}

void TestKitInputLimits::bidiControlsAreRefused() {
    QFETCH(uint, codePoint);
    const QByteArray character = QString(QChar(char16_t(codePoint))).toUtf8();
    const QString hex = QString::number(codePoint, 16).toUpper();
    const QString expected = u"error: bidirectional control character U+"_s + hex +
                             u": it can make text read differently from what it is; remove it"_s;
    QCOMPARE(errors("format: 1\nname: \"R\xc3\xa9" + character + "x\"\n"),
             QStringList{u"hostile.yaml:2:10: "_s + expected});
    QCOMPARE(errors("format: 1\ndescription: |\n  text " + character + "\n"),
             QStringList{u"hostile.yaml:3:8: "_s + expected});
    // Letters from right-to-left scripts are fine; only the invisible controls are refused.
    QCOMPARE(yamlErrors("name: \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d\n"), QStringList{});
}

QTEST_GUILESS_MAIN(TestKitInputLimits)
#include "TestKitInputLimits.moc"
