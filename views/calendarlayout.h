#pragma once

#include <QList>
#include <QtGlobal>

// Side-by-side placement of overlapping bookings within one day column. Bookings that
// overlap, directly or through others, form a cluster; each takes the first lane free at its
// start, and every booking of the cluster is as wide as the cluster's lane count allows.
class CalendarLayout
{
public:
    struct Item
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
    };
    struct Place
    {
        int lane = 0;
        int lanes = 1;
    };

    // `items` must be ordered by start; the result is in the same order.
    static QList<Place> place(const QList<Item> &items);
};
