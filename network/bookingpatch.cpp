#include "bookingpatch.h"

#include "bookingjson.h"

QJsonObject BookingPatch::toJson() const
{
    QJsonObject object;
    if (status)
        object.insert(QLatin1String("status"), BookingStatuses::wireName(*status));
    if (startTime)
        object.insert(QLatin1String("start_time"), BookingJson::formatDateTime(*startTime));
    if (endTime)
        object.insert(QLatin1String("end_time"), BookingJson::formatDateTime(*endTime));
    if (meetingUrl) {
        object.insert(QLatin1String("meeting_url"), meetingUrl->isEmpty()
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(*meetingUrl));
    }
    if (metadata)
        object.insert(QLatin1String("metadata"), *metadata);
    return object;
}
