#pragma once

#include "bookingrules.h"
#include "bookingtablemodel.h"
#include "calendarblock.h"
#include "calendargeometry.h"
#include "timeslot.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <QTime>
#include <QTimer>
#include <QTimeZone>

#include <functional>
class CalendarAccessible;
class CalendarDragHandler;
class CalendarIndex;
class SlotProvider;

// The bookings of a day, a work week, a week or a month on a time grid (month: a grid of
// day cells). Reads the list model's rows through its own start-ordered index; shows the
// display zone's wall clock (CalendarGeometry explains 23- and 25-hour days).
//
// The view only expresses intent: a drag or a keyboard move emits rescheduleRequested and
// shows the block at its new place, marked provisional, until endReschedule(id) is called
// (the request was answered, refused or abandoned) or the model's times for it change.
//
// Assistive technology sees the painted bookings as accessible children (CalendarAccessible:
// install it once with CalendarAccessible::install()).
class CalendarView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Mode { Day, WorkWeek, Week, Month };
    Q_ENUM(Mode)

    explicit CalendarView(QWidget *parent = nullptr);
    ~CalendarView() override;

    void setModel(BookingTableModel *model);
    BookingTableModel *model() const;

    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    void setSnapMinutes(int minutes); // 5, 15 or 30
    int snapMinutes() const { return m_snapMinutes; }
    void setSnapToSlots(bool on) { m_snapToSlots = on; }
    bool snapToSlots() const { return m_snapToSlots; }
    void setBusinessHours(QTime from, QTime to);
    // Which of the model's rows are drawn (default: all, cancelled ones faded). The main
    // window passes the list's status filter and search, so both show the same bookings;
    // call invalidateFilter() when its answers change.
    void setRowFilter(std::function<bool(int row)> accepts);
    void invalidateFilter();
    bool isShownRow(int row) const;
    void setAvailableSlots(const QList<TimeSlot> &free);
    QList<TimeSlot> availableSlots() const { return m_slots; }
    // Fetches slots for every visible range and shows them (and the cached ones offline).
    void setSlotProvider(SlotProvider *provider);
    // Bookings with a change on its way to the server are drawn as pending: those the
    // predicate names, besides the model's Sending and Pending sync marks.
    void setPendingPredicate(std::function<bool(const QString &id)> pending);
    // The time grid's zoom, in pixels per hour (kMinHourHeight..kMaxHourHeight). Ctrl+wheel,
    // Ctrl+plus / Ctrl+minus step through zoomSteps() (Ctrl+0: the default) and emit
    // hourHeightChanged; setHourHeight does not.
    void setHourHeight(int pixels);
    int hourHeight() const { return m_hourHeight; }
    static constexpr int kMinHourHeight = 24;
    static constexpr int kMaxHourHeight = 192;
    static constexpr int kDefaultHourHeight = 48;
    static QList<int> zoomSteps();

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setDate(QDate date);
    QDate date() const { return m_date; }
    QList<QDate> visibleDays() const { return m_days; }
    QDateTime visibleFrom() const;
    QDateTime visibleTo() const;

    QString currentBookingId() const { return m_currentId; }
    void setCurrentBookingId(const QString &id);

    // Where the booking is drawn, in viewport coordinates (its first block); empty when it
    // is not visible. For tests and for the lead's context menus.
    QRect blockRect(const QString &id) const;
    QString bookingAt(const QPoint &viewportPos) const;
    // The viewport point of an instant: the middle of its day's column (time grid) or cell
    // (month), at its height in the grid; (-1, -1) when the day is not shown.
    QPoint pointAt(const QDateTime &time) const;
    // Scrolls the time grid so that `time` (local) is near the top.
    void scrollToTime(QTime time);

    bool isDraggable(const QString &id) const;
    // While dragging: what the ghost says besides its times (why the drop is refused, or
    // "No free slot here" when snapping to slots fell back to the grid); empty otherwise.
    QString dropHint() const;
    // The booking actions the shared rules (BookingRules) allow for the booking now, in menu
    // order; none while a change to it is on its way.
    QList<BookingAction> availableActions(const QString &id) const;
    // Makes the booking current and asks for the action (bookingActionRequested), or for its
    // context menu (contextMenuRequested at the block): what the accessible children's
    // actions do.
    void requestBookingAction(BookingAction action, const QString &id);
    void requestContextMenu(const QString &id);
    // Month view: opens the day (what a click on "+N more" does).
    void openDay(QDate day);

