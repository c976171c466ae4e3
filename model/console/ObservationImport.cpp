#include "ObservationImport.h"

#include "Clock.h"
#include "ObservationCsv.h"
#include "ReversalSession.h"

#include <QCoreApplication>
#include <QFile>

#include <functional>

namespace turnback::ObservationImport {

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

/// Parses with `parse` (from a file, streamed, or from bytes), checks, and records all or nothing.
ObservationImportResult importParsed(ReversalSession& session, const QString& fileName,
                                     const std::function<ObservationCsvResult()>& parse) {
    const Incident& incident = session.incident();
    if (!incident.isStarted() || incident.isClosed())
        return {{QCoreApplication::translate("ObservationImport", "%1: error: no reversal is running to import into")
                     .arg(fileName)},
                0};
    const ObservationCsvResult parsed = parse();
    if (!parsed.errors.isEmpty())
        return {parsed.errors + timeProblems(session, parsed, fileName), 0};
    if (parsed.observations.isEmpty())
        return {{QCoreApplication::translate(
                     "ObservationImport", "%1: error: no observations in the file (expected rows of at,signal,value)")
                     .arg(fileName)},
                0};
    if (QStringList problems = timeProblems(session, parsed, fileName); !problems.isEmpty())
        return {problems, 0};

    ObservationImportResult result;
    const QDateTime start = incident.startedAt();
    for (qsizetype i = 0; i < parsed.observations.size(); ++i) {
        const Observation& observation = parsed.observations.at(i);
        if (!session.recordObservation(observation.signalId, observation.value,
                                       start.addMSecs(observation.at.count()))) {
            result.problems << QStringLiteral("%1:%2: not recorded: %3")
                                   .arg(fileName)
                                   .arg(parsed.lineNumbers.at(i))
                                   .arg(session.errorString());
            break;
        }
        ++result.recorded;
    }
    return result;
}

} // namespace

ObservationImportResult importFile(ReversalSession& session, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{QCoreApplication::translate("ObservationImport", "%1: error: cannot read it: %2")
                     .arg(path, file.errorString())},
                0};
    return importParsed(session, path, [&] { return ObservationCsv::parse(file, path, session.kit()); });
}

ObservationImportResult importBytes(ReversalSession& session, const QByteArray& bytes, const QString& fileName) {
    return importParsed(session, fileName, [&] { return ObservationCsv::parse(bytes, fileName, session.kit()); });
}

} // namespace turnback::ObservationImport
