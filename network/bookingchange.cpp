#include "bookingchange.h"

#include "booking.h"
#include "bookingjson.h"
#include "clock.h"
#include "outboxentry.h"

#include <QJsonDocument>
#include <QLocale>

namespace {

const QLatin1String kReasonKey("reason");

} // namespace

BookingChange BookingChange::reschedule(const QDateTime &start, const QDateTime &end)
{
    BookingChange change;
    change.patch.startTime = start.toUTC();
    change.patch.endTime = end.toUTC();
    return change;
}

BookingChange BookingChange::setStatus(BookingStatus status)
{
    BookingChange change;
    change.patch.status = status;
    return change;
}

BookingChange BookingChange::cancel(const QString &reason)
{
    BookingChange change;
    change.kind = Kind::Cancel;
    change.cancelReason = reason;
    return change;
}

bool BookingChange::isReflectedIn(const Booking &booking) const
{
    if (kind == Kind::Cancel)
        return booking.status == BookingStatus::Cancelled;
    if (patch.status && booking.status != *patch.status)
        return false;
    if (patch.startTime && booking.startTime != *patch.startTime)
        return false;
    if (patch.endTime && booking.endTime != *patch.endTime)
        return false;
    if (patch.meetingUrl && booking.meetingUrl != *patch.meetingUrl)
        return false;
    if (patch.metadata && booking.metadata != *patch.metadata)
        return false;
    return !patch.isEmpty();
}

QString BookingChange::describe(const QTimeZone &zone) const
{
    if (kind == Kind::Cancel) {
        return cancelReason.isEmpty() ? tr("Cancel") : tr("Cancel (reason: %1)").arg(cancelReason);
    }
    QStringList parts;
    if (patch.startTime) {
        parts.append(
            tr("Move to %1")
                .arg(QLocale().toString(patch.startTime->toTimeZone(zone), QLocale::ShortFormat)));
    } else if (patch.endTime) {
        parts.append(
            tr("End at %1")
                .arg(QLocale().toString(patch.endTime->toTimeZone(zone), QLocale::ShortFormat)));
    }
    if (patch.status)
        parts.append(tr("Mark as %1").arg(BookingStatuses::label(*patch.status)));
    if (patch.meetingUrl)
        parts.append(patch.meetingUrl->isEmpty() ? tr("Remove the meeting link")
                                                 : tr("Set the meeting link"));
    if (patch.metadata)
        parts.append(tr("Edit notes and details"));
    return parts.join(QStringLiteral(", "));
}

OutboxEntry BookingChange::toOutboxEntry(const Booking &seen) const
{
    OutboxEntry entry;
    entry.bookingId = seen.id;
    entry.action = kind == Kind::Cancel ? OutboxEntry::Action::Cancel : OutboxEntry::Action::Patch;
    if (kind == Kind::Cancel) {
        if (!cancelReason.isEmpty())
            entry.payload.insert(kReasonKey, cancelReason);
    } else {
        entry.payload = patch.toJson();
    }
    entry.baseStatus = BookingStatuses::wireName(seen.status);
    entry.baseUpdatedAt = seen.updatedAt;
    entry.baseJson = seen.json;
    entry.createdAt = Clock::now();
    return entry;
}

BookingChange BookingChange::fromOutboxEntry(const OutboxEntry &entry)
{
    if (entry.action == OutboxEntry::Action::Cancel)
        return cancel(entry.payload.value(kReasonKey).toString());
    BookingChange change;
    const QJsonObject &body = entry.payload;
    if (body.contains(QLatin1String("status")))
        change.patch.status =
            BookingStatuses::fromWireName(body.value(QLatin1String("status")).toString());
    if (body.contains(QLatin1String("start_time")))
        change.patch.startTime =
            BookingJson::parseDateTime(body.value(QLatin1String("start_time")).toString());
    if (body.contains(QLatin1String("end_time")))
        change.patch.endTime =
            BookingJson::parseDateTime(body.value(QLatin1String("end_time")).toString());
    if (body.contains(QLatin1String("meeting_url")))
        change.patch.meetingUrl = body.value(QLatin1String("meeting_url")).toString();
    if (body.contains(QLatin1String("metadata")))
        change.patch.metadata = body.value(QLatin1String("metadata")).toObject();
    return change;
}
