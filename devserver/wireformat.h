#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// The wire formats a FastAPI backend produces: canonical UUIDs, ISO 8601 datetimes the way
// pydantic writes them, the booking status vocabulary.
class WireFormat
{
public:
    enum class DateTimeError { None, Invalid, MissingOffset };

    static QString formatUuid(const QByteArray &sixteenBytes);
    // Lowercase canonical form, or a null string when \a text is not a UUID.
    static QString canonicalUuid(QStringView text);

    // "2026-03-20T14:00:00Z" (fraction only when not on a whole second).
    static QByteArray formatUtcMs(qint64 msecsSinceEpoch);
    // "2026-03-07T10:00:00.123456+00:00", as Python's datetime.isoformat() writes it.
    static QByteArray formatUtcMicros(qint64 usecsSinceEpoch);
    // ISO 8601 with a mandatory offset; returns msecs since epoch.
    static std::optional<qint64> parseDateTime(QStringView text, DateTimeError *error);

    static qint64 daysFromCivil(int year, int month, int day);
    // The server's clock: the system's, or moved by --now (it runs on from that instant).
    static qint64 nowMicros();
    static qint64 nowMs() { return nowMicros() / 1000; }
    static void setNow(qint64 msecsSinceEpoch);

    static const QStringList &bookingStatuses();
    static bool isBookingStatus(QStringView status);
    static bool isActiveStatus(QStringView status);
};
