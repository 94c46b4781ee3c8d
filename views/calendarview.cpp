#include "calendarview.h"

#include "bookingrules.h"
#include "bookingtablemodel.h"
#include "calendaraccessible.h"
#include "calendardraghandler.h"
#include "calendargridpainter.h"
#include "calendarindex.h"
#include "calendarlogging.h"
#include "calendarmonthpainter.h"
#include "clock.h"
#include "slotprovider.h"
#include "timetext.h"

#include <QLocale>
#include <QPainter>
#include <QPaintEvent>
#include <QScrollBar>

#include <algorithm>

namespace {

QDate weekStart(QDate date, Qt::DayOfWeek first)
{
    return date.addDays(-((date.dayOfWeek() - int(first) + 7) % 7));
}

} // namespace

CalendarView::CalendarView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_index(new CalendarIndex(this))
    , m_drag(new CalendarDragHandler(this))
    , m_date(Clock::today(QTimeZone::systemTimeZone()))
{
    CalendarAccessible::install();
    setAccessibleName(tr("Calendar"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_index, &CalendarIndex::changed, this, &CalendarView::invalidateBlocks);
    // The now line follows the clock by itself, not only when something else repaints.
    m_minuteTimer.setInterval(30 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, this, [this] {
        const qint64 now = Clock::nowMs();
        if (now >= m_geometry.rangeStartMs() && now < m_geometry.rangeEndMs())
            viewport()->update();
    });
    m_minuteTimer.start();
    updateRange();
}

CalendarView::~CalendarView() = default;

void CalendarView::setModel(BookingTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_provisional.clear();
    if (model) {
        // New times in the model (the server's answer, or someone else's change) are the
        // truth again; a mere sync-mark change is not.
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (m_provisional.isEmpty())
                        return;
                    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                        const BookingRow &booking = m_model->row(row);
                        const auto it = m_provisional.constFind(booking.id);
                        if (it != m_provisional.cend() && (it->before.startMs != booking.startMs ||
                                                           it->before.endMs != booking.endMs))
                            m_provisional.remove(booking.id);
                    }
                });
    }
    m_index->setModel(model);
}

BookingTableModel *CalendarView::model() const
{
    return m_model;
}

void CalendarView::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    updateRange();
}

void CalendarView::setSnapMinutes(int minutes)
{
    m_snapMinutes = std::clamp(minutes, 1, 60);
}

void CalendarView::setBusinessHours(QTime from, QTime to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return;
    m_businessFrom = from;
    m_businessTo = to;
    viewport()->update();
}

void CalendarView::setRowFilter(std::function<bool(int)> accepts)
{
    m_rowFilter = std::move(accepts);
    invalidateFilter();
}

void CalendarView::invalidateFilter()
{
    // The current booking stays only while it is drawn: actions never reach a hidden one.
    if (!m_currentId.isEmpty() && m_model) {
        const int row = m_model->rowOf(m_currentId);
        if (row < 0 || !isShownRow(row))
            m_currentId.clear();
    }
    invalidateBlocks();
}

bool CalendarView::isShownRow(int row) const
{
    return !m_rowFilter || m_rowFilter(row);
}

void CalendarView::setAvailableSlots(const QList<TimeSlot> &free)
{
    m_slots = free;
    std::sort(m_slots.begin(), m_slots.end(),
              [](const TimeSlot &a, const TimeSlot &b) { return a.start < b.start; });
    viewport()->update();
}

void CalendarView::setSlotProvider(SlotProvider *provider)
{
    if (m_slotProvider)
        disconnect(m_slotProvider, nullptr, this, nullptr);
    m_slotProvider = provider;
    if (!provider)
        return;
    connect(provider, &SlotProvider::slotsChanged, this,
            [this] { setAvailableSlots(m_slotProvider->timeSlots()); });
    provider->fetch(visibleFrom(), visibleTo());
}

void CalendarView::refreshSlots()
{
    if (m_slotProvider)
        m_slotProvider->fetch(visibleFrom(), visibleTo());
}

void CalendarView::setPendingPredicate(std::function<bool(const QString &)> pending)
{
    m_pending = std::move(pending);
    viewport()->update();
}

void CalendarView::setHourHeight(int pixels)
{
    const int clamped = std::clamp(pixels, kMinHourHeight, kMaxHourHeight);
    if (clamped == m_hourHeight)
        return;
    m_hourHeight = clamped;
    updateGrid();
}

