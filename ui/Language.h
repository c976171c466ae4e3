#pragma once

#include <QLocale>
#include <QStringList>

class QObject;
class QTranslator;

namespace turnback {

/// The interface language (docs/keyboard.md, "Language"; README): `turnback --lang de`, else the
/// choice made in the View menu (remembered with QSettings, applied at the next start), else the
/// system's (LANGUAGE, LC_ALL, LANG). Turnback's own strings and Qt's (Cancel, Yes, the file
/// dialog) come together: Qt's from the qtbase_*.qm that Debian ships in qt6-translations-l10n.
class Language {
public:
    /// The languages Turnback speaks, as codes: "en", "de".
    static QStringList available();
    static bool isAvailable(const QString& code);
    /// "English", "Deutsch": each language in its own words.
    static QString nativeName(const QString& code);

    /// The code given by --lang in `arguments` ("--lang de" or "--lang=de"), empty when not given.
    /// Read before the command line is parsed, so that --help already speaks the chosen language.
    static QString fromArguments(const QStringList& arguments);
    /// The choice saved from the View menu, empty for "the system's".
    static QString saved();
    static void save(const QString& code);
    /// What to use: the option, else the saved choice; empty means the system's language.
    static QString choose(const QString& option, const QString& saved);

    /// The locale for `code`, or the system's for an empty code.
    static QLocale locale(const QString& code);
    /// Installs Turnback's and Qt's translations for `code` (empty: the system's language) and makes
    /// its locale the default. Returns the translators installed (owned by `parent`).
    static QList<QTranslator*> install(const QString& code, QObject* parent);
};

} // namespace turnback
