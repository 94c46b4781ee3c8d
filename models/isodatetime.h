#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

// ISO 8601 (RFC 3339 profile) date-times as the Empfio API writes them. Hand-written rather
// than QDateTime::fromString(Qt::ISODate), whose handling of long fractions and of offsets has
// changed between Qt versions: the wire format must not depend on the Qt the app was built with.
class IsoDateTime
{
public:
    // YYYY-MM-DD('T'|'t'|' ')HH:MM[:SS[.fraction]] followed by Z, z, ±HH:MM, ±HHMM or ±HH.
    // The fraction may have any number of digits; milliseconds are kept, the rest truncated.
    // Returns a Qt::UTC QDateTime; nullopt without an offset, on out-of-range fields or on any
    // character before or after the date-time.
    static std::optional<QDateTime> parse(QStringView text);
    // The same for the UTF-8 bytes of a JSON string, as BookingDecoder reads them.
    static std::optional<QDateTime> parseUtf8(QByteArrayView text);
    // UTC, "yyyy-MM-ddTHH:mm:ss[.zzz]Z" with the milliseconds only when they are not zero.
    // An invalid QDateTime gives an empty string.
    static QString format(const QDateTime &time);
    // A calendar date, exactly YYYY-MM-DD.
    static std::optional<QDate> parseDate(QStringView text);
};
