#include "calendargeometry.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

} // namespace

CalendarGeometry::CalendarGeometry(const QTimeZone &zone, const QList<QDate> &days,
                                   double hourHeight, double columnWidth)
    : m_zone(zone)
    , m_days(days)
    , m_hourHeight(hourHeight > 0 ? hourHeight : 1)
    , m_columnWidth(columnWidth > 0 ? columnWidth : 1)
{
    m_starts.reserve(days.size() + 1);
    for (const QDate &day : days)
        m_starts.append(day.startOfDay(zone).toMSecsSinceEpoch());
    if (!days.isEmpty())
        m_starts.append(days.last().addDays(1).startOfDay(zone).toMSecsSinceEpoch());
}

double CalendarGeometry::dayHeight(int column) const
{
    return double(dayEndMs(column) - dayStartMs(column)) * m_hourHeight / double(kHourMs);
}

double CalendarGeometry::contentHeight() const
{
    double height = 0;
    for (int column = 0; column < columnCount(); ++column)
        height = std::max(height, dayHeight(column));
    return height;
}

int CalendarGeometry::columnOf(qint64 ms) const
{
    if (m_starts.isEmpty() || ms < m_starts.first() || ms >= m_starts.last())
        return -1;
    const auto after = std::upper_bound(m_starts.cbegin(), m_starts.cend(), ms);
    return int(after - m_starts.cbegin()) - 1;
}

int CalendarGeometry::columnAt(double x) const
{
    if (x < 0)
        return -1;
    const int column = int(x / m_columnWidth);
    return column < columnCount() ? column : -1;
}

double CalendarGeometry::yOf(int column, qint64 ms) const
{
    const qint64 clamped = std::clamp(ms, dayStartMs(column), dayEndMs(column));
    return double(clamped - dayStartMs(column)) * m_hourHeight / double(kHourMs);
}

qint64 CalendarGeometry::timeAt(int column, double y) const
{
    const qint64 elapsed = qint64(std::llround(y * double(kHourMs) / m_hourHeight));
    return std::clamp(dayStartMs(column) + elapsed, dayStartMs(column), dayEndMs(column));
}

qint64 CalendarGeometry::snapped(int column, qint64 ms, int minutes) const
{
    if (minutes <= 0)
        return ms;
    const qint64 step = qint64(minutes) * 60 * 1000;
    const qint64 elapsed = ms - dayStartMs(column);
    // Round half up, also for negative elapsed times (an instant before the day's start).
    const qint64 steps =
        elapsed >= 0 ? (elapsed + step / 2) / step : -((-elapsed + step / 2 - 1) / step);
    return dayStartMs(column) + steps * step;
}

QList<CalendarGeometry::HourMark> CalendarGeometry::hourMarks(int column) const
{
    QList<HourMark> marks;
    for (qint64 ms = dayStartMs(column); ms < dayEndMs(column); ms += kHourMs)
        marks.append({yOf(column, ms), QDateTime::fromMSecsSinceEpoch(ms, m_zone)});
    return marks;
}
