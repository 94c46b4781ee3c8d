#include "calendargridpainter.h"

#include "bookingtablemodel.h"
#include "calendardraghandler.h"
#include "calendarindex.h"
#include "calendarlayout.h"
#include "calendarview.h"
#include "timetext.h"

#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

CalendarGridPainter::CalendarGridPainter(const CalendarView &view, QPainter &painter)
    : m_view(view), m_painter(painter), m_scroll(view.verticalScrollBar()->value())
{}

void CalendarGridPainter::layout(const CalendarView &view)
{
    const CalendarGeometry &geometry = view.m_geometry;
    const int columns = geometry.columnCount();
    QList<QList<int>> rowsOfColumn(columns);
    QList<int> rows = view.m_index->rowsOverlapping(geometry.rangeStartMs(), geometry.rangeEndMs());
    for (auto it = view.m_provisional.cbegin(); it != view.m_provisional.cend(); ++it) {
        const int row = view.m_model->rowOf(it.key());
        if (row >= 0 && !rows.contains(row))
            rows.append(row);
    }
    for (const int row : std::as_const(rows)) {
        if (!view.isShownRow(row))
            continue;
        const CalendarView::Times times = view.timesOf(row);
        if (times.endMs <= geometry.rangeStartMs() && times.startMs < geometry.rangeStartMs())
            continue;
        const int first = std::max(0, geometry.columnOf(times.startMs));
        int last = geometry.columnOf(std::max(times.startMs, times.endMs - 1));
        if (last < 0)
            last = times.startMs >= geometry.rangeEndMs() ? -1 : columns - 1;
        for (int column = first; column <= last; ++column)
            rowsOfColumn[column].append(row);
    }
    const double minHeight = std::max(6.0, view.m_hourHeight / 4.0);
    for (int column = 0; column < columns; ++column) {
        QList<int> &columnRows = rowsOfColumn[column];
        // The index gives rows by start already; only provisional times can upset that.
        if (!view.m_provisional.isEmpty()) {
            std::sort(columnRows.begin(), columnRows.end(), [&view](int a, int b) {
                const CalendarView::Times left = view.timesOf(a);
                const CalendarView::Times right = view.timesOf(b);
                return left.startMs != right.startMs ? left.startMs < right.startMs : a < b;
            });
        }
        QList<CalendarLayout::Item> items;
        items.reserve(columnRows.size());
        for (const int row : std::as_const(columnRows)) {
            const CalendarView::Times times = view.timesOf(row);
            items.append({std::max(times.startMs, geometry.dayStartMs(column)),
                          std::min(times.endMs, geometry.dayEndMs(column))});
        }
        const QList<CalendarLayout::Place> places = CalendarLayout::place(items);
        const double width = geometry.columnWidth() - 4;
        for (qsizetype i = 0; i < columnRows.size(); ++i) {
            const int row = columnRows.at(i);
            const BookingRow &booking = view.m_model->row(row);
            const CalendarView::Times times = view.timesOf(row);
            CalendarBlock block;
            block.row = row;
            block.id = booking.id;
            block.column = column;
            block.startMs = times.startMs;
            block.endMs = times.endMs;
            block.status = booking.status;
            block.provisional = view.m_provisional.contains(booking.id);
            block.continuesBefore = times.startMs < geometry.dayStartMs(column);
            block.continuesAfter = times.endMs > geometry.dayEndMs(column);
            const double top = geometry.yOf(column, times.startMs);
            const double bottom = std::max(top + minHeight, geometry.yOf(column, times.endMs));
            const double laneWidth = width / places.at(i).lanes;
            block.rect = QRectF(geometry.columnLeft(column) + 2 + places.at(i).lane * laneWidth,
                                top, std::max(2.0, laneWidth - 1), bottom - top);
            view.m_blocks.append(block);
        }
    }
}

