#include "bookingdetailshtml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th align=left valign=top>%1</th><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString link(const QString &href, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(href), esc(text));
}

QString dash()
{
    return QStringLiteral("—");
}

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? BookingDetailsHtml::tr("yes") : BookingDetailsHtml::tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(jsonValueText(item));
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return dash();
    }
}

QString pre(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QByteArray text = document.isNull() ? json : document.toJson(QJsonDocument::Indented);
    return QStringLiteral("<pre>%1</pre>").arg(esc(QString::fromUtf8(text)));
}

} // namespace

QString BookingDetailsHtml::keyLabel(const QString &key)
{
    QString label = key;
    label.replace(u'_', u' ');
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

QString BookingDetailsHtml::render(const Booking &booking, const QList<OutboxEntry> &outbox,
                                   bool inFlight, const QTimeZone &zone)
{
    const QLocale locale;
    const auto time = [&](const QDateTime &utc) {
        return utc.isValid() ? esc(locale.toString(utc.toTimeZone(zone), QLocale::LongFormat))
                             : dash();
    };
    const QDateTime start = booking.startTime.toTimeZone(zone);
    const QDateTime end = booking.endTime.toTimeZone(zone);
    const QString customer =
        booking.lead && !booking.lead->name.isEmpty() ? booking.lead->name : tr("(no customer)");

    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(customer));
    html += QStringLiteral("<p><span style=\"color:%1\">&#9632;</span> <b>%2</b></p>")
                .arg(BookingStatuses::color(booking.status).name(),
                     esc(BookingStatuses::label(booking.status)));
    html += QStringLiteral("<table cellspacing=4>");
    html += row(tr("Date"), esc(locale.toString(start.date(), QLocale::LongFormat)));
    html += row(tr("Time"), esc(tr("%1 – %2 (%n min)", nullptr, int(booking.durationSecs() / 60))
                                    .arg(locale.toString(start.time(), QLocale::ShortFormat),
                                         locale.toString(end.time(), QLocale::ShortFormat))));
    html += row(tr("Time zone"), esc(zone.displayName(start, QTimeZone::LongName)));
    if (booking.lead) {
        const Lead &lead = *booking.lead;
        QString phone = lead.phone;
        phone.remove(u' ');
        html += row(tr("Phone"), lead.phone.isEmpty() ? dash() : link(u"tel:" + phone, lead.phone));
        html += row(tr("Email"),
                    lead.email.isEmpty() ? dash() : link(u"mailto:" + lead.email, lead.email));
        html += row(tr("Channel"), esc(LeadInfo::label(lead.channel)));
        html += row(tr("Lead status"), esc(LeadInfo::label(lead.status)));
    }
    const QUrl meeting(booking.meetingUrl);
    const bool webLink = meeting.scheme() == u"https" || meeting.scheme() == u"http";
    html += row(tr("Meeting link"), booking.meetingUrl.isEmpty() ? dash()
                                    : webLink ? link(booking.meetingUrl, booking.meetingUrl)
                                              : esc(booking.meetingUrl));
    html += row(tr("Service"), booking.service().isEmpty() ? dash() : esc(booking.service()));
    html += row(tr("Notes"), booking.notes().isEmpty()
                                 ? dash()
                                 : esc(booking.notes()).replace(u'\n', QStringLiteral("<br>")));
    for (auto it = booking.metadata.begin(); it != booking.metadata.end(); ++it) {
        if (it.key() == u"service" || it.key() == u"notes")
            continue;
        html += row(keyLabel(it.key()), esc(jsonValueText(it.value())));
    }
    html += row(tr("Created"), time(booking.createdAt));
    html += row(tr("Updated"), time(booking.updatedAt));
    if (booking.calcomBookingId)
        html += row(tr("Cal.com booking"), esc(QString::number(*booking.calcomBookingId)));
    if (!booking.calcomBookingUid.isEmpty())
        html += row(tr("Cal.com UID"), esc(booking.calcomBookingUid));
    if (booking.eventTypeId)
        html += row(tr("Cal.com event type"), esc(QString::number(*booking.eventTypeId)));

    QString sync = tr("Synced");
    const OutboxEntry *conflict = nullptr;
    for (const OutboxEntry &entry : outbox) {
        if (entry.state == OutboxEntry::State::Conflict)
            conflict = &entry;
        else if (entry.state == OutboxEntry::State::Failed)
            sync = tr("Refused by the server: %1").arg(entry.error);
        else if (!conflict)
            sync = tr("Pending: waiting to be sent to the server");
    }
    if (inFlight)
        sync = tr("Sending a change to the server…");
    if (conflict)
        sync = tr("Conflict: the booking changed on the server since the desk changed it");
    html += row(tr("Sync state"), esc(sync));
    html += QStringLiteral("</table>");
    if (conflict) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("The desk's version")));
        html += pre(conflict->baseJson);
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("The server's version")));
        html += pre(conflict->serverJson);
    }
    return html;
}
