#pragma once

#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <QUrl>

// A customer's phone number as a dialable tel: URI in E.164 form ("+49 151 234-56/78" ->
// tel:+491512345678). A number written without a country code ("0151 2345678") gets the
// display zone's country code, its trunk 0 dropped; when the zone's country is unknown the
// digits are used as written.
class PhoneNumber
{
public:
    // "+491512345678", digits as written ("0151...") without a known code, or empty when the
    // text holds no digits.
    static QString e164(const QString &phone, const QString &callingCode);
    static QUrl telUri(const QString &phone, const QTimeZone &zone);
    // "49" for Germany; empty when not in the table.
    static QString callingCode(QLocale::Territory territory);
};
