#include "futurebookings.h"

#include "bookingcache.h"
#include "bookingjson.h"
#include "clock.h"
#include "devserverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace FutureBookings {

QDateTime nextStart()
{
    static const QTimeZone berlin("Europe/Berlin");
    static const QDate firstDay = Clock::today(berlin).addDays(60);
    static int made = 0;
    QDate day = firstDay;
    for (int business = 0;; day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5 && business++ == made)
            break;
    }
    return QDateTime(day, QTime(9 + made++ % 8, 0), berlin).toUTC();
}

QJsonObject spec(const QDateTime &start, int minutes, const QString &status)
{
    return {{QStringLiteral("start_time"), BookingJson::formatDateTime(start)},
            {QStringLiteral("end_time"), BookingJson::formatDateTime(start.addSecs(minutes * 60))},
            {QStringLiteral("status"), status}};
}

std::optional<Booking> create(DevServerProcess &server, BookingCache &cache,
                              const QJsonObject &spec)
{
    const QJsonArray records = server.createBookings(QJsonArray{spec});
    if (records.isEmpty()) {
        qWarning("FutureBookings::create: %s", qPrintable(server.errorString()));
        return std::nullopt;
    }
    QString error;
    const std::optional<Booking> booking = BookingJson::decodeRecord(
        QJsonDocument(records.first().toObject()).toJson(QJsonDocument::Compact), &error);
    if (!booking || !cache.upsert({*booking}, cache.currentPass(), &error)) {
        qWarning("FutureBookings::create: %s", qPrintable(error));
        return std::nullopt;
    }
    return cache.booking(booking->id);
}

} // namespace FutureBookings
