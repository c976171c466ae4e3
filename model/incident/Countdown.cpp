#include "Countdown.h"

#include <QCoreApplication>

namespace turnback {

namespace {
/// What the owner decided, in words: a hold is answered but not carried out, and says so.
QString decisionText(Decision decision) {
    switch (decision) {
    case Decision::CarryOut:
        return QCoreApplication::translate("Countdown", "DONE: carried out");
    case Decision::Hold:
        return QCoreApplication::translate("Countdown", "HELD: not carried out");
    case Decision::DeEscalate:
        return QCoreApplication::translate("Countdown", "DONE: de-escalated");
    }
    return {};
}
} // namespace

Countdown countdownFor(const Obligation* obligation, const QDateTime& now) {
    Countdown c;
    if (!obligation)
        return c;
    if (obligation->decision) {
        c.phase = CountdownPhase::Done;
        c.text = decisionText(*obligation->decision);
        return c;
    }
    return countdownTo(obligation->deadline, now);
}

Countdown countdownTo(const QDateTime& deadline, const QDateTime& now) {
    Countdown c;
    c.remaining = Milliseconds(now.msecsTo(deadline));
    if (c.remaining.count() <= 0) {
        c.phase = CountdownPhase::Overdue;
        // Overdue time counts whole seconds that have passed: never claim a second early.
        const Milliseconds late((-c.remaining.count() / 1000) * 1000);
        c.text = QCoreApplication::translate("Countdown", "OVERDUE +%1").arg(Duration::clockText(late));
    } else {
        c.phase = c.remaining <= Countdown::dueSoonWithin ? CountdownPhase::DueSoon : CountdownPhase::Running;
        c.text = c.phase == CountdownPhase::DueSoon
                     ? QCoreApplication::translate("Countdown", "DUE SOON %1").arg(Duration::clockText(c.remaining))
                     : Duration::clockText(c.remaining);
    }
    return c;
}

QString countdownPhaseId(CountdownPhase phase) {
    switch (phase) {
    case CountdownPhase::None:
        return QStringLiteral("none");
    case CountdownPhase::Running:
        return QStringLiteral("running");
    case CountdownPhase::DueSoon:
        return QStringLiteral("due-soon");
    case CountdownPhase::Overdue:
        return QStringLiteral("overdue");
    case CountdownPhase::Done:
        return QStringLiteral("done");
    }
    return {};
}

} // namespace turnback
