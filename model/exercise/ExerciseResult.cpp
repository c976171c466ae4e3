#include "ExerciseResult.h"

#include "AuditLog.h"
#include "UtcTime.h"

namespace turnback {

namespace {

QString sinceStart(const QDateTime& start, const QDateTime& at) {
    const Milliseconds offset(start.msecsTo(at));
    return offset.count() == 0 ? QStringLiteral("+0 s") : QStringLiteral("+") + Duration::humanText(offset);
}

} // namespace

QList<ExerciseOverdue> ExerciseResult::overdueAtEnd() const {
    QList<ExerciseOverdue> open;
    for (const ExerciseOverdue& o : overdue)
        if (o.stillOpen)
            open << o;
    return open;
}

QString ExerciseResult::summaryText() const {
    QString text;
    text += QStringLiteral("exercise: %1\n").arg(scenarioTitle);
    text += QStringLiteral("incident: %1 (EXERCISE)\n").arg(incidentId);
    text += QStringLiteral("events written: %1\n").arg(eventsWritten);
    text += QStringLiteral("simulated time: %1 to %2 (%3)\n")
                .arg(utc::format(startedAt), utc::format(endedAt),
                     Duration::humanText(Milliseconds(startedAt.msecsTo(endedAt))));
    text += QStringLiteral("level reached: %1 (at the end: %2, %3)\n")
                .arg(levelId(highestLevel), levelId(finalLevel),
                     closed ? QStringLiteral("closed") : QStringLiteral("still open"));
    text += QStringLiteral("decisions: %1\n").arg(decisions.size());
    for (const ExerciseDecision& d : decisions) {
        QString who = d.byRole;
        if (!d.onBehalfOf.isEmpty())
            who += QStringLiteral(", acting for ") + d.onBehalfOf;
        const QString timing =
            d.wasLate() ? QStringLiteral("%1 LATE").arg(Duration::clockText(d.late())) : QStringLiteral("in time");
        text += QStringLiteral("  %1 %2: %3%4 by %5 (%6), %7\n")
                    .arg(sinceStart(startedAt, d.decidedAt), d.signalId, decisionId(d.decision),
                         d.decision == Decision::DeEscalate ? QStringLiteral(" to ") + d.level : QString(), d.by, who,
                         timing);
    }
    const QList<ExerciseOverdue> open = overdueAtEnd();
    text += QStringLiteral("overdue at the end: %1\n").arg(open.size());
    for (const ExerciseOverdue& o : open)
        text += QStringLiteral("  %1 (owner %2): OVERDUE +%3, deadline was %4\n")
                    .arg(o.signalId, o.ownerRole, Duration::clockText(o.late), sinceStart(startedAt, o.deadline));
    text += QStringLiteral("wall time: %1 ms\n").arg(wallMs);
    return text;
}

} // namespace turnback
