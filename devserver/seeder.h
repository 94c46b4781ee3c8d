#pragma once

#include "bookingrecord.h"
#include "rng.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

class BookingStore;
struct ServerOptions;

// Deterministic bookings around the server's "now" (--now, --today or the clock): the same
// seed, reference instant and count give byte-identical rows; ids and times depend only on
// the seed, the day and the count. Live bookings (control endpoint) use a separate stream so that
// they never shift the seeded data.
class Seeder
{
public:
    explicit Seeder(const ServerOptions &options);

    bool seed(BookingStore &store, int count, QString *error);
    QStringList createLive(BookingStore &store, int count);
    // One booking as a test describes it (the control endpoint's "bookings"): start_time
    // (required), end_time, status, created_at, metadata and lead (null: none; an object's
    // fields replace the generated lead's). What it leaves out is made up. Returns the id,
    // or a null string with `error`.
    QString createFrom(BookingStore &store, const QJsonObject &spec, QString *error);

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
