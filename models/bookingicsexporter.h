#pragma once

#include "booking.h"
#include "clock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

// Bookings as an iCalendar file (RFC 5545) for calendar programs: one VEVENT per booking,
// all times in UTC, CRLF line ends, lines folded at 75 octets without splitting a UTF-8
// sequence. The UID is derived from the booking id, so importing a newer export updates
// the events instead of duplicating them.
class BookingIcsExporter
{
    Q_DECLARE_TR_FUNCTIONS(BookingIcsExporter)

public:
    // `stamp` becomes every event's DTSTAMP: when this calendar was made.
    static QByteArray toIcs(const QList<Booking> &bookings, const QDateTime &stamp = Clock::now());

    // TEXT value escaping: backslash, semicolon, comma and line breaks; other control
    // characters, which RFC 5545 does not allow in TEXT, are dropped.
    static QString escapeText(QStringView text);
    // One content line with its CRLF, folded into lines of at most 75 octets each.
    static QByteArray foldLine(const QByteArray &utf8Line);
    static QString formatTime(const QDateTime &time); // 20260320T140000Z

    static QString summary(const Booking &booking);
    static QString description(const Booking &booking);
};