QList<int> CalendarView::zoomSteps()
{
    return {24, 32, 40, 48, 64, 80, 96, 128, 160, 192};
}

void CalendarView::zoomTo(int pixels, int anchor)
{
    const int before = m_hourHeight;
    // The instant at the anchor stays under it (the pointer, or the middle of the grid).
    const double contentY = anchor - headerHeight() + verticalScrollBar()->value();
    setHourHeight(pixels);
    if (m_hourHeight == before)
        return;
    if (m_mode != Mode::Month) {
        const double scaled = contentY * m_hourHeight / before;
        verticalScrollBar()->setValue(int(std::lround(scaled - (anchor - headerHeight()))));
    }
    qCDebug(lcCalendar) << "zoom" << before << "->" << m_hourHeight << "px per hour";
    Q_EMIT hourHeightChanged(m_hourHeight);
}

void CalendarView::zoomBy(int steps, int anchor)
{
    const QList<int> levels = zoomSteps();
    // The first level at or above the current height (a hand-edited setting may lie between
    // two levels: the first step in goes to the level above it).
    const qsizetype at =
        std::lower_bound(levels.cbegin(), levels.cend(), m_hourHeight) - levels.cbegin();
    const bool onLevel = at < levels.size() && levels.at(at) == m_hourHeight;
    const qsizetype to = steps > 0 ? at + steps - (onLevel ? 0 : 1) : at + steps;
    zoomTo(levels.at(std::clamp<qsizetype>(to, 0, levels.size() - 1)), anchor);
}

void CalendarView::zoomIn()
{
    zoomBy(1, headerHeight() + (viewport()->height() - headerHeight()) / 2);
}

void CalendarView::zoomOut()
{
    zoomBy(-1, headerHeight() + (viewport()->height() - headerHeight()) / 2);
}

void CalendarView::resetZoom()
{
    zoomTo(kDefaultHourHeight, headerHeight() + (viewport()->height() - headerHeight()) / 2);
}

void CalendarView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_drag->cancel();
    m_mode = mode;
    updateRange();
    Q_EMIT modeChanged(mode);
}

void CalendarView::setDate(QDate date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_drag->cancel();
    m_date = date;
    updateRange();
    Q_EMIT dateChanged(date);
}

void CalendarView::showPrevious()
{
    switch (m_mode) {
    case Mode::Day:
        setDate(m_date.addDays(-1));
        break;
    case Mode::WorkWeek:
    case Mode::Week:
        setDate(m_date.addDays(-7));
        break;
    case Mode::Month:
        setDate(m_date.addMonths(-1));
        break;
    }
}

void CalendarView::showNext()
{
    switch (m_mode) {
    case Mode::Day:
        setDate(m_date.addDays(1));
        break;
    case Mode::WorkWeek:
    case Mode::Week:
        setDate(m_date.addDays(7));
        break;
    case Mode::Month:
        setDate(m_date.addMonths(1));
        break;
    }
}

void CalendarView::showToday()
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now(), m_zone);
    setDate(local.date());
    // An hour of context above now, but not past midnight.
    scrollToTime(local.time().hour() >= 1 ? local.time().addSecs(-3600) : QTime(0, 0));
}

QDateTime CalendarView::visibleFrom() const
{
    return QDateTime::fromMSecsSinceEpoch(m_geometry.rangeStartMs(), QTimeZone::utc());
}

QDateTime CalendarView::visibleTo() const
{
    return QDateTime::fromMSecsSinceEpoch(m_geometry.rangeEndMs(), QTimeZone::utc());
}

void CalendarView::updateRange()
{
    const QLocale locale = this->locale();
    const QDate start = weekStart(m_date, locale.firstDayOfWeek());
    QList<QDate> days;
    switch (m_mode) {
    case Mode::Day:
        days = {m_date};
        break;
    case Mode::WorkWeek: {
        QList<Qt::DayOfWeek> working = locale.weekdays();
        if (working.isEmpty())
            working = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday};
        for (int i = 0; i < 7; ++i) {
            if (working.contains(Qt::DayOfWeek(start.addDays(i).dayOfWeek())))
                days.append(start.addDays(i));
        }
        break;
    }
    case Mode::Week:
        for (int i = 0; i < 7; ++i)
            days.append(start.addDays(i));
        break;
    case Mode::Month: {
        const QDate first =
            weekStart(QDate(m_date.year(), m_date.month(), 1), locale.firstDayOfWeek());
        for (int i = 0; i < 42; ++i)
            days.append(first.addDays(i));
        break;
    }
    }
    const bool changed = days != m_days;
    m_days = days;
    updateGrid();
    if (changed) {
        qCDebug(lcCalendar) << "showing" << m_days.first() << "to" << m_days.last();
        if (m_slotProvider)
            m_slotProvider->fetch(visibleFrom(), visibleTo());
        Q_EMIT visibleRangeChanged(visibleFrom(), visibleTo());
    }
}

