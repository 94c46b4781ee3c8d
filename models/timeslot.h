#pragma once

#include <QDateTime>
#include <QMetaType>

// An open appointment slot as returned by GET /bookings/available-slots. Times are UTC.
struct TimeSlot
{
    QDateTime start;
    QDateTime end;

    bool contains(const QDateTime &time) const { return start <= time && time < end; }
    friend bool operator==(const TimeSlot &, const TimeSlot &) = default;
};

Q_DECLARE_METATYPE(TimeSlot)
