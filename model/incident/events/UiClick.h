#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace turnback {

struct AuditRecord;

namespace events {

/// A click a person made, as ui/ClickRecorder records it: kind `ui.click`, target the widget's
/// path, during a reversal in its incident. Not an incident event (it changes no state), but part
/// of the story: `nature` tells looking around (switching tabs, reading a part of the kit) from
/// acting (a button, an action, a choice), so the timeline can show acts and hide navigation.
struct UiClick {
    enum class Nature {
        Unmarked,   ///< written before clicks were marked
        Navigation, ///< looking around: a tab, a click into a table or text, a marked button or action
        Act,        ///< doing something: a button, an action, a choice
    };
    inline static const QString kind = QStringLiteral("ui.click");

    QString target;
    QString text; ///< the label of what was clicked, if it has one
    Nature nature = Nature::Unmarked;

    /// "navigation" / "act" ("" for Unmarked).
    static QString natureId(Nature nature);
    /// `detail` with the nature added, as ClickRecorder writes it.
    static QJsonObject marked(QJsonObject detail, Nature nature);
    /// The click a `ui.click` row records; nullopt for any other row.
    static std::optional<UiClick> fromRecord(const AuditRecord& record);
};

} // namespace events
} // namespace turnback
