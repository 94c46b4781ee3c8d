#include "bookingcsvexporter.h"

#include "arrival.h"
#include "bookingjson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The channel as the server named it, also when this client does not know the name yet.
QString channelName(const Booking &booking)
{
    if (!booking.lead)
        return {};
    if (booking.lead->channel != LeadChannel::Unknown)
        return LeadInfo::wireName(booking.lead->channel);
    const QJsonObject lead =
        QJsonDocument::fromJson(booking.json).object().value(QLatin1String("lead")).toObject();
    return lead.value(QLatin1String("channel")).toString();
}

} // namespace

QStringList BookingCsvExporter::columnNames()
{
    // Stable machine names rather than translated captions: the file is as much for other
    // programs (imports, scripts) as for people.
    return {QStringLiteral("id"),         QStringLiteral("start"),
            QStringLiteral("end"),        QStringLiteral("duration_minutes"),
            QStringLiteral("status"),     QStringLiteral("customer"),
            QStringLiteral("phone"),      QStringLiteral("email"),
            QStringLiteral("channel"),    QStringLiteral("service"),
            QStringLiteral("notes"),      QStringLiteral("meeting_url"),
            QStringLiteral("arrived_at"), QStringLiteral("arrived_by")};
}

QStringList BookingCsvExporter::row(const Booking &booking)
{
    const bool timed = booking.startTime.isValid() && booking.endTime.isValid();
    const std::optional<Arrival> arrival = Arrival::of(booking);
    const QString duration =
        timed ? QString::number(qRound64(booking.durationSecs() / 60.0)) : QString();
    return {booking.id,
            BookingJson::formatDateTime(booking.startTime),
            BookingJson::formatDateTime(booking.endTime),
            duration,
            BookingStatuses::wireName(booking.status),
            booking.lead ? booking.lead->name : QString(),
            booking.lead ? booking.lead->phone : QString(),
            booking.lead ? booking.lead->email : QString(),
            channelName(booking),
            booking.service(),
            booking.notes(),
            booking.meetingUrl,
            arrival ? BookingJson::formatDateTime(arrival->at) : QString(),
            arrival ? arrival->by : QString()};
}

QString BookingCsvExporter::defuse(const QString &value)
{
    if (value.isEmpty())
        return value;
    switch (value.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + value;
    default:
        return value;
    }
}

QString BookingCsvExporter::field(const QString &value)
{
    const QString defused = defuse(value);
    const bool quote = defused.contains(u',') || defused.contains(u'"') ||
                       defused.contains(u'\n') || defused.contains(u'\r');
    if (!quote)
        return defused;
    QString quoted = defused;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray BookingCsvExporter::toCsv(const QList<Booking> &bookings)
{
    const auto line = [](const QStringList &values) -> QString {
        QStringList fields;
        fields.reserve(values.size());
        for (const QString &value : values)
            fields.append(field(value));
        return fields.join(u',') + QStringLiteral("\r\n");
    };
    QString text = line(columnNames());
    for (const Booking &booking : bookings)
        text += line(row(booking));
    // Without the byte order mark Excel reads the file in the system's legacy code page and
    // garbles every accented name.
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}
