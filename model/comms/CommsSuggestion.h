#pragma once

#include "Incident.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace turnback {

/// One update the reversal calls for now and that is not yet sent: a comms template owed from the
/// start (its `due`), or a regulator report owed by its running clock (docs/regulator-clocks.md).
struct CalledForComms {
    QString templateId;
    QDateTime dueUtc;
    QString owner;  ///< role id of the template's owner
    QString report; ///< a regulator report's clock ("nis2/early-warning"); empty for a template owed from the start
    QString from;   ///< a regulator report's anchor: a trigger id, or "sent:dora/initial"
    QDateTime anchorUtc;

    bool isRegulatorReport() const { return !report.isEmpty(); }
};

/// What the comms wizard suggests: every update the current state calls for, the earliest deadline
/// first (a running regulator clock competes with the updates owed from the start on its deadline
/// alone: the one due first wins). Empty once everything owed has been sent, or the reversal closed.
QList<CalledForComms> commsCalledFor(const Incident& incident, const Kit& kit);

/// When template `templateId` is owed: the start plus its `due`, or for a regulator report's template
/// the earliest deadline of a running clock it answers (the deadline the last one met had, once sent).
/// Invalid when it owes no deadline (a report whose clock has not started).
QDateTime commsDueAt(const Incident& incident, const Kit& kit, const QString& templateId);

/// The title of the kit's template `templateId`, or the id when the kit has no such template.
QString commsTitle(const Kit& kit, const QString& templateId);

} // namespace turnback
