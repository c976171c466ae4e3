#pragma once

#include <QMap>
#include <QStringList>

namespace turnback::cli {

/// A small strict parser for a verb's arguments: positionals, `--name VALUE` (or `--name=VALUE`)
/// options that may repeat, and `--flag` switches. Unknown options are usage errors.
class ArgumentParser {
public:
    ArgumentParser& option(const QString& name);
    ArgumentParser& flag(const QString& name);

    /// False with error() set on an unknown option or a missing value.
    bool parse(const QStringList& args);

    QString error() const { return m_error; }
    QStringList positionals() const { return m_positionals; }
    QStringList values(const QString& name) const { return m_values.value(name); }
    QString value(const QString& name) const { return m_values.value(name).value(0); }
    bool isSet(const QString& name) const { return m_values.contains(name); }

private:
    QStringList m_options;
    QStringList m_flags;
    QStringList m_positionals;
    QMap<QString, QStringList> m_values;
    QString m_error;
};

} // namespace turnback::cli
