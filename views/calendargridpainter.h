#pragma once

#include "bookingstatus.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRect>

class CalendarView;
class QPainter;
struct CalendarBlock;

// Paints the time grid of the day and week modes: business hours, free slots, hour lines,
// booking blocks, the drag ghost, the current-time line, then the fixed day header and
// hour ruler on top. Reads the view's laid-out blocks; changes nothing.
class CalendarGridPainter
{
    Q_DECLARE_TR_FUNCTIONS(CalendarGridPainter)

public:
    CalendarGridPainter(const CalendarView &view, QPainter &painter);
    void paint(const QRect &dirty);

    // Fills the view's blocks for its days: one per day a booking touches, overlapping ones
    // side by side (content coordinates).
    static void layout(const CalendarView &view);

    // The block's fill and frame, shared with the month view.
    static void paintBlock(const CalendarView &view, QPainter &painter, const CalendarBlock &block,
                           const QRectF &rect);

    // What a block of `status` is filled with, and its text's colour and font (cancelled:
    // struck through), for the view's palette.
    static bool isDarkPalette(const CalendarView &view);
    static QColor blockFill(const CalendarView &view, BookingStatus status);
    static QColor blockText(const CalendarView &view, BookingStatus status);
    static QFont blockFont(const CalendarView &view, BookingStatus status);

private:
    void paintBackground(const QRect &dirty);
    void paintBlocks(const QRect &dirty);
    void paintGhost();
    void paintNowLine();
    void paintHeader();
    void paintRuler();

    const CalendarView &m_view;
    QPainter &m_painter;
    double m_scroll = 0;
};
