#include "phonenumber.h"

#include <QHash>

QString PhoneNumber::callingCode(QLocale::Territory territory)
{
    using T = QLocale::Territory;
    // The countries a desk of this product is likely in; others dial as written.
    static const QHash<T, QString> codes{
        {T::Germany, "49"},
        {T::Austria, "43"},
        {T::Switzerland, "41"},
        {T::Liechtenstein, "423"},
        {T::Luxembourg, "352"},
        {T::Belgium, "32"},
        {T::Netherlands, "31"},
        {T::France, "33"},
        {T::Monaco, "377"},
        {T::Italy, "39"},
        {T::Spain, "34"},
        {T::Portugal, "351"},
        {T::UnitedKingdom, "44"},
        {T::Ireland, "353"},
        {T::Denmark, "45"},
        {T::Norway, "47"},
        {T::Sweden, "46"},
        {T::Finland, "358"},
        {T::Iceland, "354"},
        {T::Poland, "48"},
        {T::Czechia, "420"},
        {T::Slovakia, "421"},
        {T::Hungary, "36"},
        {T::Slovenia, "386"},
        {T::Croatia, "385"},
        {T::Romania, "40"},
        {T::Bulgaria, "359"},
        {T::Greece, "30"},
        {T::Cyprus, "357"},
        {T::Malta, "356"},
        {T::Estonia, "372"},
        {T::Latvia, "371"},
        {T::Lithuania, "370"},
        {T::Turkey, "90"},
        {T::Ukraine, "380"},
        {T::Serbia, "381"},
        {T::UnitedStates, "1"},
        {T::Canada, "1"},
        {T::Mexico, "52"},
        {T::Brazil, "55"},
        {T::Argentina, "54"},
        {T::Australia, "61"},
        {T::NewZealand, "64"},
        {T::India, "91"},
        {T::Japan, "81"},
        {T::China, "86"},
        {T::SouthKorea, "82"},
        {T::Singapore, "65"},
        {T::UnitedArabEmirates, "971"},
        {T::Israel, "972"},
        {T::SouthAfrica, "27"},
    };
    return codes.value(territory);
}

QString PhoneNumber::e164(const QString &phone, const QString &callingCode)
{
    const QString trimmed = phone.trimmed();
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue()); // other scripts' digits as ASCII
    }
    if (digits.isEmpty())
        return {};
    if (trimmed.startsWith(u'+'))
        return u'+' + digits;
    if (digits.startsWith(QStringLiteral("00")))
        return u'+' + digits.mid(2); // the international prefix most of the world dials
    if (callingCode.isEmpty())
        return digits;
    // A national number: its trunk prefix (0) goes, the country's code comes first.
    if (digits.startsWith(u'0'))
        digits.remove(0, 1);
    return u'+' + callingCode + digits;
}

QUrl PhoneNumber::telUri(const QString &phone, const QTimeZone &zone)
{
    const QString number = e164(phone, callingCode(zone.territory()));
    return number.isEmpty() ? QUrl() : QUrl(QStringLiteral("tel:") + number);
}
