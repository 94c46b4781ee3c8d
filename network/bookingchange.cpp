#include "bookingchange.h"

#include "arrival.h"
#include "booking.h"
#include "bookingjson.h"
#include "clock.h"
#include "outboxentry.h"
#include "timetext.h"

#include <QJsonDocument>
#include <QLocale>

namespace {

const QLatin1String kReasonKey("reason");
const QLatin1String kArrivalKey("frontdesk_arrival");
const QLatin1String kNotesKey("frontdesk_notes");

} // namespace

BookingChange BookingChange::reschedule(const QDateTime &start, const QDateTime &end)
{
    BookingChange change;
    change.action = BookingAction::Reschedule;
    change.patch.startTime = start.toUTC();
    change.patch.endTime = end.toUTC();
    return change;
}

BookingChange BookingChange::setStatus(BookingStatus status)
{
    BookingChange change;
    switch (status) {
    case BookingStatus::NoShow:
        change.action = BookingAction::NoShow;
        break;
    case BookingStatus::Completed:
        change.action = BookingAction::Completed;
        break;
    case BookingStatus::Cancelled:
        change.action = BookingAction::Cancel;
        break;
    case BookingStatus::Confirmed:
    case BookingStatus::Rescheduled:
        change.action = BookingAction::Confirmed;
        break;
    }
    change.patch.status = status;
    return change;
}

BookingChange BookingChange::cancel(const QString &reason)
{
    BookingChange change;
    change.kind = Kind::Cancel;
    change.action = BookingAction::Cancel;
    change.cancelReason = reason;
    return change;
}

BookingChange BookingChange::arrive(const QDateTime &at, const QString &by)
{
    BookingChange change;
    change.action = BookingAction::Arrive;
    change.arrival = ArrivalMark{true, at.toUTC(), by};
    return change;
}

BookingChange BookingChange::unarrive()
{
    BookingChange change;
    change.action = BookingAction::Unarrive;
    change.arrival = ArrivalMark{false, {}, {}};
    return change;
}

BookingChange BookingChange::editDetails(std::optional<QString> meetingUrl,
                                         std::optional<QString> notes)
{
    BookingChange change;
    change.action = BookingAction::EditDetails;
    change.patch.meetingUrl = std::move(meetingUrl);
    change.notes = std::move(notes);
    return change;
}

BookingPatch BookingChange::patchFor(const Booking &current) const
{
    BookingPatch result = patch;
    if (arrival || notes) {
        QJsonObject metadata = current.metadata;
        if (arrival) {
            metadata = arrival->arrived ? Arrival::marked(metadata, arrival->at, arrival->by)
                                        : Arrival::unmarked(metadata);
        }
        if (notes && notes->isEmpty())
            metadata.remove(QLatin1String("notes"));
        else if (notes)
            metadata.insert(QLatin1String("notes"), *notes);
        result.metadata = metadata;
    }
    return result;
}

RuleVerdict BookingChange::check(const Booking &booking, const QDateTime &now) const
{
    const RuleVerdict verdict = BookingRules::check(action, booking, now);
    if (!verdict || action != BookingAction::Reschedule)
        return verdict;
    return BookingRules::checkNewTime(patch.startTime.value_or(booking.startTime),
                                      patch.endTime.value_or(booking.endTime), now);
}

bool BookingChange::isReflectedIn(const Booking &booking) const
{
    if (kind == Kind::Cancel)
        return booking.status == BookingStatus::Cancelled;
    if (arrival && Arrival::of(booking).has_value() != arrival->arrived)
        return false;
    if (notes && booking.notes() != *notes)
        return false;
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
    return !patch.isEmpty() || arrival || notes;
}

Booking BookingChange::appliedTo(Booking booking) const
{
    if (kind == Kind::Cancel) {
        booking.status = BookingStatus::Cancelled;
        return booking;
    }
    if (patch.status)
        booking.status = *patch.status;
    if (patch.startTime)
        booking.startTime = *patch.startTime;
    if (patch.endTime)
        booking.endTime = *patch.endTime;
    if (patch.meetingUrl)
        booking.meetingUrl = *patch.meetingUrl;
    if (patch.metadata)
        booking.metadata = *patch.metadata;
    if (notes)
        booking.metadata.insert(QStringLiteral("notes"), *notes);
    if (arrival)
        booking.metadata = arrival->arrived
                               ? Arrival::marked(booking.metadata, arrival->at, arrival->by)
                               : Arrival::unmarked(booking.metadata);
    return booking;
}

QString BookingChange::describe(const QTimeZone &zone) const
{
    if (kind == Kind::Cancel) {
        return cancelReason.isEmpty() ? tr("Cancel") : tr("Cancel (reason: %1)").arg(cancelReason);
    }
    QStringList parts;
    if (patch.startTime) {
        parts.append(tr("Move to %1").arg(TimeText::dateTime(*patch.startTime, zone)));
    } else if (patch.endTime) {
        parts.append(tr("End at %1").arg(TimeText::dateTime(*patch.endTime, zone)));
    }
    if (patch.status)
        parts.append(tr("Mark as %1").arg(BookingStatuses::label(*patch.status)));
    if (patch.meetingUrl)
        parts.append(patch.meetingUrl->isEmpty() ? tr("Remove the meeting link")
                                                 : tr("Set the meeting link"));
    if (patch.metadata || notes)
        parts.append(tr("Edit notes and details"));
    if (arrival)
        parts.append(BookingRules::actionName(action));
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
        // Not a PATCH field: the replay works out the metadata from the booking it reads.
        if (arrival) {
            QJsonObject mark{{QStringLiteral("arrived"), arrival->arrived}};
            if (arrival->arrived) {
                mark.insert(QStringLiteral("at"), BookingJson::formatDateTime(arrival->at));
                mark.insert(QStringLiteral("by"), arrival->by);
            }
            entry.payload.insert(kArrivalKey, mark);
        }
        if (notes)
            entry.payload.insert(kNotesKey, *notes);
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
    if (body.contains(QLatin1String("status"))) {
        const std::optional<BookingStatus> status =
            BookingStatuses::fromWireName(body.value(QLatin1String("status")).toString());
        if (status)
            change = setStatus(*status);
        change.patch.status = status;
    }
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
    if (change.patch.startTime || change.patch.endTime)
        change.action = BookingAction::Reschedule;
    if (body.contains(kNotesKey)) {
        change.action = BookingAction::EditDetails;
        change.notes = body.value(kNotesKey).toString();
    }
    if (body.contains(kArrivalKey)) {
        const QJsonObject mark = body.value(kArrivalKey).toObject();
        const BookingChange marked =
            mark.value(QLatin1String("arrived")).toBool()
                ? arrive(BookingJson::parseDateTime(mark.value(QLatin1String("at")).toString())
                             .value_or(entry.createdAt),
                         mark.value(QLatin1String("by")).toString())
                : unarrive();
        change.action = marked.action;
        change.arrival = marked.arrival;
    }
    return change;
}
