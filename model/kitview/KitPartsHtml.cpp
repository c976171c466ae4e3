#include "KitPartsHtml.h"

namespace turnback {

namespace {
QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString paragraphs(const QString& text) {
    QString out;
    const QStringList blocks = text.split(QStringLiteral("\n\n"));
    for (const QString& block : blocks)
        if (!block.trimmed().isEmpty())
            out += QStringLiteral("<p>") + esc(block.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                   QStringLiteral("</p>");
    return out;
}

QString emptyNote(const QString& what) {
    return QStringLiteral("<p><i>") + esc(what) + QStringLiteral("</i></p>");
}
} // namespace

QString KitPartsHtml::overview(const Kit& kit) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(kit.name));
    html += paragraphs(kit.description);
    html += QStringLiteral("<p>%1 <code>%2</code></p>").arg(esc(tr("Kit file:")), esc(kit.sourceFile));
    for (const QString& overlay : kit.overlayFiles)
        html += QStringLiteral("<p>%1 <code>%2</code></p>").arg(esc(tr("Overlay:")), esc(overlay));
    return html;
}

QString KitPartsHtml::roles(const Kit& kit) {
    if (kit.roles.isEmpty())
        return emptyNote(tr("This kit names no roles."));
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='4'><tr><th>%1</th><th>%2</th>"
                                  "<th>%3</th><th>%4</th></tr>")
                       .arg(esc(tr("Role")), esc(tr("Person")), esc(tr("Contacts")), esc(tr("Notifies")));
    for (const Role& role : kit.roles) {
        QStringList notifies;
        for (const QString& id : role.notifies)
            notifies << kit.roleTitle(id);
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(role.title), esc(role.person.isEmpty() ? tr("(not assigned)") : role.person),
                         esc(role.contacts.join(QStringLiteral(", "))), esc(notifies.join(QStringLiteral(", "))));
    }
    return html + QStringLiteral("</table>");
}

QString KitPartsHtml::dueText(const CommsTemplate& c) {
    if (!c.dueFromStart)
        return tr("by its regulator clock, counted from its own trigger");
    return c.due.count() == 0 ? tr("immediately") : tr("within %1").arg(Duration::humanText(c.due));
}

QString KitPartsHtml::comms(const Kit& kit) {
    if (kit.comms.isEmpty())
        return emptyNote(tr("This kit has no comms packs."));
    QString html;
    for (const CommsTemplate& c : kit.comms) {
        html += QStringLiteral("<h3>%1 <small>(%2)</small></h3>").arg(esc(c.title), esc(c.audience));
        html += QStringLiteral("<p><b>%1</b> %2 &rarr; %3, %4 %5</p>")
                    .arg(esc(tr("Owed by")), esc(kit.roleTitle(c.owner)), esc(c.recipient), esc(tr("due")),
                         esc(dueText(c)));
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Subject:")), esc(c.subject));
        html += QStringLiteral("<pre>%1</pre>").arg(esc(c.body));
        const QStringList blanks = c.placeholders();
        if (!blanks.isEmpty())
            html += QStringLiteral("<p><i>%1</i> %2</p>")
                        .arg(esc(tr("Blanks to fill:")), esc(blanks.join(QStringLiteral(", "))));
    }
    return html;
}

QString KitPartsHtml::dataHandling(const Kit& kit) {
    if (kit.dataProcedures.isEmpty())
        return emptyNote(tr("This kit has no data-handling procedures."));
    QString html;
    for (const DataProcedure& p : kit.dataProcedures) {
        html += QStringLiteral("<h3>%1 <small>(%2)</small></h3>").arg(esc(p.title), esc(p.kind));
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Owner:")), esc(kit.roleTitle(p.owner)));
        html += paragraphs(p.purpose);
        html += QStringLiteral("<ol>");
        for (const DataStep& step : p.steps) {
            html += QStringLiteral("<li>") + esc(step.text);
            if (step.checkpoint)
                html += QStringLiteral(" <b>[%1]</b>").arg(esc(tr("CHECKPOINT")));
            if (!step.evidence.isEmpty())
                html += QStringLiteral("<br><i>%1</i> %2")
                            .arg(esc(tr("Evidence to capture:")), esc(step.evidence.join(QStringLiteral("; "))));
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    return html;
}

QString KitPartsHtml::stages(const Kit& kit) {
    if (kit.stages.isEmpty())
        return emptyNote(tr("This kit has no stage checklists."));
    QString html;
    for (const StageChecklist& s : kit.stages) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(s.title));
        html += paragraphs(s.summary);
        if (s.window)
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("The window stays open %1 once opened.").arg(esc(Duration::humanText(*s.window))));
        // Plain bullets, not ☐: this page is read, not ticked (the Stages tab records, in a reversal).
        html += QStringLiteral("<ul>");
        for (const ChecklistItem& item : s.items) {
            html += QStringLiteral("<li>") + esc(item.text);
            if (!item.owner.isEmpty())
                html += QStringLiteral(" <i>(%1)</i>").arg(esc(kit.roleTitle(item.owner)));
            if (item.within)
                html += QStringLiteral(" — ") + esc(tr("within %1").arg(Duration::humanText(*item.within)));
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
        if (!s.relaunchCriteria.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Relaunch criteria")));
            for (const RelaunchCriterion& c : s.relaunchCriteria)
                html += QStringLiteral("<li>%1</li>").arg(esc(c.text));
            html += QStringLiteral("</ul>");
        }
    }
    return html;
}

QString KitPartsHtml::impact(const Kit& kit) {
    if (kit.impactPrompts.isEmpty())
        return emptyNote(tr("This kit has no human-impact prompts."));
    QString html;
    QString group;
    for (const ImpactPrompt& p : kit.impactPrompts) {
        if (p.group != group) {
            if (!group.isEmpty())
                html += QStringLiteral("</ul>");
            group = p.group;
            QString heading = group;
            heading.replace(QLatin1Char('-'), QLatin1Char(' '));
            if (!heading.isEmpty())
                heading[0] = heading[0].toUpper();
            html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(heading));
        }
        html += QStringLiteral("<li>%1</li>").arg(esc(p.question));
    }
    return html + QStringLiteral("</ul>");
}

} // namespace turnback
