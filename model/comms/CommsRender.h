#pragma once

#include "Kit.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace turnback {

/// The values an operator gave a template's blanks, by blank name.
using BlankValues = QHash<QString, QString>;

/// Why a blank's value cannot be sent.
struct BlankProblem {
    enum class Reason {
        Missing,     ///< a required blank is empty
        NotDateTime, ///< not an ISO 8601 instant in UTC
        NotNumber,   ///< not a decimal number
        NotAChoice,  ///< not one of the blank's choices
    };
    QString name;  ///< the blank's name
    QString label; ///< what the operator was asked
    Reason reason = Reason::Missing;
    QString value; ///< what was given
    QStringList choices;

    /// One sentence naming the blank: "'Affected people' (affected_count) must be a number; found 'many'".
    QString message() const;
};

/// A comms template filled in: the checks per blank type, and the text that goes out
/// (docs/kit-format.md, "Comms blanks"). The GUI's wizard and `turnback-cli comms render` both use it.
class CommsRender {
    Q_DECLARE_TR_FUNCTIONS(CommsRender)
public:
    struct Rendered {
        QString subject;
        QString body;
    };

    explicit CommsRender(CommsTemplate comms);

    const CommsTemplate& comms() const { return m_comms; }
    const QList<CommsBlank>& blanks() const { return m_blanks; }
    const CommsBlank* blank(const QString& name) const;

    /// What is wrong with `value` for `blank`; nullopt when it can be sent (an optional blank may be empty).
    static std::optional<BlankProblem> check(const CommsBlank& blank, const QString& value);
    /// Every blank that cannot be sent with `values`, in the template's order.
    QList<BlankProblem> problems(const BlankValues& values) const;
    /// Subject and body with every {{blank}} replaced by its value (trimmed; an absent optional one by
    /// nothing). Call only when problems() is empty: this does not check.
    Rendered render(const BlankValues& values) const;

    /// Whether `text` is an ISO 8601 instant in UTC: "2026-11-30T18:00Z", "...:00Z", "...:00.123Z",
    /// or "+00:00" in place of the Z.
    static bool isUtcDateTime(const QString& text);
    /// How an instant is written into a blank: "2026-11-30T18:00:00Z" (no milliseconds).
    static QString formatUtc(const QDateTime& at);

private:
    CommsTemplate m_comms;
    QList<CommsBlank> m_blanks;
};

/// The problems as one error text, one line per blank.
QString problemsText(const QList<BlankProblem>& problems);

} // namespace turnback
