#include "DataProgress.h"

#include <algorithm>

namespace turnback {

const DataStepEntry* DataProgress::latest(const QString& step) const {
    for (auto it = records.crbegin(); it != records.crend(); ++it)
        if (it->step.step == step)
            return &*it;
    return nullptr;
}

bool DataProgress::isDone(const QString& step) const {
    const DataStepEntry* entry = latest(step);
    return entry && entry->step.outcome == events::DataStepRecorded::Outcome::Done;
}

qsizetype DataProgress::nextStep() const {
    for (qsizetype i = 0; i < steps.size(); ++i)
        if (!isDone(steps[i]))
            return i;
    return steps.size();
}

qsizetype DataProgress::doneCount() const {
    return std::count_if(steps.cbegin(), steps.cend(), [this](const QString& step) { return isDone(step); });
}

QString DataProgress::recordedEvidence(const QString& step, const QString& evidence) const {
    const DataStepEntry* entry = latest(step);
    if (!entry || entry->step.outcome != events::DataStepRecorded::Outcome::Done)
        return {};
    const QString* value = entry->step.evidenceValue(evidence);
    return value ? *value : QString();
}

} // namespace turnback
