#include "EvidenceReport.h"

#include "Incident.h"
#include "IncidentEvents.h"
#include "PagedPdf.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace turnback {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("EvidenceReport", text);
}

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

/// "2 h 5 min", "4 min 12 s", "800 ms": how far a deadline was met or missed.
QString duration(qint64 ms) {
    ms = qAbs(ms);
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

/// A time in a table cell: the date over the time, so narrow columns break between them, not inside.
QString cellTime(const QDateTime& at) {
    if (!at.isValid())
        return QString();
    const QDateTime u = at.toUTC();
    return esc(u.toString(QStringLiteral("yyyy-MM-dd"))) + QStringLiteral("<br>") +
           esc(u.toString(QStringLiteral("HH:mm:ss.zzz")));
}

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>").arg(esc(label), value);
}

QString cover(const EvidenceReportFacts& f) {
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Evidence pack: %1").arg(f.title)));
    if (f.exercise)
        html +=
            QStringLiteral("<p class='warn'>%1</p>")
                .arg(esc(tr("EXERCISE: this reversal was an exercise, not a live incident. It is not live evidence.")));
    if (f.signingKeyId.isEmpty())
        html += QStringLiteral("<p class='warn'>%1</p>")
                    .arg(esc(tr("UNSIGNED: this pack was exported without a signing key. manifest.sha256 is not "
                                "signed; only the signed checkpoints in proof/ vouch for the events.")));
    html += QStringLiteral("<table class='cover'>");
    html += row(tr("Reversal"), esc(f.incident));
    html += row(tr("Title"), esc(f.title));
    html += row(tr("Service"), esc(f.service));
    html += row(tr("Mode"), esc(f.exercise ? tr("exercise") : tr("live")));
    html += row(tr("Kit"), esc(f.kitId));
    html += row(tr("Kit version"), esc(f.kitVersion.isEmpty() ? tr("(the kit gives none)") : f.kitVersion));
    html += row(tr("Kit SHA-256"), QStringLiteral("<span class='mono'>%1</span>").arg(esc(f.kitSha256)));
    html += row(tr("Started (UTC)"), esc(f.startedUtc));
    html += row(tr("Ended (UTC)"), esc(f.closedUtc.isEmpty() ? tr("not closed when exported") : f.closedUtc));
    html += row(tr("Led by"), esc(f.leaders.join(QStringLiteral("; "))));
    html += row(tr("Events"), QString::number(f.events));
    html += row(tr("Exported (UTC)"), esc(f.exportedAtUtc));
    html += row(tr("Exported by"), esc(f.exportedBy));
    html += row(tr("Pack signed with key"), esc(f.signingKeyId.isEmpty() ? tr("UNSIGNED") : f.signingKeyId));
    html += row(tr("Verification"), esc(f.verified ? tr("verified") : tr("NOT VERIFIED")));
    html += QStringLiteral("</table>");
    return html;
}

/// "met, 3 min 10 s to spare", "missed by 2 min 0 s", or for an item never decided, measured
/// against the end (or the last event of a reversal still open).
QString outcome(const Obligation& o, const EvidenceReportFacts& f, bool* missed) {
    if (o.decision) {
        const qint64 late = o.deadline.msecsTo(o.decidedAt);
        *missed = late > 0;
        return late <= 0 ? tr("met, %1 to spare").arg(duration(late)) : tr("missed by %1").arg(duration(late));
    }
    const QString endText = f.closedUtc.isEmpty() ? f.lastEventUtc : f.closedUtc;
    const QDateTime end = QDateTime::fromString(endText, Qt::ISODateWithMs);
    const qint64 late = o.deadline.msecsTo(end);
    *missed = late > 0;
    if (late > 0)
        return f.closedUtc.isEmpty()
                   ? tr("missed: no decision, %1 past the deadline at the last event").arg(duration(late))
                   : tr("missed: no decision, closed %1 after the deadline").arg(duration(late));
    return tr("no decision yet; the deadline had not passed at the last event");
}

