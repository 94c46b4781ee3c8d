#pragma once

#include "booking.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// A customer's arrival at the desk. The API has no such status, so it lives in the booking's
// metadata, which every desk of the organization reads after its next sync:
// metadata.frontdesk = {"arrived_at": "<ISO 8601 UTC>", "arrived_by": "<email>"}.
struct Arrival
{
    QDateTime at; // UTC
    QString by;   // the desk's signed-in email, as written

    // The booking's arrival; nullopt when there is none or its time cannot be read.
    static std::optional<Arrival> of(const Booking &booking);
    static std::optional<Arrival> of(const QJsonObject &metadata);
    // The metadata with every key it had, plus (or minus) the arrival.
    static QJsonObject marked(QJsonObject metadata, const QDateTime &at, const QString &by);
    static QJsonObject unmarked(QJsonObject metadata);

    static QString metadataKey() { return QStringLiteral("frontdesk"); }
};
