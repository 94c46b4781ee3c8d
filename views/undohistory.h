#pragma once

#include "booking.h"
#include "bookingchange.h"

#include <QList>
#include <QStringList>

class BookingCache;

// The desk's last reschedules, status changes and arrivals, each kept as the change that
// reverses it, and whether undoing one is still possible (no words here: the controller
// says them).
class UndoHistory
{
public:
    struct Entry
    {
        QString bookingId;
        BookingChange reverse;
        Booking after; // the booking as the action left it
        QString label; // the action, described
        bool isMove = false;
        // Bookings that already overlapped the old time when it was left: only others make
        // a move back impossible.
        QStringList overlapping;
    };

    enum class Obstacle {
        None,
        Changed, // the booking is gone or changed since (by a sync or another action)
        Taken,   // a move back would overlap a booking that was not there before
    };

    explicit UndoHistory(int depth = 20) : m_depth(depth) {}

    void record(const Booking &seen, const BookingChange &change, const Booking &after,
                const BookingCache *cache);
    bool isEmpty() const { return m_entries.isEmpty(); }
    const Entry &last() const { return m_entries.last(); }
    Entry takeLast() { return m_entries.takeLast(); }

    // What stands in the way of undoing `entry`, judged by the cache; `takenBy` gets the
    // overlapping booking for Taken.
    static Obstacle check(const Entry &entry, const BookingCache *cache, Booking *takenBy);

private:
    void push(Entry entry);

    int m_depth;
    QList<Entry> m_entries;
};
