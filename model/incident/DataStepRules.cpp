#include "DataStepRules.h"

#include "Incident.h"

namespace turnback {

using events::DataStepRecorded;

QString DataStepRules::expectedConfirmation(const DataStep& step, const DataProgress& progress, QString* missing) {
    QString absent;
    const QString text = step.confirmText([&](const QString& stepId, const QString& evidence) {
        const QString value = progress.recordedEvidence(stepId, evidence);
        if (value.trimmed().isEmpty() && absent.isEmpty())
            absent = tr("\"%1\" of step \"%2\"").arg(evidence, stepId);
        return value;
    });
    if (missing)
        *missing = absent;
    return absent.isEmpty() ? text : QString();
}

QString DataStepRules::evidenceRefusal(const DataStep& step, const DataStepRecorded& recorded) {
    if (!step.checkpoint)
        return {};
    for (const QString& name : step.evidence) {
        const QString* value = recorded.evidenceValue(name);
        if (!value || value->trimmed().isEmpty())
            return tr("This step is a checkpoint: fill in \"%1\" before it counts as done.").arg(name);
    }
    return {};
}

QString DataStepRules::confirmationRefusal(const DataStep& step, const DataProgress& progress, const QString& typed) {
    if (!step.destructive)
        return {};
    QString missing;
    const QString expected = expectedConfirmation(step, progress, &missing);
    if (!missing.isEmpty())
        return tr("This step deletes or changes data and is confirmed with %1, which was not recorded.").arg(missing);
    if (typed.isEmpty())
        return tr("This step deletes or changes data: type \"%1\" to confirm.").arg(expected);
    if (typed != expected)
        return tr("The confirmation does not match: type exactly \"%1\".").arg(expected);
    return {};
}

QString DataStepRules::secondPersonRefusal(const std::optional<events::SecondPerson>& second, const Operator& op) {
    if (!second || second->name.trimmed().isEmpty() || second->role.trimmed().isEmpty())
        return tr("This step needs a second person: give their name and role.");
    if (second->name.trimmed().compare(op.name.trimmed(), Qt::CaseInsensitive) == 0)
        return tr("The second person must be someone other than %1, who is at the keyboard.").arg(op.name);
    return {};
}

QString DataStepRules::refusal(const DataProcedure& procedure, const DataProgress& progress,
                               const DataStepRecorded& recorded, const Operator& op) {
    const qsizetype next = progress.nextStep();
    if (next >= progress.steps.size())
        return tr("Every step of %1 is done.").arg(procedure.title);
    const DataStep* found = procedure.step(progress.steps[next]);
    if (recorded.step != progress.steps[next] || !found)
        return tr("Steps are carried out in order: the next step of %1 is \"%2\".")
            .arg(procedure.title, progress.steps[next]);
    const DataStep& step = *found;
    if (recorded.outcome == DataStepRecorded::Outcome::Blocked)
        return recorded.reason.trimmed().isEmpty() ? tr("Say why the step is blocked.") : QString();
    QString why = evidenceRefusal(step, recorded);
    if (why.isEmpty())
        why = confirmationRefusal(step, progress, recorded.confirmation);
    if (why.isEmpty() && step.twoPerson)
        why = secondPersonRefusal(recorded.secondPerson, op);
    return why;
}

} // namespace turnback