void CalendarView::updateGrid()
{
    // The ruler is as wide as its widest label in this font and locale (12-hour clocks
    // write "10:00 PM"), so no label is cut.
    const QFontMetrics metrics = fontMetrics();
    const QLocale locale = this->locale();
    int widest = 0;
    for (int hour = 0; hour < 24; ++hour) {
        widest =
            std::max(widest, metrics.horizontalAdvance(TimeText::clock(QTime(hour, 0), locale)));
    }
    m_rulerWidth = widest + 14;
    const double width = std::max(1, viewport()->width() - rulerWidth());
    const double columns = m_mode == Mode::Month ? 7 : std::max<qsizetype>(1, m_days.size());
    m_geometry = CalendarGeometry(m_zone, m_days, m_hourHeight, width / columns);
    if (m_mode == Mode::Month) {
        verticalScrollBar()->setRange(0, 0);
    } else {
        const int visible = viewport()->height() - headerHeight();
        verticalScrollBar()->setRange(0, std::max(0, int(m_geometry.contentHeight()) - visible));
        verticalScrollBar()->setPageStep(std::max(1, visible));
        verticalScrollBar()->setSingleStep(m_hourHeight / 2);
    }
    invalidateBlocks();
}

void CalendarView::invalidateBlocks()
{
    m_blocksDirty = true;
    viewport()->update();
    CalendarAccessible::layoutChanged(this);
}

void CalendarView::ensureBlocks() const
{
    if (!m_blocksDirty)
        return;
    m_blocksDirty = false;
    ++m_layoutGeneration;
    m_blocks.clear();
    m_moreCount.clear();
    if (!m_model || m_days.isEmpty())
        return;
    if (m_mode == Mode::Month)
        CalendarMonthPainter::layout(*this);
    else
        CalendarGridPainter::layout(*this);
}

CalendarView::Times CalendarView::timesOf(int row) const
{
    const BookingRow &booking = m_model->row(row);
    const auto provisional = m_provisional.constFind(booking.id);
    if (provisional != m_provisional.cend())
        return provisional->shown;
    return {booking.startMs, booking.endMs};
}

bool CalendarView::isPending(const QString &id) const
{
    if (m_provisional.contains(id) || (m_pending && m_pending(id)))
        return true;
    const BookingTableModel::SyncMark mark =
        m_model ? m_model->syncMark(id) : BookingTableModel::SyncMark::Synced;
    return mark == BookingTableModel::SyncMark::Sending ||
           mark == BookingTableModel::SyncMark::Pending;
}

qint64 CalendarView::now() const
{
    return Clock::nowMs();
}

bool CalendarView::isDraggableRow(int row) const
{
    const BookingRow &booking = m_model->row(row);
    // The shared rules decide (a drag is a reschedule; where it may be dropped is checked
    // on the drop). One with a request on its way waits for the answer first (one queued
    // offline may be moved again: the outbox sends both, in order).
    const BookingFacts facts{booking.status,
                             QDateTime::fromMSecsSinceEpoch(booking.startMs, Qt::UTC),
                             QDateTime::fromMSecsSinceEpoch(booking.endMs, Qt::UTC), false};
    return BookingRules::allows(BookingAction::Reschedule, facts, Clock::now()) &&
           !m_provisional.contains(booking.id) && !(m_pending && m_pending(booking.id)) &&
           m_model->syncMark(booking.id) != BookingTableModel::SyncMark::Sending;
}

bool CalendarView::isDraggable(const QString &id) const
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    return row >= 0 && isDraggableRow(row);
}

