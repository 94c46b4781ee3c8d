#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <QVariant>

QString TranslationLoader::settingsKey()
{
    return QStringLiteral("ui/language");
}

QStringList TranslationLoader::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QLocale TranslationLoader::localeForSetting(const QVariant &value, const QLocale &system)
{
    if (value.typeId() != QMetaType::QString)
        return system;
    const QString code = value.toString().trimmed().toLower();
    if (!languages().contains(code))
        return system;
    const QLocale language(code);
    if (language.language() == system.language())
        return system;
    // Falls back to the language's main territory when the pair does not exist.
    return QLocale(language.language(), system.territory());
}

QLocale TranslationLoader::selectedLocale()
{
    return localeForSetting(QSettings().value(settingsKey()), QLocale::system());
}

bool TranslationLoader::install(QCoreApplication *app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(app);
    const bool found = translator->load(locale, QStringLiteral("frontdesk"), QStringLiteral("_"),
                                        QStringLiteral(":/i18n"));
    if (found || translator->load(QStringLiteral("frontdesk_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    return found;
}
