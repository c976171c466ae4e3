#include "Kit.h"

#include <QRegularExpression>

#include <algorithm>

namespace turnback {

std::optional<Level> levelFromId(const QString& id) {
    if (id == QLatin1String("slow"))
        return Level::Slow;
    if (id == QLatin1String("stop"))
        return Level::Stop;
    if (id == QLatin1String("reverse"))
        return Level::Reverse;
    return std::nullopt;
}

QString levelId(Level level) {
    switch (level) {
    case Level::Normal:
        return QStringLiteral("normal");
    case Level::Slow:
        return QStringLiteral("slow");
    case Level::Stop:
        return QStringLiteral("stop");
    case Level::Reverse:
        return QStringLiteral("reverse");
    }
    return {};
}

QString comparisonText(Comparison comparison) {
    switch (comparison) {
    case Comparison::Greater:
        return QStringLiteral(">");
    case Comparison::GreaterOrEqual:
        return QStringLiteral(">=");
    case Comparison::Less:
        return QStringLiteral("<");
    case Comparison::LessOrEqual:
        return QStringLiteral("<=");
    }
    return {};
}

std::optional<Comparison> comparisonFromText(const QString& text) {
    const QString t = text.trimmed();
    if (t == QLatin1String(">"))
        return Comparison::Greater;
    if (t == QLatin1String(">="))
        return Comparison::GreaterOrEqual;
    if (t == QLatin1String("<"))
        return Comparison::Less;
    if (t == QLatin1String("<="))
        return Comparison::LessOrEqual;
    return std::nullopt;
}

std::optional<ValueRange> Threshold::valueRange() const {
    if (kind == Kind::Measured && unit == QLatin1String("%"))
        return ValueRange{0, 100};
    return std::nullopt;
}

QString Threshold::text() const {
    const QString number = QString::number(limit, 'g', 15);
    switch (kind) {
    case Kind::Measured: {
        QString out = comparisonText(comparison) + number + unit;
        if (!of.isEmpty())
            out += QLatin1Char(' ') + of;
        if (sustain)
            out += QStringLiteral(" for ") + Duration::humanText(*sustain);
        return out;
    }
    case Kind::Count: {
        QString out = comparisonText(comparison) + number;
        if (!unit.isEmpty())
            out += QLatin1Char(' ') + unit;
        if (!of.isEmpty())
            out += QLatin1Char(' ') + of;
        return out + QStringLiteral(" in ") + Duration::humanText(window);
    }
    case Kind::Any:
        return of.isEmpty() ? QStringLiteral("Any") : QStringLiteral("Any ") + of;
    }
    return {};
}

QStringList CommsTemplate::placeholders() const {
    static const QRegularExpression blank(QStringLiteral(R"(\{\{\s*([A-Za-z0-9_.-]+)\s*\}\})"));
    QStringList names;
    for (const QString* text : {&subject, &body}) {
        auto it = blank.globalMatch(*text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}

QList<CommsBlank> CommsTemplate::allBlanks() const {
    QList<CommsBlank> all;
    for (const QString& name : placeholders()) {
        const auto declared =
            std::find_if(blanks.begin(), blanks.end(), [&](const CommsBlank& b) { return b.name == name; });
        if (declared != blanks.end()) {
            all << *declared;
            continue;
        }
        CommsBlank blank;
        blank.name = name;
        blank.label = name;
        blank.where = where;
        all << blank;
    }
    return all;
}

namespace {
struct BlankTypeName {
    BlankType type;
    const char* id;
};
constexpr BlankTypeName kBlankTypes[] = {{BlankType::Text, "text"},
                                         {BlankType::Multiline, "multiline"},
                                         {BlankType::DateTime, "datetime"},
                                         {BlankType::Number, "number"},
                                         {BlankType::Choice, "choice"}};
} // namespace

QString blankTypeId(BlankType type) {
    for (const BlankTypeName& known : kBlankTypes)
        if (known.type == type)
            return QString::fromLatin1(known.id);
    return {};
}

std::optional<BlankType> blankTypeFromId(const QString& id) {
    for (const BlankTypeName& known : kBlankTypes)
        if (id == QLatin1String(known.id))
            return known.type;
    return std::nullopt;
}

QStringList blankTypeIds() {
    QStringList ids;
    for (const BlankTypeName& known : kBlankTypes)
        ids << QString::fromLatin1(known.id);
    return ids;
}

const Role* Kit::role(const QString& roleId) const {
    for (const Role& r : roles)
        if (r.id == roleId)
            return &r;
    return nullptr;
}

const Regulator* Kit::regulator(const QString& regulatorId) const {
    for (const Regulator& r : regulators)
        if (r.id == regulatorId)
            return &r;
    return nullptr;
}

const RegulatorReport* Regulator::report(const QString& reportId) const {
    for (const RegulatorReport& r : reports)
        if (r.id == reportId)
            return &r;
    return nullptr;
}

const LevelDefinition* Kit::levelDefinition(Level level) const {
    for (const LevelDefinition& l : levels)
        if (l.level == level)
            return &l;
    return nullptr;
}

const Signal* Kit::signal(const QString& signalId) const {
    for (const Signal& s : signalList)
        if (s.id == signalId)
            return &s;
    return nullptr;
}

const CommsTemplate* Kit::commsTemplate(const QString& templateId) const {
    for (const CommsTemplate& t : comms)
        if (t.id == templateId)
            return &t;
    return nullptr;
}

const DataProcedure* Kit::dataProcedure(const QString& procedureId) const {
    for (const DataProcedure& p : dataProcedures)
        if (p.id == procedureId)
            return &p;
    return nullptr;
}

const ImpactPrompt* Kit::impactPrompt(const QString& promptId) const {
    for (const ImpactPrompt& p : impactPrompts)
        if (p.id == promptId)
            return &p;
    return nullptr;
}

const StageChecklist* Kit::stageChecklist(const QString& stageId) const {
    for (const StageChecklist& s : stages)
        if (s.id == stageId)
            return &s;
    return nullptr;
}

const StageChecklist* Kit::firstStageOfKind(const QString& stage) const {
    for (const StageChecklist& s : stages)
        if (s.stage == stage)
            return &s;
    return nullptr;
}

const ChecklistItem* StageChecklist::item(const QString& itemId) const {
    for (const ChecklistItem& i : items)
        if (i.id == itemId)
            return &i;
    return nullptr;
}

const DataStep* DataProcedure::step(const QString& stepId) const {
    for (const DataStep& s : steps)
        if (s.id == stepId)
            return &s;
    return nullptr;
}

namespace {
/// `{{step-id: evidence name}}` in a destructive step's `confirm` text.
const QRegularExpression& confirmBlank() {
    static const QRegularExpression blank(QStringLiteral(R"(\{\{\s*([A-Za-z0-9_.-]+)\s*:\s*([^{}]*?)\s*\}\})"));
    return blank;
}
} // namespace

QList<QPair<QString, QString>> DataStep::confirmBlanks() const {
    QList<QPair<QString, QString>> blanks;
    for (auto it = confirmBlank().globalMatch(confirm); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        blanks.append({match.captured(1), match.captured(2)});
    }
    return blanks;
}

QString DataStep::confirmText(const std::function<QString(const QString&, const QString&)>& recorded) const {
    QString text;
    qsizetype from = 0;
    for (auto it = confirmBlank().globalMatch(confirm); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        text += confirm.mid(from, match.capturedStart() - from) + recorded(match.captured(1), match.captured(2));
        from = match.capturedEnd();
    }
    return text + confirm.mid(from);
}

QString impactAnswerTypeId(ImpactAnswerType type) {
    switch (type) {
    case ImpactAnswerType::Text:
        return QStringLiteral("text");
    case ImpactAnswerType::Number:
        return QStringLiteral("number");
    case ImpactAnswerType::Choice:
        return QStringLiteral("choice");
    }
    return {};
}

QString Kit::levelLabel(Level level) const {
    const LevelDefinition* definition = levelDefinition(level);
    return definition && !definition->label.isEmpty() ? definition->label : levelId(level);
}

QString Kit::roleTitle(const QString& roleId) const {
    const Role* r = role(roleId);
    return r && !r->title.isEmpty() ? r->title : roleId;
}

} // namespace turnback
