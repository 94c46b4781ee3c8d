#include "calendargeometry.h"
#include "calendarlayout.h"

#include <QTest>

namespace {

constexpr double kHour = 40; // pixels per hour in these tests

qint64 at(int y, int m, int d, int h, int min, const QTimeZone &zone)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), zone).toMSecsSinceEpoch();
}

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
}

CalendarGeometry dayOf(const char *zone, QDate day)
{
    return CalendarGeometry(QTimeZone(zone), {day}, kHour, 100);
}

} // namespace

class TestCalendarGeometry : public QObject
{
    Q_OBJECT

private:
    // Every quarter hour of the column's day: time -> y -> time is exact, and every pixel
    // row: y -> time -> y is exact.
    void checkRoundTrips(const CalendarGeometry &geometry, int column)
    {
        for (qint64 ms = geometry.dayStartMs(column); ms < geometry.dayEndMs(column);
             ms += 15 * 60 * 1000) {
            const double y = geometry.yOf(column, ms);
            QCOMPARE(geometry.timeAt(column, y), ms);
        }
        for (int y = 0; y < int(geometry.dayHeight(column)); ++y)
            QCOMPARE(geometry.yOf(column, geometry.timeAt(column, y)), double(y));
    }

private Q_SLOTS:
    void normalDay()
    {
        const QTimeZone berlin("Europe/Berlin");
        const CalendarGeometry geometry = dayOf("Europe/Berlin", QDate(2026, 11, 24));
        QCOMPARE(geometry.dayHeight(0), 24 * kHour);
        QCOMPARE(geometry.yOf(0, at(2026, 11, 24, 10, 30, berlin)), 10.5 * kHour);
        QCOMPARE(geometry.timeAt(0, 10.5 * kHour), at(2026, 11, 24, 10, 30, berlin));
        QCOMPARE(geometry.hourMarks(0).size(), 24);
        QCOMPARE(geometry.hourMarks(0).at(13).time.time(), QTime(13, 0));
        checkRoundTrips(geometry, 0);
    }

    // 2026-03-29, Europe/Berlin: 02:00 CET becomes 03:00 CEST. 23 rows; the skipped hour
    // takes no space, the row after 01:00 is 03:00.
    void springForwardDayHas23Rows()
    {
        const QTimeZone berlin("Europe/Berlin");
        const CalendarGeometry geometry = dayOf("Europe/Berlin", QDate(2026, 3, 29));
        QCOMPARE(geometry.dayHeight(0), 23 * kHour);
        const QList<CalendarGeometry::HourMark> marks = geometry.hourMarks(0);
        QCOMPARE(marks.size(), 23);
        QCOMPARE(marks.at(1).time.time(), QTime(1, 0));
        QCOMPARE(marks.at(2).time.time(), QTime(3, 0));
        QCOMPARE(marks.at(2).y, 2 * kHour);
        QCOMPARE(marks.last().time.time(), QTime(23, 0));
        // 01:59:59 CET and 03:00 CEST are one second apart, and so are their pixels.
        QCOMPARE(geometry.yOf(0, utc("2026-03-29T01:00:00Z")), 2 * kHour);
        QCOMPARE(geometry.yOf(0, at(2026, 3, 29, 3, 0, berlin)), 2 * kHour);
        QCOMPARE(geometry.yOf(0, at(2026, 3, 29, 9, 0, berlin)), 8 * kHour);
        QCOMPARE(geometry.timeAt(0, 8 * kHour), utc("2026-03-29T07:00:00Z"));
        QCOMPARE(geometry.timeAt(0, 23 * kHour), at(2026, 3, 30, 0, 0, berlin));
        checkRoundTrips(geometry, 0);
    }

