#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

// Pure time <-> pixel arithmetic of the calendar's time grid; no widgets.
//
// Every day column measures *elapsed time* from the day's first instant in the display zone
// (QDate::startOfDay) to the next day's first instant, at `hourHeight` pixels per hour. So a
// normal day is 24 rows tall, the spring-forward day 23 (the skipped hour takes no space:
// in Europe/Berlin on 2026-03-29 the row after 01:00 is labelled 03:00) and the fall-back
// day 25 (the repeated hour is shown twice: 02:00 CEST, then 02:00 CET). Time -> pixel ->
// time is exact for every instant, and a booking's height is always its real duration.
// Offsets of half an hour (Asia/Kolkata, Australia/Adelaide) need no special case: midnight
// is local, so 15:30 IST is 15.5 rows down.
//
// Times are UTC milliseconds, the list model's unit. x is measured from the first column's
// left edge, y from the top of the grid (midnight): the view adds its ruler, header and
// scroll offset around this.
class CalendarGeometry
{
public:
    struct HourMark
    {
        double y = 0;
        QDateTime time; // the instant at that line, in the display zone
    };

    CalendarGeometry() = default;
    CalendarGeometry(const QTimeZone &zone, const QList<QDate> &days, double hourHeight,
                     double columnWidth);

    QTimeZone timeZone() const { return m_zone; }
    int columnCount() const { return int(m_days.size()); }
    QDate day(int column) const { return m_days.value(column); }
    double hourHeight() const { return m_hourHeight; }
    double columnWidth() const { return m_columnWidth; }

    qint64 dayStartMs(int column) const { return m_starts.at(column); }
    qint64 dayEndMs(int column) const { return m_starts.at(column + 1); }
    // The visible range: the first day's start to the last day's end.
    qint64 rangeStartMs() const { return m_starts.isEmpty() ? 0 : m_starts.first(); }
    qint64 rangeEndMs() const { return m_starts.isEmpty() ? 0 : m_starts.last(); }
    double dayHeight(int column) const;
    // The tallest column (25 rows when a fall-back day is visible).
    double contentHeight() const;

    // The column whose day holds `ms`, or -1 outside the visible days.
    int columnOf(qint64 ms) const;
    int columnAt(double x) const; // -1 outside
    double columnLeft(int column) const { return column * m_columnWidth; }

    // y of `ms` in `column`'s day; instants outside the day clamp to its top or bottom.
    double yOf(int column, qint64 ms) const;
    // The instant at `y` in `column`'s day, clamped to the day.
    qint64 timeAt(int column, double y) const;
    // Rounded to the nearest multiple of `minutes` of elapsed time since the day's start,
    // which is a multiple on the wall clock too (every offset and DST step is a multiple of
    // 15 minutes in the tz database, except historic zones of no concern to bookings).
    qint64 snapped(int column, qint64 ms, int minutes) const;

    // One line per hour of the column's day, labelled with the local time of the instant.
    QList<HourMark> hourMarks(int column) const;

private:
    QTimeZone m_zone;
    QList<QDate> m_days;
    QList<qint64> m_starts; // day starts, plus the end of the last day
    double m_hourHeight = 48;
    double m_columnWidth = 100;
};