QString decisionLog(const EvidenceReportFacts& f, const Incident& incident) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Decision log")));
    if (incident.obligations().isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("None recorded: no signal triggered.")));
    html += QStringLiteral("<table class='grid' width='100%' "
                           "cellspacing='0'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                           "<th>%6</th><th>%7</th></tr>")
                .arg(esc(tr("Level")), esc(tr("Signal")), esc(tr("Owner")), esc(tr("Triggered at (UTC)")),
                     esc(tr("Acted at (UTC)")), esc(tr("Allowance")), esc(tr("Met or missed")));
    for (const Obligation& o : incident.obligations()) {
        bool missed = false;
        const QString met = esc(outcome(o, f, &missed));
        QString acted = QStringLiteral("&mdash;");
        if (o.decision)
            acted = cellTime(o.decidedAt) + QStringLiteral("<br>") +
                    esc(tr("%1 by %2").arg(decisionId(*o.decision), o.decidedBy));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                    .arg(esc(levelId(o.level)), esc(o.signalId), esc(o.ownerRole), cellTime(o.triggeredAt), acted,
                         esc(o.timerMs == 0 ? tr("immediate") : duration(o.timerMs)),
                         missed ? QStringLiteral("<span class='warn'>%1</span>").arg(met) : met);
    }
    return html + QStringLiteral("</table>");
}

QString valueText(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return QStringLiteral("null");
}

/// One recorded row, its payload's fields listed as they are: a section for kinds other parts of
/// Turnback add (comms, data steps, impact answers, attachments) without this report knowing them.
QString genericRecord(const AuditRecord& r) {
    QString html = QStringLiteral("<p class='entry'><b>%1</b> &nbsp; %2 &nbsp; <span class='small'>seq %3</span></p>")
                       .arg(esc(r.atUtc), esc(r.actor))
                       .arg(r.seq);
    html += QStringLiteral("<table class='fields'>");
    const QJsonObject payload = QJsonDocument::fromJson(r.payload.toUtf8()).object();
    for (auto it = payload.begin(); it != payload.end(); ++it)
        html += QStringLiteral("<tr><td class='label'>%1</td><td class='pre'>%2</td></tr>")
                    .arg(esc(it.key()), esc(valueText(it.value())));
    return html + QStringLiteral("</table>");
}

QString section(const QString& heading, const QList<AuditRecord>& rows) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(heading));
    if (rows.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("None recorded.")));
    for (const AuditRecord& r : rows)
        html += genericRecord(r);
    return html;
}

QString headingFor(const QString& kind) {
    if (kind == QLatin1String("impact.answered"))
        return tr("Human impact answers");
    if (kind == QLatin1String("comms.sent"))
        return tr("Communications sent");
    if (kind == QLatin1String("data.step.recorded"))
        return tr("Data steps");
    return tr("Artifacts attached");
}

QString verification(const EvidenceReportFacts& f) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Verification")));
    html += QStringLiteral("<p class='%1'>%2</p>")
                .arg(f.verified ? QStringLiteral("ok") : QStringLiteral("warn"), esc(f.verification));
    for (const QString& note : f.artifactNotes)
        html += QStringLiteral("<p class='warn'>%1</p>").arg(esc(note));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Anyone can check this pack without Turnback: README.txt in the pack gives each "
                            "command (unzip, sha256sum -c, openssl pkeyutl -verify, python3 "
                            "verify_evidence_pack.py).")));
    return html;
}

const char kStyle[] = R"(
body { font-family: 'DejaVu Sans'; font-size: 9pt; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; }
td.label { font-weight: bold; padding-right: 8px; }
table.grid { border-collapse: collapse; width: 100%; } table.grid th, table.grid td { border: 1px solid #888; padding: 3px; }
table.grid th { background: #e8e8e8; }
.mono { font-family: 'DejaVu Sans Mono'; font-size: 8pt; }
.warn { color: #b00000; font-weight: bold; } .ok { color: #006000; font-weight: bold; }
.small { color: #555; font-size: 8pt; } .pre { white-space: pre-wrap; }
)";

} // namespace

QStringList EvidenceReport::listedKinds() {
    return {QStringLiteral("impact.answered"), QStringLiteral("comms.sent"), QStringLiteral("data.step.recorded"),
            QStringLiteral("evidence.attached")};
}

QString EvidenceReport::html(const EvidenceReportFacts& facts, const Incident& incident) {
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(QLatin1String(kStyle));
    html += cover(facts);
    html += decisionLog(facts, incident);
    html += section(tr("Corrections"), facts.corrections);
    for (const QString& kind : listedKinds())
        html += section(headingFor(kind), facts.recordedByKind.value(kind));
    html += verification(facts);
    return html + QStringLiteral("</body></html>");
}

QByteArray EvidenceReport::renderPdf(const EvidenceReportFacts& facts, const Incident& incident) {
    // Spelled out (not the file's tr helper) so that lupdate files them under the context they are looked up in.
    return PagedPdf::render(
        html(facts, incident),
        {QCoreApplication::translate("EvidenceReport", "Evidence pack: %1").arg(facts.incident),
         QCoreApplication::translate("EvidenceReport", "Turnback evidence pack: %1").arg(facts.incident),
         facts.exercise});
}

} // namespace turnback
