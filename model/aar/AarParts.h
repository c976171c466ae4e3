#pragma once
// The pieces AfterActionReportBuilder::build puts together, one file each (internal to model/aar).

#include "AfterActionReport.h"
#include "AuditRecord.h"
#include "Incident.h"

#include <QJsonObject>
#include <QList>
#include <QSet>

namespace turnback {

class ReviewDatabase;

namespace aar {

/// Something an operator did that an inject's expectation can be met by.
struct Act {
    QString act;       ///< as an expectation names it: decide, acknowledge, notify, comms, data-step, ...
    QStringList items; ///< what it was done to (a notification matches its role told and its signal)
    QString role;      ///< the role of whoever did it
    QString actor;
    QDateTime at;
    bool scripted = false; ///< played by the exercise script (the row says "scripted"), not done by a person
};

/// Every act of the reversal that still stands (retracted ones are left out), in order.
/// `scripted`: the seqs of rows marked "scripted" (an exercise scenario's operator steps).
QList<Act> actsOf(const Incident& incident, const QSet<qint64>& scripted = {});
/// The inject rows (exercise.inject) of the reversal, with what each expects met or not against `acts`.
QList<AarInject> injectsOf(const QList<AuditRecord>& rows, const QList<Act>& acts);
/// Gaps and score of the injects.
void scoreInjects(const QList<AarInject>& injects, QList<AarGap>* gaps, AarScore* score);

/// A timer of `kind`: met and margin derived from due, acted and the end of the record.
AarTimer timer(const QString& kind, const QString& item, const QString& owner, const QDateTime& started,
               const QDateTime& due, const std::optional<QDateTime>& acted, const QDateTime& end);
/// Every timer: owners' decisions, owed comms, regulator clocks (with `kit`) and data steps with a due
/// (an inject's data-step expectation with `within_ms`), in order of due time.
QList<AarTimer> timersOf(const Incident& incident, const Kit* kit, const QList<AarInject>& injects,
                         const QDateTime& end);

/// The overview from exercise.started (when the log holds one for the reversal), else from the
/// reversal's own ReversalStarted and OperatorChanged rows.
AarOverview overviewOf(const Incident& incident, const std::optional<QJsonObject>& exerciseStarted,
                       const QDateTime& end);
/// The level from the start on, one point per recorded change.
QList<AarLevelPoint> levelsOf(const Incident& incident);

/// Console-level rows of `kind` about the reversal (target = its id), in seq order: exercise.review, and
/// an exercise.started written before the reversal began. False with `error` when the log cannot be read.
bool consoleRowsAbout(ReviewDatabase& log, const QString& kind, const QString& incidentId, QList<AuditRecord>* rows,
                      QString* error);

QJsonObject parsePayload(const AuditRecord& record);

} // namespace aar
} // namespace turnback
