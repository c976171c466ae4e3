#pragma once

#include "Kit.h"
#include "YamlReader.h"

namespace turnback {

/// Builds a Kit from a parsed kit file, reporting every problem it finds (not only the first).
class KitReader {
public:
    /// The kit format versions this build reads.
    static constexpr int FormatVersion = 1;

    explicit KitReader(YamlReader& reader);
    /// The kit as far as it could be read; the reader's error list says whether it is valid.
    Kit read();

private:
    void readRoles(YamlMap& top);
    void readLevels(YamlMap& top);
    void readSignals(YamlMap& top);
    void readComms(YamlMap& top);
    void readData(YamlMap& top);
    void readStages(YamlMap& top);
    /// A stage's `window` (live rollback) and `relaunch_criteria` (recovery), checked against its kind.
    void readStageExtras(YamlMap& map, StageChecklist& stage);
    void readImpact(YamlMap& top);
    void readRegulators(YamlMap& top);
    /// Every template without `due` must be used by a regulator report.
    void checkCommsOwed();
    std::optional<Level> readLevelRef(YamlMap& map, const QString& key);

    YamlReader& m_reader;
    Kit m_kit;
    QList<QPair<QString, const YamlNode*>> m_withoutDue; ///< comms templates written without `due`
};

} // namespace turnback