    // 2026-10-25, Europe/Berlin: 03:00 CEST becomes 02:00 CET. 25 rows; the repeated hour
    // is shown twice.
    void fallBackDayHas25Rows()
    {
        const CalendarGeometry geometry = dayOf("Europe/Berlin", QDate(2026, 10, 25));
        QCOMPARE(geometry.dayHeight(0), 25 * kHour);
        const QList<CalendarGeometry::HourMark> marks = geometry.hourMarks(0);
        QCOMPARE(marks.size(), 25);
        QCOMPARE(marks.at(2).time.time(), QTime(2, 0));
        QCOMPARE(marks.at(3).time.time(), QTime(2, 0));
        QCOMPARE(marks.at(2).time.offsetFromUtc(), 7200);
        QCOMPARE(marks.at(3).time.offsetFromUtc(), 3600);
        QCOMPARE(marks.at(4).time.time(), QTime(3, 0));
        // 02:30 happens twice: first in the third row, then in the fourth.
        QCOMPARE(geometry.yOf(0, utc("2026-10-25T00:30:00Z")), 2.5 * kHour);
        QCOMPARE(geometry.yOf(0, utc("2026-10-25T01:30:00Z")), 3.5 * kHour);
        QCOMPARE(geometry.timeAt(0, 2.5 * kHour), utc("2026-10-25T00:30:00Z"));
        QCOMPARE(geometry.timeAt(0, 3.5 * kHour), utc("2026-10-25T01:30:00Z"));
        QCOMPARE(geometry.timeAt(0, 24 * kHour), utc("2026-10-25T22:00:00Z")); // 23:00 CET
        checkRoundTrips(geometry, 0);
    }

    void weekWithAClockChange()
    {
        const QTimeZone berlin("Europe/Berlin");
        QList<QDate> days;
        for (int i = 0; i < 7; ++i)
            days.append(QDate(2026, 10, 19).addDays(i));
        const CalendarGeometry geometry(berlin, days, kHour, 100);
        QCOMPARE(geometry.contentHeight(), 25 * kHour);
        QCOMPARE(geometry.dayHeight(5), 24 * kHour);
        QCOMPARE(geometry.dayHeight(6), 25 * kHour);
        QCOMPARE(geometry.columnOf(at(2026, 10, 25, 0, 0, berlin)), 6);
        QCOMPARE(geometry.columnOf(at(2026, 10, 25, 0, 0, berlin) - 1), 5);
        QCOMPARE(geometry.columnOf(at(2026, 10, 26, 0, 0, berlin)), -1);
        QCOMPARE(geometry.columnOf(at(2026, 10, 19, 0, 0, berlin) - 1), -1);
        QCOMPARE(geometry.rangeEndMs() - geometry.rangeStartMs(), qint64(169) * 3600 * 1000);
        QCOMPARE(geometry.columnAt(0), 0);
        QCOMPARE(geometry.columnAt(650), 6);
        QCOMPARE(geometry.columnAt(700), -1);
        QCOMPARE(geometry.columnAt(-1), -1);
        for (int column = 0; column < 7; ++column)
            checkRoundTrips(geometry, column);
    }

    // Asia/Kolkata is UTC+05:30 all year: rows still start at local full hours.
    void halfHourOffset()
    {
        const QTimeZone kolkata("Asia/Kolkata");
        const CalendarGeometry geometry = dayOf("Asia/Kolkata", QDate(2026, 11, 24));
        QCOMPARE(geometry.dayStartMs(0), utc("2026-11-23T18:30:00Z"));
        QCOMPARE(geometry.yOf(0, utc("2026-11-24T10:00:00Z")), 15.5 * kHour); // 15:30 IST
        QCOMPARE(geometry.timeAt(0, 9 * kHour), utc("2026-11-24T03:30:00Z")); // 09:00 IST
        QCOMPARE(geometry.hourMarks(0).at(9).time.time(), QTime(9, 0));
        // Snapping follows the local wall clock: 15:38 IST -> 15:45 IST, not UTC quarters.
        QCOMPARE(geometry.snapped(0, at(2026, 11, 24, 15, 38, kolkata), 15),
                 at(2026, 11, 24, 15, 45, kolkata));
        QCOMPARE(geometry.snapped(0, at(2026, 11, 24, 15, 44, kolkata), 30),
                 at(2026, 11, 24, 15, 30, kolkata));
        checkRoundTrips(geometry, 0);
    }

