#include "ObservationImportJob.h"

#include "Clock.h"
#include "ImportEvents.h"
#include "ReversalSession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

namespace turnback {

namespace {

/// Every line whose time the session would refuse, reported like ObservationCsv's errors. Times in
/// the file are in order already (ObservationCsv checks), but each bad line is named, not just the first.
QStringList timeProblems(const ReversalSession& session, const ObservationCsvResult& parsed, const QString& fileName) {
    QStringList problems;
    const QDateTime start = session.incident().startedAt();
    const Milliseconds elapsed{start.msecsTo(session.clock().utcNow())};
    const Milliseconds seen = session.engine().now();
    for (qsizetype i = 0; i < parsed.observations.size(); ++i) {
        const Milliseconds at = parsed.observations.at(i).at;
        QString why;
        if (at > elapsed)
            why = QCoreApplication::translate("ObservationImport",
                                              "%1 s is in the future: the reversal has run %2 s so far")
                      .arg(streamSecondsText(at), streamSecondsText(elapsed));
        else if (at < seen)
            why = QCoreApplication::translate(
                      "ObservationImport", "%1 s is before what the rubric has already seen (%2 s into the reversal)")
                      .arg(streamSecondsText(at), streamSecondsText(seen));
        if (why.isEmpty())
            continue;
        if (problems.size() == ObservationCsv::MaxErrors) // bounded like the file's own errors
            return problems << QStringLiteral("%1:%2: error: %3")
                                   .arg(fileName)
                                   .arg(parsed.lineNumbers.at(i))
                                   .arg(QCoreApplication::translate(
                                            "ObservationImport",
                                            "more than %1 times the reversal cannot take; stopped here")
                                            .arg(ObservationCsv::MaxErrors));
        problems << QStringLiteral("%1:%2: error: %3").arg(fileName).arg(parsed.lineNumbers.at(i)).arg(why);
    }
    return problems;
}

/// Observations applied per slice at first; then sized to what fits in a slice.
constexpr qsizetype kFirstShowChunk = 500;

} // namespace

ObservationImportJob::ObservationImportJob(ReversalSession& session, const QString& path, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_path(path)
    , m_kit(std::make_unique<Kit>(session.kit())) {
    qRegisterMetaType<ObservationImportResult>();
    m_slice.setSingleShot(true);
    m_slice.setInterval(0);
    connect(&m_slice, &QTimer::timeout, this, [this] {
        if (runSlice(kSliceMs))
            scheduleSlice();
    });
    m_readingProgress.setInterval(100);
    connect(&m_readingProgress, &QTimer::timeout, this, &ObservationImportJob::reportReading);
}

ObservationImportJob::~ObservationImportJob() {
    m_slice.stop();
    disconnect(this, &ObservationImportJob::finished, nullptr, nullptr); // whoever listened may be going too
    if (m_reader) {
        m_cancel = true;
        m_reader->wait();
        delete m_reader;
    }
    if (m_step == Step::Recording) {
        m_session.abandonImport();
        finish(ObservationImportResult::Outcome::Cancelled, {},
               QCoreApplication::translate("ObservationImport", "the console closed before it was in"));
    } else if (m_step == Step::Showing) {
        // Committed already: the screen must come to show what the record holds.
        while (runSlice(-1)) {
        }
    }
}

void ObservationImportJob::start() {
    m_step = Step::Reading;
    m_reader = QThread::create([this] { m_file = ObservationImport::read(m_path, *m_kit, &m_cancel, &m_bytesRead); });
    connect(m_reader, &QThread::finished, this, [this] {
        m_readingProgress.stop();
        m_reader->deleteLater();
        m_reader = nullptr;
        afterRead();
        if (m_step != Step::Done)
            scheduleSlice();
    });
    m_readingProgress.start();
    m_reader->start();
}

ObservationImportResult ObservationImportJob::runHere() {
    m_step = Step::Reading;
    m_file = ObservationImport::read(m_path, *m_kit, &m_cancel, &m_bytesRead);
    afterRead();
    while (runSlice(-1)) {
    }
    return m_result;
}

void ObservationImportJob::cancel() {
    m_cancel = true;
}

void ObservationImportJob::reportReading() {
    emit progress(Phase::Reading, m_bytesRead.load(), QFileInfo(m_path).size());
}

void ObservationImportJob::scheduleSlice() {
    m_slice.start();
}

void ObservationImportJob::afterRead() {
    using Outcome = ObservationImportResult::Outcome;
    if (!m_file.readError.isEmpty())
        return finish(Outcome::Refused,
                      {QCoreApplication::translate("ObservationImport", "%1: error: cannot read it: %2")
                           .arg(m_path, m_file.readError)});
    if (m_file.cancelled)
        return finish(Outcome::Cancelled, {});
    const Incident& incident = m_session.incident();
    if (!incident.isStarted() || incident.isClosed())
        return finish(Outcome::Refused, {QCoreApplication::translate("ObservationImport",
                                                                     "%1: error: no reversal is running to import into")
                                             .arg(m_path)});
    if (m_session.isImporting())
        return finish(Outcome::Refused,
                      {QCoreApplication::translate("ObservationImport", "%1: error: another import is being recorded")
                           .arg(m_path)});

    const ObservationCsvResult& parsed = m_file.parsed;
    QStringList problems = parsed.errors + timeProblems(m_session, parsed, m_path);
    if (problems.isEmpty() && parsed.observations.isEmpty())
        problems << QCoreApplication::translate(
                        "ObservationImport",
                        "%1: error: no observations in the file (expected rows of at,signal,value)")
                        .arg(m_path);

    // The start is on record before any of the import's work: even a file refused now leaves it.
    const events::ImportStarted started{m_path, m_file.size, m_file.sha256, m_file.rows,
                                        qint64(parsed.observations.size())};
    m_startedSeq = m_session.recordAside(events::ImportStarted::kind, m_path, started.toJson()).value_or(0);
    if (*m_startedSeq == 0)
        return finish(Outcome::Failed,
                      {QCoreApplication::translate("ObservationImport", "%1: not imported: %2")
                           .arg(m_path, m_session.errorString())},
                      m_session.errorString());
    if (!problems.isEmpty())
        return finish(Outcome::Refused, problems, problems.first());
    if (!m_session.beginImport())
        return finish(Outcome::Failed,
                      {QCoreApplication::translate("ObservationImport", "%1: not imported: %2")
                           .arg(m_path, m_session.errorString())},
                      m_session.errorString());
    m_step = Step::Recording;
    m_next = 0;
    // The start is on record and the rows are going in: say so now, not after the first slice.
    emit progress(Phase::Recording, 0, m_file.parsed.observations.size());
}

bool ObservationImportJob::runSlice(qint64 budgetMs) {
    QElapsedTimer clock;
    clock.start();
    if (m_step == Step::Recording)
        return recordSlice(clock, budgetMs);
    if (m_step == Step::Showing)
        return showSlice(budgetMs);
    return false;
}

bool ObservationImportJob::recordSlice(const QElapsedTimer& clock, qint64 budgetMs) {
    using Outcome = ObservationImportResult::Outcome;
    const QList<Observation>& observations = m_file.parsed.observations;
    const QDateTime start = m_session.incident().startedAt();
    while (m_next < observations.size()) {
        if (m_cancel) {
            m_session.abandonImport();
            finish(Outcome::Cancelled, {},
                   QCoreApplication::translate("ObservationImport", "cancelled by the operator"));
            return false;
        }
        const Observation& observation = observations.at(m_next);
        if (!m_session.addImportedObservation(observation.signalId, observation.value,
                                              start.addMSecs(observation.at.count()))) { // the batch is dropped
            const QString why = m_session.errorString();
            finish(Outcome::Failed,
                   {QStringLiteral("%1:%2: not recorded: %3")
                        .arg(m_path)
                        .arg(m_file.parsed.lineNumbers.at(m_next))
                        .arg(why)},
                   why);
            return false;
        }
        ++m_next;
        if (budgetMs >= 0 && m_next % 64 == 0 && clock.elapsed() >= budgetMs) {
            emit progress(Phase::Recording, m_next, observations.size());
            return true;
        }
    }
    if (m_cancel) {
        m_session.abandonImport();
        finish(Outcome::Cancelled, {}, QCoreApplication::translate("ObservationImport", "cancelled by the operator"));
        return false;
    }
    if (!m_session.commitImport()) {
        finish(Outcome::Failed,
               {QCoreApplication::translate("ObservationImport", "%1: not imported: %2")
                    .arg(m_path, m_session.errorString())},
               m_session.errorString());
        return false;
    }
    m_step = Step::Showing;
    emit progress(Phase::Showing, 0, observations.size());
    return true;
}

bool ObservationImportJob::showSlice(qint64 budgetMs) {
    const qsizetype total = m_file.parsed.observations.size();
    qsizetype chunk = budgetMs < 0 ? total : kFirstShowChunk;
    QElapsedTimer clock;
    clock.start();
    qsizetype remaining = total;
    while ((remaining = m_session.applyImported(chunk)) > 0) {
        if (budgetMs < 0)
            continue;
        const qint64 spent = clock.elapsed();
        if (spent >= budgetMs)
            break;
        // Sized to the time left in the slice, from the pace so far.
        const qsizetype done = total - remaining;
        chunk = std::max<qsizetype>(64, spent > 0 ? done * (budgetMs - spent) / std::max<qint64>(spent, 1) / 2 : chunk);
    }
    if (remaining > 0) {
        emit progress(Phase::Showing, total - remaining, total);
        return true;
    }
    finish(ObservationImportResult::Outcome::Recorded, {});
    return false;
}

void ObservationImportJob::finish(ObservationImportResult::Outcome outcome, const QStringList& problems,
                                  const QString& reason) {
    using Outcome = ObservationImportResult::Outcome;
    m_step = Step::Done;
    m_slice.stop();
    m_readingProgress.stop();
    m_result.outcome = outcome;
    m_result.problems = problems;
    m_result.recorded = outcome == Outcome::Recorded ? int(m_file.parsed.observations.size()) : 0;
    if (m_startedSeq) { // the start was asked for: its end is recorded too (held in order if need be)
        const events::ImportFinished finished{m_path,
                                              *m_startedSeq,
                                              outcome,
                                              m_result.recorded,
                                              outcome == Outcome::Refused ? qint64(problems.size()) : 0,
                                              reason};
        m_session.recordAside(events::ImportFinished::kind, m_path, finished.toJson());
    }
    emit finished(m_result);
}

} // namespace turnback
