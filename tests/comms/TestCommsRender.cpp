// CommsRender: each blank type checked, every problem named, the text rendered; CommsPrefill.
#include "CommsPrefill.h"
#include "CommsRender.h"

#include <QTest>

using namespace turnback;
using namespace Qt::Literals::StringLiterals;

namespace {
CommsBlank blank(const QString& name, BlankType type, bool required = true, QStringList choices = {}) {
    CommsBlank b;
    b.name = name;
    b.label = name;
    b.type = type;
    b.required = required;
    b.choices = std::move(choices);
    b.declared = true;
    return b;
}

CommsTemplate regulatorTemplate() {
    CommsTemplate t;
    t.id = u"regulator-update"_s;
    t.subject = u"{{service}}: {{count}} affected"_s;
    t.body = u"At {{when}}, data: {{data}}.\nNote: {{note}}\nWho: {{who}}\n"_s;
    t.blanks = {blank(u"count"_s, BlankType::Number), blank(u"when"_s, BlankType::DateTime),
                blank(u"data"_s, BlankType::Choice, true, {u"none"_s, u"payment data"_s}),
                blank(u"note"_s, BlankType::Multiline, false)};
    return t;
}
} // namespace

class TestCommsRender : public QObject {
    Q_OBJECT
private slots:
    void blanksInOrderWithUndeclaredAsText();
    void checksEachType_data();
    void checksEachType();
    void namesEveryProblem();
    void rendersSubjectAndBody();
    void utcDateTimes_data();
    void utcDateTimes();
    void fingerprintIsSeqAndGroupedHash();
};

void TestCommsRender::blanksInOrderWithUndeclaredAsText() {
    const CommsRender render(regulatorTemplate());
    QStringList names;
    for (const CommsBlank& b : render.blanks())
        names << b.name;
    QCOMPARE(names, (QStringList{u"service"_s, u"count"_s, u"when"_s, u"data"_s, u"note"_s, u"who"_s}));
    QCOMPARE(render.blank(u"who"_s)->type, BlankType::Text);
    QVERIFY(render.blank(u"who"_s)->required);
    QVERIFY(!render.blank(u"nobody"_s));
}

void TestCommsRender::checksEachType_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("reason"); // -1: accepted
    const int ok = -1;
    QTest::newRow("number") << u"count"_s << u"1200"_s << ok;
    QTest::newRow("negative decimal") << u"count"_s << u"-12.5"_s << ok;
    QTest::newRow("number with words") << u"count"_s << u"about 12"_s << int(BlankProblem::Reason::NotNumber);
    QTest::newRow("number with a comma") << u"count"_s << u"1,200"_s << int(BlankProblem::Reason::NotNumber);
    QTest::newRow("infinite") << u"count"_s << u"inf"_s << int(BlankProblem::Reason::NotNumber);
    QTest::newRow("empty required") << u"count"_s << u"  "_s << int(BlankProblem::Reason::Missing);
    QTest::newRow("utc") << u"when"_s << u"2026-11-30T18:00:00Z"_s << ok;
    QTest::newRow("local time") << u"when"_s << u"2026-11-30T18:00:00+01:00"_s
                                << int(BlankProblem::Reason::NotDateTime);
    QTest::newRow("no zone") << u"when"_s << u"2026-11-30T18:00:00"_s << int(BlankProblem::Reason::NotDateTime);
    QTest::newRow("no such day") << u"when"_s << u"2026-02-30T18:00Z"_s << int(BlankProblem::Reason::NotDateTime);
    QTest::newRow("words") << u"when"_s << u"tomorrow"_s << int(BlankProblem::Reason::NotDateTime);
    QTest::newRow("choice") << u"data"_s << u"payment data"_s << ok;
    QTest::newRow("not a choice") << u"data"_s << u"Payment data"_s << int(BlankProblem::Reason::NotAChoice);
    QTest::newRow("optional empty") << u"note"_s << QString() << ok;
    QTest::newRow("text") << u"who"_s << u"Jörg"_s << ok;
}

void TestCommsRender::checksEachType() {
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(int, reason);
    const CommsRender render(regulatorTemplate());
    const std::optional<BlankProblem> problem = CommsRender::check(*render.blank(name), value);
    QCOMPARE(problem ? int(problem->reason) : -1, reason);
    if (problem)
        QVERIFY2(problem->message().contains(u"'%1'"_s.arg(name)), qPrintable(problem->message()));
}

void TestCommsRender::namesEveryProblem() {
    const CommsRender render(regulatorTemplate());
    const QList<BlankProblem> problems =
        render.problems({{u"service"_s, u"Checkout"_s}, {u"count"_s, u"many"_s}, {u"data"_s, u"none"_s}});
    QStringList named;
    for (const BlankProblem& p : problems)
        named << p.name;
    QCOMPARE(named, (QStringList{u"count"_s, u"when"_s, u"who"_s}));
    QCOMPARE(problems[0].message(), u"'count' must be a number, as 1200 or 12.5; found 'many'"_s);
    QCOMPARE(problems[1].message(), u"'when' is required and empty"_s);
}

void TestCommsRender::rendersSubjectAndBody() {
    const CommsRender render(regulatorTemplate());
    const BlankValues values{{u"service"_s, u"Kasse"_s},
                             {u"count"_s, u" 12 "_s},
                             {u"when"_s, u"2026-11-30T18:00Z"_s},
                             {u"data"_s, u"payment data"_s},
                             {u"who"_s, u"Jörg Weiß"_s}};
    QVERIFY(render.problems(values).isEmpty());
    const CommsRender::Rendered text = render.render(values);
    QCOMPARE(text.subject, u"Kasse: 12 affected"_s);
    QCOMPARE(text.body, u"At 2026-11-30T18:00Z, data: payment data.\nNote: \nWho: Jörg Weiß\n"_s);
}

void TestCommsRender::utcDateTimes_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("utc");
    QTest::newRow("minutes") << u"2026-11-30T18:00Z"_s << true;
    QTest::newRow("milliseconds") << u"2026-11-30T18:00:00.123Z"_s << true;
    QTest::newRow("+00:00") << u"2026-11-30T18:00:00+00:00"_s << true;
    QTest::newRow("space") << u"2026-11-30 18:00Z"_s << false;
    QTest::newRow("hour 25") << u"2026-11-30T25:00Z"_s << false;
}

void TestCommsRender::utcDateTimes() {
    QFETCH(QString, text);
    QFETCH(bool, utc);
    QCOMPARE(CommsRender::isUtcDateTime(text), utc);
}

void TestCommsRender::fingerprintIsSeqAndGroupedHash() {
    QCOMPARE(logHeadFingerprint(42, u"AB12CD34EF567890ffff0000"_s), u"42:ab12-cd34-ef56-7890"_s);
}

QTEST_GUILESS_MAIN(TestCommsRender)
#include "TestCommsRender.moc"
