#pragma once

#include "CommsEvents.h"
#include "CommsRender.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace turnback {

class Incident;
class ReversalSession;

/// Sending one of the kit's comms templates, as the comms wizard and an exercise scenario's `send`
/// step both do it (docs/incident-events.md, "Comms"): where the blanks start, the text that goes
/// out, whether it is late, and the comms.sent row that records the exact bytes. One path, so a
/// message is checked, timed and recorded the same way whoever sends it.
namespace CommsSending {

/// Where a template's blanks start: a saved draft as it was left, else what the record already
/// knows (CommsPrefill); the recipients: the draft's, else the template's own recipient.
struct Start {
    BlankValues values;
    QStringList recipients;
};
Start startingPoint(const ReversalSession& session, const CommsRender& render);

/// `text` ending with the audit log head fingerprint line when `logHead` is not empty.
CommsRender::Rendered withLogHeadLine(CommsRender::Rendered text, const QString& logHead);

/// The text a clipboard send copies: "Subject: ...", a blank line, the body.
QString clipboardText(const CommsRender::Rendered& text);

/// Whether sending template `templateId` at `now` is late: past its deadline and not sent before.
bool isLate(const Incident& incident, const Kit& kit, const QString& templateId, const QDateTime& now);

/// The comms.sent row for `bytes` that left Turnback by `channel` (`file`: the .eml written, if any).
struct Sent {
    const CommsTemplate* comms = nullptr;
    CommsRender::Rendered text;
    QStringList recipients;
    events::CommsChannel channel = events::CommsChannel::Clipboard;
    QByteArray bytes;
    QString file;
    QString logHead; ///< empty when the message carries none
    QDateTime due;
    QString lateReason; ///< empty when on time
};
events::CommsSent record(const Sent& sent);

/// An exercise scenario's `send` step: the template filled in from its starting point with
/// `values` laid over it, checked as the wizard checks it, and recorded as sent by the script
/// (channel "exercise-script"; the SHA-256 of the clipboard text). Nothing leaves Turnback.
struct Scripted {
    QString templateId;
    BlankValues values;     ///< blank name -> value, over the prefilled ones
    QStringList recipients; ///< empty: the starting point's
    QString lateReason;     ///< required when the send is late
    bool withLogHead = true;
};
/// True when recorded; false with why (a blank that cannot be sent, a late send without a reason,
/// not an exercise, or the session's own refusal).
bool sendScripted(ReversalSession& session, const Scripted& send, QString* why);

} // namespace CommsSending
} // namespace turnback
