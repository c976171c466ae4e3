#pragma once

#include "Kit.h"
#include "YamlReader.h"

namespace turnback::KitElements {

// Readers for the parts of a kit that both kit files and overlays write, so both are
// validated by the same rules. Each reports its problems through the YamlMap/YamlReader.

/// Key names, in the order the documentation lists them.
QStringList roleKeys();
QStringList thresholdKeys();
QStringList stepKeys();
QStringList itemKeys();
QStringList promptKeys();

/// Reads a role's own fields (its `notifies` are checked later, once every role is known).
Role readRole(YamlReader& reader, const YamlNode* node, IdRegistry& ids,
              QList<QPair<QString, const YamlNode*>>* notifies);
/// As readRole, from a mapping already opened with roleKeys() and whose id is `id`.
Role readRoleFrom(YamlMap& map, const QString& id, QList<QPair<QString, const YamlNode*>>* notifies);
/// Reads and checks a whole threshold.
Threshold readThreshold(YamlMap& map);
/// The rules that hold whatever set the fields: limit range, `for` only on measured, `within` only on count.
/// `map` is the threshold mapping the values came from, to point at the offending key.
void checkThreshold(const Threshold& threshold, YamlMap& map);
/// A data step; `earlier` are the steps before it in its procedure (its `confirm` may refer to them).
DataStep readStep(YamlReader& reader, const YamlNode* node, IdRegistry& ids, const QList<DataStep>& earlier);
ChecklistItem readItem(YamlReader& reader, const YamlNode* node, IdRegistry& ids, const Kit& kit);
ImpactPrompt readPrompt(YamlReader& reader, const YamlNode* node, IdRegistry& ids);

/// Reports `roleId` (found at `at`, written under `key`) when the kit has no such role.
void checkRole(YamlReader& reader, const Kit& kit, const QString& key, const QString& roleId, const YamlNode* at);
/// A list of role ids under `key`, each checked.
QStringList readRoleList(YamlMap& map, const QString& key, const Kit& kit);
/// Reports placeholders written wrongly ("{{ }}", "{{name" without the closing braces).
void checkPlaceholders(YamlMap& map, const QString& key, const QString& text);

} // namespace turnback::KitElements