public Q_SLOTS:
    void showPrevious();
    void showNext();
    void showToday();
    // Asks to move the current booking by `steps` snap steps (through rescheduleRequested).
    void moveSelectedBy(int steps);
    // The request for `id` is over (answered, refused or abandoned): draw the model's times.
    void endReschedule(const QString &id);
    // Asks the slot provider again for the visible range (the bookings changed, the server
    // became reachable).
    void refreshSlots();
    void zoomIn();
    void zoomOut();
    void resetZoom();

Q_SIGNALS:
    void rescheduleRequested(const QString &id, const QDateTime &start, const QDateTime &end);
    void bookingActivated(const QString &id);
    void contextMenuRequested(const QString &id, const QPoint &globalPos);
    void currentBookingChanged(const QString &id);
    void visibleRangeChanged(const QDateTime &from, const QDateTime &to);
    void modeChanged(CalendarView::Mode mode);
    void dateChanged(QDate date);
    // A booking action asked for through the calendar's accessible children (the Booking
    // menu's actions work on the current booking by themselves).
    void bookingActionRequested(BookingAction action, const QString &id);
    // The desk zoomed (Ctrl+wheel, Ctrl+plus/minus/0).
    void hourHeightChanged(int pixels);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    friend class CalendarAccessible;
    friend class CalendarDragHandler;
    friend class CalendarGridPainter;
    friend class CalendarMonthPainter;

    struct Times
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
    };

    void updateRange();
    void updateGrid();
    void invalidateBlocks();
    void ensureBlocks() const;
    const CalendarBlock *blockAt(const QPoint &viewportPos) const;
    // The visible day under the point (-1 outside): a column, or a month cell.
    int dayIndexAt(const QPoint &viewportPos) const;
    const CalendarBlock *firstBlockOf(const QString &id) const;
    Times timesOf(int row) const;
    bool isPending(const QString &id) const;
    bool isDraggableRow(int row) const;
    qint64 now() const;
    // Content <-> viewport coordinates of the time grid.
    QPointF toContent(const QPointF &viewportPos) const;
    QRectF toViewport(const QRectF &contentRect) const;
    int rulerWidth() const;
    int headerHeight() const;
    void requestReschedule(const QString &id, qint64 startMs, qint64 endMs);
    void selectNeighbour(int key);
    // Tells assistive technology that the current booking changed: a selection event, and a
    // focus event while the view has the focus.
    void announceCurrent() const;
    // Zooms to `pixels`, keeping the time at viewport y `anchor` where it is.
    void zoomTo(int pixels, int anchor);
    void zoomBy(int steps, int anchor);

    QPointer<BookingTableModel> m_model;
    CalendarIndex *m_index = nullptr;
    CalendarDragHandler *m_drag = nullptr;
    QPointer<SlotProvider> m_slotProvider;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    int m_snapMinutes = 15;
    bool m_snapToSlots = false;
    QTime m_businessFrom{8, 0};
    QTime m_businessTo{18, 0};
    std::function<bool(int)> m_rowFilter;
    QList<TimeSlot> m_slots;
    std::function<bool(const QString &)> m_pending;
    int m_hourHeight = 48;
    Mode m_mode = Mode::Week;
    QDate m_date;
    QList<QDate> m_days;
    QString m_currentId;
    struct Provisional
    {
        Times shown;  // where the request moves it
        Times before; // the model's times when it was asked
    };
    QHash<QString, Provisional> m_provisional;

    mutable CalendarGeometry m_geometry;
    mutable QList<CalendarBlock> m_blocks; // ordered by column, then start
    mutable QHash<QDate, int> m_moreCount; // month view: bookings a cell could not list
    mutable bool m_blocksDirty = true;
    mutable int m_layoutGeneration = 0; // counts layouts (the accessible children follow)
    int m_rulerWidth = 0;
    int m_wheelZoom = 0; // angle delta not yet turned into a zoom step
    bool m_scrolledToBusinessHours = false;
    QTimer m_minuteTimer;
};
