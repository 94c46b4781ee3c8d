#pragma once

#include "booking.h"
#include "timeslot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

class BookingCache;

// The facts a reschedule confirmation states, worked out without any widget: the old and
// the new time in the display zone, whether a daylight-saving change lies between them,
// whether the new time is an offered slot, and which other bookings it overlaps.
class RescheduleCheck
{
    Q_DECLARE_TR_FUNCTIONS(RescheduleCheck)

public:
    // "Tue 24 Nov 2026, 10:00–10:30" in `zone` (QLocale's short formats).
    static QString timeRange(const QDateTime &start, const QDateTime &end, const QTimeZone &zone);
    // A time of day in the locale's short format, without seconds (the C locale's short
    // format has them).
    static QString timeText(const QTime &time);
    // Whether the zone's UTC offset changes anywhere between the two instants.
    static bool offsetChangesBetween(const QDateTime &a, const QDateTime &b, const QTimeZone &zone);
    // Whether [start, end) lies within the offered slots (adjacent slots count together).
    static bool isOffered(const QList<TimeSlot> &offered, const QDateTime &start,
                          const QDateTime &end);
    // Other active (not cancelled) cached bookings that overlap [start, end).
    static QList<Booking> overlapping(const BookingCache *cache, const QString &id,
                                      const QDateTime &start, const QDateTime &end);
    // The calendar day of `time` in `zone`.
    static QDate dayIn(const QDateTime &time, const QTimeZone &zone);
};
