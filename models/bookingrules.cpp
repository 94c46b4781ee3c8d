#include "bookingrules.h"

#include "arrival.h"

namespace {

bool isOpen(BookingStatus status)
{
    return status == BookingStatus::Confirmed || status == BookingStatus::Rescheduled;
}

RuleVerdict yes()
{
    return {true, {}};
}

RuleVerdict no(const QString &reason)
{
    return {false, reason};
}

} // namespace

BookingFacts BookingFacts::of(const Booking &booking)
{
    return {booking.status, booking.startTime, booking.endTime, Arrival::of(booking).has_value()};
}

QList<BookingAction> BookingRules::allActions()
{
    return {BookingAction::Reschedule, BookingAction::NoShow,  BookingAction::Completed,
            BookingAction::Confirmed,  BookingAction::Cancel,  BookingAction::EditDetails,
            BookingAction::Arrive,     BookingAction::Unarrive};
}

RuleVerdict BookingRules::check(BookingAction action, const BookingFacts &booking,
                                const QDateTime &now)
{
    const BookingStatus status = booking.status;
    const bool open = isOpen(status);
    const bool started = booking.start.isValid() && now >= booking.start;
    const bool ended = booking.end.isValid() && now >= booking.end;
    const bool arrived = booking.arrived;
    const RuleVerdict notForStatus = no(
        tr("This is not possible for a booking that is “%1”.").arg(BookingStatuses::label(status)));

    switch (action) {
    case BookingAction::Reschedule:
        if (status == BookingStatus::NoShow)
            return no(tr("A no-show stays on record and is not moved: set it back to "
                         "confirmed first if it was marked by mistake."));
        if (!open)
            return notForStatus;
        if (ended)
            return no(tr("This booking has ended and can no longer be moved."));
        return yes();
    case BookingAction::NoShow:
        if (!open)
            return notForStatus;
        if (!started)
            return no(tr("A booking can be marked as a no-show only once it has started."));
        if (arrived)
            return no(tr("The customer has arrived: this booking is not a no-show."));
        return yes();
    case BookingAction::Completed:
        if (!open)
            return notForStatus;
        if (!ended && !(started && arrived))
            return no(tr("A booking can be marked as completed once it has ended, or once it "
                         "has started when the customer has arrived."));
        return yes();
    case BookingAction::Confirmed:
        if (status == BookingStatus::NoShow || status == BookingStatus::Completed)
            return yes();
        if (status == BookingStatus::Cancelled)
            return no(tr("A cancelled booking cannot be confirmed again: the API has no way "
                         "to undo a cancellation."));
        return no(tr("This booking is already confirmed."));
    case BookingAction::Cancel:
        if (!open)
            return notForStatus;
        if (ended)
            return no(tr("This booking has ended: mark it as completed or as a no-show "
                         "instead of cancelling it."));
        return yes();
    case BookingAction::EditDetails:
        if (status == BookingStatus::Cancelled)
            return notForStatus;
        return yes();
    case BookingAction::Arrive:
        if (!open)
            return notForStatus;
        if (arrived)
            return no(tr("The customer is already marked as arrived."));
        if (ended)
            return no(tr("This booking has ended."));
        if (booking.start.isValid() && now < booking.start.addSecs(-kArrivalWindowSecs))
            return no(tr("An arrival can be marked from %n hour(s) before the start.", nullptr,
                         int(kArrivalWindowSecs / 3600)));
        return yes();
    case BookingAction::Unarrive:
        if (!arrived)
            return no(tr("The customer is not marked as arrived."));
        if (!open)
            return notForStatus;
        return yes();
    }
    return notForStatus;
}

RuleVerdict BookingRules::checkNewTime(const QDateTime &start, const QDateTime &end,
                                       const QDateTime &now)
{
    if (!start.isValid() || !end.isValid() || end <= start)
        return no(tr("The new end must be after the start."));
    if (start <= now)
        return no(tr("The new time has already begun: choose a time from now on."));
    return yes();
}

QString BookingRules::actionName(BookingAction action)
{
    switch (action) {
    case BookingAction::Reschedule:
        return tr("Reschedule");
    case BookingAction::NoShow:
        return tr("Mark as no-show");
    case BookingAction::Completed:
        return tr("Mark as completed");
    case BookingAction::Confirmed:
        return tr("Set back to confirmed");
    case BookingAction::Cancel:
        return tr("Cancel");
    case BookingAction::EditDetails:
        return tr("Edit link and notes");
    case BookingAction::Arrive:
        return tr("Mark as arrived");
    case BookingAction::Unarrive:
        return tr("Undo arrival");
    }
    return {};
}
