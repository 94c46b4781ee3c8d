#pragma once

#include "bookingstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// The fields of PATCH /bookings/{id}; only the ones that are set are sent.
struct BookingPatch
{
    std::optional<BookingStatus> status;
    std::optional<QDateTime> startTime;
    std::optional<QDateTime> endTime;
    // Set with an empty string to clear the link (sent as null).
    std::optional<QString> meetingUrl;
    std::optional<QJsonObject> metadata;

    bool isEmpty() const { return !status && !startTime && !endTime && !meetingUrl && !metadata; }
    QJsonObject toJson() const;
};
