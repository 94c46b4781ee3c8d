#include "bookingicsexporter.h"

#include "arrival.h"

#include <QStringList>
#include <QUrl>

namespace {

constexpr int kMaxLineOctets = 75;

QString statusValue(BookingStatus status)
{
    // iCalendar knows only TENTATIVE, CONFIRMED and CANCELLED for events. A completed
    // appointment or a no-show did take its slot; DESCRIPTION says how it ended.
    return status == BookingStatus::Cancelled ? QStringLiteral("CANCELLED")
                                              : QStringLiteral("CONFIRMED");
}

// A parameter value in double quotes, which may hold : ; , but no quote or control character.
QString quotedParameter(const QString &value)
{
    QString result;
    for (QChar c : value) {
        if (c == u'"')
            result += u'\'';
        else if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            result += c;
    }
    return u'"' + result + u'"';
}

bool usableEmail(const QString &email)
{
    if (!email.contains(u'@'))
        return false;
    for (QChar c : email) {
        if (c.isSpace() || c.unicode() < 0x20 || c == u'"' || c == u'<' || c == u'>')
            return false;
    }
    return true;
}

} // namespace

QString BookingIcsExporter::formatTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString BookingIcsExporter::escapeText(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
            result += QStringLiteral("\\\\");
            break;
        case u';':
            result += QStringLiteral("\\;");
            break;
        case u',':
            result += QStringLiteral("\\,");
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            result += QStringLiteral("\\n");
            break;
        case u'\n':
            result += QStringLiteral("\\n");
            break;
        default:
            if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
                result += c;
            else if (c == u'\t')
                result += c;
        }
    }
    return result;
}

QByteArray BookingIcsExporter::foldLine(const QByteArray &line)
{
    QByteArray result;
    qsizetype position = 0;
    int limit = kMaxLineOctets;
    while (line.size() - position > limit) {
        qsizetype cut = position + limit;
        // Never split a UTF-8 sequence: back up to the start of the character.
        while (cut > position && (quint8(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        // A run of continuation bytes as long as a line is no character to keep whole (a
        // run of 75 or more made this loop forever).
        if (cut == position)
            cut = position + limit;
        result += line.mid(position, cut - position);
        result += "\r\n ";
        position = cut;
        limit = kMaxLineOctets - 1; // the leading space of a continuation line counts
    }
    result += line.mid(position);
    result += "\r\n";
    return result;
}

QString BookingIcsExporter::summary(const Booking &booking)
{
    const QString customer = booking.lead ? booking.lead->name.trimmed() : QString();
    const QString service = booking.service().trimmed();
    if (!customer.isEmpty() && !service.isEmpty())
        return tr("%1 – %2", "calendar event title: customer – service").arg(customer, service);
    if (!customer.isEmpty())
        return customer;
    if (!service.isEmpty())
        return service;
    return tr("Booking");
}

QString BookingIcsExporter::description(const Booking &booking)
{
    QStringList parts;
    if (booking.status == BookingStatus::Completed || booking.status == BookingStatus::NoShow)
        parts.append(tr("Status: %1").arg(BookingStatuses::label(booking.status)));
    if (const std::optional<Arrival> arrival = Arrival::of(booking))
        parts.append(tr("Arrived: %1 UTC")
                         .arg(arrival->at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (!booking.notes().isEmpty())
        parts.append(booking.notes());
    if (booking.lead && !booking.lead->phone.isEmpty())
        parts.append(tr("Phone: %1").arg(booking.lead->phone));
    if (booking.lead && !booking.lead->email.isEmpty())
        parts.append(tr("E-mail: %1").arg(booking.lead->email));
    return parts.join(u'\n');
}

QByteArray BookingIcsExporter::toIcs(const QList<Booking> &bookings, const QDateTime &stamp)
{
    QByteArray out;
    const auto add = [&out](const QString &line) { out += foldLine(line.toUtf8()); };
    add(QStringLiteral("BEGIN:VCALENDAR"));
    add(QStringLiteral("VERSION:2.0"));
    add(QStringLiteral("PRODID:-//Empfio//Frontdesk//EN"));
    add(QStringLiteral("CALSCALE:GREGORIAN"));
    add(QStringLiteral("METHOD:PUBLISH"));
    for (const Booking &booking : bookings) {
        if (!booking.startTime.isValid())
            continue; // an event without a start is invalid; the codec never produces one
        add(QStringLiteral("BEGIN:VEVENT"));
        add(QStringLiteral("UID:") + escapeText(booking.id) + QStringLiteral("@frontdesk"));
        add(QStringLiteral("DTSTAMP:") + formatTime(stamp));
        add(QStringLiteral("DTSTART:") + formatTime(booking.startTime));
        if (booking.endTime.isValid() && booking.endTime > booking.startTime)
            add(QStringLiteral("DTEND:") + formatTime(booking.endTime));
        if (booking.createdAt.isValid())
            add(QStringLiteral("CREATED:") + formatTime(booking.createdAt));
        if (booking.updatedAt.isValid())
            add(QStringLiteral("LAST-MODIFIED:") + formatTime(booking.updatedAt));
        add(QStringLiteral("SUMMARY:") + escapeText(summary(booking)));
        if (const QString text = description(booking); !text.isEmpty())
            add(QStringLiteral("DESCRIPTION:") + escapeText(text));
        add(QStringLiteral("STATUS:") + statusValue(booking.status));
        // The desk's arrival mark, for programs that read it (DESCRIPTION says it in words).
        if (const std::optional<Arrival> arrival = Arrival::of(booking))
            add(QStringLiteral("X-FRONTDESK-ARRIVED:") + formatTime(arrival->at));
        // URL is a URI, not TEXT: it is written encoded, never backslash-escaped.
        if (const QUrl url(booking.meetingUrl, QUrl::StrictMode);
            !booking.meetingUrl.isEmpty() && url.isValid() && !url.isRelative())
            add(QStringLiteral("URL:") + QString::fromLatin1(url.toEncoded()));
        if (booking.lead && usableEmail(booking.lead->email)) {
            QString attendee = QStringLiteral("ATTENDEE");
            if (!booking.lead->name.trimmed().isEmpty())
                attendee += QStringLiteral(";CN=") + quotedParameter(booking.lead->name.trimmed());
            add(attendee + QStringLiteral(":mailto:") + booking.lead->email);
        }
        add(QStringLiteral("END:VEVENT"));
    }
    add(QStringLiteral("END:VCALENDAR"));
    return out;
}
