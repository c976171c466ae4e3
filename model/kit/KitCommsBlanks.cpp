#include "KitCommsBlanks.h"

#include <QSet>

#include <algorithm>

namespace turnback::KitCommsBlanks {

namespace {
QString str(const char* text) {
    return QString::fromLatin1(text);
}

/// The rules a blank's type and choices keep, checked at `map` (the kit's or the overlay's entry).
void checkChoices(YamlMap& map, const CommsBlank& blank) {
    if (blank.type == BlankType::Choice && blank.choices.isEmpty())
        map.error(map.has(str("choices")) ? str("choices") : str("type"),
                  QStringLiteral("blank '%1' is a choice and must list its 'choices'").arg(blank.name));
    if (blank.type != BlankType::Choice && map.has(str("choices")))
        map.error(str("choices"), QStringLiteral("blank '%1' has 'choices' but its type is '%2'; only a 'choice' "
                                                 "blank has choices")
                                      .arg(blank.name, blankTypeId(blank.type)));
}

void checkUsed(YamlMap& map, const CommsBlank& blank, const CommsTemplate& comms) {
    if (!comms.placeholders().contains(blank.name))
        map.error(str("name"), QStringLiteral("blank '%1' is declared but neither the subject nor the body uses "
                                              "{{%1}}; remove it or use it")
                                   .arg(blank.name));
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
    checkUsed(map, blank, comms);
    checkChoices(map, blank);
    return blank;
}

/// One overlay entry: the keys it gives replace the blank's; the others keep the kit's.
void overrideBlank(YamlReader& reader, const YamlNode* node, CommsTemplate& comms, QSet<QString>& seen) {
    YamlMap map(reader, node, str("blank"), blankKeys());
    const QString name = map.text(str("name"), Need::Required);
    if (!map.isMap() || name.isEmpty())
        return;
    map.setWhat(QStringLiteral("blank '%1'").arg(name));
    if (seen.contains(name)) {
        map.error(str("name"), QStringLiteral("blank '%1' is changed twice in %2").arg(name, comms.id));
        return;
    }
    seen.insert(name);
    auto existing =
        std::find_if(comms.blanks.begin(), comms.blanks.end(), [&](const CommsBlank& b) { return b.name == name; });
    CommsBlank blank = existing != comms.blanks.end() ? *existing : CommsBlank{name, name};
    blank.declared = true;
    if (map.has(str("label")))
        blank.label = map.text(str("label"), Need::Required);
    if (map.has(str("type"))) {
        const QString type = map.choice(str("type"), blankTypeIds(), Need::Required);
        blank.type = blankTypeFromId(type).value_or(blank.type);
        if (blank.type != BlankType::Choice)
            blank.choices.clear(); // a choice no longer: its old choices go with it
    }
    if (map.has(str("required")))
        blank.required = map.boolean(str("required"), Need::Required).value_or(blank.required);
    if (map.has(str("choices")))
        blank.choices = map.textList(str("choices"), Need::Required);
    if (map.has(str("help")))
        blank.help = map.text(str("help"), Need::Optional);
    blank.where = reader.document().location(map.node());
    checkUsed(map, blank, comms);
    checkChoices(map, blank);
    if (existing != comms.blanks.end())
        *existing = blank;
    else
        comms.blanks << blank;
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

void overrideBlanks(YamlMap& map, CommsTemplate& comms) {
    QSet<QString> seen;
    for (const YamlNode* node : map.list(str("blanks"), Need::Required)) {
        if (map.reader().aborted())
            break;
        overrideBlank(map.reader(), node, comms, seen);
    }
}

} // namespace turnback::KitCommsBlanks
