#pragma once

#include <QDate>
#include <QList>
#include <QTime>
#include <QTimeZone>

#include <utility>

// Free appointment slots: business hours on Mon-Fri in the business time zone, minus
// busy intervals and slots that already started.
class SlotCalculator
{
public:
    using Interval = std::pair<qint64, qint64>; // [start, end) in ms since epoch, UTC

    SlotCalculator(QTimeZone zone, QTime open, QTime close, int slotMinutes);

    // The UTC span covered by the local calendar days [from, to].
    Interval range(const QDate &from, const QDate &to) const;
    // \a busy must be sorted by start.
    QList<Interval> freeSlots(const QDate &from, const QDate &to, qint64 nowMs,
                              const QList<Interval> &busy) const;

private:
    QTimeZone m_zone;
    QTime m_open;
    QTime m_close;
    int m_slotMinutes;
};