    // Australia/Adelaide: +09:30 / +10:30, clocks go forward on 2026-10-04 and back on
    // 2026-04-05. Half-hour offset and daylight saving together.
    void halfHourOffsetWithDaylightSaving()
    {
        const QTimeZone adelaide("Australia/Adelaide");
        const CalendarGeometry forward = dayOf("Australia/Adelaide", QDate(2026, 10, 4));
        QCOMPARE(forward.dayHeight(0), 23 * kHour);
        QCOMPARE(forward.hourMarks(0).at(2).time.time(), QTime(3, 0));
        QCOMPARE(forward.yOf(0, at(2026, 10, 4, 9, 30, adelaide)), 8.5 * kHour);
        checkRoundTrips(forward, 0);
        const CalendarGeometry back = dayOf("Australia/Adelaide", QDate(2026, 4, 5));
        QCOMPARE(back.dayHeight(0), 25 * kHour);
        QCOMPARE(back.yOf(0, at(2026, 4, 5, 9, 30, adelaide)), 10.5 * kHour);
        checkRoundTrips(back, 0);
    }

    void snappingOnAClockChangeDay()
    {
        const QTimeZone berlin("Europe/Berlin");
        const CalendarGeometry geometry = dayOf("Europe/Berlin", QDate(2026, 3, 29));
        QCOMPARE(geometry.snapped(0, at(2026, 3, 29, 3, 7, berlin), 15),
                 at(2026, 3, 29, 3, 0, berlin));
        QCOMPARE(geometry.snapped(0, at(2026, 3, 29, 3, 8, berlin), 15),
                 at(2026, 3, 29, 3, 15, berlin));
        QCOMPARE(geometry.snapped(0, at(2026, 3, 29, 10, 2, berlin), 5),
                 at(2026, 3, 29, 10, 0, berlin));
        // Before the day's start (a drag grabbed low in a block): still whole steps.
        QCOMPARE(geometry.snapped(0, at(2026, 3, 28, 23, 52, berlin), 15),
                 at(2026, 3, 28, 23, 45, berlin));
    }

    void clampsOutsideTheDay()
    {
        const CalendarGeometry geometry = dayOf("Europe/Berlin", QDate(2026, 11, 24));
        QCOMPARE(geometry.yOf(0, geometry.dayStartMs(0) - 3600000), 0.0);
        QCOMPARE(geometry.yOf(0, geometry.dayEndMs(0) + 3600000), 24 * kHour);
        QCOMPARE(geometry.timeAt(0, -50), geometry.dayStartMs(0));
        QCOMPARE(geometry.timeAt(0, 10000), geometry.dayEndMs(0));
    }

    void overlappingBookingsSideBySide()
    {
        using Item = CalendarLayout::Item;
        const qint64 h = 3600 * 1000;
        // A 9-11, B 10-12, C 11-12 (C reuses A's lane), D 13-14 alone.
        const QList<CalendarLayout::Place> places =
            CalendarLayout::place({Item{9 * h, 11 * h}, Item{10 * h, 12 * h}, Item{11 * h, 12 * h},
                                   Item{13 * h, 14 * h}});
        QCOMPARE(places.size(), 4);
        QCOMPARE(places.at(0).lane, 0);
        QCOMPARE(places.at(1).lane, 1);
        QCOMPARE(places.at(2).lane, 0);
        QCOMPARE(places.at(0).lanes, 2);
        QCOMPARE(places.at(2).lanes, 2);
        QCOMPARE(places.at(3).lane, 0);
        QCOMPARE(places.at(3).lanes, 1);
        // Three at once.
        const QList<CalendarLayout::Place> three = CalendarLayout::place(
            {Item{9 * h, 10 * h}, Item{9 * h, 10 * h}, Item{9 * h + h / 2, 10 * h}});
        QCOMPARE(three.at(2).lane, 2);
        QCOMPARE(three.at(0).lanes, 3);
        QVERIFY(CalendarLayout::place({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCalendarGeometry)
#include "tst_calendargeometry.moc"
