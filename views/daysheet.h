#pragma once

#include "booking.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

class BookingCache;
class QPagedPaintDevice;
class QTextDocument;

#include <memory>

// The day's appointments on paper: per booking the time, customer, phone, service, status,
// notes and a box to tick, in the display time zone. Laid out as a QTextDocument table, so
// long notes wrap inside their cell and a long day continues on further pages with the
// header row repeated.
class DaySheet
{
    Q_DECLARE_TR_FUNCTIONS(DaySheet)

public:
    DaySheet(QDate day, const QTimeZone &zone, QList<Booking> bookings);

    // The bookings starting on `day` in `zone`, by start time; cancelled ones only if asked.
    static QList<Booking> bookingsOn(const BookingCache &cache, QDate day, const QTimeZone &zone,
                                     bool includeCancelled);

    QDate day() const { return m_day; }
    const QList<Booking> &bookings() const { return m_bookings; }
    QString title() const;
    QString html() const;
    std::unique_ptr<QTextDocument> document() const;

    // Lays the sheet out on the device's pages (a printer or a QPdfWriter).
    void print(QPagedPaintDevice *device) const;
    // A PDF in the locale's paper size, written completely or not at all.
    bool writePdf(const QString &path, QString *error) const;

private:
    QDate m_day;
    QTimeZone m_zone;
    QList<Booking> m_bookings;
};
