#include "calendarmonthpainter.h"

#include "bookingtablemodel.h"
#include "calendardraghandler.h"
#include "calendargridpainter.h"
#include "calendarindex.h"
#include "calendarview.h"
#include "timetext.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

CalendarMonthPainter::CalendarMonthPainter(const CalendarView &view, QPainter &painter)
    : m_view(view), m_painter(painter)
{}

int CalendarMonthPainter::lineHeight(const CalendarView &view)
{
    return view.fontMetrics().height() + 2;
}

QRectF CalendarMonthPainter::cellRect(const CalendarView &view, int index)
{
    const double width = view.m_geometry.columnWidth();
    const double height = (view.viewport()->height() - view.headerHeight()) / 6.0;
    return {(index % 7) * width, (index / 7) * height, width, height};
}

QRectF CalendarMonthPainter::moreLineRect(const CalendarView &view, int day)
{
    const QRectF cell = cellRect(view, day);
    const int line = lineHeight(view);
    const int capacity = std::max(0, int((cell.height() - line - 2) / line));
    return {cell.left() + 4, cell.top() + line + 1 + std::max(0, capacity - 1) * line,
            cell.width() - 8, double(line)};
}

void CalendarMonthPainter::layout(const CalendarView &view)
{
    const CalendarGeometry &geometry = view.m_geometry;
    const int days = geometry.columnCount();
    QList<QList<int>> rowsOfDay(days);
    for (const int row :
         view.m_index->rowsOverlapping(geometry.rangeStartMs(), geometry.rangeEndMs())) {
        if (!view.isShownRow(row))
            continue;
        const CalendarView::Times times = view.timesOf(row);
        const int day = geometry.columnOf(times.startMs);
        if (day >= 0)
            rowsOfDay[day].append(row);
    }
    const int line = lineHeight(view);
    for (int day = 0; day < days; ++day) {
        QList<int> &rows = rowsOfDay[day];
        const QRectF cell = cellRect(view, day);
        const int capacity = std::max(0, int((cell.height() - line - 2) / line));
        const int count = int(rows.size());
        const int shown = count > capacity ? std::max(0, capacity - 1) : count;
        if (shown < count)
            view.m_moreCount.insert(geometry.day(day), count - shown);
        // The index gives rows by start already; only provisional times can upset that.
        if (!view.m_provisional.isEmpty()) {
            std::partial_sort(rows.begin(), rows.begin() + shown, rows.end(), [&](int a, int b) {
                const qint64 left = view.timesOf(a).startMs;
                const qint64 right = view.timesOf(b).startMs;
                return left != right ? left < right : a < b;
            });
        }
        for (int i = 0; i < shown; ++i) {
            const int row = rows.at(i);
            const BookingRow &booking = view.m_model->row(row);
            const CalendarView::Times times = view.timesOf(row);
            CalendarBlock block;
            block.row = row;
            block.id = booking.id;
            block.column = day;
            block.startMs = times.startMs;
            block.endMs = times.endMs;
            block.status = booking.status;
            block.provisional = view.m_provisional.contains(booking.id);
            block.rect = QRectF(cell.left() + 2, cell.top() + line + 1 + i * line, cell.width() - 4,
                                line - 1);
            view.m_blocks.append(block);
        }
    }
}

void CalendarMonthPainter::paint(const QRect &dirty)
{
    const CalendarGeometry &geometry = m_view.m_geometry;
    const QPalette &palette = m_view.palette();
    m_painter.fillRect(dirty, palette.base());
    const QLocale locale = m_view.locale();
    const int header = m_view.headerHeight();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_view.now(), geometry.timeZone()).date();
    const int month = m_view.date().month();
    m_painter.fillRect(QRect(0, 0, m_view.viewport()->width(), header), palette.window());
    m_painter.setPen(palette.color(QPalette::WindowText));
    for (int column = 0; column < 7 && column < geometry.columnCount(); ++column) {
        const QRectF rect(geometry.columnLeft(column), 0, geometry.columnWidth(), header);
        m_painter.drawText(rect, Qt::AlignCenter,
                           locale.dayName(geometry.day(column).dayOfWeek(), QLocale::ShortFormat));
    }
    const auto ghost = m_view.m_drag->ghost();
    const int ghostDay = ghost ? geometry.columnOf(ghost->startMs) : -1;
    for (int day = 0; day < geometry.columnCount(); ++day) {
        const QRectF cell = m_view.toViewport(cellRect(m_view, day));
        if (!cell.intersects(dirty))
            continue;
        const QDate date = geometry.day(day);
        if (date.month() != month)
            m_painter.fillRect(cell, palette.color(QPalette::AlternateBase));
        if (day == ghostDay) {
            QColor fill = palette.color(QPalette::Highlight);
            fill.setAlpha(60);
            m_painter.fillRect(cell, fill);
        }
        m_painter.setPen(palette.color(QPalette::Mid));
        m_painter.drawRect(cell);
        QFont font = m_view.font();
        font.setBold(date == today);
        m_painter.setFont(font);
        m_painter.setPen(palette.color(date == today ? QPalette::Highlight : QPalette::Text));
        m_painter.drawText(cell.adjusted(4, 1, -4, 0), Qt::AlignRight | Qt::AlignTop,
                           QString::number(date.day()));
        m_painter.setFont(m_view.font());
        const int more = m_view.m_moreCount.value(date);
        if (more > 0) {
            const QRectF moreLine = m_view.toViewport(moreLineRect(m_view, day));
            m_painter.setPen(palette.color(QPalette::Link));
            m_painter.drawText(moreLine, Qt::AlignLeft | Qt::AlignVCenter,
                               tr("+%n more", nullptr, more));
        }
    }
    const QFontMetrics metrics = m_view.fontMetrics();
    for (const CalendarBlock &block : std::as_const(m_view.m_blocks)) {
        const QRectF rect = m_view.toViewport(block.rect);
        if (!rect.intersects(dirty))
            continue;
        CalendarGridPainter::paintBlock(m_view, m_painter, block, rect);
        const BookingRow &row = m_view.m_model->row(block.row);
        const QString time = TimeText::timeOfDay(
            QDateTime::fromMSecsSinceEpoch(block.startMs, Qt::UTC), geometry.timeZone(), locale);
        QString label =
            time + u' ' +
            (row.hasLead ? row.field(BookingRow::Customer).toString() : tr("(no customer)"));
        if (!row.field(BookingRow::Service).isEmpty())
            label += QStringLiteral(" · ") + row.field(BookingRow::Service).toString();
        m_painter.setPen(CalendarGridPainter::blockText(m_view, block.status));
        m_painter.setFont(CalendarGridPainter::blockFont(m_view, block.status));
        m_painter.drawText(rect.adjusted(6, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                           metrics.elidedText(label, Qt::ElideRight, int(rect.width()) - 8));
        m_painter.setFont(m_view.font());
    }
}