void CalendarGridPainter::paint(const QRect &dirty)
{
    m_painter.fillRect(dirty, m_view.palette().base());
    m_painter.save();
    m_painter.setClipRect(QRect(m_view.rulerWidth(), m_view.headerHeight(),
                                m_view.viewport()->width(), m_view.viewport()->height()) &
                          dirty);
    paintBackground(dirty);
    paintBlocks(dirty);
    paintGhost();
    paintNowLine();
    m_painter.restore();
    paintHeader();
    paintRuler();
}

void CalendarGridPainter::paintBackground(const QRect &dirty)
{
    const CalendarGeometry &geometry = m_view.m_geometry;
    const QColor closed = m_view.palette().color(QPalette::AlternateBase).darker(104);
    const QColor freeSlot(120, 200, 120, 60);
    const QColor line = m_view.palette().color(QPalette::Mid);
    const QList<Qt::DayOfWeek> working = m_view.locale().weekdays();
    const QList<TimeSlot> &free = m_view.m_slots;
    for (int column = 0; column < geometry.columnCount(); ++column) {
        const QRectF day(geometry.columnLeft(column), 0, geometry.columnWidth(),
                         geometry.dayHeight(column));
        if (!m_view.toViewport(day).intersects(dirty))
            continue;
        const QDate date = geometry.day(column);
        m_painter.fillRect(m_view.toViewport(day), closed);
        if (working.contains(Qt::DayOfWeek(date.dayOfWeek()))) {
            const qint64 open =
                QDateTime(date, m_view.m_businessFrom, geometry.timeZone()).toMSecsSinceEpoch();
            const qint64 close =
                QDateTime(date, m_view.m_businessTo, geometry.timeZone()).toMSecsSinceEpoch();
            const double top = geometry.yOf(column, open);
            const QRectF business(day.left(), top, day.width(), geometry.yOf(column, close) - top);
            m_painter.fillRect(m_view.toViewport(business), m_view.palette().base());
        }
        // Free slots, found by binary search in the start-ordered list.
        auto slot = std::lower_bound(
            free.cbegin(), free.cend(), geometry.dayStartMs(column) - 24 * 3600 * 1000,
            [](const TimeSlot &s, qint64 ms) { return s.start.toMSecsSinceEpoch() < ms; });
        for (; slot != free.cend() && slot->start.toMSecsSinceEpoch() < geometry.dayEndMs(column);
             ++slot) {
            const qint64 end = slot->end.toMSecsSinceEpoch();
            if (end <= geometry.dayStartMs(column))
                continue;
            const double top = geometry.yOf(column, slot->start.toMSecsSinceEpoch());
            const QRectF band(day.left() + 1, top, day.width() - 2,
                              geometry.yOf(column, end) - top);
            m_painter.fillRect(m_view.toViewport(band), freeSlot);
        }
        // A day of 23 or 25 hours does not match the ruler after its clock change, so it
        // labels its own hours.
        const bool ownLabels =
            geometry.dayEndMs(column) - geometry.dayStartMs(column) != 24 * 3600 * 1000;
        for (const CalendarGeometry::HourMark &mark : geometry.hourMarks(column)) {
            const QRectF at = m_view.toViewport(QRectF(day.left(), mark.y, day.width(), 0));
            m_painter.setPen(line);
            m_painter.drawLine(at.topLeft(), at.topRight());
            if (ownLabels) {
                m_painter.setPen(m_view.palette().color(QPalette::PlaceholderText));
                m_painter.drawText(at.adjusted(2, 1, -3, 1 + m_view.fontMetrics().height()),
                                   Qt::AlignRight | Qt::AlignTop,
                                   TimeText::clock(mark.time.time(), m_view.locale()));
            }
        }
        m_painter.setPen(line);
        const QRectF frame = m_view.toViewport(day);
        m_painter.drawLine(frame.topLeft(), frame.bottomLeft());
        // The clock changes during this day: mark where.
        const QTimeZone zone = geometry.timeZone();
        const QTimeZone::OffsetData change = zone.nextTransition(
            QDateTime::fromMSecsSinceEpoch(geometry.dayStartMs(column) - 1, QTimeZone::utc()));
        if (change.atUtc.isValid() &&
            change.atUtc.toMSecsSinceEpoch() < geometry.dayEndMs(column)) {
            const double y = geometry.yOf(column, change.atUtc.toMSecsSinceEpoch());
            const QRectF at = m_view.toViewport(QRectF(day.left(), y, day.width(), 0));
            m_painter.save();
            m_painter.setPen(QPen(QColor(200, 80, 0), 1, Qt::DashLine));
            m_painter.drawLine(at.topLeft(), at.topRight());
            const QString text = tr("Clocks change: %1")
                                     .arg(TimeText::timeOfDay(change.atUtc, zone, m_view.locale()));
            m_painter.drawText(at.adjusted(3, 1, -3, 1 + m_view.fontMetrics().height()),
                               Qt::AlignRight | Qt::AlignTop, text);
            m_painter.restore();
        }
    }
}

