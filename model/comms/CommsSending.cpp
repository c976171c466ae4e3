#include "CommsSending.h"

#include "Clock.h"
#include "CommsPrefill.h"
#include "CommsSuggestion.h"
#include "Incident.h"
#include "ReversalSession.h"

#include <QCryptographicHash>

namespace turnback::CommsSending {

Start startingPoint(const ReversalSession& session, const CommsRender& render) {
    Start start;
    const CommsTemplate& comms = render.comms();
    if (const auto* draft = session.incident().draft(comms.id)) {
        start.values = draft->event.values;
        start.recipients = draft->event.recipients;
    } else {
        start.values = CommsPrefill::from(render, session.incident(), session.kit(),
                                          logHeadFingerprint(session.logHeadSeq(), session.logHeadHash()));
    }
    if (start.recipients.isEmpty())
        start.recipients << comms.recipient;
    return start;
}

CommsRender::Rendered withLogHeadLine(CommsRender::Rendered text, const QString& logHead) {
    if (logHead.isEmpty())
        return text;
    if (!text.body.endsWith(QLatin1Char('\n')))
        text.body += QLatin1Char('\n');
    text.body += QStringLiteral("\n-- \nTurnback audit log head: %1\n").arg(logHead);
    return text;
}

QString clipboardText(const CommsRender::Rendered& text) {
    return QCoreApplication::translate("CommsSending", "Subject: %1\n\n%2").arg(text.subject, text.body);
}

bool isLate(const Incident& incident, const Kit& kit, const QString& templateId, const QDateTime& now) {
    const QDateTime due = commsDueAt(incident, kit, templateId);
    return due.isValid() && !incident.firstSent(templateId) && now > due;
}

events::CommsSent record(const Sent& in) {
    events::CommsSent sent;
    sent.templateId = in.comms->id;
    sent.audience = in.comms->audience;
    sent.recipients = in.recipients;
    sent.channel = in.channel;
    sent.subject = in.text.subject;
    sent.body = in.text.body;
    sent.sha256 = QString::fromLatin1(QCryptographicHash::hash(in.bytes, QCryptographicHash::Sha256).toHex());
    sent.file = in.file;
    sent.logHead = in.logHead;
    sent.dueUtc = CommsRender::formatUtc(in.due);
    sent.lateReason = in.lateReason;
    return sent;
}

bool sendScripted(ReversalSession& session, const Scripted& send, QString* why) {
    const Incident& incident = session.incident();
    const Kit& kit = session.kit();
    if (!incident.isExercise()) {
        *why = QCoreApplication::translate("CommsSending",
                                           "A scripted send belongs to an exercise; this reversal is live.");
        return false;
    }
    const CommsTemplate* comms = kit.commsTemplate(send.templateId);
    if (!comms) {
        *why =
            QCoreApplication::translate("CommsSending", "The kit has no comms template \"%1\".").arg(send.templateId);
        return false;
    }
    const CommsRender render(*comms);
    Start start = startingPoint(session, render);
    for (auto it = send.values.cbegin(); it != send.values.cend(); ++it)
        start.values.insert(it.key(), it.value());
    if (const QList<BlankProblem> problems = render.problems(start.values); !problems.isEmpty()) {
        // One line: a scenario's refusal is one FILE:LINE:COLUMN error line.
        *why = QCoreApplication::translate("CommsSending", "%1 cannot be sent as it stands: %2")
                   .arg(comms->title, problemsText(problems).replace(QLatin1Char('\n'), QStringLiteral("; ")));
        return false;
    }
    const QDateTime now = session.clock().utcNow();
    const bool late = isLate(incident, kit, comms->id, now);
    if (late && send.lateReason.trimmed().isEmpty()) {
        *why =
            QCoreApplication::translate("CommsSending", "%1 was due at %2: a late send needs a 'reason' for the delay.")
                .arg(comms->title, CommsRender::formatUtc(commsDueAt(incident, kit, comms->id)));
        return false;
    }
    Sent sent;
    sent.comms = comms;
    sent.logHead = send.withLogHead ? logHeadFingerprint(session.logHeadSeq(), session.logHeadHash()) : QString();
    sent.text = withLogHeadLine(render.render(start.values), sent.logHead);
    sent.recipients = send.recipients.isEmpty() ? start.recipients : send.recipients;
    sent.channel = events::CommsChannel::Scripted;
    sent.bytes = clipboardText(sent.text).toUtf8();
    sent.due = commsDueAt(incident, kit, comms->id);
    sent.lateReason = late ? send.lateReason.trimmed() : QString();
    if (!session.recordComms(record(sent))) {
        *why = session.errorString();
        return false;
    }
    return true;
}

} // namespace turnback::CommsSending
