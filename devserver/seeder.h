#pragma once

#include "bookingrecord.h"
#include "rng.h"

#include <QDate>
#include <QStringList>

class BookingStore;
struct ServerOptions;

// Deterministic bookings around --today: the same seed, day and count give byte-identical
// rows, ids included. Live bookings (control endpoint) use a separate stream so that they
// never shift the seeded data.
class Seeder
{
public:
    explicit Seeder(const ServerOptions &options);

    bool seed(BookingStore &store, int count, QString *error);
    QStringList createLive(BookingStore &store, int count);

private:
    struct Day
    {
        QDate date;
        qint64 epochDay = 0;
        int utcOffsetSeconds = 0;
    };

    Day makeDay(const QDate &date) const;
    static qint64 toUtcMs(const Day &day, int minuteOfDay);
    int pickStartMinute(Rng &rng, int durationMinutes) const;
    static void fillCalendarFields(Rng &rng, BookingRecord &booking, qint64 serial);

    const ServerOptions &m_options;
    int m_openMinute = 0;
    int m_closeMinute = 0;
    Rng m_liveRng;
    qint64 m_liveSerial = 0;
};
