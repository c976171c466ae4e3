#include "ReviewFilter.h"

#include "IncidentEvents.h"
#include "UtcTime.h"

namespace turnback {

namespace {

/// LIKE's wildcards in what a person typed are meant literally.
QString likeContaining(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QString ReviewFilter::sql(QVariantList& values) const {
    QString where;
    if (!kinds.isEmpty()) {
        QStringList marks;
        for (const QString& kind : kinds) {
            marks << QStringLiteral("?");
            values << kind;
        }
        where += QStringLiteral(" AND l.kind IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!actor.isEmpty()) {
        where += QStringLiteral(" AND l.actor LIKE ? ESCAPE '\\'");
        values << likeContaining(actor);
    }
    if (!text.isEmpty()) {
        where += QStringLiteral(" AND (l.payload LIKE ? ESCAPE '\\' OR l.target LIKE ? ESCAPE '\\'"
                                " OR l.actor LIKE ? ESCAPE '\\' OR l.kind LIKE ? ESCAPE '\\')");
        const QString like = likeContaining(text);
        values << like << like << like << like;
    }
    // at_utc is fixed-width ISO 8601 UTC, so comparing the text compares the instants.
    if (from.isValid()) {
        where += QStringLiteral(" AND l.at_utc >= ?");
        values << utc::format(from);
    }
    if (to.isValid()) {
        where += QStringLiteral(" AND l.at_utc <= ?");
        values << utc::format(to);
    }
    return where;
}

QStringList ReviewFilter::decisionKinds() {
    return {EventKind::DecisionRecorded, EventKind::DecisionRefused};
}
QStringList ReviewFilter::levelKinds() {
    return {EventKind::LevelChanged, EventKind::LevelEntered};
}
QStringList ReviewFilter::correctionKinds() {
    return {EventKind::EntryRetracted};
}
QStringList ReviewFilter::observationKinds() {
    return {EventKind::ObservationRecorded, QStringLiteral("observations.import.started"),
            QStringLiteral("observations.import.finished")};
}
QStringList ReviewFilter::triggerKinds() {
    return {EventKind::SignalTriggered, EventKind::SignalCleared};
}
QStringList ReviewFilter::ownerKinds() {
    return {EventKind::OwnerAcknowledged, EventKind::NotificationConfirmed, EventKind::OperatorChanged};
}
QStringList ReviewFilter::commsAndDataKinds() {
    // Recorded by the comms and data wizards (docs/incident-events.md).
    return {QStringLiteral("comms.draft.saved"), QStringLiteral("comms.sent"), QStringLiteral("data.step.recorded"),
            QStringLiteral("evidence.attached")};
}
QStringList ReviewFilter::clickKinds() {
    return {QStringLiteral("ui.click")};
}

} // namespace turnback
