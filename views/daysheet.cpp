#include "daysheet.h"

#include "arrival.h"
#include "bookingcache.h"
#include "clock.h"
#include "timetext.h"

#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Notes keep their line breaks on paper.
QString multiline(const QString &text)
{
    return esc(text.trimmed()).replace(u'\n', QStringLiteral("<br>"));
}

QPageSize localePaperSize()
{
    const QLocale::MeasurementSystem system = QLocale().measurementSystem();
    return QPageSize(system == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
}

} // namespace

DaySheet::DaySheet(QDate day, const QTimeZone &zone, QList<Booking> bookings)
    : m_day(day), m_zone(zone), m_bookings(std::move(bookings))
{
    std::stable_sort(m_bookings.begin(), m_bookings.end(),
                     [](const Booking &a, const Booking &b) { return a.startTime < b.startTime; });
}

QList<Booking> DaySheet::bookingsOn(const BookingCache &cache, QDate day, const QTimeZone &zone,
                                    bool includeCancelled)
{
    BookingQuery query;
    query.from = day.startOfDay(zone).toUTC();
    query.to = day.addDays(1).startOfDay(zone).toUTC();
    if (!includeCancelled) {
        query.statuses = BookingStatuses::all();
        query.statuses.removeAll(BookingStatus::Cancelled);
    }
    return cache.bookings(query);
}

QString DaySheet::title() const
{
    return tr("Day sheet for %1").arg(QLocale().toString(m_day, QLocale::LongFormat));
}

QString DaySheet::html() const
{
    const QLocale locale;
    QString html = QStringLiteral("<html><body style=\"font-size: 9pt;\">");
    html += QStringLiteral("<h2>%1</h2>").arg(esc(title()));
    const QDateTime noon(m_day, QTime(12, 0), m_zone);
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(tr("%n booking(s), times in %1. Printed %2.", nullptr, int(m_bookings.size()))
                         .arg(m_zone.displayName(noon, QTimeZone::LongName),
                              TimeText::dateTime(Clock::now(), m_zone, locale))));
    if (m_bookings.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p></body></html>")
                    .arg(esc(tr("No bookings on this day.")));
        return html;
    }
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                           "style=\"border-collapse: collapse; border-color: #888;\">");
    html += QStringLiteral("<thead><tr>");
    // Fixed shares of the width: left to itself the layout squeezes names to make room
    // for long notes.
    const std::pair<QString, int> headers[] = {
        {tr("Done"), 8},     {tr("Time"), 12},   {tr("Customer"), 18}, {tr("Phone"), 14},
        {tr("Service"), 12}, {tr("Status"), 12}, {tr("Notes"), 24}};
    for (const auto &[header, percent] : headers) {
        html += QStringLiteral("<th align=\"left\" width=\"%1%\" bgcolor=\"#e8e8e8\">%2</th>")
                    .arg(percent)
                    .arg(esc(header));
    }
    html += QStringLiteral("</tr></thead>");
    for (const Booking &booking : m_bookings) {
        const QDateTime start = booking.startTime.toTimeZone(m_zone);
        const QDateTime end = booking.endTime.toTimeZone(m_zone);
        QString time = TimeText::timeOfDay(start, m_zone, locale) + u'\u2013' +
                       TimeText::timeOfDay(end, m_zone, locale);
        if (end.date() != start.date())
            time += u' ' + locale.toString(end.date(), QLocale::ShortFormat);
        const QString name = booking.lead && !booking.lead->name.isEmpty() ? booking.lead->name
                                                                           : tr("(no customer)");
        const QString phone = booking.lead ? booking.lead->phone : QString();
        // A box drawn as a bordered cell, not a glyph: every printer font has borders. An
        // arrival marked at the desk ticks it, with the time under it.
        const std::optional<Arrival> arrival = Arrival::of(booking);
        const QString box = arrival ? QStringLiteral("<b>X</b>") : QStringLiteral("&nbsp;&nbsp;");
        const QString arrivedAt =
            arrival ? QStringLiteral("<br/><small>%1</small>")
                          .arg(esc(TimeText::timeOfDay(arrival->at, m_zone, locale)))
                    : QString();
        html += QStringLiteral(
                    "<tr><td align=\"center\"><table border=\"1\" cellspacing=\"0\" "
                    "cellpadding=\"5\" style=\"border-color: #000;\"><tr><td "
                    "style=\"font-size: %7;\">%8</td></tr></table>%9"
                    "</td><td style=\"white-space: nowrap;\">%1</td><td><b>%2</b></td>"
                    "<td style=\"white-space: nowrap;\">%3</td><td>%4</td><td>%5</td><td>%6</td>"
                    "</tr>")
                    .arg(esc(time), esc(name), esc(phone), esc(booking.service()),
                         esc(BookingStatuses::label(booking.status)), multiline(booking.notes()),
                         arrival ? QStringLiteral("8pt") : QStringLiteral("4pt"), box, arrivedAt);
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}

std::unique_ptr<QTextDocument> DaySheet::document() const
{
    auto document = std::make_unique<QTextDocument>();
    document->setHtml(html());
    document->setMetaInformation(QTextDocument::DocumentTitle, title());
    return document;
}

void DaySheet::print(QPagedPaintDevice *device) const
{
    // QTextDocument::print paginates, repeats the table header and numbers the pages.
    document()->print(device);
}

bool DaySheet::writePdf(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Frontdesk"));
        writer.setPageSize(localePaperSize());
        // QTextDocument::print adds 2 cm of its own on every side (room for the page number).
        writer.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
        writer.setResolution(300);
        print(&writer);
    } // the writer finishes the file when it goes
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
