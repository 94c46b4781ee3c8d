#include "reschedulecheck.h"

#include "bookingcache.h"
#include "timetext.h"

#include <QLocale>

#include <algorithm>

QString RescheduleCheck::timeRange(const QDateTime &start, const QDateTime &end,
                                   const QTimeZone &zone)
{
    const QDateTime from = start.toTimeZone(zone);
    const QDateTime to = end.toTimeZone(zone);
    const QLocale locale;
    const QString day = locale.toString(from.date(), QLocale::ShortFormat);
    const QString endText = from.date() == to.date()
                                ? timeText(to.time())
                                : tr("%1 %2").arg(locale.toString(to.date(), QLocale::ShortFormat),
                                                  timeText(to.time()));
    return tr("%1, %2–%3").arg(day, timeText(from.time()), endText);
}

QString RescheduleCheck::timeText(const QTime &time)
{
    return TimeText::clock(time);
}

bool RescheduleCheck::offsetChangesBetween(const QDateTime &a, const QDateTime &b,
                                           const QTimeZone &zone)
{
    const QDateTime first = std::min(a, b);
    const QDateTime last = std::max(a, b);
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetData next = zone.nextTransition(first);
        return next.atUtc.isValid() && next.atUtc <= last;
    }
    return zone.offsetFromUtc(first) != zone.offsetFromUtc(last);
}

bool RescheduleCheck::isOffered(const QList<TimeSlot> &offered, const QDateTime &start,
                                const QDateTime &end)
{
    QList<TimeSlot> sorted = offered;
    std::sort(sorted.begin(), sorted.end(),
              [](const TimeSlot &a, const TimeSlot &b) { return a.start < b.start; });
    QDateTime covered = start; // [start, covered) is inside offered slots
    for (const TimeSlot &slot : sorted) {
        if (slot.start > covered)
            break;
        if (slot.end > covered)
            covered = slot.end;
        if (covered >= end)
            return true;
    }
    return false;
}

QList<Booking> RescheduleCheck::overlapping(const BookingCache *cache, const QString &id,
                                            const QDateTime &start, const QDateTime &end)
{
    QList<Booking> result;
    if (!cache)
        return result;
    BookingQuery query;
    // Bookings rarely last a day: one that started before that cannot reach `start`.
    query.from = start.addDays(-1);
    query.to = end;
    for (const Booking &other : cache->bookings(query)) {
        if (other.id == id || other.status == BookingStatus::Cancelled)
            continue;
        if (other.startTime < end && start < other.endTime)
            result.append(other);
    }
    return result;
}

QDate RescheduleCheck::dayIn(const QDateTime &time, const QTimeZone &zone)
{
    return time.toTimeZone(zone).date();
}
