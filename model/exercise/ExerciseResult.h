#pragma once

#include "Incident.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace turnback {

/// A decision recorded during an exercise, with its timing against the owner's timer.
struct ExerciseDecision {
    qint64 obligationId = 0;
    QString signalId;
    Decision decision = Decision::CarryOut;
    QString level; ///< the level called for, or the one de-escalated to
    QString by, byRole, onBehalfOf, reason;
    QDateTime triggeredAt, deadline, decidedAt;

    /// decidedAt - deadline: positive when the decision came late.
    Milliseconds late() const { return Milliseconds(deadline.msecsTo(decidedAt)); }
    bool wasLate() const { return late().count() > 0; }
};

/// An owner's timer that ran out: still open at the end, or decided after its deadline.
struct ExerciseOverdue {
    qint64 obligationId = 0;
    QString signalId;
    QString ownerRole;
    QDateTime deadline;
    Milliseconds late{0}; ///< at the end (still open) or when decided
    bool stillOpen = false;
};

/// What `turnback-cli exercise run` reports and a test asserts: the outcome of one scripted run.
struct ExerciseResult {
    bool ok = false;
    QString error; ///< "FILE:LINE:COLUMN: error: ..." naming the step that failed
    QString scenarioTitle;
    QString incidentId; ///< set once the reversal started, also on failure
    /// Exercises of the same scenario (by title) that were open in the log before this run.
    QStringList alreadyOpen;
    int eventsWritten = 0;
    Level highestLevel = Level::Normal;
    Level finalLevel = Level::Normal;
    bool closed = false;
    QDateTime startedAt, endedAt; ///< simulated UTC
    QList<ExerciseDecision> decisions;
    QList<ExerciseOverdue> overdue; ///< every timer that ran out, in deadline order
    qint64 wallMs = 0;              ///< real time the run took
    Incident incident;              ///< the incident as folded during the run

    /// Obligations still open and past their deadline at the end.
    QList<ExerciseOverdue> overdueAtEnd() const;
    /// A short human summary, several lines, for stdout.
    QString summaryText() const;
};

} // namespace turnback
