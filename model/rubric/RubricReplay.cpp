#include "RubricReplay.h"

#include "RubricEngine.h"

namespace turnback::RubricReplay {

namespace {

QString jsonString(const QString& text) {
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

} // namespace

QString jsonLine(const RubricTransition& transition) {
    QString line = QStringLiteral("{\"at\": ") + streamSecondsText(transition.at) + QStringLiteral(", \"signal\": ") +
                   jsonString(transition.signalId) + QStringLiteral(", \"event\": \"") +
                   transitionEventId(transition.event) + QLatin1Char('"');
    if (transition.event == RubricTransition::Event::Triggered)
        line += QStringLiteral(", \"level\": \"") + levelId(transition.level) + QLatin1Char('"');
    line += QLatin1Char('}');
    return line;
}

QStringList jsonLines(const Kit& kit, const QList<Observation>& observations, QString* error,
                      std::optional<Milliseconds> until) {
    if (error)
        error->clear();
    RubricEngine engine(kit);
    QStringList lines;
    const auto append = [&lines](const QList<RubricTransition>& transitions) {
        for (const RubricTransition& transition : transitions)
            lines.append(jsonLine(transition));
    };
    for (qsizetype i = 0; i < observations.size(); ++i) {
        if (until && observations[i].at > *until)
            break;
        QString why;
        const QList<RubricTransition> transitions = engine.observe(observations[i], &why);
        if (!why.isEmpty()) {
            if (error)
                *error = QStringLiteral("observation %1: %2").arg(i + 1).arg(why);
            return lines;
        }
        append(transitions);
    }
    // The last sample holds. Each scheduled change happens once (a wait fires, an occurrence leaves
    // its window) and always after now, so this ends; the check only guards that promise.
    if (until) {
        append(engine.advanceTo(*until));
        return lines;
    }
    for (std::optional<Milliseconds> next = engine.nextScheduledTransition(); next && *next > engine.now();
         next = engine.nextScheduledTransition())
        append(engine.advanceTo(*next));
    return lines;
}

} // namespace turnback::RubricReplay
