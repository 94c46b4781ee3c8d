#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs Frontdesk's and Qt's own translations for a language. The .qm files of
// frontdesk_<lang>.ts are compiled into the executable under :/i18n.
class TranslationLoader
{
public:
    // Returns whether Frontdesk's own catalogue was found; English needs none.
    static bool install(QCoreApplication *app, const QLocale &locale);
};
