#include "ObservationValue.h"

#include <QTest>

#include <cmath>

using namespace turnback;
using namespace Qt::StringLiterals;

/// Values typed by a person are read exactly in their locale or refused (issue 9: `6,5` recorded 65
/// and `5,,5` recorded 55 in an English locale).
class TestObservationValue : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void typed_data();
    void typed();
    void displayedInTheLocale();
    void percentRange();
};

void TestObservationValue::typed_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected"); // NaN: refused

    const double refused = std::nan("");
    const struct {
        const char* text;
        double english;
        double german;
    } rows[] = {
        {"6.5", 6.5, refused}, // '.' groups thousands in German: 6.5 could be 65
        {"6,5", refused, 6.5}, // ',' groups thousands in English: 6,5 could be 65
        {"5,,5", refused, refused},
        {"5..5", refused, refused},
        {"1,000.5", refused, refused},
        {"1.000,5", refused, refused},
        {"1,000", refused, 1.0},
        {"1e3", refused, refused},
        {"nan", refused, refused},
        {"inf", refused, refused},
        {"-inf", refused, refused},
        {"6.5x", refused, refused},
        {"6,5%", refused, refused},
        {"+6", refused, refused},
        {".5", refused, refused},
        {"5.", refused, refused},
        {"", refused, refused},
        {"-", refused, refused},
        {" 7 ", 7, 7},
        {"-2", -2, -2},
        {"0", 0, 0},
        {"100", 100, 100},
        {"0.001", 0.001, refused},
        {"0,001", refused, 0.001},
    };
    for (const auto& row : rows) {
        QTest::addRow("en: %s", row.text) << u"en_US"_s << QString::fromLatin1(row.text) << row.english;
        QTest::addRow("de: %s", row.text) << u"de_DE"_s << QString::fromLatin1(row.text) << row.german;
    }
}

void TestObservationValue::typed() {
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(double, expected);
    QLocale::setDefault(QLocale(locale));
    QString why;
    const std::optional<double> value = ObservationValue::fromTyped(text, QLocale(), &why);
    if (std::isnan(expected)) {
        QVERIFY2(!value, qPrintable(QString::number(value.value_or(0))));
        QVERIFY(!why.isEmpty());
    } else {
        QVERIFY2(value, qPrintable(why));
        QCOMPARE(*value, expected);
    }
}

void TestObservationValue::displayedInTheLocale() {
    QCOMPARE(ObservationValue::display(6.5, QLocale(u"de_DE"_s)), u"6,5"_s);
    QCOMPARE(ObservationValue::display(1000.5, QLocale(u"de_DE"_s)), u"1000,5"_s);
    QCOMPARE(ObservationValue::display(1000.5, QLocale(u"en_US"_s)), u"1000.5"_s);
    QCOMPARE(ObservationValue::display(0.1, QLocale(u"en_US"_s)), u"0.1"_s);
    QString why;
    ObservationValue::fromTyped(u"5,,5"_s, QLocale(u"de_DE"_s), &why);
    QCOMPARE(why, u"cannot read '5,,5' as one number: write digits with at most one decimal separator ',' and no "
                  "grouping, like 6,5"_s);
}

void TestObservationValue::percentRange() {
    Threshold percent;
    percent.kind = Threshold::Kind::Measured;
    percent.unit = u"%"_s;
    QCOMPARE(ObservationValue::rangeProblem(percent, 0), QString());
    QCOMPARE(ObservationValue::rangeProblem(percent, 100), QString());
    QCOMPARE(ObservationValue::rangeProblem(percent, -5), u"-5 is outside 0..100 %"_s);
    QCOMPARE(ObservationValue::rangeProblem(percent, 200), u"200 is outside 0..100 %"_s);
    Threshold latency = percent;
    latency.unit = u"ms"_s;
    QCOMPARE(ObservationValue::rangeProblem(latency, 1e9), QString()); // no range declared, none derived
}

QTEST_GUILESS_MAIN(TestObservationValue)
#include "TestObservationValue.moc"