bool CalendarGridPainter::isDarkPalette(const CalendarView &view)
{
    const QPalette &palette = view.palette();
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor CalendarGridPainter::blockFill(const CalendarView &view, BookingStatus status)
{
    return BookingStatuses::fill(status, isDarkPalette(view));
}

QColor CalendarGridPainter::blockText(const CalendarView &view, BookingStatus status)
{
    // The palette's text, unless a theme's colours make it unreadable on the fill.
    const QColor fill = blockFill(view, status);
    const QColor text = view.palette().color(QPalette::Text);
    if (BookingStatuses::contrastRatio(fill, text) >= 4.5)
        return text;
    return BookingStatuses::contrastRatio(fill, Qt::black) >=
                   BookingStatuses::contrastRatio(fill, Qt::white)
               ? QColor(Qt::black)
               : QColor(Qt::white);
}

QFont CalendarGridPainter::blockFont(const CalendarView &view, BookingStatus status)
{
    // A cancelled booking is struck through rather than faded: faded text is unreadable.
    QFont font = view.font();
    font.setStrikeOut(status == BookingStatus::Cancelled);
    return font;
}

void CalendarGridPainter::paintBlock(const CalendarView &view, QPainter &painter,
                                     const CalendarBlock &block, const QRectF &rect)
{
    const QColor status = BookingStatuses::color(block.status);
    const bool faded = block.status == BookingStatus::Cancelled;
    const bool pending = view.isPending(block.id);
    // Opaque fills that keep the text readable (4.5:1) in light and dark palettes alike.
    painter.fillRect(rect, blockFill(view, block.status));
    if (pending)
        painter.fillRect(rect, QBrush(status, Qt::BDiagPattern));
    painter.fillRect(QRectF(rect.left(), rect.top(), std::min(4.0, rect.width()), rect.height()),
                     faded ? status.lighter(140) : status);
    const bool current = block.id == view.m_currentId;
    if (current || pending) {
        QPen pen(current ? view.palette().color(QPalette::Highlight) : status.darker(130),
                 current ? 2 : 1, pending ? Qt::DashLine : Qt::SolidLine);
        painter.setPen(pen);
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

namespace {
// Below this many pixels a block's text could not be read in any font.
constexpr int kMinTextHeight = 9;
} // namespace

void CalendarGridPainter::paintBlocks(const QRect &dirty)
{
    if (!m_view.m_model)
        return;
    const BookingTableModel &model = *m_view.m_model;
    const QFontMetrics metrics = m_view.fontMetrics();
    const QLocale locale = m_view.locale();
    const QTimeZone zone = m_view.timeZone();
    for (const CalendarBlock &block : std::as_const(m_view.m_blocks)) {
        const QRectF rect = m_view.toViewport(block.rect);
        if (!rect.intersects(dirty))
            continue;
        paintBlock(m_view, m_painter, block, rect);
        // Text only where it can be read: narrow side-by-side blocks stay plain, and only
        // the lines that fit are drawn (elided), so no text spills into the next block.
        // A block lower than a line (15 minutes at the default scale) gets its first line
        // in a font that fits.
        const int lines = int((rect.height() - 2) / metrics.height());
        if (rect.width() < 24 || rect.height() < kMinTextHeight)
            continue;
        const BookingRow &row = model.row(block.row);
        const QString time = TimeText::timeOfDay(
            QDateTime::fromMSecsSinceEpoch(block.startMs, Qt::UTC), zone, locale);
        const QString customer =
            row.hasLead ? row.field(BookingRow::Customer).toString() : tr("(no customer)");
        // An arrived customer is ticked, as on the Today board and the day sheet.
        QStringList texts{(row.arrivedMs != 0 ? QStringLiteral("✓ ") : QString()) + time + u' ' +
                          customer};
        if (!row.field(BookingRow::Service).isEmpty())
            texts.append(row.field(BookingRow::Service).toString());
        if (block.provisional)
            texts.append(tr("pending…"));
        m_painter.setPen(blockText(m_view, block.status));
        const QFont font = blockFont(m_view, block.status);
        const int width = int(rect.width()) - 8;
        if (lines < 1) {
            // The largest font whose whole line (ascent and descent) fits the block.
            QFont small = font;
            int pixels = int(rect.height()) - 2;
            small.setPixelSize(pixels);
            while (pixels > 6 && QFontMetrics(small).height() > rect.height() - 2)
                small.setPixelSize(--pixels);
            const QFontMetrics smallMetrics(small);
            m_painter.setFont(small);
            m_painter.drawText(QPointF(rect.left() + 6, rect.top() + 1 + smallMetrics.ascent()),
                               smallMetrics.elidedText(texts.first(), Qt::ElideRight, width));
            m_painter.setFont(m_view.font());
            continue;
        }
        m_painter.setFont(font);
        for (int i = 0; i < lines && i < texts.size(); ++i) {
            m_painter.drawText(
                QPointF(rect.left() + 6, rect.top() + 1 + i * metrics.height() + metrics.ascent()),
                metrics.elidedText(texts.at(i), Qt::ElideRight, width));
        }
        m_painter.setFont(m_view.font());
    }
}

void CalendarGridPainter::paintGhost()
{
    const auto ghost = m_view.m_drag->ghost();
    if (!ghost)
        return;
    const CalendarGeometry &geometry = m_view.m_geometry;
    const QTimeZone zone = geometry.timeZone();
    const QLocale locale = m_view.locale();
    QString label = tr("%1 – %2").arg(
        TimeText::dateTime(QDateTime::fromMSecsSinceEpoch(ghost->startMs, Qt::UTC), zone, locale),
        TimeText::timeOfDay(QDateTime::fromMSecsSinceEpoch(ghost->endMs, Qt::UTC), zone, locale));
    if (!ghost->refusal.isEmpty())
        label += u'\n' + ghost->refusal;
    if (!ghost->hint.isEmpty())
        label += u'\n' + ghost->hint;
    m_painter.save();
    // A time the drop cannot take (it has begun) is drawn in the palette's link-visited
    // colour, a red or purple in most themes, with the reason under the time.
    const QColor highlight = ghost->refusal.isEmpty()
                                 ? m_view.palette().color(QPalette::Highlight)
                                 : m_view.palette().color(QPalette::LinkVisited);
    QColor fill = highlight;
    fill.setAlpha(60);
    m_painter.setPen(QPen(highlight, 2, Qt::DashLine));
    bool labelled = false;
    for (int column = 0; column < geometry.columnCount(); ++column) {
        if (ghost->endMs <= geometry.dayStartMs(column) ||
            ghost->startMs >= geometry.dayEndMs(column))
            continue;
        const double top = geometry.yOf(column, ghost->startMs);
        const double bottom = std::max(top + 6, geometry.yOf(column, ghost->endMs));
        const QRectF rect = m_view.toViewport(
            QRectF(geometry.columnLeft(column) + 2, top, geometry.columnWidth() - 4, bottom - top));
        m_painter.fillRect(rect, fill);
        m_painter.drawRect(rect);
        if (!labelled) {
            labelled = true;
            m_painter.drawText(rect.adjusted(6, 2, -2, 0),
                               Qt::AlignLeft | Qt::AlignTop | Qt::TextDontClip, label);
        }
    }
    m_painter.restore();
}

void CalendarGridPainter::paintNowLine()
{
    const CalendarGeometry &geometry = m_view.m_geometry;
    const qint64 now = m_view.now();
    const int column = geometry.columnOf(now);
    if (column < 0)
        return;
    const double y = geometry.yOf(column, now);
    const QRectF line =
        m_view.toViewport(QRectF(geometry.columnLeft(column), y, geometry.columnWidth(), 0));
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setPen(QPen(QColor(220, 40, 40), 2));
    m_painter.setBrush(QColor(220, 40, 40));
    m_painter.drawLine(line.topLeft(), line.topRight());
    m_painter.drawEllipse(line.topLeft(), 4, 4);
    m_painter.restore();
}

void CalendarGridPainter::paintHeader()
{
    const CalendarGeometry &geometry = m_view.m_geometry;
    const int height = m_view.headerHeight();
    const QPalette &palette = m_view.palette();
    m_painter.fillRect(QRect(0, 0, m_view.viewport()->width(), height), palette.window());
    const QLocale locale = m_view.locale();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_view.now(), geometry.timeZone()).date();
    for (int column = 0; column < geometry.columnCount(); ++column) {
        const QDate date = geometry.day(column);
        const QRectF cell(m_view.rulerWidth() + geometry.columnLeft(column), 0,
                          geometry.columnWidth(), height);
        QFont font = m_view.font();
        font.setBold(date == today);
        m_painter.setFont(font);
        m_painter.setPen(palette.color(date == today ? QPalette::Highlight : QPalette::WindowText));
        const QString text = locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + u' ' +
                             locale.toString(date, QLocale::ShortFormat);
        m_painter.drawText(
            cell, Qt::AlignCenter,
            QFontMetrics(font).elidedText(text, Qt::ElideRight, int(cell.width()) - 4));
    }
    m_painter.setFont(m_view.font());
    m_painter.setPen(palette.color(QPalette::Mid));
    m_painter.drawLine(0, height - 1, m_view.viewport()->width(), height - 1);
}

void CalendarGridPainter::paintRuler()
{
    const CalendarGeometry &geometry = m_view.m_geometry;
    if (geometry.columnCount() == 0)
        return;
    const int width = m_view.rulerWidth();
    const int top = m_view.headerHeight();
    const QPalette &palette = m_view.palette();
    m_painter.fillRect(QRect(0, top, width, m_view.viewport()->height() - top), palette.window());
    // The labels of a normal day; a day with a clock change shows its own mark.
    int labelColumn = 0;
    for (int column = 0; column < geometry.columnCount(); ++column) {
        if (geometry.dayEndMs(column) - geometry.dayStartMs(column) == 24 * 3600 * 1000) {
            labelColumn = column;
            break;
        }
    }
    m_painter.save();
    m_painter.setClipRect(QRect(0, top, width, m_view.viewport()->height() - top));
    m_painter.setPen(palette.color(QPalette::WindowText));
    const QLocale locale = m_view.locale();
    const int lineHeight = m_view.fontMetrics().height();
    // Zoomed out below a line per hour, every second (or third) hour is labelled, so no
    // label runs into the next.
    const int every = std::max(1, int(std::ceil((lineHeight + 2) / geometry.hourHeight())));
    int index = -1;
    for (const CalendarGeometry::HourMark &mark : geometry.hourMarks(labelColumn)) {
        if (++index % every != 0)
            continue;
        const double y = top + mark.y - m_scroll;
        m_painter.drawText(QRectF(0, y + 1, width - 6, lineHeight), Qt::AlignRight | Qt::AlignTop,
                           TimeText::clock(mark.time.time(), locale));
    }
    m_painter.restore();
}
