#include "arrival.h"

#include "bookingjson.h"

std::optional<Arrival> Arrival::of(const QJsonObject &metadata)
{
    const QJsonObject desk = metadata.value(metadataKey()).toObject();
    const std::optional<QDateTime> at =
        BookingJson::parseDateTime(desk.value(QLatin1String("arrived_at")).toString());
    if (!at)
        return std::nullopt;
    return Arrival{*at, desk.value(QLatin1String("arrived_by")).toString()};
}

std::optional<Arrival> Arrival::of(const Booking &booking)
{
    return of(booking.metadata);
}

QJsonObject Arrival::marked(QJsonObject metadata, const QDateTime &at, const QString &by)
{
    // Other keys a later Frontdesk may keep under "frontdesk" stay.
    QJsonObject desk = metadata.value(metadataKey()).toObject();
    desk.insert(QStringLiteral("arrived_at"), BookingJson::formatDateTime(at.toUTC()));
    desk.insert(QStringLiteral("arrived_by"), by);
    metadata.insert(metadataKey(), desk);
    return metadata;
}

QJsonObject Arrival::unmarked(QJsonObject metadata)
{
    QJsonObject desk = metadata.value(metadataKey()).toObject();
    desk.remove(QStringLiteral("arrived_at"));
    desk.remove(QStringLiteral("arrived_by"));
    if (desk.isEmpty())
        metadata.remove(metadataKey());
    else
        metadata.insert(metadataKey(), desk);
    return metadata;
}
