#include "CommsEvents.h"

#include "AuditRecord.h"
#include "EventJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace turnback::events {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr std::array kChannels = {CommsChannel::Clipboard, CommsChannel::EmlFile, CommsChannel::MailClient,
                                  CommsChannel::Scripted};

QJsonObject payloadOf(const AuditRecord& record) {
    return QJsonDocument::fromJson(record.payload.toUtf8()).object();
}
} // namespace

QString channelId(CommsChannel channel) {
    switch (channel) {
    case CommsChannel::Clipboard:
        return u"clipboard"_s;
    case CommsChannel::EmlFile:
        return u"eml"_s;
    case CommsChannel::MailClient:
        return u"mail-client"_s;
    case CommsChannel::Scripted:
        return u"exercise-script"_s;
    }
    return {};
}

std::optional<CommsChannel> channelFromId(const QString& id) {
    for (const CommsChannel known : kChannels)
        if (channelId(known) == id)
            return known;
    return std::nullopt;
}

QJsonObject CommsSent::toJson() const {
    QJsonObject payload{{"template"_L1, templateId},
                        {"audience"_L1, audience},
                        {"recipients"_L1, QJsonArray::fromStringList(recipients)},
                        {"channel"_L1, channelId(channel)},
                        {"subject"_L1, subject},
                        {"body"_L1, body},
                        {"sha256"_L1, sha256},
                        {"log_head"_L1, logHead},
                        {"due_utc"_L1, dueUtc},
                        {"late_reason"_L1, lateReason}};
    if (!file.isEmpty())
        payload.insert("file"_L1, file);
    return payload;
}

std::optional<CommsSent> CommsSent::fromJson(const QJsonObject& p) {
    const std::optional<CommsChannel> channel = channelFromId(json::text(p, "channel"_L1));
    if (!channel || json::text(p, "template"_L1).isEmpty())
        return std::nullopt;
    CommsSent sent;
    sent.templateId = json::text(p, "template"_L1);
    sent.audience = json::text(p, "audience"_L1);
    sent.recipients = json::texts(p, "recipients"_L1);
    sent.channel = *channel;
    sent.subject = json::text(p, "subject"_L1);
    sent.body = json::text(p, "body"_L1);
    sent.sha256 = json::text(p, "sha256"_L1);
    sent.file = json::text(p, "file"_L1);
    sent.logHead = json::text(p, "log_head"_L1);
    sent.dueUtc = json::text(p, "due_utc"_L1);
    sent.lateReason = json::text(p, "late_reason"_L1);
    return sent;
}

std::optional<CommsSent> CommsSent::fromRecord(const AuditRecord& record) {
    return record.kind == kind ? fromJson(payloadOf(record)) : std::nullopt;
}

QJsonObject CommsDraftSaved::toJson() const {
    QJsonObject blanks;
    for (auto it = values.begin(); it != values.end(); ++it)
        blanks.insert(it.key(), it.value());
    return {{"template"_L1, templateId},
            {"values"_L1, blanks},
            {"changed"_L1, QJsonArray::fromStringList(changed)},
            {"recipients"_L1, QJsonArray::fromStringList(recipients)}};
}

std::optional<CommsDraftSaved> CommsDraftSaved::fromJson(const QJsonObject& p) {
    if (json::text(p, "template"_L1).isEmpty())
        return std::nullopt;
    CommsDraftSaved draft;
    draft.templateId = json::text(p, "template"_L1);
    const QJsonObject blanks = p.value("values"_L1).toObject();
    for (auto it = blanks.begin(); it != blanks.end(); ++it)
        draft.values.insert(it.key(), it.value().toString());
    draft.changed = json::texts(p, "changed"_L1);
    draft.recipients = json::texts(p, "recipients"_L1);
    return draft;
}

std::optional<CommsDraftSaved> CommsDraftSaved::fromRecord(const AuditRecord& record) {
    return record.kind == kind ? fromJson(payloadOf(record)) : std::nullopt;
}

} // namespace turnback::events
