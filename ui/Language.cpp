#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace turnback {

namespace {
constexpr char kSettingsKey[] = "language";
// ~/.config/turnback/turnback.conf, whatever the application object is called (tests included).
constexpr char kSettingsFolder[] = "turnback";
} // namespace

QStringList Language::available() {
    return {QStringLiteral("en"), QStringLiteral("de")};
}

bool Language::isAvailable(const QString& code) {
    return available().contains(code);
}

QString Language::nativeName(const QString& code) {
    // Each in its own language: someone who cannot read the current one still finds theirs.
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString Language::fromArguments(const QStringList& arguments) {
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(option + QLatin1Char('=')))
            return arguments.at(i).mid(option.size() + 1);
    }
    return {};
}

QString Language::saved() {
    const QSettings stored{QLatin1String(kSettingsFolder), QLatin1String(kSettingsFolder)};
    return stored.value(QLatin1String(kSettingsKey)).toString();
}

void Language::save(const QString& code) {
    QSettings stored{QLatin1String(kSettingsFolder), QLatin1String(kSettingsFolder)};
    if (code.isEmpty())
        stored.remove(QLatin1String(kSettingsKey));
    else
        stored.setValue(QLatin1String(kSettingsKey), code);
}

QString Language::choose(const QString& option, const QString& saved) {
    return option.isEmpty() ? saved : option;
}

QLocale Language::locale(const QString& code) {
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QList<QTranslator*> Language::install(const QString& code, QObject* parent) {
    const QLocale chosen = locale(code);
    QLocale::setDefault(chosen);
    QList<QTranslator*> installed;
    // Our own strings, then Qt's (the buttons of standard dialogs, the file dialog).
    const QList<std::pair<QString, QString>> catalogues{
        {QStringLiteral("turnback"), QStringLiteral(":/i18n")},
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
    };
    for (const auto& [name, folder] : catalogues) {
        auto* translator = new QTranslator(parent);
        if (translator->load(chosen, name, QStringLiteral("_"), folder) &&
            QCoreApplication::installTranslator(translator))
            installed << translator;
        else
            delete translator;
    }
    return installed;
}

} // namespace turnback
