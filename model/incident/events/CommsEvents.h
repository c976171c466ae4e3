#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace turnback {

struct AuditRecord;

namespace events {

// A comms template sent or drafted (docs/incident-events.md, "Comms"). Rows of the reversal, written
// with ReversalSession::recordAside; they change no level and no obligation, so they are kept beside
// the fold (Incident::commsSent, Incident::commsDraft) rather than in IncidentEvent.

/// How a message left Turnback.
enum class CommsChannel {
    Clipboard,  ///< copied as text, to paste into a ticket, chat or web form
    EmlFile,    ///< saved as an .eml file
    MailClient, ///< saved as an .eml file and handed to the user's mail client
    Scripted,   ///< sent by an exercise scenario's `send` step: nothing left Turnback
};
QString channelId(CommsChannel channel); ///< "clipboard", "eml", "mail-client", "exercise-script"
std::optional<CommsChannel> channelFromId(const QString& id);

/// A message sent. Target: the template id.
struct CommsSent {
    inline static const QString kind = QStringLiteral("comms.sent");
    QString templateId; ///< "template"
    QString audience;
    QStringList recipients; ///< as written in the To line: "Name <address>" or a group name
    CommsChannel channel = CommsChannel::Clipboard;
    QString subject;
    QString body;
    QString sha256;     ///< lowercase hex of the exact bytes that left Turnback: the clipboard text, or the .eml
                        ///< file (a scripted send: the text the clipboard would have had)
    QString file;       ///< the .eml file written; empty for the clipboard
    QString logHead;    ///< the audit log head fingerprint the message carries; empty when it carries none
    QString dueUtc;     ///< when the template was owed (docs/incident-events.md)
    QString lateReason; ///< why it went after dueUtc; empty when it was on time

    QJsonObject toJson() const;
    static std::optional<CommsSent> fromJson(const QJsonObject& payload);
    static std::optional<CommsSent> fromRecord(const AuditRecord& record);
    friend bool operator==(const CommsSent&, const CommsSent&) = default;
};

/// A draft saved: every blank as it stands, and which ones changed since the previous draft of the
/// same template. Target: the template id.
struct CommsDraftSaved {
    inline static const QString kind = QStringLiteral("comms.draft.saved");
    QString templateId;
    QHash<QString, QString> values; ///< blank name -> value, every blank the operator filled
    QStringList changed;            ///< blank names whose value differs from the previous draft, sorted
    QStringList recipients;

    QJsonObject toJson() const;
    static std::optional<CommsDraftSaved> fromJson(const QJsonObject& payload);
    static std::optional<CommsDraftSaved> fromRecord(const AuditRecord& record);
    friend bool operator==(const CommsDraftSaved&, const CommsDraftSaved&) = default;
};

} // namespace events
} // namespace turnback
