#include "ArgumentParser.h"

namespace turnback::cli {

ArgumentParser& ArgumentParser::option(const QString& name) {
    m_options << name;
    return *this;
}

ArgumentParser& ArgumentParser::flag(const QString& name) {
    m_flags << name;
    return *this;
}

bool ArgumentParser::parse(const QStringList& args) {
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--")) {
            m_positionals += args.mid(i + 1);
            break;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            m_positionals << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasInlineValue = true;
        }
        if (m_flags.contains(name) && !hasInlineValue) {
            m_values[name];
            continue;
        }
        if (!m_options.contains(name)) {
            m_error = QStringLiteral("unknown option '--%1'").arg(name);
            return false;
        }
        if (!hasInlineValue) {
            if (i + 1 >= args.size()) {
                m_error = QStringLiteral("option '--%1' needs a value").arg(name);
                return false;
            }
            value = args.at(++i);
        }
        m_values[name] << value;
    }
    return true;
}

} // namespace turnback::cli
