#pragma once

#include "calendarblock.h"
#include "timeslot.h"

#include <QObject>
#include <QPoint>
#include <QTimer>

#include <optional>

class CalendarView;

// Moving and resizing a booking with the mouse. A press arms the handler; the drag starts
// only once the pointer has travelled QApplication::startDragDistance(), so a click never
// moves anything. While dragging, the ghost holds the new times (snapped); Esc cancels; the
// view scrolls when the pointer nears its top or bottom edge. A release with new times asks
// the view to emit rescheduleRequested.
class CalendarDragHandler : public QObject
{
    Q_OBJECT

public:
    struct Ghost
    {
        QString id;
        qint64 startMs = 0;
        qint64 endMs = 0;
        bool resize = false;
        QString refusal; // why the rules refuse this time (it has begun); empty: allowed
        QString hint;    // "No free slot here": snapping to slots fell back to the grid
    };

    explicit CalendarDragHandler(CalendarView *view);

    // Within the bottom edge of a block that ends in its column: a press there resizes.
    static bool isResizeZone(const CalendarView &view, const CalendarBlock &block,
                             const QPoint &viewportPos);

    void press(const QPoint &viewportPos, const CalendarBlock &block);
    void move(const QPoint &viewportPos);
    void release(const QPoint &viewportPos);
    void cancel();

    bool isArmed() const { return m_armed; }
    bool isDragging() const { return m_dragging; }
    std::optional<Ghost> ghost() const;

private:
    void update(const QPoint &viewportPos);
    // Snapping to free slots takes the nearest slot of the day under the pointer (`column`);
    // a day without one snaps to the grid and sets m_noSlotHere.
    qint64 snapStart(int column, qint64 ms);
    qint64 snapEnd(int column, qint64 ms);
    const TimeSlot *nearestSlot(int column, qint64 ms, bool byEnd) const;
    void autoScroll();
    // Where the ghost is drawn, in viewport pixels (what a move must repaint).
    QRect ghostArea() const;

    CalendarView *m_view;
    QTimer m_scrollTimer;
    bool m_armed = false;
    bool m_dragging = false;
    bool m_resize = false;
    QPoint m_pressPos;
    QPoint m_lastPos;
    QString m_id;
    qint64 m_startMs = 0; // the booking's times at the press
    qint64 m_endMs = 0;
    qint64 m_grabOffsetMs = 0; // from the booking's start to the pressed point
    int m_pressColumn = 0;
    qint64 m_newStartMs = 0;
    qint64 m_newEndMs = 0;
    int m_scrollStep = 0;
    bool m_noSlotHere = false;
};
