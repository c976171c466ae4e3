#pragma once

// Private to ScenarioLoader: the reader of one scenario file, split along the format versions
// (ScenarioLoader.cpp reads what format 1 has, ScenarioFormat2.cpp what format 2 adds).

#include "Scenario.h"
#include "YamlReader.h"

#include <QSet>

#include <optional>

namespace turnback {

class ScenarioReader {
public:
    ScenarioReader(YamlReader& reader, const Kit& kit)
        : m_reader(reader)
        , m_kit(kit) {}

    Scenario read();

    /// The actions a step may do, by format: format 2 adds message, regulator-trigger and answer.
    static const QStringList& actionKeys();
    /// The keys a step may have besides `at` and `note`, by its action (empty: no action found).
    static QStringList stepKeys(const QString& action);
    /// The actions the file's own format has, for messages.
    QStringList actionsOfFormat() const { return m_scenario.formatVersion < 2 ? actionKeys().mid(0, 6) : actionKeys(); }

private:
    std::optional<Milliseconds> time(YamlMap& map, const QString& key, Need need);
    std::optional<ScenarioOperator> readOperator(YamlMap& parent, const QString& key, Need need);
    const Signal* checkSignal(YamlMap& map, const QString& key, const QString& signalId);
    bool checkRole(const QString& key, const QString& roleId, const YamlNode* at);
    std::optional<ScenarioStep> readStep(const YamlNode* node, int number);
    void readObserve(YamlMap& map, ScenarioStep& step);
    void readNotify(YamlMap& map, ScenarioStep& step);
    void readDecide(YamlMap& map, ScenarioStep& step);

    // Format 2 (ScenarioFormat2.cpp)
    /// objectives, participants, operator-steps.
    void readFormat2Top(YamlMap& top);
    /// Refuses `key` in a format 1 file: false (and an error) when it is there.
    bool allowedInFormat(YamlMap& map, const QString& key);
    /// `keys` as the file's format has them; in a format 1 file, each format 2 key the step uses is
    /// reported as needing format 2 and kept (so it is not also called unknown).
    QStringList keysOfFormat(const QStringList& keys, const YamlNode* step);
    /// The action keys of format 2 (message, regulator-trigger, answer) and the inject keys
    /// (id, expect) of every step; false when the step is format 2 in a format 1 file.
    bool readFormat2Step(YamlMap& map, const QString& action, ScenarioStep& step, int number);
    void readExpectations(YamlMap& map, ScenarioStep& step);
    /// Whether `item` names something of the kit that `act` can be done on; otherwise an error at `at`.
    bool checkExpectedItem(const QString& act, const QString& item, const YamlNode* at);

    /// Whether the step has `key`, or a misspelling of it that was already reported with "did you mean".
    bool hasOrSuggested(const YamlMap& map, const QString& key) const {
        return map.has(key) || m_suggested.contains(key);
    }

    YamlReader& m_reader;
    const Kit& m_kit;
    Scenario m_scenario;
    QStringList m_suggested;         ///< of the step being read
    QHash<QString, int> m_injectIds; ///< id -> line, to report a duplicate
};

} // namespace turnback
