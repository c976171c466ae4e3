#include "KitCommsBlanks.h"

#include <QSet>

namespace turnback::KitCommsBlanks {

namespace {
QString str(const char* text) {
    return QString::fromLatin1(text);
}

CommsBlank readBlank(YamlReader& reader, const YamlNode* node, const CommsTemplate& comms, QSet<QString>& seen) {
    YamlMap map(reader, node, str("blank"), blankKeys());
    CommsBlank blank;
    blank.declared = true;
    blank.name = map.text(str("name"), Need::Required);
    if (!blank.name.isEmpty())
        map.setWhat(QStringLiteral("blank '%1'").arg(blank.name));
    blank.label = map.text(str("label"), Need::Optional);
    if (blank.label.isEmpty())
        blank.label = blank.name;
    const QString type = map.choice(str("type"), blankTypeIds(), Need::Optional);
    blank.type = blankTypeFromId(type).value_or(BlankType::Text);
    blank.required = map.boolean(str("required"), Need::Optional).value_or(true);
    blank.choices = map.textList(str("choices"), Need::Optional);
    blank.help = map.text(str("help"), Need::Optional);
    blank.where = reader.document().location(map.node());
    if (!map.isMap() || blank.name.isEmpty())
        return blank;

    if (seen.contains(blank.name))
        map.error(str("name"), QStringLiteral("blank '%1' is declared twice in %2").arg(blank.name, comms.id));
    seen.insert(blank.name);
    if (!comms.placeholders().contains(blank.name))
        map.error(str("name"), QStringLiteral("blank '%1' is declared but neither the subject nor the body uses "
                                              "{{%1}}; remove it or use it")
                                   .arg(blank.name));
    if (blank.type == BlankType::Choice && blank.choices.isEmpty())
        map.error(map.has(str("choices")) ? str("choices") : str("type"),
                  QStringLiteral("blank '%1' is a choice and must list its 'choices'").arg(blank.name));
    if (blank.type != BlankType::Choice && map.has(str("choices")))
        map.error(str("choices"), QStringLiteral("blank '%1' has 'choices' but its type is '%2'; only a 'choice' "
                                                 "blank has choices")
                                      .arg(blank.name, blankTypeId(blank.type)));
    return blank;
}
} // namespace

QStringList blankKeys() {
    return {str("name"), str("label"), str("type"), str("required"), str("choices"), str("help")};
}

QList<CommsBlank> readBlanks(YamlMap& map, const CommsTemplate& comms) {
    QList<CommsBlank> blanks;
    QSet<QString> seen;
    for (const YamlNode* node : map.list(str("blanks"), Need::Optional)) {
        if (map.reader().aborted())
            break;
        blanks << readBlank(map.reader(), node, comms, seen);
    }
    return blanks;
}

} // namespace turnback::KitCommsBlanks
