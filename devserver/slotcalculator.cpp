#include "slotcalculator.h"

#include <QDateTime>

#include <algorithm>

SlotCalculator::SlotCalculator(QTimeZone zone, QTime open, QTime close, int slotMinutes)
    : m_zone(std::move(zone)), m_open(open), m_close(close), m_slotMinutes(slotMinutes)
{}

SlotCalculator::Interval SlotCalculator::range(const QDate &from, const QDate &to) const
{
    return {QDateTime(from, QTime(0, 0), m_zone).toMSecsSinceEpoch(),
            QDateTime(to.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch()};
}

QList<SlotCalculator::Interval> SlotCalculator::freeSlots(const QDate &from, const QDate &to,
                                                          qint64 nowMs,
                                                          const QList<Interval> &busy) const
{
    QList<Interval> result;
    const qint64 slotMs = qint64(m_slotMinutes) * 60'000;
    // Busy intervals sorted by start; the running maximum of their ends lets a binary search
    // answer "does anything overlap [start, end)" without rescanning.
    QList<qint64> maxEndUpTo(busy.size());
    qint64 running = std::numeric_limits<qint64>::min();
    for (qsizetype i = 0; i < busy.size(); ++i)
        maxEndUpTo[i] = running = std::max(running, busy[i].second);

    const qint64 openSecs = m_open.msecsSinceStartOfDay() / 1000;
    const qint64 closeSecs = m_close.msecsSinceStartOfDay() / 1000;
    const qint64 stepSecs = qint64(m_slotMinutes) * 60;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        // QTimeZone lookups are slow; one offset serves the whole day unless a DST switch
        // falls inside the business hours, in which case every slot goes through the zone.
        const QDateTime open(day, m_open, m_zone);
        const QDateTime lastMinute(day, m_close.addSecs(-60), m_zone);
        const bool uniform = open.isValid() && lastMinute.isValid() &&
                             open.offsetFromUtc() == lastMinute.offsetFromUtc();
        const qint64 midnightUtcSecs = day.startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
        for (qint64 local = openSecs; local + stepSecs <= closeSecs; local += stepSecs) {
            qint64 start = 0;
            if (uniform) {
                start = (midnightUtcSecs + local - open.offsetFromUtc()) * 1000;
            } else {
                const QTime localTime = QTime(0, 0).addSecs(int(local));
                const QDateTime startLocal(day, localTime, m_zone);
                if (!startLocal.isValid() || startLocal.time() != localTime)
                    continue; // falls into a DST gap
                start = startLocal.toMSecsSinceEpoch();
            }
            const qint64 end = start + slotMs;
            if (start < nowMs)
                continue;
            const auto firstAfter = std::lower_bound(
                busy.cbegin(), busy.cend(), end,
                [](const Interval &interval, qint64 value) { return interval.first < value; });
            const qsizetype candidates = firstAfter - busy.cbegin();
            if (candidates > 0 && maxEndUpTo[candidates - 1] > start)
                continue;
            result.append({start, end});
        }
    }
    return result;
}
