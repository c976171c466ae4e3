// ReversalSession: carrying out the kit's data procedures (docs/incident-events.md, "Data handling").
#include "DataStepRules.h"
#include "ReversalSession.h"

#include "AuditLog.h"

namespace turnback {

QString ReversalSession::databasePath() const {
    return m_log.path();
}

bool ReversalSession::startDataProcedure(const QString& procedureId) {
    if (!requireOpen())
        return false;
    const DataProcedure* procedure = m_kit.dataProcedure(procedureId);
    if (!procedure)
        return fail(tr("The kit has no data procedure \"%1\".").arg(procedureId));
    if (m_incident.dataProgress(procedureId))
        return true; // begun already: carry on where it stopped
    QStringList steps;
    for (const DataStep& step : procedure->steps)
        steps << step.id;
    return append(
        events::DataProcedureStarted{procedureId, procedure->owner, steps, m_incident.currentOperator().role});
}

bool ReversalSession::recordDataStep(events::DataStepRecorded step) {
    if (!requireOpen())
        return false;
    const DataProcedure* procedure = m_kit.dataProcedure(step.procedure);
    const DataProgress* progress = m_incident.dataProgress(step.procedure);
    if (!procedure || !progress)
        return fail(tr("Begin the data procedure before recording its steps."));
    step.role = m_incident.currentOperator().role;
    step.reason = step.reason.trimmed();
    const QString why = DataStepRules::refusal(*procedure, *progress, step, m_incident.currentOperator());
    if (!why.isEmpty())
        return fail(why);
    return append(step);
}

} // namespace turnback
