#include "CommsRender.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <utility>

namespace turnback {

QString BlankProblem::message() const {
    const QString who = label == name ? QStringLiteral("'%1'").arg(name) : QStringLiteral("'%1' (%2)").arg(label, name);
    switch (reason) {
    case Reason::Missing:
        return CommsRender::tr("%1 is required and empty").arg(who);
    case Reason::NotDateTime:
        return CommsRender::tr("%1 must be a date and time in UTC, as 2026-11-30T18:00Z; found '%2'").arg(who, value);
    case Reason::NotNumber:
        return CommsRender::tr("%1 must be a number, as 1200 or 12.5; found '%2'").arg(who, value);
    case Reason::NotAChoice:
        return CommsRender::tr("%1 must be one of: %2; found '%3'").arg(who, choices.join(QStringLiteral(", ")), value);
    }
    return {};
}

QString problemsText(const QList<BlankProblem>& problems) {
    QStringList lines;
    for (const BlankProblem& problem : problems)
        lines << problem.message();
    return lines.join(QLatin1Char('\n'));
}

CommsRender::CommsRender(CommsTemplate comms)
    : m_comms(std::move(comms))
    , m_blanks(m_comms.allBlanks()) {}

const CommsBlank* CommsRender::blank(const QString& name) const {
    for (const CommsBlank& b : m_blanks)
        if (b.name == name)
            return &b;
    return nullptr;
}

bool CommsRender::isUtcDateTime(const QString& text) {
    // Strict on the shape (a date, a time, an explicit UTC designator), then Qt checks the calendar.
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|\+00:00)$)"));
    const QString trimmed = text.trimmed();
    if (!shape.match(trimmed).hasMatch())
        return false;
    return QDateTime::fromString(trimmed, Qt::ISODateWithMs).isValid();
}

QString CommsRender::formatUtc(const QDateTime& at) {
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

std::optional<BlankProblem> CommsRender::check(const CommsBlank& blank, const QString& value) {
    const QString given = value.trimmed();
    BlankProblem problem{blank.name, blank.label, BlankProblem::Reason::Missing, given, blank.choices};
    if (given.isEmpty()) {
        if (!blank.required)
            return std::nullopt;
        return problem;
    }
    switch (blank.type) {
    case BlankType::Text:
    case BlankType::Multiline:
        return std::nullopt;
    case BlankType::DateTime:
        problem.reason = BlankProblem::Reason::NotDateTime;
        return isUtcDateTime(given) ? std::nullopt : std::optional(problem);
    case BlankType::Number: {
        bool ok = false;
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::RejectGroupSeparator); // "1,200" is ambiguous across languages
        const double number = c.toDouble(given, &ok);
        problem.reason = BlankProblem::Reason::NotNumber;
        return ok && std::isfinite(number) ? std::nullopt : std::optional(problem);
    }
    case BlankType::Choice:
        problem.reason = BlankProblem::Reason::NotAChoice;
        return blank.choices.contains(given) ? std::nullopt : std::optional(problem);
    }
    return std::nullopt;
}

QList<BlankProblem> CommsRender::problems(const BlankValues& values) const {
    QList<BlankProblem> found;
    for (const CommsBlank& b : m_blanks)
        if (std::optional<BlankProblem> problem = check(b, values.value(b.name)))
            found << *problem;
    return found;
}

CommsRender::Rendered CommsRender::render(const BlankValues& values) const {
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([A-Za-z0-9_.-]+)\s*\}\})"));
    const auto fill = [&](const QString& text) {
        QString out;
        qsizetype from = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            out += QStringView(text).mid(from, match.capturedStart() - from);
            out += values.value(match.captured(1)).trimmed();
            from = match.capturedEnd();
        }
        out += QStringView(text).mid(from);
        return out;
    };
    return {fill(m_comms.subject).simplified(), fill(m_comms.body)};
}

} // namespace turnback
