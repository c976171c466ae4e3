#include "IncidentEvents.h"
#include "IncidentFixtures.h"
#include "ObservationImport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <sys/resource.h>

using namespace turnback;
using namespace turnback::test;

/// Observation files imported into a running reversal, all or nothing: a real SQLite log, a
/// simulated clock, files written to a scratch folder.
class TestObservationImport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aGoodFileIsRecordedInFull();
    void aFileWithTwoBadLinesReportsBothAndRecordsNothing();
    void timesTheReversalCannotTakeAreBadLinesToo();
    void anEmptyFileRecordsNothingAndSaysSo();
    void aMissingFileSaysWhy();
    void devZeroIsRefusedWithoutReadingItAll();
    void badTimesAreReportedUpToALimit();
    void anImportRecordsItsStartFirstAndItsEnd();
    void aRefusedFileLeavesItsStartAndWhy();
    void fiveMillionRowsAreRefusedWithBoundedMemory();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);
    /// Imports `bytes` as the file `name` and checks that it recorded nothing and said exactly `problems`.
    void expectRefused(const QString& name, const QByteArray& bytes, const QStringList& problems);
    qsizetype observations() const { return m_bench->log.recordsOfKind(EventKind::ObservationRecorded).size(); }

    std::unique_ptr<Bench> m_bench;
    std::unique_ptr<ReversalSession> m_session;
};

void TestObservationImport::init() {
    m_bench = std::make_unique<Bench>();
    QVERIFY(m_bench->open());
    m_session = std::make_unique<ReversalSession>(m_bench->log, m_bench->clock, m_bench->kit);
    QVERIFY(m_session->start(liveSetup()));
    m_bench->setTime(10 * kMinute); // the file's times are in the past
}

void TestObservationImport::cleanup() {
    m_session.reset();
    m_bench.reset();
}

