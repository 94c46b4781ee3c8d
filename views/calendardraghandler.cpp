#include "calendardraghandler.h"

#include "bookingrules.h"
#include "calendarview.h"
#include "clock.h"

#include <QApplication>
#include <QScrollBar>

#include <algorithm>

namespace {

constexpr int kResizeEdge = 5;
constexpr int kScrollEdge = 24;

} // namespace

CalendarDragHandler::CalendarDragHandler(CalendarView *view) : QObject(view), m_view(view)
{
    m_scrollTimer.setInterval(30);
    connect(&m_scrollTimer, &QTimer::timeout, this, &CalendarDragHandler::autoScroll);
}

bool CalendarDragHandler::isResizeZone(const CalendarView &view, const CalendarBlock &block,
                                       const QPoint &viewportPos)
{
    if (view.mode() == CalendarView::Mode::Month || block.continuesAfter)
        return false;
    const QRectF rect = view.toViewport(block.rect);
    const double edge = std::min<double>(kResizeEdge, rect.height() / 3);
    return rect.contains(viewportPos) && viewportPos.y() >= rect.bottom() - edge;
}

void CalendarDragHandler::press(const QPoint &viewportPos, const CalendarBlock &block)
{
    m_armed = true;
    m_dragging = false;
    m_id = block.id;
    m_startMs = block.startMs;
    m_endMs = block.endMs;
    m_newStartMs = block.startMs;
    m_newEndMs = block.endMs;
    m_noSlotHere = false;
    m_pressPos = viewportPos;
    m_lastPos = viewportPos;
    m_resize = isResizeZone(*m_view, block, viewportPos);
    if (m_view->mode() == CalendarView::Mode::Month) {
        m_pressColumn = m_view->dayIndexAt(viewportPos);
        m_grabOffsetMs = 0;
    } else {
        m_pressColumn = block.column;
        const QPointF point = m_view->toContent(viewportPos);
        m_grabOffsetMs = m_view->m_geometry.timeAt(block.column, point.y()) - block.startMs;
    }
}

