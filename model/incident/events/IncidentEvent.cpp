#include "IncidentEvent.h"

#include "AuditRecord.h"

#include <QJsonDocument>

namespace turnback::events {

namespace {

template <typename Event>
bool readAs(const QString& kind, const QJsonObject& payload, std::optional<IncidentEvent>& out) {
    if (kind != Event::kind)
        return false;
    if (std::optional<Event> event = Event::fromJson(payload))
        out = std::move(*event);
    return true;
}

template <typename... Events>
std::optional<IncidentEvent> readAny(const QString& kind, const QJsonObject& payload, std::variant<Events...>*) {
    std::optional<IncidentEvent> out;
    (readAs<Events>(kind, payload, out) || ...);
    return out;
}

template <typename... Events> bool isKindOf(const QString& kind, std::variant<Events...>*) {
    return ((kind == Events::kind) || ...);
}

} // namespace

std::optional<IncidentEvent> fromJson(const QString& kind, const QJsonObject& payload) {
    return readAny(kind, payload, static_cast<IncidentEvent*>(nullptr));
}

std::optional<IncidentEvent> fromRecord(const AuditRecord& record) {
    if (!isIncidentEventKind(record.kind))
        return std::nullopt;
    return fromJson(record.kind, QJsonDocument::fromJson(record.payload.toUtf8()).object());
}

bool isIncidentEventKind(const QString& kind) {
    return isKindOf(kind, static_cast<IncidentEvent*>(nullptr));
}

QString kindOf(const IncidentEvent& event) {
    return std::visit([](const auto& e) { return std::decay_t<decltype(e)>::kind; }, event);
}

QString targetOf(const IncidentEvent& event) {
    return std::visit([](const auto& e) { return e.target(); }, event);
}

QJsonObject toJson(const IncidentEvent& event) {
    return std::visit([](const auto& e) { return e.toJson(); }, event);
}

} // namespace turnback::events