QString TestObservationImport::writeFile(const QString& name, const QByteArray& bytes) {
    const QString path = m_bench->dir.file(name);
    if (!writeText(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestObservationImport::expectRefused(const QString& name, const QByteArray& bytes, const QStringList& problems) {
    const ObservationImportResult result = ObservationImport::importFile(*m_session, writeFile(name, bytes));
    QCOMPARE(result.recorded, 0);
    QCOMPARE(result.problems, problems);
    QCOMPARE(observations(), 0);
}

void TestObservationImport::aGoodFileIsRecordedInFull() {
    const QString file = writeFile(QStringLiteral("good.csv"), "at,signal,value\n"
                                                               "30,error-rate,1.5\n"
                                                               "# a comment\n"
                                                               "60,p1-count\n"
                                                               "90.5,error-rate,2\n");
    const ObservationImportResult result = ObservationImport::importFile(*m_session, file);
    QCOMPARE(result.problems, QStringList());
    QCOMPARE(result.recorded, 3);
    const QList<AuditRecord> rows = rowsOf(m_bench->log, m_session->incident().id(), EventKind::ObservationRecorded);
    QCOMPARE(rows.size(), 3);
    // Each at its time in the file, counted from the start of the reversal.
    QCOMPARE(payloadOf(rows.at(0)).value(QStringLiteral("observed_at")).toString(), utcText(30 * kSecond));
    QCOMPARE(rows.at(1).target, kP1);
    QCOMPARE(payloadOf(rows.at(2)).value(QStringLiteral("observed_at")).toString(), utcText(90'500));
    QCOMPARE(payloadOf(rows.at(2)).value(QStringLiteral("value")).toDouble(), 2.0);
}

void TestObservationImport::aFileWithTwoBadLinesReportsBothAndRecordsNothing() {
    const QString file = writeFile(QStringLiteral("two-bad.csv"), "at,signal,value\n"
                                                                  "30,error-rate,1.5\n"
                                                                  "40,no-such-signal,1\n"
                                                                  "50,p1-count\n"
                                                                  "later,error-rate,2\n"
                                                                  "70,error-rate,3\n");
    const ObservationImportResult result = ObservationImport::importFile(*m_session, file);
    QCOMPARE(result.recorded, 0);
    QCOMPARE(result.problems.size(), 2);
    QVERIFY2(result.problems.at(0).startsWith(file + QStringLiteral(":3: error: unknown signal 'no-such-signal'")),
             qPrintable(result.problems.at(0)));
    QVERIFY2(result.problems.at(1).startsWith(file + QStringLiteral(":5: error: bad time 'later'")),
             qPrintable(result.problems.at(1)));
    // The good lines around them are not recorded either.
    QCOMPARE(observations(), 0);
}

void TestObservationImport::timesTheReversalCannotTakeAreBadLinesToo() {
    // 10 minutes in: 700 s and 900 s have not happened yet.
    const QString file = m_bench->dir.file(QStringLiteral("future.csv"));
    expectRefused(QStringLiteral("future.csv"), "30,error-rate,1\n700,error-rate,2\n900,p1-count\n",
                  {file + QStringLiteral(":2: error: 700 s is in the future: the reversal has run 600 s so far"),
                   file + QStringLiteral(":3: error: 900 s is in the future: the reversal has run 600 s so far")});

    // And before what the rubric has already seen: an observation recorded at 5 minutes.
    QVERIFY(m_session->recordObservation(kErrorRate, 1.0, at(5 * kMinute)));
    const QString early = writeFile(QStringLiteral("early.csv"), "60,error-rate,1\n400,error-rate,2\n");
    const ObservationImportResult second = ObservationImport::importFile(*m_session, early);
    QCOMPARE(second.recorded, 0);
    QCOMPARE(second.problems.size(), 1);
    QVERIFY2(second.problems.first().startsWith(early + QStringLiteral(":1: error: 60 s is before")),
             qPrintable(second.problems.first()));
    QCOMPARE(observations(), 1);
}

void TestObservationImport::anEmptyFileRecordsNothingAndSaysSo() {
    const QString file = m_bench->dir.file(QStringLiteral("empty.csv"));
    expectRefused(QStringLiteral("empty.csv"), "",
                  {file + QStringLiteral(": error: no observations in the file (expected rows of at,signal,value)")});
}

void TestObservationImport::aMissingFileSaysWhy() {
    const QString file = m_bench->dir.file(QStringLiteral("missing.csv"));
    const ObservationImportResult result = ObservationImport::importFile(*m_session, file);
    QCOMPARE(result.recorded, 0);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems.first().startsWith(file + QStringLiteral(": error: cannot read it: ")),
             qPrintable(result.problems.first()));
}

void TestObservationImport::devZeroIsRefusedWithoutReadingItAll() {
    // The GUI import of /dev/zero used to end in std::bad_alloc (issue 9).
    const ObservationImportResult result = ObservationImport::importFile(*m_session, QStringLiteral("/dev/zero"));
    QCOMPARE(result.recorded, 0);
    QCOMPARE(result.problems, QStringList{QStringLiteral("/dev/zero:1: error: NUL byte in column 1: this is not a "
                                                         "text file; an observation file is UTF-8 text")});
    QCOMPARE(observations(), 0);
}

void TestObservationImport::badTimesAreReportedUpToALimit() {
    const ObservationImportResult result = ObservationImport::importFile(
        *m_session, writeFile(QStringLiteral("future.csv"), QByteArray("99999,data-loss\n").repeated(150)));
    QCOMPARE(result.recorded, 0);
    QCOMPARE(result.problems.size(), 101);
    QVERIFY2(result.problems.last().endsWith(
                 QStringLiteral(":101: error: more than 100 times the reversal cannot take; stopped here")),
             qPrintable(result.problems.last()));
}

void TestObservationImport::anImportRecordsItsStartFirstAndItsEnd() {
    // Issue 9: an import killed half-way left rows and no record that an import had begun.
    const QByteArray bytes = "at,signal,value\n30,error-rate,1.5\n60,p1-count,3\n90.5,error-rate,2\n";
    const QString file = writeFile(QStringLiteral("good.csv"), bytes);
    const ObservationImportResult result = ObservationImport::importFile(*m_session, file);
    QCOMPARE(result.problems, QStringList());
    QCOMPARE(result.recorded, 5);
    const QList<AuditRecord> rows = rowsOf(m_bench->log, m_session->incident().id());
    QCOMPARE(rows.size(), 1 + 1 + 5 + 1); // ReversalStarted, the start, the observations, the end
    const AuditRecord& started = rows.at(1);
    QCOMPARE(started.kind, QStringLiteral("observations.import.started"));
    QCOMPARE(started.target, file);
    QCOMPARE(started.actor, QStringLiteral("Ana"));
    const QJsonObject start = payloadOf(started);
    QCOMPARE(start.value(QStringLiteral("file")).toString(), file);
    QCOMPARE(start.value(QStringLiteral("size")).toInteger(), bytes.size());
    QCOMPARE(start.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(start.value(QStringLiteral("rows")).toInt(), 3);
    QCOMPARE(start.value(QStringLiteral("observations")).toInt(), 5);
    for (int i = 2; i < 7; ++i)
        QCOMPARE(rows.at(i).kind, EventKind::ObservationRecorded);
    const AuditRecord& finished = rows.at(7);
    QCOMPARE(finished.kind, QStringLiteral("observations.import.finished"));
    const QJsonObject end = payloadOf(finished);
    QCOMPARE(end.value(QStringLiteral("outcome")).toString(), QStringLiteral("recorded"));
    QCOMPARE(end.value(QStringLiteral("recorded")).toInt(), 5);
    QCOMPARE(end.value(QStringLiteral("started_seq")).toInteger(), started.seq);
}

void TestObservationImport::aRefusedFileLeavesItsStartAndWhy() {
    const QString file = writeFile(QStringLiteral("bad.csv"), "30,error-rate,1.5\n40,no-such-signal,1\n");
    const ObservationImportResult result = ObservationImport::importFile(*m_session, file);
    QCOMPARE(result.recorded, 0);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(observations(), 0);
    const QList<AuditRecord> finished = m_bench->log.recordsOfKind(QStringLiteral("observations.import.finished"));
    QCOMPARE(finished.size(), 1);
    const QJsonObject end = payloadOf(finished.first());
    QCOMPARE(end.value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
    QCOMPARE(end.value(QStringLiteral("recorded")).toInt(), 0);
    QCOMPARE(end.value(QStringLiteral("problems")).toInt(), 1);
    QVERIFY2(end.value(QStringLiteral("reason")).toString().contains(QStringLiteral("unknown signal")),
             qPrintable(end.value(QStringLiteral("reason")).toString()));
}

void TestObservationImport::fiveMillionRowsAreRefusedWithBoundedMemory() {
    // 5,000,000 rows of one occurrence each (55 MB: under the 64 MiB file limit): the reader stops at
    // the 1,000,001st observation, records none, and holds at most the rows it kept meanwhile.
    const QString file = m_bench->dir.file(QStringLiteral("five-million.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QByteArray block = QByteArray("1,p1-count\n").repeated(100'000);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(out.write(block), block.size());
    }
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    const ObservationImportResult result = ObservationImport::importFile(*m_session, file);
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    qInfo("5,000,000-row file: peak RSS %ld MB (%ld MB before the import)", after.ru_maxrss / 1024,
          before.ru_maxrss / 1024);
    QCOMPARE(result.recorded, 0);
    QCOMPARE(result.problems,
             QStringList{file + QStringLiteral(":1000001: error: more than 1000000 observations; split the file")});
    QCOMPARE(observations(), 0);
    QVERIFY2(after.ru_maxrss - before.ru_maxrss < 256 * 1024, "the import held more than 256 MB");
}

QTEST_GUILESS_MAIN(TestObservationImport)
#include "TestObservationImport.moc"
