// ReversalSession's import: many observations as one transaction (docs/architecture.md, "Console").

#include "ReversalSession.h"

#include "AuditLog.h"
#include "AuditTrail.h"

namespace turnback {

bool ReversalSession::isImporting() const {
    return m_importOpen || m_importApplied < m_imported.size();
}

std::optional<qint64> ReversalSession::recordAside(const QString& kind, const QString& target, QJsonObject payload,
                                                   const QString& actor) {
    if (!m_incident.isStarted()) {
        fail(tr("No reversal is running."));
        return std::nullopt;
    }
    if (m_incident.isExercise())
        payload.insert(QStringLiteral("exercise"), true);
    if (m_scripted)
        payload.insert(QStringLiteral("scripted"), true);
    const AuditTrail::AppendResult result = m_trail.append(
        {actor.isEmpty() ? m_incident.currentOperator().name : actor, kind, target, m_incident.id(), payload});
    if (result.isRecorded())
        return result.record->seq;
    fail(unrecordedMessage(result.isPending(), result.error));
    return std::nullopt;
}

bool ReversalSession::beginImport() {
    if (!requireOpen())
        return false;
    if (!m_trail.beginBatch())
        return fail(m_trail.pendingCount() > 0
                        ? tr("Not started: events wait to be written first. %1").arg(m_trail.faultMessage())
                        : tr("Not started: %1").arg(m_log.errorString()));
    m_importOpen = true;
    m_lastBeforeImport = m_lastObservation;
    m_imported.clear();
    m_importApplied = 0;
    return true;
}

bool ReversalSession::addImportedObservation(const QString& signalId, std::optional<double> value,
                                             const QDateTime& observedAt) {
    if (!m_importOpen)
        return fail(tr("No import is open."));
    const std::optional<events::ObservationRecorded> observation = observationFor(signalId, value, observedAt);
    if (!observation) {
        abandonImport();
        return false;
    }
    const std::optional<AuditRecord> row = m_trail.addToBatch(auditEventFor(*observation, {}, {}));
    if (!row) { // the log rolled the batch back
        const QString why = m_log.errorString();
        abandonImport();
        return fail(tr("Not recorded: %1").arg(why));
    }
    m_imported.append({row->seq, row->atUtc, *observation});
    return true;
}

bool ReversalSession::commitImport() {
    if (!m_importOpen)
        return fail(tr("No import is open."));
    m_importOpen = false;
    if (!m_trail.commitBatch()) {
        const QString why = m_log.errorString();
        m_imported.clear();
        m_lastObservation = m_lastBeforeImport;
        return fail(tr("Not recorded: %1").arg(why));
    }
    return true;
}

void ReversalSession::abandonImport() {
    if (m_importOpen && m_trail.isBatchOpen())
        m_trail.rollbackBatch();
    m_importOpen = false;
    m_imported.clear();
    m_importApplied = 0;
    m_lastObservation = m_lastBeforeImport;
}

qsizetype ReversalSession::applyImported(qsizetype limit) {
    if (m_importOpen)
        return m_imported.size(); // nothing is shown before it is committed
    AuditRecord row;
    row.kind = EventKind::ObservationRecorded;
    row.incident = m_incident.id();
    row.actor = m_incident.currentOperator().name;
    QList<RubricTransition> transitions;
    const qsizetype end = std::min(m_imported.size(), m_importApplied + std::max<qsizetype>(limit, 1));
    for (; m_importApplied < end; ++m_importApplied) {
        const ImportedRow& imported = m_imported.at(m_importApplied);
        row.seq = imported.seq;
        row.atUtc = imported.atUtc;
        row.target = imported.event.signal;
        if (!m_incident.apply(row, imported.event))
            continue;
        transitions = observe(imported.event);
        // What the rubric derived is owed to the record before the next observation is seen.
        for (const RubricTransition& transition : transitions)
            recordTransition(transition);
    }
    if (m_importApplied == m_imported.size()) {
        m_imported.clear();
        m_importApplied = 0;
    }
    emit changed();
    return m_imported.size() - m_importApplied;
}

} // namespace turnback
