#pragma once

#include "bookingmetadata.h"
#include "bookingstatus.h"
#include "lead.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// One booking as the Empfio API describes it. All times are UTC (Qt::UTC). Optional wire
// fields that were null or absent are empty strings, nullopt or invalid QDateTimes.
struct Booking
{
    QString id;
    QString leadId;
    std::optional<qint64> calcomBookingId;
    QString calcomBookingUid;
    std::optional<qint64> eventTypeId;
    QDateTime startTime;
    QDateTime endTime;
    BookingStatus status = BookingStatus::Confirmed;
    QString meetingUrl;
    // Kept as the server's text; parsed when first read.
    BookingMetadata metadata;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<Lead> lead;
    // The record as the server sent it, unknown fields included, so that nothing the server
    // said is lost when the client does not understand it yet: a list page's bytes as they
    // came, or compact JSON when decoded from an object (BookingJson).
    QByteArray json;
    // The record lacked what only GET /bookings/{id} promises (metadata or updated_at): a
    // list's brief row. The cache keeps what it knew of the rest and fetches the detail.
    bool brief = false;

    QString service() const { return metadata.value(QLatin1String("service")).toString(); }
    QString notes() const { return metadata.value(QLatin1String("notes")).toString(); }
    qint64 durationSecs() const { return startTime.secsTo(endTime); }

    friend bool operator==(const Booking &, const Booking &) = default;
};

Q_DECLARE_METATYPE(Booking)
