#pragma once

#include "Kit.h"
#include "events/DataEvents.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace turnback {

/// One recorded step of a data procedure (a data.step.recorded row).
struct DataStepEntry {
    qint64 seq = 0;
    QDateTime at; ///< when the row was written
    QString actor;
    events::DataStepRecorded step;
};

/// How far a data procedure has come: folded from its data.procedure.started row and its
/// data.step.recorded rows, so it resumes exactly where it stopped (docs/incident-events.md, "Data handling").
struct DataProgress {
    QString procedure;
    QString owner;     ///< role id
    QStringList steps; ///< step ids in order, as recorded when it began
    qint64 startedSeq = 0;
    QDateTime startedAt;
    QString startedBy;
    QList<DataStepEntry> records; ///< every step recorded, in order (a blocked step may be recorded again)

    /// The newest record of `step`, or nullptr when it was never recorded.
    const DataStepEntry* latest(const QString& step) const;
    bool isDone(const QString& step) const;
    /// Index in `steps` of the first step not done: where the procedure resumes; equal to the number
    /// of steps once every step is done.
    qsizetype nextStep() const;
    bool isFinished() const { return nextStep() >= steps.size(); }
    qsizetype doneCount() const;
    /// What an earlier step recorded for an evidence field (fills a `confirm` blank); empty when nothing.
    QString recordedEvidence(const QString& step, const QString& evidence) const;
};

} // namespace turnback
