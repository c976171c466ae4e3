// Human-impact answers (impact.answered): checked against the prompt's type before they are
// recorded. The rest of the session is in ReversalSession.cpp.

#include "ReversalSession.h"

#include <cmath>

namespace turnback {

bool ReversalSession::answerImpact(const QString& promptId, const QString& answer, bool unknown,
                                   const QString& reason) {
    if (!requireOpen())
        return false;
    const ImpactPrompt* prompt = m_kit.impactPrompt(promptId);
    if (!prompt)
        return fail(tr("This kit has no human-impact prompt '%1'.").arg(promptId));
    if (unknown) {
        if (reason.trimmed().isEmpty())
            return fail(tr("Say why the answer is unknown."));
        return append(events::ImpactAnswered{promptId, {}, true, reason.trimmed(), m_incident.currentOperator().role});
    }
    const QString given = answer.trimmed();
    if (given.isEmpty())
        return fail(tr("Write an answer, or record it as unknown with a reason."));
    if (prompt->type == ImpactAnswerType::Number) {
        bool ok = false;
        const double value = given.toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return fail(tr("The answer must be a number, such as 120; found \"%1\".").arg(given));
    }
    if (prompt->type == ImpactAnswerType::Choice && !prompt->choices.contains(given))
        return fail(tr("The answer must be one of: %1.").arg(prompt->choices.join(QStringLiteral(", "))));
    return append(events::ImpactAnswered{promptId, given, false, {}, m_incident.currentOperator().role});
}

} // namespace turnback
