#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QVariant;

// Installs Frontdesk's and Qt's own translations for a language. The .qm files of
// frontdesk_<lang>.ts are compiled into the executable under :/i18n.
class TranslationLoader
{
public:
    // The QSettings key of the chosen language: "" follows the system, else a code from
    // languages().
    static QString settingsKey();
    // The languages Frontdesk speaks, as stored in settingsKey().
    static QStringList languages();

    // The locale for a stored setting. Settings come from outside and can be anything: an
    // empty, unknown or non-string value means the system's locale. A chosen language keeps
    // the system's territory where that pair exists, so a German UI in Austria still
    // formats like Austria.
    static QLocale localeForSetting(const QVariant &value, const QLocale &system);
    // localeForSetting() of the value in QSettings (call after the organization and
    // application names are set).
    static QLocale selectedLocale();

    // Returns whether Frontdesk's own catalogue for the locale was found. Languages without
    // one get the English catalogue, which holds the plural forms ("1 booking").
    static bool install(QCoreApplication *app, const QLocale &locale);
};
