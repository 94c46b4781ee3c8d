#pragma once

#include "booking.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Bookings as CSV (RFC 4180) for spreadsheets: UTF-8 with a byte order mark, a header row,
// CRLF line ends, fields quoted when they hold a comma, quote or line break. Times are UTC
// in ISO 8601 with Z, statuses and channels their API names, so the file reads the same in
// every locale.
//
// Cells that a spreadsheet would take for a formula (starting with = + - @, tab or carriage
// return) get a leading apostrophe: a customer's name must never run as a formula on the
// desk's computer (CSV injection).
class BookingCsvExporter
{
public:
    static QByteArray toCsv(const QList<Booking> &bookings);

    static QStringList columnNames();
    static QStringList row(const Booking &booking); // raw values, before defusing and quoting
    // One field as it goes into the file: defused, then quoted if needed.
    static QString field(const QString &value);
    static QString defuse(const QString &value);
};