QList<BookingAction> CalendarView::availableActions(const QString &id) const
{
    const int row = m_model && !id.isEmpty() ? m_model->rowOf(id) : -1;
    // None while a request for it is on its way (one queued offline may be changed again).
    if (row < 0 || !isShownRow(row) || m_provisional.contains(id) || (m_pending && m_pending(id)) ||
        m_model->syncMark(id) == BookingTableModel::SyncMark::Sending)
        return {};
    const BookingRow &booking = m_model->row(row);
    const BookingFacts facts{
        booking.status, QDateTime::fromMSecsSinceEpoch(booking.startMs, Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(booking.endMs, Qt::UTC), booking.arrivedMs != 0};
    const QDateTime now = Clock::now();
    QList<BookingAction> result;
    // The Booking menu's order.
    for (const BookingAction action :
         {BookingAction::Arrive, BookingAction::Unarrive, BookingAction::Reschedule,
          BookingAction::EditDetails, BookingAction::NoShow, BookingAction::Completed,
          BookingAction::Confirmed, BookingAction::Cancel}) {
        if (BookingRules::allows(action, facts, now))
            result.append(action);
    }
    return result;
}

int CalendarView::rulerWidth() const
{
    return m_mode == Mode::Month ? 0 : m_rulerWidth;
}

int CalendarView::headerHeight() const
{
    return fontMetrics().height() + 10;
}

QPointF CalendarView::toContent(const QPointF &viewportPos) const
{
    const int scroll = m_mode == Mode::Month ? 0 : verticalScrollBar()->value();
    return {viewportPos.x() - rulerWidth(), viewportPos.y() - headerHeight() + scroll};
}

QRectF CalendarView::toViewport(const QRectF &contentRect) const
{
    const int scroll = m_mode == Mode::Month ? 0 : verticalScrollBar()->value();
    return contentRect.translated(rulerWidth(), headerHeight() - scroll);
}

const CalendarBlock *CalendarView::blockAt(const QPoint &viewportPos) const
{
    ensureBlocks();
    if (viewportPos.y() < headerHeight() || viewportPos.x() < rulerWidth())
        return nullptr;
    const QPointF point = toContent(viewportPos);
    // Later blocks are painted on top, so they are hit first.
    for (auto it = m_blocks.crbegin(); it != m_blocks.crend(); ++it) {
        if (it->rect.contains(point))
            return &*it;
    }
    return nullptr;
}

const CalendarBlock *CalendarView::firstBlockOf(const QString &id) const
{
    ensureBlocks();
    const auto it = std::find_if(m_blocks.cbegin(), m_blocks.cend(),
                                 [&](const CalendarBlock &block) { return block.id == id; });
    return it == m_blocks.cend() ? nullptr : &*it;
}

QRect CalendarView::blockRect(const QString &id) const
{
    const CalendarBlock *block = firstBlockOf(id);
    return block ? toViewport(block->rect).toAlignedRect() : QRect();
}

QString CalendarView::bookingAt(const QPoint &viewportPos) const
{
    const CalendarBlock *block = blockAt(viewportPos);
    return block ? block->id : QString();
}

QPoint CalendarView::pointAt(const QDateTime &time) const
{
    const qint64 ms = time.toMSecsSinceEpoch();
    const int day = m_geometry.columnOf(ms);
    if (day < 0)
        return {-1, -1};
    if (m_mode == Mode::Month) {
        const double height = (viewport()->height() - headerHeight()) / 6.0;
        return toViewport(QRectF((day % 7 + 0.5) * m_geometry.columnWidth(),
                                 (day / 7 + 0.5) * height, 0, 0))
            .topLeft()
            .toPoint();
    }
    const double x = m_geometry.columnLeft(day) + m_geometry.columnWidth() / 2;
    return toViewport(QRectF(x, m_geometry.yOf(day, ms), 0, 0)).topLeft().toPoint();
}

void CalendarView::scrollToTime(QTime time)
{
    if (m_mode == Mode::Month || m_days.isEmpty() || !time.isValid())
        return;
    const QDateTime at(m_days.first(), time, m_zone);
    verticalScrollBar()->setValue(int(m_geometry.yOf(0, at.toMSecsSinceEpoch())));
}

void CalendarView::paintEvent(QPaintEvent *event)
{
    ensureBlocks();
    QPainter painter(viewport());
    if (m_mode == Mode::Month)
        CalendarMonthPainter(*this, painter).paint(event->rect());
    else
        CalendarGridPainter(*this, painter).paint(event->rect());
}

void CalendarView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGrid();
    if (!m_scrolledToBusinessHours && viewport()->height() > headerHeight()) {
        m_scrolledToBusinessHours = true;
        scrollToTime(m_businessFrom.addSecs(-1800));
    }
}

void CalendarView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    // The first day of the week and the working days come from the locale.
    if (event->type() == QEvent::LocaleChange)
        updateRange();
    else if (event->type() == QEvent::FontChange)
        updateGrid();
}

void CalendarView::scrollContentsBy(int, int)
{
    viewport()->update();
}
