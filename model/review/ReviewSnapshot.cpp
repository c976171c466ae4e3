#include "ReviewSnapshot.h"

#include "Countdown.h"
#include "Kit.h"
#include "ReviewDatabase.h"

#include <QLocale>

namespace turnback {

namespace {

QString signalName(const Kit& kit, const QString& id) {
    const Signal* signal = kit.signal(id);
    return signal && !signal->name.isEmpty() ? signal->name : id;
}

QString roleTitle(const Kit& kit, const QString& id) {
    const Role* role = kit.role(id);
    return role && !role->title.isEmpty() ? role->title : id;
}

} // namespace

std::optional<IncidentSnapshot> ReviewSnapshot::at(ReviewDatabase& database, const QString& incident, const Kit& kit,
                                                   const QDateTime& instant, QString* error) {
    IncidentReplay replay(kit);
    replay.load(QList<AuditRecord>{}, incident);
    // Rows stream into the replay one page at a time; only their parsed events are kept.
    if (!database.forEachRecordUntil(incident, instant, [&replay](const AuditRecord& row) {
            replay.append(row);
            return true;
        })) {
        if (error)
            *error = database.errorString();
        return std::nullopt;
    }
    if (!replay.incident().isStarted()) {
        if (error)
            *error = tr("The reversal had not started at %1.").arg(QLocale().toString(instant.toLocalTime()));
        return std::nullopt;
    }
    return replay.at(instant);
}

QString ReviewSnapshot::html(const IncidentSnapshot& snapshot, const Kit& kit) {
    const Incident& incident = snapshot.incident;
    const QString local = QLocale().toString(snapshot.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString utc = snapshot.at.toUTC().toString(QStringLiteral("HH:mm:ss"));
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(tr("The console at %1 (%2 UTC)").arg(local.toHtmlEscaped(), utc.toHtmlEscaped()));
    html +=
        QStringLiteral("<p><b>%1</b></p>").arg(tr("Level: %1").arg(kit.levelLabel(incident.level()).toHtmlEscaped()));
    if (incident.closedAt() && *incident.closedAt() <= snapshot.at)
        html += QStringLiteral("<p>%1</p>").arg(tr("The reversal was closed by then.").toHtmlEscaped());

    html += QStringLiteral("<h4>%1</h4><table cellspacing=\"4\">").arg(tr("Rubric").toHtmlEscaped());
    for (const SignalStatus& status : snapshot.engine.statuses()) {
        QString state;
        switch (status.phase) {
        case SignalPhase::Quiet:
            state = tr("quiet");
            break;
        case SignalPhase::Pending:
            state = tr("waiting out its duration");
            break;
        case SignalPhase::Triggered:
            state = tr("TRIGGERED");
            break;
        }
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(signalName(kit, status.signalId).toHtmlEscaped(), state.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4>").arg(tr("Owners' countdowns").toHtmlEscaped());
    if (incident.obligations().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Nothing was owed.").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"4\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                           "<th align=\"left\">%3</th><th align=\"left\">%4</th></tr>")
                .arg(tr("Owner").toHtmlEscaped(), tr("Item").toHtmlEscaped(), tr("Level called for").toHtmlEscaped(),
                     tr("Countdown").toHtmlEscaped());
    for (const Obligation& obligation : incident.obligations()) {
        const Countdown countdown = countdownFor(&obligation, snapshot.at);
        const bool overdue = countdown.phase == CountdownPhase::Overdue;
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                .arg(
                    roleTitle(kit, obligation.ownerRole).toHtmlEscaped(),
                    signalName(kit, obligation.signalId).toHtmlEscaped(),
                    kit.levelLabel(obligation.level).toHtmlEscaped(),
                    overdue
                        ? QStringLiteral("<b><font color=\"#b00020\">%1</font></b>").arg(countdown.text.toHtmlEscaped())
                        : countdown.text.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace turnback