void CalendarDragHandler::move(const QPoint &viewportPos)
{
    if (!m_armed)
        return;
    m_lastPos = viewportPos;
    if (!m_dragging) {
        if ((viewportPos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_dragging = true;
        m_view->viewport()->setCursor(m_resize ? Qt::SizeVerCursor : Qt::ClosedHandCursor);
    }
    update(viewportPos);
    m_scrollStep = 0;
    if (m_view->mode() != CalendarView::Mode::Month) {
        const int top = m_view->headerHeight();
        const int bottom = m_view->viewport()->height();
        if (viewportPos.y() < top + kScrollEdge)
            m_scrollStep = -std::max(2, (top + kScrollEdge - viewportPos.y()) / 2);
        else if (viewportPos.y() > bottom - kScrollEdge)
            m_scrollStep = std::max(2, (viewportPos.y() - bottom + kScrollEdge) / 2);
    }
    if (m_scrollStep != 0 && !m_scrollTimer.isActive())
        m_scrollTimer.start();
    else if (m_scrollStep == 0)
        m_scrollTimer.stop();
}

QRect CalendarDragHandler::ghostArea() const
{
    const CalendarGeometry &geometry = m_view->m_geometry;
    if (!m_dragging || m_view->mode() == CalendarView::Mode::Month)
        return m_view->viewport()->rect();
    QRect area;
    const int label = m_view->fontMetrics().height() + 4;
    for (int column = 0; column < geometry.columnCount(); ++column) {
        if (m_newEndMs <= geometry.dayStartMs(column) || m_newStartMs >= geometry.dayEndMs(column))
            continue;
        const double top = geometry.yOf(column, m_newStartMs);
        const double bottom = std::max(top + label, geometry.yOf(column, m_newEndMs));
        area |= m_view
                    ->toViewport(QRectF(geometry.columnLeft(column), top, geometry.columnWidth(),
                                        bottom - top))
                    .toAlignedRect()
                    .adjusted(-2, -2, 2, 2);
    }
    return area;
}

void CalendarDragHandler::update(const QPoint &viewportPos)
{
    // Only the old and the new ghost need painting: a drag frame stays cheap in a full week.
    const QRect before = ghostArea();
    const CalendarGeometry &geometry = m_view->m_geometry;
    const qint64 duration = m_endMs - m_startMs;
    if (m_view->mode() == CalendarView::Mode::Month) {
        const int day = m_view->dayIndexAt(viewportPos);
        if (day < 0 || m_pressColumn < 0)
            return;
        // Whole days on the wall clock, so 10:00 stays 10:00 across a DST change.
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_startMs, m_view->timeZone());
        m_newStartMs = start.addDays(day - m_pressColumn).toMSecsSinceEpoch();
        m_newEndMs = m_newStartMs + duration;
    } else {
        const QPointF point = m_view->toContent(viewportPos);
        int column = geometry.columnAt(point.x());
        if (column < 0)
            column = point.x() < 0 ? 0 : geometry.columnCount() - 1;
        const qint64 at = geometry.timeAt(column, point.y());
        if (m_resize) {
            const qint64 shortest = std::max<qint64>(60 * 1000, m_view->snapMinutes() * 60 * 1000);
            m_newStartMs = m_startMs;
            m_newEndMs = std::max(snapEnd(column, at), m_startMs + shortest);
        } else {
            m_newStartMs = snapStart(column, at - m_grabOffsetMs);
            m_newEndMs = m_newStartMs + duration;
        }
    }
    m_view->viewport()->update(before | ghostArea());
}

const TimeSlot *CalendarDragHandler::nearestSlot(int column, qint64 ms, bool byEnd) const
{
    // Only the day under the pointer counts: the nearest slot of the whole week could be on
    // another day, and the drop would jump there.
    const CalendarGeometry &geometry = m_view->m_geometry;
    if (column < 0 || column >= geometry.columnCount())
        return nullptr;
    const qint64 dayStart = geometry.dayStartMs(column);
    const qint64 dayEnd = geometry.dayEndMs(column);
    const TimeSlot *nearest = nullptr;
    qint64 distance = 0;
    for (const TimeSlot &slot : m_view->m_slots) {
        const qint64 start = slot.start.toMSecsSinceEpoch();
        if (start < dayStart || start >= dayEnd)
            continue;
        const qint64 at = byEnd ? slot.end.toMSecsSinceEpoch() : start;
        if (!nearest || std::abs(at - ms) < distance) {
            nearest = &slot;
            distance = std::abs(at - ms);
        }
    }
    return nearest;
}

qint64 CalendarDragHandler::snapStart(int column, qint64 ms)
{
    m_noSlotHere = false;
    if (m_view->snapToSlots()) {
        if (const TimeSlot *slot = nearestSlot(column, ms, false))
            return slot->start.toMSecsSinceEpoch();
        m_noSlotHere = true;
    }
    return m_view->m_geometry.snapped(column, ms, m_view->snapMinutes());
}

qint64 CalendarDragHandler::snapEnd(int column, qint64 ms)
{
    m_noSlotHere = false;
    if (m_view->snapToSlots()) {
        if (const TimeSlot *slot = nearestSlot(column, ms, true);
            slot && slot->end.toMSecsSinceEpoch() > m_startMs)
            return slot->end.toMSecsSinceEpoch();
        m_noSlotHere = true;
    }
    return m_view->m_geometry.snapped(column, ms, m_view->snapMinutes());
}

void CalendarDragHandler::release(const QPoint &viewportPos)
{
    if (!m_armed)
        return;
    if (m_dragging)
        update(viewportPos);
    const bool moved = m_dragging && (m_newStartMs != m_startMs || m_newEndMs != m_endMs);
    const QString id = m_id;
    const qint64 start = m_newStartMs;
    const qint64 end = m_newEndMs;
    cancel();
    if (moved)
        m_view->requestReschedule(id, start, end);
}

void CalendarDragHandler::cancel()
{
    const bool wasDragging = m_dragging;
    m_armed = false;
    m_dragging = false;
    m_scrollTimer.stop();
    m_scrollStep = 0;
    if (wasDragging) {
        m_view->viewport()->unsetCursor();
        m_view->viewport()->update();
    }
}

std::optional<CalendarDragHandler::Ghost> CalendarDragHandler::ghost() const
{
    if (!m_dragging)
        return std::nullopt;
    // The rule the drop will meet, shown while dragging: a time that has begun is refused.
    const RuleVerdict verdict = BookingRules::checkNewTime(
        QDateTime::fromMSecsSinceEpoch(m_newStartMs, Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(m_newEndMs, Qt::UTC), Clock::now());
    return Ghost{m_id,     m_newStartMs,   m_newEndMs,
                 m_resize, verdict.reason, m_noSlotHere ? tr("No free slot here") : QString()};
}

void CalendarDragHandler::autoScroll()
{
    if (!m_dragging || m_scrollStep == 0) {
        m_scrollTimer.stop();
        return;
    }
    QScrollBar *bar = m_view->verticalScrollBar();
    const int before = bar->value();
    bar->setValue(before + m_scrollStep);
    if (bar->value() == before)
        return;
    update(m_lastPos);
}
