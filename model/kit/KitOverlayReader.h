#pragma once

#include "Kit.h"
#include "YamlReader.h"

namespace turnback {

/// Applies one service overlay file to a loaded kit. An overlay can fill in and adjust (people,
/// contacts, thresholds, timers, notification lists, recipients, due times) and add (roles,
/// checklist items, data steps, impact prompts); it has no way to remove anything, so a rubric
/// signal can never be dropped by an overlay. Every problem points into the overlay file.
class KitOverlayReader {
public:
    static constexpr int FormatVersion = 1;

    KitOverlayReader(YamlReader& reader, Kit& kit);
    void apply();

private:
    void applyRoles(YamlMap& top);
    void applySignals(YamlMap& top);
    void applyComms(YamlMap& top);
    void applyData(YamlMap& top);
    void applyStages(YamlMap& top);
    void applyImpact(YamlMap& top);
    void applyRegulators(YamlMap& top);
    /// `impact.require`: the kit's (or the overlay's) prompts this service must answer before closing.
    void requirePrompts(YamlMap& impact);
    /// The id of an overlay entry that must name an existing part of the kit; empty when it does not.
    QString existingId(YamlMap& map, const QString& kind, const QStringList& known);

    YamlReader& m_reader;
    Kit& m_kit;
};

} // namespace turnback
