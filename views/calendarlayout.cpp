#include "calendarlayout.h"

#include <algorithm>

QList<CalendarLayout::Place> CalendarLayout::place(const QList<Item> &items)
{
    QList<Place> places(items.size());
    QList<qint64> laneEnds; // per lane of the current cluster: when it becomes free
    qsizetype clusterBegin = 0;
    qint64 clusterEnd = 0;
    auto closeCluster = [&](qsizetype end) {
        const int lanes = std::max(1, int(laneEnds.size()));
        for (qsizetype i = clusterBegin; i < end; ++i)
            places[i].lanes = lanes;
        laneEnds.clear();
        clusterBegin = end;
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        // Zero-length bookings still get a visible block, so they count as one minute.
        const qint64 end = std::max(item.endMs, item.startMs + 60 * 1000);
        if (i > clusterBegin && item.startMs >= clusterEnd)
            closeCluster(i);
        const auto free = std::find_if(laneEnds.begin(), laneEnds.end(),
                                       [&](qint64 laneEnd) { return laneEnd <= item.startMs; });
        if (free == laneEnds.end()) {
            places[i].lane = int(laneEnds.size());
            laneEnds.append(end);
        } else {
            places[i].lane = int(free - laneEnds.begin());
            *free = end;
        }
        clusterEnd = i == clusterBegin ? end : std::max(clusterEnd, end);
    }
    closeCluster(items.size());
    return places;
}
