#include "AarText.h"

namespace turnback {

using namespace Qt::Literals::StringLiterals;

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

const char kStyle[] = R"(
body { font-family: 'DejaVu Sans'; font-size: 9pt; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; }
td.label { font-weight: bold; padding-right: 8px; }
table.grid { border-collapse: collapse; } table.grid th, table.grid td { border: 1px solid #888; padding: 3px; }
table.grid th { background: #e8e8e8; }
.warn { color: #b00000; font-weight: bold; } .ok { color: #006000; } .open { color: #805000; } .small { color: #555; font-size: 8pt; }
)";

QString row(const QString& label, const QString& value) {
    return u"<tr><td class='label'>%1</td><td>%2</td></tr>"_s.arg(esc(label), esc(value));
}

QString list(const QStringList& items, const QString& none) {
    if (items.isEmpty())
        return u"<p>%1</p>"_s.arg(esc(none));
    QString html = u"<ul>"_s;
    for (const QString& item : items)
        html += u"<li>%1</li>"_s.arg(esc(item));
    return html + u"</ul>"_s;
}

QString overview(const AfterActionReport& r) {
    const AarOverview& o = r.overview;
    QString html = u"<h1>%1</h1>"_s.arg(
        esc(AarText::tr("After-action report: %1").arg(o.scenarioTitle.isEmpty() ? o.title : o.scenarioTitle)));
    if (o.exercise)
        html += u"<p class='warn'>%1</p>"_s.arg(
            esc(AarText::tr("EXERCISE: this reversal was an exercise, not a live incident.")));
    html += u"<h2>%1</h2><table>"_s.arg(esc(AarText::tr("Overview")));
    html += row(AarText::tr("Exercise name"), o.scenarioTitle.isEmpty() ? o.title : o.scenarioTitle);
    html += row(AarText::tr("Reversal"), r.incident);
    html += row(AarText::tr("Service"), o.service);
    html += row(AarText::tr("Mode"), o.exercise ? AarText::tr("exercise") : AarText::tr("live"));
    html += row(AarText::tr("Date"), AarText::time(o.started));
    html +=
        row(AarText::tr("Ended"), o.closed ? AarText::time(*o.closed)
                                           : AarText::tr("not closed (last row %1)").arg(AarText::time(o.endOfRecord)));
    html += row(AarText::tr("Scenario"), o.scenarioFile.isEmpty() ? AarText::tr("(no scenario recorded)")
                                                                  : o.scenarioFile + u"  sha256 "_s + o.scenarioSha256);
    html += u"</table>"_s;
    html += u"<h2>%1</h2>"_s.arg(esc(AarText::tr("Objectives")));
    html += list(o.objectives, AarText::tr("None recorded."));
    html += u"<h2>%1</h2>"_s.arg(esc(AarText::tr("Participants and their roles")));
    QStringList people;
    for (const AarParticipant& p : o.participants)
        people << AarText::tr("%1: %2").arg(p.name, p.role);
    return html + list(people, AarText::tr("None recorded."));
}

QString timers(const AfterActionReport& r) {
    QString html = u"<h2>%1</h2>"_s.arg(esc(AarText::tr("Timers")));
    if (r.timers.isEmpty())
        return html + u"<p>%1</p>"_s.arg(esc(AarText::tr("No timer ran.")));
    html += u"<table class='grid' width='100%' cellspacing='0'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
            "<th>%5</th><th>%6</th><th>%7</th></tr>"_s.arg(esc(AarText::tr("Kind")), esc(AarText::tr("Item")),
                                                           esc(AarText::tr("Owner")), esc(AarText::tr("Started")),
                                                           esc(AarText::tr("Due")), esc(AarText::tr("Acted")),
                                                           esc(AarText::tr("Met or missed")));
    for (const AarTimer& t : r.timers)
        html +=
            u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td class='%7'>%8</td></tr>"_s.arg(
                esc(AarText::timerKind(t.kind)), esc(t.item), esc(t.owner), esc(AarText::time(t.started)),
                esc(AarText::time(t.due)), esc(t.acted ? AarText::time(*t.acted) : AarText::tr("never")),
                t.met ? u"ok"_s : (t.missed() ? u"warn"_s : u"open"_s), esc(AarText::timerOutcome(t)));
    return html + u"</table>"_s;
}

QString injects(const AfterActionReport& r) {
    QString html = u"<h2>%1</h2>"_s.arg(esc(AarText::tr("Injects and what was expected")));
    html += u"<p>%1</p>"_s.arg(esc(AarText::tr("Score: %1 of %2 met (%3%); %4 gaps. Every inject without an "
                                               "expectation counts as a gap.")
                                       .arg(r.score.met)
                                       .arg(r.score.counted)
                                       .arg(QString::number(r.score.percent(), 'f', 0))
                                       .arg(r.score.gaps)));
    if (r.score.metByScript > 0)
        html += u"<p><b>%1</b></p>"_s.arg(
            esc(AarText::tr("%1 of the %2 met were played by the scenario's script (operator steps), not by the room.")
                    .arg(r.score.metByScript)
                    .arg(r.score.met)));
    if (r.injects.isEmpty())
        return html + u"<p>%1</p>"_s.arg(esc(AarText::tr("No inject was recorded.")));
    html += u"<table class='grid' width='100%' cellspacing='0'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
            "<th>%5</th></tr>"_s.arg(esc(AarText::tr("At")), esc(AarText::tr("Inject")), esc(AarText::tr("To")),
                                     esc(AarText::tr("Expected")), esc(AarText::tr("Outcome")));
    for (const AarInject& inject : r.injects) {
        QStringList expected, outcomes;
        bool gap = inject.expects.isEmpty();
        for (const AarExpectation& e : inject.expects) {
            expected << esc(AarText::expectation(e));
            outcomes << u"<span class='%1'>%2</span>"_s.arg(e.isMet() ? u"ok"_s : u"warn"_s,
                                                            esc(AarText::expectationOutcome(e)));
            gap = gap || !e.isMet();
        }
        if (inject.expects.isEmpty())
            outcomes << u"<span class='warn'>%1</span>"_s.arg(esc(AarText::gapReason(u"no-expectation"_s)));
        html += u"<tr><td>%1</td><td>%2%3<br><span class='small'>%4</span></td><td>%5</td><td>%6</td><td>%7</td></tr>"_s
                    .arg(esc(AarText::time(inject.at)), gap ? u"<span class='warn'>GAP</span> "_s : QString(),
                         esc(inject.id), esc(inject.text), esc(inject.to), expected.join(u"<br>"_s),
                         outcomes.join(u"<br>"_s));
    }
    return html + u"</table>"_s;
}

QString review(const AfterActionReport& r) {
    QString html = u"<h2>%1</h2>"_s.arg(esc(AarText::tr("Strengths")));
    const events::ExerciseReview review = r.review.value_or(events::ExerciseReview{});
    html += list(review.strengths, AarText::tr("None written."));
    html += u"<h2>%1</h2>"_s.arg(esc(AarText::tr("Areas for improvement")));
    html += list(review.improvements, AarText::tr("None written."));
    html += u"<h2>%1</h2>"_s.arg(esc(AarText::tr("Improvement plan")));
    if (review.plan.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(esc(AarText::tr("None written.")));
    } else {
        html += u"<table class='grid' width='100%' cellspacing='0'><tr><th>%1</th><th>%2</th><th>%3</th></tr>"_s.arg(
            esc(AarText::tr("Corrective action")), esc(AarText::tr("Owner")), esc(AarText::tr("Due")));
        for (const events::PlanItem& item : review.plan)
            html +=
                u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(esc(item.action), esc(item.owner), esc(item.due));
        html += u"</table>"_s;
    }
    html += u"<h2>%1</h2>"_s.arg(esc(AarText::tr("Trainer's notes")));
    html += u"<p>%1</p>"_s.arg(review.notes.isEmpty() ? esc(AarText::tr("None written."))
                                                      : esc(review.notes).replace(u'\n', u"<br>"_s));
    return html;
}

} // namespace

QString AarText::duration(qint64 ms) {
    ms = qAbs(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return ms % 1000 ? tr("%1 s").arg(QString::number(ms / 1000.0, 'f', 1)) : tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString AarText::time(const QDateTime& at) {
    return at.isValid() ? at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s : QString();
}

QString AarText::timerOutcome(const AarTimer& t) {
    if (!t.acted)
        return t.marginMs < 0 ? tr("MISSED: never, %1 past due at the end").arg(duration(t.marginMs))
                              : tr("never; %1 left at the end").arg(duration(t.marginMs));
    if (t.marginMs == 0)
        return tr("met, exactly on time");
    return t.met ? tr("met, %1 to spare").arg(duration(t.marginMs)) : tr("MISSED by %1").arg(duration(t.marginMs));
}

QString AarText::timerKind(const QString& kind) {
    if (kind == "decision"_L1)
        return tr("decision");
    if (kind == "comms"_L1)
        return tr("comms");
    if (kind == "regulator"_L1)
        return tr("regulator");
    if (kind == "data-step"_L1)
        return tr("data step");
    if (kind == "gate"_L1)
        return tr("gate");
    return kind;
}

QString AarText::expectationOutcome(const AarExpectation& e) {
    switch (e.outcome) {
    case AarExpectation::Outcome::Met:
        return e.actedByScript ? tr("met at %1 by %2, played by the script").arg(time(*e.acted), e.actedBy)
                               : tr("met at %1 by %2").arg(time(*e.acted), e.actedBy);
    case AarExpectation::Outcome::Late:
        return tr("GAP: late, at %1 by %2 (%3 after the due time)")
            .arg(time(*e.acted), e.actedBy, duration(e.due->msecsTo(*e.acted)));
    case AarExpectation::Outcome::WrongRole:
        return tr("GAP: done by %1 (%2), not by the role expected").arg(e.actedBy, e.actedByRole);
    case AarExpectation::Outcome::Unmet:
        return tr("GAP: nobody did it");
    }
    return {};
}

QString AarText::gapReason(const QString& reason) {
    if (reason == "no-expectation"_L1)
        return tr("GAP: nothing was expected of this inject");
    if (reason == "late"_L1)
        return tr("GAP: done late");
    if (reason == "wrong-role"_L1)
        return tr("GAP: done by another role");
    return tr("GAP: nobody did it");
}

QString AarText::expectation(const AarExpectation& e) {
    QString text = e.act + u' ' + e.item;
    if (!e.role.isEmpty())
        text += u" ("_s + e.role + u')';
    if (e.withinMs)
        text = tr("%1 within %2").arg(text, duration(*e.withinMs));
    return text;
}

QString AarText::html(const AfterActionReport& report, const QString& chartUrl) {
    QString html = u"<html><head><style>%1</style></head><body>"_s.arg(QLatin1String(kStyle));
    html += overview(report);
    html += timers(report);
    html += u"<h2>%1</h2>"_s.arg(esc(tr("Level over time")));
    if (!chartUrl.isEmpty())
        html += u"<p><img src='%1' width='640'></p>"_s.arg(esc(chartUrl));
    html += injects(report);
    html += review(report);
    return html + u"</body></html>"_s;
}

} // namespace turnback
