// CalendarView's mouse, keyboard and selection handling (its layout and painting are in
// calendarview.cpp and the painters).

#include "bookingtablemodel.h"
#include "calendaraccessible.h"
#include "calendardraghandler.h"
#include "calendarlogging.h"
#include "calendarmonthpainter.h"
#include "calendarview.h"
#include "customerhistory.h"
#include "timetext.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

void CalendarView::setCurrentBookingId(const QString &id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    // Selected in the list: show it here too.
    const int row = m_model && !id.isEmpty() ? m_model->rowOf(id) : -1;
    if (row >= 0) {
        const Times times = timesOf(row);
        if (times.endMs <= m_geometry.rangeStartMs() || times.startMs >= m_geometry.rangeEndMs())
            setDate(QDateTime::fromMSecsSinceEpoch(times.startMs, m_zone).date());
        if (const CalendarBlock *block = firstBlockOf(id); block && m_mode != Mode::Month) {
            const int top = int(block->rect.top());
            const int visible = viewport()->height() - headerHeight();
            if (top < verticalScrollBar()->value() ||
                block->rect.bottom() > verticalScrollBar()->value() + visible)
                verticalScrollBar()->setValue(top - m_hourHeight / 2);
        }
    }
    viewport()->update();
    announceCurrent();
}

void CalendarView::announceCurrent() const
{
    if (!QAccessible::isActive() || m_currentId.isEmpty())
        return;
    const int child = CalendarAccessible::indexOfBooking(this, m_currentId);
    if (child < 0)
        return;
    auto *self = const_cast<CalendarView *>(this);
    if (hasFocus()) {
        QAccessibleEvent focus(self, QAccessible::Focus);
        focus.setChild(child);
        QAccessible::updateAccessibility(&focus);
    }
    QAccessibleEvent selection(self, QAccessible::Selection);
    selection.setChild(child);
    QAccessible::updateAccessibility(&selection);
}

QString CalendarView::dropHint() const
{
    const auto ghost = m_drag->ghost();
    if (!ghost)
        return {};
    QStringList lines;
    if (!ghost->refusal.isEmpty())
        lines << ghost->refusal;
    if (!ghost->hint.isEmpty())
        lines << ghost->hint;
    return lines.join(u'\n');
}

void CalendarView::requestBookingAction(BookingAction action, const QString &id)
{
    if (!availableActions(id).contains(action))
        return;
    if (id != m_currentId) {
        setCurrentBookingId(id);
        Q_EMIT currentBookingChanged(id);
    }
    Q_EMIT bookingActionRequested(action, id);
}

void CalendarView::requestContextMenu(const QString &id)
{
    const int row = m_model && !id.isEmpty() ? m_model->rowOf(id) : -1;
    if (row < 0 || !isShownRow(row))
        return;
    if (id != m_currentId) {
        setCurrentBookingId(id);
        Q_EMIT currentBookingChanged(id);
    }
    const QRect block = blockRect(id);
    const QPoint at = block.isEmpty() ? viewport()->rect().center() : block.center();
    Q_EMIT contextMenuRequested(id, viewport()->mapToGlobal(at));
}

void CalendarView::openDay(QDate day)
{
    if (!day.isValid())
        return;
    setMode(Mode::Day);
    setDate(day);
}

int CalendarView::dayIndexAt(const QPoint &viewportPos) const
{
    if (viewportPos.y() < headerHeight())
        return -1;
    const QPointF point = toContent(viewportPos);
    const int column = m_geometry.columnAt(point.x());
    if (column < 0 || m_mode != Mode::Month)
        return column;
    const double cellHeight = (viewport()->height() - headerHeight()) / 6.0;
    const int index = int(point.y() / cellHeight) * 7 + column;
    return index < m_days.size() ? index : -1;
}

void CalendarView::endReschedule(const QString &id)
{
    if (m_provisional.remove(id))
        invalidateBlocks();
}

void CalendarView::requestReschedule(const QString &id, qint64 startMs, qint64 endMs)
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row < 0)
        return;
    const BookingRow &booking = m_model->row(row);
    qCDebug(lcCalendar) << "reschedule requested:" << id << "from" << booking.startMs << "to"
                        << startMs << endMs;
    m_provisional.insert(id, {{startMs, endMs}, {booking.startMs, booking.endMs}});
    invalidateBlocks();
    Q_EMIT rescheduleRequested(id, QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc()),
                               QDateTime::fromMSecsSinceEpoch(endMs, QTimeZone::utc()));
}

void CalendarView::moveSelectedBy(int steps)
{
    const int row = m_model && !m_currentId.isEmpty() ? m_model->rowOf(m_currentId) : -1;
    if (row < 0 || steps == 0 || !isDraggableRow(row))
        return;
    const Times times = timesOf(row);
    const qint64 delta = qint64(steps) * m_snapMinutes * 60 * 1000;
    requestReschedule(m_currentId, times.startMs + delta, times.endMs + delta);
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const CalendarBlock *block = blockAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton)
        return;
    const QString id = block ? block->id : QString();
    if (id != m_currentId) {
        m_currentId = id;
        viewport()->update();
        announceCurrent();
        Q_EMIT currentBookingChanged(id);
    }
    if (block && isDraggableRow(block->row))
        m_drag->press(event->position().toPoint(), *block);
    const int day = !block && m_mode == Mode::Month ? dayIndexAt(event->position().toPoint()) : -1;
    if (day >= 0 && m_moreCount.value(m_days.at(day)) > 0 &&
        CalendarMonthPainter::moreLineRect(*this, day).contains(toContent(event->position())))
        openDay(m_days.at(day));
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag->isArmed()) {
        m_drag->move(pos);
        return;
    }
    const CalendarBlock *block = blockAt(pos);
    const bool resize = block && isDraggableRow(block->row) &&
                        CalendarDragHandler::isResizeZone(*this, *block, pos);
    viewport()->setCursor(
        resize ? Qt::SizeVerCursor
               : (block && isDraggableRow(block->row) ? Qt::OpenHandCursor : Qt::ArrowCursor));
}

void CalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_drag->release(event->position().toPoint());
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (const CalendarBlock *block = blockAt(pos)) {
        Q_EMIT bookingActivated(block->id);
        return;
    }
    // A double-click on a month cell opens that day.
    const int index = m_mode == Mode::Month ? dayIndexAt(pos) : -1;
    if (index >= 0)
        openDay(m_days.at(index));
}

void CalendarView::contextMenuEvent(QContextMenuEvent *event)
{
    const CalendarBlock *block = blockAt(viewport()->mapFromGlobal(event->globalPos()));
    if (!block)
        return;
    if (block->id != m_currentId) {
        m_currentId = block->id;
        viewport()->update();
        announceCurrent();
        Q_EMIT currentBookingChanged(m_currentId);
    }
    Q_EMIT contextMenuRequested(block->id, event->globalPos());
}

bool CalendarView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QAbstractScrollArea::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const CalendarBlock *block = blockAt(help->pos());
    if (!block || !m_model) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const BookingRow &booking = m_model->row(block->row);
    const QLocale locale = this->locale();
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(block->startMs, Qt::UTC);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(block->endMs, Qt::UTC);
    QStringList lines;
    lines << (booking.hasLead ? booking.field(BookingRow::Customer).toString()
                              : tr("(no customer)"));
    if (!booking.field(BookingRow::Service).isEmpty())
        lines << booking.field(BookingRow::Service).toString();
    const bool sameDay = start.toTimeZone(m_zone).date() == end.toTimeZone(m_zone).date();
    lines << tr("%1 – %2").arg(TimeText::dateTime(start, m_zone, locale),
                               sameDay ? TimeText::timeOfDay(end, m_zone, locale)
                                       : TimeText::dateTime(end, m_zone, locale));
    lines << BookingStatuses::label(booking.status);
    if (const int noShows = m_model->recentNoShows(block->id))
        lines << tr("⚠ %1").arg(CustomerHistory::warningText(noShows));
    if (isPending(block->id))
        lines << tr("A change is waiting for the server's answer.");
    QToolTip::showText(help->globalPos(), lines.join(u'\n'), viewport());
    return true;
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    const bool control = event->modifiers() & Qt::ControlModifier;
    // Ctrl+plus is Ctrl+Shift+= on many keyboards, so Ctrl+= zooms in too.
    if (event->matches(QKeySequence::ZoomIn) ||
        (control && (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal))) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut) || (control && event->key() == Qt::Key_Minus)) {
        zoomOut();
        return;
    }
    if (control && event->key() == Qt::Key_0) {
        resetZoom();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_drag->isArmed()) {
            m_drag->cancel();
            return;
        }
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (control)
            moveSelectedBy(event->key() == Qt::Key_Up ? -1 : 1);
        else
            selectNeighbour(event->key());
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
        selectNeighbour(event->key());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_currentId.isEmpty()) {
            Q_EMIT bookingActivated(m_currentId);
            return;
        }
        break;
    case Qt::Key_PageUp:
        showPrevious();
        return;
    case Qt::Key_PageDown:
        showNext();
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

// Up/Down: the previous or next booking in time. Left/Right: the booking nearest in time of
// day on the previous or next day that has one; past the visible days, the next page.
void CalendarView::selectNeighbour(int key)
{
    ensureBlocks();
    if (m_blocks.isEmpty()) {
        if (key == Qt::Key_Left)
            showPrevious();
        else if (key == Qt::Key_Right)
            showNext();
        return;
    }
    const CalendarBlock *current = firstBlockOf(m_currentId);
    const CalendarBlock *next = nullptr;
    if (!current) {
        next = &m_blocks.first();
    } else if (key == Qt::Key_Up || key == Qt::Key_Down) {
        const qsizetype at = current - m_blocks.constData();
        const qsizetype to = at + (key == Qt::Key_Up ? -1 : 1);
        if (to >= 0 && to < m_blocks.size())
            next = &m_blocks.at(to);
    } else {
        const int step = key == Qt::Key_Left ? -1 : 1;
        const double y = current->rect.top();
        for (int column = current->column + step;
             !next && column >= 0 && column < m_geometry.columnCount(); column += step) {
            for (const CalendarBlock &block : std::as_const(m_blocks)) {
                if (block.column == column &&
                    (!next || std::abs(block.rect.top() - y) < std::abs(next->rect.top() - y)))
                    next = &block;
            }
        }
        if (!next) {
            if (step < 0)
                showPrevious();
            else
                showNext();
            return;
        }
    }
    if (!next || next->id == m_currentId)
        return;
    const QString id = next->id;
    setCurrentBookingId(id);
    Q_EMIT currentBookingChanged(id);
}

void CalendarView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || m_mode == Mode::Month) {
        m_wheelZoom = 0;
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    // One step per notch (120); touchpads send smaller deltas that add up.
    m_wheelZoom += event->angleDelta().y();
    const int steps = m_wheelZoom / 120;
    m_wheelZoom -= steps * 120;
    if (steps != 0)
        zoomBy(steps, event->position().toPoint().y()); // viewport coordinates
    event->accept();
}

void CalendarView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    // The view announced itself; the booking inside it has the focus.
    announceCurrent();
}
