#pragma once

#include <QCoreApplication>
#include <QRect>

class CalendarView;
class QPainter;

// The month mode: six weeks of day cells, each listing its bookings by start time, one line
// each, with "+N more" when the cell is full (a double-click on the cell opens that day).
class CalendarMonthPainter
{
    Q_DECLARE_TR_FUNCTIONS(CalendarMonthPainter)

public:
    CalendarMonthPainter(const CalendarView &view, QPainter &painter);
    void paint(const QRect &dirty);

    // Fills the view's blocks with the month's lines (content coordinates).
    static void layout(const CalendarView &view);
    // Where a full cell says "+N more" (content coordinates); a click there opens the day.
    static QRectF moreLineRect(const CalendarView &view, int day);

private:
    static QRectF cellRect(const CalendarView &view, int index);
    static int lineHeight(const CalendarView &view);

    const CalendarView &m_view;
    QPainter &m_painter;
};
